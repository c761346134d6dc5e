"""The corpus of broken catalog files, tests/broken/*.yaml: the one table of catalog mistakes.

Each file is an error entry with one mistake; its first line says where `order-errors check` must
report it and words of the message: `# expect: <line> <words>`.
"""

from __future__ import annotations

from pathlib import Path

from support.paths import TESTS

BROKEN_DIR = TESTS / "broken"
BROKEN = sorted(BROKEN_DIR.glob("*.yaml"))


def expectation(path: Path) -> tuple[int, str]:
    """(line, words of the message) a broken file must be refused with."""
    first = path.read_bytes().removeprefix(b"\xef\xbb\xbf").split(b"\n", 1)[0].decode("utf-8", "replace")
    line, _, text = first.removeprefix("# expect: ").partition(" ")
    return int(line), text
