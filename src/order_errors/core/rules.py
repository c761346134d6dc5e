"""Rules a catalog file is held to, written once: the model, `order-errors new` and the docs read them."""

from __future__ import annotations

from typing import Literal, get_args

SLUG_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
SLUG_MAX_LENGTH = 80
# An id suggested by `order-errors new` stays shorter than a slug may be, to leave room for `-2`.
SUGGESTED_ID_LENGTH = 60
PLACEHOLDER_NAME = r"^[a-z][a-z0-9_]*$"
TEXT_MAX_LENGTH = 5000
LINE_MAX_LENGTH = 300
MESSAGE_MIN_LENGTH = 3
MESSAGE_MAX_LENGTH = 2000

# What a placeholder stands for: tells a reader (and the matcher) what kind of value it holds.
PlaceholderKind = Literal[
    "order_id", "sku", "seller", "sales_channel", "marketplace", "affiliate", "carrier",
    "amount", "date", "time", "number", "code", "text",
]
PLACEHOLDER_KINDS: tuple[str, ...] = get_args(PlaceholderKind)

# A message must keep enough literal words to be recognised: one made only of placeholders (`{a}{b}`)
# would match every pasted text, and answer every search. The shortest real message, `Seller.unable_to_list
# ({reason})`, has 18 letters in words of two letters or more; the most placeholders in one is 5.
MESSAGE_MIN_LETTERS = 10
MESSAGE_MAX_PLACEHOLDERS = 10
MESSAGE_RULE = (
    f"a message keeps at least {MESSAGE_MIN_LETTERS} letters of literal words (words of two letters or more, "
    f"outside placeholders) and at most {MESSAGE_MAX_PLACEHOLDERS} placeholders, so that it can be recognised"
)

# Characters no catalog text may hold: C0 and C1 controls other than tab and line feed (ESC would
# drive a terminal, NUL cuts strings short), and the bidirectional overrides and isolates, which
# show text in another order than it is stored ("Trojan Source").
FORBIDDEN_CHARACTERS = r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]"
