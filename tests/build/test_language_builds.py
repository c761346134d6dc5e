"""The Spanish and Portuguese builds: handed the loaded catalog, moved into place only when done."""

from __future__ import annotations

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
    builds = LanguageBuilds(load_catalog(project / "catalog"), ["es", "pt"], str(project / "mkdocs.yml"), str(site), True, False)
    return builds, site


def leftovers(builds: LanguageBuilds, site: Path) -> list[str]:
    return [p.name for p in site.parent.iterdir() if p.name.startswith(".site-building-")] + \
           ([builds.catalog_file] if Path(builds.catalog_file).exists() else [])


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
    builds = LanguageBuilds(load_catalog(FIXTURE_CATALOG), ["es"], str(tmp_path / "missing.yml"), str(site), True, False)
    failed = builds.wait()
    assert list(failed) == ["es"] and "missing.yml" in failed["es"]
    assert not (site / "es").exists() and leftovers(builds, site) == []
