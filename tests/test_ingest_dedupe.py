"""Dedupe building blocks on our own text."""
from __future__ import annotations

from orbat.ingest import dedupe
from orbat.ingest.run import prepare
from orbat.records import Document
from orbat.store import connect, transaction
from orbat.store import documents as store
from orbat.settings import load_settings

STOCK = "the ministry did not respond to a request for comment on the matter"


def test_tokens_agree_for_ascii_and_unicode_text():
    assert dedupe.tokens("The IAI's deal: $120 million.") == ["the", "iai", "s", "deal", "120", "million"]
    assert dedupe.tokens("The IAI’s deal — Café") == ["the", "iai", "s", "deal", "café"]


def test_overlap_counts_shared_grams_and_longest_run():
    words = "a b c d e f g h i j".split()
    grams = dedupe.gram_tuples(words)
    shared, size, run = dedupe.overlap("x a b c d e f y".split(), grams)
    assert (shared, size, run) == (2, 4, 6)


def test_story_features_keep_names_money_and_counts():
    found = dedupe.story_features("Kestrel Marine Works will build two patrol boats for $45 million, "
                                  "said Harbour Master Ann Example of Northport.")
    assert {"e:kestrel marine works", "$:45m", "n:two patrol", "w:northport"} <= found
    assert "w:said" not in found


def test_shared_stock_phrases_are_not_copies_but_reused_text_is():
    db = connect(":memory:")
    deduper = dedupe.Deduper(db, load_settings())
    base = ("Harbour crews repaired the north pier after the storm and engineers checked every pile, "
            "finding three cracked beams that will be replaced before the ferry season opens in May. ")
    texts = {
        "a": base * 2 + STOCK,
        "b": "A bakery in the old town won a prize for rye bread, judges said after tasting entries. " + STOCK,
        "c": base * 2 + "The harbour master thanked the crews.",
    }
    with transaction(db):
        for key, text in texts.items():
            doc = prepare(Document(key=key, source=key, raw_text=text))
            verdict = deduper.check(doc)
            deduper.apply(doc, verdict)
            deduper.index(store.put_document(db, doc), verdict)
    rows = dict(db.execute("SELECT key, near_duplicate_of FROM documents").fetchall())
    assert rows == {"a": None, "b": None, "c": "a"}


def test_buckets_stop_growing():
    db = connect(":memory:")
    deduper = dedupe.Deduper(db, load_settings())
    with transaction(db):
        for n in range(dedupe.BUCKET_CAP + 10):
            doc = prepare(Document(key=f"d{n}", source="s", raw_text=f"{STOCK} {STOCK} number {n}"))
            verdict = deduper.check(doc)
            deduper.apply(doc, verdict)
            deduper.index(store.put_document(db, doc), verdict)
    largest = db.execute("SELECT MAX(c) FROM (SELECT COUNT(*) AS c FROM lsh_bands GROUP BY band)").fetchone()[0]
    assert largest <= dedupe.BUCKET_CAP


def test_story_features_counts_and_money_not_glued_to_words() -> None:
    from orbat.ingest.dedupe import story_features

    found = story_features("Often twelve soldiers paid USD 5 million and $4bn; x12 tanks, -3 guns, 1,200 troops, "
                           "ab-two rockets and TWO HOWITZERS.")
    assert {"n:twelve soldiers", "n:1,200 troops", "n:two howitzers", "$:5m", "$:4b"} <= found
    assert not {f for f in found if f.startswith("n:") and f.split()[-1] in ("tanks", "guns", "rockets")}
    assert "n:ten twelve" not in found  # "ten" inside "Often" is no number
