"""A real `orbat ingest` killed with SIGKILL mid-run leaves a consistent KB; re-running completes it."""
from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

def _corpus(folder: Path, n: int) -> None:
    """n small reports of random words; every 50th file is an exact copy of an earlier one."""
    folder.mkdir()
    rng = random.Random(7)
    vocabulary = ["".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(3, 9)))
                  for _ in range(3000)]
    for i in range(n):
        text = f"Report {i} from Port{i % 37}.\n\n" + " ".join(rng.choices(vocabulary, k=150)) + ".\n"
        if i % 50 == 49:
            text = (folder / f"doc{i - 10:05d}.txt").read_text()
        (folder / f"doc{i:05d}.txt").write_text(text)


def _run(kb: Path, folder: Path) -> subprocess.Popen:
    # Batches of 200 documents: a kill soon after the first commit lands well inside the run.
    env = {"ORBAT_BATCH_DOCUMENTS": "200", **os.environ, "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen([sys.executable, "-m", "orbat", "ingest", str(folder), "--kb", str(kb), "--no-extract",
                             "-q"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _state(kb: Path) -> tuple:
    with sqlite3.connect(kb) as db:
        docs = db.execute("SELECT key, content_hash, duplicate_of, near_duplicate_of, cluster, clean_text "
                          "FROM documents ORDER BY key").fetchall()
        files = db.execute("SELECT path, content_hash, status, documents FROM files ORDER BY path").fetchall()
        return docs, files


def _check_consistent(kb: Path) -> int:
    with sqlite3.connect(kb) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        db.execute("INSERT INTO documents_fts(documents_fts) VALUES ('integrity-check')")
        # Every file row has exactly its documents; no document lacks its file row.
        rows = db.execute("SELECT f.path, f.documents, COUNT(d.id) FROM files f LEFT JOIN documents d "
                          "ON d.source = f.path GROUP BY f.path").fetchall()
        assert all(expected == found for _, expected, found in rows), rows
        orphans = db.execute("SELECT COUNT(*) FROM documents WHERE source NOT IN (SELECT path FROM files)").fetchone()
        assert orphans[0] == 0
        signatures = db.execute("SELECT COUNT(*) FROM doc_signatures WHERE doc_id NOT IN (SELECT id FROM documents)")
        assert signatures.fetchone()[0] == 0
        return len(rows)


@pytest.mark.slow
def test_sigkill_mid_run_then_resume_equals_clean_run(tmp_path):
    folder = tmp_path / "corpus"
    _corpus(folder, 1500)
    clean_kb, killed_kb = tmp_path / "clean.db", tmp_path / "killed.db"
    assert _run(clean_kb, folder).wait(timeout=300) == 0

    process = _run(killed_kb, folder)
    deadline = time.monotonic() + 120
    committed = 0
    while time.monotonic() < deadline and process.poll() is None:
        if killed_kb.exists():
            try:
                with sqlite3.connect(f"file:{killed_kb}?mode=ro", uri=True, timeout=0.1) as db:
                    committed = db.execute("SELECT COUNT(*) FROM files").fetchone()[0]
            except sqlite3.OperationalError:
                committed = 0
        if committed:
            break
        time.sleep(0.02)
    assert process.poll() is None, "ingest finished before it could be killed"
    time.sleep(0.1)  # let it get into the next batch
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL

    partial = _check_consistent(killed_kb)
    assert 0 < partial < 1500
    assert _run(killed_kb, folder).wait(timeout=300) == 0
    assert _check_consistent(killed_kb) == 1500
    assert _state(killed_kb) == _state(clean_kb)


def _jsonl_corpus(path: Path, n: int) -> None:
    """n records of random words in one JSON Lines file; every 50th repeats an earlier text."""
    import json

    rng = random.Random(11)
    vocabulary = ["".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(3, 9)))
                  for _ in range(3000)]
    texts: list[str] = []
    with path.open("w", encoding="utf-8") as handle:
        for i in range(n):
            text = texts[i - 10] if i % 50 == 49 else f"Report {i}.\n\n" + " ".join(rng.choices(vocabulary, k=150))
            texts.append(text)
            handle.write(json.dumps({"id": f"r{i:05d}", "title": f"Report {i}", "text": text}) + "\n")


@pytest.mark.slow
def test_sigkill_inside_a_jsonl_file_then_rerun_equals_clean_run(tmp_path, monkeypatch):
    """A record corpus is committed in batches (row marked partial); a re-run replaces the part."""
    monkeypatch.setenv("ORBAT_BATCH_DOCUMENTS", "50")
    folder = tmp_path / "corpus"
    folder.mkdir()
    _jsonl_corpus(folder / "records.jsonl", 1500)
    clean_kb, killed_kb = tmp_path / "clean.db", tmp_path / "killed.db"
    assert _run(clean_kb, folder).wait(timeout=300) == 0

    process = _run(killed_kb, folder)
    deadline = time.monotonic() + 120
    status = None
    while time.monotonic() < deadline and process.poll() is None and status is None:
        if killed_kb.exists():
            try:
                with sqlite3.connect(f"file:{killed_kb}?mode=ro", uri=True, timeout=0.1) as db:
                    row = db.execute("SELECT status FROM files").fetchone()
                    status = row[0] if row else None
            except sqlite3.OperationalError:
                pass
        time.sleep(0.01)
    assert process.poll() is None, "ingest finished before it could be killed"
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    assert status == "partial"

    _check_consistent(killed_kb)
    with sqlite3.connect(killed_kb) as db:
        stored = db.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    assert 0 < stored < 1500
    assert _run(killed_kb, folder).wait(timeout=300) == 0
    _check_consistent(killed_kb)
    assert _state(killed_kb) == _state(clean_kb)
