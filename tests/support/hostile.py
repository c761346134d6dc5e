"""A catalog whose every reader-facing text and message is an attack, for the hardening tests."""

from __future__ import annotations

import shutil
from pathlib import Path

import yaml

PAYLOADS = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(2)>',
    "[click me](javascript:alert(3))",
    "{{ config }} {% raw %} {% include 'x' %}",
    "| broken | table |\n| --- | --- |",
    "``` </code></pre><script>alert(4)</script>",
    "<div onclick=alert(5)>div</div>",
    "{: onclick=\"alert(6)\" }",
    "</title><script>alert(7)</script>",
    "<a href=\"javascript:alert(8)\">link</a>",
]
SUFFIX = {"en": "", "es": " (es)", "pt": " (pt)"}  # translations must differ, or the check refuses them


def _poison(value, counter: list[int], lang: str | None = None):
    if isinstance(value, dict):
        return {k: _poison(v, counter, k if k in SUFFIX else lang) for k, v in value.items()}
    if isinstance(value, list):
        return [_poison(v, counter, lang) for v in value]
    counter[0] += 1
    return PAYLOADS[counter[0] % len(PAYLOADS)] + f" #{counter[0]}" + SUFFIX.get(lang or "en", "")


def make_hostile_catalog(source: Path, target: Path) -> None:
    shutil.copytree(source, target)
    counter = [0]
    for path in target.rglob("*.yaml"):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for key in ("title", "meaning", "causes", "solution", "verify", "intro", "where_to_look",
                    "categories_intro", "marketplaces_intro", "name", "summary", "diagnosis", "connector", "notes"):
            if isinstance(data.get(key), dict):
                data[key] = _poison(data[key], counter)
        if isinstance(data.get("name"), str):
            data["name"] = PAYLOADS[0] + " " + data["name"]
        for message in data.get("messages", []):
            names = " ".join("{" + n + "}" for n in message.get("placeholders", {}))
            counter[0] += 1
            message["text"] = f"{PAYLOADS[counter[0] % len(PAYLOADS)]} {data['id']} {names}".strip()
            message["variants"] = [PAYLOADS[(counter[0] + 1) % len(PAYLOADS)] + f" variant {data['id']}"]
            message.pop("examples", None)
        path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
