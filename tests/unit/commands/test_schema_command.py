"""`order-errors schema`: writes the models' JSON Schemas, and with `--check` names those out of date."""

from __future__ import annotations

from order_errors.catalog.schema import SCHEMAS
from order_errors.cli import main
from support.paths import ROOT

SCHEMA_DIR = ROOT / "catalog" / "schemas"
NAMES = sorted(SCHEMAS)  # one file per kind of catalog file (terms.yaml's too)


def test_cli_writes_then_checks_and_names_what_is_out_of_date(tmp_path, capsys):
    out = tmp_path / "schemas"
    assert main(["schema", "--out", str(out)]) == 0
    assert sorted(p.name for p in out.iterdir()) == NAMES
    assert sorted(p.name for p in SCHEMA_DIR.glob("*.schema.json")) == NAMES  # each model's schema is committed, no other
    for name in NAMES:
        assert (out / name).read_text(encoding="utf-8") == (SCHEMA_DIR / name).read_text(encoding="utf-8")
    capsys.readouterr()

    assert main(["schema", "--check", "--out", str(out)]) == 0

    edited = out / "category.schema.json"
    edited.write_text(edited.read_text(encoding="utf-8").replace('"minimum": 0', '"minimum": 1'), encoding="utf-8")
    (out / "hub.schema.json").unlink()
    assert main(["schema", "--check", "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert str(edited) in err and str(out / "hub.schema.json") in err
    assert "error.schema.json" not in err and "order-errors schema" in err
    assert not (out / "hub.schema.json").exists(), "--check must not write"

    assert main(["schema", "--out", str(out)]) == 0
    assert main(["schema", "--check", "--out", str(out)]) == 0


def test_cli_check_passes_on_the_committed_schemas(capsys):
    assert main(["schema", "--check", "--out", str(SCHEMA_DIR)]) == 0
