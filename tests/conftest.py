"""Shared fixtures: the real catalog, real builds of the site into temporary folders, a browser."""

from __future__ import annotations

import functools
import http.server
import os
import re
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT.parent / "shared" / "reference"
FIXTURE_CATALOG = Path(__file__).parent / "fixtures" / "catalog"
BIN = Path(sys.executable).parent
# Resolves once the page's search has all its data. (An evaluate, not wait_for_function: the
# pages' Content-Security-Policy forbids the eval that wait_for_function's polling uses.)
SEARCH_READY = "() => window.orderErrorsSearch.ready.then(() => true)"


def carrying_the_paste(address: str) -> re.Pattern[str]:
    """A result's address: the entry's page, carrying what was pasted (`?q=`) so the page can show it."""
    return re.compile("^" + re.escape(address) + r"(\?q=[^#]*)?$")


def run_mkdocs(project: Path, site_dir: Path, *extra: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run(
        [str(BIN / "mkdocs"), "build", "--strict", "-q", "-d", str(site_dir), *extra],
        cwd=project, capture_output=True, text=True, env=env, timeout=600,
    )


def make_project(tmp: Path, catalog: Path) -> Path:
    """A copy of the site's configuration around another catalog, to build in isolation."""
    project = tmp / "project"
    project.mkdir()
    for name in ("mkdocs.yml", "docs", "hooks"):
        source = ROOT / name
        (shutil.copytree if source.is_dir() else shutil.copy)(source, project / name)
    shutil.copytree(catalog, project / "catalog")
    return project


@pytest.fixture(scope="session")
def real_site(tmp_path_factory) -> Path:
    site = tmp_path_factory.mktemp("real") / "site"
    result = run_mkdocs(ROOT, site)
    assert result.returncode == 0, result.stderr
    return site


@pytest.fixture(scope="session")
def hostile_site(tmp_path_factory) -> Path:
    """The fixture catalog with every text replaced by markup and script, built for real."""
    from hostile import make_hostile_catalog

    work = tmp_path_factory.mktemp("hostile")
    catalog_dir = work / "source-catalog"
    make_hostile_catalog(FIXTURE_CATALOG, catalog_dir)
    project = make_project(work, catalog_dir)
    site = work / "site"
    result = run_mkdocs(project, site)
    assert result.returncode == 0, result.stderr
    return site


@pytest.fixture(scope="session")
def catalog():
    from order_errors.catalog.load import load_catalog

    return load_catalog(ROOT / "catalog")


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve(directory: Path):
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


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
    return {
        **browser_type_launch_args,
        "executable_path": "/usr/bin/chromium",
        "args": [
            "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run",
        ],
    }
