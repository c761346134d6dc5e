"""The Python matcher on the shared vectors (the browser's matcher is held to the same file)."""

from __future__ import annotations

import time

import pytest

from order_errors.search.fold import fold_with_offsets
from order_errors.search.matcher import Certainty, Matcher, Tier, osa_distance_at_most_one
from order_errors.search.patterns import derive_template
from support.vectors import VECTORS


@pytest.mark.parametrize("vector", VECTORS, ids=[f"{v['source']}-{v['kind']}-{i}" for i, v in enumerate(VECTORS)])
def test_vector_first_result(matcher, vector):
    started = time.perf_counter()
    results = matcher.search(vector["query"])
    assert time.perf_counter() - started < 2, "a query must never hang"
    if vector["expect"] is None:  # no entry answers it: nothing may claim to have found a whole message
        assert [r.id for r in results if r.match == "exact"] == [], [r.id for r in results[:3]]
    else:
        assert results and results[0].id == vector["expect"], [r.id for r in results[:3]]
        if "values" in vector:  # what the message's placeholders (and the Admin's prefix) hold
            assert results[0].values == vector["values"]


def test_every_catalog_message_finds_its_entry_first(matcher, catalog):
    for entry in catalog.errors.values():
        for message in entry.messages:
            for example in [message.text, *message.variants, *message.examples]:
                results = matcher.search(f"Erro na integração do pedido 1234567-01: {example}")
                assert results[0].id == entry.id and results[0].tier == "message", (entry.id, example)


def test_values_are_captured_from_the_pasted_text(matcher):
    (first, *_) = matcher.search("Payment total (1,234.50) differs from store desired value (1,199.00) for order 99")
    assert first.id == "payment-total-differs"
    assert first.values == {"paid": "1,234.50", "expected": "1,199.00"}
    assert first.value_kinds == {"paid": "amount", "expected": "amount"}
    assert first.messages[0] == "Payment total ({paid}) differs from store desired value ({expected})"


def test_accents_case_and_spacing_do_not_matter(matcher):
    for text in ["PEDIDO NAO ENCONTRADO", "pedido   não\nencontrado", "Pedido nao encontrado."]:
        assert matcher.search(text)[0].id == "order-not-found"


def test_typos_are_tolerated(matcher):
    assert matcher.search("Pedido nao integrado pois o memso nao esta pendente")[0].id == "order-past-pending-status"


def test_other_pages_are_found_after_errors(matcher):
    results = matcher.search("Magazine Luiza", 20)
    kinds = [r.kind for r in results]
    assert "page" in kinds and kinds == sorted(kinds)  # "error" sorts before "page"
    assert any(r.url == "/marketplaces/magazine-luiza/" for r in results)


def test_a_marketplaces_errors_and_page_are_found_by_its_other_names(matcher, catalog):
    aliased = [m for m in catalog.marketplaces.values() if m.aliases]
    assert aliased
    for marketplace in aliased:
        for alias in marketplace.aliases:
            results = matcher.search(alias, 50)
            errors = [r.id for r in results if r.kind == "error"]
            assert errors and all(marketplace.slug in catalog.errors[id_].marketplaces for id_ in errors[:3]), (alias, errors[:3])
            assert any(r.url == f"/marketplaces/{marketplace.slug}/" for r in results), alias


def test_an_overlap_with_a_messages_words_alone_ranks_with_the_text_index_not_above_it(search_data, matcher):
    query = "SKU sem preço na política comercial"  # most of the words of an inactive-SKU message
    without_index = Matcher(search_data[0]).search(query)  # the text index not loaded yet
    assert without_index[0].tier is Tier.SIMILAR and without_index[0].match is Certainty.RELATED
    assert without_index[0].id == "sku-inactive-or-out-of-sales-channel"
    results = matcher.search(query, 30)
    assert "price" in results[0].id  # what the words say, ranked by titles and symptoms
    related = [r.score for r in results if r.kind == "error" and r.match is Certainty.RELATED]
    assert related == sorted(related, reverse=True)


def test_folding_keeps_offsets_into_the_original():
    folded, offsets = fold_with_offsets("Ação – “x”")
    assert folded == 'acao - "x"'
    assert [offsets[i] for i in range(len(folded))] == list(range(10))


def test_typo_distance():
    assert osa_distance_at_most_one("mesmo", "memso")
    assert osa_distance_at_most_one("entregar", "etnregar")
    assert osa_distance_at_most_one("occured", "occurred")
    assert not osa_distance_at_most_one("pedido", "pedra")


def test_template_regex_pins_words_and_bounds_values():
    template = derive_template("Total do pagamento ({paid}) é diferente", "amount")
    assert template["pinned"] == len("totaldopagamentoediferente")
    assert template["pattern"].search("x total do pagamento (1.249,90) e diferente y").group(template["groups"][0]) == "1.249,90"
    assert not template["pattern"].search("subtotal do pagamento (1) e diferente")
    edge = derive_template("seller.unable_to_list {reason}", "text")
    assert edge["pattern"].search('seller.unable_to_list phone_pending", "x"').group(edge["groups"][0]) == "phone_pending"


def test_a_message_word_is_not_found_inside_a_value():
    template = derive_template("O pagamento do pedido {order_id} ainda está pendente para o seller {seller} às {time}", "")
    folded = "o pagamento do pedido dafi-1 ainda esta pendente para o seller casaeconforto"
    assert template["pattern"].search(folded) is None  # "as" inside "casaeconforto" is not the word "às"
    assert template["pattern"].search(folded + " as 10:30").group(template["groups"][2]) == "10:30"


def test_overlap_suggestions_come_only_when_no_whole_message_is_recognised(matcher):
    # Its words also cover other SLA entries well enough to be suggested, were it not recognised whole.
    whole = matcher.search("O SLA selecionado para o item não está disponível")
    assert whole[0].id == "selected-sla-for-item-unavailable" and whole[0].tier == "message"
    assert [r.tier for r in whole if r.kind == "error"] == ["message"]
    typo = [r for r in matcher.search("O SLA selecionado para o item nao esta disponivle") if r.kind == "error"]
    assert typo[0].id == "selected-sla-for-item-unavailable" and len(typo) > 1
    assert {r.tier for r in typo} <= {"fragment", "similar", "text"}
