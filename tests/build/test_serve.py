"""`mkdocs serve` shows a new catalog file without a restart."""

from __future__ import annotations

import os
import subprocess

from support.build import make_project
from support.paths import BIN, FIXTURE_CATALOG
from support.serve import free_port, wait_for

NEW_ENTRY = """\
id: brand-new-error
category: stock
marketplaces: [shopx]
title: {en: A brand new error, es: Un error nuevo, pt: Um erro novo}
messages:
  - lang: en
    text: "Brand new failure for order {order_id}"
    placeholders: {order_id: order_id}
meaning: {en: Something new happened., es: Pasó algo nuevo., pt: Aconteceu algo novo.}
causes: {en: [A new cause.], es: [Una causa nueva.], pt: [Uma causa nova.]}
solution: {en: [Do the new thing.], es: [Haz lo nuevo.], pt: [Faça o novo.]}
verify: {en: It works., es: Funciona., pt: Funciona.}
sources: [{url: "https://help.vtex.com/en/troubleshooting/order-errors-in-marketplace-integrations", title: Order errors, lang: en}]
"""


def test_serve_picks_up_a_new_catalog_file(tmp_path):
    project = make_project(tmp_path, FIXTURE_CATALOG)
    port = free_port()
    server = subprocess.Popen(
        [str(BIN / "mkdocs"), "serve", "--dev-addr", f"127.0.0.1:{port}"],
        cwd=project, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    try:
        base = f"http://127.0.0.1:{port}"
        wait_for(base + "/errors/", 60)
        (project / "catalog" / "errors" / "stock" / "brand-new-error.yaml").write_text(NEW_ENTRY, encoding="utf-8")
        # One rebuild, English then the other languages: seconds alone, a minute on a busy machine.
        wait_for(base + "/errors/brand-new-error/", 60, expect="A brand new error")
        wait_for(base + "/pt/errors/brand-new-error/", 60, expect="Um erro novo")
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_a_dirty_preview_shows_every_page_an_edit_changes(tmp_path):
    """`make serve` runs `mkdocs serve --dirty --strict`, which writes again only the pages whose text
    changed, unless what every page shares changed: both kinds of edit must show wherever they appear."""
    project = make_project(tmp_path, FIXTURE_CATALOG)
    port = free_port()
    server = subprocess.Popen(
        [str(BIN / "mkdocs"), "serve", "--dirty", "--strict", "--dev-addr", f"127.0.0.1:{port}"],
        cwd=project, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    catalog = project / "catalog"
    try:
        base = f"http://127.0.0.1:{port}"
        wait_for(base + "/errors/payment-differs/", 60)
        # A title: its own page and the pages that list it.
        entry = catalog / "errors" / "stock" / "sku-out-of-stock.yaml"
        entry.write_text(entry.read_text(encoding="utf-8").replace("The SKU is out of stock", "The SKU ran out"), encoding="utf-8")
        wait_for(base + "/errors/sku-out-of-stock/", 60, expect="The SKU ran out")
        wait_for(base + "/categories/stock/", 60, expect="The SKU ran out")
        # A category's name is in every page's navigation, also on pages whose own text did not change.
        category = catalog / "categories" / "stock.yaml"
        category.write_text(category.read_text(encoding="utf-8").replace("en: Out of stock", "en: Stock ran out"), encoding="utf-8")
        wait_for(base + "/categories/stock/", 60, expect="Stock ran out")
        wait_for(base + "/errors/payment-differs/", 60, expect="Stock ran out")
    finally:
        server.terminate()
        server.wait(timeout=10)
