"""Turn the catalog into Markdown pages (with help-center front matter) through Jinja templates.

Catalog text is data, never template source, and every value is escaped for the place it is
shown in: prose keeps **bold** and `code` but no HTML or links, table cells escape Markdown
too, and messages go into fenced code blocks whose fence is longer than any backtick run.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import posixpath
import re
from dataclasses import dataclass
from functools import partial

import jinja2

from order_errors.dates import added_and_updated
from order_errors.i18n import UI
from order_errors.load import Catalog
from order_errors.model import LANGS, ErrorEntry
from order_errors.template import parse

PRODUCT_TEAM = "Channels"


@dataclass(frozen=True)
class Paths:
    """Where each kind of page lives, relative to the docs folder (its URL follows from it)."""

    hub: str = "index.md"
    all_errors: str = "errors/index.md"
    recent: str = "recent.md"

    @staticmethod
    def error(entry_id: str) -> str:
        return f"errors/{entry_id}.md"

    @staticmethod
    def marketplace(slug: str) -> str:
        return f"marketplaces/{slug}.md"

    @staticmethod
    def category(slug: str) -> str:
        return f"categories/{slug}.md"


PATHS = Paths()


DEFAULT_LANG = "en"


def alternates(docs_path: str, lang: str) -> dict[str, str]:
    """Links from a page to the same page in every language, relative to the page's own URL."""
    here = page_url(docs_path, "/", lang)
    links = {other: posixpath.relpath(page_url(docs_path, "/", other), here) for other in LANGS}
    return {other: "./" if rel == "." else rel + "/" for other, rel in links.items()}


def page_url(docs_path: str, base: str = "/", lang: str = DEFAULT_LANG) -> str:
    """The URL a page gets: directory style, under `/es/` or `/pt/` for a translation."""
    stem = docs_path.removesuffix(".md")
    stem = stem.removesuffix("index") if stem == "index" or stem.endswith("/index") else stem + "/"
    prefix = "" if lang == DEFAULT_LANG else f"{lang}/"
    return base + prefix + stem

_MARKDOWN_INLINE = re.compile(r"([\\`*_()#+\-.!|])")  # the characters Markdown lets a backslash escape


def _markup_as_text(text: str) -> str:
    """The characters that would make catalog text into markup: HTML, links and images ([ ]), and
    attribute lists ({ }), which could otherwise put an onclick= on the paragraph around them."""
    # One `replace` per character, "&" first: ten times faster than `str.translate` with a table of
    # strings, on the hundreds of thousands of texts a large catalog's pages hold.
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("[", "&#91;")
            .replace("]", "&#93;").replace("{", "&#123;").replace("}", "&#125;"))


def prose(text: str) -> str:
    """Catalog prose: Markdown emphasis and code stay, raw HTML, links and attributes are shown as text."""
    return _markup_as_text(text).strip()


def cell(text: str) -> str:
    """Plain text for a table cell, a heading or a link label: nothing in it is markup."""
    return _markup_as_text(_MARKDOWN_INLINE.sub(r"\\\1", text)).replace("\n", " ")


def attribute(text: str) -> str:
    """Text for a place the theme prints as HTML without escaping (page titles, navigation)."""
    return html.escape(text, quote=True)


def code_block(text: str, lang: str = "text") -> str:
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * max(3, longest + 1)
    return f"{fence}{lang}\n{text}\n{fence}"


# What JSON leaves as it is but YAML refuses, or reads as a line break, inside a double-quoted string.
_NOT_YAML_PRINTABLE = re.compile("[\x7f-\x9f\u2028\u2029\ud800-\udfff\ufffe\uffff]")


def front_matter(**fields) -> str:
    """YAML front matter written as JSON values, one key a line: JSON's strings, lists and objects
    are YAML flow nodes, and writing them is ~20x faster than `yaml.safe_dump` (10,000 pages)."""
    lines = ["---"]
    for key, value in fields.items():
        if value is not None:
            text = json.dumps(value, ensure_ascii=False)
            lines.append(f"{key}: " + _NOT_YAML_PRINTABLE.sub(lambda m: f"\\u{ord(m.group()):04x}", text))
    return "\n".join(lines) + "\n---\n"


