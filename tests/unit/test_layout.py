"""Every test file is in a group's folder and is collected: none is skipped silently (pytest's default
`norecursedirs` holds `build`, which once hid all of tests/build/)."""

from __future__ import annotations

import os
import subprocess
import sys

from support.paths import ROOT, TESTS

GROUPS = ("unit", "build", "browser")


def test_every_test_file_is_in_a_group_folder():
    files = sorted(p.relative_to(TESTS) for p in TESTS.rglob("test_*.py"))
    assert len(files) > 30
    assert [str(f) for f in files if f.parts[0] not in GROUPS] == []


def test_every_test_file_is_collected():
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")])}
    result = subprocess.run([sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider", str(TESTS)],
                            cwd=ROOT, capture_output=True, text=True, env=env, timeout=120, check=False)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    collected = {line.split("::", 1)[0] for line in result.stdout.splitlines() if "::" in line}
    on_disk = {p.relative_to(ROOT).as_posix() for p in TESTS.rglob("test_*.py")}
    assert on_disk - collected == set()
    for group in GROUPS:
        assert any(path.startswith(f"tests/{group}/") for path in collected), group
