"""Reading the catalog folder: YAML files with line numbers, the model's checks, checks across files."""
