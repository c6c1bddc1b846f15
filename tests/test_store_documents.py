"""store/documents.py: tables, round trips, FTS search, entity filter, errors."""
from __future__ import annotations

import pytest

from orbat.errors import NotFound
from orbat.ingest.run import prepare
from orbat.records import Document, Mention
from orbat.store import connect, transaction
from orbat.store import documents as store


def _doc(key: str, text: str, title: str | None = None) -> Document:
    doc = Document(key=key, source=f"/data/{key}", raw_text=text, title=title)
    return prepare(doc)


@pytest.fixture
def db():
    conn = connect(":memory:")
    yield conn
    conn.close()


def test_put_and_get_round_trip(db):
    doc = _doc("a.txt", "The\u00a0Kestrel yard built three boats.[1]\n\nPrint\n", title="Boats")
    file = store.FileRecord(path="/data/a.txt", name="a.txt", size=10, mtime=0.0, content_hash="h", status="done")
    with transaction(db):
        store.put_file_documents(db, file, [doc])
    got = store.get_document(db, "a.txt")
    assert got.clean_text == "The Kestrel yard built three boats."
    assert got.raw_text == doc.raw_text and got.title == "Boats"
    assert got.offsets.to_raw(4, 10) == (4, 10) and got.raw_text[4:10] == "Kestre"
    assert store.file_state(db, "/data/a.txt")["documents"] == 1
    assert [d.key for d in store.iter_documents(db)] == ["a.txt"]
    with pytest.raises(NotFound):
        store.get_document(db, "missing")


def test_replacing_a_files_documents_updates_the_index(db):
    file = store.FileRecord(path="/data/a.txt", name="a.txt", size=1, mtime=0.0, content_hash="h1", status="done")
    with transaction(db):
        store.put_file_documents(db, file, [_doc("a.txt", "Lighthouse keepers return to the island.")])
    with transaction(db):
        store.put_file_documents(db, file, [_doc("a.txt", "Bakery wins a prize for rye bread.")])
    assert store.search(db, "lighthouse") == []
    assert [h["key"] for h in store.search(db, "bakery")] == ["a.txt"]
    db.execute("INSERT INTO documents_fts(documents_fts) VALUES ('integrity-check')")


def test_search_snippets_diacritics_and_syntax(db):
    with transaction(db):
        store.put_document(db, _doc("a", "The café in Zürich ordered two espresso machines.", title="Coffee news"))
        store.put_document(db, _doc("b", "The ferry sailed at dawn with two hundred passengers."))
    hits = store.search(db, "zurich")
    assert [h["key"] for h in hits] == ["a"] and "<b>Zürich</b>" in hits[0]["snippet"]
    assert [h["key"] for h in store.search(db, "cafe")] == ["a"]
    assert [h["key"] for h in store.search(db, "coffee")] == ["a"]  # the title is indexed too
    assert [h["key"] for h in store.search(db, '"two hundred"')] == ["b"]
    assert store.search(db, 'AND OR ( "') == []  # stray operators never raise
    assert [h["key"] for h in store.search(db, "ferry AND OR dawn")] == ["b"]
    assert store.search(db, "") == []
    assert len(store.search(db, "two", limit=1)) == 1


def test_search_entity_filter_uses_mentions(db):
    from orbat.mentions.store import put_mentions

    with transaction(db):
        store.put_document(db, _doc("a", "Kestrel yard builds boats for the harbour."))
        store.put_document(db, _doc("b", "Another yard builds boats for the river."))
        put_mentions(db, "a", [Mention(0, 7, "Organisation", "Kestrel", link="org:kestrel")])
    assert [h["key"] for h in store.search(db, "boats", entity="org:kestrel")] == ["a"]
    assert [h["key"] for h in store.search(db, "boats", entity="KESTREL")] == ["a"]
    assert store.search(db, "boats", entity="nobody") == []


def test_errors_are_recorded_once(db):
    store.record_error(db, "/data/x.jsonl", "malformed JSON", line=3)
    store.record_error(db, "/data/x.jsonl", "malformed JSON", line=3)
    errors = list(store.iter_errors(db))
    assert len(errors) == 1 and errors[0]["line"] == 3


def test_deleting_documents_cascades_to_dedupe_rows(db):
    from orbat.ingest.dedupe import Deduper
    from orbat.settings import load_settings

    deduper = Deduper(db, load_settings())
    doc = _doc("a", "Kestrel yard hires forty welders for the $45 million order of three patrol boats.")
    with transaction(db):
        verdict = deduper.check(doc)
        deduper.apply(doc, verdict)
        deduper.index(store.put_document(db, doc), verdict)
    assert db.execute("SELECT COUNT(*) FROM lsh_bands").fetchone()[0] > 0
    with transaction(db):
        store.delete_file_documents(db, "/data/a")
    for table in ("lsh_bands", "story_features", "doc_signatures"):
        assert db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] == 0, table
