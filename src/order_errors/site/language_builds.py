"""The Spanish and Portuguese builds: the same MkDocs configuration run again, one child process each.

The English build loads and validates the catalog once and hands it to the children as a pickle in a
temporary file (at 10,000 errors, 58 MB: written in 0.7-1.0 s, read in 0.7 s with the collector paused;
loading the YAML again takes 12-16 s on two cores). The file is written by this process for its own
children and removed when they end.

Each child builds into a staging folder beside the site folder, moved into the English build's own
staging folder once the child has succeeded; the whole is swapped into `site/` when the English build
ends well (hooks/catalog.py). A build that fails or is stopped (SIGTERM, Ctrl-C) leaves the previous
site whole: its children are killed and its staging folders and catalog pickle removed. A child whose
parent is gone without a word (SIGKILL) notices within 0.2 s, removes its own files and exits.

`mkdocs build` starts the children before it loads the catalog, and fails with them: their start-up
(interpreter, MkDocs, the theme, this package: about a second each) runs on the core that loading a
catalog too small for a second process (`order_errors.catalog.load.PARALLEL_FROM`) leaves idle, and
the rest of their work overlaps the English build's.
`mkdocs serve` starts them once the English page is rebuilt and does not wait: that page is served
at once, the other languages follow, and a new rebuild stops the children of the previous one.
"""

from __future__ import annotations

import json
import logging
import os
import pickle
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from order_errors.catalog.collector import paused
from order_errors.core.catalog import Catalog

# A child is told its job through one environment variable (MkDocs offers a hook no other way to hear
# from the command that started it): a JSON object with its language, whether it serves, and the
# path of the pickled catalog.
JOB_VARIABLE = "ORDER_ERRORS_LANGUAGE_BUILD"

log = logging.getLogger("mkdocs.hooks.catalog")


@dataclass(frozen=True)
class LanguageJob:
    lang: str
    serving: bool
    catalog_file: str
    parent: int = 0  # the build that started this child, which it outlives by no more than a moment
    site_dir: str = ""  # the child's staging folder

    @classmethod
    def of_this_process(cls) -> LanguageJob | None:
        """The job this process was started for, when it is one of a build's children."""
        encoded = os.environ.get(JOB_VARIABLE)
        return cls(**json.loads(encoded)) if encoded else None

    def catalog(self) -> Catalog:
        """The catalog the parent build loaded, once it is handed over. Until then the file is empty: the
        parent writes the pickle beside it and renames it over the empty one, so a file with content is whole."""
        while os.stat(self.catalog_file).st_size == 0:  # a missing file (the build abandoned) raises
            time.sleep(0.01)
        with open(self.catalog_file, "rb") as f, paused():
            return pickle.load(f)


STAGING_MARK = "-building-"  # `.site-building-*`: a folder being written, never the site itself
_active: set[LanguageBuilds] = set()  # every set of children alive in this process, for `abandon_all`


def remove_stale_staging(site: Path) -> None:
    """Staging folders left beside the site by a build that was killed (SIGKILL leaves no time to clean)."""
    for stale in site.parent.glob(f".{site.name}{STAGING_MARK}*"):
        shutil.rmtree(stale, ignore_errors=True)


def new_staging(site: Path, label: str) -> Path:
    return Path(tempfile.mkdtemp(prefix=f".{site.name}{STAGING_MARK}{label}-", dir=site.parent))


def swap_into_place(staging: Path, site: Path) -> None:
    """`staging` becomes `site`; the previous site is removed once it is out of the way. Between the two
    renames (microseconds) there is no site; there is never half of one."""
    old = None
    if site.exists():
        old = new_staging(site, "old")
        os.rmdir(old)
        os.rename(site, old)
    os.rename(staging, site)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


