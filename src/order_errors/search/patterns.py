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
VALUE_SHAPES: dict[str, str] = PARAMETERS["value_shapes"]
ADMIN_PREFIXES: list[str] = PARAMETERS["admin_prefixes"]
SHOWN_VALUE = PARAMETERS["shown_value"]
# Python reads `\1` to `\99` as group references (`atomic` refers to groups by number).
MAX_GROUPS = 99
NEVER = "(?!)"
BESIDE_VALUE = PARAMETERS["beside_value"]
WORD_START, WORD_END = "(?<![a-z0-9])", "(?![a-z0-9])"
MARK_SPACE = "[ \\\\]*"  # around a punctuation mark: spaces, and the backslashes a log escapes quotes with


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


def _literal(part: str, index: int, last: int) -> str:
    """One literal part. Only its words are required, in order; whatever stands between them (spaces,
    punctuation, quotes escaped by a log) may vary. Beside a value, the part's own punctuation is
    required ("({carrier}) nao" keeps the ")" of "Jadlog (48h)" in the value, "cliente {phone}" the
    "+" of "+55 11 ..."), and its word still starts and ends as a word: "às" must not be found inside
    a value such as "casaeconforto"."""
    found = words(part)
    if not found:
        return _marks(part) or ("" if index in (0, last) else " *")  # spaces, or nothing, between two values
    first, final = part.index(found[0]), part.rindex(found[-1]) + len(found[-1])
    lead = "" if index == 0 else (_marks(part[:first]) or BESIDE_VALUE) + WORD_START
    trail = WORD_END + ("" if index == last else _marks(part[final:]) or BESIDE_VALUE)
    return lead + GAP.join(map(_escape, found)) + trail


def _marks(text: str) -> str:
    """Punctuation as written, with spaces (or a log's backslashes) optional around each mark."""
    marks = [_escape(c) for c in text if not c.isspace()]
    return MARK_SPACE + MARK_SPACE.join(marks) + MARK_SPACE if marks else ""


def literals_pattern(literals: list[str], kinds: list[str]) -> tuple[str, list[int]]:
    """The regular expression of a template given its folded literal parts and its placeholders' kinds,
    and the group that captures each placeholder (mirrored in matcher.js).

    A value ends where the message's own text after it starts (`VALUE`, the shortest that reaches
    it); a value that no text of the message ends (one at an edge, or beside another value) is what
    its kind can hold (`VALUE_SHAPES`), or one word (`EDGE_VALUE`). Each value and each literal part
    is matched once and kept: `(?=(X))\\1` takes what X first matches and never gives it back (an
    atomic group, which JavaScript lacks). So from each position of the text the match costs at most
    the sum of its pieces' costs, never their product, whatever the text: the old pattern's adjacent
    lazy values tried every split of the text between them, and hung on crafted or long pastes.
    """
    pattern: list[str] = []
    groups: list[int] = []
    count = 0

    def atomic(*pieces: str) -> str:
        nonlocal count
        opened = [count + 1 + i for i in range(len(pieces))]
        count += len(pieces)
        return "(?=" + "".join(f"({p})" for p in pieces) + ")" + "".join(f"\\{g}" for g in opened)

    last = len(literals) - 1
    if words(literals[0]):
        pattern.append(WORD_START)
    first = _literal(literals[0], 0, last)
    pattern.append(atomic(first) if words(literals[0]) else first)
    for index in range(1, last + 1):
        kind, part = kinds[index - 1] if index - 1 < len(kinds) else "", literals[index]
        literal = _literal(part, index, last)
        ended_by_text = part.strip() and (index > 1 or literals[0].strip())
        if ended_by_text:  # the value, then the text that ends it, found together
            pattern.append(atomic(VALUE, literal))
            groups.append(count - 1)
            continue
        shape = VALUE_SHAPES.get(kind)
        if index == 1 and not literals[0].strip():  # the message starts with it: it starts a word
            pattern.append(WORD_START if shape else "(?<![^ \"',;])")
        pattern.append(atomic(f"{SHOWN_VALUE}|{shape}" if shape else EDGE_VALUE))
        groups.append(count)
        pattern.append(atomic(literal) if words(part) else literal)
    if count > MAX_GROUPS:  # a message of some fifty values: nobody pastes one
        return NEVER, []
    return "".join(pattern), groups


def derive_template(source: str, kinds: str) -> dict:
    """What matching a template needs, from its source and its placeholders' kinds (as the search
    data gives them): its display text, placeholders and their kinds, how many letters it pins down,
    its compiled pattern and the group of each placeholder."""
    literals = template_literals(source)
    template = parse(source)
    kind_list = kinds.split(" ") if kinds else []
    pattern, groups = literals_pattern(literals, kind_list)
    return {
        "text": template.display(),
        "placeholders": template.placeholders,
        "kinds": kind_list,
        "pinned": pinned_letters(literals),
        "pattern": re.compile(pattern),
        "groups": groups,
    }


def admin_prefix_pattern() -> str:
    """What ends a text when the Admin's prefix stands just before a message: its order id is group 1."""
    phrases = "|".join(GAP.join(map(_escape, words(phrase))) for phrase in ADMIN_PREFIXES)
    return WORD_START + "(?:" + phrases + ")" + GAP + "(" + VALUE_SHAPES["order_id"] + ")" + "[^a-z0-9]{1,10}$"
