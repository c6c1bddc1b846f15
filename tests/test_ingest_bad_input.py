"""Bad input never stops a batch and never loses stored data; each case gets a clear error."""
from __future__ import annotations

import gzip
import os
import shutil
from pathlib import Path

import pytest

from orbat.ingest import run
from orbat.kb import KnowledgeBase
from orbat.settings import load_settings

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
GOOD = "The harbour trust repaired the north pier and painted the old crane blue for the summer.\n"


def _ingest(tmp_path: Path, files: dict[str, bytes], **settings):
    folder = tmp_path / "in"
    folder.mkdir(exist_ok=True)
    for name, data in files.items():
        (folder / name).write_bytes(data)
    kb = KnowledgeBase(tmp_path / "kb.db", settings=load_settings(extract=False, **settings))
    report = kb.ingest([folder])
    return kb, report


def _error_for(report, name: str) -> str:
    found = [e["message"] for e in report.errors if Path(e["path"]).name == name]
    assert found, (name, report.errors)
    return found[0]


def test_each_bad_file_is_recorded_and_the_batch_goes_on(tmp_path):
    deep = b"<html><body>" + b"<div>" * 100_000 + b"x" + b"</div>" * 100_000 + b"</body></html>"
    lol = "".join(f'<!ENTITY l{i} "{("&l%d;" % (i - 1)) * 10}">' for i in range(1, 10))
    bomb = f'<?xml version="1.0"?><!DOCTYPE b [<!ENTITY l0 "lol">{lol}]><html><body><p>&l9;</p></body></html>'
    attr = b'<html><body><p title="' + b"a" * 10_000_000 + b'">short</p></body></html>'
    blob = gzip.compress(GOOD.encode() * 200)
    files = {
        "good.txt": GOOD.encode(),
        "binary.txt": b"\x00\x01\x02\xff" * 100,
        "empty.txt": b"",
        "garbled.txt": b"\x81\x8d\x8f\x90\x9d" * 100,
        "latin1.txt": "Le caf\u00e9 du port a rouvert ses portes apr\u00e8s l'hiver.".encode("cp1252"),
        "utf16.txt": GOOD.encode("utf-16"),
        "cut.txt.gz": blob[: len(blob) // 2],
        "cut.html": b"<html><body><article><p>" + GOOD.encode() * 3 + b"</p><p>More about the cra",
        "deep.html": deep,
        "bomb.html": bomb.encode(),
        "attr.html": attr,
    }
    kb, report = _ingest(tmp_path, files)
    keys = {d.key for d in kb.documents()}
    assert {"good.txt", "latin1.txt", "utf16.txt", "cut.html"} <= keys
    assert "caf\u00e9" in kb.document("latin1.txt").clean_text
    assert "binary" in _error_for(report, "binary.txt")
    assert "empty" in _error_for(report, "empty.txt")
    assert "decode" in _error_for(report, "garbled.txt")
    assert "gzip" in _error_for(report, "cut.txt.gz")
    for name in ("deep.html", "bomb.html", "attr.html"):
        message = _error_for(report, name)
        assert name in message and "\n" not in message
    stored = {Path(e["path"]).name for e in kb.errors()}
    assert {"binary.txt", "empty.txt", "garbled.txt", "cut.txt.gz", "deep.html", "bomb.html", "attr.html"} <= stored
    assert not report.ok
    kb.close()


def test_oversized_file(tmp_path):
    records = "".join(f'{{"id": "r{n}", "text": "{GOOD.strip()} {n}"}}\n' for n in range(20)).encode()
    kb, report = _ingest(tmp_path, {"big.txt": GOOD.encode() * 100, "small.txt": GOOD.encode(),
                                    "many.jsonl": records}, max_file_bytes=1000)
    assert "too large" in _error_for(report, "big.txt")
    # A record corpus is streamed: the limit applies to each record, not to the file.
    assert len(records) > 1000 and not any("many.jsonl" in e["path"] for e in report.errors)
    assert sorted(d.key for d in kb.documents())[-1] == "small.txt" and len(list(kb.documents())) == 21
    kb.close()


def test_truncated_warc_keeps_records_read_before_the_cut(tmp_path):
    from test_ingest_loaders import write_warc

    pages = [(f"https://x.example/{n}", (FIXTURES / "page.html").read_text().replace("Gull", f"Gull{n}"))
             for n in range(6)]
    write_warc(tmp_path / "full.warc.gz", pages, extra_non_html=False)
    data = (tmp_path / "full.warc.gz").read_bytes()
    kb, report = _ingest(tmp_path, {"cut.warc.gz": data[: int(len(data) * 0.6)]})
    assert "cut.warc.gz" in _error_for(report, "cut.warc.gz")
    assert 1 <= sum(1 for _ in kb.documents()) < 6
    kb.close()


def test_unreadable_file(tmp_path, monkeypatch):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD)
    locked = folder / "locked.txt"
    locked.write_text(GOOD.replace("north", "south"))
    locked.chmod(0)
    if os.geteuid() == 0:  # root reads anything: make the read fail the way it would for a user
        real = run.hash_file

        def refuse(path, size):
            if path.name == "locked.txt":
                raise PermissionError(13, "Permission denied")
            return real(path, size)

        monkeypatch.setattr(run, "hash_file", refuse)
    with KnowledgeBase(tmp_path / "kb.db", settings=load_settings(extract=False)) as kb:
        report = kb.ingest([folder])
        assert "permission denied" in _error_for(report, "locked.txt")
        assert [d.key for d in kb.documents()] == ["good.txt"]
    locked.chmod(0o644)


def test_a_file_that_turns_bad_keeps_its_stored_documents(tmp_path):
    kb, report = _ingest(tmp_path, {"a.txt": GOOD.encode()})
    assert report.ok
    kb.close()
    kb, report = _ingest(tmp_path, {"a.txt": b"\x00\x00binary now"})
    assert not report.ok
    assert kb.document("a.txt").clean_text == GOOD.strip()
    kb.close()


def test_missing_path_and_empty_glob(tmp_path):
    with KnowledgeBase(tmp_path / "kb.db", settings=load_settings(extract=False)) as kb:
        report = kb.ingest([tmp_path / "nope.txt", str(tmp_path / "*.none")])
        assert len(report.errors) == 2
        assert "no such file" in report.errors[0]["message"]


def test_malformed_jsonl_line_names_file_and_line(tmp_path):
    shutil.copy(FIXTURES / "corpus.jsonl", tmp_path / "c.jsonl")
    with KnowledgeBase(tmp_path / "kb.db", settings=load_settings(extract=False)) as kb:
        report = kb.ingest([tmp_path / "c.jsonl"])
        assert report.errors[0]["message"].startswith(f"{tmp_path / 'c.jsonl'}:3: malformed JSON")
        assert len(list(kb.documents())) == 3
