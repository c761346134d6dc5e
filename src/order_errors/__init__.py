"""The marketplace error catalog.

The flow, one subpackage a step: `core` (what the catalog is: model, templates, page addresses, languages)
-> `catalog` (read and check the YAML files) -> `site` (render pages and data files for MkDocs) and
`search` (the search data and the matcher, mirrored in docs/javascripts/matcher.js); `commands` are
the terminal's `order-errors` subcommands, `cli.py` their entry point.
"""
