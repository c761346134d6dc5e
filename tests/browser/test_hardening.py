"""In Chromium: no request to another host, no script from catalog text, no serious accessibility fault."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, Page

from support.browser import AXE, SEARCH_READY, serious_violations
from support.hostile import PAYLOADS
from support.site_html import html_pages


def pages_of(site: Path) -> list[str]:
    """Every page's address; the help center's old addresses (redirects) are followed in their own test."""
    return ["/" + p.relative_to(site).as_posix().removesuffix("index.html") for p in html_pages(site)
            if p.name != "404.html" and 'http-equiv="refresh"' not in p.read_text(encoding="utf-8")]


def search(page: Page, text: str) -> None:
    box = page.locator(".md-search__input")
    box.fill(text)
    box.press("End")
    page.locator(".md-search-result__meta").filter(has_not_text="Search").first.wait_for()


def test_no_page_or_search_asks_another_host(page: Page, real_site, site_url):
    host = urlsplit(site_url).netloc
    requests, policy_errors = [], []
    page.on("request", lambda request: requests.append(request.url))
    page.on("console", lambda message: "Content Security Policy" in message.text and policy_errors.append(message.text))
    visited = pages_of(real_site)
    for path in visited:
        page.goto(site_url + path, wait_until="load")
    page.goto(site_url + "/")
    search(page, "Erro na integração do pedido 1451040603544-01: Sku não possui estoque suficiente para integrar o pedido")
    page.locator(".oe-paste__input").fill("Order with SKU out of stock")
    page.locator(".oe-paste__result a").first.wait_for()
    assert len(visited) > 200
    assert [url for url in requests if urlsplit(url).netloc not in (host, "")] == []
    assert policy_errors == []


def test_hostile_catalog_text_runs_no_script(page: Page, hostile_site, hostile_url):
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    for path in pages_of(hostile_site):
        page.goto(hostile_url + path, wait_until="load")
    page.goto(hostile_url + "/")
    for payload in PAYLOADS:
        search(page, payload)
        assert page.locator(".md-search-result img, .md-search-result script, .md-search-result [onclick]").count() == 0
        page.locator(".oe-paste__input").fill(payload)
    assert dialogs == []


@pytest.fixture(scope="module")
def axe_page(browser: Browser):
    assert AXE.is_file(), "axe-core is installed by `make test` (npm install axe-core)"
    context = browser.new_context(bypass_csp=True)  # axe is injected as an inline script
    yield context.new_page()
    context.close()


@pytest.mark.parametrize("lang", ["", "es/", "pt/"])
@pytest.mark.parametrize("path", ["", "marketplaces/amazon/", "categories/sla/", "errors/payment-total-differs/", "search"])
def test_no_serious_accessibility_violation(axe_page: Page, site_url, lang, path):
    if path == "search":
        axe_page.goto(f"{site_url}/{lang}")
        axe_page.evaluate(SEARCH_READY)
        search(axe_page, "Pedido nao encontrado")
    else:
        axe_page.goto(f"{site_url}/{lang}{path}")
    assert serious_violations(axe_page) == []
