"""`order-errors`: the catalog from the terminal."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from order_errors.load import CatalogInvalid, load_catalog
from order_errors.model import LANGS


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


def _load_matcher(catalog_dir: Path, lang: str):
    from order_errors.search_data import load_matcher

    return load_matcher(load_catalog(catalog_dir), lang)


def _explain(args: argparse.Namespace) -> int:
    if (args.text is None) == (args.batch is None):
        print("order-errors explain: give the pasted text, or --batch FILE (- for standard input)", file=sys.stderr)
        return 2
    try:
        matcher = _load_matcher(args.catalog, args.lang)
    except CatalogInvalid as invalid:
        print(invalid, file=sys.stderr)
        return 1
    if args.batch is not None:
        stream = sys.stdin if str(args.batch) == "-" else open(args.batch, encoding="utf-8", errors="replace")
        with stream:
            for line in stream:
                line = line.rstrip("\n")
                matches = matcher.search(line, args.limit) if line.strip() else []
                print(json.dumps([m.as_json() for m in matches], ensure_ascii=False))
        return 0
    matches = matcher.search(args.text, args.limit)
    if args.json:
        print(json.dumps([m.as_json() for m in matches], ensure_ascii=False, indent=2))
        return 0
    if not matches:
        print("No entry matches.")
        return 0
    for rank, match in enumerate(matches, start=1):
        print(f"{rank}. {match.title}  [{match.id}, {match.tier}, {match.score:.3f}]")
        if match.messages:
            print(f"   {match.messages[0]}")
        if match.values:
            print("   " + ", ".join(f"{name}={value}" for name, value in match.values.items()))
        print(f"   {match.url}")
    return 0


def _schema(args: argparse.Namespace) -> int:
    from order_errors import schema

    if args.check:
        stale = schema.out_of_date(args.out)
        for path in stale:
            print(f"{path}: out of date with the models in src/order_errors/model.py", file=sys.stderr)
        if stale:
            print("run `order-errors schema` to regenerate the JSON Schemas", file=sys.stderr)
            return 1
        print(f"{args.out}: {len(schema.SCHEMAS)} schemas up to date")
        return 0
    changed = schema.write(args.out)
    for path in changed:
        print(f"wrote {path}")
    if not changed:
        print(f"{args.out}: {len(schema.SCHEMAS)} schemas already up to date")
    return 0


def _new(args: argparse.Namespace) -> int:
    from order_errors import scaffold

    options = scaffold.Options(
        marketplaces=args.marketplace or [], generic=args.generic, category=args.category, message=args.message,
        lang=args.lang, id=args.id, title=args.title, catalog=args.catalog,
    )
    return scaffold.run(options, interactive=sys.stdin.isatty())


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="order-errors", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    export = commands.add_parser("export", help="write the catalog as help-center articles")
    export.add_argument("--help-center", type=Path, required=True, metavar="DIR", help="folder to write docs/<locale>/... into")
    export.add_argument("--catalog", type=Path, default=Path("catalog"), help="catalog folder (default: catalog)")
    export.set_defaults(run=_export)

    check = commands.add_parser("check", help="validate the catalog; print path:line:column: problems")
    check.add_argument("catalog", nargs="?", type=Path, default=Path("catalog"), help="catalog folder (default: catalog)")
    check.set_defaults(run=_check)

    explain = commands.add_parser("explain", help="find the catalog entries for a pasted error message")
    explain.add_argument("text", nargs="?", help="the pasted message (quote it)")
    explain.add_argument("--batch", metavar="FILE", help="one pasted message per line (- for standard input); prints one JSON list per line")
    explain.add_argument("--json", action="store_true", help="print the matches as a JSON list")
    explain.add_argument("--lang", choices=LANGS, default="en", help="language of titles and page addresses (default: en)")
    explain.add_argument("--limit", type=int, default=5, help="how many matches (default: 5)")
    explain.add_argument("--catalog", type=Path, default=Path("catalog"), help="catalog folder (default: catalog)")
    explain.set_defaults(run=_explain)

    schema = commands.add_parser("schema", help="write the catalog's JSON Schemas from the models (or --check them)")
    schema.add_argument("--check", action="store_true", help="write nothing; exit 1 naming the files that are out of date")
    schema.add_argument("--out", type=Path, default=Path("catalog/schemas"), help="folder of the schemas (default: catalog/schemas)")
    schema.set_defaults(run=_schema)

    new = commands.add_parser(
        "new", help="start a catalog entry for a new message (asks for what is missing when run in a terminal)"
    )
    new.add_argument("--marketplace", action="append", metavar="SLUG", help="a marketplace that shows the message (repeatable)")
    new.add_argument("--generic", action="store_true", help="the message is VTEX's own, shown for any connector")
    new.add_argument("--category", metavar="SLUG", help="the entry's category")
    new.add_argument("--message", metavar="TEXT", help="the message exactly as the Admin shows it; write variable parts as {name}")
    new.add_argument("--lang", choices=LANGS, help="the language the message is written in")
    new.add_argument("--id", metavar="ID", help="the entry's id (default: suggested from the title or the message)")
    new.add_argument("--title", metavar="TEXT", help="the English title (default: a TODO to fill)")
    new.add_argument("--catalog", type=Path, default=Path("catalog"), help="catalog folder (default: catalog)")
    new.set_defaults(run=_new)
    return parser


def _export(args: argparse.Namespace) -> int:
    from order_errors.export import export_help_center

    try:
        catalog = load_catalog(args.catalog)
    except CatalogInvalid as invalid:
        print(invalid, file=sys.stderr)
        return 1
    written = export_help_center(catalog, args.help_center)
    print(f"wrote {len(written)} help-center articles under {args.help_center}")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.run(args)
    except BrokenPipeError:  # the reader (`| head`) has gone: nothing left to say
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        return 130
    except OSError as error:
        print(f"order-errors: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
