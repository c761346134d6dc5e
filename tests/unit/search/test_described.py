"""Problems described in the agent's own words, in English, Spanish and Portuguese, find a right entry
among the first answers: on their language's site, on the others' (titles and symptoms are indexed
in every language), and in matcher.js as in Python."""

from __future__ import annotations

import json

import pytest

from order_errors.search.data import build_search_data, build_text_index, load_matcher
from order_errors.search.matcher import Matcher
from support.matcher_in_node import run_matcher_js
from support.paths import ROOT

QUERIES = ROOT / "benchmarks" / "queries"
DESCRIBED = [json.loads(line) for name in ("described.jsonl", "described-en.jsonl", "described-es.jsonl", "described-pt.jsonl")
             for line in (QUERIES / name).read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def matchers(catalog) -> dict[str, Matcher]:
    return {lang: load_matcher(catalog, lang) for lang in ("en", "es", "pt")}


def recall(matcher: Matcher, queries: list[dict], depth: int) -> float:
    hits = 0
    for query in queries:
        errors = [r.id for r in matcher.search(query["query"]) if r.kind == "error"]
        hits += any(id_ in query["expect_ids"] for id_ in errors[:depth])
    return hits / len(queries)


@pytest.mark.parametrize("lang", ["en", "es", "pt"])
def test_described_problems_find_a_right_entry_on_their_languages_site(matchers, lang):
    queries = [q for q in DESCRIBED if q["lang"] == lang]
    assert len(queries) >= 45
    # A guard a little below what each language reaches (at least 0.91 first and 0.98 in the first three;
    # benchmarks/search_quality.py measures it against the targets, 0.85 and 0.97).
    assert recall(matchers[lang], queries, 3) >= 0.95
    assert recall(matchers[lang], queries, 1) >= 0.87

HELD_OUT = [json.loads(line) for line in (QUERIES / "described-heldout-2.jsonl").read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("lang", ["en", "es", "pt"])
def test_described_problems_written_apart_from_the_ranking_find_a_right_entry(matchers, lang):
    queries = [q for q in HELD_OUT if q["lang"] == lang]
    assert len(queries) == 30
    # The second held-out set (benchmarks/queries/README.md): guards a little below what each language
    # reaches (0.87, 0.90 and 0.97 first; 1.00, 0.97, 1.00 in the first three).
    assert recall(matchers[lang], queries, 3) >= 0.93
    assert recall(matchers[lang], queries, 1) >= 0.83


@pytest.mark.parametrize("lang,site", [("pt", "en"), ("es", "en"), ("en", "pt"), ("pt", "es")])
def test_described_problems_find_a_right_entry_on_another_languages_site(matchers, lang, site):
    queries = [q for q in DESCRIBED if q["lang"] == lang]
    assert recall(matchers[site], queries, 3) >= 0.95  # 0.98 or more


def test_javascript_ranks_described_problems_as_python_does(catalog, matchers):
    data = json.loads(json.dumps(build_search_data(catalog, lang="es")))
    text_index = json.loads(json.dumps(build_text_index(catalog, "es")))
    queries = [q["query"] for q in DESCRIBED]
    in_js = run_matcher_js(data, text_index, queries)["results"]
    in_python = [matchers["es"].search(q) for q in queries]
    assert [[r[:3] for r in answers] for answers in in_js] == [[[r.id, r.tier.value, r.match.value] for r in answers] for answers in in_python]
    assert all(abs(js[3] - py.score) < 1e-9 for answers, python in zip(in_js, in_python) for js, py in zip(answers, python))
