"""`load_catalog(reuse=...)`, as `mkdocs serve` loads the catalog after each edit: files unchanged
since the previous load are not read again, and what changed is read and checked as on a first load."""

from __future__ import annotations

import os
import shutil

import pytest

from order_errors.catalog import load
from order_errors.catalog.problems import CatalogInvalid
from support.paths import FIXTURE_CATALOG

pytestmark = pytest.mark.unit


@pytest.fixture
def catalog(tmp_path, monkeypatch):
    folder = tmp_path / "catalog"
    shutil.copytree(FIXTURE_CATALOG, folder)
    read = []
    real = load.load_file
    monkeypatch.setattr(load, "load_file", lambda path, relpath, model: read.append(path.name) or real(path, relpath, model))
    return folder, read


def _edit(path, old: str, new: str) -> None:
    stat = path.stat()
    path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))  # a new time, even on a coarse clock


def test_only_changed_files_are_read_again_and_their_change_is_loaded(catalog):
    folder, read = catalog
    reuse: dict = {}
    first = load.load_catalog(folder, reuse=reuse)
    assert "sku-out-of-stock.yaml" in read
    read.clear()
    again = load.load_catalog(folder, reuse=reuse)
    assert [name for name in read if name not in ("hub.yaml", "help-center.yaml")] == []
    assert again.errors == first.errors
    _edit(folder / "errors" / "stock" / "sku-out-of-stock.yaml", "The SKU is out of stock", "The SKU ran out")
    read.clear()
    edited = load.load_catalog(folder, reuse=reuse)
    assert "sku-out-of-stock.yaml" in read and "payment-differs.yaml" not in read
    assert edited.errors["sku-out-of-stock"].title.en == "The SKU ran out"


def test_a_file_made_invalid_is_reported_though_the_others_are_reused(catalog):
    folder, _ = catalog
    reuse: dict = {}
    load.load_catalog(folder, reuse=reuse)
    _edit(folder / "errors" / "stock" / "sku-out-of-stock.yaml", "category: stock", "category: nowhere")
    with pytest.raises(CatalogInvalid) as invalid:
        load.load_catalog(folder, reuse=reuse)
    assert any("nowhere" in problem.message for problem in invalid.value.problems)
