"""Every mistake in a file is reported in one run, each at its line and column.

(Each kind of mistake alone is in the corpus, tests/broken/; the build's refusal in tests/build/.)"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from order_errors.catalog.load import load_catalog
from order_errors.catalog.problems import CatalogInvalid
from support.paths import FIXTURE_CATALOG

ENTRY = "errors/stock/sku-out-of-stock.yaml"


@pytest.fixture
def broken(tmp_path) -> Path:
    catalog = tmp_path / "catalog"
    shutil.copytree(FIXTURE_CATALOG, catalog)
    return catalog


def replace_in(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def problems(catalog: Path) -> list[str]:
    with pytest.raises(CatalogInvalid) as raised:
        load_catalog(catalog)
    return [str(p) for p in raised.value.problems]


def line_of(path: Path, needle: str) -> int:
    return next(i for i, line in enumerate(path.read_text().splitlines(), 1) if needle in line)


def test_five_mistakes_in_one_file_are_all_reported_in_one_run(broken):
    path = broken / ENTRY
    replace_in(path, "solution:", "soluton:")
    replace_in(path, "[shopx, mallz]", "[shopx, mallx]")
    replace_in(path, "related: [payment-differs]", "related: [payment-differ]")
    replace_in(path, "{order_id: order_id, sku: sku}", "{order_id: order_id, sku: sku, seller: seller}")
    replace_in(path, "verify: {en: The order integrates., es: El pedido se integra., ", "verify: {en: The order integrates., ")
    found = problems(broken)
    expected = {
        "soluton:": "unknown field `soluton` (did you mean `solution`?)",
        "marketplaces:": "unknown marketplace `mallx` (did you mean `mallz`?)",
        "related:": "related entry `payment-differ` does not exist (did you mean `payment-differs`?)",
        "placeholders:": "seller declared but not used",
        "verify:": "`verify` has no `es` text",
    }
    for needle, message in expected.items():
        line = line_of(path, needle)
        assert any(p.startswith(f"{path}:{line}:") and message in p for p in found), (message, found)
    column = path.read_text().splitlines()[line_of(path, "marketplaces:") - 1].index("mallx") + 1
    assert any(f":{line_of(path, 'marketplaces:')}:{column}: error: unknown marketplace" in p for p in found)
