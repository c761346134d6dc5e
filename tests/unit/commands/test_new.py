"""`order-errors new`: a new entry that the catalog accepts as written, or a clear refusal."""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml
from jsonschema import Draft202012Validator

from order_errors.catalog.load import load_catalog
from order_errors.cli import main
from order_errors.commands.new import MAX_ID_LENGTH, quote, slugify, suggest_id
from order_errors.core.languages import LANGS
from support.paths import BIN, FIXTURE_CATALOG, ROOT

READER_FIELDS = ("title", "meaning", "causes", "solution", "verify")


@pytest.fixture
def catalog_dir(tmp_path, monkeypatch) -> Path:
    catalog = tmp_path / "catalog"
    shutil.copytree(FIXTURE_CATALOG, catalog)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # no terminal: nothing may be asked
    return catalog


def entry_files(catalog: Path) -> list[Path]:
    return sorted((catalog / "errors").rglob("*.yaml"))


def new(catalog: Path, *args: str) -> int:
    return main(["new", "--catalog", str(catalog), *args])


def texts(value) -> list[str]:
    return value if isinstance(value, list) else [value]


# --- writing ------------------------------------------------------------------------------------


def test_new_with_flags_writes_an_entry_the_catalog_accepts(catalog_dir, capsys):
    before = entry_files(catalog_dir)
    message = "Pedido {order_id} sem transportadora para o SKU {sku_code}"
    assert new(catalog_dir, "--marketplace", "shopx", "--marketplace", "mallz", "--category", "stock",
               "--message", message, "--lang", "pt") == 0
    out = capsys.readouterr().out

    [path] = sorted(set(entry_files(catalog_dir)) - set(before))
    assert path == catalog_dir / "errors" / "stock" / "pedido-sem-transportadora-para-o-sku.yaml"
    assert str(path.relative_to(catalog_dir.parent)) in out or str(path) in out
    assert "TODO" in out and "order-errors check" in out and "make serve" in out

    text = path.read_text(encoding="utf-8")
    assert text.splitlines()[0] == "# yaml-language-server: $schema=../../schemas/error.schema.json"
    assert "TODO" in text

    entry = load_catalog(catalog_dir).errors["pedido-sem-transportadora-para-o-sku"]
    assert entry.category == "stock" and entry.marketplaces == ["shopx", "mallz"] and not entry.generic
    [written] = entry.messages
    assert (written.text, written.lang) == (message, "pt")
    assert written.placeholders == {"order_id": "text", "sku_code": "text"}
    for name in READER_FIELDS:
        for lang in LANGS:
            values = texts(getattr(getattr(entry, name), lang))
            assert values and all(v.startswith("TODO: ") and len(v) > 20 for v in values), (name, lang, values)


def test_the_written_entry_passes_order_errors_check_and_the_schema(catalog_dir):
    assert new(catalog_dir, "--generic", "--category", "price", "--message", 'Preço "especial" inválido: 10 # tabela',
               "--lang", "pt", "--title", "The special price is invalid") == 0
    result = subprocess.run([str(BIN / "order-errors"), "check", str(catalog_dir)], capture_output=True, text=True,
                            stdin=subprocess.DEVNULL)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "3 errors" in result.stdout

    path = catalog_dir / "errors" / "price" / "the-special-price-is-invalid.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data = {k: v.isoformat() if hasattr(v, "isoformat") else v for k, v in data.items()}
    schema = json.loads((ROOT / "catalog" / "schemas" / "error.schema.json").read_text(encoding="utf-8"))
    assert list(Draft202012Validator(schema).iter_errors(data)) == []
    assert data["title"]["en"] == "The special price is invalid"
    assert data["title"]["es"].startswith("TODO") and data["title"]["pt"].startswith("TODO")
    assert data["generic"] is True and "marketplaces" not in data
    assert data["messages"][0] == {"lang": "pt", "text": 'Preço "especial" inválido: 10 # tabela'}


def test_a_message_without_placeholders_declares_none_and_braces_that_are_not_names_stay_text(catalog_dir, capsys):
    assert new(catalog_dir, "--marketplace", "mallz", "--category", "stock", "--lang", "en",
               "--message", "Stock {SKU} unavailable: {\"code\": 7}") == 0
    entry = load_catalog(catalog_dir).errors["stock-sku-unavailable-code-7"]
    assert entry.messages[0].placeholders == {}
    assert "`{SKU}` stays literal text" in capsys.readouterr().err


