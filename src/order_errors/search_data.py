"""The search data the browser downloads once (and the terminal builds in memory).

It holds what both matchers need: each message template as written in the catalog (both
derive its folded literal parts, and from them its regular expression, with the same rules:
`literals_regex`), the words of every message in order, with their weights; and, in a file of
its own, a text index over the titles and prose of the errors and the site's other pages
(text_index.py: compact, expanded into lunr's format where lunr reads it).
"""

from __future__ import annotations

import math
from collections import Counter
from typing import get_args

from order_errors.fold import TOKEN, fold, tokens
from order_errors.i18n import UI
from order_errors.load import Catalog
from order_errors.model import LANGS, PlaceholderKind
from order_errors.render import PATHS, page_url
from order_errors.template import parse
from order_errors.text_index import compact_index

VERSION = 2
_REGEX_SPECIAL = set("\\^$.|?*+()[]{}/-")
GAP = "[^a-z0-9]{1,10}"  # what may stand between two words of a message: spaces, punctuation, escapes
VALUE = "(.{1,120}?)"  # a placeholder inside a message
EDGE_VALUE = "([^ \"',;]{1,80})"  # a placeholder that starts or ends a message: one word


def _escape(text: str) -> str:
    return "".join("\\" + c if c in _REGEX_SPECIAL else c for c in text)


def _words(folded: str) -> list[str]:
    return TOKEN.findall(folded)


def template_literals(source: str) -> list[str]:
    """A template's literal parts, folded: a value stands between each two (what the search data holds)."""
    return [fold(part) for part in parse(source).literals]


def pinned_letters(literals: list[str]) -> int:
    """How many letters of its own a message has: of two that match, the one with more is more specific."""
    return sum(len(word) for part in literals for word in _words(part))


def literals_regex(literals: list[str]) -> str:
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
        words = _words(part)
        if not words:  # punctuation alone, such as the ")" closing a value: it bounds the value
            pattern.append(" *".join(_escape(c) for c in part if not c.isspace()))
            continue
        # Beside a value, a message's word still starts and ends as a word: "às" must not be found
        # inside a value such as "casaeconforto".
        lead = "" if index == 0 else "[^a-z0-9]{0,10}(?<![a-z0-9])"
        trail = "" if index == last else "(?![a-z0-9])[^a-z0-9]{0,10}"
        pattern.append(lead + GAP.join(map(_escape, words)) + trail)
    regex = "".join(pattern)
    if _words(literals[0]):
        regex = "(?<![a-z0-9])" + regex
    if _words(literals[last]):
        regex += "(?![a-z0-9])"
    return regex


def _entry_text(entry, catalog: Catalog, lang: str) -> str:
    pieces = [catalog.categories[entry.category].name.get(lang)]
    pieces += [catalog.marketplaces[slug].name for slug in entry.marketplaces]
    pieces += [entry.meaning.get(lang), entry.verify.get(lang), *entry.causes.get(lang), *entry.solution.get(lang)]
    return fold(" ".join(pieces))


def build_search_data(catalog: Catalog, base: str = "/", lang: str = "en") -> dict:
    """The search data of one language's site (titles and addresses in that language).

    It is laid out in columns of strings and numbers, which a browser parses several times faster
    than one object per template. Each template is given as written in the catalog: the matchers
    derive its literal parts, placeholders and display text from it when a query first needs them.
    An entry's templates follow those of the entry before it (`entries.templates` counts them)."""
    ids, titles, counts = [], [], []
    sources, kinds, sequences = [], [], []
    for entry in catalog.errors.values():
        ids.append(entry.id)
        titles.append(entry.title.get(lang))
        counts.append(sum(len(message.templates) for message in entry.messages))
        for message in entry.messages:
            for source in message.templates:
                sources.append(source)
                kinds.append(" ".join(message.placeholders[name] for name in parse(source).placeholders))
                sequences.append(tokens(" | ".join(template_literals(source))))

    document_frequency = Counter(word for sequence in sequences for word in set(sequence))
    vocabulary = sorted(document_frequency)
    word_index = {w: i for i, w in enumerate(vocabulary)}

    return {
        "version": VERSION,
        "lang": lang,
        "error_url": page_url(PATHS.error("{id}"), base, lang),
        "labels": {kind: UI[lang]["placeholder_" + kind] for kind in get_args(PlaceholderKind)},
        "strings": {"placeholder": UI[lang]["search_placeholder"], "count": UI[lang]["search_count"],
                    "none": UI[lang]["search_none"], "fix": UI[lang]["fix"]},
        "entries": {"ids": ids, "titles": titles, "templates": counts},
        "pages": _site_pages(catalog, base, lang),
        "templates": {
            "source": sources,
            "kinds": kinds,  # its placeholders' kinds, in order, separated by spaces
            "lengths": [len(sequence) for sequence in sequences],
            "words": [word_index[w] for sequence in sequences for w in sequence],  # each one's words in order, one after another
        },
        "vocabulary": vocabulary,
        "weights": [round(math.log(1 + len(sources) / document_frequency[w]), 4) for w in vocabulary],
    }


