"""The Spanish and Portuguese builds: the same MkDocs configuration run again, one child process each.

The English build has already loaded and validated the catalog; it hands it to the children as a
pickle in a temporary file (reading it takes 0.4 s at 10,000 errors, loading the YAML again 6 s on two cores).
The file is written by this process for its own children and removed when they end.

Each child builds into a staging folder beside the site folder, moved to `site/<lang>/` once the
child has succeeded: MkDocs empties the site folder at the start of the English build, and a failed
language leaves nothing half-written behind.

`mkdocs build` starts the children as soon as the catalog is loaded, so that their work overlaps the
English build's, and fails with them. `mkdocs serve` starts them once the English page is rebuilt
and does not wait: that page is served at once, the other languages follow, and a new rebuild stops
the children of the previous one.
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

    @classmethod
    def of_this_process(cls) -> LanguageJob | None:
        """The job this process was started for, when it is one of a build's children."""
        encoded = os.environ.get(JOB_VARIABLE)
        return cls(**json.loads(encoded)) if encoded else None

    def catalog(self) -> Catalog:
        """The catalog the parent build loaded."""
        with open(self.catalog_file, "rb") as f, paused():
            return pickle.load(f)


class LanguageBuilds:
    def __init__(self, catalog: Catalog, langs: list[str], config_file: str, site_dir: str, strict: bool, serving: bool):
        with tempfile.NamedTemporaryFile(prefix="order-errors-catalog-", suffix=".pickle", delete=False) as f, paused():
            pickle.dump(catalog, f, protocol=pickle.HIGHEST_PROTOCOL)
            self.catalog_file = f.name
        site = Path(site_dir)
        for stale in site.parent.glob(f".{site.name}-building-*"):  # left by a build that was killed
            shutil.rmtree(stale, ignore_errors=True)
        self.targets = {lang: site / lang for lang in langs}
        self.staging = {lang: Path(tempfile.mkdtemp(prefix=f".{site.name}-building-{lang}-", dir=site.parent)) for lang in langs}
        self.lock = threading.Lock()
        self.stopped = False
        self.processes: dict[str, subprocess.Popen] = {}
        for lang in langs:
            command = [sys.executable, "-m", "mkdocs", "build", "-q", "-f", config_file,
                       "-d", str(self.staging[lang])] + (["--strict"] if strict else [])
            job = LanguageJob(lang, serving, self.catalog_file)
            env = {**os.environ, JOB_VARIABLE: json.dumps(job.__dict__)}
            self.processes[lang] = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

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
            Path(self.catalog_file).unlink(missing_ok=True)
            for staging in self.staging.values():
                shutil.rmtree(staging, ignore_errors=True)
        return failed

    def stop(self) -> None:
        with self.lock:
            self.stopped = True
            for process in self.processes.values():
                if process.poll() is None:
                    process.kill()


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
