"""docs/javascripts/matcher.js run in Node (tests/node/matcher.js) on search data built in Python: its answers,
and its stems and terms, to hold them to Python's. Seconds, where the browser tests need a built site."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import mkdocs

RUNNER = Path(__file__).parents[1] / "node" / "matcher.js"
LUNR = Path(mkdocs.__file__).parent / "contrib" / "search" / "templates" / "search" / "lunr.js"


def run_in_node(data: dict, text_index: dict, queries=(), words=(), texts=(), limit: int = 10) -> dict:
    """{"answers": [{"ms", "cpu_ms", "results"} per query], "terms": [stem per word], "texts": [terms per text]}."""
    node = shutil.which("node")
    assert node, "Node.js runs matcher.js for this test: install it (Debian: apt-get install nodejs), or run make test"
    request = {"lunr": str(LUNR), "data": data, "textIndex": text_index, "queries": list(queries), "limit": limit,
               "words": list(words), "texts": list(texts)}
    done = subprocess.run([node, str(RUNNER)], input=json.dumps(request), capture_output=True, text=True,
                          timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert len(out["answers"]) == len(request["queries"]), done.stderr
    return out


def search_in_node(data: dict, text_index: dict, queries: list[str]) -> list[dict]:
    """For each query, {"ms": how long matcher.search took, "cpu_ms": the processor time it took,
    "results": its first ten answers}."""
    return run_in_node(data, text_index, queries)["answers"]


def run_matcher_js(data: dict, text_index: dict, queries=(), words=(), limit: int = 10, texts=()) -> dict:
    """Each query's answers as [id, tier, match, score], each word's stem, each text's terms."""
    out = run_in_node(data, text_index, queries, words, texts, limit)
    return {"results": [[[r["id"], r["tier"], r["match"], r["score"]] for r in a["results"]] for a in out["answers"]],
            "terms": out["terms"], "texts": out["texts"]}
