"""One name per Admin screen and term: `catalog/terms.yaml` lists, per language, the name the help center
uses and the variants to avoid; every reader-facing text of the catalog is held to it, the way prose
linters such as Vale do substitutions.

Messages are never checked: they are the marketplace's words, copied verbatim.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import yaml

from order_errors.catalog.problems import Problem
from order_errors.catalog.yaml_file import compose, load_file, position
from order_errors.core.languages import LANGS
from order_errors.core.model import TermsFile

TERMS_FILE = "terms.yaml"
# The fields whose texts a reader sees, in every kind of catalog file (messages excluded).
PROSE_FIELDS = {
    "title", "meaning", "causes", "solution", "verify", "symptoms", "experience",  # errors
    "name", "summary", "diagnosis",  # categories
    "connector", "notes",  # marketplaces
    "intro", "where_to_look", "categories_intro", "marketplaces_intro",  # the hub
}


@dataclass(frozen=True)
class Avoided:
    lang: str
    variant: str
    preferred: str
    pattern: re.Pattern[str]


# A message quoted in prose is the marketplace's words, kept verbatim: "Mensagem no Mercado Livre:" stays.
_QUOTED = re.compile(r'"[^"\n]*"|“[^”\n]*”|`[^`\n]*`')


def _unquoted(text: str) -> str:
    """The text with every quoted span blanked out, columns unchanged."""
    return _QUOTED.sub(lambda m: " " * len(m.group()), text)


def _whole_phrase(variant: str) -> str:
    # In any case, but whole: "estoque" must not be found inside "estoques".
    return r"(?<!\w)" + re.escape(variant) + r"(?!\w)"


@dataclass(frozen=True)
class Terms:
    avoided: list[Avoided]
    # Per language, every variant in one expression: a text is searched once, and only a text that holds
    # one is looked at variant by variant (a large catalog has hundreds of thousands of texts).
    any_variant: dict[str, re.Pattern[str]]


NO_TERMS = Terms([], {})


def load_terms(root: Path, rel) -> tuple[Terms, list[Problem]]:
    """The variants to avoid, from `catalog/terms.yaml` (none when the catalog has no such file)."""
    path = root / TERMS_FILE
    if not path.is_file():
        return NO_TERMS, []
    terms, problems, _ = load_file(path, rel(path), TermsFile)
    if terms is None:
        return NO_TERMS, problems
    avoided = []
    for term in terms.terms:
        for lang in LANGS:
            usage = term.usage(lang)
            for variant in usage.avoid if usage else ():
                avoided.append(Avoided(lang, variant, usage.use, re.compile(_whole_phrase(variant), re.IGNORECASE)))
    # One group behind one pair of word boundaries: the boundaries are then tried once per position, not once
    # per variant (3.6 -> 0.9 ms a file of the real catalog, measured).
    any_variant = {lang: re.compile(r"(?<!\w)(?:" + "|".join(re.escape(a.variant) for a in avoided if a.lang == lang) + r")(?!\w)",
                                    re.IGNORECASE)
                   for lang in {a.lang for a in avoided}}
    return Terms(avoided, any_variant), problems


def _prose_texts(data, lang: str | None = None, in_prose: bool = False) -> Iterator[tuple[str, str]]:
    """(language, text) for every reader-facing text of a file's data."""
    if isinstance(data, dict):
        for name, value in data.items():
            if in_prose and name in LANGS:
                yield from _prose_texts(value, name, True)
            elif not in_prose and name in PROSE_FIELDS:
                yield from _prose_texts(value, None, True)
    elif isinstance(data, list) and in_prose:
        for item in data:
            yield from _prose_texts(item, lang, True)
    elif isinstance(data, str) and in_prose and lang:
        yield lang, data


def uses_a_variant(data: dict, terms: Terms) -> bool:
    """Whether any text of a file's data holds a variant to avoid (cheap: no YAML is read again)."""
    return any(lang in terms.any_variant and terms.any_variant[lang].search(" ".join(_unquoted(text).split()))
               for lang, text in _prose_texts(data))


def _prose_nodes(node: yaml.Node, lang: str | None = None, in_prose: bool = False) -> Iterator[tuple[str, yaml.ScalarNode]]:
    """(language, scalar node) for every reader-facing text of a file."""
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            name = key.value if isinstance(key, yaml.ScalarNode) else None
            if in_prose and name in LANGS:
                yield from _prose_nodes(value, name, True)
            elif not in_prose and name in PROSE_FIELDS:
                yield from _prose_nodes(value, None, True)
    elif isinstance(node, yaml.SequenceNode) and in_prose:
        for item in node.value:
            yield from _prose_nodes(item, lang, True)
    elif isinstance(node, yaml.ScalarNode) and in_prose and lang:
        yield lang, node


def term_problems(path: Path, relpath: str, data: dict, terms: Terms) -> list[Problem]:
    """Each avoided variant in any text of a catalog file, at the line and column it is written."""
    if not uses_a_variant(data, terms):
        return []
    problems = []
    lines = path.read_text(encoding="utf-8").split("\n")
    for lang, node in _prose_nodes(compose(path)):
        text = " ".join(_unquoted(node.value).split())  # a folded text may wrap a phrase across two lines
        for term in terms.avoided:
            if term.lang != lang or not term.pattern.search(text):
                continue
            line, column = _where(lines, node, term.pattern)
            problems.append(Problem(relpath, line, column, f"write `{term.preferred}` instead of `{term.variant}` "
                                    f"(catalog/{TERMS_FILE}: the name the help center uses in {lang})"))
    return problems


def _where(lines: list[str], node: yaml.ScalarNode, pattern: re.Pattern[str]) -> tuple[int, int]:
    """The line and column of the first occurrence in the file, or the text's own start (a phrase wrapped across lines)."""
    for number in range(node.start_mark.line, min(node.end_mark.line + 1, len(lines))):
        # In a plain or block text, quotes are the writer's; a quoted YAML scalar's own quotes delimit it.
        line = lines[number] if node.style in ('"', "'") else _unquoted(lines[number])
        found = pattern.search(line, node.start_mark.column if number == node.start_mark.line else 0)
        if found:
            return number + 1, found.start() + 1
    return position(node)

