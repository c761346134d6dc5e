"""An invalid catalog is reported as `path:line:column: error: ...`, by the CLI and by the build."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import BIN, FIXTURE_CATALOG, make_project, run_mkdocs
from order_errors.catalog.load import load_catalog
from order_errors.catalog.problems import CatalogInvalid

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


CASES = {
    "unknown field": ("verify:", "verifi:", "verifi", "unknown field `verifi`"),
    "missing field": ("verify: {en: The order integrates., es: El pedido se integra., pt: O pedido é integrado.}\n", "", None, "missing required field `verify`"),
    "missing language": ("es: El pedido se integra., ", "", "verify:", "`verify` has no `es` text"),
    "untranslated": ("es: El SKU no tiene stock", "es: The SKU is out of stock", "title:", "`title.es` is the same as `title.en`"),
    "wrong language": ("pt: A loja não tem estoque.", "pt: The store has no stock at all and the order is not in the store.", "meaning:", "`meaning.pt` reads like English"),
    "duplicate key": ("category: stock\n", "category: stock\ncategory: price\n", "category: price", "duplicate key `category`"),
    "bad yaml": ("category: stock", "category: stock: x", "category:", "invalid YAML: mapping values are not allowed"),
    "wrong type": ("marketplaces: [shopx, mallz]", "marketplaces: shopx", "marketplaces:", "marketplaces"),
    "unknown marketplace": ("[shopx, mallz]", "[shopx, mallx]", "marketplaces:", "unknown marketplace `mallx` (did you mean `mallz`?)"),
    "unknown category": ("category: stock", "category: stok", "category:", "unknown category `stok`"),
    "unknown related": ("related: [payment-differs]", "related: [payment-differ]", "related:", "related entry `payment-differ` does not exist"),
    "undeclared placeholder": ("{order_id} with SKU {sku}", "{order_id} with SKU {sku} at {when}", "placeholders:", "placeholder {when} is not declared"),
    "unused placeholder": ("{order_id: order_id, sku: sku}", "{order_id: order_id, sku: sku, seller: seller}", "placeholders:", "declared but not used"),
    "id differs from file name": ("id: sku-out-of-stock", "id: sku-gone", "id:", "rename it to `sku-gone.yaml`"),
}


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_each_mistake_is_reported_at_its_line(broken, case):
    old, new, needle, message = CASES[case]
    path = broken / ENTRY
    replace_in(path, old, new)
    found = problems(broken)
    assert any(message in p for p in found), found
    if needle:
        expected = f"{path}:{line_of(path, needle)}:"
        assert any(p.startswith(expected) for p in found), (expected, found)
    assert all(re.match(r"^[^:]+:\d+:\d+: error: ", p) for p in found), found


def test_the_same_message_in_two_entries_is_refused(broken):
    replace_in(broken / "errors/price/payment-differs.yaml", '["Total do pagamento é diferente do pretendido pela loja"]',
               '["Total do pagamento é diferente do pretendido pela loja", "ORDER {order_id} with sku {sku} out of stock"]')
    replace_in(broken / "errors/price/payment-differs.yaml", "{paid: amount, expected: amount}",
               "{paid: amount, expected: amount, order_id: order_id, sku: sku}")
    found = problems(broken)
    assert any("is already in entry `payment-differs`" in p and "sku-out-of-stock.yaml" in p for p in found), found


def test_cli_check_exits_1_and_prints_problems(broken):
    replace_in(broken / ENTRY, "verify:", "verifi:")
    result = subprocess.run([str(BIN / "order-errors"), "check", str(broken)], capture_output=True, text=True)
    assert result.returncode == 1
    assert f"{broken / ENTRY}:" in result.stdout and "unknown field `verifi`" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr


def test_cli_check_passes_on_a_valid_catalog():
    result = subprocess.run([str(BIN / "order-errors"), "check", str(FIXTURE_CATALOG)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout
    assert "2 errors, 2 marketplaces, 2 categories" in result.stdout


def test_cli_runs_as_a_module():
    result = subprocess.run([sys.executable, "-m", "order_errors", "check", str(FIXTURE_CATALOG)], capture_output=True, text=True)
    assert result.returncode == 0


def test_build_of_an_invalid_catalog_fails_and_keeps_the_previous_site(tmp_path):
    project = make_project(tmp_path, FIXTURE_CATALOG)
    site = tmp_path / "site"
    assert run_mkdocs(project, site).returncode == 0
    before = sorted(p.relative_to(site) for p in site.rglob("*"))

    replace_in(project / "catalog" / ENTRY, "verify:", "verifi:")
    result = run_mkdocs(project, site)
    assert result.returncode != 0
    assert "catalog/errors/stock/sku-out-of-stock.yaml" in result.stderr and "unknown field `verifi`" in result.stderr
    assert re.search(r"sku-out-of-stock\.yaml:\d+:\d+: error:", result.stderr)
    assert sorted(p.relative_to(site) for p in site.rglob("*")) == before


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
