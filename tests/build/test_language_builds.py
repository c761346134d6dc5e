"""The Spanish and Portuguese builds: handed the loaded catalog, moved into place only when done."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from order_errors.catalog.load import load_catalog
from order_errors.site.language_builds import LanguageBuilds
from support.build import make_project
from support.paths import FIXTURE_CATALOG


@pytest.fixture(autouse=True)
def quiet_mkdocs(monkeypatch):
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")


def start(tmp_path: Path) -> tuple[LanguageBuilds, Path]:
    project = make_project(tmp_path, FIXTURE_CATALOG)
    site = project / "site"
    site.mkdir()
    builds = LanguageBuilds(["es", "pt"], str(project / "mkdocs.yml"), str(site), True, False)
    builds.hand_over(load_catalog(project / "catalog"))
    return builds, site


def leftovers(builds: LanguageBuilds, site: Path) -> list[str]:
    return [p.name for p in site.parent.iterdir() if p.name.startswith(".site-building-")] + \
           [name for name in (builds.catalog_file, builds.catalog_file + ".part") if Path(name).exists()]


def test_finished_languages_land_in_the_site_and_nothing_is_left_behind(tmp_path):
    builds, site = start(tmp_path)
    assert builds.wait() == {}
    assert (site / "es" / "index.html").is_file() and (site / "pt" / "errors" / "index.html").is_file()
    assert '<html lang="pt"' in (site / "pt" / "index.html").read_text(encoding="utf-8")
    assert leftovers(builds, site) == []


def test_stopped_languages_leave_no_half_written_folder(tmp_path):
    builds, site = start(tmp_path)
    builds.stop()
    assert builds.wait() == {}
    assert not (site / "es").exists() and not (site / "pt").exists()
    assert leftovers(builds, site) == []


def test_a_failed_language_is_reported_and_not_moved_in(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    builds = LanguageBuilds(["es"], str(tmp_path / "missing.yml"), str(site), True, False)
    builds.hand_over(load_catalog(FIXTURE_CATALOG))
    failed = builds.wait()
    assert list(failed) == ["es"] and "missing.yml" in failed["es"]
    assert not (site / "es").exists() and leftovers(builds, site) == []


def test_children_started_before_the_catalog_wait_for_it(tmp_path):
    """`mkdocs build` starts the children before it loads the catalog: they start up, then wait for it."""
    project = make_project(tmp_path, FIXTURE_CATALOG)
    site = project / "site"
    site.mkdir()
    builds = LanguageBuilds(["es"], str(project / "mkdocs.yml"), str(site), True, False)
    catalog = load_catalog(project / "catalog")
    time.sleep(2.0)  # long enough for a child that did not wait to have failed on the empty file (~1 s)
    assert builds.processes["es"].poll() is None, builds.processes["es"].communicate()
    builds.hand_over(catalog)
    assert builds.wait() == {}
    assert (site / "es" / "index.html").is_file() and leftovers(builds, site) == []
