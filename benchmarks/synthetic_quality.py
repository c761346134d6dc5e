"""Search quality and speed of the Python matcher on synthetic catalogs of growing size.

For each size N, writes a synthetic catalog (make_catalog.py's generator) and its pasted-message queries into a
temporary folder, loads it, builds the search data, and asks `Matcher.search` every query. A hit is the expected
entry ranked first (recall@1; target >= 0.99).

    .venv/bin/python benchmarks/synthetic_quality.py 100 1000 10000 [--seed S] [--out FILE] [--failures K]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import code_fingerprint, percentile  # noqa: E402
from order_errors.catalog.load import load_catalog  # noqa: E402
from order_errors.search import data as search_data  # noqa: E402
from order_errors.search.matcher import Matcher  # noqa: E402
from synthetic import make_queries, write_catalog  # noqa: E402


def measure(n: int, seed: int, show_failures: int) -> dict:
    with tempfile.TemporaryDirectory(prefix=f"synthetic-{n}-") as tmp:
        folder = Path(tmp) / "catalog"
        started = time.perf_counter()
        entries = write_catalog(n, folder, seed)
        queries = make_queries(entries, seed)
        generate_s = time.perf_counter() - started

        started = time.perf_counter()
        catalog = load_catalog(folder)
        load_s = time.perf_counter() - started

    started = time.perf_counter()
    data = search_data.build_search_data(catalog)
    search_data_s = time.perf_counter() - started
    size = len(json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode())

    # The matcher as `order-errors explain` builds it: with the English site's full-text index when the
    # project has one separate from the search data (search_data.build_text_index), else from the data alone.
    text_index, text_index_s = None, 0.0
    if hasattr(search_data, "build_text_index"):
        started = time.perf_counter()
        text_index = search_data.build_text_index(catalog, "en")
        text_index_s = time.perf_counter() - started
    started = time.perf_counter()
    matcher = Matcher(data, text_index) if text_index is not None else Matcher(data)
    matcher_s = time.perf_counter() - started

    times, ranks, failures = [], [], []
    by_kind: dict[str, list[int | None]] = {}
    for query in queries:
        started = time.perf_counter()
        results = matcher.search(query["query"])
        times.append(time.perf_counter() - started)
        ids = [r.id for r in results]
        rank = next((i + 1 for i, found in enumerate(ids) if found in query["expect_ids"]), None)
        ranks.append(rank)
        by_kind.setdefault(query["kind"], []).append(rank)
        if rank != 1:
            failures.append({"query": query["query"], "expected": query["expect_ids"][0], "rank": rank,
                             "got": [(r.id, r.tier, round(r.score, 3)) for r in results[:3]]})

    templates = len(data["templates"]["source"])
    return {
        "errors": len(catalog.errors),
        "templates": templates,
        "queries": len(queries),
        "recall@1": sum(r == 1 for r in ranks) / len(ranks),
        "recall@3": sum(r is not None and r <= 3 for r in ranks) / len(ranks),
        "recall@1_by_kind": {k: sum(r == 1 for r in v) / len(v) for k, v in sorted(by_kind.items())},
        "generate_s": generate_s,
        "load_s": load_s,
        "search_data_s": search_data_s,
        "search_data_bytes": size,
        "text_index_s": text_index_s,
        "matcher_init_s": matcher_s,
        "query_ms": {"median": statistics.median(times) * 1000, "p95": percentile(times, 95) * 1000, "max": max(times) * 1000},
        "failures": failures[:show_failures],
        "failure_count": len(failures),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sizes", type=int, nargs="+", help="catalog sizes (numbers of errors)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, help="also write the figures as JSON here")
    parser.add_argument("--failures", type=int, default=5, help="how many missed queries to print per size (default: 5)")
    args = parser.parse_args()

    rows = []
    fingerprint = code_fingerprint()
    for n in args.sizes:
        print(f"N={n}: generating, loading, indexing, querying ...", file=sys.stderr, flush=True)
        rows.append({"code": fingerprint, **measure(n, args.seed, args.failures)})

    print(f"\n{'errors':>7} {'templates':>9} {'queries':>7} {'r@1':>6} {'r@3':>6} {'filled':>6} {'wrapped':>7}  "
          f"{'load s':>7} {'search data s':>13} {'data MB':>7} {'text index s':>12} {'matcher s':>9}  {'query ms median':>15} {'p95':>7} {'max':>7}")
    for row in rows:
        kinds = row["recall@1_by_kind"]
        print(f"{row['errors']:>7} {row['templates']:>9} {row['queries']:>7} {row['recall@1']:>6.3f} {row['recall@3']:>6.3f} "
              f"{kinds.get('filled', float('nan')):>6.3f} {kinds.get('wrapped', float('nan')):>7.3f}  "
              f"{row['load_s']:>7.2f} {row['search_data_s']:>13.2f} {row['search_data_bytes'] / 1e6:>7.1f} {row['text_index_s']:>12.2f} {row['matcher_init_s']:>9.2f}  "
              f"{row['query_ms']['median']:>15.1f} {row['query_ms']['p95']:>7.1f} {row['query_ms']['max']:>7.1f}")
    print(f"\ncode fingerprint {fingerprint} (src/, hooks/, docs/, mkdocs.yml); target: recall@1 >= 0.99")
    for row in rows:
        verdict = "meets" if row["recall@1"] >= 0.99 else "MISSES"
        print(f"  N={row['errors']}: recall@1 {row['recall@1']:.3f} {verdict} the target ({row['failure_count']} of {row['queries']} missed)")
        for failure in row["failures"]:
            print(f"    expected {failure['expected']} (rank {failure['rank']}), got {failure['got']}\n      query: {failure['query']}")
    if args.out:
        args.out.write_text(json.dumps(rows, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
