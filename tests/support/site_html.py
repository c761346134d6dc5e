"""Reading a built site: pages, their text, links and anchors."""

from __future__ import annotations

import html
from html.parser import HTMLParser
from pathlib import Path


class PageParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.sources: list[str] = []
        self.ids: set[str] = set()
        self.code: list[str] = []
        self._in_code = 0
        self._text: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if tag == "a" and attrs.get("href") is not None:
            self.links.append(attrs["href"])
        if tag == "link" and attrs.get("href") and attrs.get("rel") != "canonical":  # a name, never fetched
            self.sources.append(attrs["href"])
        if tag in ("script", "img", "iframe") and attrs.get("src"):
            self.sources.append(attrs["src"])
        if tag == "code":
            self._in_code += 1
            self.code.append("")

    def handle_endtag(self, tag):
        if tag == "code" and self._in_code:
            self._in_code -= 1

    def handle_data(self, data):
        self._text.append(data)
        if self._in_code:
            self.code[-1] += data

    @property
    def text(self) -> str:
        return "".join(self._text)


def parse_page(path: Path) -> PageParser:
    parser = PageParser()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def html_pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def resolve(site: Path, page: Path, href: str) -> Path:
    """The file a relative link of `page` points to (directory URLs end in index.html)."""
    href = html.unescape(href)
    base = site if href.startswith("/") else page.parent
    target = (base / href.lstrip("/")).resolve()
    return target / "index.html" if target.is_dir() or href.endswith("/") else target
