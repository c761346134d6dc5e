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
