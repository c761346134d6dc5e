"""The catalog as Markdown pages: one per entry, marketplace and category, plus the hub, all errors and
recent changes; front matter for the help center; links between pages; catalog text escaped."""

from __future__ import annotations

import datetime as dt
import html
import re
from urllib.parse import urljoin, urlsplit

import pytest
import yaml

from order_errors.core.languages import LANGS
from order_errors.core.ui_text import UI
from order_errors.core.urls import page_url
from order_errors.site.render import Renderer

FIXTURE_PAGES = ["index.md", "errors/index.md", "recent.md", "marketplaces/mallz.md", "marketplaces/shopx.md",
                 "categories/stock.md", "categories/price.md", "errors/sku-out-of-stock.md", "errors/payment-differs.md"]


def meta_and_body(markdown: str) -> tuple[dict, str]:
    _, meta, body = markdown.split("---\n", 2)
    return yaml.safe_load(meta), body


def links(body: str) -> list[tuple[str, str]]:
    return re.findall(r"\[([^\]]+)\]\(([^)\s]+)\)", body)


def cards(body: str) -> list[tuple[str, str]]:
    """(title as read, href) of each card of the HTML lists."""
    return [(html.unescape(title), href) for href, title in re.findall(r'<a class="oe-card__title" href="([^"]*)">([^<]*)</a>', body)]


def crumbs(body: str) -> list[tuple[str, str | None]]:
    """(text as read, href or None for the page itself) of each step of the breadcrumbs."""
    nav = re.search(r'<nav class="oe-crumbs"[^>]*><ol>(.*?)</ol>', body, re.S).group(1)
    return [(html.unescape(text), href or None)
            for href, text in re.findall(r'<li(?: aria-current="page")?>(?:<a href="([^"]*)">)?([^<]*)(?:</a>)?</li>', nav)]


