"""Build time, the hook's own share of it, peak memory and `mkdocs serve`'s reaction time, at catalog scale.

    .venv/bin/python benchmarks/build.py [--sizes 1000 10000] [--seed S] [--out FILE] [--no-serve] [--profile FILE]
                                  [--repeat N] [--keep DIR]

In one run, for the real catalog and for a synthetic catalog of each size (make_catalog.py's generator):

- ours: `mkdocs build -q`, the real command, in a temporary copy of the project (mkdocs.yml, docs/, hooks/ and
  the catalog), which builds English into site/ and Spanish and Portuguese into site/es/ and site/pt/;
- the peer: plain MkDocs + Material building the same pages from already-generated Markdown, the hook's work
  excluded. The pages, navigation and data files are rendered once, beforehand, with the project's own code
  (`SiteContent.build(catalog, lang)`) and written into one docs folder per language; each language is then built
  with a mkdocs.yml without the hook (same theme, markdown_extensions and nav), laid out as the hook lays out its
  own builds: Spanish and Portuguese in two `mkdocs build` processes beside the English build. The peer's pages
  hold their HTML blocks (Markdown reads them; ours puts them back after it: site/verbatim.py), and it renders
  Material's sidebar for every page (ours, once per category of error pages: site/shared_nav.py). Every page's
  article must come out the same in both sites, or the run stops (`differing_articles`).

The hook's own cost is ours minus the peer, as a share of ours, in elapsed time and in CPU time of all processes
(below zero where what ours saves the theme and Markdown outweighs what the hook costs);
and, measured directly, the CPU time spent inside the hook (its events and its import, in every process: HOOK_TIMER)
as a share of all CPU time of ours, which does not carry the peer's run-to-run noise.
Peak memory: the largest resident set of any one process (`os.wait4` in a small launcher), and the largest sum
over the whole process tree at once (sampled from /proc).

For the real catalog it also starts `mkdocs serve --dirty --strict --dev-addr 127.0.0.1:PORT` (as `make serve` does), changes one error's English title,
and times how long until the page serves the new title (and until the server logs that Spanish and Portuguese,
rebuilt in the background, are in place). --profile FILE profiles the largest synthetic build
(`python -m cProfile -o FILE -m mkdocs build -q`) and prints its top costs by cumulative time.

Targets reported against: 10,000 errors x 3 languages built in under 3 minutes, the hook's own work under 15% of
the total; `mkdocs serve` shows a change in under 2 s.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import pstats
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import ROOT, code_fingerprint, copy_project, free_port, wait_for  # noqa: E402
from synthetic import write_catalog  # noqa: E402

BIN = Path(sys.executable).parent
LANGS = ("en", "es", "pt")
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
BUILD_TARGET_S = 180
HOOK_SHARE_TARGET = 0.15
SERVE_TARGET_S = 2.0

# Builds the peer's configurations (English first) as the hook lays out its languages (order_errors.site.language_builds):
# the others in their own `mkdocs build` processes, started first and running beside the English build.
PEER_DRIVER = """
import subprocess, sys
from mkdocs.commands.build import build
from mkdocs.config import load_config
first, *others = sys.argv[1:]
runs = [subprocess.Popen([sys.executable, "-m", "mkdocs", "build", "-q", "-f", path]) for path in others]
build(load_config(first))
sys.exit(max([run.wait() for run in runs], default=0))
"""

# Runs a command and writes its resource usage (its own and that of every descendant it waited for) to a file.
# A child's ru_maxrss starts from the size of the process that forked it (Linux carries the high-water mark
# across exec): measured from the benchmark, which holds a whole catalog, every build would look that large.
LAUNCHER = """
import json, os, subprocess, sys
process = subprocess.Popen(sys.argv[2:])
_, status, usage = os.wait4(process.pid, 0)
with open(sys.argv[1], "w") as f:
    json.dump({"maxrss_kb": usage.ru_maxrss, "cpu_s": usage.ru_utime + usage.ru_stime}, f)
