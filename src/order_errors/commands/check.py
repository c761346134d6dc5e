"""`order-errors check [CATALOG]`: validate a catalog, one `path:line:column: error: ...` line per problem."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from order_errors.catalog.load import load_catalog
from order_errors.catalog.problems import CatalogInvalid


def add_parser(commands) -> None:
    check = commands.add_parser("check", help="validate the catalog; print path:line:column: problems")
    check.add_argument("catalog", nargs="?", type=Path, default=Path("catalog"), help="catalog folder (default: catalog)")
    check.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    try:
        catalog = load_catalog(args.catalog)
    except CatalogInvalid as invalid:
        for problem in invalid.problems:
            print(problem)
        count = len(invalid.problems)
        print(f"{count} problem{'s' if count != 1 else ''} found in {args.catalog}", file=sys.stderr)
        return 1
    print(
        f"{args.catalog}: {len(catalog.errors)} errors, {len(catalog.marketplaces)} marketplaces, "
        f"{len(catalog.categories)} categories: OK"
    )
    return 0
