"""Ratchet: the seed corpus through the real pipeline keeps its measured fact precision and F1."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / "shared"
# Measured with bench/bench_facts.py; raise these when the extractor improves, never lower them.
MIN_PRECISION = 0.91
MIN_F1 = 0.84


@pytest.mark.skipif(not (SHARED / "gold" / "seeds" / "facts.jsonl").exists(), reason="no ../shared seeds")
def test_seed_fact_precision_ratchet(tmp_path: Path) -> None:
    from orbat import KnowledgeBase
    from orbat.cli.facts import write_jsonl

    with KnowledgeBase(tmp_path / "kb.db") as kb:
        kb.ingest(sorted((SHARED / "corpus" / "seeds").glob("*.txt")))
        pred = tmp_path / "facts.jsonl"
        with pred.open("w", encoding="utf-8") as out:
            assert write_jsonl(kb.facts(), out) > 0
    done = subprocess.run([sys.executable, str(SHARED / "eval" / "score_facts.py"),
                           str(SHARED / "gold" / "seeds" / "facts.jsonl"), str(pred)],
                          capture_output=True, text=True, check=True)
    summary = done.stdout.strip().splitlines()[-1]
    m = re.search(r"facts P=([\d.]+) R=([\d.]+) F1=([\d.]+)", summary)
    assert m, summary
    assert float(m.group(1)) >= MIN_PRECISION, summary
    assert float(m.group(3)) >= MIN_F1, summary
