"""`order-errors explain "<pasted message>"`: the catalog entries that explain it, best first."""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from order_errors.catalog.load import load_catalog
from order_errors.catalog.problems import CatalogInvalid
from order_errors.core.languages import LANGS
from order_errors.search.data import load_matcher
from order_errors.search.matcher import Certainty, Match

# Every control character, and the marks that reorder text on screen: a pasted message (or a catalog
# text) is shown to a terminal, which would obey an ESC sequence or a bidirectional override.
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """`text` with each control character written as its escape (`\\x1b`, `\\u202e`)."""
    return _UNPRINTABLE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def positive(value: str) -> int:
    """argparse type for `--limit`: a whole number of 1 or more."""
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number of 1 or more (got `{value}`)")
    return number


def add_parser(commands) -> None:
    explain = commands.add_parser("explain", help="find the catalog entries for a pasted error message")
    explain.add_argument("text", nargs="?", help="the pasted message (quote it)")
    explain.add_argument("--batch", metavar="FILE", help="one pasted message per line (- for standard input); prints one JSON list per line")
    explain.add_argument("--json", action="store_true", help="print the matches as a JSON list")
    explain.add_argument("--lang", choices=LANGS, default="en", help="language of titles and page addresses (default: en)")
    explain.add_argument("--limit", type=positive, default=5, help="how many matches, 1 or more (default: 5)")
    explain.add_argument("--catalog", type=Path, default=Path("catalog"), help="catalog folder (default: catalog)")
    explain.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if (args.text is None) == (args.batch is None):
        print("order-errors explain: give the pasted text, or --batch FILE (- for standard input)", file=sys.stderr)
        return 2
    try:
        matcher = load_matcher(load_catalog(args.catalog), args.lang)
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
    print_matches(matches)
    return 0


# How each certainty reads in the terminal (the site says the same in the page's language).
CERTAINTY_WORDS = {
    Certainty.EXACT: "exact message",
    Certainty.PARTIAL: "part of a message",
    Certainty.RELATED: "related by words only",
}


def print_matches(matches: list[Match]) -> None:
    """Best first, each saying how sure it is; when no answer is a catalog message, that is said first."""
    if not any(m.match in (Certainty.EXACT, Certainty.PARTIAL) for m in matches):
        print("No catalog message matches this text.")
        if not matches:
            return
        print("Pages that share words with it (not the same message):")
    for rank, match in enumerate(matches, start=1):
        print(printable(f"{rank}. {match.title}  [{CERTAINTY_WORDS[match.match]}: {match.id}, {match.tier.value}, {match.score:.3f}]"))
        if match.messages:
            print(printable(f"   {match.messages[0]}"))
        if match.values:
            print(printable("   " + ", ".join(f"{name}={value}" for name, value in match.values.items())))
        print(printable(f"   {match.url}"))
