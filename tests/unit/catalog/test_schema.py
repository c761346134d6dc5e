"""The JSON Schemas in catalog/schemas/: generated from the models, current, and true to the catalog."""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
from pathlib import Path

import pytest
import yaml
from jsonschema import Draft202012Validator

from order_errors.catalog.schema import dumps, schemas
from order_errors.core.model import Category, ErrorEntry, HelpCenterIndex, Hub, Marketplace, TermsFile
from support.paths import FIXTURE_CATALOG, ROOT

CATALOG = ROOT / "catalog"
SCHEMA_DIR = CATALOG / "schemas"
MODELS = {"error.schema.json": ErrorEntry, "marketplace.schema.json": Marketplace,
          "category.schema.json": Category, "hub.schema.json": Hub, "help-center.schema.json": HelpCenterIndex,
          "terms.schema.json": TermsFile}
SCHEMA_COMMENT = re.compile(r"^# yaml-language-server: \$schema=(\S+)$")


def schema_for(catalog: Path, path: Path) -> str:
    """The schema a catalog file is described by, from the folder it is in."""
    relative = path.relative_to(catalog)
    if len(relative.parts) == 1:  # hub.yaml, help-center.yaml, terms.yaml
        return f"{relative.stem}.schema.json"
    return {"errors": "error", "marketplaces": "marketplace", "categories": "category"}[relative.parts[0]] + ".schema.json"


def catalog_files(catalog: Path) -> list[Path]:
    return sorted(p for p in catalog.rglob("*") if p.suffix in (".yaml", ".yml"))


def as_editor_sees(data):
    """YAML dates are loaded as dates; in the file (and for an editor's schema check) they are strings."""
    if isinstance(data, dict):
        return {key: as_editor_sees(value) for key, value in data.items()}
    if isinstance(data, list):
        return [as_editor_sees(value) for value in data]
    if isinstance(data, dt.date):
        return data.isoformat()
    return data


def validator(name: str) -> Draft202012Validator:
    schema = json.loads((SCHEMA_DIR / name).read_text(encoding="utf-8"))
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def schema_errors(name: str, data) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator(name).iter_errors(data)]


def load(path: Path):
    return as_editor_sees(yaml.safe_load(path.read_text(encoding="utf-8")))


# --- the files are the models' schemas -----------------------------------------------------------


def test_the_committed_schemas_are_the_generated_ones():
    generated = schemas()
    assert sorted(generated) == sorted(MODELS)
    assert sorted(p.name for p in SCHEMA_DIR.glob("*.json")) == sorted(generated)
    stale = [name for name, schema in generated.items() if (SCHEMA_DIR / name).read_text(encoding="utf-8") != dumps(schema)]
    assert not stale, f"out of date with src/order_errors/model.py: {stale}; run `order-errors schema`"


