"""Helpers every benchmark shares: where the project is, copying and building it, serving a site, Chromium.

Each benchmark script puts this folder on sys.path and imports from here, so that a measurement is taken the
same way in each of them.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# Serving a site and asking it for a page are the tests' helpers (tests/support/serve.py), written once.
sys.path.insert(0, str(ROOT / "tests"))
from support.serve import QuietHandler, answer_within, free_port, serve  # noqa: E402,F401 (re-exported to the benchmarks)

# Headless Chromium as the browser tests launch it: the system's build, nothing that talks to another host.
CHROMIUM_EXECUTABLE = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]


def launch_chromium(playwright):
    return playwright.chromium.launch(executable_path=CHROMIUM_EXECUTABLE, args=CHROMIUM_ARGS)


def code_fingerprint() -> str:
    """A short hash of the code a measurement ran against (src/, hooks/, docs/, mkdocs.yml), to tell runs apart."""
    digest = hashlib.sha256()
    files = [p for folder in ("src/order_errors", "hooks", "docs") for p in sorted((ROOT / folder).rglob("*"))
             if p.is_file() and "__pycache__" not in p.parts]
    for path in [*files, ROOT / "mkdocs.yml"]:
        digest.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:12]


def percentile(values: list[float], p: float) -> float:
    """The value at `p` percent of the sorted values (the nearest rank, no interpolation)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


# --- the project ---------------------------------------------------------------------------------------------


def copy_project(dest: Path, catalog: Path | None = None) -> Path:
    """A copy of the site's project (mkdocs.yml, docs/, hooks/) in `dest`, with a copy of `catalog` if given
    (a benchmark that generates its catalog writes it into dest/catalog itself)."""
    dest.mkdir(parents=True)
    shutil.copy(ROOT / "mkdocs.yml", dest / "mkdocs.yml")
    for name in ("docs", "hooks"):
        shutil.copytree(ROOT / name, dest / name, ignore=shutil.ignore_patterns("__pycache__"))
    if catalog is not None:
        shutil.copytree(catalog, dest / "catalog")
    return dest


def search_projects(work: Path, catalog: Path) -> tuple[Path, Path]:
    """Two copies of the project around `catalog`, in work/ours and work/peer: ours, and the peer, the same
    pages with Material's own search plugin and header (it inherits our configuration and takes those back)."""
    ours, peer = copy_project(work / "ours", catalog), copy_project(work / "peer", catalog)
    (peer / "mkdocs.yml").rename(peer / "base.yml")
    (peer / "no-overrides").mkdir()
    (peer / "mkdocs.yml").write_text(
        "INHERIT: base.yml\nplugins: [search]\nextra_javascript: []\ntheme:\n  custom_dir: no-overrides\n"
    )
    return ours, peer


def build_project(project: Path) -> float:
    """Seconds `mkdocs build` takes for the project, into its site/."""
    env = {"NO_MKDOCS_2_WARNING": "1", "PATH": str(Path(sys.executable).parent) + ":/usr/bin:/bin"}
    if "PYTHONPATH" in os.environ:  # the build runs the sources this process imports, not only the installed ones
        env["PYTHONPATH"] = os.environ["PYTHONPATH"]
    started = time.monotonic()
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q"], cwd=project, check=True, env=env)
    return time.monotonic() - started


# --- serving and fetching on localhost -----------------------------------------------------------------------


def wait_for(url: str, seconds: float, expect: str | None = None, interval: float = 0.05) -> float | None:
    """Seconds until `url` serves (and contains `expect`), or None after `seconds`."""
    answered = answer_within(url, seconds, expect, interval)
    return answered and answered[0]
