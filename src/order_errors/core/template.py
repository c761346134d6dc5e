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
        """The values each placeholder takes if `text` is exactly this message, else None.

        Each value is at least one character and ends where the literal text after it is first found:
        the answer of the regular expression `literal(.+?)literal...` over the whole text, found in
        one pass left to right (that expression backtracked through every split of the text between
        placeholders side by side, and never ended on a long example that does not match). The first
        of two placeholders side by side takes one character: what each holds is the search's concern
        (search/patterns.py splits them by kind), this only tells whether the text is the message."""
        literals = self.literals
        first, final = literals[0], literals[-1]
        if len(literals) == 1:
            return {} if text == first else None
        end = len(text) - len(final)  # where the last value ends
        if not (text.startswith(first) and text.endswith(final)) or end - len(first) < len(self.placeholders):
            return None
        values: list[str] = []
        position = len(first)
        for literal in literals[1:-1]:
            found = text.find(literal, position + 1, end) if literal else position + 1
            if found < 0 or found > end - 1:  # the values after it need a character each
                return None
            values.append(text[position:found])
            position = found + len(literal)
        if position >= end:
            return None
        values.append(text[position:end])
        return dict(zip(self.placeholders, values, strict=True))


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
