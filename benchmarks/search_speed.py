"""Search speed and size in headless Chromium: ours, Material's built-in search and Pagefind, same pages, same run.

For the real catalog and synthetic catalogs of the given sizes (benchmarks/make_catalog.py), builds our
site and the peer (the same generated pages with Material's search plugin and header), indexes the
peer's HTML with Pagefind (from npm), serves all three on localhost, and measures in the English site:
- bytes the page downloads for search (raw, and gzip as a server would send them);
- time from the start of navigation until a query can be answered, as the page records it (ours: the
  messages are loaded and the box is wired; "full": the text index too; Material: its worker has built
  its index; Pagefind, started once the page is parsed: init() and a first search returned), the median
  of 5 page loads;
- query latency, median and p95, over pasted-message queries made from the catalog's messages (Material's
  over the first 40 of them: it takes seconds per query at 10,000 errors).

The pages are served as a static host serves them, text files gzip-compressed (the same server for all
three engines), and each page is loaded once before it is measured, in another browser context (no shared
cache), so that compressing a file for the first time is not counted.

    .venv/bin/python benchmarks/search_speed.py [--sizes 1000 10000] [--queries 200] [--out FILE]
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import ROOT, QuietHandler, build_project, launch_chromium, search_projects, serve  # noqa: E402

COMPRESSED = (".html", ".json", ".js", ".css", ".svg", ".txt")
READY_LOADS = 5  # page loads timed until the first query is possible: one load varies by ±100 ms here
MATERIAL_QUERIES = 40  # the first of the pasted queries, typed into Material's box


class GzipHandler(QuietHandler):
    """Text files gzip-compressed when the browser accepts it (compressed once, then kept)."""

    cache: dict[str, bytes] = {}

    def send_head(self):
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            path = os.path.join(path, "index.html")
        if not (path.endswith(COMPRESSED) and "gzip" in self.headers.get("Accept-Encoding", "") and os.path.isfile(path)):
            return super().send_head()
        if path not in self.cache:
            with open(path, "rb") as f:
                self.cache[path] = gzip.compress(f.read(), 6)
        body = self.cache[path]
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(path))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)


# Each engine: when the first query can be answered, as the page itself records it (ms from navigation start),
# then when all its search data is in (ours: the text index and lunr.js, fetched only for a query no message
# answers; the others: the same). Timed inside the page: an engine ready before the test driver, told of
# DOMContentLoaded, gets to ask would otherwise be timed when it asks (for ours, 50-65 ms late in 9-load medians).
OURS_FIRST = """async () => {
  await window.orderErrorsSearch();
  return performance.getEntriesByName('order-errors:search-ready')[0].startTime;
}"""
OURS_FULL = """async () => { await window.orderErrorsSearch.ready; return performance.now(); }"""
# Material says "Initializing search" until its worker has built the index: watched from the page's start.
MATERIAL_INIT = """(() => {
  const watch = setInterval(() => {
    const meta = document.querySelector('.md-search-result__meta');
    const parsed = document.querySelector('script[src*="bundle"]');  // the header's text is whole by then
    if (meta && parsed && !meta.textContent.includes('Initializing')) {
      window.searchReadyAt = performance.now();
      clearInterval(watch);
    }
  }, 5);
})();"""
# Pagefind as a page would start it: once the page is parsed.
PAGEFIND_INIT = """document.addEventListener('DOMContentLoaded', async () => {
  window.pf = await import('/pagefind/pagefind.js');
  await window.pf.init();
  await window.pf.search('warmup');
  window.searchReadyAt = performance.now();
});"""
PEER_FIRST = """async () => {
  while (window.searchReadyAt === undefined) await new Promise(r => setTimeout(r, 5));
  return window.searchReadyAt;
}"""
OURS_QUERY = """async (queries) => {
  const matcher = await window.orderErrorsSearch.ready;
  return queries.map(q => { const t = performance.now(); matcher.search(q, 10, 'en'); return performance.now() - t; });
}"""
# Material answers in a worker and shows results some time after the keystroke: from typing until the result
# list has changed and then stayed the same for `settleMs` (up to 10 s).
MATERIAL_QUERY = """async ([query, settleMs]) => {
  const input = document.querySelector('.md-search__input');
  const results = document.querySelector('.md-search-result');
  const type = (text) => {
    input.value = text;
    input.dispatchEvent(new Event('input', {bubbles: true}));
    input.dispatchEvent(new KeyboardEvent('keyup', {bubbles: true, key: 'End'}));
  };
  input.focus();
  type('');
  await new Promise(r => setTimeout(r, settleMs));
  let last = null;
  const observer = new MutationObserver(() => { last = performance.now(); });
  observer.observe(results, {childList: true, subtree: true, characterData: true});
  const start = performance.now();
  type(query);
  while (performance.now() - start < 10000 && (last === null || performance.now() - last < settleMs))
    await new Promise(r => setTimeout(r, 5));
  observer.disconnect();
  return last === null ? null : last - start;
}"""
PAGEFIND_QUERY = """async (queries) => {
  const times = [];
  for (const q of queries) {
    const t = performance.now();
    const found = await window.pf.search(q);
    await Promise.all(found.results.slice(0, 5).map(r => r.data()));
    times.push(performance.now() - t);
  }
  return times;
}"""


def pasted_queries(catalog: Path, count: int) -> list[str]:
    """Messages of the catalog with values filled in, half of them inside a log line."""
    from order_errors.catalog.load import load_catalog
    from order_errors.core.template import parse

    rng = random.Random(7)
    templates = [t for e in load_catalog(catalog).errors.values() for m in e.messages for t in m.templates]
    chosen = rng.sample(templates, min(count, len(templates)))
    out = []
    for i, template in enumerate(chosen):
        text = parse(template).fill({name: str(rng.randint(1000, 99999)) for name in parse(template).placeholders})
        out.append(f"Erro na integração do pedido {rng.randint(10**12, 10**13)}-01: {text}" if i % 2 else text)
    return out


def measure(browser, site: Path, url: str, init: str | None, first: str, full: str | None, query: str | None,
            queries: list[str], search_paths: tuple[str, ...]) -> dict:
    """Sizes are those of the files the page asked for, read from the site (a browser does not hand
    a test the body of a 30 MB response)."""
    def load(request_listener=None):  # a fresh page in its own context: an empty cache
        page = browser.new_page()
        if init:
            page.add_init_script(init)
        if request_listener:
            page.on("request", request_listener)
        page.goto(url + "/", wait_until="domcontentloaded")
        return page

    warm = load()
    warm.evaluate(first)
    if full:
        warm.evaluate(full)
    warm.close()
    bodies: dict[str, bytes] = {}

    def keep(request):
        path = request.url.split("://", 1)[1].split("/", 1)[1].split("?")[0]
        if any(part in path for part in search_paths) and (site / path).is_file():
            bodies[path] = (site / path).read_bytes()

    def size(files: dict[str, bytes]) -> dict:
        return {"raw": sum(map(len, files.values())), "gzip": sum(len(gzip.compress(b, 6)) for b in files.values()),
                "files": len(files)}

    page = load(keep)
    ready = page.evaluate(first)
    first_bytes = size(bodies)
    full_ms = page.evaluate(full) if full else ready
    if query:
        latencies = page.evaluate(query, queries)
    else:  # Material: type each query and wait for the settled result list (seconds each at 10,000 errors)
        latencies = [page.evaluate(MATERIAL_QUERY, [q, 60]) for q in queries[:MATERIAL_QUERIES]]
    page.wait_for_timeout(200)
    page.close()
    readies, fulls = [ready], [full_ms]
    for _ in range(READY_LOADS - 1):
        again = load()
        readies.append(again.evaluate(first))
        fulls.append(again.evaluate(full) if full else readies[-1])
        again.close()
    answered = sorted(ms for ms in latencies if ms is not None)
    return {
        "ready_ms": statistics.median(readies), "full_ms": statistics.median(fulls), "ready_runs_ms": readies,
        "latency_ms": {"median": statistics.median(answered) if answered else None,
                       "p95": answered[int(0.95 * (len(answered) - 1))] if answered else None,
                       "unanswered": len(latencies) - len(answered)},
        "bytes": {"first": first_bytes, "all": size(bodies)},
    }


def run_size(label: str, catalog: Path, query_count: int, browser) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        ours, peer = search_projects(work, catalog)
        build_ours, build_peer = build_project(ours), build_project(peer)
        subprocess.run(["npx", "--yes", "pagefind@1.6.0", "--site", str(peer / "site"), "--output-subdir", "pagefind"],
                       check=True, capture_output=True, cwd=ROOT)
        queries = pasted_queries(catalog, query_count)
        servers = []
        results = {"size": label, "build_s": {"ours": build_ours, "material": build_peer}}
        for name, site, init, first, full, query, paths in (
            ("ours", ours / "site", None, OURS_FIRST, OURS_FULL, OURS_QUERY,
             ("search/", "javascripts/matcher.js", "javascripts/search-ui.js", "javascripts/lunr.js")),
            ("material", peer / "site", MATERIAL_INIT, PEER_FIRST, None, None, ("search/search_index.json", "workers/search")),
            ("pagefind", peer / "site", PAGEFIND_INIT, PEER_FIRST, None, PAGEFIND_QUERY, ("pagefind/",)),
        ):
            server, url = serve(site, GzipHandler)
            servers.append(server)
            results[name] = measure(browser, site, url, init, first, full, query, queries, paths)
        for server in servers:
            server.shutdown()
        return results


def print_table(figures: list[dict]) -> None:
    print(f"{'catalog':>12} {'engine':>9} {'first query: raw':>17} {'gzip':>10} {'all: raw':>12} {'gzip':>10} "
          f"{'ready ms':>9} {'full ms':>8} {'median ms':>10} {'p95 ms':>7} {'unanswered':>10}")
    for row in figures:
        for engine in ("ours", "material", "pagefind"):
            f = row[engine]
            first, every = f["bytes"]["first"], f["bytes"]["all"]
            print(f"{row['size']:>12} {engine:>9} {first['raw']:>17,} {first['gzip']:>10,} {every['raw']:>12,} {every['gzip']:>10,} "
                  f"{f['ready_ms']:>9.0f} {f['full_ms']:>8.0f} {f['latency_ms']['median'] or float('nan'):>10.2f} "
                  f"{f['latency_ms']['p95'] or float('nan'):>7.2f} {f['latency_ms']['unanswered']:>10}")
        material = row["material"]["bytes"]["all"]["gzip"]
        print(f"{row['size']:>12} ours/Material search download (gzip): for a pasted message "
              f"{row['ours']['bytes']['first']['gzip'] / material:.2f}, with the text index {row['ours']['bytes']['all']['gzip'] / material:.2f}")
    print(f"\nready = first query possible (ms from navigation start, median of {READY_LOADS} page loads); full = all search data in; "
          "first query = what the page downloads before it (ours: all a pasted message needs).")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="*", default=[1000, 10000])
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()

    figures = []
    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        figures.append(run_size(f"real ({len(list((ROOT / 'catalog' / 'errors').rglob('*.yaml')))})", ROOT / "catalog", args.queries, browser))
        for size in args.sizes:
            with tempfile.TemporaryDirectory() as tmp:
                catalog = Path(tmp) / "catalog"
                subprocess.run([sys.executable, str(ROOT / "benchmarks" / "make_catalog.py"), str(size), str(catalog)],
                               check=True, capture_output=True)
                figures.append(run_size(str(size), catalog, args.queries, browser))
        browser.close()

    print_table(figures)
    if args.out:
        args.out.write_text(json.dumps(figures, indent=1))


if __name__ == "__main__":
    main()
