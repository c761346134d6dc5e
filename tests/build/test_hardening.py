"""Hostile catalog text stays text; every page has a policy; two builds are identical."""

from __future__ import annotations

import json
from html.parser import HTMLParser

from support.build import run_mkdocs, site_files
from support.hostile import PAYLOADS
from support.paths import ROOT
from support.site_html import html_pages, parse_page


class ActiveContent(HTMLParser):
    """Scripts, event handlers and javascript: links: what a catalog text must never produce."""

    def __init__(self):
        super().__init__()
        self.found: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name.startswith("on"):
                self.found.append(f"<{tag} {name}={value!r}>")
            if name in ("href", "src", "action") and (value or "").strip().lower().startswith("javascript:"):
                self.found.append(f"<{tag} {name}={value!r}>")
        self._in_script = tag == "script"

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        if self._in_script and "alert(" in data:
            self.found.append(f"<script>{data[:60]}")


def test_hostile_text_shows_as_text_and_never_as_markup(hostile_site):
    pages = [p for p in html_pages(hostile_site) if 'http-equiv="refresh"' not in p.read_text()]
    assert len(pages) > 20
    shown = 0
    for page in pages:
        parser = ActiveContent()
        parser.feed(page.read_text(encoding="utf-8"))
        assert parser.found == [], (page, parser.found)
        text = parse_page(page).text
        shown += sum(payload.split("\n")[0] in text for payload in PAYLOADS)
    assert shown > 100  # the payloads are there, to be read, as text


def test_hostile_text_is_escaped_in_the_json_outputs(hostile_site):
    api = json.loads((hostile_site / "api" / "errors.json").read_text(encoding="utf-8"))
    search = json.loads((hostile_site / "search" / "order-errors.json").read_text(encoding="utf-8"))
    titles = [t for item in api["errors"] for t in item["title"].values()]
    assert any("<script>" in t for t in titles) or any("onerror" in t for t in titles)
    assert any("<script>" in t or "onerror" in t for t in search["templates"]["source"])


def test_every_page_has_a_content_security_policy(real_site):
    for page in html_pages(real_site):
        html = page.read_text(encoding="utf-8")
        if 'http-equiv="refresh"' in html:
            continue
        head = html.split("<head>", 1)[1]
        assert head.lstrip().startswith('<meta http-equiv="Content-Security-Policy"'), page
        policy = head.split('content="', 1)[1].split('"', 1)[0]
        assert "default-src 'self'" in policy and "script-src 'self'" in policy and "'unsafe-inline'" not in policy.split("style-src")[0]


def test_two_builds_of_the_same_commit_are_identical(real_site, tmp_path):
    again = tmp_path / "again"
    result = run_mkdocs(ROOT, again)
    assert result.returncode == 0, result.stderr
    first, second = site_files(real_site), site_files(again)
    assert first.keys() == second.keys()
    differ = sorted(str(path) for path in first if first[path] != second[path])
    # sitemap.xml.gz is gzip: its header holds the time it was written. Nothing else may differ.
    assert all(path.endswith("sitemap.xml.gz") for path in differ), differ
