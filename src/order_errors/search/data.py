"""The search data the browser downloads once (and the terminal builds in memory).

It holds what both matchers need: the matcher's parameters, each message template as written
in the catalog (both derive its folded literal parts and pattern with the same rules:
`patterns.py`), the words of every message in order, with their weights; and, in a file of
its own, a text index over the titles, symptoms, messages and prose of the errors and the site's
other pages (text_index.py: compact, expanded into lunr's format where lunr reads it), made of
analysis.py's terms, whose stop words and stemmer rules it carries to matcher.js.
"""

from __future__ import annotations

import math
from collections import Counter

from order_errors.core.catalog import Catalog
from order_errors.core.languages import LANGS
from order_errors.core.rules import PLACEHOLDER_KINDS
from order_errors.core.template import parse
from order_errors.core.ui_text import UI
from order_errors.core.urls import HUB, Page
from order_errors.search.analysis import ANALYSIS, STOP_WORDS, terms
from order_errors.search.fold import fold, tokens
from order_errors.search.matcher import Matcher
from order_errors.search.parameters import PARAMETERS
from order_errors.search.patterns import template_literals
from order_errors.search.text_index import compact_index

VERSION = 4  # 4: `stop`; the text index's terms are analysis.py's, which it carries
# What search-ui.js calls each string -> its key in ui_text.UI.
UI_STRINGS = {
    "placeholder": "search_placeholder", "count": "search_count", "count_one": "search_count_one",
    "none": "search_none", "working": "search_working", "fix": "fix", "solution": "solution",
    "exact": "match_exact", "partial": "match_partial", "related": "match_related",
    "no_catalog_message": "no_catalog_message", "related_by_words": "related_by_words", "propose": "propose",
    "your_message": "your_message",
}


def _entry_text(entry, catalog: Catalog, lang: str) -> str:
    pieces = [catalog.categories[entry.category].name.get(lang)]
    pieces += [name for slug in entry.marketplaces for name in _names(catalog.marketplaces[slug])]
    pieces += [entry.meaning.get(lang), entry.verify.get(lang), *entry.causes.get(lang), *entry.solution.get(lang)]
    return fold(" ".join(pieces))


def _names(marketplace) -> list[str]:
    """A marketplace's name and the other names agents use for it (an order 'from Americanas' is B2W's)."""
    return [marketplace.name, *marketplace.aliases]


def _symptoms(entry) -> str:
    """The entry's symptoms in every language: short, and what an agent types on any language's site."""
    if entry.symptoms is None:
        return ""
    return fold(" ".join(phrase for lang in LANGS for phrase in entry.symptoms.get(lang)))


def build_search_data(catalog: Catalog, base: str = "/", lang: str = "en") -> dict:
    """The search data of one language's site (titles and addresses in that language).

    It is laid out in columns of strings and numbers, which a browser parses several times faster
    than one object per template. Each template is given as written in the catalog: the matchers
    derive its literal parts, placeholders and display text from it when a query first needs them.
    An entry's templates follow those of the entry before it (`entries.templates` counts them)."""
    ids, titles, counts, codes = [], [], [], []
    sources, kinds, sequences = [], [], []
    for number, entry in enumerate(catalog.errors.values()):
        codes += [[number, fold(code)] for code in entry.codes]
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
        "parameters": PARAMETERS,
        "error_url": Page.error("{id}").url(base, lang),
        "labels": {kind: UI[lang]["placeholder_" + kind] for kind in PLACEHOLDER_KINDS},
        # The search box's words in the page's language (search-ui.js shows them).
        "strings": {key: UI[lang][name] for key, name in UI_STRINGS.items()},
        # [entry number, code]: the marketplaces' own error codes (Amazon's 5665), each naming its entry.
        "entries": {"ids": ids, "titles": titles, "templates": counts, "codes": codes},
        "pages": _site_pages(catalog, base, lang),
        "templates": {
            "source": sources,
            "kinds": kinds,  # its placeholders' kinds, in order, separated by spaces
            "lengths": [len(sequence) for sequence in sequences],
            "words": [word_index[w] for sequence in sequences for w in sequence],  # each one's words in order, one after another
        },
        "vocabulary": vocabulary,
        "stop": [i for i, w in enumerate(vocabulary) if w in STOP_WORDS],  # weigh nothing in a piece of a message
        "weights": [round(math.log(1 + len(sources) / document_frequency[w]), 4) for w in vocabulary],
    }


