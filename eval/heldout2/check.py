#!/usr/bin/env python3
"""Validate the held-out evaluation set (stdlib only).

Usage: python eval/heldout2/check.py [NEWS.jsonl FACTS.jsonl] [--facts-md PATH]

Checks: article records are well formed (unique ids, ISO published date, non-empty
text); every fact's doc exists; every quote is a verbatim substring of its article's
text; types, roles, statuses and item categories are those of FACTS.md; dates are
ISO 8601 at some precision (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www, or A/B spans);
money values have a numeric amount and a 3-letter currency code; counts are ints.
Exits 1 and lists the problems when anything is wrong.
"""
import json
import pathlib
import re
import sys
from collections import Counter

HERE = pathlib.Path(__file__).resolve().parent
DEFAULT_FACTS_MD = [HERE.parents[2] / "shared" / "eval" / "FACTS.md",
                    pathlib.Path("/work/shared/eval/FACTS.md")]

# Fallback copy of the FACTS.md tables, used when FACTS.md cannot be found.
ROLES = {
    "transfer": {"supplier", "recipient", "item", "item_category", "quantity", "value", "status", "date", "via"},
    "agreement": {"parties", "subject", "value", "date", "place"},
    "meeting": {"participants", "place", "date", "subject"},
    "holding": {"holder", "item", "item_category", "quantity", "as_of"},
    "strength": {"force", "personnel", "as_of", "according_to"},
    "budget": {"country", "year", "amount", "according_to"},
    "office": {"person", "role", "organisation", "start", "end"},
    "incident": {"kind", "location", "date", "killed", "injured", "actor"},
    "casualties": {"force", "period", "killed", "injured", "cause"},
}
STATUSES = {"offered", "negotiating", "agreed", "ordered", "delivered", "displayed",
            "in_service", "cancelled", "reported"}
CATEGORIES = {
    "main battle tank", "armoured personnel carrier", "infantry fighting vehicle", "armoured vehicle",
    "self-propelled artillery", "towed artillery", "multiple rocket launcher", "mortar",
    "air defence system", "surface-to-air missile", "anti-tank weapon", "ballistic missile",
    "cruise missile", "combat aircraft", "trainer aircraft", "transport aircraft", "helicopter",
    "unmanned aerial vehicle", "loitering munition", "satellite", "warship", "patrol craft",
    "submarine", "radar", "small arms", "ammunition", "other"}
# FACTS.md "Values": qualifier accompanies counts (and, in the seed gold, amounts).
QUALIFIER_OK = True
QUALIFIERS = {"at least", "about", "up to", "more than"}
DATE_ROLES = {"date", "as_of", "start", "end", "year", "period"}
COUNT_ROLES = {"quantity", "killed", "injured", "personnel"}
MONEY_ROLES = {"value", "amount"}
ACTOR_ROLES = {"supplier", "recipient", "parties", "holder", "force", "country", "actor", "via",
               "participants", "organisation", "according_to"}
DATE_RE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?|-W(0[1-9]|[1-4]\d|5[0-3]))?$")
ID_RE = re.compile(r"^[a-z0-9][a-z0-9.-]*-\d{8}-[a-z0-9-]+$")


def load_facts_md(path):
    """Read types/roles, statuses and categories from FACTS.md when present."""
    text = path.read_text(encoding="utf-8")
    roles = {}
    for m in re.finditer(r"^\| (\w+) \| ([a-z_, ]+) \| .* \|$", text, re.M):
        if m.group(1) == "type":
            continue
        roles[m.group(1)] = {r.strip() for r in m.group(2).split(",")}
    st = re.search(r"- status \(transfer\): (.*?)\.\s", text, re.S)
    statuses = {" ".join(s.split()) for s in st.group(1).split(",")} if st else None
    cat = re.search(r"- item_category: (.*?)\.\n", text, re.S)
    cats = {" ".join(c.split()) for c in cat.group(1).split(",")} if cat else None
    return roles, statuses, cats