@pytest.mark.parametrize("name", sorted(MODELS))
def test_each_schema_is_a_titled_draft_2020_12_schema_of_its_model(name):
    schema = json.loads((SCHEMA_DIR / name).read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["title"] and schema["description"]
    assert schema["additionalProperties"] is False
    model_fields = MODELS[name].model_fields
    assert set(schema["properties"]) == set(model_fields)
    assert set(schema["required"]) == {n for n, f in model_fields.items() if f.is_required()}


# --- every catalog file validates against the schema its first line names -------------------------


@pytest.mark.parametrize("path", catalog_files(CATALOG), ids=lambda p: str(p.relative_to(CATALOG)))
def test_every_catalog_file_names_its_schema_and_validates(path):
    first_line = path.read_text(encoding="utf-8").splitlines()[0]
    comment = SCHEMA_COMMENT.match(first_line)
    assert comment, f"{path}: the first line must be `# yaml-language-server: $schema=...`"
    named = (path.parent / comment.group(1)).resolve()
    assert named == (SCHEMA_DIR / schema_for(CATALOG, path)).resolve(), f"{path} names {comment.group(1)}"
    assert named.is_file()
    assert schema_errors(named.name, load(path)) == []


@pytest.mark.parametrize("path", catalog_files(FIXTURE_CATALOG), ids=lambda p: str(p.relative_to(FIXTURE_CATALOG)))
def test_the_fixture_catalog_validates(path):
    assert schema_errors(schema_for(FIXTURE_CATALOG, path), load(path)) == []


# --- a broken file is rejected, by the schema as by the model --------------------------------------

ENTRY = load(CATALOG / "errors" / "price" / "payment-total-differs.yaml")


def _unknown_field(d):
    d["verifi"] = d.pop("verify")


def _unknown_language(d):
    d["meaning"]["fr"] = "Le total diffère."


def _missing_required(d):
    del d["messages"]


def _missing_english(d):
    del d["title"]["en"]


def _wrong_type_list(d):
    d["marketplaces"] = "carrefour"


def _wrong_type_text(d):
    d["causes"]["en"] = "One cause."


def _wrong_type_step(d):
    d["solution"]["en"][0] = ["nested"]


def _unknown_placeholder_kind(d):
    d["messages"][0]["placeholders"]["paid"] = "money"


def _placeholder_name_not_a_name(d):
    d["messages"][0]["placeholders"]["Paid-Value"] = "amount"


def _bad_lang(d):
    d["messages"][0]["lang"] = "pt-br"


def _bad_slug(d):
    d["category"] = "Price Errors"


def _bad_date(d):
    d["updated"] = "2026-13-40"


def _empty_text(d):
    d["verify"]["en"] = ""


def _no_step(d):
    d["solution"]["en"] = []


BREAKS = [_unknown_field, _unknown_language, _missing_required, _missing_english, _wrong_type_list, _wrong_type_text,
          _wrong_type_step, _unknown_placeholder_kind, _placeholder_name_not_a_name, _bad_lang, _bad_slug, _bad_date,
          _empty_text, _no_step]


def test_the_entry_used_for_breaking_is_valid():
    assert schema_errors("error.schema.json", ENTRY) == []
    ErrorEntry.model_validate(ENTRY)


@pytest.mark.parametrize("breaking", BREAKS, ids=lambda f: f.__name__.strip("_"))
def test_a_broken_entry_is_rejected(breaking):
    data = copy.deepcopy(ENTRY)
    breaking(data)
    assert schema_errors("error.schema.json", data), "the schema accepts it"
    with pytest.raises(ValueError):
        ErrorEntry.model_validate(data)


@pytest.mark.parametrize("name,path,breaking", [
    ("marketplace.schema.json", "marketplaces/amazon.yaml", lambda d: d.update(region="europe")),
    ("marketplace.schema.json", "marketplaces/amazon.yaml", lambda d: d.pop("connector")),
    ("marketplace.schema.json", "marketplaces/amazon.yaml", lambda d: d.update(website="https://example.com")),
    ("category.schema.json", "categories/price.yaml", lambda d: d.update(order=-1)),
    ("category.schema.json", "categories/price.yaml", lambda d: d.update(order="first")),
    ("category.schema.json", "categories/price.yaml", lambda d: d["name"].pop("en")),
    ("hub.schema.json", "hub.yaml", lambda d: d.pop("intro")),
    ("hub.schema.json", "hub.yaml", lambda d: d.update(footer={"en": "x"})),
    ("help-center.schema.json", "help-center.yaml", lambda d: d["articles"][0]["title"].update(fr="x")),
    ("help-center.schema.json", "help-center.yaml", lambda d: d["articles"][0].update(target="pages/price")),
], ids=lambda v: v if isinstance(v, str) else "")
def test_broken_marketplace_category_and_hub_files_are_rejected(name, path, breaking):
    data = load(CATALOG / path)
    assert schema_errors(name, data) == []
    breaking(data)
    assert schema_errors(name, data)
