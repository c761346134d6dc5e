"""Write a synthetic but realistic catalog of N errors, laid out like `catalog/`, for scale benchmarks.

    .venv/bin/python benchmarks/make_catalog.py N OUT_DIR [--seed S] [--queries FILE]

OUT_DIR gets the real hub, marketplaces, categories and schemas (so every slug is real), the help-center
articles that lead to those pages, and errors/<category>/<id>.yaml for N generated errors: messages in the
language their marketplace emits (some in two or three languages, some with a variant spelling and an example),
every reader-facing text in en, es and pt. The same N and seed always give the same files, and
`order-errors check OUT_DIR` passes.

--queries FILE also writes pasted-message queries made from the generated messages with realistic values,
half of them wrapped in log text: one JSON object per line, {"query", "expect_ids", "kind": filled|wrapped},
about one per 10 errors and at least 200.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import make_queries, write_catalog, write_queries  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("n", type=int, help="how many errors")
    parser.add_argument("out", type=Path, help="catalog folder to create (must be absent or empty)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default: 1)")
    parser.add_argument("--queries", type=Path, metavar="FILE", help="also write pasted-message queries (JSON lines) here")
    args = parser.parse_args(argv)
    if args.n < 1:
        parser.error("N must be at least 1")
    started = time.perf_counter()
    try:
        entries = write_catalog(args.n, args.out, args.seed)
    except FileExistsError as error:
        parser.error(str(error))
    print(f"{args.out}: {len(entries)} errors in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    if args.queries:
        queries = make_queries(entries, args.seed)
        write_queries(queries, args.queries)
        print(f"{args.queries}: {len(queries)} queries", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