def is_date(v):
    if not isinstance(v, str):
        return False
    parts = v.split("/")
    return 1 <= len(parts) <= 2 and all(DATE_RE.match(p) for p in parts)


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    facts_md = None
    if "--facts-md" in argv:
        facts_md = pathlib.Path(argv[argv.index("--facts-md") + 1])
        args = [a for a in args if a != str(facts_md)]
    news_path = pathlib.Path(args[0]) if len(args) > 0 else HERE / "news.jsonl"
    facts_path = pathlib.Path(args[1]) if len(args) > 1 else HERE / "facts.jsonl"

    roles, statuses, cats = ROLES, STATUSES, CATEGORIES
    for cand in ([facts_md] if facts_md else DEFAULT_FACTS_MD):
        if cand and cand.exists():
            r, s, c = load_facts_md(cand)
            if len(r) == 9:
                roles = r
            statuses, cats = s or statuses, c or cats
            print(f"using vocabulary from {cand}")
            break

    errors = []
    docs = {}
    for n, line in enumerate(news_path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            a = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"news:{n}: bad JSON ({e})")
            continue
        missing = {"id", "url", "title", "published", "text"} - set(a)
        if missing:
            errors.append(f"news:{n}: missing {sorted(missing)}")
            continue
        if a["id"] in docs:
            errors.append(f"news:{n}: duplicate id {a['id']}")
        if not ID_RE.match(a["id"]):
            errors.append(f"news:{n}: id {a['id']!r} is not <outlet>-<yyyymmdd>-<slug>")
        if not re.match(r"^\d{4}-\d{2}-\d{2}$", a["published"]) or not is_date(a["published"]):
            errors.append(f"news:{n}: published {a['published']!r} is not YYYY-MM-DD")
        else:
            stamp = re.search(r"-(\d{8})-", a["id"])
            if stamp and stamp.group(1) != a["published"].replace("-", ""):
                errors.append(f"news:{n}: id date {stamp.group(1)} differs from published {a['published']}")
        if not a["url"].startswith("https://"):
            errors.append(f"news:{n}: url must start with https://")
        if not a["text"].strip():
            errors.append(f"news:{n}: empty text")
        docs[a["id"]] = a

    types = Counter()
    seen = set()
    for n, line in enumerate(facts_path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        where = f"facts:{n}"
        try:
            f = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"{where}: bad JSON ({e})")
            continue
        if set(f) != {"doc", "type", "quote", "roles"}:
            errors.append(f"{where}: keys must be doc, type, quote, roles (got {sorted(f)})")
            continue
        doc, typ, quote, rl = f["doc"], f["type"], f["quote"], f["roles"]
        if doc not in docs:
            errors.append(f"{where}: unknown doc {doc!r}")
        elif not isinstance(quote, str) or not quote or quote not in docs[doc]["text"]:
            errors.append(f"{where}: quote is not a verbatim substring of {doc}: {str(quote)[:60]!r}")
        if typ not in roles:
            errors.append(f"{where}: unknown type {typ!r}")
            continue
        types[typ] += 1
        if not isinstance(rl, dict) or not rl:
            errors.append(f"{where}: roles must be a non-empty object")
            continue
        key = json.dumps([doc, typ, rl], sort_keys=True)
        if key in seen:
            errors.append(f"{where}: duplicate fact")
        seen.add(key)
        for role, v in rl.items():
            if role == "qualifier":
                if not QUALIFIER_OK or not isinstance(v, str) or not any(v.startswith(q) for q in QUALIFIERS):
                    errors.append(f"{where}: bad qualifier {v!r}")
                continue
            if role not in roles[typ]:
                errors.append(f"{where}: role {role!r} not allowed for {typ}")
                continue
            if v is None or v == "" or v == []:
                errors.append(f"{where}: empty value for {role}")
            elif role in DATE_ROLES:
                if not is_date(v):
                    errors.append(f"{where}: {role} {v!r} is not an ISO date")
                elif v > "2026-12-31":
                    errors.append(f"{where}: {role} {v!r} is in the future")
                elif (doc in docs and role in ("date", "as_of", "start") and "W" not in v
                      and v.split("/")[-1] > docs[doc]["published"][:len(v.split("/")[-1])]):
                    # events, snapshots and appointments cannot postdate the article
                    # (budget years and office ends may lie in the future)
                    errors.append(f"{where}: {role} {v!r} is after publication {docs[doc]['published']}")
            elif role in MONEY_ROLES:
                if not (isinstance(v, dict) and set(v) == {"amount", "currency"}
                        and isinstance(v["amount"], (int, float)) and not isinstance(v["amount"], bool)
                        and v["amount"] > 0 and isinstance(v["currency"], str)
                        and re.match(r"^[A-Z]{3}$", v["currency"])):
                    errors.append(f"{where}: {role} must be {{amount: number, currency: ISO 4217}}, got {v!r}")
            elif role in COUNT_ROLES:
                if not isinstance(v, int) or isinstance(v, bool) or v < 0:
                    errors.append(f"{where}: {role} must be a non-negative int, got {v!r}")
            elif role == "status":
                if v not in statuses:
                    errors.append(f"{where}: status {v!r} not in FACTS.md")
            elif role == "item_category":
                if v not in cats:
                    errors.append(f"{where}: item_category {v!r} not in FACTS.md")
            elif role in ACTOR_ROLES:
                vals = v if isinstance(v, list) else [v]
                if not all(isinstance(x, str) and x.strip() for x in vals):
                    errors.append(f"{where}: {role} must be a name or list of names")
            elif not isinstance(v, str):
                errors.append(f"{where}: {role} must be a string, got {v!r}")
        for need in {"transfer": ("recipient", "item"), "holding": ("holder", "item"),
                     "office": ("person", "role"), "budget": ("country", "year", "amount"),
                     "strength": ("force",), "casualties": ("force", "period"),
                     "agreement": ("parties",), "meeting": ("participants",),
                     "incident": ("kind",)}.get(typ, ()):
            if need not in rl:
                errors.append(f"{where}: {typ} lacks key role {need}")
        if typ == "incident" and not (rl.get("location") or rl.get("date")):
            errors.append(f"{where}: incident needs location or date")

    docs_with_facts = {json.loads(l)["doc"] for l in facts_path.read_text(encoding="utf-8").splitlines() if l.strip()}
    for d in docs:
        if d not in docs_with_facts:
            errors.append(f"news: article {d} has no facts")

    print(f"{len(docs)} articles, {sum(types.values())} facts")
    for t in ROLES:
        print(f"  {t:<11} {types[t]}")
    if errors:
        print(f"{len(errors)} problem(s):")
        for e in errors:
            print("  " + e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
