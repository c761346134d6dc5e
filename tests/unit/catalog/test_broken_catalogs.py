"""The corpus of broken catalog files (tests/broken/, the one table of catalog mistakes): each is refused by
`order-errors check`, at its file and line, quickly, without a traceback. Its first line says where and what:
`# expect: <line> <words of the message>`."""

from __future__ import annotations

import re
import resource
import shutil
import subprocess
import time
from pathlib import Path
from types import SimpleNamespace

import pytest

from order_errors.cli import main
from support.broken import BROKEN, expectation
from support.paths import BIN, FIXTURE_CATALOG

MEMORY_LIMIT = 1 << 30  # 1 GiB of address space for the checker
# Files that would exhaust memory or the stack were the checker to take them: checked by the installed
# command, in a process of its own with its memory limited. The others are checked in this process (the
# same `order-errors check`, without starting Python fifty times).
HAZARDS = {"alias-bomb.yaml", "deep-nesting.yaml"}


def limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def check_here(catalog: Path, capsys) -> tuple[SimpleNamespace, float]:
    """`order-errors check` run in this process: its exit code, its output and the CPU seconds it used."""
    capsys.readouterr()
    started = time.process_time()
    returncode = main(["check", str(catalog)])
    seconds = time.process_time() - started
    out = capsys.readouterr()
    return SimpleNamespace(returncode=returncode, stdout=out.out, stderr=out.err), seconds


def check(catalog: Path) -> tuple[subprocess.CompletedProcess, float]:
    """The checker's result and the CPU seconds it used: on a busy machine the wall clock measures the
    machine, the CPU time the checker (a hang is still caught, by the timeout)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    result = subprocess.run([str(BIN / "order-errors"), "check", str(catalog)], capture_output=True, text=True,
                            timeout=20, preexec_fn=limit_memory, check=False)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return result, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


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
    assert seconds < 2, f"took {seconds:.2f} s of CPU"
    located = re.findall(rf"^{re.escape(str(target))}:(\d+):(\d+): error: (.*)$", result.stdout, re.M)
    assert located, output
    assert all(re.match(r"^.+?:\d+:\d+: error: \S", line) for line in result.stdout.splitlines()), result.stdout
    if line is not None:
        assert any(int(found_line) == line and text in message for found_line, _, message in located), located


def test_the_corpus_has_at_least_forty_files():
    assert len(BROKEN) >= 40


@pytest.mark.parametrize("path", BROKEN, ids=[p.stem for p in BROKEN])
def test_broken_file_is_refused_at_its_line(tmp_path, capsys, path):
    line, text = expectation(path)
    catalog, target = with_file(tmp_path, path.name, path.read_bytes())
    result, seconds = check(catalog) if path.name in HAZARDS else check_here(catalog, capsys)
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
