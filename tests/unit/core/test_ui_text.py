"""The site's own words: every key in English, Spanish and Portuguese, and every key the code uses exists."""

from __future__ import annotations

import re
from typing import get_args

from order_errors.core.languages import LANGS
from order_errors.core.model import Region
from order_errors.core.rules import PLACEHOLDER_KINDS
from order_errors.core.ui_text import UI
from order_errors.search.data import UI_STRINGS
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


# `ui.key` or `ui["key"]` (`self.ui["key"]` too) where `ui` is a name of its own: not the end of a file
# name such as `search-ui.js`, which a comment may mention, nor of another name (`oe_ui`).
_UI_ATTRIBUTE = re.compile(r"(?<![\w-])ui\.([a-z_]+)\b")
_UI_ITEM = re.compile(r"""(?<![\w-])(?:ui|UI\[lang\])\[["']([a-z_]+)["']\]""")


def test_every_key_the_templates_and_code_use_exists():
    sources = [*(ROOT / "src" / "order_errors").rglob("*.py"), *(ROOT / "src" / "order_errors" / "site" / "templates").glob("*.j2"),
               ROOT / "hooks" / "catalog.py", *(ROOT / "docs" / "overrides").rglob("*.html")]  # the overrides get UI[lang] as `oe_ui`
    used = set(UI_STRINGS.values())  # the search box's words, which search-ui.js asks for by another name
    for path in sources:
        text = path.read_text(encoding="utf-8")
        used |= set(_UI_ATTRIBUTE.findall(text)) | set(_UI_ITEM.findall(text))
    assert {"not_found_title", "paste_label", "search_placeholder", "breadcrumb"} <= used  # each kind of source is read
    assert used - set(UI["en"]) == set()


def test_a_file_name_ending_in_ui_is_not_read_as_a_key():
    assert _UI_ATTRIBUTE.findall("# shown by search-ui.js, oe_ui.x and self.ui.copied") == ["copied"]


def test_every_region_and_placeholder_kind_has_its_label():
    for lang in LANGS:
        for region in get_args(Region):
            assert UI[lang][f"region_{region}"], (lang, region)
        for kind in PLACEHOLDER_KINDS:
            assert UI[lang][f"placeholder_{kind}"], (lang, kind)
