"""`order-errors new --message "<pasted text>"`: the values of a pasted message become placeholders."""

from __future__ import annotations

import shutil

import yaml

from order_errors.catalog.load import load_catalog
from order_errors.commands.new import Options, run, templatize
from support.paths import FIXTURE_CATALOG

PASTED = ("Erro na integração do pedido 1392520512345-01: O pagamento do pedido 1392520512345-01 de 1.249,90 "
          "venceu em 14/11/2026 09:12:44 para o SKU 88231")


def test_values_become_placeholders_of_their_kind_and_the_admin_prefix_goes():
    template, kinds = templatize(PASTED)
    assert template == "O pagamento do pedido {order_id} de {amount} venceu em {date} {time} para o SKU {sku}"
    assert dict(kinds) == {"order_id": "order_id", "amount": "amount", "date": "date", "time": "time", "sku": "sku"}


def test_two_values_of_a_kind_get_numbered_names_and_braces_stay_literal():
    template, kinds = templatize("Payment total (49.11) differs from {Store} value (54.11), code 7")
    assert template == "Payment total ({amount}) differs from {{Store}} value ({amount_2}), code 7"
    assert dict(kinds) == {"amount": "amount", "amount_2": "amount"}


def test_a_message_with_placeholders_or_without_values_is_kept_as_written():
    assert templatize("Order {order_id} not found") == ("Order {order_id} not found", ())
    assert templatize("Pedido não encontrado") == ("Pedido não encontrado", ())


def test_the_scaffolded_entry_matches_its_own_paste_and_passes_the_check(tmp_path):
    catalog_dir = tmp_path / "catalog"
    shutil.copytree(FIXTURE_CATALOG, catalog_dir)
    options = Options(marketplaces=["shopx"], category="stock", message=PASTED, lang="pt", catalog=catalog_dir)
    assert run(options, interactive=False) == 0
    [written] = [p for p in (catalog_dir / "errors" / "stock").glob("*.yaml") if p.name != "sku-out-of-stock.yaml"]
    assert written.name == "o-pagamento-do-pedido-de-venceu-em-para-o-sku.yaml"
    message = yaml.safe_load(written.read_text(encoding="utf-8"))["messages"][0]
    assert message["placeholders"]["amount"] == "amount"
    assert message["examples"] == [PASTED.split(": ", 1)[1]]  # the paste itself, checked to match the template
    assert written.stem in load_catalog(catalog_dir).errors
