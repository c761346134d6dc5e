"""Message templates: the exact text a marketplace shows, with `{name}` for each variable part.

`{{` and `}}` stand for literal braces. A template is split once into literal text and
placeholder names; everything else (matching, display, the search data) works on the parts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

_TOKEN = re.compile(r"\{\{|\}\}|\{([a-z][a-z0-9_]*)\}")


@dataclass(frozen=True)
class Template:
    source: str
    # Alternating literal text and placeholder names: literals at even indexes, names at odd.
    parts: tuple[str, ...]

    @property
    def placeholders(self) -> tuple[str, ...]:
        return self.parts[1::2]

    @property
    def literals(self) -> tuple[str, ...]:
        return self.parts[0::2]

    def display(self) -> str:
        """The message as a reader sees it, placeholders shown as `{name}`."""
        return "".join(p if i % 2 == 0 else "{" + p + "}" for i, p in enumerate(self.parts))

    def fill(self, values: dict[str, str]) -> str:
        return "".join(p if i % 2 == 0 else values.get(p, "{" + p + "}") for i, p in enumerate(self.parts))

    def match(self, text: str) -> dict[str, str] | None:
        """The values each placeholder takes if `text` is exactly this message, else None."""
        found = _exact_pattern(self.parts).fullmatch(text)
        if not found:
            return None
        return dict(zip(self.placeholders, found.groups(), strict=True))


@cache  # for checking an example against its template (the search uses search/patterns.py)
def _exact_pattern(parts: tuple[str, ...]) -> re.Pattern[str]:
    pattern = "".join(re.escape(p) if i % 2 == 0 else "(.+?)" for i, p in enumerate(parts))
    return re.compile(pattern, re.DOTALL)


@cache
def parse(source: str) -> Template:
    parts: list[str] = []
    literal: list[str] = []
    position = 0
    for token in _TOKEN.finditer(source):
        literal.append(source[position : token.start()])
        position = token.end()
        if token.group(1) is None:
            literal.append(token.group(0)[0])
        else:
            parts.extend(("".join(literal), token.group(1)))
            literal = []
    literal.append(source[position:])
    parts.append("".join(literal))
    return Template(source, tuple(parts))
