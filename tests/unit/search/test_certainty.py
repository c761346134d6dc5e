"""How sure an answer is (`match`): text from outside the catalog is never `exact` or `partial`;
every message the catalog holds, pasted, is `exact` (or, cut short or mistyped, `partial`) and first.
In Python and in matcher.js alike."""

from __future__ import annotations

import json

import pytest

from order_errors.search.data import build_search_data, build_text_index
from order_errors.search.matcher import Certainty, Matcher
from support.matcher_in_node import run_matcher_js
from support.paths import ROOT
from support.vectors import VECTORS

QUERIES = ROOT / "benchmarks" / "queries"
OUTSIDE = [json.loads(line) for line in (QUERIES / "outside.jsonl").open(encoding="utf-8")]
PASTED_KINDS = {"exact", "typo", "partial", "wrapped", "filled"}
PASTED = [v for v in VECTORS if v["kind"] in PASTED_KINDS and v["expect"]]
PASTED += [{"query": q["query"], "expect": q["expect_ids"][0]} for q in map(json.loads, (QUERIES / "pasted.jsonl").open(encoding="utf-8"))]
SURE = {Certainty.EXACT, Certainty.PARTIAL}


@pytest.fixture(scope="module", params=["en", "es", "pt"])
def site(request, catalog):
    """The search data and text index of one language's site, as the browser receives them."""
    lang = request.param
    data = json.loads(json.dumps(build_search_data(catalog, lang=lang)))
    text_index = json.loads(json.dumps(build_text_index(catalog, lang)))
    return data, text_index, Matcher(data, text_index)


def test_the_outside_set_is_varied():
    kinds = {q["kind"] for q in OUTSIDE}
    assert len(OUTSIDE) >= 60 and kinds == {"payment", "login", "tooling", "question", "other-vtex", "bridge"}


def test_text_from_outside_the_catalog_is_never_exact_or_partial(site):
    _, _, matcher = site
    sure = [(q["query"], r.id, r.match) for q in OUTSIDE for r in matcher.search(q["query"]) if r.match in SURE]
    assert sure == []


def test_everyday_phrases_found_in_several_messages_are_not_a_piece_of_one(site):
    _, _, matcher = site
    for phrase in ["não está disponível", "no está disponible", "não foi possível integrar", "um ou mais itens"]:
        results = matcher.search(phrase)
        assert results and results[0].tier == "fragment", phrase  # they are runs of messages' words ...
        assert all(r.match is Certainty.RELATED for r in results), phrase  # ... but say too little


def test_every_catalog_message_pasted_with_an_admin_prefix_is_exact_and_first(site, catalog):
    _, _, matcher = site
    for entry in catalog.errors.values():
        for message in entry.messages:
            for example in [message.text, *message.variants, *message.examples]:
                first = matcher.search(f"Erro na integração do pedido 1234567-01: {example}")[0]  # as the Admin shows it
                assert (first.id, first.match) == (entry.id, Certainty.EXACT), example


@pytest.mark.parametrize("pasted", PASTED, ids=[f"{i}" for i in range(len(PASTED))])
def test_pasted_messages_are_first_and_exact_or_partial(pasted, matcher):
    first = matcher.search(pasted["query"])[0]
    assert first.id == pasted["expect"] and first.match in SURE, (first.id, first.tier, first.match)


def test_javascript_says_as_python_does_how_sure_it_is(site, catalog):
    data, text_index, matcher = site
    queries = [q["query"] for q in OUTSIDE[::2]] + [p["query"] for p in PASTED[::5]]
    queries += [f"Marketplace > Connections > Orders: {m.text}" for e in catalog.errors.values() for m in e.messages]
    in_js = run_matcher_js(data, text_index, queries)["results"]
    in_python = [[[r.id, r.tier.value, r.match.value] for r in matcher.search(q)] for q in queries]
    assert [[row[:3] for row in answers] for answers in in_js] == in_python
    outside = in_js[: len(OUTSIDE[::2])]
    assert all(match == "related" for answers in outside for _, _, match, _ in answers)