sys.exit(os.waitstatus_to_exitcode(status))
"""


# The hook's own work, measured directly (ours minus the peer is the difference of two noisy figures): the
# benchmark's copy of the project runs hooks/catalog.py through this wrapper, which adds up the CPU time of
# each of its events (and of importing it, which brings in pydantic and the package) in each process, and
# writes it to HOOK_TIMES_DIR when the process ends. A load large enough for a helper process
# (order_errors.catalog.load) ends that helper within `on_config`: its CPU counts there, read from
# RUSAGE_CHILDREN. The language builds end within `on_post_build`, which is timed without its children:
# their hook events are counted in them.
HOOK_TIMER = """
import atexit, importlib.util, json, os, resource, sys, time
from pathlib import Path

def _children_cpu():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime

CPU = {}
_started = time.process_time()
_spec = importlib.util.spec_from_file_location("order_errors_hook", Path(__file__).with_name("catalog.py"))
_hook = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = _hook  # its dataclasses look their module up
_spec.loader.exec_module(_hook)
CPU["import"] = time.process_time() - _started

def _timed(name, event):
    def timed(*args, **kwargs):
        cpu, children = time.process_time(), _children_cpu()
        try:
            return event(*args, **kwargs)
        finally:
            spent = time.process_time() - cpu + (_children_cpu() - children if name != "on_post_build" else 0.0)
            CPU[name] = CPU.get(name, 0.0) + spent
    return timed

for _name in dir(_hook):
    if _name.startswith("on_"):
        globals()[_name] = _timed(_name, getattr(_hook, _name))

@atexit.register
def _write():
    folder = os.environ.get("HOOK_TIMES_DIR")
    if folder:
        with open(os.path.join(folder, f"{os.getpid()}.json"), "w") as f:
            json.dump(CPU, f)
