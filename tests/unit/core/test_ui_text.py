"""The site's own words: every key in English, Spanish and Portuguese, and every key the code uses exists."""

from __future__ import annotations

import re
from typing import get_args

from order_errors.core.languages import LANGS
from order_errors.core.model import Region
from order_errors.core.rules import PLACEHOLDER_KINDS
from order_errors.core.ui_text import UI
from support.paths import ROOT

# Words that are the same in the three languages (an abbreviation, loan words), or in two ("Error" in Spanish).
SAME_AS_ENGLISH = {"es": {"marketplaces", "marketplace", "placeholder_sku", "placeholder_seller", "placeholder_marketplace", "error"},
                   "pt": {"marketplaces", "marketplace", "placeholder_sku", "placeholder_seller", "placeholder_marketplace"}}


def test_every_language_has_every_key_and_no_other():
    assert set(UI) == set(LANGS)
    keys = set(UI["en"])
    for lang in LANGS:
        assert set(UI[lang]) == keys, (lang, keys ^ set(UI[lang]))


def test_no_text_is_empty_or_padded():
    for lang in LANGS:
        for key, text in UI[lang].items():
            assert text and text == text.strip(), (lang, key)


def test_translations_are_not_copies_of_the_english():
    for lang in set(LANGS) - {"en"}:
        copied = {key for key, text in UI[lang].items() if text == UI["en"][key]}
        assert copied <= SAME_AS_ENGLISH[lang], (lang, copied - SAME_AS_ENGLISH[lang])


def test_every_key_the_templates_and_code_use_exists():
    sources = [*(ROOT / "src" / "order_errors").rglob("*.py"), *(ROOT / "src" / "order_errors" / "site" / "templates").glob("*.j2"),
               ROOT / "hooks" / "catalog.py"]
    used = set()
    for path in sources:
        text = path.read_text(encoding="utf-8")
        used |= set(re.findall(r"\bui\.([a-z_]+)\b", text))
        used |= set(re.findall(r"""\b(?:ui|UI\[lang\])\[["']([a-z_]+)["']\]""", text))
    assert len(used) > 30
    assert used - set(UI["en"]) == set()


def test_every_region_and_placeholder_kind_has_its_label():
    for lang in LANGS:
        for region in get_args(Region):
            assert UI[lang][f"region_{region}"], (lang, region)
        for kind in PLACEHOLDER_KINDS:
            assert UI[lang][f"placeholder_{kind}"], (lang, kind)
