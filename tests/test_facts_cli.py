"""`orbat facts` formats and `orbat explain` over a real ingest of a small text file."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from orbat.cli import cli

TEXT = ("Chilean Defence Minister Ana Rojas met with Peruvian Foreign Minister Luis Vega in Lima.\n\n"
        "Peru signed a deal for 12 Su-30 fighter jets from Russia in 2015.\n")


@pytest.fixture(scope="module")
def kb_path(tmp_path_factory) -> str:  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("facts_cli")
    source = folder / "news_peru.txt"
    source.write_text(TEXT, encoding="utf-8")
    db = str(folder / "kb.db")
    from orbat import KnowledgeBase

    with KnowledgeBase(db) as kb:
        kb.ingest([source])
    return db


def run(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def test_jsonl_is_facts_md_form(kb_path: str) -> None:
    lines = [json.loads(line) for line in run("facts", "--kb", kb_path, "--format", "jsonl").splitlines()]
    assert lines
    for fact in lines:
        assert {"doc", "type", "quote", "roles"} <= set(fact)
        assert fact["doc"] == "news_peru.txt"
        assert fact["quote"] in TEXT
    transfer = next(f for f in lines if f["type"] == "transfer")
    assert transfer["roles"]["item"] == "Su-30" and transfer["roles"]["quantity"] == 12


def test_filters_and_csv(kb_path: str) -> None:
    out = run("facts", "--kb", kb_path, "--type", "office", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert {r["person"] for r in rows} == {"Ana Rojas", "Luis Vega"}
    assert all(r["type"] == "office" for r in rows)
    assert run("facts", "--kb", kb_path, "--doc", "nothing-here.txt", "--format", "jsonl").strip() == ""
    chile = run("facts", "--kb", kb_path, "--country", "Chile", "--format", "jsonl").splitlines()
    assert chile and all("Chile" in line for line in chile)


def test_table_and_explain(kb_path: str) -> None:
    table = run("facts", "--kb", kb_path, "--type", "transfer")
    assert table.splitlines()[0].startswith("id\ttype")
    fact_id = table.splitlines()[1].split("\t")[0]
    text = run("explain", fact_id, "--kb", kb_path)
    assert "[Su-30: item]" in text and "transfer:trigger:ordered" in text
    data = json.loads(run("explain", fact_id[:12], "--kb", kb_path, "--format", "json"))
    assert data["fact"]["id"] == fact_id
