"""The values the search captures from a pasted message, in Python and in matcher.js (run in Node).

Every example a catalog message gives is pasted, alone and after the Admin's prefix: the message that
matched, filled with the values captured, must give the example back (a value the example quotes is
captured without its quotes).
"""

from __future__ import annotations

import re

import pytest

from order_errors.core.template import parse
from support.matcher_in_node import search_in_node
from support.vectors import VECTORS

WITH_VALUES = [v for v in VECTORS if "values" in v]
PREFIX = "Erro na integração do pedido 1392520512345-01: "


@pytest.fixture(scope="module")
def examples(catalog) -> list[tuple[str, str, tuple[str, ...], dict[str, str]]]:
    """(entry id, example, its message's templates, its message's placeholder kinds) for every example."""
    found = [(entry.id, example, message.templates, message.placeholders)
             for entry in catalog.errors.values() for message in entry.messages for example in message.examples]
    assert sum(1 for *_, kinds in found if kinds) >= 10, "the catalog's examples hold values to check"
    return found


QUOTES = "[\"'\u201c\u201d\u2018\u2019]?"


def _with_values(template, values: dict[str, str]) -> str:
    """The expression of the message with each value in place, exactly, perhaps between quotes."""
    return "".join(re.escape(part) if i % 2 == 0 else QUOTES + re.escape(values[part]) + QUOTES
                   for i, part in enumerate(template.parts))


def check_round_trip(entry_id: str, example: str, templates: tuple[str, ...], kinds: dict, answer: dict, prefixed: bool) -> None:
    assert answer["id"] == entry_id and answer["tier"] == "message", (example, answer["id"])
    # The message that matched is shown first: fill it with what was captured.
    (source, *_) = [t for t in templates if parse(t).display() == answer["messages"][0]]
    template = parse(source)
    values = dict(answer["values"])
    if prefixed and "order_id" not in kinds.values():
        assert values.pop("order_id") == "1392520512345-01", example
        assert answer["value_kinds"]["order_id"] == "order_id"
    # A value the example quotes ("Color") is captured without its quotes, as an agent wants it: the
    # example is the message with each value in place, quoted or not.
    assert re.fullmatch(_with_values(template, values), example), (example, values)
    assert answer["value_kinds"].items() >= {name: kinds[name] for name in template.placeholders}.items()


def test_every_example_gives_back_its_values_in_python(matcher, examples):
    for entry_id, example, templates, kinds in examples:
        for prefixed in (False, True):
            (first, *_) = matcher.search(PREFIX + example if prefixed else example)
            check_round_trip(entry_id, example, templates, kinds, first.as_json(), prefixed)


def test_every_example_gives_back_its_values_in_javascript(search_data, examples):
    queries = [prefix + example for _, example, _, _ in examples for prefix in ("", PREFIX)]
    answers = iter(search_in_node(*search_data, queries))
    for entry_id, example, templates, kinds in examples:
        for prefixed in (False, True):
            check_round_trip(entry_id, example, templates, kinds, next(answers)["results"][0], prefixed)


def test_side_by_side_values_are_split_by_kind(matcher):
    (first, *_) = matcher.search("PEDIDO 7841203311 14/11/2026 09:12:44 Interface = 15  Msg = transportadora / "
                                 "servico de entrega (Jadlog - Expresso) nao cadastrados")
    assert first.values == {"order_id": "7841203311", "date": "14/11/2026", "time": "09:12:44",
                            "interface": "15", "carrier": "Jadlog - Expresso"}


@pytest.mark.parametrize("prefix", [
    "Erro na integração do pedido {id}: ", "Error en la integración del pedido {id}: ",
    "Error in the integration of order {id}: ", "Order integration error {id}: ", "ERRO NA INTEGRACAO DO PEDIDO {id} : ",
])
@pytest.mark.parametrize("order", ["1392520512345-01", "1392520512345", "500-2583936-2003007", "MLB-2019651922"])
def test_the_admin_prefix_gives_the_order_id(matcher, prefix, order):
    (first, *_) = matcher.search(prefix.format(id=order) + "Pedido não encontrado")
    assert first.id == "order-not-found" and first.values == {"order_id": order}
    assert first.value_kinds == {"order_id": "order_id"}


def test_a_message_that_names_its_order_keeps_its_own(matcher):
    (first, *_) = matcher.search("Erro na integração do pedido 1334101061794-01: O pedido com marketplace id 1098765432101 "
                                 "para o afiliado CNV já está cancelado e não pode ser recriado")
    assert first.values == {"order_id": "1098765432101", "affiliate": "CNV"}


def test_an_order_id_elsewhere_is_not_the_admin_prefix(matcher):
    for text in ["Pedido 1325688316616-01 - Status: Erro - Mensagem: Pedido não encontrado",
                 "Erro na integração do pedido 1392520512345-01: veja abaixo. " + "x " * 80 + "Pedido não encontrado"]:
        (first, *_) = matcher.search(text)
        assert first.id == "order-not-found" and first.values == {}, text


def test_javascript_captures_the_vectors_values(search_data):
    assert len(WITH_VALUES) >= 10
    answers = search_in_node(*search_data, [v["query"] for v in WITH_VALUES])
    for vector, answer in zip(WITH_VALUES, answers, strict=True):
        first = answer["results"][0]
        assert (first["id"], first["values"]) == (vector["expect"], vector["values"]), vector["query"][:80]