class LanguageBuilds:
    def __init__(self, langs: list[str], config_file: str, site_dir: str, strict: bool, serving: bool):
        """Start a child for each language; each lands in `site_dir/<lang>` when it succeeds. The children
        wait for the catalog, given to `hand_over`."""
        self.catalog_file: str | None = None
        self.staging: dict[str, Path] = {}
        self.processes: dict[str, subprocess.Popen] = {}
        self.lock = threading.Lock()
        self.stopped = False
        _active.add(self)  # first: a signal from here on finds what to clean up
        handle, self.catalog_file = tempfile.mkstemp(prefix="order-errors-catalog-", suffix=".pickle")
        os.close(handle)
        site = Path(site_dir)
        self.targets = {lang: site / lang for lang in langs}
        for lang in langs:
            self.staging[lang] = new_staging(site, lang)
            command = [sys.executable, "-m", "mkdocs", "build", "-q", "-f", config_file,
                       "-d", str(self.staging[lang])] + (["--strict"] if strict else [])
            job = LanguageJob(lang, serving, self.catalog_file, os.getpid(), str(self.staging[lang]))
            env = {**os.environ, JOB_VARIABLE: json.dumps(job.__dict__)}
            self.processes[lang] = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

    def hand_over(self, catalog: Catalog) -> None:
        """Give the children the catalog they are waiting for (see `LanguageJob.catalog`)."""
        whole = self.catalog_file + ".part"
        with open(whole, "wb") as f, paused():
            pickle.dump(catalog, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(whole, self.catalog_file)

    def wait(self) -> dict[str, str]:
        """Each failed language's error output, once all have ended; the others are moved into place."""
        failed = {}
        try:
            for lang, process in self.processes.items():
                _, errors = process.communicate()
                with self.lock:
                    if process.returncode == 0 and not self.stopped:
                        shutil.rmtree(self.targets[lang], ignore_errors=True)
                        os.replace(self.staging[lang], self.targets[lang])
                    elif process.returncode > 0:  # < 0: stopped on purpose
                        failed[lang] = errors
        finally:
            self._remove_files()
        return failed

    def stop(self) -> None:
        with self.lock:
            self.stopped = True
            for process in self.processes.values():
                if process.poll() is None:
                    process.kill()

    def abandon(self) -> None:
        """Stop the children and remove every file they and this object wrote (on a signal: no waiting
        on their output, which `wait` may be in the middle of reading)."""
        self.stop()
        for process in list(self.processes.values()):
            process.wait()
        self._remove_files()

    def _remove_files(self) -> None:
        if self.catalog_file:
            Path(self.catalog_file).unlink(missing_ok=True)
            Path(self.catalog_file + ".part").unlink(missing_ok=True)
        for staging in self.staging.values():
            shutil.rmtree(staging, ignore_errors=True)
        _active.discard(self)


def abandon_all() -> None:
    """Stop every child of this process and remove their files: the build is being stopped."""
    for builds in list(_active):
        builds.abandon()


# Run by a child that is ending because its parent build is gone: once the child has stopped (no thread
# of it can write any more), remove its staging folder and the catalog pickle.
_CLEAN_UP_AFTER = """
import os, shutil, sys, time
pid, catalog_file, site_dir = int(sys.argv[1]), sys.argv[2], sys.argv[3]
for _ in range(100):
    try:
        with open(f"/proc/{pid}/stat") as stat:
            if stat.read().rsplit(")", 1)[1].split()[0] == "Z":
                break
        os.kill(pid, 0)
    except (OSError, IndexError):
        break
    time.sleep(0.05)
for leftover in (catalog_file, catalog_file + ".part"):
    if os.path.exists(leftover):
        os.unlink(leftover)
shutil.rmtree(site_dir, ignore_errors=True)
"""


def watch_parent(job: LanguageJob) -> None:
    """In a child: when the build that started it is gone (killed without time to stop it), end at
    once, instead of building on for no one, and leave a short-lived process to remove its files."""

    def watch() -> None:
        while os.getppid() == job.parent:
            time.sleep(0.2)
        subprocess.Popen([sys.executable, "-c", _CLEAN_UP_AFTER, str(os.getpid()), job.catalog_file, job.site_dir],
                         stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                         start_new_session=True)
        os._exit(1)

    threading.Thread(target=watch, daemon=True, name="watch-parent").start()


_in_background: list[LanguageBuilds] = []  # lives as long as `mkdocs serve`


def stop_background() -> None:
    """Stops the children of an earlier serve rebuild: the new one replaces their output."""
    while _in_background:
        _in_background.pop().stop()


def run_in_background(builds: LanguageBuilds) -> None:
    """Lets the children finish on their own; a failure is logged, as `mkdocs serve` has no one to fail."""
    _in_background.append(builds)

    def report() -> None:
        failed = builds.wait()
        for lang, errors in failed.items():
            log.error("the %s build failed:\n%s", lang, errors)
        if not failed and not builds.stopped:
            log.info("Other languages built: %s", ", ".join(builds.targets))

    threading.Thread(target=report, daemon=True).start()
