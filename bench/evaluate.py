#!/usr/bin/env python3
"""Quality evaluation: run the whole pipeline on the seed corpus and the re3d dev part and
print the shared scorers' summaries (facts: score_facts.py; entities: score_entities.py).

Usage: python bench/evaluate.py [--shared ../shared] [--out bench/out] [--by-source]
The scorers are run from ../shared/eval as they are (never copied).
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from orbat import KnowledgeBase, load_settings

ROOT = Path(__file__).resolve().parents[1]


def run_scorer(script: Path, gold: Path, pred: Path, *extra: str) -> str:
    done = subprocess.run([sys.executable, str(script), str(gold), str(pred), *extra],
                          capture_output=True, text=True, check=False)
    return done.stdout + (done.stderr if done.returncode else "")


def evaluate_facts(shared: Path, paths: list[Path], gold: Path, pred: Path) -> str:
    """Ingest `paths` into a fresh knowledge base, export its facts and score them against `gold`."""
    with tempfile.TemporaryDirectory() as tmp:
        kb = KnowledgeBase(Path(tmp) / "eval.db", settings=load_settings())
        start = time.perf_counter()
        kb.ingest(paths)
        elapsed = time.perf_counter() - start
        with pred.open("w", encoding="utf-8") as handle:
            rows = sum(1 for _ in _write_facts(kb, handle))
        kb.close()
    report = run_scorer(shared / "eval" / "score_facts.py", gold, pred)
    return f"{len(paths)} inputs, {rows} facts predicted, pipeline {elapsed:.2f}s\n{report}"


def _write_facts(kb: KnowledgeBase, handle):  # type: ignore[no-untyped-def]
    for fact in kb.facts():
        handle.write(json.dumps(fact.to_exchange(), ensure_ascii=False) + "\n")
        yield fact


def evaluate_entities(shared: Path, out: Path, by_source: bool) -> str:
    gold = shared / "benchmarks" / "re3d-dev" / "dev.jsonl"
    pred = out / "re3d_dev_mentions.jsonl"
    with tempfile.TemporaryDirectory() as tmp:
        kb = KnowledgeBase(Path(tmp) / "re3d.db", settings=load_settings(extract=True))
        kb.ingest([gold])
        with pred.open("w", encoding="utf-8") as handle:
            for key, mentions in kb.mentions():
                handle.write(json.dumps({"id": key, "entities": [m.to_output() for m in mentions]}) + "\n")
        kb.close()
    extra = ["--by-source"] if by_source else []
    return run_scorer(shared / "eval" / "score_entities.py", gold, pred, *extra)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out")
    parser.add_argument("--by-source", action="store_true", help="entity scores per re3d source folder")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    print("== facts on the seed corpus (score_facts.py)")
    seeds = sorted((args.shared / "corpus" / "seeds").glob("*.txt"))
    print(evaluate_facts(args.shared, seeds, args.shared / "gold" / "seeds" / "facts.jsonl",
                         args.out / "seed_facts.jsonl"))
    print("== facts on the bundled sample corpus, examples/expected_facts.jsonl (written independently, later used for development)")
    print(evaluate_facts(args.shared, [ROOT / "examples" / "corpus"], ROOT / "examples" / "expected_facts.jsonl",
                         args.out / "sample_facts.jsonl"))
    print("== facts on the held-out news set, eval/heldout (written independently; only aggregate scores seen while developing)")
    print(evaluate_facts(args.shared, [ROOT / "eval" / "heldout" / "news.jsonl"],
                         ROOT / "eval" / "heldout" / "facts.jsonl", args.out / "heldout_facts.jsonl"))
    second = ROOT / "eval" / "heldout2"
    if (second / "facts.jsonl").exists():
        print("== facts on the second held-out news set, eval/heldout2 (written independently; never tuned on)")
        print(evaluate_facts(args.shared, [second / "news.jsonl"], second / "facts.jsonl",
                             args.out / "heldout2_facts.jsonl"))
    print("== entity mentions on re3d dev (score_entities.py)")
    print(evaluate_entities(args.shared, args.out, args.by_source))
    return 0


if __name__ == "__main__":
    sys.exit(main())
