"""Inputs an outside probe found that ended in a traceback or were accepted silently: each gets a
`path:line:column` error (or a usage error), quickly, and the other files are still checked."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from support.paths import BIN, FIXTURE_CATALOG, TESTS

BROKEN = TESTS / "broken"


def order_errors(*args: str, cwd: Path | None = None) -> tuple[subprocess.CompletedProcess, float]:
    started = time.monotonic()
    result = subprocess.run([str(BIN / "order-errors"), *args], capture_output=True, cwd=cwd, timeout=20, check=False)
    return result, time.monotonic() - started


@pytest.fixture
def catalog(tmp_path) -> Path:
    copy = tmp_path / "catalog"
    shutil.copytree(FIXTURE_CATALOG, copy)
    return copy


def refused_at(result: subprocess.CompletedProcess, seconds: float, path: Path, text: str) -> None:
    out, err = result.stdout.decode(), result.stderr.decode()
    assert result.returncode == 1, out + err
    assert "Traceback" not in out + err
    assert seconds < 2, f"took {seconds:.2f} s"
    lines = [line for line in out.splitlines() if line.startswith(f"{path}:")]
    assert lines and all(line.split(":")[1].isdigit() and line.split(":")[2].isdigit() for line in lines), out
    assert any(text in line for line in lines), out


def test_a_symbolic_link_loop_is_reported_at_its_path(catalog):
    loop = catalog / "errors" / "stock" / "loop.yaml"
    loop.symlink_to(loop.name)
    refused_at(*order_errors("check", str(catalog)), loop, "leads to nothing, or to itself")


def test_a_symbolic_link_named_yaml_that_leads_to_a_folder_is_reported(catalog):
    folder = catalog / "errors" / "stock" / "folder.yaml"
    folder.symlink_to(catalog / "errors" / "price", target_is_directory=True)
    refused_at(*order_errors("check", str(catalog)), folder, "folder")


def test_a_folder_named_yaml_is_reported(catalog):
    folder = catalog / "errors" / "stock" / "plain-folder.yaml"
    folder.mkdir()
    refused_at(*order_errors("check", str(catalog)), folder, "folder")


@pytest.mark.parametrize("suffix", [".YAML", ".Yml"])
def test_an_upper_case_suffix_is_reported_not_skipped(catalog, suffix):
    entry = catalog / "errors" / "stock" / "sku-out-of-stock.yaml"
    renamed = entry.rename(entry.with_suffix(suffix))
    refused_at(*order_errors("check", str(catalog)), renamed, "rename it to `sku-out-of-stock.yaml`")


def test_every_broken_file_is_reported_in_one_run(catalog):
    """A file that once stopped the check with a traceback no longer hides the problems of the others."""
    names = ["impossible-date", "deep-nesting-990", "huge-integer", "merge-key", "control-escape", "placeholders-only"]
    for name in names:
        (catalog / "errors" / "stock" / f"{name}.yaml").write_bytes((BROKEN / f"{name}.yaml").read_bytes())
    loop = catalog / "errors" / "stock" / "loop.yaml"
    loop.symlink_to(loop.name)
    result, seconds = order_errors("check", str(catalog))
    for name in names:
        refused_at(result, seconds, catalog / "errors" / "stock" / f"{name}.yaml", "error:")
    refused_at(result, seconds, loop, "itself")


def test_a_folder_under_errors_must_be_the_entrys_category(catalog):
    """The folder reaches the page's "Edit this page" address: only the category's name may be there."""
    hostile = catalog / "errors" / "x) <script>alert(document.domain)</script> (y"
    hostile.mkdir(parents=True)  # `</script>` holds a slash: two folders, as `mkdir -p` makes them
    moved = (catalog / "errors" / "stock" / "sku-out-of-stock.yaml").rename(hostile / "sku-out-of-stock.yaml")
    result, seconds = order_errors("check", str(catalog))
    refused_at(result, seconds, moved, "move the file to")
    line = next(line for line in result.stdout.decode().splitlines() if "move the file to" in line)
    assert line.removeprefix(f"{moved}:").startswith("2:")  # the `category:` line
    assert line.endswith(f"`{catalog / 'errors' / 'stock'}/`")


@pytest.mark.parametrize(("message", "expected"), [
    (b"Order \xff\xfe could not be integrated", "not valid UTF-8"),
    (b"{a}{b}", "letters of literal words"),
    (b"Order \x1b[31m could not be integrated", "control character U+001B (ESC)"),
])
def test_new_refuses_a_message_it_could_not_store_or_recognise(catalog, message, expected):
    before = sorted(catalog.rglob("*"))
    result, _ = order_errors(*(os.fsencode(a) for a in ("new", "--catalog", str(catalog), "--marketplace", "shopx",
                                                         "--category", "stock", "--lang", "en", "--message")), message)
    err = result.stderr.decode("utf-8", "replace")
    assert result.returncode == 2, err
    assert "Traceback" not in err and expected in err
    assert sorted(catalog.rglob("*")) == before  # nothing written


def test_explain_refuses_a_limit_below_one(catalog):
    for limit in ("-1", "0", "x"):
        result, _ = order_errors("explain", "--catalog", str(catalog), "--limit", limit, "Order 1 with SKU 2 out of stock")
        err = result.stderr.decode()
        assert result.returncode == 2 and "--limit" in err and "1 or more" in err and "Traceback" not in err


def test_explain_shows_control_characters_escaped():
    from order_errors.commands.explain import printable

    assert printable("a\x1b[31mb\x00c\u202ed\te") == "a\\x1b[31mb\\x00c\\u202ed\\te"
    assert printable("Pedido não encontrado") == "Pedido não encontrado"


def test_explain_prints_no_control_character_a_pasted_message_holds(catalog):
    result, _ = order_errors("explain", "--catalog", str(catalog), "Order 12\x1b]0;pwned\x07 with SKU 9\u202e out of stock")
    out = result.stdout.decode()
    assert result.returncode == 0 and "sku-out-of-stock" in out
    assert not any(ord(c) < 32 and c != "\n" or c == "\u202e" for c in out), repr(out)
