"""In the browser, every answer says how sure it is, in the page's language; text the catalog does not hold
is said to be unknown; a search travels in the address (`?q=`) and the keyboard moves through it."""

from __future__ import annotations

import re
from urllib.parse import quote

import pytest
from playwright.sync_api import Page, expect

from order_errors.core.ui_text import UI
from support.browser import SEARCH_READY

PREFIX = {"en": "", "es": "/es", "pt": "/pt"}
PASTED = ("Erro na integração do pedido 1451040603544-01: Total do pagamento (1.249,90) é diferente do "
          "pretendido pela loja (1.299,90)")
OUTSIDE = "customer wants a refund for a damaged blender"


def ready(page: Page, url: str) -> None:
    page.goto(url)
    page.evaluate(SEARCH_READY)


@pytest.mark.parametrize("lang", ["en", "es", "pt"])
def test_a_known_message_is_labelled_exact_in_the_pages_language(page: Page, site_url, lang):
    ready(page, site_url + PREFIX[lang] + "/")
    page.locator(".oe-paste__input").fill(PASTED)
    answer = page.locator(".oe-paste__result")
    expect(answer.locator("a[data-match]").first).to_have_attribute("data-match", "exact")
    expect(answer.locator(".oe-match").first).to_have_text(UI[lang]["match_exact"])
    # the order id of the Admin's prefix leads, then the message with its values in place
    expect(answer.locator("mark.oe-value")).to_have_text(["1451040603544-01", "1.249,90", "1.299,90"])
    labels = answer.locator("mark.oe-value").evaluate_all("marks => marks.map(m => m.title)")
    assert labels == [UI[lang]["placeholder_order_id"]] + [UI[lang]["placeholder_amount"]] * 2  # in the page's language
    expect(answer.locator(".oe-paste__fix")).to_have_count(1)


@pytest.mark.parametrize("lang", ["en", "es", "pt"])
def test_text_from_outside_the_catalog_is_said_to_be_unknown_and_never_offered_as_a_fix(page: Page, site_url, lang):
    ready(page, site_url + PREFIX[lang] + "/")
    page.locator(".oe-paste__input").fill(OUTSIDE)
    answer = page.locator(".oe-paste__result")
    expect(answer.locator(".oe-paste__none")).to_have_text(UI[lang]["no_catalog_message"])
    expect(answer).to_contain_text(UI[lang]["related_by_words"])
    assert set(answer.locator("a[data-match]").evaluate_all("links => links.map(a => a.dataset.match)")) <= {"related"}
    expect(answer.locator(".oe-paste__fix")).to_have_count(0)
    propose = answer.locator("a.oe-propose")
    expect(propose).to_have_text(UI[lang]["propose"])
    assert "message=" + quote(OUTSIDE) in propose.get_attribute("href")
    if lang != "en":  # no English label left on the other languages' sites
        for key in ("match_related", "no_catalog_message", "related_by_words", "propose"):
            expect(answer).not_to_contain_text(UI["en"][key])


def test_the_header_box_labels_each_result_and_says_first_when_nothing_is_a_catalog_message(page: Page, site_url):
    ready(page, site_url + "/pt/")
    box = page.locator(".md-search__input")
    box.fill("Pedido não encontrado")
    first = page.locator(".md-search-result a").first
    expect(first).to_have_attribute("data-match", "exact")
    expect(page.locator(".md-search-result__meta")).to_have_text(re.compile(r"^\d+ resultados?$"))
    box.fill(OUTSIDE)
    expect(page.locator(".md-search-result__meta")).to_have_text(UI["pt"]["no_catalog_message"])
    matches = page.locator("a.md-search-result__link").evaluate_all("links => links.map(a => a.dataset.match)")
    assert matches and set(matches) == {"related"}


def test_one_result_is_counted_in_the_singular(page: Page, site_url, catalog):
    ready(page, site_url + "/es/")
    page.locator(".md-search__input").fill("Sku in order don't belong to a VTEX Store, sku id it's not a integer")
    meta = page.locator(".md-search-result__meta")
    expect(meta).to_have_text(re.compile(r"^\d+ resultados?$"))
    if page.locator(".md-search-result a").count() == 1:
        expect(meta).to_have_text(UI["es"]["search_count_one"])


def test_a_search_in_the_address_runs_on_arrival(page: Page, site_url):
    page.goto(site_url + "/categories/sla/?q=" + quote("Pedido não encontrado"))
    expect(page.locator(".md-search__input")).to_have_value("Pedido não encontrado")
    expect(page.locator(".md-search-result a").first).to_have_attribute("data-oe-id", "order-not-found")


def test_a_result_opens_its_entry_showing_your_message_with_its_values(page: Page, site_url):
    ready(page, site_url + "/")
    page.locator(".oe-paste__input").fill(PASTED)
    page.locator(".oe-paste__fix").click()
    expect(page).to_have_url(re.compile(r"/errors/payment-total-differs/\?q="))
    mine = page.locator(".oe-your-message")
    expect(mine).to_contain_text(UI["en"]["your_message"])
    expect(mine.locator("mark.oe-value")).to_have_text(["1451040603544-01", "1.249,90", "1.299,90"])
    expect(page.locator(".md-search-result a")).to_have_count(0)  # no search opened over the page


def test_slash_focuses_the_box_and_arrows_walk_the_results(page: Page, site_url):
    ready(page, site_url + "/errors/order-not-found/")
    page.keyboard.press("/")
    expect(page.locator(".md-search__input")).to_be_focused()
    page.keyboard.type("SLA selecionado")
    links = page.locator("a.md-search-result__link")
    expect(links.nth(1)).to_be_visible()
    first, second = links.nth(0).get_attribute("data-oe-id"), links.nth(1).get_attribute("data-oe-id")
    focused = "document.activeElement.dataset.oeId"
    page.keyboard.press("ArrowDown")
    assert page.evaluate(focused) == first
    page.keyboard.press("ArrowDown")
    assert page.evaluate(focused) == second
    page.keyboard.press("ArrowUp")
    assert page.evaluate(focused) == first
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(rf"/errors/{first}/"))


def test_a_described_problem_shows_that_the_search_is_working_not_that_nothing_matches(page: Page, site_url):
    page.route("**/text-index.json", lambda route: page.wait_for_timeout(800) or route.continue_())
    page.goto(site_url + "/")
    page.evaluate("() => window.orderErrorsSearch().then(() => true)")
    page.locator(".md-search__input").fill("pedido travado porque o estoque está zerado")
    expect(page.locator(".md-search-result__meta")).not_to_have_text(UI["en"]["search_none"])
    expect(page.locator(".md-search-result a").first).to_be_visible(timeout=5000)