def load_matcher(catalog: Catalog, lang: str = "en"):
    """A matcher over the catalog as the site of `lang` has it (the terminal's, and the tests')."""
    from order_errors.matcher import Matcher

    return Matcher(build_search_data(catalog, lang=lang), build_text_index(catalog, lang))


def build_text_index(catalog: Catalog, lang: str) -> dict:
    """The text index of one language's site: titles in every language (short, and what an agent
    may type from another page), messages, and the prose of that language only."""
    documents = []
    for index, entry in enumerate(catalog.errors.values()):
        documents.append({
            "ref": f"e{index}",
            "title": fold(" ".join(dict.fromkeys(entry.title.get(other) for other in LANGS))),
            "message": fold(" ".join(" ".join(parse(t).literals) for m in entry.messages for t in m.templates)),
            "body": _entry_text(entry, catalog, lang),
        })
    for index, page in enumerate(_page_texts(catalog, lang)):
        documents.append({"ref": f"p{index}", "message": "", **page})
    return _text_index(documents)


TEXT_FIELDS = {"title": 5, "message": 3, "body": 1}  # field -> boost
COMMON_SHARE = 0.5  # a word in the prose of more than this share of the errors tells them apart too little


def _text_index(documents: list[dict]) -> dict:
    """A text index over words already folded and split: no stemmer or stop words, whose
    Python and JavaScript versions differ; both runtimes then look up exactly the same terms.

    The words common to most errors' prose ("the", "order", "check") are left out of its `body` field:
    they weigh little in a ranking (low inverse document frequency) but are a third or more of its
    entries, which every reader of the index downloads."""
    split = [{key: value if key == "ref" else _words(value) for key, value in document.items()} for document in documents]
    bodies = [set(document["body"]) for document in split if document["ref"].startswith("e")]
    common = {word for word, count in Counter(w for body in bodies for w in body).items() if count > COMMON_SHARE * len(bodies)}
    for document in split:
        document["body"] = [word for word in document["body"] if word not in common]
    return compact_index(split, TEXT_FIELDS)


def _site_pages(catalog: Catalog, base: str, lang: str) -> list[dict]:
    """The site's pages other than errors (hub, categories, marketplaces), for the header search."""
    pages = [{"url": page_url(PATHS.hub, base, lang), "title": catalog.hub.title.get(lang)}]
    for category in catalog.ordered_categories():
        pages.append({"url": page_url(PATHS.category(category.slug), base, lang), "title": category.name.get(lang)})
    for marketplace in catalog.marketplaces.values():
        pages.append({"url": page_url(PATHS.marketplace(marketplace.slug), base, lang), "title": marketplace.name})
    return pages


def _page_texts(catalog: Catalog, lang: str) -> list[dict]:
    """Title and text of each page of `_site_pages`, in the same order, for the text index."""
    texts = [(catalog.hub.title.get(lang), catalog.hub.intro.get(lang))]
    texts += [(c.name.get(lang), c.summary.get(lang)) for c in catalog.ordered_categories()]
    texts += [(m.name, m.connector.get(lang)) for m in catalog.marketplaces.values()]
    return [{"title": fold(title), "body": fold(body)} for title, body in texts]


