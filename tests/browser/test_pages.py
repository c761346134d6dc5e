"""The pages in Chromium, at a desktop's size and a phone's: what comes above the fold, the lists'
filter, links on screen, the navigation's place, the 404 pages, and no failed request anywhere."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, Page, expect

from order_errors.core.ui_text import UI
from support.browser import AXE, serious_violations

SIZES = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 390, "height": 844}}
LANG_DIRS = {"en": "", "es": "es/", "pt": "pt/"}


@pytest.fixture(params=list(SIZES))
def sized(request, browser: Browser):
    context = browser.new_context(viewport=SIZES[request.param])
    yield context.new_page()
    context.close()


@pytest.mark.parametrize("lang", list(LANG_DIRS))
@pytest.mark.parametrize("entry_id", ["payment-total-differs", "walmart-invalid-character-set", "amazon-invalid-ean"])
def test_the_meaning_is_above_the_fold(sized: Page, site_url, lang, entry_id):
    sized.goto(f"{site_url}/{LANG_DIRS[lang]}errors/{entry_id}/")
    heading = sized.locator("h2", has_text=UI[lang]["meaning"])
    paragraph = heading.locator("xpath=following-sibling::p[1]")
    box = paragraph.bounding_box()
    assert box and box["y"] + 40 < sized.viewport_size["height"], box  # its first lines at least
    assert sized.evaluate("document.documentElement.scrollWidth") <= sized.viewport_size["width"]


def visible_cards(page: Page) -> list[dict]:
    return page.eval_on_selector_all(
        ".oe-card:not([hidden])", "cards => cards.filter(c => c.offsetParent).map(c => c.dataset)")


@pytest.mark.parametrize("path", ["errors/", "categories/sla/", "categories/catalog/"])
def test_the_marketplace_filter_and_its_address_narrow_the_list(sized: Page, site_url, catalog, path):
    sized.goto(f"{site_url}/{path}")
    everything = visible_cards(sized)
    sized.goto(f"{site_url}/{path}?marketplace=walmart")
    expect(sized.locator(".oe-filter select[name=marketplace]")).to_have_value("walmart")
    narrowed = visible_cards(sized)
    assert 0 < len(narrowed) < len(everything)
    assert all("walmart" in card["marketplaces"].split() or card["generic"] == "true" for card in narrowed)
    sized.locator(".oe-filter select[name=marketplace]").select_option("amazon")
    assert sized.url.endswith("?marketplace=amazon")
    amazon = visible_cards(sized)
    assert all("amazon" in card["marketplaces"].split() or card["generic"] == "true" for card in amazon)
    assert {c["marketplaces"] for c in amazon if c["generic"] == "false"} != set()
    sized.locator(".oe-filter select[name=marketplace]").select_option("")
    assert "marketplace=" not in sized.url and len(visible_cards(sized)) == len(everything)


def test_the_area_address_narrows_all_errors(page: Page, site_url, catalog):
    page.goto(f"{site_url}/errors/?area=products")
    cards = visible_cards(page)
    assert len(cards) == sum(e.area == "products" for e in catalog.errors.values()) > 0
    assert {card["area"] for card in cards} == {"products"}


@pytest.mark.parametrize("path", ["", "errors/", "categories/sla/", "marketplaces/amazon/", "marketplaces/walmart/",
                                  "recent/", "errors/payment-total-differs/"])
def test_no_link_of_a_list_is_off_screen_on_a_phone(browser: Browser, site_url, path):
    context = browser.new_context(viewport=SIZES["phone"])
    page = context.new_page()
    page.goto(f"{site_url}/pt/{path}")
    off = page.eval_on_selector_all(
        "article a", """links => links.filter(a => a.offsetParent).map(a => [a.textContent.trim(), a.getBoundingClientRect()])
                         .filter(([, r]) => r.left < 0 || r.right > window.innerWidth + 1).map(([t]) => t)""")
    assert off == []
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    context.close()


def test_an_error_page_shows_its_category_in_the_menu(page: Page, site_url, catalog):
    for lang, prefix in LANG_DIRS.items():
        page.goto(f"{site_url}/{prefix}errors/payment-total-differs/")
        category = catalog.categories[catalog.errors["payment-total-differs"].category].name.get(lang)
        active = page.locator(".md-nav--primary .md-nav__item--active > a.md-nav__link")
        expect(active).to_have_count(1)
        expect(active).to_have_text(category)
        crumbs = page.locator("nav.oe-crumbs a")
        expect(crumbs).to_have_count(2)
        expect(crumbs.nth(1)).to_have_text(category)


SAMPLE = ["", "errors/", "recent/", "categories/sla/", "marketplaces/amazon/", "marketplaces/walmart/",
          "errors/payment-total-differs/", "errors/walmart-invalid-character-set/", "performance/"]


def test_no_page_logs_a_failed_request_or_a_console_error(sized: Page, site_url):
    host = urlsplit(site_url).netloc
    problems, requests = [], []
    sized.on("console", lambda m: m.type == "error" and problems.append(f"{sized.url}: {m.text}"))
    sized.on("pageerror", lambda e: problems.append(f"{sized.url}: {e}"))
    sized.on("requestfailed", lambda r: problems.append(f"failed {r.url}"))
    sized.on("response", lambda r: r.status >= 400 and problems.append(f"{r.status} {r.url}"))
    sized.on("request", lambda r: requests.append(r.url))
    for prefix in LANG_DIRS.values():
        for path in SAMPLE:
            sized.goto(f"{site_url}/{prefix}{path}", wait_until="networkidle")
    assert problems == []
    assert [url for url in requests if urlsplit(url).netloc != host] == []


@pytest.fixture(scope="module")
def not_found_url(site_url):
    """The real site, served with each language's 404 page for a missing address (support.serve)."""
    return site_url


@pytest.mark.parametrize("lang", list(LANG_DIRS))
def test_every_languages_404_offers_the_paste_box_and_a_guess(sized: Page, not_found_url, catalog, lang):
    sized.goto(f"{not_found_url}/{LANG_DIRS[lang]}errors/payment-total-diffaccording/")
    expect(sized.locator("h1")).to_have_text(UI[lang]["not_found_title"])
    expect(sized.locator("html")).to_have_attribute("lang", lang)
    guess = sized.locator("[data-oe-suggest] a").first
    expect(guess).to_have_text(catalog.errors["payment-total-differs"].title.get(lang))
    expect(guess).to_have_attribute("href", f"/{LANG_DIRS[lang]}errors/payment-total-differs/")
    sized.locator(".oe-paste__input").fill("Order with SKU out of stock")
    expect(sized.locator(".oe-paste__result a").first).to_have_text(catalog.errors["order-with-sku-out-of-stock"].title.get(lang))


@pytest.mark.parametrize("path", ["errors/payment-total-differs/", "errors/amazon-invalid-ean/", "errors/?marketplace=walmart",
                                  "marketplaces/walmart/", "recent/", "nowhere/"])
def test_no_serious_accessibility_violation_on_a_phone(browser: Browser, not_found_url, path):
    assert AXE.is_file(), "axe-core is installed by `make test` (npm install axe-core)"
    context = browser.new_context(viewport=SIZES["phone"], bypass_csp=True)  # axe is injected inline
    page = context.new_page()
    for prefix in LANG_DIRS.values():
        page.goto(f"{not_found_url}/{prefix}{path}")
        assert serious_violations(page) == [], prefix + path
    context.close()
