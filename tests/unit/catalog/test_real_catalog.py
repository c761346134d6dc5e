"""The real catalog: valid, and covering every message the help center quotes exactly once."""

from __future__ import annotations

import pytest
import yaml

from order_errors.core.languages import LANGS
from support.paths import DATA
from support.reference import entries_matching, reference_messages

EXPECTED_MARKETPLACES = {"amazon", "mercado-libre", "dafiti", "magazine-luiza", "b2w", "via", "netshoes", "carrefour", "walmart"}
EXPECTED_CATEGORIES = {"sla", "stock", "price", "catalog", "order-status", "customer-data", "shipping", "invoice", "authentication", "other"}


@pytest.mark.parametrize("ref_id,text", reference_messages(), ids=lambda v: v[:40] if isinstance(v, str) else v)
def test_every_reference_message_is_covered_by_exactly_one_entry(catalog, ref_id, text):
    assert len(entries_matching(catalog, text)) == 1, f"{ref_id}: {text!r} -> {entries_matching(catalog, text)}"


def bridge_entries() -> set[str]:
    """The entries the Bridge help-center articles' messages lead to (tests/data/bridge-messages-*.yaml)."""
    return {item["entry"] for path in sorted(DATA.glob("bridge-messages-*.yaml"))
            for item in yaml.safe_load(path.read_text(encoding="utf-8"))}


def test_marketplaces_and_categories_are_the_reference_slugs(catalog):
    assert EXPECTED_MARKETPLACES <= set(catalog.marketplaces)
    assert set(catalog.categories) == EXPECTED_CATEGORIES


def test_a_marketplace_beyond_the_reference_comes_from_the_bridge_articles(catalog):
    """A marketplace the order-errors reference does not name (Google Shopping) is there for the
    messages of the Bridge articles: each of its errors cites its articles and is one those messages lead to."""
    extra = set(catalog.marketplaces) - EXPECTED_MARKETPLACES
    from_bridge = bridge_entries()
    for slug in extra:
        own = catalog.errors_of_marketplace(slug)
        assert own, slug
        for entry in own:
            assert entry.sources, (slug, entry.id)
            assert entry.id in from_bridge, (slug, entry.id)


def test_sla_stock_and_price_come_first(catalog):
    assert [c.slug for c in catalog.ordered_categories()][:3] == ["sla", "stock", "price"]


def test_every_category_and_marketplace_has_errors(catalog):
    for slug in catalog.categories:
        assert catalog.errors_in_category(slug), slug
    for slug in catalog.marketplaces:
        assert catalog.errors_of_marketplace(slug), slug


def test_english_is_complete_and_no_text_is_a_copy_of_the_message(catalog):
    for entry in catalog.errors.values():
        texts = {m.text.casefold() for m in entry.messages}
        assert entry.title.en.casefold() not in texts, entry.id
        assert entry.solution.en, entry.id  # as many steps as the sources give: one, for some
        assert all(lang in LANGS for lang in (m.lang for m in entry.messages))


def test_message_languages_are_plausible(catalog):
    """A message tagged `en` has no Portuguese/Spanish accents, and the other way round is not checked."""
    for entry in catalog.errors.values():
        for message in entry.messages:
            if message.lang == "en":
                assert not set("ãõçáéíóúâêô") & set(message.text.lower()), (entry.id, message.text)