def as_read(markup: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", markup))


def message_texts(body: str) -> list[str]:
    """The messages of an error page, as a reader sees (and copies) them."""
    return [as_read(m) for m in re.findall(r'<pre class="oe-message__text"><code>(.*?)</code></pre>', body, re.S)]


def example_texts(body: str) -> list[str]:
    return [as_read(m) for m in re.findall(r'<pre class="oe-message__example"><code>(.*?)</code></pre>', body, re.S)]


def html_hrefs(body: str) -> list[str]:
    return re.findall(r'<a [^>]*\bhref="([^"]*)"', body)


@pytest.fixture(scope="module", params=LANGS)
def pages(request, fixture_catalog) -> dict[str, str]:
    return Renderer(fixture_catalog, request.param).pages()


def test_every_page_of_the_catalog_and_no_other(fixture_catalog):
    assert sorted(Renderer(fixture_catalog, "en").pages()) == sorted(FIXTURE_PAGES)


def test_pages_carry_help_center_front_matter(catalog):
    pages = Renderer(catalog, "en").pages()
    for path, markdown in pages.items():
        meta, _ = meta_and_body(markdown)
        for field in ("id", "slug", "locale", "contentType", "productTeam", "title"):
            assert meta.get(field), (path, field)
        assert meta["locale"] == "en"
    amazon, _ = meta_and_body(pages["marketplaces/amazon.md"])
    assert amazon["legacySlug"] and amazon["createdAt"].endswith("Z")


def test_every_link_leads_to_a_page_of_the_site(pages):
    for path, markdown in pages.items():
        _, body = meta_and_body(markdown)
        for _, href in links(body):
            if href.startswith("https://"):
                continue
            target = "/".join(part for part in (path.rsplit("/", 1)[0] if "/" in path else "", href) if part)
            resolved = []
            for part in target.split("/"):
                resolved = resolved[:-1] if part == ".." else [*resolved, part]
            assert "/".join(resolved) in FIXTURE_PAGES, (path, href)


def test_every_address_the_html_writes_leads_to_a_page_of_the_site(pages):
    """The breadcrumbs and lists are HTML, whose links MkDocs does not check: each is the built page's address."""
    addresses = {page_url(path) for path in FIXTURE_PAGES}
    for path, markdown in pages.items():
        _, body = meta_and_body(markdown)
        hrefs = [href for href in html_hrefs(body) if not href.startswith("https://")]
        if path != "recent.md":
            assert hrefs, path
        for href in hrefs:
            assert urlsplit(urljoin("https://site" + page_url(path), href)).path in addresses, (path, href)


def test_an_error_page_in_spanish(fixture_catalog):
    renderer = Renderer(fixture_catalog, "es")
    meta, body = meta_and_body(renderer.error("sku-out-of-stock"))
    assert meta["title"] == "El SKU no tiene stock" and meta["locale"] == "es" and meta["contentType"] == "troubleshooting"
    assert meta["alternates"] == {"en": "../../../errors/sku-out-of-stock/", "es": "./", "pt": "../../../pt/errors/sku-out-of-stock/"}
    # The page starts with where it is (hub, its category, itself), then its title.
    assert body.lstrip().startswith('<nav class="oe-crumbs" aria-label="Estás aquí">')
    assert crumbs(body) == [("Errores de pedidos", "../../"), ("Sin stock", "../../categories/stock/"), ("El SKU no tiene stock", None)]
    assert "</nav>\n\n# El SKU no tiene stock\n" in body
    assert message_texts(body) == ["Order {order_id} with SKU {sku} out of stock"]  # the message verbatim, never translated
    assert '<div class="oe-message" lang="en">' in body
    for heading in ("Qué significa", "Causas probables", "Cómo solucionarlo", "Cómo confirmar que está resuelto", "Errores relacionados"):
        assert f"\n## {heading}\n" in body, heading
    assert "1. Agrega stock en **Inventario y envío &gt; Inventario**." in body  # bold stays, markup is text
    assert ("Sin stock", "../categories/stock.md") in links(body)
    assert ("Shop X", "../marketplaces/shopx.md") in links(body) and ("Mall Z", "../marketplaces/mallz.md") in links(body)
    assert ("El pago es diferente", "payment-differs.md") in links(body)
    # Dates in words, as a Spanish reader writes them (payment-differs gives its own, not git's).
    _, dated = meta_and_body(renderer.error("payment-differs"))
    assert "Agregado 26 de agosto de 2021 · Actualizado 26 de noviembre de 2026" in dated


def test_a_generic_entry_shows_its_variants_and_examples_and_is_listed_on_every_marketplace(fixture_catalog):
    renderer = Renderer(fixture_catalog, "en")
    _, body = meta_and_body(renderer.error("payment-differs"))
    assert message_texts(body) == ["Total do pagamento ({paid}) é diferente do pretendido pela loja ({expected})",
                                   "Total do pagamento é diferente do pretendido pela loja"]
    assert example_texts(body) == ["Total do pagamento (311,77) é diferente do pretendido pela loja (313,61)"]
    assert body.index('<p class="oe-message__label">For example:</p>') < body.index('class="oe-message__example"')
    assert "any marketplace connected to VTEX" in body
    generic_headings = "|".join(re.escape(UI["en"][key]) for key in ("generic_errors", "other_generic_errors"))
    for slug in fixture_catalog.marketplaces:
        _, page = meta_and_body(renderer.marketplace(slug))
        generic = re.split(rf"\n## (?:{generic_headings})\n", page, maxsplit=1)
        assert len(generic) == 2, slug
        assert ("The payment differs", "../../errors/payment-differs/") in cards(generic[1].split("\n## ", 1)[0]), slug


def test_the_edit_link_points_at_the_entrys_file_only_when_asked(fixture_catalog):
    with_edit = Renderer(fixture_catalog, "en", edit_base="https://git.example/edit/main/").error("payment-differs")
    assert "[Edit this page](https://git.example/edit/main/catalog/errors/price/payment-differs.yaml)" in with_edit
    assert "Edit this page" not in Renderer(fixture_catalog, "en").error("payment-differs")


def test_links_are_written_by_the_link_function_given(fixture_catalog):
    """`link=` writes every link, Markdown's and the HTML's alike (the help-center export gives its addresses)."""
    renderer = Renderer(fixture_catalog, "en", link=lambda target, page: f"/x/{target}@{page}")
    _, body = meta_and_body(renderer.category("stock"))
    assert ("The SKU is out of stock", "/x/errors/sku-out-of-stock.md@categories/stock.md") in cards(body)
    assert crumbs(body)[0] == ("Order errors", "/x/index.md@categories/stock.md")
    assert ("Price divergence", "/x/categories/price.md@categories/stock.md") in links(body)
    assert all(href.startswith("/x/") for href in html_hrefs(body)), html_hrefs(body)
    # By default: `.md` paths in Markdown (MkDocs checks them), the built page's address in HTML.
    _, default = meta_and_body(Renderer(fixture_catalog, "en").category("stock"))
    assert ("The SKU is out of stock", "../../errors/sku-out-of-stock/") in cards(default)
    assert ("Price divergence", "price.md") in links(default)


# A marketplace name that tries HTML, a Markdown link and a script: shown as text everywhere.
HOSTILE_NAME = "<script>alert(1)</script> [x](javascript:y)"
AS_MARKDOWN_TEXT = "&lt;script&gt;alert\\(1\\)&lt;/script&gt; &#91;x&#93;\\(javascript:y\\)"  # as cell() writes it
AS_HTML_TEXT = "&lt;script&gt;alert(1)&lt;/script&gt; &#91;x&#93;(javascript:y)"  # as attribute() writes it


def test_catalog_text_is_escaped_where_it_is_shown(fixture_catalog):
    hostile = fixture_catalog.marketplaces["shopx"].model_copy(update={"name": HOSTILE_NAME})
    catalog = type(fixture_catalog)(**{**vars(fixture_catalog), "marketplaces": {**fixture_catalog.marketplaces, "shopx": hostile}})
    renderer = Renderer(catalog, "en")
    for markdown in (renderer.marketplace("shopx"), renderer.hub(), renderer.error("sku-out-of-stock"),
                     renderer.category("stock"), renderer.all_errors()):
        _, body = meta_and_body(markdown)
        assert "<script>" not in body and "](javascript:" not in body
        assert AS_MARKDOWN_TEXT in body or AS_HTML_TEXT in body
        # Every place the name is shown is one of the two escaped forms.
        assert "alert" not in body.replace(AS_MARKDOWN_TEXT, "").replace(AS_HTML_TEXT, "")
    meta, _ = meta_and_body(renderer.marketplace("shopx"))
    assert meta["title"] == AS_HTML_TEXT  # the theme prints it as HTML


def test_recent_lists_entries_newest_first(fixture_catalog):
    renderer = Renderer(fixture_catalog, "en")
    _, body = meta_and_body(renderer.recent())
    rows = re.findall(r"^\| \[([^\]]+)\]\(([^)]+)\) \| ([^|]+) \| ([^|]*) \|$", body, re.M)
    assert {title for title, *_ in rows} == {"The SKU is out of stock", "The payment differs"}
    # Dates are written in words ("November 26, 2026"); read back, they are the entries' own and newest first.
    updated = [dt.datetime.strptime(date, "%B %d, %Y").date() for _, _, date, _ in rows]
    assert updated == sorted(updated, reverse=True)
    for (_, href, _, _), date in zip(rows, updated):
        entry = fixture_catalog.errors[href.removeprefix("errors/").removesuffix(".md")]
        assert renderer.dates(entry)[1] == date, entry.id
    assert ("The payment differs", "errors/payment-differs.md", "November 26, 2026", "August 26, 2021") in rows
