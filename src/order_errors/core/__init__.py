"""What the catalog is, with no I/O: languages, rules, message templates, the typed model, page addresses."""
