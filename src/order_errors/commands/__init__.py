"""The `order-errors` subcommands, one module each (`cli.py` wires them to the command line)."""
