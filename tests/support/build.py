"""Building the site with MkDocs, for real, into a temporary folder."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from support.paths import BIN, ROOT


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


def site_files(site: Path) -> dict[Path, bytes]:
    """Every file of a built site, by its path inside the site, with its bytes."""
    return {p.relative_to(site): p.read_bytes() for p in site.rglob("*") if p.is_file()}
