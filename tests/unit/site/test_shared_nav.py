"""The navigation sidebar rendered once for pages that share it, by the theme's own partial."""

from __future__ import annotations

import itertools

import jinja2

from order_errors.site.shared_nav import NAV_PARTIAL, SharedNavigation


def _theme(tmp_path):
    """Two theme folders as MkDocs stacks them: ours (whose partial calls the shared navigation), then the theme's."""
    ours, theirs = tmp_path / "ours", tmp_path / "theirs"
    for folder, partial in ((ours, "{{ oe_navigation() }}"), (theirs, "{{ page }}#{{ rendering() }}{% include 'item.html' %}")):
        (folder / "partials").mkdir(parents=True)
        (folder / NAV_PARTIAL).write_text(partial, encoding="utf-8")
    (ours / "item.html").write_text("+ours", encoding="utf-8")  # an include of the partial finds our override, as MkDocs's would
    env = jinja2.Environment(loader=jinja2.FileSystemLoader([str(ours), str(theirs)]))
    env.globals["rendering"] = itertools.count(1).__next__
    return env, [str(ours), str(theirs)]


def test_pages_with_one_key_share_the_first_rendering_and_the_others_are_rendered_each(tmp_path):
    env, dirs = _theme(tmp_path)
    keys = {"errors/a": "stock", "errors/b": "stock", "errors/c": "price"}
    env.globals["oe_navigation"] = SharedNavigation(env, dirs, keys.get)
    page = env.from_string("{% include 'partials/nav.html' %}")
    shown = [page.render(page=name) for name in ("errors/a", "errors/b", "errors/c", "index", "index", "errors/b")]
    assert shown == ["errors/a#1+ours", "errors/a#1+ours", "errors/c#2+ours", "index#3+ours", "index#4+ours", "errors/a#1+ours"]
