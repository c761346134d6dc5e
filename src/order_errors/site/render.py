"""Turn the catalog into Markdown pages (with help-center front matter) through Jinja templates.

Every value from the catalog is escaped for the place it is shown in (`escape.py`).
"""

from __future__ import annotations

import datetime as dt
from functools import partial
from pathlib import Path
from urllib.parse import quote

import jinja2

from order_errors.core.catalog import Catalog
from order_errors.core.model import ErrorEntry
from order_errors.core.template import parse
from order_errors.core.ui_text import UI
from order_errors.core.urls import ALL_ERRORS, HUB, RECENT, Page, alternates, relative_link
from order_errors.site.dates import added_and_updated
from order_errors.site.escape import attribute, cell, code_block, front_matter, prose

PRODUCT_TEAM = "Channels"


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
            loader=jinja2.PackageLoader("order_errors.site", "templates"),
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
        pages = {HUB.docs_path: self.hub(), ALL_ERRORS.docs_path: self.all_errors(), RECENT.docs_path: self.recent()}
        for slug in self.catalog.marketplaces:
            pages[Page.marketplace(slug).docs_path] = self.marketplace(slug)
        for slug in self.catalog.categories:
            pages[Page.category(slug).docs_path] = self.category(slug)
        for entry_id in self.catalog.errors:
            pages[Page.error(entry_id).docs_path] = self.error(entry_id)
        return pages

    def _render(self, template: str, page_path: str, meta: dict, **context) -> str:
        def link(target: Page) -> str:
            return self.link(target.docs_path, page_path)

        body = self.env.get_template(template).render(
            catalog=self.catalog, ui=self.ui, lang=self.lang, Page=Page, HUB=HUB, ALL_ERRORS=ALL_ERRORS, link=link,
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

    def _legacy(self, page: Page) -> str | None:
        """The help-center slug this page takes over, from the first article that leads to it."""
        for article in self.catalog.help_center:
            if article.target == page.target:
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
                cells.append(f"[{cell(category.name.get(self.lang))}]({self.link(Page.category(category.slug).docs_path, page_path)})")
            if with_marketplaces:
                cells.append(self.marketplace_names(entry, page_path))
            cells.append(f"[{cell(entry.title.get(self.lang))}]({self.link(Page.error(entry.id).docs_path, page_path)})")
            lines.append("| " + " | ".join(cells) + " |")
        return "\n".join(lines) + "\n"

    def marketplace_names(self, entry: ErrorEntry, page_path: str) -> str:
        """Links to the marketplaces that show the entry's messages ("any marketplace" first for a generic one)."""
        links = ", ".join(f"[{cell(self.catalog.marketplaces[slug].name)}]({self.link(Page.marketplace(slug).docs_path, page_path)})"
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
            legacy=self._legacy(HUB),
        )
        return self._render("hub.md.j2", HUB.docs_path, meta, hub=hub, title=title, renderer=self)

    def all_errors(self) -> str:
        title = self.ui["all_errors"]
        meta = self._meta(id="all-errors", slug="all-errors", title=title, content_type="tutorial",
                          created=None, updated=None)
        return self._render("all_errors.md.j2", ALL_ERRORS.docs_path, meta, title=title, renderer=self)

    def dates(self, entry: ErrorEntry) -> tuple[dt.date | None, dt.date | None]:
        source = self.catalog.files.get(Page.error(entry.id))
        return added_and_updated(entry.created, entry.updated, source.path if source else None)

    def edit_url(self, entry: ErrorEntry) -> str | None:
        source = self.catalog.files.get(Page.error(entry.id))
        if not (self.edit_base and source):
            return None
        # Each folder and file name is encoded as a path segment: nothing in it can end the link or the page's markup.
        return self.edit_base + "catalog/" + "/".join(quote(part, safe="") for part in Path(source.relpath).parts)

    def recent(self, limit: int = 30) -> str:
        title = self.ui["recent"]
        dated = [(self.dates(e), e) for e in self.catalog.errors.values()]
        dated = [(d, e) for d, e in dated if d[1]]
        dated.sort(key=lambda item: (item[0][1], item[0][0] or item[0][1], item[1].id), reverse=True)
        meta = self._meta(id="recent", slug="recent", title=title, content_type="tutorial", created=None,
                          updated=dated[0][0][1] if dated else None)
        return self._render("recent.md.j2", RECENT.docs_path, meta, title=title, dated=dated[:limit], renderer=self)

    def marketplace(self, slug: str) -> str:
        marketplace = self.catalog.marketplaces[slug]
        meta = self._meta(
            id=f"marketplace-{slug}",
            slug=slug,
            title=marketplace.name,
            content_type="tutorial",
            created=marketplace.created,
            updated=marketplace.updated,
            legacy=self._legacy(Page.marketplace(slug)),
        )
        path = Page.marketplace(slug).docs_path
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
            legacy=self._legacy(Page.category(slug)),
        )
        path = Page.category(slug).docs_path
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
            legacy=entry.legacy_slug or self._legacy(Page.error(entry_id)),
        )
        return self._render(
            "error.md.j2", Page.error(entry_id).docs_path, meta, entry=entry, title=title, renderer=self,
            created=created, updated=updated, edit_url=self.edit_url(entry),
            display=lambda template: parse(template).display(),
        )
