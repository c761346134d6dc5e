"""Catalog text made safe for each place a page shows it.

Catalog text is data, never template source: prose keeps **bold** and `code` but no HTML or links,
table cells escape Markdown too, messages go into fenced code blocks whose fence is longer than any
backtick run, and front matter is written as JSON values.
"""

from __future__ import annotations

import html
import json
import re

_MARKDOWN_INLINE = re.compile(r"([\\`*_()#+\-.!|])")  # the characters Markdown lets a backslash escape


def _markup_as_text(text: str) -> str:
    """The characters that would make catalog text into markup: HTML, links and images ([ ]), and
    attribute lists ({ }), which could otherwise put an onclick= on the paragraph around them."""
    # One `replace` per character, "&" first: ten times faster than `str.translate` with a table of
    # strings, on the hundreds of thousands of texts a large catalog's pages hold.
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("[", "&#91;")
            .replace("]", "&#93;").replace("{", "&#123;").replace("}", "&#125;"))


def prose(text: str) -> str:
    """Catalog prose: Markdown emphasis and code stay, raw HTML, links and attributes are shown as text."""
    return _markup_as_text(text).strip()


def cell(text: str) -> str:
    """Plain text for a table cell, a heading or a link label: nothing in it is markup."""
    return _markup_as_text(_MARKDOWN_INLINE.sub(r"\\\1", text)).replace("\n", " ")


def attribute(text: str) -> str:
    """Text for HTML the page holds as is: an attribute, an element the renderer writes, a place the theme
    prints without escaping (page titles, navigation). Brackets and braces too: should the HTML ever be
    read as Markdown (`md_in_html`), no link or attribute list can come out of catalog text."""
    return (html.escape(text, quote=True).replace("[", "&#91;").replace("]", "&#93;")
            .replace("{", "&#123;").replace("}", "&#125;"))


def code_block(text: str, lang: str = "text") -> str:
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * max(3, longest + 1)
    return f"{fence}{lang}\n{text}\n{fence}"


# What JSON leaves as it is but YAML refuses, or reads as a line break, inside a double-quoted string.
_NOT_YAML_PRINTABLE = re.compile("[\x7f-\x9f\u2028\u2029\ud800-\udfff\ufffe\uffff]")


def front_matter(**fields) -> str:
    """YAML front matter written as JSON values, one key a line: JSON's strings, lists and objects
    are YAML flow nodes, and writing them is ~20x faster than `yaml.safe_dump` (10,000 pages)."""
    lines = ["---"]
    for key, value in fields.items():
        if value is not None:
            text = json.dumps(value, ensure_ascii=False)
            lines.append(f"{key}: " + _NOT_YAML_PRINTABLE.sub(lambda m: f"\\u{ord(m.group()):04x}", text))
    return "\n".join(lines) + "\n---\n"
