"""`order-errors explain`: the best matching entries for a pasted message, readable or as JSON, one or a batch."""

from __future__ import annotations

import io
import json
from types import SimpleNamespace

import pytest

from order_errors.cli import main
from support.paths import ROOT
from support.vectors import VECTORS


@pytest.fixture
def run_cli(capsys, monkeypatch):
    """`order-errors ...` in this process (the installed command is run by tests/unit/commands/test_check.py)."""
    monkeypatch.chdir(ROOT)

    def run(*args: str, stdin: str | None = None) -> SimpleNamespace:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin or ""))
        returncode = main(list(args))
        out = capsys.readouterr()
        return SimpleNamespace(returncode=returncode, stdout=out.out, stderr=out.err)

    return run


def test_explain_json_lists_matches_with_their_values(run_cli):
    result = run_cli("explain", "--json", "Erro na integração do pedido 1451040603544-01: Total do pagamento (1.249,90) é diferente do pretendido pela loja (1.299,90)")
    assert result.returncode == 0, result.stderr
    matches = json.loads(result.stdout)
    first = matches[0]
    assert {"id", "url", "score", "messages", "values"} <= set(first)
    assert first["id"] == "payment-total-differs" and first["url"] == "/errors/payment-total-differs/"
    assert first["values"] == {"order_id": "1451040603544-01", "paid": "1.249,90", "expected": "1.299,90"}  # the id from the Admin's prefix
    assert first["match"] == "exact"
    assert [m["score"] for m in matches] == sorted((m["score"] for m in matches), reverse=True)


def test_explain_batch_prints_one_json_line_per_input_line(run_cli):
    lines = [v["query"].replace("\n", " ") for v in VECTORS if v["expect"]][:40] + [""]
    result = run_cli("explain", "--batch", "-", stdin="\n".join(lines) + "\n")
    assert result.returncode == 0, result.stderr
    out = result.stdout.splitlines()
    assert len(out) == len(lines)
    for line, printed in zip(lines, out, strict=True):
        matches = json.loads(printed)
        assert (matches == []) == (line == "")
        if matches:
            assert {"id", "url", "score", "messages", "values"} <= set(matches[0])


def test_explain_prints_readable_matches(run_cli):
    result = run_cli("explain", "Pedido nao encontrado")
    assert result.returncode == 0 and result.stdout.startswith("1. ") and "/errors/order-not-found/" in result.stdout


def test_explain_in_portuguese_links_and_titles_the_portuguese_page(run_cli):
    result = run_cli("explain", "--lang", "pt", "--json", "--catalog", str(ROOT / "catalog"), "Order with SKU out of stock")
    assert result.returncode == 0, result.stderr
    (first, *_) = json.loads(result.stdout)
    assert first["url"] == "/pt/errors/order-with-sku-out-of-stock/" and first["title"].startswith(("Um", "O", "A"))
