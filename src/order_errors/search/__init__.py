"""Search: text folding, template patterns, the text index, the search data and the matcher.

`matcher` imports only `fold`, `patterns`, `parameters`, `text_index` and `core.template` (and lunr):
the terminal and the tests load it without YAML, Jinja, pydantic or MkDocs (a test checks it).
"""
