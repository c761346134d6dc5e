"""`order-errors export --help-center DIR`: every page, in every language, as a help-center article."""

from __future__ import annotations

import subprocess

import yaml

from order_errors.commands.export import export_help_center
from support.paths import BIN, FIXTURE_CATALOG


def test_export_writes_every_page_as_a_help_center_article(tmp_path, catalog):
    written = export_help_center(catalog, tmp_path)
    pages = len(catalog.errors) + len(catalog.marketplaces) + len(catalog.categories) + 2  # and the hub, all errors
    assert len(written) == 3 * pages
    sla = tmp_path / "docs/pt/troubleshooting/integrações-e-canais/erros-de-sla-na-integracao-de-pedidos-de-marketplace.md"
    front = yaml.safe_load(sla.read_text(encoding="utf-8").split("---")[1])
    assert front["id"] == "X8lSfxT44OyxkxwvnRk1X" and front["locale"] == "pt"
    assert front["slugEN"] == "sla-errors-in-marketplace-integration-orders"
    for field in ("title", "status", "createdAt", "updatedAt", "contentType", "productTeam", "slug", "legacySlug"):
        assert front.get(field), field
    assert "/pt/troubleshooting/" in sla.read_text(encoding="utf-8")


def test_cli_export(tmp_path):
    result = subprocess.run([str(BIN / "order-errors"), "export", "--help-center", str(tmp_path), "--catalog", str(FIXTURE_CATALOG)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0 and "wrote 24 help-center articles" in result.stdout  # 8 pages in 3 languages
    assert (tmp_path / "docs/es/troubleshooting/integraciones-y-canales/errors-sku-out-of-stock.md").is_file()
