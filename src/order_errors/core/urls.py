"""Where each page of the site lives: its identity (`Page`), its file in the docs folder, its URL.

A page is named by a target such as `errors/<id>`, `categories/<slug>`, `marketplaces/<slug>` or
`hub` (the form catalog/help-center.yaml uses); its docs path and its URL in each language follow.
"""

from __future__ import annotations

from dataclasses import dataclass

from order_errors.core.languages import DEFAULT_LANG, LANGS

# Kind of page -> its docs path; `{}` is the entry id or slug.
_DOCS_PATHS = {
    "hub": "index.md",
    "all_errors": "errors/index.md",
    "recent": "recent.md",
    "errors": "errors/{}.md",
    "categories": "categories/{}.md",
    "marketplaces": "marketplaces/{}.md",
}
TARGET_KINDS = ("errors", "categories", "marketplaces")


@dataclass(frozen=True, order=True)
class Page:
    kind: str
    name: str = ""

    @classmethod
    def error(cls, entry_id: str) -> Page:
        return cls("errors", entry_id)

    @classmethod
    def category(cls, slug: str) -> Page:
        return cls("categories", slug)

    @classmethod
    def marketplace(cls, slug: str) -> Page:
        return cls("marketplaces", slug)

    @classmethod
    def from_target(cls, target: str) -> Page:
        """`hub` or `<kind>/<name>`, as catalog/help-center.yaml names a page."""
        kind, _, name = target.partition("/")
        return cls(kind, name)

    @property
    def target(self) -> str:
        return f"{self.kind}/{self.name}" if self.name else self.kind

    @property
    def docs_path(self) -> str:
        return _DOCS_PATHS[self.kind].format(self.name)

    def url(self, base: str = "/", lang: str = DEFAULT_LANG) -> str:
        return page_url(self.docs_path, base, lang)


HUB, ALL_ERRORS, RECENT = Page("hub"), Page("all_errors"), Page("recent")


def page_url(docs_path: str, base: str = "/", lang: str = DEFAULT_LANG) -> str:
    """The URL a page gets: directory style, under `/es/` or `/pt/` for a translation."""
    stem = docs_path.removesuffix(".md")
    stem = stem.removesuffix("index") if stem == "index" or stem.endswith("/index") else stem + "/"
    prefix = "" if lang == DEFAULT_LANG else f"{lang}/"
    return base + prefix + stem


def _path_between(here: list[str], there: list[str], folders: int) -> list[str]:
    """The parts of a relative path from the folder `here` to `there`, whose first `folders` parts are
    folders (the rest a file name, or nothing): up past what they do not share, then down. What
    `posixpath.relpath` gives, without its work on absolute paths (a tenth of rendering 1,000 errors)."""
    common = 0
    while common < len(here) and common < folders and here[common] == there[common]:
        common += 1
    return [".."] * (len(here) - common) + there[common:]


def relative_link(target: str, page_path: str) -> str:
    """`target` relative to the folder of `page_path` (both docs paths without `.` or `..`)."""
    there = target.split("/")
    return "/".join(_path_between(page_path.split("/")[:-1], there, len(there) - 1))


def _relative(there: str, here: str) -> str:
    """The directory URL `there` as a link from the page whose URL is `here` (both start with `/`)."""
    to, at = [p for p in there.split("/") if p], [p for p in here.split("/") if p]
    parts = _path_between(at, to, len(to))
    return "/".join(parts) + "/" if parts else "./"


def relative_url(target: str, page_path: str) -> str:
    """A link from one page to another (docs paths) as the built site addresses them: for HTML the
    pages write themselves, which MkDocs does not rewrite as it does Markdown's `.md` links."""
    return _relative(page_url(target), page_url(page_path))


def alternates(docs_path: str, lang: str) -> dict[str, str]:
    """Links from a page to the same page in every language, relative to the page's own URL."""
    here = page_url(docs_path, "/", lang)
    return {other: _relative(page_url(docs_path, "/", other), here) for other in LANGS}
