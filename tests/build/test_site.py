"""The real site, built from the real catalog into a temporary folder."""

from __future__ import annotations

import json
import re
from urllib.parse import urlsplit

import pytest

from order_errors.core.template import parse
from support.reference import entries_matching, reference_messages
from support.site_html import html_pages, parse_page, resolve


def test_every_entry_has_its_page(real_site, catalog):
    for entry in catalog.errors.values():
        page = real_site / "errors" / entry.id / "index.html"
        assert page.is_file(), entry.id
        parsed = parse_page(page)
        assert entry.title.en in parsed.text
        assert catalog.categories[entry.category].name.en in parsed.text


def test_every_reference_message_is_shown_verbatim_on_its_page(real_site, catalog):
    for ref_id, text in reference_messages(as_shown=True):
        (entry_id,) = entries_matching(catalog, text)
        shown = [code.removesuffix("\n") for code in parse_page(real_site / "errors" / entry_id / "index.html").code]
        # Where the help center writes `{XXX}` for a value, the page shows the message with named placeholders.
        as_template = "{XXX}" in text and any(parse(code).match(text) for code in shown)
        assert text in shown or as_template, f"{ref_id} not shown on errors/{entry_id}/"


def test_every_internal_link_and_anchor_resolves(real_site):
    parsed = {page: parse_page(page) for page in html_pages(real_site)}  # each page read once
    ids = {page: found.ids for page, found in parsed.items()}
    checked = 0
    for page, found in parsed.items():
        for href in found.links + found.sources:
            parts = urlsplit(href)
            if parts.scheme or parts.netloc or href.startswith(("mailto:", "javascript:")):
                continue
            target = resolve(real_site, page, parts.path) if parts.path else page
            assert target.exists(), f"{page.relative_to(real_site)} links to missing {href}"
            if parts.fragment and target.suffix == ".html":
                assert parts.fragment in ids.get(target, parse_page(target).ids), f"{page}: no anchor {href}"
            checked += 1
    assert checked > 1000


def test_no_page_loads_anything_from_another_host(real_site):
    for page in html_pages(real_site):
        for source in parse_page(page).sources:
            assert not urlsplit(source).netloc, f"{page.relative_to(real_site)} loads {source}"
        assert "fonts.googleapis" not in page.read_text(encoding="utf-8")


def test_hub_lists_every_marketplace_and_category(real_site, catalog):
    hub = parse_page(real_site / "index.html")
    links = {resolve(real_site, real_site / "index.html", href) for href in hub.links if not urlsplit(href).scheme}
    for slug in catalog.marketplaces:
        assert real_site / "marketplaces" / slug / "index.html" in links, slug
    for slug in catalog.categories:
        assert real_site / "categories" / slug / "index.html" in links, slug
    assert "Marketplace > Connections > Orders" in hub.text


def test_marketplace_and_category_pages_list_their_errors(real_site, catalog):
    for slug in catalog.marketplaces:
        page = real_site / "marketplaces" / slug / "index.html"
        targets = {resolve(real_site, page, h) for h in parse_page(page).links if "errors/" in h}
        for entry in catalog.errors_of_marketplace(slug):
            assert real_site / "errors" / entry.id / "index.html" in targets, (slug, entry.id)
    for slug in catalog.categories:
        page = real_site / "categories" / slug / "index.html"
        targets = {resolve(real_site, page, h) for h in parse_page(page).links if "errors/" in h}
        assert {real_site / "errors" / e.id / "index.html" for e in catalog.errors_in_category(slug)} <= targets


def test_no_page_is_an_orphan(real_site):
    # Error pages and the help center's old addresses (redirects) are entry points, not content.
    pages = {p for p in html_pages(real_site) if p.name != "404.html" and 'http-equiv="refresh"' not in p.read_text()}
    linked = set()
    for page in pages:
        linked |= {resolve(real_site, page, urlsplit(h).path) for h in parse_page(page).links if urlsplit(h).path and not urlsplit(h).scheme}
    assert pages - linked - {real_site / "index.html"} == set()


def test_every_marketplace_and_category_is_in_the_navigation(real_site, catalog):
    nav = parse_page(real_site / "errors" / "index.html")
    nav_links = {resolve(real_site, real_site / "errors" / "index.html", h) for h in nav.links if not urlsplit(h).scheme}
    for slug in catalog.marketplaces:
        assert real_site / "marketplaces" / slug / "index.html" in nav_links
    for slug in catalog.categories:
        assert real_site / "categories" / slug / "index.html" in nav_links


def test_errors_json_describes_every_entry(real_site, catalog):
    data = json.loads((real_site / "api" / "errors.json").read_text(encoding="utf-8"))
    assert data["count"] == len(catalog.errors) == len(data["errors"])
    by_id = {item["id"]: item for item in data["errors"]}
    for entry in catalog.errors.values():
        item = by_id[entry.id]
        assert item["url"] == f"/errors/{entry.id}/"
        assert item["category"] == entry.category and item["marketplaces"] == entry.marketplaces
        assert item["title"]["en"] == entry.title.en
        texts = [m["text"] for m in item["messages"]]
        assert texts == [t for m in entry.messages for t in m.templates]
        for message in item["messages"]:
            assert message["lang"] in ("en", "es", "pt") and isinstance(message["placeholders"], list)
    for _, text in reference_messages():
        assert entries_matching(catalog, text)[0] in by_id


_ACTIVE_ENTRY = re.compile(r'<li class="md-nav__item md-nav__item--active">\s*<a href="([^"]*)" class="md-nav__link">')


@pytest.mark.parametrize("lang", ["en", "es", "pt"])
def test_every_error_page_marks_its_own_category_in_the_navigation(real_site, catalog, lang):
    """The sidebar is rendered once per category and shared by its error pages (site/shared_nav.py): each
    page's marks its own category, never that of the page it was first rendered for."""
    root = real_site if lang == "en" else real_site / lang
    for entry in catalog.errors.values():
        page = root / "errors" / entry.id / "index.html"
        (active,) = _ACTIVE_ENTRY.findall(page.read_text(encoding="utf-8"))
        assert resolve(root, page, active) == root / "categories" / entry.category / "index.html", (lang, entry.id)
