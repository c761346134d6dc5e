"""Translation checks: no reader-facing text left the same as, or written in, another language.

A text that starts with `TODO` is a placeholder written by `order-errors new`: it is left alone
here (a reviewer greps for it) so that a fresh entry passes the check.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pydantic import BaseModel

from order_errors.core.languages import ENGLISH_NAMES, LANGS
from order_errors.core.model import LocalizedList, LocalizedText

# Short words that are frequent in one of the languages and rare in the other two.
_MARKERS = {
    "en": {"the", "and", "is", "are", "of", "to", "for", "with", "that", "this", "it", "from", "be", "or", "when", "your", "you", "which", "has", "have", "not", "an"},
    "es": {"el", "la", "los", "las", "del", "y", "con", "una", "lo", "al", "es", "cuando", "tienda", "pero", "muy", "están", "sus", "también"},
    "pt": {"os", "do", "da", "dos", "das", "com", "uma", "não", "ao", "loja", "na", "em", "são", "seu", "também", "quando"},
}
_MARKER_LANGS = {word: lang for lang, words in _MARKERS.items() for word in words}  # no word marks two languages
_WORD = re.compile(r"[^\W\d_]+")
MIN_WORDS = 3


def guess_language(text: str) -> str | None:
    """The language whose marker words a text is made of, when the evidence is clear."""
    counts = dict.fromkeys(_MARKERS, 0)
    for word in _WORD.findall(text.lower()):
        if lang := _MARKER_LANGS.get(word):
            counts[lang] += 1
    best = max(counts, key=counts.get)
    runner_up = max(v for lang, v in counts.items() if lang != best)
    return best if counts[best] >= 3 and counts[best] >= 2 * runner_up + 1 else None


def _texts(value) -> dict[str, list[str]]:
    if isinstance(value, LocalizedList):
        return {lang: getattr(value, lang) for lang in LANGS}
    return {lang: [getattr(value, lang)] for lang in LANGS}


def _localized_fields(model: BaseModel, loc: tuple = ()) -> Iterator[tuple[tuple, LocalizedText | LocalizedList]]:
    for name in type(model).model_fields:
        value = getattr(model, name)
        if isinstance(value, LocalizedText | LocalizedList):
            yield (*loc, name), value
        elif isinstance(value, BaseModel):
            yield from _localized_fields(value, (*loc, name))


def language_problems(model: BaseModel) -> Iterator[tuple[tuple, str]]:
    """(location, message) for each text that is a copy of another language's or in the wrong language."""
    for loc, value in _localized_fields(model):
        field = ".".join(map(str, loc))
        texts = _texts(value)
        for lang in LANGS:
            for index, text in enumerate(texts[lang]):
                where = (*loc, lang) if len(texts[lang]) == 1 and isinstance(value, LocalizedText) else (*loc, lang, index)
                if text.startswith("TODO"):
                    continue
                for other in LANGS[: LANGS.index(lang)]:
                    if index < len(texts[other]) and texts[other][index] == text and len(_WORD.findall(text)) >= MIN_WORDS:
                        yield where, f"`{field}.{lang}` is the same as `{field}.{other}`: translate it"
                        break
                else:
                    guessed = guess_language(text)
                    if guessed and guessed != lang:
                        yield where, f"`{field}.{lang}` reads like {ENGLISH_NAMES[guessed]}: write it in {ENGLISH_NAMES[lang]}"
