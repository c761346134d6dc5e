"""docs/javascripts/matcher.js run in Node (no browser): its answers and terms, to hold them to Python's."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
MATCHER_JS = ROOT / "docs" / "javascripts" / "matcher.js"


def lunr_js() -> Path:
    import mkdocs

    return Path(mkdocs.__file__).parent / "contrib" / "search" / "templates" / "search" / "lunr.js"


# Reads {data, textIndex, queries?, words?, texts?} on standard input; prints each query's answers
# ([id, tier, match, score] each), each word's stem and each text's (list of words') terms.
_RUN = """
const input = JSON.parse(require("fs").readFileSync(0, "utf8"));
const lunr = require(process.argv[1]);
const js = require(process.argv[2]);
const matcher = new js.Matcher(input.data, lunr, input.textIndex);
process.stdout.write(JSON.stringify({
  results: (input.queries || []).map(q => matcher.search(q, input.limit || 10).map(r => [r.id, r.tier, r.match, r.score])),
  terms: (input.words || []).map(w => matcher.analysis.stem(w)),
  texts: (input.texts || []).map(words => matcher.analysis.wordTerms(words)),
}));
"""


def run_matcher_js(data: dict, text_index: dict, queries: list[str] = (), words: list[str] = (), limit: int = 10,
                   texts: list[list[str]] = ()) -> dict:
    if shutil.which("node") is None:
        pytest.skip("node is not installed")
    payload = json.dumps({"data": data, "textIndex": text_index, "queries": list(queries), "words": list(words), "limit": limit,
                          "texts": list(texts)})
    done = subprocess.run(["node", "-e", _RUN, str(lunr_js()), str(MATCHER_JS)], input=payload,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)
