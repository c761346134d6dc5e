"""Shared fixtures (the real catalog, real builds of the site, servers, the browser's settings), and the
groups: every test is marked `unit`, `build` or `browser` by the folder it is in, so none can forget it."""

from __future__ import annotations

from pathlib import Path

import pytest

from support.browser import CHROMIUM, CHROMIUM_ARGS
from support.build import make_project, run_mkdocs
from support.paths import FIXTURE_CATALOG, ROOT, TESTS
from support.serve import serve

# The folders under tests/, each also the marker of its tests (registered in pyproject.toml):
# unit (fast: no site build, no server, no browser), build (runs `mkdocs build` or `mkdocs serve`),
# browser (Playwright on Chromium, over a built site).
GROUPS = ("unit", "build", "browser")


def pytest_collection_modifyitems(config, items):
    for item in items:
        folder = Path(item.path).relative_to(TESTS).parts[0]
        if folder not in GROUPS:
            raise pytest.UsageError(f"{item.path}: a test belongs in tests/unit/, tests/build/ or tests/browser/")
        item.add_marker(folder)


@pytest.fixture(scope="session")
def catalog():
    from order_errors.catalog.load import load_catalog

    return load_catalog(ROOT / "catalog")


@pytest.fixture(scope="session")
def fixture_catalog():
    from order_errors.catalog.load import load_catalog

    return load_catalog(FIXTURE_CATALOG)


@pytest.fixture(scope="session")
def real_site(tmp_path_factory) -> Path:
    site = tmp_path_factory.mktemp("real") / "site"
    result = run_mkdocs(ROOT, site)
    assert result.returncode == 0, result.stderr
    return site


@pytest.fixture(scope="session")
def hostile_site(tmp_path_factory) -> Path:
    """The fixture catalog with every text replaced by markup and script, built for real."""
    from support.hostile import make_hostile_catalog

    work = tmp_path_factory.mktemp("hostile")
    catalog_dir = work / "source-catalog"
    make_hostile_catalog(FIXTURE_CATALOG, catalog_dir)
    project = make_project(work, catalog_dir)
    site = work / "site"
    result = run_mkdocs(project, site)
    assert result.returncode == 0, result.stderr
    return site


@pytest.fixture(scope="session")
def site_url(real_site):
    server, url = serve(real_site)
    yield url
    server.shutdown()


@pytest.fixture(scope="session")
def hostile_url(hostile_site):
    server, url = serve(hostile_site)
    yield url
    server.shutdown()


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_ARGS}
