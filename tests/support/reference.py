"""The help center's facts the tests hold the site to, from tests/data (each file says where it came from):
the messages its articles quote verbatim, and its articles' ids, locales, legacy slugs and hub links."""

from __future__ import annotations

from functools import cache

import yaml

from support.paths import DATA


@cache
def reference_messages(as_shown: bool = False) -> list[tuple[str, str]]:
    """(reference id, verbatim text) for every quoted message and every quoted variant; `as_shown`:
    the text a reader sees, for the one message an article quotes with its markup (`normalized`)."""
    data = yaml.safe_load((DATA / "reference-messages.yaml").read_text(encoding="utf-8"))
    found = []
    for item in data["messages"]:
        found.append((item["id"], item.get("normalized", item["message"]) if as_shown else item["message"]))
        found.extend((item["id"], variant["text"]) for variant in item.get("variants") or [])
    return found


@cache
def help_center() -> dict:
    """`articles` (id, locale, legacySlug of each saved article) and `hub_links` (the hub article's links)."""
    return yaml.safe_load((DATA / "help-center-articles.yaml").read_text(encoding="utf-8"))


def entries_matching(catalog, text: str) -> list[str]:
    """Ids of the entries one of whose message templates matches `text` exactly."""
    from order_errors.core.template import parse

    return [
        entry.id
        for entry in catalog.errors.values()
        if any(parse(t).match(text) is not None for m in entry.messages for t in m.templates)
    ]
