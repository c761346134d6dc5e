"""The text index: what lunr needs to rank pages by their words, written compactly and expanded
into lunr's own serialized index where it is read.

lunr's serialized index stores each (term, field, document) twice, once as an empty object in the
inverted index and once as a BM25 score in the field vectors: at 10,000 errors that is 21 MB per
language (4.3 MB gzipped), longer to write than to compute. The same information is each term's
postings (a document's distance from the previous one, and how often the term occurs there when
more than once) plus each field's length per document: 2.9 MB (0.36 MB gzipped), runs of
near-duplicate errors making most distances 1. Where the index is read, `expand` (here, for the
terminal's matcher, and its mirror `expandTextIndex` in matcher.js, for the site's) computes the
BM25 scores as lunr's builder does and hands lunr's `Index.load` the index it would have built;
a test checks this against lunr.py's own builder.

One difference, on purpose: lunr counts a term's rarity (its inverse document frequency) over
(field, document) pairs, so a word that titles, symptoms and prose all say ("estoque") counts
three or four times per document and weighs next to nothing everywhere (when the pairs outnumber
the documents, lunr's formula even turns up again), below a word that is only in titles and
symptoms ("produto", which most errors' prose says and `body` leaves out). Here each field counts
its own documents, as BM25F does: a word rare among titles weighs as a rare title word, however
often prose says it.

Compact form: {"fields": [[name, boost], ...], "refs": [ref, ...],
"lengths": [[length of each document's field 1], ...], "terms": [[term, postings of field 1, ...], ...]},
terms in the order first met (their numbers in lunr's vectors); a posting list is document
distances, each followed by -tf when the term occurs tf > 1 times in that field.
"""

from __future__ import annotations

import math
from collections import Counter

from lunr import __TARGET_JS_VERSION__

# lunr's defaults for BM25's term-frequency saturation (k1) and field-length normalisation (b).
K1 = 1.2
B = 0.75


def compact_index(documents: list[dict[str, list[str]]], fields: dict[str, float], ref: str = "ref") -> dict:
    """`documents`: {ref: id, field: [word, ...]} each; `fields`: field name -> boost, in order."""
    postings: dict[str, list[list[int]]] = {}  # term -> per field: [distance, (-tf), ...]
    last: dict[str, list[int]] = {}  # term -> per field: the last document it was met in
    lengths: list[list[int]] = [[] for _ in fields]
    for number, document in enumerate(documents):
        for slot, field in enumerate(fields):
            words = document.get(field) or []
            lengths[slot].append(len(words))
            for term, tf in Counter(words).items():  # keeps first-occurrence order, as lunr's builder does
                lists = postings.get(term)
                if lists is None:
                    lists = postings[term] = [[] for _ in fields]
                    last[term] = [-1] * len(fields)
                lists[slot].append(number - last[term][slot])
                last[term][slot] = number
                if tf > 1:
                    lists[slot].append(-tf)
    return {
        "fields": [[field, boost] for field, boost in fields.items()],
        "refs": [str(document[ref]) for document in documents],
        "lengths": lengths,
        "terms": [[term, *lists] for term, lists in postings.items()],
    }


def field_idf(count: int, with_term: int) -> float:
    """A term's inverse document frequency in one field: `count` documents, `with_term` of them
    holding the term in that field (lunr's formula, over one field's documents)."""
    return math.log(1 + (count - with_term + 0.5) / (with_term + 0.5))


def expand(compact: dict) -> dict:
    """The serialized lunr index that lunr's builder makes from the same documents, scores unrounded
    (the builder rounds them to 3 decimals to keep its file short; nothing is written here), but for
    each term's rarity, which is counted in each field on its own (`field_idf`)."""
    fields = [name for name, _ in compact["fields"]]
    boosts = [boost for _, boost in compact["fields"]]
    refs = compact["refs"]
    count = len(refs)
    vectors: list[list[list]] = [[[] for _ in fields] for _ in refs]  # per document, per field: [term number, tf, ...]
    inverted, idf = [], []
    for number, (term, *lists) in enumerate(compact["terms"]):
        posting: dict = {}
        for slot, encoded in enumerate(lists):
            documents: dict[str, dict] = {}
            document = -1
            for value in encoded:
                if value > 0:
                    document += value
                    documents[refs[document]] = {}
                    vectors[document][slot] += (number, 1)
                else:
                    vectors[document][slot][-1] = -value
            posting[fields[slot]] = documents
        posting["_index"] = number
        inverted.append([term, posting])
        idf.append([field_idf(count, len(posting[field])) for field in fields])

    averages = [sum(field_lengths) / count if count else 0.0 for field_lengths in compact["lengths"]]
    field_vectors = []
    for document, ref in enumerate(refs):
        for slot, field in enumerate(fields):
            pairs = vectors[document][slot]
            length = compact["lengths"][slot][document]
            norm = K1 * (1 - B + B * (length / averages[slot])) if length else 0.0
            elements = []
            for term, tf in zip(pairs[::2], pairs[1::2]):  # in term order already
                elements += (term, idf[term][slot] * ((K1 + 1) * tf) / (norm + tf) * boosts[slot])
            field_vectors.append([f"{field}/{ref}", elements])
    return {
        "version": __TARGET_JS_VERSION__,
        "fields": fields,
        "fieldVectors": field_vectors,
        "invertedIndex": sorted(inverted, key=lambda row: row[0]),
        "pipeline": [],
    }
