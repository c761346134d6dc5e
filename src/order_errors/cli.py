"""`order-errors`: the catalog from the terminal. Each subcommand is a module of `order_errors.commands`."""

from __future__ import annotations

import argparse
import sys

from order_errors.commands import check, explain, export, new, schema


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="order-errors", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    for command in (export, check, explain, schema, new):
        command.add_parser(commands)
    return parser


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
