"""The browser's matcher and search UI, on the built site, in Chromium."""

from __future__ import annotations

import json

import pytest
from playwright.sync_api import Page, expect

from order_errors.search.matcher import Matcher
from support.browser import SEARCH_READY, carrying_the_paste
from support.vectors import VECTORS

PASTED = [v for v in VECTORS if v["expect"] and v["kind"] in ("wrapped", "typo", "filled", "mixed", "partial", "hostile", "operators")]


@pytest.fixture
def hub(page: Page, site_url):
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(site_url + "/")
    page.evaluate(SEARCH_READY)
    yield page
    assert dialogs == [], "a pasted text ran a script"


def test_javascript_ranks_every_vector_like_python(hub, real_site):
    data = json.loads((real_site / "search" / "order-errors.json").read_text(encoding="utf-8"))
    python = Matcher(data, json.loads((real_site / "search" / "text-index.json").read_text(encoding="utf-8")))
    queries = [v["query"] for v in VECTORS]
    in_browser = hub.evaluate(
        """async (queries) => {
             const matcher = await window.orderErrorsSearch.ready;
             return queries.map(q => matcher.search(q, 10).map(r => [r.id, r.tier, r.score, r.values]));
           }""",
        queries,
    )
    for vector, js in zip(VECTORS, in_browser):
        py = [[r.id, r.tier, r.score, r.values] for r in python.search(vector["query"], 10)]
        assert [r[:2] for r in js] == [r[:2] for r in py], vector["query"][:80]
        assert [r[3] for r in js] == [r[3] for r in py]
        assert all(abs(a[2] - b[2]) < 1e-9 for a, b in zip(js, py))
        if vector["expect"]:
            assert js[0][0] == vector["expect"], vector["query"][:80]
        if "values" in vector:
            assert js[0][3] == vector["values"], vector["query"][:80]


@pytest.mark.parametrize("vector", PASTED[::6], ids=lambda v: v["kind"])
def test_header_box_puts_the_right_entry_first(hub, vector, site_url):
    box = hub.locator(".md-search__input")
    box.fill(vector["query"])
    box.press("End")
    first = hub.locator("a.md-search-result__link").first
    expect(first).to_have_attribute("href", carrying_the_paste(f"/errors/{vector['expect']}/"))
    kinds = hub.locator("a.md-search-result__link").evaluate_all("links => links.map(a => a.dataset.oeKind)")
    assert kinds == sorted(kinds), "error results come before other pages"


def test_header_box_opens_the_page(hub, site_url):
    box = hub.locator(".md-search__input")
    box.fill("Erro na integração do pedido 1334101061794-01: Não foi possível localizar o SLA de entrega no Marketplace")
    box.press("End")
    hub.locator(".md-search-result a").first.click()
    expect(hub).to_have_url(carrying_the_paste(site_url + "/errors/delivery-sla-not-found-in-marketplace/"))


def test_header_box_finds_other_pages(hub):
    box = hub.locator(".md-search__input")
    box.fill("Netshoes")
    box.press("End")
    expect(hub.locator('.md-search-result a[href="/marketplaces/netshoes/"]')).to_have_count(1)


def test_header_box_shows_hostile_text_as_text(hub):
    box = hub.locator(".md-search__input")
    box.fill('<img src=x onerror=alert(1)> Pedido não encontrado')
    box.press("End")
    expect(hub.locator(".md-search-result a").first).to_have_attribute("href", carrying_the_paste("/errors/order-not-found/"))
    assert hub.locator(".md-search-result img").count() == 0


def test_paste_box_shows_the_match_and_its_values(hub):
    paste = hub.locator(".oe-paste__input")
    paste.fill("Erro na integração do pedido 1451040603544-01: Total do pagamento (1.249,90) é diferente do pretendido pela loja (1.299,90)")
    result = hub.locator(".oe-paste__result")
    expect(result.locator("a").first).to_have_attribute("href", carrying_the_paste("/errors/payment-total-differs/"))
    expect(result).to_contain_text("1.249,90")
    expect(result).to_contain_text("1.299,90")
    result.locator(".oe-paste__fix").click()
    expect(hub.locator("h1")).to_contain_text("payment total")


def test_a_long_paste_does_not_hang_the_page(hub):
    paste = hub.locator(".oe-paste__input")
    paste.fill(("lorem ipsum " * 800) + "Pedido não encontrado")
    expect(hub.locator(".oe-paste__result a").first).to_have_attribute("href", carrying_the_paste("/errors/order-not-found/"), timeout=3000)


def test_text_index_is_fetched_only_for_a_query_no_message_answers(page: Page, site_url):
    fetched, messages = [], []
    page.on("request", lambda request: fetched.append(request.url) if "text-index" in request.url or "lunr" in request.url else None)
    page.on("request", lambda request: messages.append(request.url) if "order-errors.json" in request.url else None)
    page.goto(site_url + "/")
    page.evaluate("() => window.orderErrorsSearch().then(() => true)")
    box = page.locator(".md-search__input")
    box.fill("Erro na integração do pedido 1334101061794-01: Não foi possível localizar o SLA de entrega no Marketplace")
    box.press("End")
    expect(page.locator(".md-search-result a").first).to_have_attribute("href", carrying_the_paste("/errors/delivery-sla-not-found-in-marketplace/"))
    page.wait_for_timeout(300)
    assert fetched == [], "a pasted message needs the messages only"
    assert messages == [site_url + "/search/order-errors.json"], "fetched once: the page's preload is the one used"
    box.fill("Netshoes")
    box.press("End")
    expect(page.locator('.md-search-result a[href="/marketplaces/netshoes/"]')).to_have_count(1)
    assert sorted(url.rsplit("/", 1)[1] for url in fetched) == ["lunr.js", "text-index.json"]


