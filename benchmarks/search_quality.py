"""Search quality, latency and size: our header box against Material's built-in search, same pages, same run.

Builds the real site twice into a temporary folder (ours; and the same generated pages with
Material's own search plugin and header), serves both on localhost, and types every query into
each site's header box in headless Chromium. A query is answered when the first result is the
entry whose messages include the expected message.

    .venv/bin/python benchmarks/search_quality.py [--queries FILE ...] [--out FILE]
    .venv/bin/python benchmarks/search_quality.py --terminal   # the Python matcher only, no build or browser

Both also report, per language, the share of described problems answered right first and in the
first three; the terminal run also how sure the answers say they are (`match`): how many texts from
outside the catalog (benchmarks/queries/outside.jsonl) got an exact or partial answer (the target is
none), and how the right answers to pasted and described queries are labelled.
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import ROOT, build_project, launch_chromium, percentile, search_projects, serve  # noqa: E402

QUERIES = ROOT / "benchmarks" / "queries"
# dev-queries.jsonl: the reference's pasted messages (see queries/README.md); the others are our own.
# described-heldout*.jsonl: described problems written by someone who saw the catalog but neither the
# ranking nor the other queries, each set reported apart (benchmarks/queries/README.md says how each was used since).
HELD_OUT_PREFIX = "described-heldout"
DEFAULT_QUERIES = [QUERIES / name for name in ("dev-queries.jsonl", "pasted.jsonl", "described.jsonl",
                                               "described-en.jsonl", "described-es.jsonl", "described-pt.jsonl")] + \
                  sorted(QUERIES.glob(f"{HELD_OUT_PREFIX}*.jsonl"))
OUTSIDE_QUERIES = QUERIES / "outside.jsonl"

# Types a query into the header box and waits until the result list has stopped changing;
# returns the result paths in order and the milliseconds from the keystroke to the settled list.
TYPE_AND_READ = """
async ([query, settleMs]) => {
  const input = document.querySelector('.md-search__input');
  const list = document.querySelector('.md-search-result__list');
  input.focus();
  input.value = '';
  input.dispatchEvent(new Event('input', {bubbles: true}));
  input.dispatchEvent(new KeyboardEvent('keyup', {bubbles: true, key: 'End'}));
  await new Promise(r => setTimeout(r, settleMs));
  let last = performance.now();
  const observer = new MutationObserver(() => { last = performance.now(); });
  observer.observe(list.parentNode, {childList: true, subtree: true, characterData: true});
  const start = performance.now();
  input.value = query;
  input.dispatchEvent(new Event('input', {bubbles: true}));
  input.dispatchEvent(new KeyboardEvent('keyup', {bubbles: true, key: 'End'}));
  while (performance.now() - Math.max(last, start) < settleMs) { await new Promise(r => setTimeout(r, 5)); }
  observer.disconnect();
  const links = Array.from(list.querySelectorAll('a')).map(a => new URL(a.href, location.href).pathname);
  return {links: links, ms: Math.max(0, last - start)};
}
"""


def load_queries(paths: list[Path], catalog) -> list[dict]:
    from support.reference import entries_matching  # tests/ is on the path (common.py)

    queries = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            expected = item.get("expect_ids") or entries_matching(catalog, item["expect_message"])
            lang = item.get("lang", "en") if item["kind"] == "described" else "en"
            queries.append({"query": item["query"], "expect": expected, "kind": item["kind"], "set": path.stem, "lang": lang})
    return queries


def run_queries(browser, url: str, queries: list[dict], ready: str, settle_ms: int) -> list[dict]:
    """Each query is typed on the home page of its language's site (an agent who describes a
    problem in Portuguese uses the Portuguese site); pasted messages on the English one."""
    pages = {}
    out = []
    for query in queries:
        prefix = "" if query["lang"] == "en" else query["lang"] + "/"
        if prefix not in pages:
            pages[prefix] = browser.new_page()
            pages[prefix].goto(f"{url}/{prefix}")
            pages[prefix].evaluate(ready)  # not wait_for_function: the pages' CSP forbids its eval
        result = pages[prefix].evaluate(TYPE_AND_READ, [query["query"], settle_ms])
        result["links"] = [link.removeprefix("/" + prefix) if prefix else link for link in result["links"]]
        result["links"] = ["/" + link.lstrip("/") for link in result["links"]]
        out.append(result)
    for page in pages.values():
        page.close()
    return out


def score(queries: list[dict], results: list[dict]) -> dict:
    groups: dict[str, list[tuple[int | None, bool]]] = defaultdict(list)
    for query, result in zip(queries, results):
        wanted = {f"/errors/{i}/" for i in query["expect"]}
        errors = [link for link in result["links"]]
        rank = next((i + 1 for i, link in enumerate(errors) if link in wanted), None)
        for key in ("all", f"{query['set']}", f"{query['set']}/{query['kind']}"):
            groups[key].append((rank, not result["links"]))
    table = {}
    for key, ranks in sorted(groups.items()):
        n = len(ranks)
        table[key] = {
            "n": n,
            "recall@1": sum(r == 1 for r, _ in ranks) / n,
            "recall@3": sum(r is not None and r <= 3 for r, _ in ranks) / n,
            "recall@5": sum(r is not None and r <= 5 for r, _ in ranks) / n,
            "mrr": sum(1 / r for r, _ in ranks if r) / n,
            "no_result": sum(empty for _, empty in ranks) / n,
        }
    return table


def sizes(site: Path, files: list[str]) -> dict:
    raw = sum((site / f).stat().st_size for f in files)
    zipped = sum(len(gzip.compress((site / f).read_bytes(), 9)) for f in files)
    return {"files": files, "raw": raw, "gzip": zipped}


# -- how sure, per language, in the terminal (this task's additions) ---------------------------------


def terminal_answers(queries: list[dict], catalog) -> list[dict]:
    """Each query answered by the Python matcher of its language's site, as `run_queries` answers in
    the browser: the result paths, and each result's `match`."""
    from order_errors.search.data import load_matcher

    matchers = {}
    out = []
    for query in queries:
        lang = query["lang"]
        if lang not in matchers:
            matchers[lang] = load_matcher(catalog, lang)
        started = time.perf_counter()
        results = matchers[lang].search(query["query"])
        ms = (time.perf_counter() - started) * 1000
        links = ["/" + r.url.removeprefix("/" if lang == "en" else f"/{lang}/").lstrip("/") for r in results]
        out.append({"links": links, "matches": [r.match.value for r in results], "ms": ms})
    return out


