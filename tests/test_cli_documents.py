"""The ingest, documents, show and search commands through click, and the exit status."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

from click.testing import CliRunner

from orbat.cli import cli

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"


def _ingest(runner: CliRunner, kb: Path, *paths: str, extra: tuple[str, ...] = ()):
    return runner.invoke(cli, ["ingest", *paths, "--kb", str(kb), "--no-extract", "-q", *extra])


def test_ingest_documents_show_search(tmp_path):
    runner = CliRunner()
    for name in ("export.txt", "page.html"):
        shutil.copy(FIXTURES / name, tmp_path / name)
    kb = tmp_path / "kb.db"
    result = _ingest(runner, kb, str(tmp_path / "*.txt"), str(tmp_path / "page.html"))
    assert result.exit_code == 0, result.output
    assert "4 documents" in result.output

    table = runner.invoke(cli, ["documents", "--kb", str(kb)])
    assert table.exit_code == 0
    lines = table.output.strip().splitlines()
    assert lines[0].split("\t")[:3] == ["key", "source", "title"] and len(lines) == 5

    rows = [json.loads(line) for line in runner.invoke(cli, ["documents", "--kb", str(kb), "--format", "jsonl"]).output.splitlines()]
    assert {r["key"] for r in rows} == {"export.txt#1", "export.txt#2", "export.txt#3", "page.html"}
    page = next(r for r in rows if r["key"] == "page.html")
    assert page["published"] == "2024-05-06" and page["clean_length"] > 100 and page["error"] is None

    shown = runner.invoke(cli, ["show", "export.txt#1", "--kb", str(kb)])
    assert shown.exit_code == 0
    assert "title: Harbour authority orders three patrol boats" in shown.output
    assert "The contract is worth $45 million" in shown.output

    missing = runner.invoke(cli, ["show", "nope", "--kb", str(kb)])
    assert missing.exit_code != 0

    found = runner.invoke(cli, ["search", "welders", "--kb", str(kb)])
    assert found.exit_code == 0 and "export.txt#3" in found.output and "[welders]" in found.output
    assert "export.txt#3" not in runner.invoke(cli, ["search", "welders", "--kb", str(kb), "--entity", "Kestrel"]).output


def test_show_groups_mentions_by_type(tmp_path):
    from orbat.kb import KnowledgeBase
    from orbat.mentions.store import put_mentions
    from orbat.records import Mention
    from orbat.store import transaction

    runner = CliRunner()
    shutil.copy(FIXTURES / "notes.md", tmp_path / "notes.md")
    kb_path = tmp_path / "kb.db"
    assert _ingest(runner, kb_path, str(tmp_path / "notes.md")).exit_code == 0
    with KnowledgeBase(kb_path) as kb, transaction(kb.db):
        put_mentions(kb.db, "notes.md", [Mention(30, 37, "Quantity", "twelve", value=12),
                                         Mention(50, 55, "Location", "coast", link="geo:coast")])
    shown = runner.invoke(cli, ["show", "notes.md", "--kb", str(kb_path)])
    assert "Location (1): coast → geo:coast" in shown.output
    assert "Quantity (1): twelve" in shown.output
    searched = runner.invoke(cli, ["search", "lighthouses", "--kb", str(kb_path), "--entity", "geo:coast"])
    assert "notes.md" in searched.output


def test_exit_status_and_options(tmp_path, monkeypatch):
    runner = CliRunner()
    good = tmp_path / "good.txt"
    good.write_text("The valley council met to discuss the bridge and its repairs over the winter.")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02")
    assert _ingest(runner, tmp_path / "a.db", str(good)).exit_code == 0
    result = _ingest(runner, tmp_path / "b.db", str(good), str(bad))
    assert result.exit_code == 1 and "1 errors" in result.output
    big = _ingest(runner, tmp_path / "c.db", str(good), extra=("--max-file-bytes", "10"))
    assert big.exit_code == 1 and "too large" in big.output
    monkeypatch.setenv("ORBAT_KB", str(tmp_path / "env.db"))
    assert runner.invoke(cli, ["ingest", str(good), "--no-extract", "-q", "--workers", "2"]).exit_code == 0
    assert (tmp_path / "env.db").exists()
