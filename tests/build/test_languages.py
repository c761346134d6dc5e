"""The site in English, Spanish and Portuguese: same pages, switcher, redirects, export."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from order_errors.catalog.translation import guess_language
from order_errors.core.languages import LANGS
from support.reference import help_center
from support.site_html import parse_page, resolve

PREFIX = {"en": "", "es": "es/", "pt": "pt/"}


def all_pages(catalog) -> list[str]:
    pages = ["", "errors/"]
    pages += [f"errors/{i}/" for i in catalog.errors]
    pages += [f"marketplaces/{s}/" for s in catalog.marketplaces]
    pages += [f"categories/{s}/" for s in catalog.categories]
    return pages


def test_every_page_exists_in_every_language_with_its_html_lang(real_site, catalog):
    for page in all_pages(catalog):
        for lang in LANGS:
            html = (real_site / PREFIX[lang] / page / "index.html").read_text(encoding="utf-8")
            assert f'<html lang="{lang}"' in html, (lang, page)


def test_the_language_switcher_and_hreflang_keep_the_page(real_site, catalog):
    for page in all_pages(catalog):
        for lang in LANGS:
            path = real_site / PREFIX[lang] / page / "index.html"
            html = path.read_text(encoding="utf-8")
            for other in LANGS:
                if other == lang:
                    continue
                switch = re.search(rf'class="oe-languages__link" href="([^"]+)" hreflang="{other}"', html)
                assert switch, (lang, page, other)
                expected = real_site / PREFIX[other] / page / "index.html"
                assert resolve(real_site, path, switch.group(1)) == expected
            # Material reads a <link rel="alternate"> as another language site's root and asks for
            # sitemap.xml beside it: for a page's own versions, a missing file (docs/overrides/main.html).
            assert '<link rel="alternate"' not in html, (lang, page)


def test_interface_strings_follow_the_page_language(real_site):
    placeholders = {}
    for lang in LANGS:
        html = (real_site / PREFIX[lang] / "index.html").read_text(encoding="utf-8")
        placeholders[lang] = re.search(r'class="md-search__input"[^>]*placeholder="([^"]+)"', html, re.S).group(1)
    assert placeholders["en"] == "Search" and placeholders["es"] != "Search" and placeholders["pt"] != "Search"


def test_translated_pages_say_different_things_in_their_language(real_site, catalog):
    for entry in catalog.errors.values():
        texts = {}
        for lang in LANGS:
            parsed = parse_page(real_site / PREFIX[lang] / "errors" / entry.id / "index.html")
            texts[lang] = parsed.text
            assert entry.title.get(lang) in parsed.text
            assert guess_language(entry.meaning.get(lang)) in (lang, None)
        assert len({entry.title.get(lang) for lang in LANGS}) == 3, entry.id
        for message in entry.messages:  # messages are never translated
            assert all(message.text.split("{")[0] in texts[lang] for lang in LANGS)


def test_every_help_center_address_of_the_hub_articles_redirects(real_site):
    related = {a for a in help_center()["hub_links"] if "tutorials_402" not in a}  # marketplace strategy, not these errors
    assert len(related) >= 20
    for address in related:
        assert_redirects(real_site, address)
    assert_redirects(real_site, "en/tutorial/erros-de-sla-na-integracao-de-pedidos-de-marketplace--X8lSfxT44OyxkxwvnRk1X",
                     "categories/sla/")


@pytest.mark.parametrize("front", help_center()["articles"], ids=lambda f: f"{f['locale']}-{f['id']}")
def test_every_article_legacy_slug_redirects(real_site, front):
    assert_redirects(real_site, f"{front['locale']}/tutorial/{front['legacySlug']}")


def assert_redirects(site: Path, address: str, expected: str | None = None) -> None:
    page = site / address / "index.html"
    assert page.is_file(), f"/{address} does not resolve"
    target = re.search(r'http-equiv="refresh" content="0; url=([^"]+)"', page.read_text()).group(1)
    landing = resolve(site, page, target)
    assert landing.is_file() and 'http-equiv="refresh"' not in landing.read_text()
    lang = address.split("/")[0]
    assert landing.relative_to(site).as_posix().startswith(PREFIX[lang]) or lang == "en"
    if expected:
        assert landing == site / PREFIX[lang] / expected / "index.html"


def test_english_pages_also_answer_under_the_en_prefix(real_site, catalog):
    for page in all_pages(catalog):
        assert_redirects(real_site, f"en/{page}".rstrip("/"), page.rstrip("/") + "/" if page else "")
