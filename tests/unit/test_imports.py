"""The package's shape: the matcher loads nothing heavy, and no modules import each other in a circle."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from graphlib import CycleError, TopologicalSorter

from support.paths import ROOT

SOURCE = ROOT / "src"
HEAVY = ["yaml", "jinja2", "pydantic", "mkdocs", "multiprocessing"]


def test_the_matcher_loads_no_yaml_jinja_pydantic_mkdocs_or_multiprocessing():
    # A fresh interpreter: this one has loaded everything already.
    code = "import json, sys; import order_errors.search.matcher; print(json.dumps(sorted(sys.modules)))"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(SOURCE), os.environ.get("PYTHONPATH", "")])}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False)
    assert result.returncode == 0, result.stderr
    loaded = json.loads(result.stdout)
    assert "order_errors.search.matcher" in loaded
    assert [m for m in loaded if m.split(".")[0] in HEAVY] == []


def module_name(path) -> str:
    parts = path.relative_to(SOURCE).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph() -> dict[str, set[str]]:
    """{module: the order_errors modules it imports}, anywhere in its source (in a function too)."""
    modules = {module_name(p): p for p in (SOURCE / "order_errors").rglob("*.py")}
    graph = {}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        imported = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                imported |= {alias.name for alias in node.names}
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    base = ".".join(package.split(".")[: len(package.split(".")) - node.level + 1] + ([base] if base else []))
                # `from package import module` imports the module; `from module import name`, the module.
                imported |= {f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else base for alias in node.names}
        graph[name] = {m for m in imported if m in modules and m != name}
    return graph


def test_the_import_graph_is_read_from_the_source():
    graph = import_graph()
    assert "order_errors.search.fold" in graph["order_errors.search.matcher"]
    assert "order_errors.site.escape" in graph["order_errors.site.render"]
    assert len(graph) > 30


def test_no_modules_import_each_other():
    try:
        order = list(TopologicalSorter(import_graph()).static_order())
    except CycleError as cycle:
        raise AssertionError(f"modules import each other: {' -> '.join(cycle.args[1])}") from None
    assert len(order) == len(import_graph())
