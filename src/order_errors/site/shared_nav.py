"""The theme's navigation sidebar, rendered once for all the error pages of one category.

Material renders the whole navigation again for every page: a tenth of the build, profiled at 1,000
errors. An error page is in no menu; its category's entry is marked as the reader's place instead
(hooks/catalog.py, `on_page_context`), and every error page is as deep in the site as the others, so that
the links are written alike. The sidebar of every error page of a category is therefore the same HTML,
rendered for the first and kept.

docs/overrides/partials/nav.html calls `oe_navigation()`, which renders Material's own partials/nav.html,
compiled from its source in the same Jinja environment (its includes are found as they would be), with the
page's context. Pages that are not errors are rendered each time.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from pathlib import Path

import jinja2
from markupsafe import Markup

NAV_PARTIAL = "partials/nav.html"


class SharedNavigation:
    def __init__(self, env: jinja2.Environment, theme_dirs: Iterable[str], key_of: Callable[[object], Hashable | None]):
        """`theme_dirs`: the theme's template folders, ours first (`config.theme.dirs`); `key_of(page)`: what
        makes a page's sidebar the same as another's, or None for a page whose sidebar is its own."""
        dirs = [Path(folder) for folder in theme_dirs]
        # The partial our overrides replace is the next theme folder's: Material's.
        own = next(folder for folder in dirs if (folder / NAV_PARTIAL).is_file())
        original = next(folder for folder in dirs[dirs.index(own) + 1:] if (folder / NAV_PARTIAL).is_file())
        self.template = env.from_string((original / NAV_PARTIAL).read_text(encoding="utf-8"))
        self.key_of = key_of
        self.kept: dict[Hashable, Markup] = {}

    @jinja2.pass_context
    def __call__(self, context: jinja2.runtime.Context) -> Markup:
        key = self.key_of(context.get("page"))
        if key is not None and key in self.kept:
            return self.kept[key]
        rendered = Markup(self.template.render(context.get_all()))
        if key is not None:
            self.kept[key] = rendered
        return rendered
