"""Text folding shared by the index and the matcher (and mirrored in the browser's JavaScript).

Folding lowercases, strips accents, and unifies whitespace, dashes and quotes, character by
character, keeping for each folded character the index of the original one, so that values
found in folded text can be cut out of what the user pasted.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from order_errors.search.parameters import PARAMETERS

_DASHES = dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-")
_QUOTES = {**dict.fromkeys("\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb", '"'), **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032", "'")}
_SPECIAL = {**_DASHES, **_QUOTES}

TOKEN = re.compile(r"[a-z0-9]+")
MAX_WORD = PARAMETERS["max_word"]
MAX_NAME_WITH_DIGITS = PARAMETERS["max_name_with_digits"]


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


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _fold_match(match: re.Match) -> str:
    return fold_char(match.group())


def fold(text: str) -> str:
    """`fold_char` over the text. ASCII characters fold by `lower` and one substitution; a call per
    character (as for the few others) took two seconds for each language's index at 10,000 errors."""
    if not text.isascii():
        text = _NON_ASCII.sub(_fold_match, text)
    return _ASCII_SPACE.sub(" ", text.lower())


@lru_cache(maxsize=1 << 16)  # a catalog's distinct tokens; cached, `tokens` filters without a Python call per token
def is_word(token: str) -> bool:
    """A word worth matching, not a value: letters, or a short name mostly of letters ("b2w", "2fa");
    no single letters, no runs of junk. A value (digits, or an id mixing digits and letters) says
    nothing about which error it is, and a query holding one must match a message holding another."""
    if not 1 < len(token) <= MAX_WORD:
        return False
    digits = sum(c.isdigit() for c in token)
    return digits == 0 or (len(token) <= MAX_NAME_WITH_DIGITS and 2 * digits < len(token))


def tokens(folded: str) -> list[str]:
    """The words of folded text worth matching (`is_word`), in order."""
    return list(filter(is_word, TOKEN.findall(folded)))
