"""matcher.js, run in Node, ranks every shared vector as the Python matcher does: the same results, in the
same order, with the same tiers, certainty (`match`), captured values and scores. Seconds, where the
Chromium test (tests/browser/test_search.py) needs a built site."""

from __future__ import annotations

import json

import pytest

from order_errors.search.data import build_search_data, build_text_index
from order_errors.search.matcher import Matcher
from support.matcher_in_node import search_in_node
from support.vectors import VECTORS

LIMIT = 10  # what the Node runner returns


def rounded(results: list) -> list:
    """[id, kind, tier, match, score, values], the score to 6 decimals (floats printed by two languages)."""
    return [[*r[:4], round(r[4], 6), r[5]] for r in results]


@pytest.mark.parametrize("lang", ["en", "pt"])
def test_node_ranks_every_vector_like_python(catalog, lang):
    # Through JSON, as the site serves them.
    data = json.loads(json.dumps(build_search_data(catalog, lang=lang)))
    text_index = json.loads(json.dumps(build_text_index(catalog, lang)))
    queries = [v["query"] for v in VECTORS]
    in_node = [[[r["id"], r["kind"], r["tier"], r["match"], r["score"], r["values"]] for r in answer["results"]]
               for answer in search_in_node(data, text_index, queries)]

    python = Matcher(data, text_index)
    differ = []
    for query, js in zip(queries, in_node, strict=True):
        py = [[r.id, r.kind, r.tier.value, r.match.value, r.score, r.values] for r in python.search(query, LIMIT)]
        if rounded(js) != rounded(py):
            differ.append((query[:80], rounded(js)[:3], rounded(py)[:3]))
    assert differ == []
    assert sum(1 for results in in_node if results) > 0.9 * len(queries)
    tiers = {r[2] for results in in_node for r in results}
    assert {"message", "fragment", "text"} <= tiers  # the vectors reach every tier the matcher has
