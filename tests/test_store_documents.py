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


def test_unindexed_then_deleted_documents_leave_no_dedupe_rows(db):
    """The writer unindexes a file (or a replaced key) before deleting it: no band, posting,
    signature or feature count of the deleted document is left behind."""
    from orbat.ingest.dedupe import Deduper
    from orbat.settings import load_settings

    deduper = Deduper(db, load_settings())
    texts = {"a": "Kestrel yard hires forty welders for the $45 million order of three Petrel patrol boats.",
             "b": "Osprey Marine signs a $12 million deal for two Heron survey launches from Kestrel yard."}
    with transaction(db):
        for key, text in texts.items():
            doc = _doc(key, text)
            verdict = deduper.check(doc)
            deduper.apply(doc, verdict)
            deduper.index(store.put_document(db, doc), verdict)
    assert db.execute("SELECT COUNT(*) FROM lsh_bands").fetchone()[0] > 0
    with transaction(db):
        deduper.unindex_source("/data/a")
        store.delete_file_documents(db, "/data/a")
        deduper.unindex_key("b")
        db.execute("DELETE FROM documents WHERE key = 'b'")
    for table in ("lsh_bands", "story_features", "doc_signatures", "feature_df"):
        assert db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] == 0, table


def test_full_text_index_waits_for_the_batch_and_stays_consistent(db):
    """Rows are indexed in one statement per batch; replacing or deleting a row that is still
    pending, or one indexed earlier, leaves the index exactly matching the table."""
    with transaction(db):
        store.put_document(db, _doc("a", "Lighthouse keepers return to the island."))
        store.put_document(db, _doc("b", "The ferry sailed at dawn."))
        assert db.execute("SELECT COUNT(*) FROM fts_pending").fetchone()[0] == 2
        store.put_document(db, _doc("a", "Bakery wins a prize for rye bread."))  # replaced while pending
        assert store.index_pending(db) == 2
    assert db.execute("SELECT COUNT(*) FROM fts_pending").fetchone()[0] == 0
    with transaction(db):
        store.put_document(db, _doc("b", "The tram reached the harbour at noon."))  # replaces an indexed row
        db.execute("UPDATE documents SET title = 'Rye' WHERE key = 'a'")  # an indexed row's title changes
        store.index_pending(db)
    db.execute("INSERT INTO documents_fts(documents_fts) VALUES ('integrity-check')")
    assert [h["key"] for h in store.search(db, "bakery")] == ["a"]
    assert [h["key"] for h in store.search(db, "rye")] == ["a"]
    assert store.search(db, "lighthouse") == [] and store.search(db, "ferry") == []
    assert [h["key"] for h in store.search(db, "tram")] == ["b"]


def test_search_indexes_rows_stored_without_index_pending(db):
    with transaction(db):
        store.put_document(db, _doc("c", "Snow closed the mountain pass."))
    assert [h["key"] for h in store.search(db, "mountain")] == ["c"]
    db.execute("INSERT INTO documents_fts(documents_fts) VALUES ('integrity-check')")


def test_a_knowledge_base_indexed_by_the_old_trigger_migrates(tmp_path):
    """A file made before deferred indexing (rows indexed by an insert trigger) keeps a
    consistent index once migrated: its rows can be replaced and deleted."""
    import sqlite3

    from orbat.store.sqlite import _statements, migrate

    path = tmp_path / "old.db"
    old = sqlite3.connect(path, isolation_level=None)
    old.execute("CREATE TABLE migrations (name TEXT PRIMARY KEY, applied_at TEXT DEFAULT CURRENT_TIMESTAMP)")
    for name, script in store.MIGRATIONS[:2]:
        for statement in _statements(script):
            old.execute(statement)
        old.execute("INSERT INTO migrations(name) VALUES (?)", (name,))
    with transaction(old):
        for key, text in (("a", "Lighthouse keepers return."), ("b", "The ferry sailed at dawn.")):
            store.put_document(old, _doc(key, text))
    old.close()
    db = connect(path)
    assert "documents-0003-fts-pending" in migrate(db) or db.execute(
        "SELECT 1 FROM migrations WHERE name = 'documents-0003-fts-pending'").fetchone()
    with transaction(db):
        store.put_document(db, _doc("a", "Bakery wins a prize."))
        db.execute("DELETE FROM documents WHERE key = 'b'")
        store.index_pending(db)
    db.execute("INSERT INTO documents_fts(documents_fts) VALUES ('integrity-check')")
    assert [h["key"] for h in store.search(db, "bakery")] == ["a"]
    assert store.search(db, "ferry") == [] and store.search(db, "lighthouse") == []
