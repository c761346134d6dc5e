"""The catalog as Markdown pages: one per entry, marketplace and category, plus the hub, all errors and
recent changes; front matter for the help center; links between pages; catalog text escaped."""

from __future__ import annotations

import re

import pytest
import yaml

from order_errors.core.languages import LANGS
from order_errors.site.render import Renderer

FIXTURE_PAGES = ["index.md", "errors/index.md", "recent.md", "marketplaces/mallz.md", "marketplaces/shopx.md",
                 "categories/stock.md", "categories/price.md", "errors/sku-out-of-stock.md", "errors/payment-differs.md"]


def meta_and_body(markdown: str) -> tuple[dict, str]:
    _, meta, body = markdown.split("---\n", 2)
    return yaml.safe_load(meta), body


def links(body: str) -> list[tuple[str, str]]:
    return re.findall(r"\[([^\]]+)\]\(([^)\s]+)\)", body)


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


def test_an_error_page_in_spanish(fixture_catalog):
    meta, body = meta_and_body(Renderer(fixture_catalog, "es").error("sku-out-of-stock"))
    assert meta["title"] == "El SKU no tiene stock" and meta["locale"] == "es" and meta["contentType"] == "troubleshooting"
    assert meta["alternates"] == {"en": "../../../errors/sku-out-of-stock/", "es": "./", "pt": "../../../pt/errors/sku-out-of-stock/"}
    assert body.lstrip().startswith("# El SKU no tiene stock\n")
    assert "```text\nOrder {order_id} with SKU {sku} out of stock\n```" in body  # the message verbatim, never translated
    for heading in ("Qué significa", "Causas probables", "Cómo solucionarlo", "Cómo confirmar que está resuelto", "Errores relacionados"):
        assert f"\n## {heading}\n" in body, heading
    assert "1. Agrega stock en **Inventario y envío &gt; Inventario**." in body  # bold stays, markup is text
    assert ("Sin stock", "../categories/stock.md") in links(body)
    assert ("Shop X", "../marketplaces/shopx.md") in links(body) and ("Mall Z", "../marketplaces/mallz.md") in links(body)
    assert ("El pago es diferente", "payment-differs.md") in links(body)


def test_a_generic_entry_shows_its_variants_and_examples_and_is_listed_on_every_marketplace(fixture_catalog):
    renderer = Renderer(fixture_catalog, "en")
    _, body = meta_and_body(renderer.error("payment-differs"))
    assert "```text\nTotal do pagamento é diferente do pretendido pela loja\n```" in body
    assert "For example:\n\n```text\nTotal do pagamento (311,77) é diferente do pretendido pela loja (313,61)\n```" in body
    assert "any marketplace connected to VTEX" in body
    for slug in fixture_catalog.marketplaces:
        _, page = meta_and_body(renderer.marketplace(slug))
        generic = page.split("## Errors any connector can show", 1)[1]
        assert ("The payment differs", "../errors/payment-differs.md") in links(generic), slug


def test_the_edit_link_points_at_the_entrys_file_only_when_asked(fixture_catalog):
    with_edit = Renderer(fixture_catalog, "en", edit_base="https://git.example/edit/main/").error("payment-differs")
    assert "[Edit this page](https://git.example/edit/main/catalog/errors/price/payment-differs.yaml)" in with_edit
    assert "Edit this page" not in Renderer(fixture_catalog, "en").error("payment-differs")


def test_links_are_written_by_the_link_function_given(fixture_catalog):
    renderer = Renderer(fixture_catalog, "en", link=lambda target, page: f"<{target}@{page}>")
    _, body = meta_and_body(renderer.category("stock"))
    assert "[The SKU is out of stock](<errors/sku-out-of-stock.md@categories/stock.md>)" in body


def test_catalog_text_is_escaped_where_it_is_shown(fixture_catalog):
    hostile = fixture_catalog.marketplaces["shopx"].model_copy(update={"name": "<script>alert(1)</script> [x](javascript:y)"})
    catalog = type(fixture_catalog)(**{**vars(fixture_catalog), "marketplaces": {**fixture_catalog.marketplaces, "shopx": hostile}})
    renderer = Renderer(catalog, "en")
    for markdown in (renderer.marketplace("shopx"), renderer.hub(), renderer.error("sku-out-of-stock")):
        _, body = meta_and_body(markdown)
        assert "<script>" not in body and "](javascript:" not in body
        assert "&lt;script&gt;alert\\(1\\)&lt;/script&gt; &#91;x&#93;" in body  # as cell() writes it
    meta, _ = meta_and_body(renderer.marketplace("shopx"))
    assert meta["title"] == "&lt;script&gt;alert(1)&lt;/script&gt; [x](javascript:y)"  # the theme prints it as HTML


def test_recent_lists_entries_newest_first(fixture_catalog):
    _, body = meta_and_body(Renderer(fixture_catalog, "en").recent())
    rows = re.findall(r"^\| (\d{4}-\d\d-\d\d) \| (\d{4}-\d\d-\d\d) \| \[([^\]]+)\]", body, re.M)
    assert {title for _, _, title in rows} == {"The SKU is out of stock", "The payment differs"}
    assert [updated for updated, _, _ in rows] == sorted((updated for updated, _, _ in rows), reverse=True)
