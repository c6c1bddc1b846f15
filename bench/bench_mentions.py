#!/usr/bin/env python3
"""Entity mentions on re3d dev: predictions, score_entities.py's summary, and throughput.

    python bench/bench_mentions.py [--gold ../shared/benchmarks/re3d-dev/dev.jsonl] [--pred out.jsonl]
                                   [--words 1000000] [--direct] [--by-source]

1. Documents: ingested into a temporary knowledge base through KnowledgeBase.ingest (the JSONL loader
   keys each record by its id); when ingest is unavailable or fails (or with --direct), built directly
   from the JSONL (raw_text = clean_text = text). The line "documents via: ..." says which.
2. Predictions {"id", "entities": [...]} are written with orbat.mentions.recognise.
3. ../shared/eval/score_entities.py GOLD PRED runs as a subprocess; its summary is printed.
4. Throughput: recognise() alone, in this one process (one core), over the corpus repeated to --words
   words, in words per second (words = whitespace-separated tokens) of CPU time and of wall time.
The recogniser is rule-based (no statistical model is trained), so there is nothing to cross-validate; --cv
says so. The rules were developed while studying dev errors: read dev scores as optimistic.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from orbat.offsets import OffsetMap  # noqa: E402
from orbat.records import Document  # noqa: E402

DEFAULT_GOLD = ROOT.parent / "shared" / "benchmarks" / "re3d-dev" / "dev.jsonl"
SCORER = ROOT.parent / "shared" / "eval" / "score_entities.py"


def load_reference():
    try:
        from orbat.refdata import load_reference as load

        return load(), "orbat.refdata"
    except Exception as error:  # reference data not built yet: the recogniser's own vocabularies only
        return None, f"none ({type(error).__name__}: {error})"


def direct_documents(rows: list[dict]) -> list[Document]:
    docs = []
    for r in rows:
        text = r["text"]
        docs.append(Document(key=r["id"], source=str(r.get("source", "")), raw_text=text, clean_text=text,
                             offsets=OffsetMap.identity(len(text)), title=r.get("title"), url=r.get("url"),
                             published=r.get("published")))
    return docs


def ingested_documents(gold: Path, rows: list[dict]) -> tuple[list[Document], str]:
    from orbat.kb import KnowledgeBase
    from orbat.settings import load_settings

    tmp = tempfile.mkdtemp(prefix="orbat-bench-")
    kb = KnowledgeBase(Path(tmp) / "bench.db", settings=load_settings(extract=False))
    try:
        kb.ingest([str(gold)])
        by_key = {d.key: d for d in kb.documents()}
        docs = []
        for r in rows:
            d = by_key.get(r["id"])
            if d is None:
                d = next((x for x in by_key.values() if x.raw_text == r["text"]), None)
            if d is None or d.raw_text != r["text"]:
                raise RuntimeError(f"record {r['id']} not found intact after ingest")
            d.key = r["id"]
            docs.append(d)
        return docs, f"KnowledgeBase.ingest ({len(by_key)} documents stored)"
    finally:
        kb.close()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    ap.add_argument("--pred", type=Path, default=None, help="prediction JSONL to write (default: a temp file)")
    ap.add_argument("--words", type=int, default=1_000_000, help="words for the throughput run (0: skip)")
    ap.add_argument("--direct", action="store_true", help="build documents from the JSONL, skip ingest")
    ap.add_argument("--by-source", action="store_true", help="pass --by-source to the scorer")
    ap.add_argument("--cv", action="store_true", help="cross-validated scores (only for trained models)")
    args = ap.parse_args(argv)

    from orbat.mentions import recognise

    rows = [json.loads(line) for line in args.gold.open(encoding="utf-8") if line.strip()]
    reference, ref_note = load_reference()
    print(f"reference data: {ref_note if reference is None else repr(reference)}")
    if args.direct:
        docs, via = direct_documents(rows), "JSONL directly (--direct)"
    else:
        try:
            docs, via = ingested_documents(args.gold, rows)
        except Exception as error:
            docs, via = direct_documents(rows), f"JSONL directly (ingest unavailable: {type(error).__name__}: {error})"
    print(f"documents via: {via}")

    pred = args.pred or Path(tempfile.mkstemp(prefix="orbat-mentions-", suffix=".jsonl")[1])
    t0 = time.perf_counter()
    with pred.open("w", encoding="utf-8") as out:
        for d in docs:
            mentions = recognise(d, reference)
            out.write(json.dumps({"id": d.key, "entities": [m.to_output() for m in mentions]},
                                 ensure_ascii=False) + "\n")
    print(f"predictions: {pred} ({time.perf_counter() - t0:.2f} s, first run includes building the automaton)")
    cmd = [sys.executable, str(SCORER), str(args.gold), str(pred), "--quiet-warnings"]
    if args.by_source:
        cmd.append("--by-source")
    result = subprocess.run(cmd, capture_output=True, text=True)
    print(result.stdout, end="")
    if result.returncode not in (0, 1):
        print(result.stderr, file=sys.stderr)
    if args.cv:
        print("cv: no statistical model is trained (rules and vocabularies only), so there is nothing to "
              "cross-validate; the rules were written while studying dev errors, so dev scores are optimistic.")

    if args.words:
        corpus_words = sum(len(d.clean_text.split()) for d in docs)
        reps = max(1, -(-args.words // max(1, corpus_words)))
        counts = [len(d.clean_text.split()) for d in docs]
        total = 0
        t0, c0 = time.perf_counter(), time.process_time()
        for _ in range(reps):
            for d, n in zip(docs, counts):
                recognise(d, reference)
                total += n
        elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
        # CPU time is what one core spent; wall time also counts waiting for a core on a busy machine
        print(f"throughput: {total:,} words, one process: {total / cpu:,.0f} words/s of CPU time "
              f"({cpu:.2f} s), {total / elapsed:,.0f} words/s of wall time ({elapsed:.2f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
