"""What the build adds from the catalog: navigation, the machine-readable catalog, each language's files."""

from __future__ import annotations

import json

from order_errors.site.content import (
    API_PATH,
    LUNR_PATH,
    SEARCH_DATA_PATH,
    TEXT_INDEX_PATH,
    SiteContent,
    api_entries,
    api_json,
    navigation,
)
from support.site_html import parse_page


def test_navigation_in_portuguese(fixture_catalog):
    assert navigation(fixture_catalog, "pt") == [
        {"Erros de pedidos": "index.md"},
        {"Categorias": [{"Sem estoque": "categories/stock.md"}, {"Divergência de preço": "categories/price.md"}]},
        {"Marketplaces": [{"Mall Z": "marketplaces/mallz.md"}, {"Shop X": "marketplaces/shopx.md"}]},
        {"Todos os erros": "errors/index.md"},
        {"Adicionados e atualizados recentemente": "recent.md"},
    ]


def test_navigation_titles_are_escaped(fixture_catalog):
    hostile = fixture_catalog.marketplaces["shopx"].model_copy(update={"name": '<img src=x onerror="y">'})
    catalog = type(fixture_catalog)(**{**vars(fixture_catalog), "marketplaces": {**fixture_catalog.marketplaces, "shopx": hostile}})
    marketplaces = navigation(catalog, "en")[2]["Marketplaces"]
    assert {"&lt;img src=x onerror=&quot;y&quot;&gt;": "marketplaces/shopx.md"} in marketplaces


def test_api_entries_describe_each_entry_its_addresses_and_messages(fixture_catalog):
    by_id = {item["id"]: item for item in api_entries(fixture_catalog, "/docs/")}
    assert list(by_id) == list(fixture_catalog.errors)
    sku = by_id["sku-out-of-stock"]
    assert sku["url"] == "/docs/errors/sku-out-of-stock/"
    assert sku["urls"] == {"en": "/docs/errors/sku-out-of-stock/", "es": "/docs/es/errors/sku-out-of-stock/",
                           "pt": "/docs/pt/errors/sku-out-of-stock/"}
    assert (sku["category"], sku["marketplaces"], sku["generic"]) == ("stock", ["shopx", "mallz"], False)
    assert sku["title"]["es"] == "El SKU no tiene stock"
    assert sku["messages"] == [{"text": "Order {order_id} with SKU {sku} out of stock", "lang": "en",
                                "placeholders": ["order_id", "sku"], "placeholder_kinds": {"order_id": "order_id", "sku": "sku"},
                                "variant": False}]
    payment = by_id["payment-differs"]
    assert payment["generic"] is True and payment["marketplaces"] == []
    assert [(m["text"], m["variant"], m["placeholders"]) for m in payment["messages"]] == [
        ("Total do pagamento ({paid}) é diferente do pretendido pela loja ({expected})", False, ["paid", "expected"]),
        ("Total do pagamento é diferente do pretendido pela loja", True, []),
    ]


def test_api_json_is_one_compact_line_with_its_count(fixture_catalog):
    text = api_json(fixture_catalog)
    assert text.endswith("}\n") and text.count("\n") == 1
    data = json.loads(text)
    assert data["version"] == 1 and data["count"] == 2 == len(data["errors"])
    assert "é diferente" in text  # written as UTF-8, not \u escapes


def test_the_default_language_carries_the_shared_files_and_the_en_prefix(fixture_catalog):
    english = SiteContent.build(fixture_catalog, "en")
    spanish = SiteContent.build(fixture_catalog, "es")
    for content in (english, spanish):
        assert {SEARCH_DATA_PATH, TEXT_INDEX_PATH, LUNR_PATH} <= set(content.assets)
        assert "lunr" in content.assets[LUNR_PATH][:2000]
        assert sorted(content.pages) == sorted(english.pages)
    assert API_PATH in english.assets and API_PATH not in spanish.assets
    prefixed = sorted(path for path in english.assets if path.startswith("en/"))
    assert len(prefixed) == len(english.pages) and "en/errors/sku-out-of-stock/index.html" in prefixed
    assert not any(path.startswith("en/") for path in spanish.assets)
    assert json.loads(spanish.assets[SEARCH_DATA_PATH])["strings"]["placeholder"] == "Escribe o pega un mensaje de error"


def test_an_en_address_redirects_to_the_english_page(fixture_catalog, tmp_path):
    page = tmp_path / "page.html"
    page.write_text(SiteContent.build(fixture_catalog, "en").assets["en/errors/sku-out-of-stock/index.html"], encoding="utf-8")
    assert parse_page(page).links == ["../../../errors/sku-out-of-stock/"]


def test_a_one_off_build_keeps_nothing_of_its_load_for_a_next_one(monkeypatch):
    """`mkdocs serve` keeps the catalog and each file as read, to load again only what changed; a build
    keeps neither (at 10,000 errors, about 250 MB while MkDocs built the pages)."""
    from order_errors.site import content
    from support.paths import FIXTURE_CATALOG

    monkeypatch.setattr(content, "_loaded", {})
    monkeypatch.setattr(content, "_files_read", {})
    built = content.load_once(FIXTURE_CATALOG, keep=False)
    assert built.errors and content._loaded == {} and content._files_read == {}
    served = content.load_once(FIXTURE_CATALOG)
    assert content.load_once(FIXTURE_CATALOG) is served and content._files_read
