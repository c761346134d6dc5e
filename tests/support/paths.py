"""Where things are: the repository, its test data, the fixture catalog, the installed executables."""

from __future__ import annotations

import sys
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]
ROOT = TESTS.parent
DATA = TESTS / "data"
FIXTURE_CATALOG = TESTS / "fixtures" / "catalog"
BIN = Path(sys.executable).parent  # mkdocs and order-errors, installed beside the Python running the tests
