"""The contributor-facing files agree with the code: CONTRIBUTING.md, .github/, .pre-commit-config.yaml."""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from order_errors.catalog.load import load_catalog
from order_errors.catalog.problems import CatalogInvalid
from order_errors.cli import build_parser
from support.broken import BROKEN_DIR, expectation
from support.paths import FIXTURE_CATALOG, ROOT

GITHUB = ROOT / ".github"
CONTRIBUTING = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")


def read_yaml(path: Path):
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def steps(workflow: dict) -> list[dict]:
    return [step for job in workflow["jobs"].values() for step in job["steps"]]


def triggers(workflow: dict) -> dict:
    return workflow.get("on", workflow.get(True))  # YAML 1.1 reads the key `on` as true


def subcommands() -> dict:
    parser = build_parser()
    action = next(a for a in parser._actions if a.dest == "command")
    return action.choices


# --- CONTRIBUTING.md --------------------------------------------------------------------------------


def test_contributing_walks_through_adding_an_error():
    for command in ("order-errors new", "order-errors check", "make serve", "make test", "order-errors explain"):
        assert command in CONTRIBUTING, command
    mentioned = set(re.findall(r"order-errors ([a-z]+)", CONTRIBUTING))
    assert mentioned <= set(subcommands()), mentioned - set(subcommands())
    targets = set(re.findall(r"^([a-z-]+):", (ROOT / "Makefile").read_text(encoding="utf-8"), re.M))
    assert set(re.findall(r"`make ([a-z-]+)", CONTRIBUTING)) <= targets


def test_contributing_documents_every_option_of_new_and_no_other():
    new = subcommands()["new"]
    options = {s for a in new._actions for s in a.option_strings if s.startswith("--")} - {"--help", "--catalog"}
    section = CONTRIBUTING.split("order-errors new`", 1)[1].split("3. **", 1)[0]
    documented = set(re.findall(r"`(--[a-z]+)", section))
    assert documented == options


# The check messages CONTRIBUTING.md shows, each by a file of the corpus of broken files (tests/broken/) that
# produces it, with the values in that message that differ from case to case.
DOCUMENTED = {
    "unknown-field": [], "missing-title": [], "missing-language": [], "duplicate-key": [],
    "syntax-mapping-in-value": [], "wrong-type-marketplaces": [], "bad-placeholder-kind": [],
    "unknown-marketplace": [], "unknown-category": [], "unknown-related": [], "undeclared-placeholder": [],
    "unused-placeholder": ["seller"], "example-does-not-match": [], "stock-message-copied": [],
    "not-named-after-id": [], "no-marketplace": [], "updated-before-created": [],
}


def pattern_of(message: str, values: list[str]) -> re.Pattern[str]:
    """The message with its case-specific parts (`quoted`, {names}, numbers, values) free."""
    free = "|".join([r"`[^`]*`", r"\{[a-z_]+\}", r"\d+", *map(re.escape, values)])
    parts = re.split(f"({free})", message)
    regex = "".join(re.escape(p) if i % 2 == 0 else r"(?:`[^`]*`|\{[a-z_]+\}|\d+|[a-z_, -]+)" for i, p in enumerate(parts))
    return re.compile(r"^\S+\.yaml:\d+:\d+: error: " + regex + "$", re.M)


@pytest.mark.parametrize("name", DOCUMENTED)
def test_contributing_shows_each_check_message_as_printed(tmp_path, name):
    catalog = tmp_path / "catalog"
    shutil.copytree(FIXTURE_CATALOG, catalog)
    broken = BROKEN_DIR / f"{name}.yaml"
    shutil.copy(broken, catalog / "errors" / "stock" / broken.name)
    _, words = expectation(broken)
    with pytest.raises(CatalogInvalid) as raised:
        load_catalog(catalog)
    found = [p.message for p in raised.value.problems if words in p.message]
    assert found, raised.value.problems
    assert pattern_of(found[0], DOCUMENTED[name]).search(CONTRIBUTING), (
        f"CONTRIBUTING.md has no example of this check message (as `path:line:column: error: ...`): {found[0]}"
    )


def test_contributing_examples_are_in_the_check_format():
    examples = re.findall(r"^catalog/\S+: error: .*$", CONTRIBUTING, re.M)
    assert len(examples) >= len(DOCUMENTED)
    assert all(re.match(r"^catalog/errors/[a-z-]+/[a-z0-9-]+\.yaml:\d+:\d+: error: \S", e) for e in examples)


def test_contributing_style_guide_covers_messages_and_steps():
    for needle in ("verbatim", "{name}", "placeholders", "variants", "examples", "imperative", "one action",
                   "**Section > Page**", "no HTML", "`en`, `es` and `pt`"):
        assert needle.lower() in CONTRIBUTING.lower(), needle
    from order_errors.core.rules import PlaceholderKind

    for kind in PlaceholderKind.__args__:
        assert f"`{kind}`" in CONTRIBUTING, kind


# --- .github ----------------------------------------------------------------------------------------


