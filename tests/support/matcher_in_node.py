"""docs/javascripts/matcher.js run in Node (tests/node/run_matcher.js) on search data built in Python."""

from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
from pathlib import Path

import mkdocs

RUNNER = Path(__file__).parents[1] / "node" / "run_matcher.js"
LUNR = Path(mkdocs.__file__).parent / "contrib" / "search" / "templates" / "search" / "lunr.js"


def search_in_node(data: dict, text_index: dict, queries: list[str]) -> list[dict]:
    """For each query, {"ms": how long matcher.search took, "cpu_ms": the processor time it took,
    "results": its first ten answers}."""
    node = shutil.which("node")
    assert node, "Node.js runs matcher.js for this test: install it (Debian: apt-get install nodejs), or run make test"
    with tempfile.TemporaryDirectory() as folder:
        data_file, index_file = Path(folder) / "data.json", Path(folder) / "text-index.json"
        data_file.write_text(json.dumps(data), encoding="utf-8")
        index_file.write_text(json.dumps(text_index), encoding="utf-8")
        stdin = "".join(json.dumps(query) + "\n" for query in queries)
        done = subprocess.run([node, str(RUNNER), str(LUNR), str(data_file), str(index_file)], input=stdin,
                              capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    answers = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(answers) == len(queries), done.stderr
    return answers
