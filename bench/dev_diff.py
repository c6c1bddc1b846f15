#!/usr/bin/env python3
"""Print unmatched predicted (FP) and gold (FN) facts of one type: python bench/dev_diff.py TYPE [PRED]."""
import importlib.util
import json
import sys
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared"
spec = importlib.util.spec_from_file_location("sf", SHARED / "eval/score_facts.py")
sf = importlib.util.module_from_spec(spec)
spec.loader.exec_module(sf)
kind = sys.argv[1]
pred_path = sys.argv[2] if len(sys.argv) > 2 else "/tmp/dev_facts.jsonl"
gold = [f for f in sf.load(str(SHARED / "gold/seeds/facts.jsonl")) if f["type"] == kind]
pred = [f for f in sf.load(pred_path) if f["type"] == kind]
used_g, used_p = set(), set()
pairs = sorted(((sf.agreement(g, p), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(pred)
                if sf.source_of(g["doc"]) == sf.source_of(p["doc"]) and sf.keys_agree(kind, g, p)), key=lambda t: -t[0])
for _, gi, pi in pairs:
    if gi not in used_g and pi not in used_p:
        used_g.add(gi); used_p.add(pi)
print("== FP")
for i, p in enumerate(pred):
    if i not in used_p:
        print(p["doc"][:6], json.dumps(p["roles"], ensure_ascii=False)[:220], "|", " ".join(p["quote"].split())[:150])
print("== FN")
for i, g in enumerate(gold):
    if i not in used_g:
        print(g["doc"][:6], json.dumps(g["roles"], ensure_ascii=False)[:220], "|", " ".join(g["quote"].split())[:150])
