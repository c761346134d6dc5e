"""A large catalog is loaded by two processes: the same catalog, and the same problems, as by one."""

from __future__ import annotations

import concurrent.futures
import shutil
from pathlib import Path

import pytest

from order_errors.catalog import load
from order_errors.catalog.problems import CatalogInvalid
from order_errors.core.catalog import Catalog
from order_errors.core.model import Marketplace
from support.broken import BROKEN
from support.paths import ROOT


def load_both_ways(monkeypatch, catalog: Path):
    """(serial, parallel) results of loading: a Catalog, or the CatalogInvalid problems."""
    helpers = []
    pool = concurrent.futures.ProcessPoolExecutor

    def counted(*args, **kwargs):
        helpers.append(args)
        return pool(*args, **kwargs)

    def attempt():
        try:
            return load.load_catalog(catalog)
        except CatalogInvalid as invalid:
            return invalid.problems

    serial = attempt()
    monkeypatch.setattr(load, "PARALLEL_FROM", 2)
    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", counted)  # load imports it when it needs it
    parallel = attempt()
    assert helpers, "a helper process was started"
    return serial, parallel


def test_the_real_catalog(monkeypatch):
    serial, parallel = load_both_ways(monkeypatch, ROOT / "catalog")
    assert isinstance(serial, Catalog)
    assert parallel == serial


def test_a_catalog_with_broken_files(monkeypatch, tmp_path):
    catalog = tmp_path / "catalog"
    shutil.copytree(ROOT / "catalog", catalog)
    for path in BROKEN:
        shutil.copy(path, catalog / "errors" / "stock" / path.name)
    serial, parallel = load_both_ways(monkeypatch, catalog)
    assert isinstance(serial, list) and len(serial) >= len(BROKEN)
    assert parallel == serial


@pytest.mark.parametrize("files", [1, 2, 3])  # the helper takes the second half: all of one file
def test_jobs_come_back_in_order_however_they_are_split(monkeypatch, files):
    paths = sorted((ROOT / "catalog" / "marketplaces").glob("*.yaml"))[:files]
    monkeypatch.setattr(load, "PARALLEL_FROM", 1)
    jobs = [(path, path.name) for path in paths]
    loaded = load._load_files_in_parallel(jobs, Marketplace)
    assert [obj.slug for obj, _, _ in loaded] == [path.stem for path in paths]
