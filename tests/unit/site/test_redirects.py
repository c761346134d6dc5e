"""The help center's old addresses, an entry's merged-in addresses and `/en/...`: static pages leading on."""

from __future__ import annotations

import posixpath
import re
from dataclasses import replace

import pytest

from order_errors.core.model import HelpCenterArticle
from order_errors.site.redirects import english_prefix, help_center_paths, merged_entries, redirect_page, redirects

ARTICLE = HelpCenterArticle(
    id="X8lSfxT44OyxkxwvnRk1X",
    target="categories/stock",
    title={"en": "Out-of-stock errors", "pt": "Erros de falta de estoque"},
    slug={"en": "out-of-stock-errors", "pt": "erros-de-falta-de-estoque"},
    legacy_slug={"pt": "erros-de-estoque-antigo"},
)


def refresh_target(page: str) -> str:
    return re.search(r'http-equiv="refresh" content="0; url=([^"]+)"', page).group(1)


def test_every_address_the_help_center_gave_an_article():
    assert help_center_paths(ARTICLE, "pt") == [
        "pt/tutorial/erros-de-falta-de-estoque--X8lSfxT44OyxkxwvnRk1X/",
        "pt/tutorial/erros-de-estoque-antigo/",
        "pt/faq/erros-de-estoque-antigo/",
        "pt/troubleshooting/erros-de-falta-de-estoque/",
    ]
    # Other languages also answer under the Portuguese slug, as the help center's links do.
    assert help_center_paths(ARTICLE, "en") == [
        "en/tutorial/erros-de-falta-de-estoque--X8lSfxT44OyxkxwvnRk1X/",
        "en/tutorial/out-of-stock-errors--X8lSfxT44OyxkxwvnRk1X/",
        "en/troubleshooting/out-of-stock-errors/",
    ]
    assert help_center_paths(ARTICLE, "es") == ["es/tutorial/erros-de-falta-de-estoque--X8lSfxT44OyxkxwvnRk1X/"]


def test_a_redirect_page_links_relatively_and_escapes_its_title():
    page = redirect_page("/pt/tutorial/old/", "/pt/categories/stock/", 'Stock <b>"x"</b>', "pt")
    assert refresh_target(page) == "../../categories/stock/"
    assert '<link rel="canonical" href="../../categories/stock/">' in page
    assert '<html lang="pt">' in page and '<meta name="robots" content="noindex">' in page
    assert "Stock &lt;b&gt;&quot;x&quot;&lt;/b&gt;" in page and "<b>" not in page


@pytest.mark.parametrize("lang,prefix", [("en", "en/"), ("pt", "")])
def test_redirects_are_written_into_each_languages_build(fixture_catalog, lang, prefix):
    catalog = replace(fixture_catalog, help_center=[ARTICLE])
    files = redirects(catalog, lang, "en")
    # The Portuguese build is written into site/pt/: its files carry no language folder.
    assert sorted(files) == sorted(prefix + path.split("/", 1)[1] + "index.html" for path in help_center_paths(ARTICLE, lang))
    for path, page in files.items():
        location = "/" + ("" if prefix else f"{lang}/") + path.removesuffix("index.html")
        landing = posixpath.normpath(location + refresh_target(page)) + "/"
        assert landing == ("/" if lang == "en" else f"/{lang}/") + "categories/stock/", (path, refresh_target(page))
    title = "Erros de falta de estoque" if lang == "pt" else "Out-of-stock errors"
    assert all(f"<title>{title}</title>" in page for page in files.values())


def test_an_article_without_a_title_in_the_language_falls_back_to_english(fixture_catalog):
    catalog = replace(fixture_catalog, help_center=[ARTICLE])
    assert all("<title>Out-of-stock errors</title>" in page for page in redirects(catalog, "es", "en").values())


def test_a_merged_entrys_old_address_leads_to_the_entry(fixture_catalog):
    entry = fixture_catalog.errors["sku-out-of-stock"].model_copy(update={"replaces": ["sku-gone", "sku-missing"]})
    catalog = replace(fixture_catalog, errors={**fixture_catalog.errors, "sku-out-of-stock": entry})
    assert merged_entries(fixture_catalog, "en") == {}
    english = merged_entries(catalog, "en")
    assert sorted(english) == ["errors/sku-gone/index.html", "errors/sku-missing/index.html"]
    assert refresh_target(english["errors/sku-gone/index.html"]) == "../sku-out-of-stock/"
    spanish = merged_entries(catalog, "es")
    assert sorted(spanish) == sorted(english)  # inside the Spanish build, site/es/
    assert refresh_target(spanish["errors/sku-gone/index.html"]) == "../sku-out-of-stock/"
    assert "<title>El SKU no tiene stock</title>" in spanish["errors/sku-gone/index.html"]


def test_english_pages_answer_under_en():
    files = english_prefix(["index.md", "errors/index.md", "errors/a.md"], "en")
    assert sorted(files) == ["en/errors/a/index.html", "en/errors/index.html", "en/index.html"]
    assert refresh_target(files["en/errors/a/index.html"]) == "../../../errors/a/"
    assert refresh_target(files["en/index.html"]) == "../"
