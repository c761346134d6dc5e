"""The catalog is loaded with the cycle collector paused, and the collector is always resumed."""

from __future__ import annotations

import gc
import shutil

import pytest
import yaml

from order_errors.catalog import load
from order_errors.catalog.load import load_catalog
from order_errors.catalog.problems import CatalogInvalid
from support.paths import ROOT


def test_the_collector_is_paused_while_loading_and_resumed_after(monkeypatch):
    seen = []
    real = load.load_file
    monkeypatch.setattr(load, "load_file", lambda *args, **kwargs: seen.append(gc.isenabled()) or real(*args, **kwargs))
    assert gc.isenabled()
    catalog = load_catalog(ROOT / "catalog")
    assert catalog.errors and seen and not any(seen)
    assert gc.isenabled()


def test_the_collector_is_resumed_when_the_catalog_is_invalid(tmp_path):
    shutil.copytree(ROOT / "catalog", tmp_path / "catalog")
    path = next((tmp_path / "catalog" / "errors").rglob("*.yaml"))
    entry = yaml.safe_load(path.read_text(encoding="utf-8"))
    del entry["solution"]
    path.write_text(yaml.safe_dump(entry, allow_unicode=True), encoding="utf-8")
    with pytest.raises(CatalogInvalid):
        load_catalog(tmp_path / "catalog")
    assert gc.isenabled()


def test_a_paused_collector_stays_paused():
    gc.disable()
    try:
        load_catalog(ROOT / "catalog")
        assert not gc.isenabled()
    finally:
        gc.enable()
