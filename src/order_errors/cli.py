"""`order-errors`: the catalog from the terminal."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from order_errors.load import CatalogInvalid, load_catalog


def _check(args: argparse.Namespace) -> int:
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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="order-errors", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    check = commands.add_parser("check", help="validate the catalog; print path:line:column: problems")
    check.add_argument("catalog", nargs="?", type=Path, default=Path("catalog"), help="catalog folder (default: catalog)")
    check.set_defaults(run=_check)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
