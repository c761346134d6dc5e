"""Every message quoted in the help center's Bridge articles (products, prices, stock), pasted as an agent
would, is answered first by its own entry, as a recognised message (tests/data/bridge-messages-*.yaml)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from support.paths import DATA

PASTES = [item for path in sorted((DATA).glob("bridge-messages-*.yaml"))
          for item in yaml.safe_load(path.read_text(encoding="utf-8"))]


def test_the_bridge_articles_messages_are_all_listed():
    assert len(PASTES) > 150
    assert {Path(item["article"]).parts[1] for item in PASTES} == {"en", "es", "pt"}


@pytest.mark.parametrize("item", PASTES, ids=lambda item: f"{item['entry']}:{item['message'][:40]}")
def test_a_bridge_message_finds_its_entry_first_and_says_it_recognised_it(matcher, catalog, item):
    assert item["entry"] in catalog.errors
    first = matcher.search(item["message"])[0]
    assert (first.id, first.match.value) in {(item["entry"], "exact"), (item["entry"], "partial")}, first.as_json()


def test_every_bridge_entry_says_where_in_the_admin_it_shows(catalog):
    entries = {item["entry"] for item in PASTES}
    areas = {catalog.errors[e].area for e in entries}
    assert areas >= {"products", "prices", "inventory"}


def test_the_browsers_matcher_answers_every_bridge_message_as_the_terminal_does(search_data, matcher):
    from support.matcher_in_node import search_in_node

    answers = search_in_node(*search_data, [i["message"] for i in PASTES])
    for item, answer in zip(PASTES, answers, strict=True):
        first = answer["results"][0]
        assert (first["id"], first["match"]) == (item["entry"], matcher.search(item["message"])[0].match.value), item["message"]