"""
TIMED_HOOK = "hooks/timed_catalog.py"


@contextlib.contextmanager
def hook_timed(project: Path):
    """The project's hook run through HOOK_TIMER meanwhile (the benchmark's copy of the project only)."""
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    if "- hooks/catalog.py" not in text:
        raise SystemExit("mkdocs.yml no longer lists hooks/catalog.py: update benchmarks/build.py's hook_timed")
    (project / TIMED_HOOK).write_text(HOOK_TIMER, encoding="utf-8")
    config.write_text(text.replace("- hooks/catalog.py", f"- {TIMED_HOOK}"), encoding="utf-8")
    try:
        yield
    finally:
        config.write_text(text, encoding="utf-8")
        (project / TIMED_HOOK).unlink()


def hook_cpu(folder: Path) -> float:
    """CPU seconds spent in the hook, summed over the processes of one build (HOOK_TIMER's files)."""
    return sum(sum(json.loads(f.read_text()).values()) for f in folder.glob("*.json"))


# --- running and measuring a child process -------------------------------------------------------------------


_PAGE = os.sysconf("SC_PAGE_SIZE")


def _tree_rss(root: int) -> int:
    """Bytes resident in `root` and all its descendants right now (read from /proc)."""
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", "rb") as f:
                    fields = f.read().rsplit(b")", 1)[1].split()
                parents[int(entry)] = int(fields[1])
            except (OSError, IndexError, ValueError):
                pass
    tree, frontier = {root}, [root]
    while frontier:
        parent = frontier.pop()
        for pid, ppid in parents.items():
            if ppid == parent and pid not in tree:
                tree.add(pid)
                frontier.append(pid)
    total = 0
    for pid in tree:
        try:
            with open(f"/proc/{pid}/statm", "rb") as f:
                total += int(f.read().split()[1]) * _PAGE
        except (OSError, IndexError, ValueError):
            pass
    return total


def run_measured(cmd: list[str], cwd: Path, timeout: float = 3600, env: dict | None = None) -> dict:
    """Wall time, CPU time, peak memory (MB) and exit status of one command, its stderr kept.

    peak_mb is the largest resident set of any one process of its tree (exact, from a small launcher's
    `os.wait4`); tree_peak_mb the largest sum over the tree at once (sampled every 0.25 s), which counts
    language builds that run in parallel processes together."""
    with tempfile.TemporaryDirectory() as tmp:
        usage_file, err_file = Path(tmp) / "usage.json", Path(tmp) / "stderr"
        with err_file.open("wb") as err:
            started = time.perf_counter()
            process = subprocess.Popen([sys.executable, "-c", LAUNCHER, str(usage_file), *cmd], cwd=cwd, env=env or ENV,
                                       stdout=subprocess.DEVNULL, stderr=err, start_new_session=True)
            tree_peak, next_sample = 0, 0.0
            while process.poll() is None:
                now = time.perf_counter()
                if now - started > timeout:
                    os.killpg(process.pid, signal.SIGKILL)
                    process.wait()
                    break
                if now >= next_sample:
                    tree_peak, next_sample = max(tree_peak, _tree_rss(process.pid)), now + 0.25
                time.sleep(0.02)
            wall = time.perf_counter() - started
        usage = json.loads(usage_file.read_text()) if usage_file.exists() else {"maxrss_kb": 0, "cpu_s": float("nan")}
        stderr = err_file.read_bytes().decode("utf-8", "replace")
    peak_mb = usage["maxrss_kb"] / 1024  # ru_maxrss is in kilobytes on Linux
    return {"wall_s": wall, "cpu_s": usage["cpu_s"], "peak_mb": peak_mb, "tree_peak_mb": max(tree_peak / 2**20, peak_mb),
            "returncode": process.returncode, "stderr": stderr[-4000:]}


# --- the peer: plain MkDocs + Material over pre-rendered Markdown ---------------------------------------------


def prepare_peer(project: Path, peer: Path) -> dict:
    """Render the project's pages once with its own code and lay them out for plain MkDocs; returns render timings."""
    from mkdocs.config import load_config

    from order_errors.catalog.load import load_catalog
    from order_errors.core.languages import NATIVE_NAMES
    from order_errors.core.ui_text import UI
    from order_errors.site.content import SiteContent

    config = load_config(str(project / "mkdocs.yml"))  # for the edit URL the hook would use
    edit_base = config.extra.get("catalog_edit_url") or (config.repo_url and config.repo_url.rstrip("/") + "/edit/main/")
    started = time.perf_counter()
    catalog = load_catalog(project / "catalog")
    load_s = time.perf_counter() - started

    peer.mkdir()
    shutil.copy(project / "mkdocs.yml", peer / "base.yml")
    shutil.copytree(project / "docs", peer / "docs")  # the theme's custom_dir (docs/overrides) is read from here
    # The sidebar partial that the hook shares between error pages (site/shared_nav.py): the peer renders Material's own.
    (peer / "docs" / "overrides" / "partials" / "nav.html").unlink()
    content_s, pages, configs = {}, 0, []
    for lang in LANGS:
        started = time.perf_counter()
        content = SiteContent.build(catalog, lang, base="/", edit_base=edit_base)
        content_s[lang] = time.perf_counter() - started
        docs = peer / f"docs-{lang}"
        shutil.copytree(project / "docs", docs)
        # Whole pages: plain MkDocs reads the HTML blocks the hook puts back after Markdown (site/verbatim.py).
        whole_pages = {path: content.with_blocks(path, text) for path, text in content.pages.items()}
        for path, text in {**whole_pages, **content.assets}.items():
            target = docs / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
        pages += len(content.pages)
        override = {
            "INHERIT": "base.yml",
            "hooks": [],
            "docs_dir": f"docs-{lang}",
            "site_dir": "site" if lang == "en" else f"site/{lang}",
            "nav": content.nav,
            "theme": {"language": lang},
            # What the hook hands the theme overrides (404 page, footer, language switcher).
            "extra": {"oe_ui": UI[lang], "language_names": NATIVE_NAMES},
        }
        if lang != "en":
            override["site_name"] = UI[lang]["site_name"]
        path = peer / f"mkdocs-{lang}.yml"
        path.write_text(yaml.safe_dump(override, allow_unicode=True, sort_keys=False), encoding="utf-8")
        configs.append(path.name)
    return {"load_s": load_s, "content_s": content_s, "pages": pages, "configs": configs}


# --- mkdocs serve --------------------------------------------------------------------------------------------


def measure_serve(project: Path, edits: int = 3) -> dict:
    """Start `mkdocs serve`, change one error's English title `edits` times, time until each change is served."""
    from order_errors.catalog.load import load_catalog
    from order_errors.core.urls import Page

    catalog = load_catalog(project / "catalog")
    entry = next(iter(catalog.errors.values()))
    path = catalog.files[Page.error(entry.id)].path
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    page = f"{base}/errors/{entry.id}/"
    started = time.perf_counter()
    # As `make serve` starts it: --dirty rewrites only the pages that changed (src/order_errors/site/preview.py).
    server = subprocess.Popen([str(BIN / "mkdocs"), "serve", "--dirty", "--strict", "--dev-addr", f"127.0.0.1:{port}"], cwd=project, env=ENV,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    # When each rebuild ended, from the server's own log: the hook logs "Other languages built" once Spanish
    # and Portuguese, rebuilt in the background after the English pages, are in place.
    built: list[float] = []

    def read_log() -> None:
        for line in server.stderr:
            if "Other languages built" in line:
                built.append(time.perf_counter())

    threading.Thread(target=read_log, daemon=True).start()
    result: dict = {"entry": entry.id, "file": str(path.relative_to(project)), "edits": []}
    try:
        ready = wait_for(page, 600, interval=0.2)
        result["startup_s"] = ready and time.perf_counter() - started
        if ready is None:
            result["error"] = "mkdocs serve did not serve the page within 600 s"
            return result
        deadline = time.perf_counter() + 600
        while not built and time.perf_counter() < deadline:  # the first build, Spanish and Portuguese included, is over
            time.sleep(0.1)
        ready_all = built and built[0] - started
        time.sleep(1.0)
        title = entry.title.en
        original = path.read_text(encoding="utf-8")
        if original.count(title) < 1:
            result["error"] = f"the English title of {entry.id} is not written verbatim in its file"
            return result
        for number in range(1, edits + 1):
            marker = f"edited {number} {int(time.time())}"
            path.write_text(original.replace(title, f"{title} ({marker})", 1), encoding="utf-8")
            changed = time.perf_counter()
            en = wait_for(page, 120, expect=marker)
            en_s = en and time.perf_counter() - changed
            deadline = time.perf_counter() + 120
            while not any(t > changed for t in built) and time.perf_counter() < deadline:
                time.sleep(0.02)
            done = [t for t in built if t > changed]
            all_s = done[0] - changed if done else None
            result["edits"].append({"page_s": en_s, "all_languages_s": all_s})
            time.sleep(1.5)  # let the watcher settle before the next change
        path.write_text(original, encoding="utf-8")
        result["ready_all_s"] = ready_all
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
    return result


# --- profile -------------------------------------------------------------------------------------------------


def profile_build(project: Path, out: Path, top: int = 25) -> dict:
    """`python -m cProfile -o out -m mkdocs build -q` in the project; the top costs by cumulative time."""
    run = run_measured([sys.executable, "-m", "cProfile", "-o", str(out), "-m", "mkdocs", "build", "-q"], project)
    stats = pstats.Stats(str(out))
    rows = []
    for (filename, line, name), (_cc, nc, tt, ct, _callers) in sorted(stats.stats.items(), key=lambda kv: -kv[1][3])[:top]:
        rows.append({"function": f"{_short(filename)}:{line}({name})", "ncalls": nc, "tottime_s": round(tt, 2), "cumtime_s": round(ct, 2)})
    own = []
    for (filename, line, name), (_cc, nc, tt, ct, _callers) in sorted(stats.stats.items(), key=lambda kv: -kv[1][3]):
        if "/order_errors/" in filename or "/hooks/" in filename:
            own.append({"function": f"{_short(filename)}:{line}({name})", "ncalls": nc, "tottime_s": round(tt, 2), "cumtime_s": round(ct, 2)})
    return {"wall_s": run["wall_s"], "returncode": run["returncode"], "top": rows, "own": own[:15], "file": str(out)}


def _short(filename: str) -> str:
    for marker in ("site-packages/", "/src/", "/hooks/", "/lib/python3"):
        if marker in filename:
            return filename.split(marker, 1)[1] if marker != "/hooks/" else "hooks/" + filename.split(marker, 1)[1]
    return filename


# --- all together --------------------------------------------------------------------------------------------


MEASURES = ("wall_s", "cpu_s", "peak_mb", "tree_peak_mb")


def _median_run(runs: list[dict]) -> dict:
    figures = {k: statistics.median(run[k] for run in runs) for k in MEASURES}
    figures["warnings"] = max(run["stderr"].count("WARNING") for run in runs)  # in any of the runs
    return figures


def _take_turn(label: str, project: Path, work: Path, peer_info: dict, turn: int, repeat: int, runs: dict) -> None:
    """One build of ours (its hook timed) and one of the peer, added to `runs`."""
    # Each build starts without a site, as the first did: the peer's languages, built side by side,
    # would otherwise race to empty the same folders (ours builds them aside, then moves them in).
    for site in (project / "site", work / label / "peer" / "site"):
        shutil.rmtree(site, ignore_errors=True)
    print(f"[{label}] mkdocs build (ours) {turn + 1}/{repeat} ...", file=sys.stderr, flush=True)
    with tempfile.TemporaryDirectory() as times:
        ours = run_measured([str(BIN / "mkdocs"), "build", "-q"], project, env={**ENV, "HOOK_TIMES_DIR": times})
        ours["hook_events_cpu_s"] = hook_cpu(Path(times))
    if ours["returncode"] != 0:
        raise SystemExit(f"[{label}] mkdocs build failed:\n{ours['stderr']}")
    print(f"[{label}] plain MkDocs + Material (peer) {turn + 1}/{repeat} ...", file=sys.stderr, flush=True)
    peer = run_measured([sys.executable, "-c", PEER_DRIVER, *peer_info["configs"]], work / label / "peer")
    if peer["returncode"] != 0:
        raise SystemExit(f"[{label}] peer build failed:\n{peer['stderr']}")
    runs["ours"].append(ours)
    runs["peer"].append(peer)


_ARTICLE = re.compile(r'<article class="md-content__inner md-typeset">.*?</article>', re.S)


def differing_articles(ours: Path, peer: Path) -> list[str]:
    """The Markdown pages whose article (the page's own content: what the hook generates or puts back after
    Markdown) is not the same in both sites. The rest of a page may differ: ours marks an error's category
    in the navigation and adds a content security policy; the 404 pages, a theme template, link to each
    language's own address, which only ours sets."""
    differ = []
    for page in sorted(p for p in ours.rglob("*.html") if p.name != "404.html"):
        relative = page.relative_to(ours)
        other = peer / relative
        mine = _ARTICLE.findall(page.read_text(encoding="utf-8"))
        if not other.exists() or mine != _ARTICLE.findall(other.read_text(encoding="utf-8")):
            differ.append(str(relative))
    return differ


def measure_case(work: Path, label: str, size: int | None, seed: int, repeat: int) -> tuple[dict, Path]:
    print(f"[{label}] preparing ...", file=sys.stderr, flush=True)
    started = time.perf_counter()
    project = copy_project(work / label / "project", ROOT / "catalog" if size is None else None)
    if size is not None:
        write_catalog(size, project / "catalog", seed)
    generate_s = time.perf_counter() - started
    peer_info = prepare_peer(project, work / label / "peer")

    # Ours and the peer take turns, `repeat` times each: this machine's speed drifts by a fifth from one
    # minute to the next, and a drift then weighs on both alike. Each figure is the median of its runs.
    runs: dict[str, list[dict]] = {"ours": [], "peer": []}
    with hook_timed(project):
        for turn in range(repeat):
            _take_turn(label, project, work, peer_info, turn, repeat, runs)
    ours, peer = (_median_run(runs[side]) for side in ("ours", "peer"))
    events_share = statistics.median(run["hook_events_cpu_s"] / run["cpu_s"] for run in runs["ours"])

    from order_errors.catalog.load import load_catalog

    errors = len(load_catalog(project / "catalog").errors) if size is None else size
    hook_s = ours["wall_s"] - peer["wall_s"]
    ours_pages = sum(1 for _ in (project / "site").rglob("*.html"))
    peer_pages = sum(1 for _ in (work / label / "peer" / "site").rglob("*.html"))
    differ = differing_articles(project / "site", work / label / "peer" / "site")
    if differ:
        raise SystemExit(f"[{label}] ours and the peer wrote {len(differ)} page(s) with different content, e.g. {differ[:3]}: "
                         "the peer no longer builds the same pages")
    return {
        "catalog": label,
        "errors": errors,
        "generated_md_pages": peer_info["pages"],
        "html_files": {"ours": ours_pages, "peer": peer_pages},
        "synthetic_generate_s": generate_s if size is not None else None,
        "ours": ours,
        "peer": peer,
        "runs": {side: [{k: run[k] for k in MEASURES + ("hook_events_cpu_s",) if k in run} for run in runs[side]] for side in runs},
        "hook_s": hook_s,
        "hook_share": hook_s / ours["wall_s"],
        # the same in work done rather than time waited: CPU seconds of all processes, ours minus the peer's
        "hook_cpu_share": (ours["cpu_s"] - peer["cpu_s"]) / ours["cpu_s"],
        # measured in the hook itself (HOOK_TIMER): its events' CPU time over all CPU time of the build, median of the runs
        "hook_events_cpu_share": events_share,
        "in_process": {"load_catalog_s": peer_info["load_s"], "site_content_s": peer_info["content_s"]},
        "warnings": {"ours": ours.pop("warnings"), "peer": peer.pop("warnings")},
    }, project


def print_table(figures: dict) -> None:
    rows = figures["builds"]
    print(f"\ncode fingerprint {figures['code']}  (python {figures['python']}, {figures['cpus']} CPUs; "
          f"medians of {len(rows[0]['runs']['ours'])} build(s) each, ours and the peer taking turns)\n")
    header = (f"{'catalog':<10} {'errors':>6} {'md pages':>8}  {'ours s':>8} {'peer s':>8} {'hook s':>8} {'hook %':>7}  "
              f"{'ours cpu':>8} {'peer cpu':>8} {'hook cpu %':>10} {'in hook %':>9}  "
              f"{'ours MB':>13} {'peer MB':>13}  {'load s':>6} {'content s (en/es/pt)':>22}")
    print(header)
    print("-" * len(header))
    for r in rows:
        content = "/".join(f"{r['in_process']['site_content_s'][lang]:.1f}" for lang in LANGS)
        print(f"{r['catalog']:<10} {r['errors']:>6} {r['generated_md_pages']:>8}  {r['ours']['wall_s']:>8.1f} {r['peer']['wall_s']:>8.1f} "
              f"{r['hook_s']:>8.1f} {100 * r['hook_share']:>6.1f}%  "
              f"{r['ours']['cpu_s']:>8.1f} {r['peer']['cpu_s']:>8.1f} {100 * r['hook_cpu_share']:>9.1f}% {100 * r['hook_events_cpu_share']:>8.1f}%  "
              f"{r['ours']['peak_mb']:>5.0f} / {r['ours']['tree_peak_mb']:>5.0f} "
              f"{r['peer']['peak_mb']:>5.0f} / {r['peer']['tree_peak_mb']:>5.0f}  "
              f"{r['in_process']['load_catalog_s']:>6.1f} {content:>22}")
    print("\nours = `mkdocs build -q` (3 languages, hook included); peer = plain MkDocs + Material over the same pre-rendered pages,\n"
          "its languages laid out as the hook lays them out; hook = ours - peer, in wall time and in CPU time of all\n"
          "processes; in hook = CPU time inside the hook (its events and its import, all processes) / all CPU time of ours;\n"
          "MB = largest single process / whole process tree;\n"
          "load/content = load_catalog and SiteContent.build (per language) timed in this process, once.")
    largest = max(rows, key=lambda r: r["errors"])
    print(f"\ntargets, at {largest['errors']} errors:")
    print(f"  build under {BUILD_TARGET_S} s: {largest['ours']['wall_s']:.1f} s -> {'meets' if largest['ours']['wall_s'] < BUILD_TARGET_S else 'MISSES'}"
          + ("" if largest["errors"] >= 10_000 else "  (the target is stated for 10,000 errors)"))
    print(f"  hook's own work under {100 * HOOK_SHARE_TARGET:.0f}%: {100 * largest['hook_share']:.1f}% of the wall time -> "
          f"{'meets' if largest['hook_share'] < HOOK_SHARE_TARGET else 'MISSES'}; "
          f"{100 * largest['hook_cpu_share']:.1f}% of the CPU time -> {'meets' if largest['hook_cpu_share'] < HOOK_SHARE_TARGET else 'MISSES'}; "
          f"measured inside the hook, {100 * largest['hook_events_cpu_share']:.1f}% of the CPU time -> "
          f"{'meets' if largest['hook_events_cpu_share'] < HOOK_SHARE_TARGET else 'MISSES'}")
    serve = figures.get("serve")
    if serve:
        if serve.get("error"):
            print(f"  serve: {serve['error']}")
        else:
            page = [e["page_s"] for e in serve["edits"]]
            whole = [e["all_languages_s"] for e in serve["edits"]]
            fmt = ", ".join(f"{v:.2f}" if v is not None else "timeout" for v in page)
            fmt_all = ", ".join(f"{v:.2f}" if v is not None else "timeout" for v in whole)
            worst = max((v for v in page if v is not None), default=None)
            verdict = "meets" if worst is not None and None not in page and worst < SERVE_TARGET_S else "MISSES"
            print(f"  serve (real catalog, {serve['entry']}): changed English title served after {fmt} s -> {verdict} the {SERVE_TARGET_S:.0f} s target;"
                  f"\n    whole rebuild (es/pt included) served after {fmt_all} s; first start served the page after {serve['startup_s']:.1f} s")
    profile = figures.get("profile")
    if profile:
        print(f"\nprofile of the {profile['catalog']} build ({profile['wall_s']:.1f} s under cProfile, {profile['file']}), by cumulative time:")
        print(f"  {'cumtime s':>9} {'tottime s':>9} {'ncalls':>10}  function")
        for row in profile["top"]:
            print(f"  {row['cumtime_s']:>9.1f} {row['tottime_s']:>9.1f} {row['ncalls']:>10}  {row['function']}")
        print("  the project's own code (src/order_errors, hooks), by cumulative time:")
        for row in profile["own"]:
            print(f"  {row['cumtime_s']:>9.1f} {row['tottime_s']:>9.1f} {row['ncalls']:>10}  {row['function']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="*", default=[1000, 10_000], help="synthetic catalog sizes (default: 1000 10000)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, help="also write the figures as JSON here")
    parser.add_argument("--no-serve", action="store_true", help="skip the `mkdocs serve` measurement")
    parser.add_argument("--profile", type=Path, metavar="FILE", help="also profile the largest synthetic build into FILE")
    parser.add_argument("--repeat", type=int, default=1, help="builds of ours and of the peer, taking turns (default 1)")
    parser.add_argument("--keep", type=Path, metavar="DIR", help="build in DIR (created) and keep it, instead of a temporary folder")
    args = parser.parse_args()

    figures: dict = {"code": code_fingerprint(), "python": sys.version.split()[0], "cpus": os.cpu_count(), "builds": []}
    work_ctx = tempfile.TemporaryDirectory(prefix="build-bench-") if args.keep is None else None
    work = Path(work_ctx.name) if work_ctx else args.keep
    work.mkdir(parents=True, exist_ok=True)
    try:
        real, real_project = measure_case(work, "real", None, args.seed, args.repeat)
        figures["builds"].append(real)
        if not args.no_serve:
            print("[real] mkdocs serve ...", file=sys.stderr, flush=True)
            figures["serve"] = measure_serve(real_project)
        largest = None
        for size in args.sizes:
            row, project = measure_case(work, f"synthetic-{size}", size, args.seed, args.repeat)
            figures["builds"].append(row)
            largest = (size, project) if largest is None or size > largest[0] else largest
        if args.profile and largest:
            print(f"[synthetic-{largest[0]}] profiling mkdocs build ...", file=sys.stderr, flush=True)
            shutil.rmtree(largest[1] / "site", ignore_errors=True)
            figures["profile"] = {"catalog": f"synthetic-{largest[0]}", **profile_build(largest[1], args.profile.resolve())}
    finally:
        if work_ctx:
            work_ctx.cleanup()
    print_table(figures)
    if args.out:
        args.out.write_text(json.dumps(figures, indent=1, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()