def load_matcher(catalog: Catalog, lang: str = "en") -> Matcher:
    """A matcher over the catalog as the site of `lang` has it (the terminal's, and the tests')."""
    return Matcher(build_search_data(catalog, lang=lang), build_text_index(catalog, lang))


def build_text_index(catalog: Catalog, lang: str) -> dict:
    """The text index of one language's site: titles and symptoms in every language (short, and what
    an agent may type on any language's site: a problem described in Portuguese is found on the
    English site), messages, and the prose of that language only."""
    documents = []
    for index, entry in enumerate(catalog.errors.values()):
        documents.append({
            "ref": f"e{index}",
            "title": fold(" ".join(dict.fromkeys(entry.title.get(other) for other in LANGS))),
            "symptoms": _symptoms(entry),
            "message": fold(" ".join(" ".join(parse(t).literals) for m in entry.messages for t in m.templates)),
            "body": _entry_text(entry, catalog, lang),
        })
    for index, page in enumerate(_page_texts(catalog, lang)):
        documents.append({"ref": f"p{index}", **page})
    return _text_index(documents)


# field -> boost. Symptoms are how agents describe a problem, as titles are: they weigh as much.
TEXT_FIELDS = {"title": 5, "symptoms": 5, "message": 3, "body": 1}
COMMON_SHARE = 0.5  # a term in the prose of more than this share of the errors tells them apart too little


def _text_index(documents: list[dict]) -> dict:
    """A text index of terms (analysis.py: stop words out, a light stemmer), which both runtimes
    make alike from what is typed.

    The terms common to most errors' prose ("order", "check") are left out of its `body` field:
    they weigh little in a ranking (low inverse document frequency) but are a third or more of its
    entries, which every reader of the index downloads."""
    split = [{"ref": document["ref"], **{field: terms(document.get(field, "")) for field in TEXT_FIELDS}} for document in documents]
    bodies = [set(document["body"]) for document in split if document["ref"].startswith("e")]
    common = {word for word, count in Counter(w for body in bodies for w in body).items() if count > COMMON_SHARE * len(bodies)}
    for document in split:
        document["body"] = [word for word in document["body"] if word not in common]
    # The stop words and the stemmer travel with the index whose terms they made (matcher.js reads them).
    return {**compact_index(split, TEXT_FIELDS), "analysis": ANALYSIS}


def _site_pages(catalog: Catalog, base: str, lang: str) -> list[dict]:
    """The site's pages other than errors (hub, categories, marketplaces), for the header search."""
    pages = [{"url": HUB.url(base, lang), "title": catalog.hub.title.get(lang)}]
    for category in catalog.ordered_categories():
        pages.append({"url": Page.category(category.slug).url(base, lang), "title": category.name.get(lang)})
    for marketplace in catalog.marketplaces.values():
        pages.append({"url": Page.marketplace(marketplace.slug).url(base, lang), "title": marketplace.name})
    return pages


def _page_texts(catalog: Catalog, lang: str) -> list[dict]:
    """Title and text of each page of `_site_pages`, in the same order, for the text index."""
    texts = [(catalog.hub.title.get(lang), catalog.hub.intro.get(lang))]
    texts += [(c.name.get(lang), c.summary.get(lang)) for c in catalog.ordered_categories()]
    texts += [(" ".join(_names(m)), m.connector.get(lang)) for m in catalog.marketplaces.values()]
    return [{"title": fold(title), "body": fold(body)} for title, body in texts]


