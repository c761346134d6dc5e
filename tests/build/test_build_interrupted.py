"""A build that does not finish (SIGTERM, Ctrl-C, SIGKILL) leaves the previous `site/` whole, and no
process, staging folder or catalog pickle behind."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

import pytest

from support.build import make_project, run_mkdocs
from support.paths import BIN, FIXTURE_CATALOG


def snapshot(site: Path) -> dict[Path, bytes]:
    return {p.relative_to(site): p.read_bytes() for p in site.rglob("*") if p.is_file()}


def builds_of(site: Path) -> list[int]:
    """Live processes building into `site` or beside it (the build and its language children)."""
    found = []
    for entry in Path("/proc").iterdir():
        try:
            command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
            state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
        except (OSError, ValueError, IndexError):
            continue
        if state != "Z" and "mkdocs" in command and str(site.parent) in command:
            found.append(int(entry.name))
    return found


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    work = tmp_path_factory.mktemp("interrupted")
    project = make_project(work, FIXTURE_CATALOG)
    site = work / "out" / "site"
    durations = []
    for _ in range(2):  # the stops below fall inside a build: the shorter of two, the machine's speed drifts
        started = time.monotonic()
        assert run_mkdocs(project, site).returncode == 0
        durations.append(time.monotonic() - started)
    assert (site / "es" / "index.html").is_file() and (site / "pt" / "index.html").is_file()
    temp = work / "tmp"  # the build's own temporary folder: its pickle is the only one there
    temp.mkdir()
    return project, site, temp, min(durations)


def start_build(project: Path, site: Path, temp: Path) -> subprocess.Popen:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "TMPDIR": str(temp)}
    return subprocess.Popen([str(BIN / "mkdocs"), "build", "--strict", "-q", "-d", str(site)], cwd=project, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)


def leftovers(project: Path, site: Path, temp: Path, seconds: float = 2.0) -> tuple[list, list, list]:
    """What is still there after `seconds` at most: processes, folders beside the site, temporary files."""
    deadline = time.monotonic() + seconds
    while True:
        found = (builds_of(site), sorted(p.name for p in site.parent.iterdir() if p != site), sorted(os.listdir(temp)))
        if found == ([], [], []) or time.monotonic() > deadline:
            return found
        time.sleep(0.1)


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
@pytest.mark.parametrize("share", [0.2, 0.4, 0.6, 0.75])
def test_a_stopped_build_leaves_the_previous_site_whole_and_nothing_behind(built, signum, share):
    """Stopped at a share of a whole build's time: loading, the English pages, the other languages, the swap."""
    project, site, temp, whole = built
    before = snapshot(site)
    build = start_build(project, site, temp)
    try:
        time.sleep(share * whole)
        assert build.poll() is None, f"the build ended before {share * whole:.1f} s"
        build.send_signal(signum)
        build.wait(timeout=20)
        assert "Traceback" not in build.stderr.read().decode()
        assert build.returncode != 0
        assert snapshot(site) == before
        assert leftovers(project, site, temp) == ([], [], [])
    finally:
        with_group = [build.pid, *builds_of(site)]
        for pid in with_group:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass


def test_children_of_a_killed_build_stop_and_clean_up(built):
    """SIGKILL leaves the build no time: its children notice, remove their files and exit; the next
    build removes the staging folder the killed one left."""
    project, site, temp, _ = built
    before = snapshot(site)
    build = start_build(project, site, temp)
    try:
        # Killed while both children live and one writes pages: a child watches its parent from MkDocs'
        # on_startup on, and one that starts later finds it gone there. (Waiting until both write lost the
        # race on a busy machine: a child of this small catalog can end before the other's first page.)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and not (
            len(builds_of(site)) == 3
            and any(any(p.iterdir()) for p in site.parent.glob("..site-building-*") if p.is_dir())
        ):
            time.sleep(0.05)
        assert len(builds_of(site)) == 3
        build.kill()
        build.wait(timeout=5)
        processes, beside, temporary = leftovers(project, site, temp)
        assert processes == [] and temporary == []
        assert all(name.startswith(".site-building-en-") for name in beside), beside  # the English staging
        assert snapshot(site) == before
    finally:
        for pid in builds_of(site):
            os.kill(pid, signal.SIGKILL)
    assert run_mkdocs(project, site).returncode == 0
    assert sorted(p.name for p in site.parent.iterdir()) == ["site"]
    assert snapshot(site).keys() == before.keys()
