"""Every entry cites the help-center articles it rests on, and every text uses the catalog's one name per term."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from order_errors.catalog.load import load_catalog
from order_errors.catalog.problems import CatalogInvalid
from support.paths import FIXTURE_CATALOG, ROOT

ENTRY = "errors/price/payment-differs.yaml"
TERMS = """terms:
  - id: inventory-screen
    en: {use: "Catalog > Inventory", avoid: ["stock room", "Inventory & Shipping > Stock"]}
    pt: {use: "Catálogo > Inventário", avoid: ["Gerenciamento de estoque"]}
"""


@pytest.fixture
def catalog_dir(tmp_path: Path) -> Path:
    target = tmp_path / "catalog"
    shutil.copytree(FIXTURE_CATALOG, target)
    (target / "terms.yaml").write_text(TERMS, encoding="utf-8")
    return target


def problems(catalog_dir: Path) -> list[str]:
    try:
        load_catalog(catalog_dir)
    except CatalogInvalid as invalid:
        return [str(p) for p in invalid.problems]
    return []


def replace_in(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_the_fixture_uses_no_avoided_term(catalog_dir):
    assert problems(catalog_dir) == []


def test_an_avoided_variant_is_reported_at_its_line_and_column_with_the_preferred_name(catalog_dir):
    entry = catalog_dir / ENTRY
    replace_in(entry, "{en: The payment differs,", "{en: Check the STOCK ROOM first,")
    lines = entry.read_text(encoding="utf-8").split("\n")
    number = next(i for i, line in enumerate(lines) if "STOCK ROOM" in line)
    found = problems(catalog_dir)
    assert found == [f"{entry}:{number + 1}:{lines[number].index('STOCK') + 1}: error: write `Catalog > Inventory` "
                     "instead of `stock room` (catalog/terms.yaml: the name the help center uses in en)"]


def test_a_variant_only_counts_in_its_own_language_and_never_in_messages(catalog_dir):
    entry = catalog_dir / ENTRY
    data = yaml.safe_load(entry.read_text(encoding="utf-8"))
    data["meaning"]["es"] = data["meaning"]["es"] + " Gerenciamento de estoque."  # a pt variant in es text
    data["messages"][0]["variants"] = ["Payment differs: see the stock room"]
    entry.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    assert problems(catalog_dir) == []


def test_a_variant_inside_a_quoted_message_is_not_reported(catalog_dir):
    data = yaml.safe_load((catalog_dir / ENTRY).read_text(encoding="utf-8"))
    data["verify"]["en"] = 'The Admin no longer shows "See the stock room", and neither does `stock room`.'
    (catalog_dir / ENTRY).write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    assert problems(catalog_dir) == []


def test_a_variant_inside_a_longer_word_is_not_reported(catalog_dir):
    data = yaml.safe_load((catalog_dir / ENTRY).read_text(encoding="utf-8"))
    data["verify"]["en"] = "The stock roomful is fine."
    (catalog_dir / ENTRY).write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    assert problems(catalog_dir) == []


def test_a_phrase_wrapped_across_lines_is_still_found(catalog_dir):
    data = yaml.safe_load((catalog_dir / ENTRY).read_text(encoding="utf-8"))
    data["verify"]["pt"] = "Veja em Gerenciamento\n  de estoque se o pedido entrou."
    (catalog_dir / ENTRY).write_text(yaml.safe_dump(data, allow_unicode=True, width=30), encoding="utf-8")
    found = problems(catalog_dir)
    assert len(found) == 1 and "instead of `Gerenciamento de estoque`" in found[0]


def test_an_entry_without_sources_is_refused(catalog_dir):
    entry = catalog_dir / ENTRY
    data = yaml.safe_load(entry.read_text(encoding="utf-8"))
    del data["sources"]
    entry.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    assert any("missing required field `sources`" in p for p in problems(catalog_dir))
    data["sources"] = []
    entry.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    assert any("`sources`" in p and "at least 1 item" in p for p in problems(catalog_dir))


def test_a_source_must_be_a_help_center_article(catalog_dir):
    entry = catalog_dir / ENTRY
    data = yaml.safe_load(entry.read_text(encoding="utf-8"))
    data["sources"][0]["url"] = "https://example.com/some-blog-post"
    entry.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    assert any("`sources.0.url`" in p for p in problems(catalog_dir))


def test_every_real_entry_cites_a_source_and_says_when_it_is_not_published(catalog):
    for entry in catalog.errors.values():
        assert entry.sources, entry.id
        for source in entry.sources:
            assert source.url.startswith(f"https://help.vtex.com/{source.lang}/"), (entry.id, source.url)
    statuses = {s.status for e in catalog.errors.values() for s in e.sources}
    assert {"archived", "draft"} <= statuses  # the catalog does rest on a few unpublished articles, and says so


def test_the_real_catalog_has_a_terms_file_it_follows():
    assert (ROOT / "catalog" / "terms.yaml").is_file()
    load_catalog(ROOT / "catalog")  # raises on any avoided variant