def outside_sure(catalog, path: Path = OUTSIDE_QUERIES) -> dict:
    """Texts from outside the catalog that got an `exact` or `partial` answer, on each language's site."""
    from order_errors.search.data import load_matcher

    texts = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    sure = {}
    for lang in ("en", "es", "pt"):
        matcher = load_matcher(catalog, lang)
        sure[lang] = [t["query"] for t in texts if any(r.match.value != "related" for r in matcher.search(t["query"]))]
    return {"n": len(texts), "sure": sure}


def right_answer_labels(queries: list[dict], answers: list[dict]) -> dict:
    """For each query set, how the first right answer is labelled (exact, partial, related; none when
    no right answer is listed)."""
    table: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for query, answer in zip(queries, answers):
        wanted = {f"/errors/{i}/" for i in query["expect"]}
        label = next((m for link, m in zip(answer["links"], answer["matches"]) if link in wanted), "none")
        table[query["set"]][label] += 1
    return {name: dict(counts) for name, counts in sorted(table.items())}


def recall_by_language(queries: list[dict], answers: list[dict]) -> dict:
    """recall@1 and recall@3 of the described queries, per language; each held-out set's apart."""
    ranks: dict[str, list[int | None]] = defaultdict(list)
    for query, answer in zip(queries, answers):
        if query["kind"] != "described":
            continue
        wanted = {f"/errors/{i}/" for i in query["expect"]}
        held_out = query["set"].removeprefix(HELD_OUT_PREFIX)  # "", "-2", ... for a held-out set
        key = query["lang"] + (f" held-out{held_out.replace('-', ' ')}" if query["set"].startswith(HELD_OUT_PREFIX) else "")
        ranks[key].append(next((i + 1 for i, link in enumerate(answer["links"]) if link in wanted), None))
    return {lang: {"n": len(r), "recall@1": sum(x == 1 for x in r) / len(r), "recall@3": sum(x is not None and x <= 3 for x in r) / len(r)}
            for lang, r in sorted(ranks.items())}


def print_certainty(figures: dict) -> None:
    outside = figures["outside"]
    print(f"\noutside the catalog: {outside['n']} texts; exact or partial answers (target 0): "
          + ", ".join(f"{lang} {len(sure)}" for lang, sure in outside["sure"].items()))
    for lang, sure in outside["sure"].items():
        for text in sure:
            print(f"  {lang}: {text}")
    print("right answers labelled:")
    for name, counts in figures["labels"].items():
        print(f"  {name:22} " + ", ".join(f"{label} {n}" for label, n in sorted(counts.items())))


def print_recall_by_language(recall: dict, who: str) -> None:
    print(f"\n{who}: described problems by language")
    for lang, row in recall.items():
        print(f"  {lang}: n {row['n']:>3}  r@1 {row['recall@1']:.3f}  r@3 {row['recall@3']:.3f}")


