"""Our compact text index, expanded, is the index lunr.py's own builder makes from the same documents,
but for each term's rarity, counted per field (text_index.field_idf) where lunr counts (field, document) pairs."""

from __future__ import annotations

import json
import math

import pytest
from lunr.builder import Builder
from lunr.index import Index

from order_errors.search import data as search_data
from order_errors.search.text_index import compact_index, expand, field_idf


def lunr_builder_index(documents: list[dict], fields: dict[str, float]) -> dict:
    builder = Builder()
    builder.pipeline.reset()
    builder.search_pipeline.reset()
    builder.ref("ref")
    for field, boost in fields.items():
        builder.field(field, boost=boost)
    for document in documents:
        builder.add(document)
    return json.loads(json.dumps(builder.build().serialize()))


def lunr_idf(count: int, pairs: int) -> float:
    """lunr's inverse document frequency: over the (field, document) pairs holding the term."""
    return math.log(1 + abs((count - pairs + 0.5) / (pairs + 0.5)))


def assert_same_index(ours: dict, builders: dict) -> None:
    """Equal, but for the builder's scores being rounded to 3 decimals, and each being scaled by the
    term's rarity in its field (ours) instead of in all fields together (lunr's)."""
    ours = json.loads(json.dumps(ours))
    assert ours["invertedIndex"] == builders["invertedIndex"]
    assert [ref for ref, _ in ours["fieldVectors"]] == [ref for ref, _ in builders["fieldVectors"]]
    count = len({ref.split("/", 1)[1] for ref, _ in ours["fieldVectors"]})
    postings = {row[1]["_index"]: row[1] for row in ours["invertedIndex"]}
    for (ref, vector), (_, rounded) in zip(ours["fieldVectors"], builders["fieldVectors"]):
        field = ref.split("/", 1)[0]
        assert vector[::2] == rounded[::2], ref
        for term, a, b in zip(vector[::2], vector[1::2], rounded[1::2]):
            posting = postings[term]
            scale = field_idf(count, len(posting[field])) / lunr_idf(count, sum(len(posting[f]) for f in posting if f != "_index"))
            assert abs(a - b * scale) <= 0.0005 * scale + 1e-12, (ref, term)
    assert {k: v for k, v in ours.items() if k not in ("invertedIndex", "fieldVectors")} == \
        {k: v for k, v in builders.items() if k not in ("invertedIndex", "fieldVectors")}


@pytest.mark.parametrize("lang", ["en", "es", "pt"])
def test_the_real_catalogs_index_is_lunr_builders_own(catalog, lang, monkeypatch):
    captured = []
    monkeypatch.setattr(search_data, "compact_index", lambda docs, fields: captured.append((docs, fields)) or compact_index(docs, fields))
    compact = search_data.build_text_index(catalog, lang)
    (documents, fields), = captured
    assert len(documents) > len(catalog.errors)
    assert_same_index(expand(json.loads(json.dumps(compact))), lunr_builder_index(documents, fields))


def test_a_terms_rarity_is_counted_in_each_field_on_its_own():
    """'stock' is in every document's body but in one title: a rare title word, a common body word."""
    documents = [{"ref": str(n), "title": ["stock"] if n == 0 else ["price"], "body": ["stock", "zero"]} for n in range(6)]
    vectors = dict(expand(compact_index(documents, {"title": 1, "body": 1}))["fieldVectors"])
    title_stock, body_stock = vectors["title/0"][1], vectors["body/0"][1]
    assert title_stock > 4 * body_stock
    assert math.isclose(title_stock, field_idf(6, 1) * 2.2 / (1.2 + 1))


def test_repeated_words_empty_fields_and_boosts_score_as_lunr_does():
    documents = [
        {"ref": "a", "title": ["stock", "stock", "zero"], "body": []},
        {"ref": "b", "title": [], "body": ["zero", "price", "price", "price", "sla"]},
        {"ref": "c", "title": ["sla"], "body": ["stock"]},
        {"ref": "d", "title": [], "body": []},
        {"ref": "e", "title": ["zero"], "body": ["stock", "stock"]},
    ]
    fields = {"title": 4, "body": 1}
    compact = compact_index(documents, fields)
    assert compact["terms"][0] == ["stock", [1, -2], [3, 2, -2]]  # documents a (twice); c, then e (twice)
    ours = expand(compact)
    assert_same_index(ours, lunr_builder_index(documents, fields))
    hits = Index.load(ours).search("price")
    assert [hit["ref"] for hit in hits] == ["b"]


def test_words_common_to_most_errors_prose_are_left_out_of_the_body_field(catalog):
    index = expand(search_data.build_text_index(catalog, "en"))
    postings = dict(index["invertedIndex"])
    errors = len(catalog.errors)
    bodies = [set(search_data.terms(search_data._entry_text(e, catalog, "en"))) for e in catalog.errors.values()]
    common = [w for w in set().union(*bodies) if sum(w in b for b in bodies) > search_data.COMMON_SHARE * errors]
    rare = [w for w in set().union(*bodies) if sum(w in b for b in bodies) == 1]
    assert len(common) >= 3 and rare  # e.g. "marketplac", "sku": words most entries say
    assert all(not postings.get(w, {}).get("body") for w in common)
    assert all(postings[w]["body"] for w in rare)
