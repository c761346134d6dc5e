"""`order-errors schema`: write the catalog's JSON Schemas from the models (or `--check` them)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from order_errors.catalog.schema import SCHEMAS, out_of_date, write


def add_parser(commands) -> None:
    schema = commands.add_parser("schema", help="write the catalog's JSON Schemas from the models (or --check them)")
    schema.add_argument("--check", action="store_true", help="write nothing; exit 1 naming the files that are out of date")
    schema.add_argument("--out", type=Path, default=Path("catalog/schemas"), help="folder of the schemas (default: catalog/schemas)")
    schema.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.check:
        stale = out_of_date(args.out)
        for path in stale:
            print(f"{path}: out of date with the models in src/order_errors/core/model.py", file=sys.stderr)
        if stale:
            print("run `order-errors schema` to regenerate the JSON Schemas", file=sys.stderr)
            return 1
        print(f"{args.out}: {len(SCHEMAS)} schemas up to date")
        return 0
    changed = write(args.out)
    for path in changed:
        print(f"wrote {path}")
    if not changed:
        print(f"{args.out}: {len(SCHEMAS)} schemas already up to date")
    return 0
