"""The site's languages: English at the root, Spanish and Portuguese under /es/ and /pt/."""

from __future__ import annotations

from typing import Literal

LANGS: tuple[str, ...] = ("en", "es", "pt")
Lang = Literal["en", "es", "pt"]
DEFAULT_LANG = "en"

# In English (for contributors' messages) and in each language itself (for the language switcher).
ENGLISH_NAMES = {"en": "English", "es": "Spanish", "pt": "Portuguese"}
NATIVE_NAMES = {"en": "English", "es": "Español", "pt": "Português"}