def relative_link(target: str, page_path: str) -> str:
    """`target` relative to the folder of `page_path` (both docs paths without `.` or `..`): what
    `posixpath.relpath` gives, without its work on the file system's absolute paths."""
    here, there = page_path.split("/")[:-1], target.split("/")
    common = 0
    while common < len(here) and common < len(there) - 1 and here[common] == there[common]:
        common += 1
    return "/".join([".."] * (len(here) - common) + there[common:])


def _iso(date: dt.date | None) -> str | None:
    return f"{date.isoformat()}T00:00:00.000Z" if date else None




class Renderer:
    def __init__(self, catalog: Catalog, lang: str = "en", link=None, edit_base: str | None = None):
        """`link(target, page_path)` writes a link between two pages; by default a relative `.md` path.
        `edit_base` + a catalog file's path is where a contributor edits it (e.g. a repository's edit URL)."""
        self.edit_base = edit_base
        self.link = link or relative_link
        self.catalog = catalog
        self.lang = lang
        self.ui = UI[lang]
        self.env = jinja2.Environment(
            loader=jinja2.PackageLoader("order_errors", "templates"),
            autoescape=False,  # the output is Markdown: values are escaped by the filters below
            undefined=jinja2.StrictUndefined,
            keep_trailing_newline=True,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.env.filters.update(prose=prose, cell=cell, code_block=code_block, t=self.text)

    def text(self, localized) -> str | list[str]:
        return localized.get(self.lang)

    def pages(self) -> dict[str, str]:
        pages = {PATHS.hub: self.hub(), PATHS.all_errors: self.all_errors(), PATHS.recent: self.recent()}
        for slug in self.catalog.marketplaces:
            pages[PATHS.marketplace(slug)] = self.marketplace(slug)
        for slug in self.catalog.categories:
            pages[PATHS.category(slug)] = self.category(slug)
        for entry_id in self.catalog.errors:
            pages[PATHS.error(entry_id)] = self.error(entry_id)
        return pages

    def _render(self, template: str, page_path: str, meta: dict, **context) -> str:
        def link(target: str) -> str:
            return self.link(target, page_path)

        body = self.env.get_template(template).render(
            catalog=self.catalog, ui=self.ui, lang=self.lang, paths=PATHS, link=link,
            marketplace_names=partial(self.marketplace_names, page_path=page_path),
            error_table=partial(self.error_table, page_path=page_path), **context
        )
        return front_matter(**meta, alternates=alternates(page_path, self.lang)) + "\n" + body

    def _meta(self, *, id: str, slug: str, title: str, content_type: str, created, updated, legacy=None) -> dict:
        return dict(
            title=attribute(title),
            id=id,
            slug=slug,
            locale=self.lang,
            legacySlug=legacy,
            createdAt=_iso(created),
            updatedAt=_iso(updated),
            contentType=content_type,
            productTeam=PRODUCT_TEAM,
        )

    def _legacy(self, target: str) -> str | None:
        """The help-center slug this page takes over, from the first article that leads to it."""
        for article in self.catalog.help_center:
            if article.target == target:
                return article.legacy_slug.get(self.lang) or article.slug.get(self.lang)
        return None

    def first_message(self, entry: ErrorEntry) -> str:
        """The message to show in lists: the reader's language when the entry has one."""
        for message in entry.messages:
            if message.lang == self.lang:
                return parse(message.text).display()
        return parse(entry.messages[0].text).display()

    # The lists of errors and their marketplaces are written here rather than in template macros:
    # every error is listed on three pages or more, and at 10,000 errors the macros took 2 s a language.

    def error_table(self, entries: list[ErrorEntry], page_path: str, with_category: bool = True,
                    with_marketplaces: bool = False) -> str:
        """A Markdown table of errors: message, category, marketplaces (as asked), and a link to each."""
        ui = self.ui
        head = [ui["message"], *([ui["category"]] if with_category else []),
                *([ui["marketplaces"]] if with_marketplaces else []), ui["error"]]
        lines = ["| " + " | ".join(head) + " |", "| " + " | ".join("---" for _ in head) + " |"]
        for entry in entries:
            cells = [cell(self.first_message(entry))]
            if with_category:
                category = self.catalog.categories[entry.category]
                cells.append(f"[{cell(category.name.get(self.lang))}]({self.link(PATHS.category(category.slug), page_path)})")
            if with_marketplaces:
                cells.append(self.marketplace_names(entry, page_path))
            cells.append(f"[{cell(entry.title.get(self.lang))}]({self.link(PATHS.error(entry.id), page_path)})")
            lines.append("| " + " | ".join(cells) + " |")
        return "\n".join(lines) + "\n"

    def marketplace_names(self, entry: ErrorEntry, page_path: str) -> str:
        """Links to the marketplaces that show the entry's messages ("any marketplace" first for a generic one)."""
        links = ", ".join(f"[{cell(self.catalog.marketplaces[slug].name)}]({self.link(PATHS.marketplace(slug), page_path)})"
                          for slug in entry.marketplaces)
        if not entry.generic:
            return links
        return self.ui["any_marketplace"] + (f" ({self.ui['seen_in']} {links})" if entry.marketplaces else "")

    def hub(self) -> str:
        hub = self.catalog.hub
        title = hub.title.get(self.lang)
        meta = self._meta(
            id="order-errors-in-marketplace-integrations",
            slug="order-errors-in-marketplace-integrations",
            title=title,
            content_type="frequentlyAskedQuestion",
            created=hub.created,
            updated=hub.updated,
            legacy=self._legacy("hub"),
        )
        return self._render("hub.md.j2", PATHS.hub, meta, hub=hub, title=title, renderer=self)

    def all_errors(self) -> str:
        title = self.ui["all_errors"]
        meta = self._meta(id="all-errors", slug="all-errors", title=title, content_type="tutorial",
                          created=None, updated=None)
        return self._render("all_errors.md.j2", PATHS.all_errors, meta, title=title, renderer=self)

    def dates(self, entry: ErrorEntry) -> tuple[dt.date | None, dt.date | None]:
        source = self.catalog.sources.get(f"errors/{entry.id}")
        return added_and_updated(entry.created, entry.updated, source.path if source else None)

    def edit_url(self, entry: ErrorEntry) -> str | None:
        source = self.catalog.sources.get(f"errors/{entry.id}")
        if not (self.edit_base and source):
            return None
        return self.edit_base + "catalog/" + source.relpath

    def recent(self, limit: int = 30) -> str:
        title = self.ui["recent"]
        dated = [(self.dates(e), e) for e in self.catalog.errors.values()]
        dated = [(d, e) for d, e in dated if d[1]]
        dated.sort(key=lambda item: (item[0][1], item[0][0] or item[0][1], item[1].id), reverse=True)
        meta = self._meta(id="recent", slug="recent", title=title, content_type="tutorial", created=None,
                          updated=dated[0][0][1] if dated else None)
        return self._render("recent.md.j2", PATHS.recent, meta, title=title, dated=dated[:limit], renderer=self)

    def marketplace(self, slug: str) -> str:
        marketplace = self.catalog.marketplaces[slug]
        meta = self._meta(
            id=f"marketplace-{slug}",
            slug=slug,
            title=marketplace.name,
            content_type="tutorial",
            created=marketplace.created,
            updated=marketplace.updated,
            legacy=self._legacy(f"marketplaces/{slug}"),
        )
        path = PATHS.marketplace(slug)
        return self._render("marketplace.md.j2", path, meta, marketplace=marketplace, renderer=self)

    def category(self, slug: str) -> str:
        category = self.catalog.categories[slug]
        title = category.name.get(self.lang)
        meta = self._meta(
            id=f"category-{slug}",
            slug=slug,
            title=title,
            content_type="tutorial",
            created=category.created,
            updated=category.updated,
            legacy=self._legacy(f"categories/{slug}"),
        )
        path = PATHS.category(slug)
        return self._render("category.md.j2", path, meta, category=category, title=title, renderer=self)

    def error(self, entry_id: str) -> str:
        entry = self.catalog.errors[entry_id]
        title = entry.title.get(self.lang)
        created, updated = self.dates(entry)
        meta = self._meta(
            id=entry.id,
            slug=entry.id,
            title=title,
            content_type="troubleshooting",
            created=created,
            updated=updated,
            legacy=entry.legacy_slug or self._legacy(f"errors/{entry_id}"),
        )
        return self._render(
            "error.md.j2", PATHS.error(entry_id), meta, entry=entry, title=title, renderer=self,
            created=created, updated=updated, edit_url=self.edit_url(entry),
            display=lambda template: parse(template).display(),
        )
