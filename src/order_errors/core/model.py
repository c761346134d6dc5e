"""The typed catalog: what an error, a marketplace and a category file may say.

Every reader-facing text is given in each language (`en`, `es`, `pt`). Messages are never translated: each one is stored
in the language the marketplace emits it in.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationInfo, field_validator, model_validator

from order_errors.core.languages import Lang
from order_errors.core.rules import (
    LINE_MAX_LENGTH,
    MESSAGE_MAX_LENGTH,
    MESSAGE_MAX_PLACEHOLDERS,
    MESSAGE_MIN_LENGTH,
    MESSAGE_MIN_LETTERS,
    MESSAGE_RULE,
    PLACEHOLDER_NAME,
    SLUG_MAX_LENGTH,
    SLUG_PATTERN,
    TEXT_MAX_LENGTH,
    PlaceholderKind,
)
from order_errors.core.template import parse

Slug = Annotated[str, StringConstraints(pattern=SLUG_PATTERN, max_length=SLUG_MAX_LENGTH)]
Text = Annotated[str, StringConstraints(min_length=1, max_length=TEXT_MAX_LENGTH)]
Line = Annotated[str, StringConstraints(min_length=1, max_length=LINE_MAX_LENGTH)]
MessageText = Annotated[str, StringConstraints(min_length=MESSAGE_MIN_LENGTH, max_length=MESSAGE_MAX_LENGTH)]
_LITERAL_WORD = re.compile(r"[^\W\d_]{2,}")


def recognisable_problem(template: str) -> str | None:
    """Why a message template could not be told apart from other pasted text, or None (see `MESSAGE_RULE`)."""
    parsed = parse(template)
    letters = sum(len(word) for literal in parsed.literals for word in _LITERAL_WORD.findall(literal))
    if letters < MESSAGE_MIN_LETTERS:
        return f"message `{template}` has {letters} letters of literal words: {MESSAGE_RULE}"
    if len(parsed.placeholders) > MESSAGE_MAX_PLACEHOLDERS:
        return f"message `{template[:80]}` has {len(parsed.placeholders)} placeholders: {MESSAGE_RULE}"
    return None


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class LocalizedText(Strict):
    """A text a reader sees, in every language of the site."""

    en: Text
    es: Text
    pt: Text

    def get(self, lang: str) -> str:
        return getattr(self, lang)


class LocalizedLine(LocalizedText):
    en: Line
    es: Line
    pt: Line


class LocalizedList(Strict):
    en: list[Text] = Field(min_length=1)
    es: list[Text] = Field(min_length=1)
    pt: list[Text] = Field(min_length=1)

    def get(self, lang: str) -> list[str]:
        return getattr(self, lang)


class Message(Strict):
    """One message exactly as the marketplace shows it, variable parts as `{name}`."""

    text: MessageText = Field(description="The message exactly as the marketplace shows it, variable parts as `{name}`; "
                                          + MESSAGE_RULE + ".")
    lang: Lang
    # Who wrote the words: VTEX's integration, the marketplace itself (Mercado Libre's or Amazon's own
    # message, passed through), or the store's ERP.
    origin: Literal["vtex", "marketplace", "erp"] = "vtex"
    # Other spellings of the same message seen in the wild (case, a/an, truncation).
    variants: list[MessageText] = Field(default=[], description="Other spellings of the same message; " + MESSAGE_RULE + ".")
    # Declared after the texts so that its validator sees them, and its errors point at this field.
    placeholders: dict[Annotated[str, StringConstraints(pattern=PLACEHOLDER_NAME)], PlaceholderKind] = Field(
        default={}, validate_default=True
    )

    @field_validator("text", "variants")
    @classmethod
    def _recognisable(cls, value: str | list[str]) -> str | list[str]:
        for template in [value] if isinstance(value, str) else value:
            problem = recognisable_problem(template)
            if problem:
                raise ValueError(problem)
        return value

    @field_validator("placeholders")
    @classmethod
    def _declared_and_used(cls, placeholders: dict[str, str], info: ValidationInfo) -> dict[str, str]:
        if "text" not in info.data or "variants" not in info.data:
            return placeholders  # the text itself is refused: its placeholders cannot be judged
        templates = [info.data["text"], *info.data["variants"]]
        used = {name for template in templates for name in parse(template).placeholders}
        undeclared = sorted(used - set(placeholders))
        if undeclared:
            raise ValueError(
                f"placeholder {{{undeclared[0]}}} is not declared: add `{undeclared[0]}: <kind>` here"
            )
        unused = sorted(set(placeholders) - used)
        if unused:
            raise ValueError(f"placeholder(s) {', '.join(unused)} declared but not used in the text or a variant")
        return placeholders

    # Real messages as shown for one order, values filled in: shown to readers, and checked to match.
    examples: list[MessageText] = []

    @field_validator("examples")
    @classmethod
    def _examples_match(cls, examples: list[str], info: ValidationInfo) -> list[str]:
        templates = [info.data.get("text") or "", *info.data.get("variants", [])]
        for example in examples:
            if not any(parse(t).match(example) is not None for t in templates):
                raise ValueError(f"example `{example}` does not match the message text or any variant")
        return examples

    @property
    def templates(self) -> tuple[str, ...]:
        return (self.text, *self.variants)


# Where in the Admin (Marketplace > Connections) the message shows.
Area = Literal["orders", "products", "prices", "inventory"]
HELP_CENTER = r"^https://help\.vtex\.com/(en|es|pt)/[a-z]+/[^\s]+$"


class SourceArticle(Strict):
    """A help-center article an entry rests on; `status` only when it is no longer (or not yet) published."""

    url: Annotated[str, StringConstraints(pattern=HELP_CENTER, max_length=400)]
    title: Line
    lang: Lang
    status: Literal["archived", "draft"] | None = None


class ErrorEntry(Strict):
    id: Slug
    category: Slug
    area: Area = "orders"
    # Marketplaces known to show it; `generic` marks a message VTEX itself shows for any connector.
    marketplaces: list[Slug] = []
    generic: bool = False
    title: LocalizedLine
    messages: list[Message] = Field(min_length=1)
    meaning: LocalizedText
    causes: LocalizedList
    solution: LocalizedList
    verify: LocalizedText
    # Short phrases merchants and agents use for the problem in their own words, ranked by the search.
    symptoms: LocalizedList | None = None
    # What support has seen that no source states: shown apart, under "From experience".
    experience: LocalizedList | None = None
    # The marketplace's own error codes for it (Amazon's 5665), found by the search.
    codes: list[Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_.-]{1,40}$")]] = []
    # The help-center articles it rests on: an entry says nothing they do not support (or says it under `experience`).
    sources: list[SourceArticle] = Field(min_length=1)
    related: list[Slug] = []
    created: dt.date | None = None
    updated: dt.date | None = None
    legacy_slug: Slug | None = None
    # Ids of entries merged into this one: their addresses lead here.
    replaces: list[Slug] = []

    @model_validator(mode="after")
    def _has_a_marketplace(self) -> ErrorEntry:
        if not self.marketplaces and not self.generic:
            raise ValueError("list at least one marketplace, or set `generic: true` for a message any connector shows")
        if self.created and self.updated and self.updated < self.created:
            raise ValueError("`updated` is earlier than `created`")
        if self.id in self.related:
            raise ValueError("an entry cannot be related to itself")
        return self


Region = Literal["global", "latam", "brazil", "americas"]


class HelpCenterArticle(Strict):
    """A VTEX help-center article whose addresses now lead to one of this site's pages."""

    id: Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_]+$")]
    # `hub`, or `categories/<slug>`, `marketplaces/<slug>`, `errors/<id>`.
    target: Annotated[str, StringConstraints(pattern=r"^(hub|(categories|marketplaces|errors)/[a-z0-9]+(-[a-z0-9]+)*)$")]
    title: dict[Lang, Line]
    slug: dict[Lang, Slug]
    legacy_slug: dict[Lang, Slug] = {}
    created: dt.date | None = None


