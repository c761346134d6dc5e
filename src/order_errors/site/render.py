"""Turn the catalog into Markdown pages (with help-center front matter) through Jinja templates.

Every value from the catalog is escaped for the place it is shown in (`escape.py`).
"""

from __future__ import annotations

import datetime as dt
import html
from functools import partial
from pathlib import Path
from urllib.parse import quote

import jinja2

from order_errors.core.catalog import Catalog
from order_errors.core.languages import LANGS
from order_errors.core.model import ErrorEntry, Message
from order_errors.core.template import parse
from order_errors.core.ui_text import UI
from order_errors.core.urls import ALL_ERRORS, HUB, RECENT, Page, alternates, relative_link, relative_url
from order_errors.site.dates import added_and_updated, local_date
from order_errors.site.escape import attribute, cell, code_block, front_matter, prose
from order_errors.site.verbatim import SetAside

PRODUCT_TEAM = "Channels"


def _iso(date: dt.date | None) -> str | None:
    return f"{date.isoformat()}T00:00:00.000Z" if date else None


def _as_read(template: str) -> str:
    """A template as a reader sees it once an article's markup is gone: help-center articles quote
    some messages with `&gt;` for `>` and `**` for bold (the Walmart one), and the catalog keeps
    that spelling as a variant so that a copy from the article is still found."""
    return " ".join(html.unescape(template).replace("**", "").split())


def shown_templates(message: Message) -> list[str]:
    """The templates a page shows for a message: each spelling once, none that only differs from
    another by an article's markup."""
    seen: set[str] = set()
    shown = []
    for template in message.templates:
        if (key := _as_read(template)) not in seen:
            seen.add(key)
            shown.append(template)
    return shown



