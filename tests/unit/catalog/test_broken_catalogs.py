"""A corpus of broken catalog files: each is refused, at its file and line, quickly, without a traceback."""

from __future__ import annotations

import re
import resource
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from conftest import BIN, FIXTURE_CATALOG, make_project, run_mkdocs

BROKEN = sorted((Path(__file__).parent / "broken").glob("*.yaml"))
MEMORY_LIMIT = 1 << 30  # 1 GiB of address space for the checker


def expectation(path: Path) -> tuple[int, str]:
    first = path.read_bytes().removeprefix(b"\xef\xbb\xbf").split(b"\n", 1)[0].decode("utf-8", "replace")
    line, _, text = first.removeprefix("# expect: ").partition(" ")
    return int(line), text


def limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def check(catalog: Path) -> tuple[subprocess.CompletedProcess, float]:
    started = time.monotonic()
    result = subprocess.run([str(BIN / "order-errors"), "check", str(catalog)], capture_output=True, text=True,
                            timeout=20, preexec_fn=limit_memory, check=False)
    return result, time.monotonic() - started


def with_file(tmp_path: Path, name: str, content: bytes) -> tuple[Path, Path]:
    catalog = tmp_path / "catalog"
    shutil.copytree(FIXTURE_CATALOG, catalog)
    target = catalog / "errors" / "stock" / name
    target.write_bytes(content)
    return catalog, target


def assert_refused(result, seconds: float, target: Path, line: int | None, text: str) -> None:
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert "Traceback" not in output
    assert seconds < 2, f"took {seconds:.2f} s"
    located = re.findall(rf"^{re.escape(str(target))}:(\d+):(\d+): error: (.*)$", result.stdout, re.M)
    assert located, output
    if line is not None:
        assert any(int(found_line) == line and text in message for found_line, _, message in located), located


def test_the_corpus_has_at_least_forty_files():
    assert len(BROKEN) >= 40


@pytest.mark.parametrize("path", BROKEN, ids=[p.stem for p in BROKEN])
def test_broken_file_is_refused_at_its_line(tmp_path, path):
    line, text = expectation(path)
    catalog, target = with_file(tmp_path, path.name, path.read_bytes())
    result, seconds = check(catalog)
    assert_refused(result, seconds, target, line, text)


def test_a_50_megabyte_file_is_refused_quickly(tmp_path):
    catalog, target = with_file(tmp_path, "huge.yaml", b"id: huge\n" + b"# padding padding padding padding\n" * 1_600_000)
    assert target.stat().st_size > 50_000_000
    result, seconds = check(catalog)
    assert_refused(result, seconds, target, 1, "bytes; a catalog file must be under")


def test_a_file_linking_outside_the_catalog_is_refused(tmp_path):
    outside = tmp_path / "secret.yaml"
    outside.write_text("id: secret\n")
    catalog, target = with_file(tmp_path, "placeholder.yaml", b"")
    target.unlink()
    target.symlink_to(outside)
    result, seconds = check(catalog)
    assert_refused(result, seconds, target, 1, "links outside the catalog folder")


@pytest.mark.parametrize("name", ["syntax-unclosed-quote.yaml", "duplicate-key.yaml", "alias-bomb.yaml", "non-utf8.yaml"])
def test_a_failed_build_leaves_the_previous_site_untouched(tmp_path, name):
    project = make_project(tmp_path, FIXTURE_CATALOG)
    site = tmp_path / "site"
    assert run_mkdocs(project, site).returncode == 0
    before = {p: p.read_bytes() for p in site.rglob("*") if p.is_file()}
    (project / "catalog" / "errors" / "stock" / name).write_bytes((Path(__file__).parent / "broken" / name).read_bytes())
    result = run_mkdocs(project, site)
    assert result.returncode != 0 and f"{name}:" in result.stderr and "Traceback" not in result.stderr
    assert {p: p.read_bytes() for p in site.rglob("*") if p.is_file()} == before
