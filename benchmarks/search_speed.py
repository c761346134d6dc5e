"""Search speed and size in headless Chromium: ours, Material's built-in search and Pagefind, same pages, same run.

For the real catalog and synthetic catalogs of the given sizes (benchmarks/make_catalog.py), builds our
site and the peer (the same generated pages with Material's search plugin and header), indexes the
peer's HTML with Pagefind (from npm), serves all three on localhost, and measures in the English site:
- bytes the page downloads for search (raw, and gzip as a server would send them);
- time from the start of navigation until a query can be answered (ours: the messages are loaded;
  "full": the text index too; Material: its worker has built its index; Pagefind: init() returned);
- query latency, median and p95, over pasted-message queries made from the catalog's messages.

    .venv/bin/python benchmarks/search_speed.py [--sizes 1000 10000] [--queries 200] [--out FILE]
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parent))
from search_quality import CHROMIUM_ARGS, ROOT, build_project, copy_project, serve  # noqa: E402

OURS_READY = """async () => {
  await window.orderErrorsSearch();
  const first = performance.now();
  await window.orderErrorsSearch.ready;
  return {first: first, full: performance.now()};
}"""
OURS_QUERY = """async (queries) => {
  const matcher = await window.orderErrorsSearch.ready;
  return queries.map(q => { const t = performance.now(); matcher.search(q, 10, 'en'); return performance.now() - t; });
}"""
MATERIAL_READY = """async () => {
  while (document.querySelector('.md-search-result__meta').textContent.includes('Initializing'))
    await new Promise(r => setTimeout(r, 5));
  return {first: performance.now(), full: performance.now()};
}"""
PAGEFIND_READY = """async () => {
  window.pf = await import('/pagefind/pagefind.js');
  await window.pf.init();
  await window.pf.search('warmup');
  return {first: performance.now(), full: performance.now()};
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
    from order_errors.load import load_catalog
    from order_errors.template import parse

    rng = random.Random(7)
    templates = [t for e in load_catalog(catalog).errors.values() for m in e.messages for t in m.templates]
    chosen = rng.sample(templates, min(count, len(templates)))
    out = []
    for i, template in enumerate(chosen):
        text = parse(template).fill({name: str(rng.randint(1000, 99999)) for name in parse(template).placeholders})
        out.append(f"Erro na integração do pedido {rng.randint(10**12, 10**13)}-01: {text}" if i % 2 else text)
    return out


def measure(browser, site: Path, url: str, ready: str, query: str | None, queries: list[str],
            search_paths: tuple[str, ...]) -> dict:
    """Sizes are those of the files the page asked for, read from the site (a browser does not hand
    a test the body of a 30 MB response)."""
    page = browser.new_page()
    bodies: dict[str, bytes] = {}

    def keep(request):
        path = request.url.split("://", 1)[1].split("/", 1)[1].split("?")[0]
        if any(part in path for part in search_paths) and (site / path).is_file():
            bodies[path] = (site / path).read_bytes()

    page.on("request", keep)
    page.goto(url + "/", wait_until="domcontentloaded")  # times below count from navigation start
    times = page.evaluate(ready)
    if query:
        latencies = page.evaluate(query, queries)
    else:  # Material: type each query and wait for the settled result list
        from search_quality import TYPE_AND_READ

        latencies = [page.evaluate(TYPE_AND_READ, [q, 60])["ms"] for q in queries]
    page.wait_for_timeout(200)
    page.close()
    return {
        "ready_ms": times["first"], "full_ms": times["full"],
        "latency_ms": {"median": statistics.median(latencies), "p95": sorted(latencies)[int(0.95 * (len(latencies) - 1))]},
        "bytes": {"raw": sum(map(len, bodies.values())), "gzip": sum(len(gzip.compress(b, 6)) for b in bodies.values()),
                  "files": len(bodies)},
    }


def run_size(label: str, catalog: Path, query_count: int, browser) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        ours, peer = copy_project(work, catalog, False), copy_project(work, catalog, True)
        build_ours, build_peer = build_project(ours), build_project(peer)
        subprocess.run(["npx", "--yes", "pagefind@1.6.0", "--site", str(peer / "site"), "--output-subdir", "pagefind"],
                       check=True, capture_output=True, cwd=ROOT)
        queries = pasted_queries(catalog, query_count)
        servers = []
        results = {"size": label, "build_s": {"ours": build_ours, "material": build_peer}}
        for name, site, ready, query, paths in (
            ("ours", ours / "site", OURS_READY, OURS_QUERY, ("search/", "javascripts/")),
            ("material", peer / "site", MATERIAL_READY, None, ("search/search_index.json", "workers/search")),
            ("pagefind", peer / "site", PAGEFIND_READY, PAGEFIND_QUERY, ("pagefind/",)),
        ):
            server, url = serve(site)
            servers.append(server)
            results[name] = measure(browser, site, url, ready, query, queries, paths)
        for server in servers:
            server.shutdown()
        return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="*", default=[1000, 10000])
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()

    figures = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        figures.append(run_size(f"real ({len(list((ROOT / 'catalog' / 'errors').rglob('*.yaml')))})", ROOT / "catalog", args.queries, browser))
        for size in args.sizes:
            with tempfile.TemporaryDirectory() as tmp:
                catalog = Path(tmp) / "catalog"
                subprocess.run([sys.executable, str(ROOT / "benchmarks" / "make_catalog.py"), str(size), str(catalog)],
                               check=True, capture_output=True)
                figures.append(run_size(str(size), catalog, args.queries, browser))
        browser.close()

    print(f"{'catalog':>12} {'engine':>9} {'download raw':>13} {'gzip':>10} {'ready ms':>9} {'full ms':>8} {'median ms':>10} {'p95 ms':>7}")
    for row in figures:
        for engine in ("ours", "material", "pagefind"):
            f = row[engine]
            print(f"{row['size']:>12} {engine:>9} {f['bytes']['raw']:>13,} {f['bytes']['gzip']:>10,} {f['ready_ms']:>9.0f} "
                  f"{f['full_ms']:>8.0f} {f['latency_ms']['median']:>10.2f} {f['latency_ms']['p95']:>7.2f}")
        ratio = row["ours"]["bytes"]["gzip"] / row["material"]["bytes"]["gzip"]
        print(f"{row['size']:>12} ours/Material search download (gzip): {ratio:.2f}")
    if args.out:
        args.out.write_text(json.dumps(figures, indent=1))


if __name__ == "__main__":
    main()
