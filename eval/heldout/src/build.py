#!/usr/bin/env python3
"""Assemble news.jsonl and facts.jsonl from the hand-written batch files b*.py."""
import importlib.util, json, pathlib, sys
sys.dont_write_bytecode = True

HERE = pathlib.Path(__file__).resolve().parent

def load(path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.ARTICLES

def main(here=HERE, pattern="b[0-9]*.py"):
    """Build here/../news.jsonl and facts.jsonl from the batch files matching `pattern` (eval/heldout2 reuses this)."""
    out = here.parent
    arts, facts, bad = [], [], 0
    for p in sorted(here.glob(pattern)):
        for a in load(p):
            arts.append({k: a[k] for k in ("id", "url", "title", "published", "text")})
            for typ, quote, roles in a["facts"]:
                if quote not in a["text"]:
                    print("QUOTE NOT FOUND", a["id"], typ, repr(quote[:70]), file=sys.stderr)
                    bad += 1
                for k in ("value", "amount"):
                    if isinstance(roles.get(k), dict):
                        roles[k]["amount"] = int(round(roles[k]["amount"]))
                facts.append({"doc": a["id"], "type": typ, "quote": quote, "roles": roles})
    with open(out / "news.jsonl", "w", encoding="utf-8") as f:
        for a in arts:
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
    with open(out / "facts.jsonl", "w", encoding="utf-8") as f:
        for x in facts:
            f.write(json.dumps(x, ensure_ascii=False) + "\n")
    print(len(arts), "articles,", len(facts), "facts,", bad, "bad quotes")

if __name__ == "__main__":
    main()
