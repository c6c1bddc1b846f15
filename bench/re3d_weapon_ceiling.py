#!/usr/bin/env python3
"""How high can Weapon F1 go on re3d dev for a recogniser that follows rules consistently?

Reads only the gold file. Two annotation choices in it are not consistent, even inside one
document: whether a leading article belongs to the span ("a VBIED" and "VBIED" in the same
list), and whether an air strike is a Weapon ("conducted 34 strikes" is, "conducted 23 strikes"
in the same release is not). The same boilerplate paragraph is also annotated in one CENTCOM
release and left bare in two others.

The script scores an oracle that reproduces every other gold Weapon span perfectly, and for the
two choices follows one fixed policy (articles always in or always out; strikes never, only
when counted, or always). Its best F1 is a ceiling for any consistent recogniser; the repeated
boilerplate lowers the real ceiling further (it is not counted here).

    python bench/re3d_weapon_ceiling.py [--gold ../shared/benchmarks/re3d-dev/dev.jsonl]
"""
from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
STRIKE = re.compile(r"\b(?:air ?)?strikes?\b", re.I)
ARTICLE = re.compile(r"(a|an|the)\s+", re.I)
ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the)\s+$", re.I)
COUNTED = re.compile(r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty|"
                     r"several|multiple|additional|coalition|U\.S\.)\s+(?:air ?)?$", re.I)


def _sites(gold: Path) -> tuple[int, dict[str, int], dict[str, int]]:
    """(gold Weapon spans, strike sites by kind, article sites by kind)."""
    total = 0
    strikes = {"counted_weapon": 0, "counted_bare": 0, "other_weapon": 0, "other_bare": 0}
    articles = {"included": 0, "excluded": 0}
    for line in gold.open(encoding="utf-8"):
        doc = json.loads(line)
        text = doc["text"]
        weapons = {(e["begin"], e["end"]) for e in doc["entities"] if e["type"] == "Weapon"}
        total += len(weapons)
        for m in STRIKE.finditer(text):
            counted = bool(COUNTED.search(text[max(0, m.start() - 30):m.start()]))
            annotated = any(b <= m.start() and m.end() <= e for b, e in weapons)
            strikes[("counted_" if counted else "other_") + ("weapon" if annotated else "bare")] += 1
        for begin, end in weapons:
            span = text[begin:end]
            if STRIKE.fullmatch(span.split(" ", 1)[-1]) or STRIKE.fullmatch(span):
                continue
            if ARTICLE.match(span):
                articles["included"] += 1
            elif ARTICLE_BEFORE.search(text[max(0, begin - 5):begin]):
                articles["excluded"] += 1
    return total, strikes, articles


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gold", type=Path, default=ROOT.parent / "shared" / "benchmarks" / "re3d-dev" / "dev.jsonl")
    args = parser.parse_args(argv)
    total, strikes, articles = _sites(args.gold)
    print(f"gold Weapon spans: {total}")
    print(f"strike sites: counted and Weapon {strikes['counted_weapon']}, counted and bare {strikes['counted_bare']}, "
          f"uncounted and Weapon {strikes['other_weapon']}, uncounted and bare {strikes['other_bare']}")
    print(f"spans after a/an/the: article included {articles['included']}, excluded {articles['excluded']}")
    strike_weapons = strikes["counted_weapon"] + strikes["other_weapon"]
    best = 0.0
    print(f"{'articles':9} {'strikes':8} {'TP':>4} {'FP':>4} {'FN':>4}  {'P':>6} {'R':>6} {'F1':>6}")
    for article_policy in ("included", "excluded"):
        wrong_extent = articles["excluded" if article_policy == "included" else "included"]
        for strike_policy in ("never", "counted", "always"):
            tp = total - strike_weapons - wrong_extent
            fp = wrong_extent
            if strike_policy in ("counted", "always"):
                tp += strikes["counted_weapon"]
                fp += strikes["counted_bare"]
            if strike_policy == "always":
                tp += strikes["other_weapon"]
                fp += strikes["other_bare"]
            fn = total - tp
            p, r = tp / max(1, tp + fp), tp / max(1, total)
            f1 = 2 * p * r / max(1e-9, p + r)
            best = max(best, f1)
            print(f"{article_policy:9} {strike_policy:8} {tp:>4} {fp:>4} {fn:>4}  {p:6.3f} {r:6.3f} {f1:6.3f}")
    print(f"ceiling for a consistent recogniser, perfect on everything else: Weapon F1 {best:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
