"""What the built pages show: sources, each error once per list, the message block, dates and
footer in the page's language, and the machine-readable catalog's new fields."""

from __future__ import annotations

import json
import re

from order_errors.core.template import parse
from order_errors.core.ui_text import UI
from order_errors.site.dates import local_date
from support.site_html import parse_page

LANG_DIRS = {"en": "", "es": "es/", "pt": "pt/"}


def page_text(site, lang, path):
    return parse_page(site / LANG_DIRS[lang] / path / "index.html")


def test_sources_are_listed_with_their_status_in_words(real_site, catalog):
    with_status = [e for e in catalog.errors.values() if any(s.status for s in e.sources)]
    assert with_status
    for lang in LANG_DIRS:
        for entry in catalog.errors.values():
            parsed = page_text(real_site, lang, f"errors/{entry.id}")
            for source in entry.sources:
                assert source.url in parsed.links, (lang, entry.id, source.url)
                if source.status:
                    assert UI[lang]["source_" + source.status] in parsed.text, (lang, entry.id)
            if not any(s.status for s in entry.sources):
                assert UI[lang]["source_archived"] not in parsed.text


def test_errors_json_carries_sources_area_and_codes(real_site, catalog):
    data = json.loads((real_site / "api" / "errors.json").read_text(encoding="utf-8"))
    by_id = {item["id"]: item for item in data["errors"]}
    assert any(item["sources"] for item in by_id.values())
    for entry in catalog.errors.values():
        item = by_id[entry.id]
        assert item["area"] == entry.area and item["codes"] == entry.codes
        assert [s["url"] for s in item["sources"]] == [s.url for s in entry.sources]
        assert [s.get("status") for s in item["sources"]] == [s.status for s in entry.sources]


def test_a_marketplace_page_lists_each_error_once(real_site, catalog):
    for slug in catalog.marketplaces:
        html = (real_site / "marketplaces" / slug / "index.html").read_text(encoding="utf-8")
        listed = re.findall(r'class="oe-card__title" href="\.\./\.\./errors/([a-z0-9-]+)/"', html)
        expected = {e.id for e in catalog.errors_of_marketplace(slug)} | {e.id for e in catalog.generic_errors()}
        assert sorted(listed) == sorted(expected), slug


def test_the_braces_sentence_only_where_a_message_has_placeholders(real_site, catalog):
    with_braces = without = 0
    for entry in catalog.errors.values():
        varies = any(parse(t).placeholders for m in entry.messages for t in m.templates)
        for lang in LANG_DIRS:
            shown = UI[lang]["placeholders_vary"] in page_text(real_site, lang, f"errors/{entry.id}").text
            assert shown == varies, (lang, entry.id)
        with_braces += varies
        without += not varies
    assert with_braces and without


def test_the_readers_language_comes_first_and_the_others_are_folded(real_site, catalog):
    entry = catalog.errors["payment-total-differs"]
    assert {m.lang for m in entry.messages} == {"en", "es", "pt"}
    for lang in LANG_DIRS:
        html = (real_site / LANG_DIRS[lang] / "errors" / entry.id / "index.html").read_text(encoding="utf-8")
        block = html[html.index('class="oe-messages"'):]
        first = re.search(r'class="oe-message" lang="(\w+)"', block).group(1)
        assert first == lang
        folded = block[block.index("<details"):block.index("</details>")]
        assert f'lang="{lang}"' not in folded and folded.count('class="oe-message"') == len(entry.messages) - 1
        assert '<mark class="oe-ph"' in block


def test_the_walmart_message_reads_as_text(real_site):
    parsed = page_text(real_site, "en", "errors/walmart-invalid-character-set")
    messages = [c for c in parsed.code if "System.AggregateException" in c]
    assert messages and all("&gt;" not in c and "**" not in c for c in messages)
    assert any("---> System.InvalidOperationException" in c for c in messages)


def test_dates_and_footer_in_the_pages_language(real_site, catalog):
    entry = catalog.errors["walmart-invalid-character-set"]
    for lang in LANG_DIRS:
        parsed = page_text(real_site, lang, f"errors/{entry.id}")
        assert local_date(entry.created, UI[lang]) in parsed.text
        assert entry.created.isoformat() not in parsed.text
        assert UI[lang]["performance"] in parsed.text and UI[lang]["made_with"] in parsed.text
    assert "29 de novembro de 2026" == local_date(entry.updated, UI["pt"])


def test_performance_is_out_of_the_navigation(real_site):
    html = (real_site / "index.html").read_text(encoding="utf-8")
    nav = html[html.index('class="md-nav md-nav--primary"'):html.index("</nav>", html.index('class="md-nav md-nav--primary"'))]
    assert "performance/" not in nav
    assert 'href="performance/"' in html  # the footer's link


def test_every_language_has_its_own_404_with_the_paste_box(real_site):
    for lang in LANG_DIRS:
        html = (real_site / LANG_DIRS[lang] / "404.html").read_text(encoding="utf-8")
        assert UI[lang]["not_found_title"] in html and "404 - Not found" not in html
        assert 'class="oe-paste__input"' in html and 'class="oe-paste__result"' in html
        assert f'<html lang="{lang}"' in html