def test_the_cli_binary_without_a_terminal_and_without_values_exits_2(catalog_dir):
    result = subprocess.run([str(BIN / "order-errors"), "new", "--catalog", str(catalog_dir)],
                            capture_output=True, text=True, stdin=subprocess.DEVNULL)
    assert result.returncode == 2
    for flag in ("--marketplace", "--category", "--message", "--lang"):
        assert flag in result.stderr
    assert "Traceback" not in result.stderr
    assert len(entry_files(catalog_dir)) == 2


def test_only_the_missing_values_are_named(catalog_dir, capsys):
    assert new(catalog_dir, "--generic", "--category", "stock", "--message", "Something failed") == 2
    err = capsys.readouterr().err
    assert "--lang" in err and "--category" not in err and "--marketplace" not in err


# --- refusals -------------------------------------------------------------------------------------


@pytest.mark.parametrize("message,entry", [
    ("Total do pagamento ({paid}) é diferente do pretendido pela loja ({expected})", "payment-differs"),
    ("total do pagamento ({a}) e diferente do pretendido pela loja ({b})", "payment-differs"),  # case, accents, names
    ("TOTAL DO PAGAMENTO É DIFERENTE DO PRETENDIDO PELA LOJA", "payment-differs"),  # a variant
    ("Total do pagamento (311,77) é diferente do pretendido pela loja (313,61)", "payment-differs"),  # an example
    ("Total do pagamento (1.000,00) é diferente do pretendido pela loja (999,99)", "payment-differs"),  # fits the text
    ("Order 1234567-01 with SKU 88 out of stock", "sku-out-of-stock"),  # fits the template
    ("order ABC with sku XYZ out of stock", "sku-out-of-stock"),  # fits the template, other case
], ids=range(7))
def test_a_message_the_catalog_has_is_refused_naming_the_entry(catalog_dir, capsys, message, entry):
    assert new(catalog_dir, "--generic", "--category", "price", "--lang", "pt", "--message", message) == 1
    err = capsys.readouterr().err
    assert f"`{entry}`" in err
    assert f"{entry}.yaml" in err
    assert len(entry_files(catalog_dir)) == 2


def test_a_new_template_matching_an_existing_example_is_refused(catalog_dir, capsys):
    assert new(catalog_dir, "--generic", "--category", "price", "--lang", "pt",
               "--message", "Total do pagamento (311,77) é diferente do pretendido pela {who} (313,61)") == 1
    assert "`payment-differs`" in capsys.readouterr().err


@pytest.mark.parametrize("args,wrong,guess", [
    (["--marketplace", "shopz", "--category", "stock"], "marketplace `shopz`", "shopx"),
    (["--marketplace", "shopx", "--marketplace", "mall-z", "--category", "stock"], "marketplace `mall-z`", "mallz"),
    (["--marketplace", "shopx", "--category", "stocks"], "category `stocks`", "stock"),
    (["--generic", "--category", "prices"], "category `prices`", "price"),
], ids=["marketplace", "second-marketplace", "category", "category-generic"])
def test_an_unknown_slug_is_refused_naming_the_closest(catalog_dir, capsys, args, wrong, guess):
    assert new(catalog_dir, *args, "--lang", "en", "--message", "A brand new failure") == 2
    err = capsys.readouterr().err
    assert f"unknown {wrong}" in err and f"did you mean `{guess}`?" in err
    assert len(entry_files(catalog_dir)) == 2


def test_a_taken_or_malformed_id_is_refused(catalog_dir, capsys):
    common = ["--generic", "--category", "stock", "--lang", "en", "--message", "A brand new failure"]
    assert new(catalog_dir, *common, "--id", "sku-out-of-stock") == 2
    assert "`sku-out-of-stock` is taken" in capsys.readouterr().err
    assert new(catalog_dir, *common, "--id", "Not A Slug") == 2
    assert "not a slug" in capsys.readouterr().err
    assert len(entry_files(catalog_dir)) == 2
    assert new(catalog_dir, *common, "--id", "brand-new") == 0
    assert (catalog_dir / "errors" / "stock" / "brand-new.yaml").is_file()


def test_an_invalid_catalog_is_reported_and_nothing_is_written(catalog_dir, capsys):
    path = catalog_dir / "errors" / "stock" / "sku-out-of-stock.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("verify:", "verifi:"), encoding="utf-8")
    assert new(catalog_dir, "--generic", "--category", "stock", "--lang", "en", "--message", "A brand new failure") == 1
    err = capsys.readouterr().err
    assert "unknown field `verifi`" in err and "order-errors check" in err
    assert len(entry_files(catalog_dir)) == 2


# --- ids ------------------------------------------------------------------------------------------


