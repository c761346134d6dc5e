"""`order-errors check`: passes a valid catalog, summing it up; runs as `python -m order_errors` too.

(Its refusals, file by file and line by line, are the corpus's: tests/unit/catalog/test_broken_catalogs.py.)"""

from __future__ import annotations

import subprocess
import sys

from support.paths import BIN, FIXTURE_CATALOG


def test_cli_check_passes_on_a_valid_catalog():
    result = subprocess.run([str(BIN / "order-errors"), "check", str(FIXTURE_CATALOG)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout
    assert "2 errors, 2 marketplaces, 2 categories" in result.stdout


def test_cli_runs_as_a_module():
    result = subprocess.run([sys.executable, "-m", "order_errors", "check", str(FIXTURE_CATALOG)], capture_output=True, text=True)
    assert result.returncode == 0
    assert "2 errors, 2 marketplaces, 2 categories" in result.stdout
