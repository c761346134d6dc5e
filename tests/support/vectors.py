"""The shared search vectors (tests/vectors/search.jsonl): Python's matcher and matcher.js are held to them."""

from __future__ import annotations

import json

from support.paths import TESTS

VECTORS = [json.loads(line) for line in (TESTS / "vectors" / "search.jsonl").open(encoding="utf-8")]
