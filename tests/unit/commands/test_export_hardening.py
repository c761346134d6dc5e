"""`order-errors export --help-center DIR`: titles as written (not HTML-escaped), and an entry removed from
the catalog is removed from the export."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import yaml

from support.paths import BIN, FIXTURE_CATALOG

TITLE = "The shopper's <SKU> & \"stock\" ran out"


def export(catalog: Path, out: Path) -> subprocess.CompletedProcess:
    return subprocess.run([str(BIN / "order-errors"), "export", "--help-center", str(out), "--catalog", str(catalog)],
                          capture_output=True, text=True, timeout=60, check=False)


def front_matter(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8").split("---\n", 2)[1])


def test_titles_are_plain_and_removed_entries_leave_the_export(tmp_path):
    catalog = tmp_path / "catalog"
    shutil.copytree(FIXTURE_CATALOG, catalog)
    entry = catalog / "errors" / "stock" / "sku-out-of-stock.yaml"
    data = yaml.safe_load(entry.read_text(encoding="utf-8"))
    data["title"]["en"] = TITLE
    entry.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    out = tmp_path / "help-center"

    first = export(catalog, out)
    assert first.returncode == 0, first.stderr
    article = next(out.glob("docs/en/troubleshooting/*/*sku-out-of-stock.md"))
    assert front_matter(article)["title"] == TITLE
    before = {p.relative_to(out) for p in out.rglob("*.md")}
    assert len([p for p in before if p.stem.endswith("sku-out-of-stock")]) == 3  # en, es, pt

    # payment-differs lists it as related: drop that link, then the entry itself.
    other = catalog / "errors" / "price" / "payment-differs.yaml"
    other.write_text(other.read_text(encoding="utf-8").replace("related: [sku-out-of-stock]\n", ""), encoding="utf-8")
    entry.unlink()
    unrelated = out / "README.txt"  # outside the folders the export owns: kept
    unrelated.write_text("notes")
    second = export(catalog, out)
    assert second.returncode == 0, second.stderr + second.stdout
    after = {p.relative_to(out) for p in out.rglob("*.md")}
    assert after == {p for p in before if not p.stem.endswith("sku-out-of-stock")}
    assert unrelated.read_text() == "notes"


def test_every_address_an_article_links_to_is_an_exported_article(tmp_path):
    from order_errors.catalog.load import load_catalog
    from order_errors.commands.export import export_help_center

    written = export_help_center(load_catalog(FIXTURE_CATALOG), tmp_path / "hc")
    for lang in ("en", "es", "pt"):
        slugs = {path.stem for path in written if path.parts[-4] == lang}
        for path in written:
            if path.parts[-4] != lang:
                continue
            text = path.read_text(encoding="utf-8")
            linked = set(re.findall(rf'(?:\]\(|href=")/{lang}/troubleshooting/([^)"?#]+)', text))
            assert linked <= slugs, (path.name, linked - slugs)
    assert any(path.stem == "errors" for path in written)  # the all-errors list, which the hub links to