EDGE_TEMPLATES = ["", "{a}", "{a}{b}", "{{literal}} {x} é", "Total ({paid}) é diferente", "{{", "}} {y} }}{{",
                  "$ ^ \\ | ? * + {{ }} / - {v}", "Ação—“x” {v}.", "\x1c{z}\ufeff", "ĳ ﬁ Å {n} ẞ İ"]


def test_javascript_reads_each_template_as_python_does(hub, real_site):
    """Display text, placeholders, letters pinned and regular expression, from every template's source."""
    from order_errors.search.patterns import derive_template

    data = json.loads((real_site / "search" / "order-errors.json").read_text(encoding="utf-8"))["templates"]
    templates = list(zip(data["source"], data["kinds"])) + [(source, "") for source in EDGE_TEMPLATES]
    in_browser = hub.evaluate("""(all) => all.map(([source, kinds]) => {
      const t = window.OrderErrorsMatcher.deriveTemplate(source, kinds);
      return [t.text, t.placeholders, t.kinds, t.pinned, t.pattern.source];
    })""", templates)
    in_python = []
    for source, kinds in templates:
        t = derive_template(source, kinds)
        pattern = t["pattern"].pattern or "(?:)"  # how JavaScript spells the empty pattern
        in_python.append([t["text"], list(t["placeholders"]), t["kinds"], t["pinned"], pattern])
    assert [(source, js) for (source, _), js, py in zip(templates, in_browser, in_python) if js != py] == []
    assert sum(1 for t in in_python if t[1]) > 20


def test_javascript_folds_every_character_as_python_does(hub):
    import sys
    import unicodedata

    from order_errors.search.fold import fold

    # U+1171E, an Ahom letter, is a combining mark in Python 3.11's Unicode 14 and not in the browser's later one.
    unicode_versions_differ = {"\U0001171e"}
    characters = [chr(c) for c in range(sys.maxunicode + 1)
                  if not 0xD800 <= c < 0xE000 and unicodedata.category(chr(c)) != "Cn" and chr(c) not in unicode_versions_differ]
    in_browser = hub.evaluate("(all) => all.map(window.OrderErrorsMatcher.fold)", characters)
    differ = [(hex(ord(c)), fold(c), js) for c, js in zip(characters, in_browser) if fold(c) != js]
    assert differ == []


@pytest.mark.parametrize("lang", ["en", "pt"])
def test_javascript_expands_the_text_index_as_python_does(hub, real_site, lang):
    from order_errors.search.text_index import expand

    compact = json.loads((real_site / ("" if lang == "en" else lang) / "search" / "text-index.json").read_text(encoding="utf-8"))
    python = json.loads(json.dumps(expand(compact)))
    in_browser = hub.evaluate("(c) => window.OrderErrorsMatcher.expandTextIndex(c, '2.3.9')", compact)
    assert in_browser["invertedIndex"] == python["invertedIndex"]
    assert [ref for ref, _ in in_browser["fieldVectors"]] == [ref for ref, _ in python["fieldVectors"]]
    for (ref, js), (_, py) in zip(in_browser["fieldVectors"], python["fieldVectors"]):
        assert js[::2] == py[::2], ref
        assert all(abs(a - b) < 1e-12 for a, b in zip(js[1::2], py[1::2])), ref
    assert sum(len(vector) for _, vector in python["fieldVectors"]) > 1000


def test_search_works_when_the_async_matcher_arrives_after_the_page(page: Page, site_url):
    import time

    def slow(route):
        time.sleep(0.8)  # matcher.js (async, from the head) lands after search-ui.js has run
        route.continue_()

    page.route("**/javascripts/matcher.js", slow)
    page.goto(site_url + "/")
    box = page.locator(".md-search__input")
    box.fill("Pedido não encontrado")
    box.press("End")
    expect(page.locator(".md-search-result a").first).to_have_attribute("href", carrying_the_paste("/errors/order-not-found/"))
    order = page.evaluate("""() => performance.getEntriesByType('resource').filter(e => /matcher|search-ui/.test(e.name))
                                .sort((a, b) => a.responseEnd - b.responseEnd).map(e => e.name.split('/').pop())""")
    assert order == ["search-ui.js", "matcher.js"]


def test_the_page_marks_when_search_is_ready(page: Page, site_url):
    """The benchmarks' first-query time: once the messages, both scripts and the theme's (which shows the box) are in."""
    page.goto(site_url + "/")
    marks, shown, resources = page.evaluate("""async () => {
      await window.orderErrorsSearch(); await window.orderErrorsSearch();
      return [performance.getEntriesByName('order-errors:search-ready').map(m => m.startTime),
              !document.documentElement.classList.contains('no-js'),
              Object.fromEntries(performance.getEntriesByType('resource').map(r => [r.name.split('/').pop(), r.responseEnd]))];
    }""")
    assert len(marks) == 1 and shown
    bundle = next(name for name in resources if name.startswith("bundle."))
    for name in ("order-errors.json", "matcher.js", "search-ui.js", bundle):
        assert resources[name] <= marks[0], name