def terminal_main(args) -> None:
    from order_errors.catalog.load import load_catalog

    catalog = load_catalog(ROOT / "catalog")
    queries = load_queries(args.queries, catalog)
    answers = terminal_answers(queries, catalog)
    figures = {"queries": len(queries), "quality": score(queries, answers), "by_language": recall_by_language(queries, answers),
               "outside": outside_sure(catalog), "labels": right_answer_labels(queries, answers)}
    print(f"terminal (Python matcher): {len(queries)} queries; a hit = a right entry's page first\n")
    print(f"{'set/kind':28} {'n':>4}  {'r@1':>6} {'r@3':>5} {'r@5':>5} {'MRR':>5} {'none':>5}")
    for key, row in figures["quality"].items():
        print(f"{key:28} {row['n']:>4}  {row['recall@1']:>6.3f} {row['recall@3']:>5.2f} {row['recall@5']:>5.2f} "
              f"{row['mrr']:>5.2f} {row['no_result']:>5.2f}")
    print_recall_by_language(figures["by_language"], "terminal")
    print_certainty(figures)
    if args.out:
        args.out.write_text(json.dumps(figures, indent=1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--queries", type=Path, nargs="*", default=DEFAULT_QUERIES)
    parser.add_argument("--terminal", action="store_true", help="the Python matcher only (no build, no browser), with how sure its answers are")
    parser.add_argument("--out", type=Path, help="also write the figures as JSON here")
    args = parser.parse_args()
    if args.terminal:
        terminal_main(args)
        return

    from order_errors.catalog.load import load_catalog

    queries = load_queries(args.queries, load_catalog(ROOT / "catalog"))
    with tempfile.TemporaryDirectory() as tmp:
        ours_project, peer_project = search_projects(Path(tmp), ROOT / "catalog")
        build_project(ours_project)
        build_project(peer_project)
        ours_site, peer_site = ours_project / "site", peer_project / "site"
        ours_server, ours_url = serve(ours_site)
        peer_server, peer_url = serve(peer_site)
        with sync_playwright() as playwright:
            browser = launch_chromium(playwright)
            ours = run_queries(browser, ours_url, queries, "() => window.orderErrorsSearch.ready.then(() => true)", 30)
            peer = run_queries(browser, peer_url, queries,
                               "async () => { while (document.querySelector('.md-search-result__meta').textContent.includes('Initializing'))"
                               " await new Promise(r => setTimeout(r, 50)); return true; }", 120)
            browser.close()
        ours_server.shutdown()
        peer_server.shutdown()
        worker = next(p.relative_to(peer_site) for p in (peer_site / "assets/javascripts/workers").glob("search.*.min.js"))
        figures = {
            "queries": len(queries),
            "ours": {"quality": score(queries, ours), "by_language": recall_by_language(queries, ours),
                     "latency_ms": {"median": statistics.median(r["ms"] for r in ours), "p95": percentile([r["ms"] for r in ours], 95)},
                     "data": sizes(ours_site, ["search/order-errors.json", "search/text-index.json"]),
                     "first_download": sizes(ours_site, ["search/order-errors.json"]),
                     "code": sizes(ours_site, ["assets/javascripts/lunr.js", "javascripts/matcher.js", "javascripts/search-ui.js"])},
            "material": {"quality": score(queries, peer),
                         "latency_ms": {"median": statistics.median(r["ms"] for r in peer), "p95": percentile([r["ms"] for r in peer], 95)},
                         "data": sizes(peer_site, ["search/search_index.json"]),
                         "code": sizes(peer_site, [str(worker)])},
        }

    print(f"{len(queries)} queries; a hit = the expected entry's page first\n")
    print(f"{'set/kind':28} {'n':>4}  {'ours r@1':>8} {'r@3':>5} {'r@5':>5} {'MRR':>5} {'none':>5}   "
          f"{'Material r@1':>12} {'r@3':>5} {'r@5':>5} {'MRR':>5} {'none':>5}")
    for key, row in figures["ours"]["quality"].items():
        peer_row = figures["material"]["quality"][key]
        print(f"{key:28} {row['n']:>4}  {row['recall@1']:>8.3f} {row['recall@3']:>5.2f} {row['recall@5']:>5.2f} "
              f"{row['mrr']:>5.2f} {row['no_result']:>5.2f}   {peer_row['recall@1']:>12.3f} {peer_row['recall@3']:>5.2f} "
              f"{peer_row['recall@5']:>5.2f} {peer_row['mrr']:>5.2f} {peer_row['no_result']:>5.2f}")
    for name in ("ours", "material"):
        f = figures[name]
        print(f"\n{name}: latency median {f['latency_ms']['median']:.1f} ms, p95 {f['latency_ms']['p95']:.1f} ms (keystroke to settled list)")
        print(f"{name}: search data {f['data']['raw']:,} B raw, {f['data']['gzip']:,} B gzip; code {f['code']['raw']:,} B raw, {f['code']['gzip']:,} B gzip")
        if "first_download" in f:
            print(f"{name}: of which needed before the first query: {f['first_download']['raw']:,} B raw, {f['first_download']['gzip']:,} B gzip")
    print_recall_by_language(figures["ours"]["by_language"], "ours")
    ratio = figures["ours"]["data"]["gzip"] / figures["material"]["data"]["gzip"]
    print(f"\nsearch data, gzip: ours / Material = {ratio:.2f}")
    if args.out:
        args.out.write_text(json.dumps(figures, indent=1))


if __name__ == "__main__":
    main()
