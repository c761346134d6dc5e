"""matcher.js, run in Node, ranks every shared vector as the Python matcher does: the same results, in the
same order, with the same tiers, certainty (`match`), captured values and scores. Seconds, where the
Chromium test (tests/browser/test_search.py) needs a built site."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import mkdocs.contrib.search
import pytest

from order_errors.search.data import build_search_data, build_text_index
from order_errors.search.matcher import Matcher
from support.paths import TESTS
from support.vectors import VECTORS

RUNNER = TESTS / "node" / "search.js"
LUNR = Path(mkdocs.contrib.search.__file__).parent / "templates" / "search" / "lunr.js"
LIMIT = 10


def rounded(results: list) -> list:
    """[id, kind, tier, match, score, values], the score to 6 decimals (floats printed by two languages)."""
    return [[*r[:4], round(r[4], 6), r[5]] for r in results]


@pytest.mark.parametrize("lang", ["en", "pt"])
def test_node_ranks_every_vector_like_python(catalog, lang):
    node = shutil.which("node")
    assert node, "Node.js runs matcher.js for this test: install it (Debian: apt-get install nodejs)"
    # Through JSON, as the site serves them.
    data = json.loads(json.dumps(build_search_data(catalog, lang=lang)))
    text_index = json.loads(json.dumps(build_text_index(catalog, lang)))
    queries = [v["query"] for v in VECTORS]
    request = {"lunr": str(LUNR), "data": data, "textIndex": text_index, "queries": queries, "limit": LIMIT}
    result = subprocess.run([node, str(RUNNER)], input=json.dumps(request), capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    in_node = json.loads(result.stdout)
    assert len(in_node) == len(queries)

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