def test_the_issue_form_offers_the_catalogs_marketplaces(catalog):
    form = read_yaml(GITHUB / "ISSUE_TEMPLATE" / "new-error-message.yml")
    assert form["name"] and form["description"]
    body = form["body"]
    ids = [item["id"] for item in body if "id" in item]
    assert len(ids) == len(set(ids))
    assert all(item["type"] in {"markdown", "dropdown", "textarea", "input", "checkboxes"} for item in body)
    [dropdown] = [item for item in body if item["type"] == "dropdown"]
    assert set(dropdown["attributes"]["options"]) == set(catalog.marketplaces)
    textareas = {item["id"]: item for item in body if item["type"] == "textarea"}
    assert set(textareas) >= {"message", "where", "fix"}
    assert textareas["message"]["validations"]["required"] is True
    assert "exact" in textareas["message"]["attributes"]["label"].lower()


def test_the_issue_chooser_config():
    config = read_yaml(GITHUB / "ISSUE_TEMPLATE" / "config.yml")
    assert isinstance(config["blank_issues_enabled"], bool)
    for link in config.get("contact_links", []):
        assert link["name"] and link["about"] and link["url"].startswith("https://")


def test_the_pull_request_template_is_a_checklist():
    template = (GITHUB / "PULL_REQUEST_TEMPLATE.md").read_text(encoding="utf-8")
    items = re.findall(r"^- \[ \] (.+)$", template, re.M)
    assert len(items) >= 6
    for needle in ("order-errors check", "make test", "make serve", "TODO", "verbatim", "`en`, `es` and `pt`"):
        assert any(needle in item for item in items), needle


def test_ci_runs_the_suite_on_python_3_11_with_chromium():
    workflow = read_yaml(GITHUB / "workflows" / "ci.yml")
    assert {"push", "pull_request"} <= set(triggers(workflow))
    all_steps = steps(workflow)
    uses = [s.get("uses", "") for s in all_steps]
    assert any(u.startswith("actions/checkout@") for u in uses)
    [python] = [s for s in all_steps if s.get("uses", "").startswith("actions/setup-python@")]
    assert str(python["with"]["python-version"]) == "3.11"
    runs = [s.get("run", "") for s in all_steps]
    assert any("apt-get install" in r and "chromium" in r for r in runs)
    assert runs[-1].strip() == "make test"
    assert uses.index(next(u for u in uses if u.startswith("actions/checkout@"))) == 0


def test_pages_builds_with_make_and_deploys_site():
    workflow = read_yaml(GITHUB / "workflows" / "pages.yml")
    assert workflow["permissions"]["pages"] == "write" and workflow["permissions"]["id-token"] == "write"
    build, deploy = workflow["jobs"]["build"], workflow["jobs"]["deploy"]
    assert any(s.get("run", "").strip() == "make build" for s in build["steps"])
    [upload] = [s for s in build["steps"] if s.get("uses", "").startswith("actions/upload-pages-artifact@")]
    assert upload["with"]["path"].rstrip("/") == "site"
    assert deploy["needs"] == "build" and deploy["environment"]["name"] == "github-pages"
    assert any(s.get("uses", "").startswith("actions/deploy-pages@") for s in deploy["steps"])
    site_dir = re.search(r"^site_dir:\s*(\S+)", (ROOT / "mkdocs.yml").read_text(encoding="utf-8"), re.M)
    assert (site_dir.group(1) if site_dir else "site").rstrip("/") == "site", "the artifact is what mkdocs builds"


# --- pre-commit ----------------------------------------------------------------------------------------


def hooks() -> dict[str, tuple[dict, dict]]:
    config = read_yaml(ROOT / ".pre-commit-config.yaml")
    return {hook["id"]: (repo, hook) for repo in config["repos"] for hook in repo["hooks"]}


def test_pre_commit_runs_the_catalog_check_on_catalog_changes():
    repo, hook = hooks()["order-errors-check"]
    assert repo["repo"] == "local" and hook["pass_filenames"] is False
    files = re.compile(hook["files"])
    assert files.search("catalog/errors/price/payment-total-differs.yaml")
    assert files.search("catalog/marketplaces/amazon.yaml")
    assert not files.search("src/order_errors/cli.py")
    command = shlex.split(hook["entry"])
    assert command[1:] == ["check", "catalog"] and command[0].endswith("order-errors")
    executable = ROOT / command[0]
    if not executable.exists():
        pytest.skip(f"{command[0]} is not installed (make install)")
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, stdin=subprocess.DEVNULL)
    assert result.returncode == 0, result.stdout + result.stderr


def test_pre_commit_runs_ruff_from_astral():
    ruff = [(repo, hook) for repo, hook in hooks().values() if repo["repo"] == "https://github.com/astral-sh/ruff-pre-commit"]
    assert ruff and all(hook["id"] in {"ruff", "ruff-check"} for _, hook in ruff)
    assert re.fullmatch(r"v\d+\.\d+\.\d+", ruff[0][0]["rev"])
