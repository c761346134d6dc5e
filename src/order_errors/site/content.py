"""Everything the build adds to the site from the catalog: pages, navigation, machine-readable data."""

from __future__ import annotations

import importlib.util
import json
from dataclasses import dataclass, field
from pathlib import Path

from order_errors.catalog.load import load_catalog
from order_errors.core.catalog import Catalog
from order_errors.core.languages import DEFAULT_LANG, LANGS
from order_errors.core.template import parse
from order_errors.core.ui_text import UI
from order_errors.core.urls import ALL_ERRORS, HUB, RECENT, Page
from order_errors.search.data import build_search_data, build_text_index
from order_errors.site.escape import attribute
from order_errors.site.redirects import english_prefix, merged_entries, redirects
from order_errors.site.render import Renderer
from order_errors.site.verbatim import put_back

API_PATH = "api/errors.json"
SEARCH_DATA_PATH = "search/order-errors.json"
TEXT_INDEX_PATH = "search/text-index.json"  # per language: loaded after the search data
LUNR_PATH = "assets/javascripts/lunr.js"


def lunr_js() -> str:
    """lunr.js as the installed MkDocs ships it: copied into the site, never committed. The package is found,
    not imported: importing MkDocs's search plugin (lunr.py and its languages) took 0.2 s in each build process."""
    package = importlib.util.find_spec("mkdocs.contrib.search")
    folder = Path(package.submodule_search_locations[0])
    return (folder / "templates" / "search" / "lunr.js").read_text(encoding="utf-8")


def api_entries(catalog: Catalog, base: str = "/") -> list[dict]:
    entries = []
    for entry in catalog.errors.values():
        messages = []
        for message in entry.messages:
            for template in message.templates:
                names = list(dict.fromkeys(parse(template).placeholders))
                messages.append({
                    "text": template,
                    "lang": message.lang,
                    "placeholders": names,
                    "placeholder_kinds": {name: message.placeholders[name] for name in names},
                    "variant": template != message.text,
                })
        entries.append({
            "id": entry.id,
            "url": Page.error(entry.id).url(base),
            "urls": {lang: Page.error(entry.id).url(base, lang) for lang in LANGS},
            "category": entry.category,
            "marketplaces": list(entry.marketplaces),
            "generic": entry.generic,
            "area": entry.area,
            "codes": list(entry.codes),
            "sources": [source.model_dump(exclude_none=True) for source in entry.sources],
            "title": {lang: text for lang in LANGS if (text := getattr(entry.title, lang))},
            "messages": messages,
        })
    return entries


def api_json(catalog: Catalog, base: str = "/") -> str:
    data = {"version": 1, "count": len(catalog.errors), "errors": api_entries(catalog, base)}
    # Compact: with indent=, json leaves its C encoder for its Python one (~10x slower at 10,000 errors).
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"


def navigation(catalog: Catalog, lang: str = DEFAULT_LANG) -> list:
    """The site's navigation; titles are escaped, as the theme prints them as HTML."""
    ui = UI[lang]
    return [
        {attribute(catalog.hub.title.get(lang)): HUB.docs_path},
        {ui["categories"]: [{attribute(c.name.get(lang)): Page.category(c.slug).docs_path} for c in catalog.ordered_categories()]},
        {ui["marketplaces"]: [{attribute(m.name): Page.marketplace(m.slug).docs_path} for m in catalog.marketplaces.values()]},
        {ui["all_errors"]: ALL_ERRORS.docs_path},
        {ui["recent"]: RECENT.docs_path},
    ]


_loaded: dict[tuple, Catalog] = {}
_files_read: dict = {}  # what load_catalog read from each file (by its path), for the next load


def load_once(catalog_dir: Path, keep: bool = True) -> Catalog:
    """The catalog, loaded again only when one of its files changed: `mkdocs serve` rebuilds on
    any change (this module outlives the hook, which MkDocs imports anew for each build). With
    `keep` false (a one-off build), nothing is kept for a next load: what each file held, as read,
    would stay in memory for nothing."""
    if not keep:
        return load_catalog(catalog_dir)
    files = sorted(p for p in catalog_dir.rglob("*") if p.is_file())
    key = (str(catalog_dir), tuple((str(p), p.stat().st_mtime_ns, p.stat().st_size) for p in files))
    if key not in _loaded:
        _loaded.clear()
        _loaded[key] = load_catalog(catalog_dir, reuse=_files_read)
    return _loaded[key]


def search_data_json(catalog: Catalog, base: str = "/", lang: str = DEFAULT_LANG) -> str:
    return json.dumps(build_search_data(catalog, base, lang), ensure_ascii=False, separators=(",", ":"))


@dataclass
class SiteContent:
    pages: dict[str, str]
    nav: list
    assets: dict[str, str] = field(default_factory=dict)
    # Pages the navigation does not list (errors) -> the page that stands for them there (their category).
    nav_parents: dict[str, str] = field(default_factory=dict)
    # A page's HTML blocks, left out of its Markdown for speed and put back after it (`order_errors.site.verbatim`).
    html_blocks: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def with_blocks(self, path: str, text: str) -> str:
        """A page's text with its HTML blocks in their places: its Markdown (whole, as plain MkDocs would be
        given it), or the HTML Markdown made of it."""
        return put_back(text, self.html_blocks.get(path, ()))

    @classmethod
    def build(cls, catalog: Catalog, lang: str = DEFAULT_LANG, base: str = "/", edit_base: str | None = None) -> SiteContent:
        """What one language's build adds; the default language's also carries the shared files."""
        assets = {
            SEARCH_DATA_PATH: search_data_json(catalog, base, lang),
            TEXT_INDEX_PATH: json.dumps(build_text_index(catalog, lang), ensure_ascii=False, separators=(",", ":")),
            LUNR_PATH: lunr_js(),
        }
        html_blocks: dict[str, tuple[str, ...]] = {}
        pages = Renderer(catalog, lang, edit_base=edit_base).pages(set_aside=html_blocks)
        assets.update(redirects(catalog, lang, DEFAULT_LANG))
        assets.update(merged_entries(catalog, lang))
        if lang == DEFAULT_LANG:
            assets.update(english_prefix(list(pages), DEFAULT_LANG))
            assets[API_PATH] = api_json(catalog, base)
        parents = {Page.error(e.id).docs_path: Page.category(e.category).docs_path for e in catalog.errors.values()}
        return cls(pages=pages, nav=navigation(catalog, lang), assets=assets, nav_parents=parents, html_blocks=html_blocks)
