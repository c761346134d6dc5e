"""Helpers the tests share, each written once: building a project, serving a folder, reading pages,
the reference data in tests/data, the hostile catalog, the search vectors, the browser's settings."""
