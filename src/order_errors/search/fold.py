"""Text folding shared by the index and the matcher (and mirrored in the browser's JavaScript).

Folding lowercases, strips accents, and unifies whitespace, dashes and quotes, character by
character, keeping for each folded character the index of the original one, so that values
found in folded text can be cut out of what the user pasted.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from order_errors.search.parameters import PARAMETERS

_DASHES = dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-")
_QUOTES = {**dict.fromkeys("\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb", '"'), **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032", "'")}
_SPECIAL = {**_DASHES, **_QUOTES}

TOKEN = re.compile(r"[a-z0-9]+")
MAX_WORD = PARAMETERS["max_word"]


@cache  # a catalog uses a few hundred distinct characters
def fold_char(char: str) -> str:
    if char in _SPECIAL:
        return _SPECIAL[char]
    if char.isspace():
        return " "
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", char).lower())
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn")


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """The folded text, and for each of its characters the index of the source character."""
    out: list[str] = []
    offsets: list[int] = []
    for index, char in enumerate(text):
        folded = fold_char(char)
        out.append(folded)
        offsets.extend([index] * len(folded))
    return "".join(out), offsets


_ASCII_SPACE = re.compile(r"[\t\n\v\f\r\x1c-\x1f\x85]")


def fold(text: str) -> str:
    if text.isascii():  # the common case, without a call per character
        return _ASCII_SPACE.sub(" ", text.lower())
    return "".join(map(fold_char, text))


def tokens(folded: str) -> list[str]:
    """Words worth matching: no values (anything with a digit), no single letters, no runs of junk."""
    # `isalpha` on a run of [a-z0-9] is "no digit", tested in C: a word-by-word generator cost
    # seconds in a 1,000-error build.
    return [t for t in TOKEN.findall(folded) if 1 < len(t) <= MAX_WORD and t.isalpha()]
