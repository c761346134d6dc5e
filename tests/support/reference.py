"""The help center's quoted messages (../shared/reference/error-messages.yaml), as tests need them."""

from __future__ import annotations

from functools import cache

import yaml

from conftest import REFERENCE


@cache
def reference_messages() -> list[tuple[str, str]]:
    """(reference id, verbatim text) for every quoted message and every quoted variant."""
    data = yaml.safe_load((REFERENCE / "error-messages.yaml").read_text(encoding="utf-8"))
    found = []
    for item in data["messages"]:
        found.append((item["id"], item["message"]))
        found.extend((item["id"], variant["text"]) for variant in item.get("variants") or [])
    return found


def entries_matching(catalog, text: str) -> list[str]:
    """Ids of the entries one of whose message templates matches `text` exactly."""
    from order_errors.core.template import parse

    return [
        entry.id
        for entry in catalog.errors.values()
        if any(parse(t).match(text) is not None for m in entry.messages for t in m.templates)
    ]
