"""JSON Schemas of the catalog files, generated from the pydantic models.

Editors read them through each file's first line (`# yaml-language-server: $schema=...`) to
complete field names and flag typos while typing. They only describe the shape of one file:
rules across fields or files (a marketplace or `generic: true`, placeholders declared and used,
examples that match, unknown slugs, the same message twice) stay with `order-errors check`.

`catalog/schemas/` holds the generated files; `order-errors schema` rewrites them and
`order-errors schema --check` tells when they no longer match the models.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from order_errors.core.model import Category, ErrorEntry, HelpCenterIndex, Hub, Marketplace, TermsFile

DRAFT = "https://json-schema.org/draft/2020-12/schema"
DEFAULT_OUT = Path("catalog") / "schemas"

_CHECK_NOTE = (
    " This schema checks the shape of one file; `order-errors check` also checks the rules across "
    "fields and files."
)

# filename -> (model, title, description)
SCHEMAS: dict[str, tuple[type[BaseModel], str, str]] = {
    "error.schema.json": (
        ErrorEntry,
        "Marketplace order error",
        "One error of the catalog, in catalog/errors/<category>/<id>.yaml: the exact message(s) a "
        "marketplace shows, what it means, its causes, the steps that fix it and how to verify the fix, "
        "in en, es and pt." + _CHECK_NOTE,
    ),
    "marketplace.schema.json": (
        Marketplace,
        "Marketplace",
        "One marketplace, in catalog/marketplaces/<slug>.yaml: its name, region and VTEX connector." + _CHECK_NOTE,
    ),
    "category.schema.json": (
        Category,
        "Error category",
        "One category of errors, in catalog/categories/<slug>.yaml: its name, summary, diagnosis steps "
        "and place in the navigation." + _CHECK_NOTE,
    ),
    "hub.schema.json": (
        Hub,
        "Hub page",
        "The text of the site's root page, in catalog/hub.yaml." + _CHECK_NOTE,
    ),
    "help-center.schema.json": (
        HelpCenterIndex,
        "Help-center articles",
        "The VTEX help-center articles whose addresses the site takes over, in catalog/help-center.yaml: "
        "each one redirects to the page it names." + _CHECK_NOTE,
    ),
    "terms.schema.json": (
        TermsFile,
        "Terms",
        "One name per Admin screen and domain term, in catalog/terms.yaml: per language, the name the help center "
        "uses and the variants to avoid; `order-errors check` reports an avoided variant in any text a reader sees."
        + _CHECK_NOTE,
    ),
}


def _close_pattern_properties(node: Any) -> None:
    """A `dict[Pattern, ...]` field gets `patternProperties` only; the model refuses other keys, so does this."""
    if isinstance(node, dict):
        if "patternProperties" in node and "additionalProperties" not in node:
            node["additionalProperties"] = False
        for value in node.values():
            _close_pattern_properties(value)
    elif isinstance(node, list):
        for value in node:
            _close_pattern_properties(value)


def model_schema(model: type[BaseModel], title: str, description: str) -> dict[str, Any]:
    schema = model.model_json_schema(mode="validation")
    _close_pattern_properties(schema)
    return {"$schema": DRAFT, **schema, "title": title, "description": description}


def schemas() -> dict[str, dict[str, Any]]:
    """Every catalog schema, by the file name it is stored under in catalog/schemas/."""
    return {name: model_schema(model, title, description) for name, (model, title, description) in SCHEMAS.items()}


def dumps(schema: dict[str, Any]) -> str:
    """The stable text of a schema file: the same models always give the same bytes."""
    return json.dumps(schema, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def out_of_date(out: Path) -> list[Path]:
    """The schema files in `out` that are missing or differ from the models."""
    stale = []
    for name, schema in schemas().items():
        path = out / name
        if not path.is_file() or path.read_text(encoding="utf-8") != dumps(schema):
            stale.append(path)
    return stale


def write(out: Path) -> list[Path]:
    """Write every schema file into `out`; return those whose content changed."""
    out.mkdir(parents=True, exist_ok=True)
    changed = []
    for name, schema in schemas().items():
        path = out / name
        text = dumps(schema)
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
            changed.append(path)
    return changed
