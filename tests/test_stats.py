"""The knowledge-base summary counts what ingest stored."""
from __future__ import annotations

from pathlib import Path

from orbat import KnowledgeBase
from orbat.stats import describe


def test_stats_after_ingest(tmp_path: Path) -> None:
    text = tmp_path / "note.txt"
    text.write_text("On 3 March 2021 the Defence Ministry said the navy had received two new "
                    "Type 056 corvettes from China, worth $240 million.\n", encoding="utf-8")
    with KnowledgeBase(tmp_path / "kb.db") as kb:
        empty = kb.stats()
        kb.ingest([text])
        counts = kb.stats()
    assert empty["documents"] == 0 and empty["facts"] == 0
    assert counts["documents"] == 1 and counts["mentions"] > 0
    assert counts["facts"] == sum(counts["facts_by_type"].values())
    line = describe(counts)
    assert line.startswith("knowledge base: 1 documents")
