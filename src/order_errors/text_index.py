"""A lunr index, serialized as lunr.py's `Builder().build().serialize()` writes it, built in one pass.

lunr.py's builder spends most of its time on per-token objects (a deep copy of each token's
metadata, a sorted insert for each vector element): at 10,000 errors, 2.8 million tokens took
~12 s per language. Our documents come already folded and split into words, with no pipeline and
no metadata, so the same index is a few dictionaries and one BM25 formula. lunr.py still reads it
(the terminal's matcher) and so does lunr.js (the site's); a test checks that the output equals
lunr.py's builder's for the real catalog.
"""

from __future__ import annotations

import math
from collections import Counter

from lunr import __TARGET_JS_VERSION__

# lunr's defaults for BM25's term-frequency saturation (k1) and field-length normalisation (b).
K1 = 1.2
B = 0.75


def serialized_index(documents: list[dict[str, list[str]]], fields: dict[str, float], ref: str = "ref") -> dict:
    """`documents`: {ref: id, field: [word, ...]} each; `fields`: field name -> boost, in order."""
    postings: dict[str, dict] = {}  # term -> {field: {doc ref: {}}, "_index": n}, terms numbered as first met
    frequencies: list[tuple[str, str, int, Counter]] = []  # (field, doc ref, length, term counts), in lunr's order
    lengths: dict[str, int] = dict.fromkeys(fields, 0)
    for document in documents:
        doc_ref = str(document[ref])
        for field in fields:
            words = document.get(field) or []
            lengths[field] += len(words)
            counts = Counter(words)  # keeps first-occurrence order, as lunr's defaultdict does
            frequencies.append((field, doc_ref, len(words), counts))
            for term in counts:
                posting = postings.get(term)
                if posting is None:
                    posting = postings[term] = {name: {} for name in fields}
                    posting["_index"] = len(postings) - 1
                posting[field][doc_ref] = {}

    count = len(documents)
    average = {field: lengths[field] / count for field in fields} if count else {}
    idf: dict[str, float] = {}
    vectors = []
    for field, doc_ref, length, counts in frequencies:
        if not counts:
            vectors.append([f"{field}/{doc_ref}", []])
            continue
        norm = K1 * (1 - B + B * (length / average[field]))
        elements = []
        for term, tf in counts.items():
            if term not in idf:
                with_term = sum(len(posting) for name, posting in postings[term].items() if name != "_index")
                idf[term] = math.log(1 + abs((count - with_term + 0.5) / (with_term + 0.5)))
            score = idf[term] * ((K1 + 1) * tf) / (norm + tf) * fields[field]
            elements.append((postings[term]["_index"], round(score, 3)))
        elements.sort()
        vectors.append([f"{field}/{doc_ref}", [x for pair in elements for x in pair]])

    return {
        "version": __TARGET_JS_VERSION__,
        "fields": list(fields),
        "fieldVectors": vectors,
        "invertedIndex": [[term, postings[term]] for term in sorted(postings)],
        "pipeline": [],
    }
