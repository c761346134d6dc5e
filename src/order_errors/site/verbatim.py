"""HTML the renderer writes itself goes around Markdown, not through it.

Python-Markdown reads every raw HTML block with an HTML parser, tag by tag, before passing it on
unchanged. The renderer's blocks (error cards, message blocks, sources, breadcrumbs) hold most of the
markup of the site's pages: a category page of 1,000 errors is a card list, and reading it was nine
tenths of that page's conversion. So the build hands Markdown an HTML comment in each block's place,
which it passes on as it is, and puts the block back into the converted page (`put_back`, from the
hook's `on_page_content`): the page comes out as if Markdown had read the block itself, which
tests/unit/site/test_verbatim.py checks by converting the real catalog's English pages both ways.

Only blocks Markdown must not touch go around it: none is `markdown`-attributed, none holds a heading.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# Catalog text cannot write this: every value is escaped (`<` becomes `&lt;`) where a page shows it.
_PLACEHOLDER = "<!--oe-verbatim {}-->"
_PLACEHOLDERS = re.compile(r"<!--oe-verbatim (\d+)-->")


class SetAside:
    """The blocks of the page being rendered, each replaced by a placeholder in its text."""

    def __init__(self) -> None:
        self.blocks: list[str] = []

    def __call__(self, html: str) -> str:
        block = html.rstrip("\n")  # the line breaks after it stay in the page: they end the block for Markdown
        self.blocks.append(block)
        return _PLACEHOLDER.format(len(self.blocks) - 1) + html[len(block):]


def put_back(text: str, blocks: Sequence[str]) -> str:
    """`text` (a page's Markdown, or the HTML Markdown made of it) with its blocks in their places."""
    return _PLACEHOLDERS.sub(lambda found: blocks[int(found.group(1))], text) if blocks else text