def test_the_suggested_id_is_unique_in_the_catalog(catalog_dir):
    args = ["--marketplace", "shopx", "--category", "stock", "--lang", "pt"]
    assert new(catalog_dir, *args, "--message", "Pedido {order_id} sem estoque") == 0
    # (the same words with other punctuation would be the same message: these differ, their titles do not)
    assert new(catalog_dir, *args, "--message", "Pedido sem estoque no canal", "--title", "Pedido sem estoque") == 0
    assert new(catalog_dir, *args, "--message", "Pedido sem estoque no seller", "--title", "Pedido sem estoque!") == 0
    catalog = load_catalog(catalog_dir)
    assert {"pedido-sem-estoque", "pedido-sem-estoque-2", "pedido-sem-estoque-3"} <= set(catalog.errors)


def test_the_suggestion_avoids_a_file_in_another_category(catalog_dir):
    assert new(catalog_dir, "--generic", "--category", "price", "--lang", "en",
               "--message", "SKU out of stock in seller", "--title", "SKU out of stock") == 0
    assert (catalog_dir / "errors" / "price" / "sku-out-of-stock-2.yaml").is_file()


@pytest.mark.parametrize("text,expected", [
    ("Não há preço para o SKU {sku} no canal {sales_channel}", "nao-ha-preco-para-o-sku-no-canal"),
    ("  El pedido ya está cancelado!!! ", "el-pedido-ya-esta-cancelado"),
    ("Seller.unable_to_list ({reason})", "seller-unable-to-list"),
    ("日本語", "error"),
])
def test_suggest_id_is_an_ascii_slug(text, expected):
    assert suggest_id(text, set()) == expected


def test_suggest_id_is_at_most_60_characters_cut_at_a_word_even_with_a_suffix():
    text = "The marketplace could not integrate the order because the seller's warehouse is inactive in the store"
    first = suggest_id(text, set())
    assert len(first) <= MAX_ID_LENGTH and re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", first)
    full = slugify(text, 200)
    assert full.startswith(first + "-"), "cut at a word"
    taken = {first} | {f"{first}-{n}" for n in range(2, 12)}
    other = suggest_id(text, taken)
    assert other not in taken and len(other) <= MAX_ID_LENGTH and other.endswith("-12")
    assert not other.startswith("-") and "--" not in other


def test_quote_round_trips_through_yaml():
    for text in ['a "b" \\ c', "x\u2028y\x85z", "é # : - ? [ { } &*!|>'%@`", "no", "null", "1.5", "TODO: x"]:
        assert yaml.safe_load(quote(text)) == text


# --- interactive ----------------------------------------------------------------------------------


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_in_a_terminal_it_asks_for_each_value_and_asks_again_after_a_mistake(catalog_dir, monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", Terminal(""))
    answers = iter(["shopz", "shopx, mallz", "stok", "stock", "Pedido {order_id} bloqueado pelo antifraude", "br",
                    "pt", "The order is blocked by the anti-fraud check", ""])
    questions = []

    def ask(question: str) -> str:
        questions.append(question)
        return next(answers)

    monkeypatch.setattr("builtins.input", ask)
    assert main(["new", "--catalog", str(catalog_dir)]) == 0
    assert len(questions) == 9 and next(answers, None) is None
    assert "shopx" in questions[0] and "stock" in questions[2] and "[the-order-is-blocked-by-the-anti-fraud-check]" in questions[-1]
    err = capsys.readouterr().err
    assert "did you mean `shopx`?" in err and "did you mean `stock`?" in err

    entry = load_catalog(catalog_dir).errors["the-order-is-blocked-by-the-anti-fraud-check"]
    assert entry.marketplaces == ["shopx", "mallz"] and entry.messages[0].lang == "pt"
    assert entry.title.en == "The order is blocked by the anti-fraud check"


def test_in_a_terminal_only_the_missing_values_are_asked(catalog_dir, monkeypatch):
    monkeypatch.setattr("sys.stdin", Terminal(""))
    questions = []
    monkeypatch.setattr("builtins.input", lambda q: questions.append(q) or "en")
    assert new(catalog_dir, "--generic", "--category", "stock", "--message", "Inventory reservation expired") == 0
    assert len(questions) == 1 and "Language" in questions[0]
    assert "inventory-reservation-expired" in load_catalog(catalog_dir).errors


def test_in_a_terminal_end_of_input_writes_nothing(catalog_dir, monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", Terminal(""))

    def eof(question):
        raise EOFError

    monkeypatch.setattr("builtins.input", eof)
    assert main(["new", "--catalog", str(catalog_dir)]) == 2
    assert "nothing was written" in capsys.readouterr().err
    assert len(entry_files(catalog_dir)) == 2