class Renderer:
    def __init__(self, catalog: Catalog, lang: str = "en", link=None, edit_base: str | None = None):
        """`link(target, page_path)` writes a link between two pages; by default a relative `.md` path
        (in Markdown, which MkDocs checks and turns into the page's address) and a relative address
        (in the HTML the lists and message blocks are written in).
        `edit_base` + a catalog file's path is where a contributor edits it (e.g. a repository's edit URL)."""
        self.edit_base = edit_base
        self.link = link or relative_link
        self.href = link or relative_url
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
        self.env.filters.update(prose=prose, cell=cell, code_block=code_block, t=self.text, html=attribute,
                                date=lambda date: local_date(date, self.ui), verbatim=self.verbatim)
        self.set_aside: dict[str, tuple[str, ...]] | None = None  # see `pages`
        self._aside: SetAside | None = None  # the blocks of the page being rendered, when they are set aside

    def text(self, localized) -> str | list[str]:
        return localized.get(self.lang)

    def verbatim(self, html: str) -> str:
        """A block of HTML the renderer wrote: in the page as it is, or set aside (see `pages`)."""
        return self._aside(html) if self._aside else html

    def pages(self, set_aside: dict[str, tuple[str, ...]] | None = None) -> dict[str, str]:
        """Every page's Markdown, whole: HTML blocks and all. Given `set_aside`, a dict it fills, the blocks
        marked `verbatim` in the templates are left out of the text, each page's in `set_aside[its path]`:
        how the build hands its pages to Markdown (`order_errors.site.verbatim`)."""
        self.set_aside = set_aside
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

        self._aside = SetAside() if self.set_aside is not None else None
        body = self.env.get_template(template).render(
            catalog=self.catalog, ui=self.ui, lang=self.lang, Page=Page, HUB=HUB, ALL_ERRORS=ALL_ERRORS, link=link,
            marketplace_names=partial(self.marketplace_names, page_path=page_path),
            error_list=partial(self.error_list, page_path=page_path),
            list_filter=self.list_filter, href=lambda target: self.href(target.docs_path, page_path),
            **context
        )
        if self._aside and self._aside.blocks:
            self.set_aside[page_path] = tuple(self._aside.blocks)
        self._aside = None
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
        """The message to show in lists, as text: the reader's language when the entry has one."""
        return parse(self.first(entry).text).display()

    # The lists of errors and their marketplaces are written here rather than in template macros:
    # every error is listed on three pages or more, and at 10,000 errors the macros took 2 s a language.
    # They are HTML (escaped with `attribute`), not Markdown tables: each error is a card that a
    # narrow screen stacks, and that carries what the list filter (docs/javascripts/lists.js) reads.

    def error_list(self, entries: list[ErrorEntry], page_path: str, with_category: bool = True) -> str:
        """A list of error cards: title (the link), first message, marketplaces, category, Admin screen."""
        ui = self.ui
        items = ['<ul class="oe-list" data-oe-list>']
        for entry in entries:
            names = [self.catalog.marketplaces[slug].name for slug in entry.marketplaces]
            if entry.generic:
                names.insert(0, ui["generic_label"])
            meta = [f'<span class="oe-card__marketplaces">{attribute(", ".join(names))}</span>']
            if with_category:
                category = self.catalog.categories[entry.category]
                meta.append(f'<a class="oe-card__category" href="{self.href(Page.category(category.slug).docs_path, page_path)}">'
                            f'{attribute(category.name.get(self.lang))}</a>')
            meta.append(f'<span class="oe-card__area">{attribute(ui["area_" + entry.area])}</span>')
            message = self.first(entry)
            items.append(
                f'<li class="oe-card" data-marketplaces="{" ".join(entry.marketplaces)}" data-generic="{str(entry.generic).lower()}"'
                f' data-area="{entry.area}">'
                f'<a class="oe-card__title" href="{self.href(Page.error(entry.id).docs_path, page_path)}">{attribute(entry.title.get(self.lang))}</a>'
                f'<code class="oe-card__message" lang="{message.lang}">{attribute(parse(message.text).display())}</code>'
                f'<span class="oe-card__meta">{" · ".join(meta)}</span></li>'
            )
        items.append("</ul>")
        return "\n".join(items) + "\n"

    def list_filter(self, entries: list[ErrorEntry]) -> str:
        """The control that narrows the lists below it to one marketplace (and one Admin screen, when
        they show several); lists.js shows it and applies `?marketplace=` and `?area=`."""
        ui = self.ui
        # Every marketplace, even one with no error of its own here: the list then shows it the
        # errors any connector can show, the same answer as its own page.
        options = "".join(f'<option value="{slug}">{attribute(m.name)}</option>' for slug, m in self.catalog.marketplaces.items())
        parts = ['<form class="oe-filter" data-oe-filter hidden>',
                 f'<label class="oe-filter__field"><span>{attribute(ui["filter_marketplace"])}</span>'
                 f'<select name="marketplace"><option value="">{attribute(ui["filter_any"])}</option>{options}</select></label>']
        areas = [area for area in ("orders", "products", "prices", "inventory") if any(e.area == area for e in entries)]
        if len(areas) > 1:
            area_options = "".join(f'<option value="{area}">{attribute(ui["area_" + area])}</option>' for area in areas)
            parts.append(f'<label class="oe-filter__field"><span>{attribute(ui["filter_area"])}</span>'
                         f'<select name="area"><option value="">{attribute(ui["filter_any_area"])}</option>{area_options}</select></label>')
        parts.append(f'<p class="oe-filter__count" aria-live="polite" data-oe-count="{attribute(ui["filter_count"])}"'
                     f' data-oe-generic="{attribute(ui["filter_generic_kept"])}"></p></form>')
        return "".join(parts) + "\n"

    def first(self, entry: ErrorEntry) -> Message:
        """The message to show in lists: the reader's language when the entry has one."""
        return next((m for m in entry.messages if m.lang == self.lang), entry.messages[0])

    def messages_block(self, entry: ErrorEntry) -> str:
        """The message as the Admin shows it: the reader's language first, the others folded away,
        the parts that vary highlighted, each with a copy button beside (never over) the text."""
        ui = self.ui
        own_lang = self.lang if any(m.lang == self.lang for m in entry.messages) else entry.messages[0].lang
        own = [m for m in entry.messages if m.lang == own_lang]
        others = sorted((m for m in entry.messages if m.lang != own_lang), key=lambda m: LANGS.index(m.lang))
        varies = any(parse(t).placeholders for m in entry.messages for t in m.templates)
        intro = ui["messages_intro"] + (" " + ui["placeholders_vary"] if varies else "")
        parts = ['<div class="oe-messages">', f"<p>{attribute(intro)}</p>", *(self.message_html(m) for m in own)]
        if others:
            langs = ", ".join(dict.fromkeys(ui["lang_in_" + m.lang] for m in others))
            parts.append(f'<details class="oe-messages__others"><summary>{attribute(ui["other_languages"])} ({attribute(langs)})</summary>')
            parts.extend(self.message_html(m) for m in others)
            parts.append("</details>")
        if entry.codes:
            codes = ", ".join(f"<code>{attribute(code)}</code>" for code in entry.codes)
            parts.append(f'<p class="oe-codes"><strong>{attribute(ui["codes"])}:</strong> {codes}</p>')
        parts.append("</div>")
        return "\n".join(parts) + "\n"

    def message_html(self, message: Message) -> str:
        ui = self.ui
        rows = []
        for template in shown_templates(message):
            text = "".join(attribute(part) if i % 2 == 0 else
                           f'<mark class="oe-ph" title="{attribute(ui["placeholder_" + message.placeholders[part]])}">{{{part}}}</mark>'
                           for i, part in enumerate(parse(template).parts))
            rows.append(f'<div class="oe-message__row"><pre class="oe-message__text"><code>{text}</code></pre>'
                        f'<button type="button" class="oe-copy" data-oe-copy hidden aria-label="{attribute(ui["copy_message_label"])}"'
                        f' data-oe-copied="{attribute(ui["copied"])}">{attribute(ui["copy_message"])}</button></div>')
        if message.origin != "vtex":
            rows.append(f'<p class="oe-message__origin">{attribute(ui["origin_" + message.origin])}</p>')
        if message.examples:
            examples = "".join(f'<pre class="oe-message__example"><code>{attribute(example)}</code></pre>' for example in message.examples)
            rows.append(f'<p class="oe-message__label">{attribute(ui["for_example"])}</p>{examples}')
        return f'<div class="oe-message" lang="{message.lang}">' + "".join(rows) + "</div>"

    def sources_list(self, entry: ErrorEntry) -> str:
        """The help-center articles the entry rests on; an archived or draft one says so in words."""
        items = []
        for source in entry.sources:
            status = f' <span class="oe-source__status">({attribute(self.ui["source_" + source.status])})</span>' if source.status else ""
            language = f' <span class="oe-source__lang">({attribute(self.ui["lang_in_" + source.lang])})</span>' if source.lang != self.lang else ""
            items.append(f'<li><a href="{attribute(source.url)}" hreflang="{source.lang}" lang="{source.lang}">'
                         f'{attribute(source.title)}</a>{language}{status}</li>')
        return '<ul class="oe-sources">' + "".join(items) + "</ul>\n"

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
