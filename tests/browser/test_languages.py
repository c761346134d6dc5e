"""Search across languages and the language switcher, in Chromium."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from support.browser import SEARCH_READY, carrying_the_paste


def ready(page: Page, url: str) -> None:
    page.goto(url)
    page.evaluate(SEARCH_READY)


def test_a_portuguese_message_pasted_on_the_english_site(page: Page, site_url):
    ready(page, site_url + "/")
    box = page.locator(".md-search__input")
    box.fill("Erro na integração do pedido 1334101061794-01: Não foi possível localizar o SLA de entrega no Marketplace")
    box.press("End")
    page.locator(".md-search-result a").first.click()
    expect(page).to_have_url(carrying_the_paste(site_url + "/errors/delivery-sla-not-found-in-marketplace/"))
    expect(page.locator("html")).to_have_attribute("lang", "en")


def test_an_english_message_pasted_on_the_portuguese_site_opens_in_portuguese(page: Page, site_url, catalog):
    ready(page, site_url + "/pt/")
    paste = page.locator(".oe-paste__input")
    paste.fill('{"orderId": "475-1904415-9390423", "status": "error", "message": "Order with SKU out of stock"}')
    link = page.locator(".oe-paste__result a").first
    expect(link).to_have_attribute("href", carrying_the_paste("/pt/errors/order-with-sku-out-of-stock/"))
    expect(link).to_have_text(catalog.errors["order-with-sku-out-of-stock"].title.pt)
    link.click()
    expect(page.locator("html")).to_have_attribute("lang", "pt")


def test_switching_language_keeps_the_page(page: Page, site_url, catalog):
    ready(page, site_url + "/errors/order-not-found/")
    page.locator('.oe-languages a[hreflang="es"]').click()
    expect(page).to_have_url(site_url + "/es/errors/order-not-found/")
    expect(page.locator("h1")).to_contain_text(catalog.errors["order-not-found"].title.es)
    page.locator('.oe-languages a[hreflang="pt"]').click()
    expect(page).to_have_url(site_url + "/pt/errors/order-not-found/")
    page.locator('.oe-languages a[hreflang="en"]').click()
    expect(page).to_have_url(site_url + "/errors/order-not-found/")


def test_an_old_help_center_address_lands_on_its_page(page: Page, site_url):
    page.goto(site_url + "/en/tutorial/erros-de-sla-na-integracao-de-pedidos-de-marketplace--X8lSfxT44OyxkxwvnRk1X")
    expect(page).to_have_url(site_url + "/categories/sla/")
    page.goto(site_url + "/pt/tutorial/erros-de-integracao-de-pedidos-da-b2w--2iQqCJIfySN0JsCJkOG2h8")
    expect(page).to_have_url(site_url + "/pt/marketplaces/b2w/")
