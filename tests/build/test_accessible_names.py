"""Names with `<`, `&`, `'` or `"` show once escaped in every label a screen reader reads (the footer's
previous/next links among them), in every language."""

from __future__ import annotations

import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

from support.build import make_project, run_mkdocs
from support.paths import FIXTURE_CATALOG
from support.site_html import html_pages

NAME = "Shop <X> & 'Y' \"Z\""
CATEGORY = {"en": "Stock & <levels> 'n' \"more\"", "es": "Stock y <niveles> 'n' \"más\"", "pt": "Estoque e <níveis> 'n' \"mais\""}
LABELS = ("aria-label", "title")
ESCAPES = ("&amp;", "&lt;", "&gt;", "&#x27;", "&#39;", "&quot;")


class Labels(HTMLParser):
    def __init__(self):
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.found += [value for name, value in attrs if name in LABELS and value]


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("names")
    catalog = work / "source"
    shutil.copytree(FIXTURE_CATALOG, catalog)
    for path, change in ((catalog / "marketplaces" / "shopx.yaml", lambda d: d.update(name=NAME)),
                         (catalog / "categories" / "stock.yaml", lambda d: d.update(name=CATEGORY))):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        change(data)
        path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    site = work / "site"
    result = run_mkdocs(make_project(work, catalog), site)
    assert result.returncode == 0, result.stderr
    return site


def test_labels_show_names_escaped_once(site):
    labels = []
    for page in html_pages(site):
        parser = Labels()
        parser.feed(page.read_text(encoding="utf-8"))
        labels += parser.found
    double = sorted({label for label in labels if any(escape in label for escape in ESCAPES)})
    assert double == []
    names = [NAME, *CATEGORY.values()]
    footer = [label for label in labels if any(label.endswith(": " + name) for name in names)]
    assert {name for name in names if any(label.endswith(": " + name) for label in footer)} == set(names)
