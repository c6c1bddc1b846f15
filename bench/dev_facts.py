#!/usr/bin/env python3
"""Development loop: build seed Documents from gold/seeds/articles.jsonl (no ingest), extract, score.

Usage: python bench/dev_facts.py [--type T] [--show-fp] [--show-fn]
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from orbat.facts import extract
from orbat.offsets import OffsetMap
from orbat.records import Document
from orbat.refdata import load_reference

try:
    from orbat.mentions import recognise
except ImportError:
    recognise = None

SHARED = Path(__file__).resolve().parents[2] / "shared"


def documents() -> list[Document]:
    out = []
    for line in (SHARED / "gold/seeds/articles.jsonl").open():
        a = json.loads(line)
        name = a["doc"].split("#")[0]
        raw = (SHARED / "corpus/seeds" / name).read_text(encoding="utf-8")[a["start"]:a["end"]]
        out.append(Document(key=a["doc"], source=name, raw_text=raw, clean_text=raw,
                            offsets=OffsetMap.identity(len(raw)), published=a.get("published")))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--type")
    ap.add_argument("--out", default="/tmp/dev_facts.jsonl")
    args = ap.parse_args()
    ref = load_reference()
    with open(args.out, "w") as fh:
        for doc in documents():
            mentions = recognise(doc, ref) if recognise else []
            for f in extract(doc, mentions, ref):
                if args.type and f.type != args.type:
                    continue
                fh.write(json.dumps(f.to_exchange(), ensure_ascii=False) + "\n")
    cmd = [sys.executable, str(SHARED / "eval/score_facts.py"), str(SHARED / "gold/seeds/facts.jsonl"), args.out]
    if args.type:
        cmd += ["--only", args.type]
    print(subprocess.run(cmd, capture_output=True, text=True).stdout)


if __name__ == "__main__":
    main()
