"""The runner: idempotent re-ingest, new files only, cross-file/run dedupe, analysis hook, reextract."""
from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from orbat.analyse import Analysis
from orbat.ingest import run
from orbat.kb import KnowledgeBase
from orbat.records import Mention
from orbat.settings import load_settings

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
STORY = ("The Northport harbour authority ordered three patrol boats from the Kestrel yard for $45 million, "
         "officials said on Friday. The first boat is due next spring and the rest a year later. ")
FILLER = ("Local fishermen said the new boats would make the narrow channel safer at night, and the yard "
          "said it would hire forty welders to finish the hulls on time. ")


def _dump(kb: KnowledgeBase) -> tuple:
    docs = kb.db.execute("SELECT key, source, content_hash, duplicate_of, near_duplicate_of, cluster, clean_text, "
                         "offsets FROM documents ORDER BY key").fetchall()
    files = kb.db.execute("SELECT path, content_hash, status, documents FROM files ORDER BY path").fetchall()
    extra = [kb.db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
             for t in ("lsh_bands", "story_features", "doc_signatures", "ingest_errors")]
    return [tuple(r) for r in docs], [tuple(r) for r in files], extra


def test_reingest_changes_nothing_and_new_files_add_only_themselves(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("export.txt", "blog.txt", "notes.md", "page.html", "corpus.jsonl"):
        shutil.copy(FIXTURES / name, folder / name)
    with KnowledgeBase(tmp_path / "kb.db", settings=load_settings(extract=False)) as kb:
        first = kb.ingest([folder])
        before = _dump(kb)
        again = kb.ingest([folder])
        assert again.skipped == 5 and again.documents == 0 and again.ok
        assert _dump(kb) == before
        (folder / "new.txt").write_text(FILLER)
        third = kb.ingest([folder])
        assert third.ingested == 1 and third.documents == 1 and third.skipped == 5
        after = _dump(kb)
        assert set(before[0]) < set(after[0]) and len(after[0]) == len(before[0]) + 1
        assert first.errors and not third.errors  # the bad JSONL line is recorded once, not again


def test_changed_file_replaces_its_documents(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(STORY)
    with KnowledgeBase(tmp_path / "kb.db", settings=load_settings(extract=False)) as kb:
        kb.ingest([path])
        path.write_text(FILLER)
        report = kb.ingest([path])
        assert report.ingested == 1
        assert [d.clean_text for d in kb.documents()] == [FILLER.strip()]


def test_duplicates_across_files_and_runs(tmp_path):
    a, b, c, d = (tmp_path / n for n in ("a.txt", "b.txt", "c.txt", "d.txt"))
    a.write_text(STORY + FILLER * 3)
    with KnowledgeBase(tmp_path / "kb.db", settings=load_settings(extract=False)) as kb:
        kb.ingest([a])
    b.write_text(STORY + FILLER * 3)  # exact copy, next run
    c.write_text(STORY.replace("Friday", "Thursday") + FILLER * 3 + "A spokesman declined to comment.")
    d.write_text("The valley council spent the evening on bridge repairs and the price of new steel beams.")
    with KnowledgeBase(tmp_path / "kb.db", settings=load_settings(extract=False)) as kb:
        report = kb.ingest([b, c, d])
        assert report.duplicates == 2 and report.near_duplicates == 1
        docs = {x.key: x for x in kb.documents()}
        assert docs["b.txt"].duplicate_of == "a.txt" and docs["b.txt"].near_duplicate_of is None
        assert docs["c.txt"].duplicate_of == "a.txt" and docs["c.txt"].near_duplicate_of == "a.txt"
        assert docs["d.txt"].duplicate_of is None and docs["d.txt"].cluster is None
        assert docs["a.txt"].cluster == docs["b.txt"].cluster == docs["c.txt"].cluster
        algorithm = kb.db.execute("SELECT DISTINCT algorithm FROM doc_signatures").fetchall()
        assert len(algorithm) == 1 and algorithm[0][0].startswith("rensa.RMinHash/v")


def test_same_file_name_in_two_folders_keeps_both(tmp_path):
    for sub, text in (("x", STORY), ("y", FILLER)):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "same.txt").write_text(text)
    with KnowledgeBase(tmp_path / "kb.db", settings=load_settings(extract=False)) as kb:
        assert kb.ingest([tmp_path / "x", tmp_path / "y"]).documents == 2
        keys = [d.key for d in kb.documents()]
        assert keys[0] == "same.txt" and keys[1].startswith("same.txt~")


def _fake_hooks(calls: list):
    def analyse(document, reference):
        calls.append(document.key)
        word = document.clean_text.split()[0]
        return Analysis(mentions=[Mention(0, len(word), "Organisation", word, cbegin=0, cend=len(word))])

    def store_analysis(db, document, analysis):
        assert db.in_transaction  # written with the document, in its file's transaction
        from orbat.mentions.store import put_mentions

        put_mentions(db, document.key, analysis.mentions)

    return analyse, store_analysis


def test_analysis_hook_and_reextract(tmp_path, monkeypatch):
    calls: list = []
    monkeypatch.setattr(run, "_analysis_hooks", lambda: _fake_hooks(calls))
    monkeypatch.setattr(KnowledgeBase, "reference", property(lambda self: None))
    (tmp_path / "a.txt").write_text(STORY)
    (tmp_path / "b.txt").write_text(FILLER)
    with KnowledgeBase(tmp_path / "kb.db", settings=load_settings(extract=True)) as kb:
        kb.ingest([tmp_path])
        assert sorted(calls) == ["a.txt", "b.txt"]
        assert kb.db.execute("SELECT COUNT(*) FROM mentions").fetchone()[0] == 2
        calls.clear()
        assert kb.extract(["b.txt"]) == 1 and calls == ["b.txt"]
        assert kb.extract() == 2
    with KnowledgeBase(tmp_path / "kb2.db", settings=load_settings(extract=False)) as kb:
        calls.clear()
        kb.ingest([tmp_path / "a.txt"])
        assert calls == []


def test_workers_give_the_same_result(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("export.txt", "blog.txt", "notes.md", "page.html", "corpus.jsonl"):
        shutil.copy(FIXTURES / name, folder / name)
    (folder / "copy.md").write_text((FIXTURES / "notes.md").read_text())
    with (folder / "many.jsonl").open("w") as out:  # several worker chunks, in order
        for n in range(run.JSONL_CHUNK * 2 + 7):
            out.write(f'{{"id": "m{n}", "text": "Record {n}: {FILLER}"}}\n')
    dumps = []
    for workers in (1, 2):
        with KnowledgeBase(tmp_path / f"kb{workers}.db", settings=load_settings(extract=False, workers=workers)) as kb:
            report = kb.ingest([folder])
            assert [e["line"] for e in report.errors] == [3]  # the bad line of corpus.jsonl
            dumps.append(_dump(kb))
    assert dumps[0] == dumps[1]


def test_large_files_in_transactions_of_their_own_give_the_same_result(tmp_path, monkeypatch):
    """Large files and record corpora are written in their own transactions (their savepoint
    journal may spill to a file); the stored result does not depend on where batches break."""
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("export.txt", "blog.txt", "notes.md", "page.html", "corpus.jsonl"):
        shutil.copy(FIXTURES / name, folder / name)
    sizes = sorted(p.stat().st_size for p in folder.iterdir())
    dumps = []
    for threshold in (10**9, sizes[len(sizes) // 2]):  # none large; the larger half large
        monkeypatch.setattr(run, "SMALL_FILE_BYTES", threshold)
        with KnowledgeBase(tmp_path / f"kb{threshold}.db", settings=load_settings(extract=False)) as kb:
            kb.ingest([folder])
            dumps.append(_dump(kb))
            assert kb.db.execute("PRAGMA temp_store").fetchone()[0] == 0  # SQLite's default again
            assert not kb.db.in_transaction
    assert dumps[0] == dumps[1]


def test_resolve_after_ingest_only_when_there_is_knowledge(tmp_path):
    """Facts are resolved into entities and deals after ingest; when a changed file takes the
    last facts away, resolving clears what was derived from them."""
    path = tmp_path / "deal.txt"
    path.write_text("Vietnam signed a contract with Rosoboronexport in May 2019 for 12 Mi-17V-5 transport "
                    "helicopters worth $300 million, the ministry said.")

    def counts(kb: KnowledgeBase) -> list[int]:
        return [kb.db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in ("facts", "entities", "deals")]

    with KnowledgeBase(tmp_path / "kb.db", settings=load_settings()) as kb:
        kb.ingest([path])
        facts, entities, deals = counts(kb)
        assert facts and entities and deals == 1
        path.write_text(FILLER)
        kb.ingest([path])
        assert counts(kb) == [0, 0, 0]
    with KnowledgeBase(tmp_path / "plain.db", settings=load_settings(extract=False)) as kb:
        kb.ingest([path])  # nothing to resolve: no facts, no entities
        assert counts(kb) == [0, 0, 0] and kb.db.execute("SELECT COUNT(*) FROM knowledge_state").fetchone()[0] == 0
        assert list(kb.deals()) == []  # a view resolves on first use
        assert kb.db.execute("SELECT COUNT(*) FROM knowledge_state").fetchone()[0] == 1


def test_progress_events(tmp_path):
    (tmp_path / "a.txt").write_text(STORY)
    (tmp_path / "b.txt").write_bytes(b"\x00\x01")
    events = []
    with KnowledgeBase(tmp_path / "kb.db", settings=load_settings(extract=False)) as kb:
        kb.ingest([tmp_path], progress=events.append)
    assert [e.status for e in events] == ["done", "error"]
    assert events[-1].files == 2 and events[-1].documents == 1 and events[-1].errors == 1


def test_kb_is_never_ingested_into_itself(tmp_path):
    (tmp_path / "a.txt").write_text(STORY)
    with KnowledgeBase(tmp_path / "kb.db", settings=load_settings(extract=False)) as kb:
        kb.ingest([tmp_path])
        report = kb.ingest([tmp_path])
        assert report.ok and report.files == 1
    with sqlite3.connect(tmp_path / "kb.db") as db:
        assert db.execute("SELECT COUNT(*) FROM files").fetchone()[0] == 1
