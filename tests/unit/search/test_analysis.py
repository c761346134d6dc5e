"""The text index's terms: stop words out, one light stemmer for English, Spanish and Portuguese,
the same in Python (search/analysis.py) and in matcher.js."""

from __future__ import annotations

import json

import pytest

from order_errors.search.analysis import STOP_WORDS, stem, text_terms, word_terms
from order_errors.search.data import build_search_data, build_text_index
from order_errors.search.fold import fold, tokens
from support.matcher_in_node import run_matcher_js
from support.paths import ROOT


def test_inflections_of_a_word_are_one_term():
    for family in [
        ["integração", "integrações", "integrar", "integrado", "integración", "integration", "integrations"],
        ["cancelado", "cancelada", "cancelamento", "cancelled", "canceled", "cancelación", "cancelar"],
        ["estoque", "estoques"], ["disponível", "disponíveis"], ["canal", "canais", "canales"],
        ["shipped", "shipping", "ship"], ["pedido", "pedidos"], ["inativo", "inativa", "inativos"],
    ]:
        assert len({stem(fold(word)) for word in family}) == 1, family


def test_distinct_words_stay_distinct():
    words = ["order", "orden", "pedido", "stock", "estoque", "price", "preco", "sla", "carrier", "status", "access"]
    assert len({stem(word) for word in words}) == len(words)
    assert stem("order") == "order" and stem("status") == "status" and stem("access") == "access"


def test_stop_words_of_each_language_are_left_out_but_not_the_catalogs_own_words():
    assert text_terms("the order is not in the sales of the channel") == ["order", "sal", "channel"]
    assert text_terms("o pedido não está no canal da loja") == ["order", "canal", "loja"]
    assert text_terms("el pedido no está en estado pendiente") == ["order", "estad", "pendient"]
    assert "estado" not in STOP_WORDS


def test_names_of_one_thing_are_one_term_in_every_language():
    terms = {tuple(text_terms(text)) for text in ["trade policy", "trade policies", "sales channel", "política comercial",
                                                   "políticas comerciales", "canal de vendas", "canal de ventas"]}
    assert terms == {("tradepolicy",)}
    assert text_terms("SKU sem preço na política comercial da Via") == ["sku", "prec", "tradepolicy", "via"]
    assert text_terms("a trade fair, a privacy policy") == ["trad", "fair", "privac", "polic"]


@pytest.mark.parametrize("names", [
    ["spreadsheet", "Excel", "hoja de cálculo", "planilla", "planilhas"],
    ["phone", "cell phone", "celular", "teléfono", "telefone"],
    ["zip code", "postal code", "código postal", "CEP"],
    ["reconnect", "reconectar", "reautorizar", "volver a autorizar", "autorizar de novo"],
    ["sold out", "inventory", "agotado", "esgotado", "estoque"],
    ["order", "orden", "pedidos"],
    ["inactive", "deactivated", "desactivado", "inativo"],
])
def test_the_words_people_use_for_one_thing_are_one_term(names):
    """A merchant says "Excel" or "planilha" for the spreadsheet the catalog names: one term, so the
    described problem finds the entry whatever word was used, in whichever language."""
    assert len({tuple(text_terms(name)) for name in names}) == 1, {name: text_terms(name) for name in names}


def test_short_names_with_a_digit_are_words_but_values_are_not():
    # Marketplace and product names a description may hold are words ...
    assert tokens(fold("B2W diz que o pedido não existe; 2FA; 3PL")) == ["b2w", "diz", "que", "pedido", "nao", "existe", "2fa", "3pl"]
    # ... values are not: ids, SKUs, prices, dates, times, the "07Z" of a timestamp, sizes, voltages.
    values = "1392520512345-01 MLB2019651922 SKU-AB12 R$ 1.249,90 14/11/2026 09:12:44 2026-11-14T09:12:07Z 220V 10ml 4k A1"
    assert tokens(fold(values)) == ["sku"]


def _every_text() -> list[str]:
    """Every line of the catalog, the query sets and the vectors."""
    found: list[str] = []
    for path in sorted((ROOT / "catalog").rglob("*.yaml")):
        found += path.read_text(encoding="utf-8").splitlines()
    for path in sorted((ROOT / "benchmarks" / "queries").glob("*.jsonl")):
        found += [json.loads(line)["query"] for line in path.read_text(encoding="utf-8").splitlines()]
    found += [json.loads(line)["query"] for line in (ROOT / "tests" / "vectors" / "search.jsonl").read_text(encoding="utf-8").splitlines()]
    return found


def _every_word() -> list[str]:
    found: set[str] = set()
    for path in (ROOT / "catalog").rglob("*.yaml"):
        found.update(tokens(fold(path.read_text(encoding="utf-8"))))
    for path in (ROOT / "benchmarks" / "queries").glob("*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            found.update(tokens(fold(json.loads(line)["query"])))
    for line in (ROOT / "tests" / "vectors" / "search.jsonl").read_text(encoding="utf-8").splitlines():
        found.update(tokens(fold(json.loads(line)["query"])))
    return sorted(found)


def test_javascript_makes_the_same_term_of_every_word_of_the_catalog_and_the_queries(catalog):
    words = _every_word()
    assert len(words) > 3000
    data, text_index = build_search_data(catalog, lang="pt"), build_text_index(catalog, "pt")
    in_js = run_matcher_js(data, text_index, words=words)["terms"]
    assert [(w, js) for w, js in zip(words, in_js) if js != stem(w)] == []
    assert sum(stem(w) != w for w in words) > len(words) / 3  # the stemmer does change words


def test_javascript_makes_the_same_terms_of_every_line_of_the_catalog_and_the_queries(catalog):
    texts = [tokens(fold(line)) for line in _every_text()]
    data, text_index = build_search_data(catalog, lang="en"), build_text_index(catalog, "en")
    in_js = run_matcher_js(data, text_index, texts=texts)["texts"]
    assert [(words, js) for words, js in zip(texts, in_js) if js != word_terms(words)] == []
    assert sum("tradepolicy" in word_terms(words) for words in texts) > 100