class HelpCenterIndex(Strict):
    articles: list[HelpCenterArticle]


class Marketplace(Strict):
    slug: Slug
    name: Line
    # Agents name a marketplace by the websites it runs or by a short or local name ("Americanas" for
    # B2W's orders): the search finds its errors by these too.
    aliases: list[Line] = Field(default=[], description="Other names agents use for the marketplace: the websites "
                                "it runs, its short or local names (Americanas, Submarino and Shoptime for B2W). "
                                "The search finds the marketplace's errors by these names too.")
    region: Region
    connector: LocalizedText
    notes: LocalizedList | None = None
    created: dt.date | None = None
    updated: dt.date | None = None


class Category(Strict):
    slug: Slug
    order: int = Field(ge=0)
    name: LocalizedLine
    summary: LocalizedText
    diagnosis: LocalizedList
    created: dt.date | None = None
    updated: dt.date | None = None


class Hub(Strict):
    """The root page's own text."""

    title: LocalizedLine
    intro: LocalizedText
    where_to_look: LocalizedText
    categories_intro: LocalizedText
    marketplaces_intro: LocalizedText
    created: dt.date | None = None
    updated: dt.date | None = None


class TermUsage(Strict):
    """In one language: the name the help center uses, and the variants to avoid."""

    use: Line
    avoid: list[Line] = []


class Term(Strict):
    id: Slug
    note: Text | None = None
    en: TermUsage | None = None
    es: TermUsage | None = None
    pt: TermUsage | None = None

    def usage(self, lang: str) -> TermUsage | None:
        return getattr(self, lang)


class TermsFile(Strict):
    """catalog/terms.yaml: one name per Admin screen and domain term."""

    terms: list[Term]
