#!/usr/bin/env python3
"""Assemble news.jsonl and facts.jsonl from the hand-written batch files c*.py."""
import importlib.util, json, pathlib, sys
sys.dont_write_bytecode = True

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent
sys.path.insert(0, str(HERE))

def load(path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.ARTICLES

def main():
    arts, facts, bad = [], [], 0
    for p in sorted(HERE.glob("c[0-9]*.py")):
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
    with open(OUT / "news.jsonl", "w", encoding="utf-8") as f:
        for a in arts:
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
    with open(OUT / "facts.jsonl", "w", encoding="utf-8") as f:
        for x in facts:
            f.write(json.dumps(x, ensure_ascii=False) + "\n")
    print(len(arts), "articles,", len(facts), "facts,", bad, "bad quotes")

if __name__ == "__main__":
    main()
