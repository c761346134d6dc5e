"""A message template's folded literal parts, and from them its regular expression over folded text.

Both matchers derive these the same way from a template's source, when a query first needs it
(matcher.js mirrors each function here; tests hold them to the same output).
"""

from __future__ import annotations

import re

from order_errors.core.template import parse
from order_errors.search.fold import TOKEN, fold
from order_errors.search.parameters import PARAMETERS

_REGEX_SPECIAL = set("\\^$.|?*+()[]{}/-")
GAP, VALUE, EDGE_VALUE = PARAMETERS["gap"], PARAMETERS["value"], PARAMETERS["edge_value"]


def _escape(text: str) -> str:
    return "".join("\\" + c if c in _REGEX_SPECIAL else c for c in text)


def words(folded: str) -> list[str]:
    """Every run of letters and digits, values included (unlike `fold.tokens`)."""
    return TOKEN.findall(folded)


def template_literals(source: str) -> list[str]:
    """A template's literal parts, folded: a value stands between each two."""
    return [fold(part) for part in parse(source).literals]


def pinned_letters(literals: list[str]) -> int:
    """How many letters of its own a message has: of two that match, the one with more is more specific."""
    return sum(len(word) for part in literals for word in words(part))


def literals_pattern(literals: list[str]) -> str:
    """The regular expression of a template given its folded literal parts (mirrored in matcher.js).

    Only the words of the message are required, in order; whatever stands between them
    (spaces, punctuation, quotes escaped by a log) may vary.
    """
    pattern: list[str] = []
    last = len(literals) - 1
    for index, part in enumerate(literals):
        if index:  # a value: one word when nothing but the message's edge stands beside it
            at_edge = (index == 1 and not literals[0].strip()) or (index == last and not part.strip())
            pattern.append(EDGE_VALUE if at_edge else VALUE)
        found = words(part)
        if not found:  # punctuation alone, such as the ")" closing a value: it bounds the value
            pattern.append(" *".join(_escape(c) for c in part if not c.isspace()))
            continue
        # Beside a value, a message's word still starts and ends as a word: "às" must not be found
        # inside a value such as "casaeconforto".
        lead = "" if index == 0 else "[^a-z0-9]{0,10}(?<![a-z0-9])"
        trail = "" if index == last else "(?![a-z0-9])[^a-z0-9]{0,10}"
        pattern.append(lead + GAP.join(map(_escape, found)) + trail)
    regex = "".join(pattern)
    if words(literals[0]):
        regex = "(?<![a-z0-9])" + regex
    if words(literals[last]):
        regex += "(?![a-z0-9])"
    return regex


def derive_template(source: str, kinds: str) -> dict:
    """What matching a template needs, from its source and its placeholders' kinds (as the search
    data gives them): its display text, placeholders and their kinds, how many letters it pins down,
    and its compiled pattern."""
    literals = template_literals(source)
    template = parse(source)
    return {
        "text": template.display(),
        "placeholders": template.placeholders,
        "kinds": kinds.split(" ") if kinds else [],
        "pinned": pinned_letters(literals),
        "pattern": re.compile(literals_pattern(literals)),
    }
