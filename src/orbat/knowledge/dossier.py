"""Dossiers: everything known about a country, system, organisation, person, unit or deal.

`dossier(kb, name)` gathers the facts that name the subject (for a country also those of its forces
and organisations; for a system also its variants), grouped by fact type in time order, with each
fact's source and quote, plus the deals, series and disputes the subject takes part in.
`render_text` and `render_markdown` print it; the Markdown report footnotes every source.
"""
from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, Iterable

from orbat.errors import NotFound
from orbat.knowledge.common import date_str, doc_meta, doc_order, fmt_value
from orbat.records import FACT_ROLES

if TYPE_CHECKING:
    from orbat.kb import KnowledgeBase
    from orbat.records import Fact

# The role that dates a fact of each type, in order of preference.
DATE_ROLES = ("date", "as_of", "start", "year", "period", "end")
TYPE_ORDER = tuple(FACT_ROLES)


def fact_date(fact: "Fact", doc: dict[str, Any] | None = None) -> str | None:
    for role in DATE_ROLES:
        value = date_str(fact.roles.get(role))
        if value:
            return value
    return (doc or {}).get("published")


def load_facts(kb: "KnowledgeBase", ids: Iterable[str], *, include_rejected: bool = False) -> list["Fact"]:
    """Facts by id with verdicts applied, in document order."""
    from orbat.facts.store import _COLUMNS, row_to_fact
    from orbat.knowledge.review import apply_verdicts

    ids = list(dict.fromkeys(ids))
    rows: list[Any] = []
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        rows.extend(kb.db.execute(f"SELECT {_COLUMNS} FROM facts WHERE id IN ({','.join('?' * len(chunk))})", chunk))
    facts = [row_to_fact(r) for r in rows]
    facts.sort(key=lambda f: (doc_order(f.doc), f.quote_begin))
    return list(apply_verdicts(kb.db, facts, include_rejected=include_rejected))


def _entity_row(kb: "KnowledgeBase", entity_id: str) -> dict[str, Any] | None:
    from orbat.knowledge.resolve import _entity_row as row_to_entity

    row = kb.db.execute("SELECT * FROM entities WHERE id = ?", (entity_id,)).fetchone()
    return row_to_entity(kb.db, row) if row else None


def dossier(kb: "KnowledgeBase", name: str) -> dict[str, Any]:
    """Everything known about `name` (an entity name, alias or id, or a deal id); NotFound otherwise."""
    from orbat.knowledge.deals import get_deal, iter_deals
    from orbat.knowledge.disputes import iter_series
    from orbat.knowledge.resolve import _ensure_resolved, find_entities

    _ensure_resolved(kb)
    if name.startswith("deal-"):
        return _deal_dossier(kb, get_deal(kb, name))
    found = find_entities(kb, name)
    if not found:
        deals = list(iter_deals(kb, id=name)) if name.startswith("deal") else []
        if deals:
            return _deal_dossier(kb, deals[0])
        raise NotFound(f"nothing known about {name!r}")
    entity = found[0]
    db = kb.db
    # The subject and what belongs to it: a country's forces and bodies, a system's variants,
    # an organisation's subsidiaries.
    related = {entity["id"]: None}
    for row in db.execute("SELECT id, name FROM entities WHERE country = ? OR family = ? OR parent = ?",
                          (entity["id"], entity["id"], entity["id"])):
        related.setdefault(row["id"], row["name"])
    links: dict[str, set[str]] = {}
    for entity_id, via in related.items():
        for row in db.execute("SELECT fact_id, role FROM entity_facts WHERE entity_id = ?", (entity_id,)):
            links.setdefault(row["fact_id"], set()).add(f"{row['role']}" + (f" ({via})" if via else ""))
    facts = load_facts(kb, links)
    docs = doc_meta(db, {f.doc for f in facts})
    sources: dict[str, int] = {}
    groups: dict[str, list[dict[str, Any]]] = {}
    ordered = sorted(facts, key=lambda f: (TYPE_ORDER.index(f.type) if f.type in TYPE_ORDER else 99,
                                           fact_date(f, docs.get(f.doc)) or "9999", doc_order(f.doc), f.quote_begin))
    for fact in ordered:
        groups.setdefault(fact.type, []).append(_fact_entry(fact, docs, sources, sorted(links.get(fact.id, ()))))
    ids = set(related)
    deals = [d for d in iter_deals(kb) if ids & {d.get("recipient_id"), d.get("supplier_id"),
                                                   d.get("recipient_state_id"), d.get("supplier_state_id"),
                                                   d.get("system_id"), d.get("item_family_id"),
                                                   *d.get("supplier_ids", [])}]
    series = list(iter_series(kb, entity["id"]))
    parents: list[dict[str, Any]] = []
    parent = entity.get("parent")
    while parent and parent not in [p["id"] for p in parents]:
        row = _entity_row(kb, parent)
        if row is None:
            break
        parents.append({"id": row["id"], "name": row["name"]})
        parent = row.get("parent")
    country = _entity_row(kb, entity["country"]) if entity.get("country") else None
    family = _entity_row(kb, entity["family"]) if entity.get("family") else None
    return {
        "subject": entity["name"], "kind": entity["kind"], "id": entity["id"], "entity": entity,
        "parents": parents, "country": country["name"] if country else None,
        "family": family["name"] if family else None,
        "related": [{"id": k, "name": v} for k, v in related.items() if v],
        "other_matches": [{"id": e["id"], "kind": e["kind"], "name": e["name"]} for e in found[1:]],
        "facts": groups, "deals": [_deal_summary(d) for d in deals],
        "disputes": [s for s in series if s["disputed"]],
        "series": [s for s in series if not s["disputed"]],
        "sources": _source_list(sources, docs),
    }


def _fact_entry(fact: "Fact", docs: dict[str, dict[str, Any]], sources: dict[str, int],
                via: list[str] | None = None) -> dict[str, Any]:
    doc = docs.get(fact.doc, {})
    if fact.doc not in sources:
        sources[fact.doc] = len(sources) + 1
    review = fact.why.get("_review") if isinstance(fact.why, dict) else None
    return {"fact_id": fact.id, "type": fact.type, "date": fact_date(fact, doc), "roles": fact.roles,
            "quote": fact.quote, "doc": fact.doc, "source": sources[fact.doc], "title": doc.get("title"),
            "outlet": doc.get("outlet"), "url": doc.get("url"), "published": doc.get("published"),
            "attribution": fact.attribution, "review": review, "as": via or []}


def _source_list(sources: dict[str, int], docs: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for key, n in sorted(sources.items(), key=lambda kv: kv[1]):
        doc = docs.get(key, {})
        out.append({"n": n, "doc": key, "title": doc.get("title"), "outlet": doc.get("outlet"),
                    "url": doc.get("url"), "published": doc.get("published")})
    return out


def _deal_summary(deal: dict[str, Any]) -> dict[str, Any]:
    keys = ("id", "supplier", "recipient", "recipient_state", "item", "item_category", "quantity", "value",
            "status", "order_year", "delivery_years", "sources", "documents")
    out = {k: deal.get(k) for k in keys}
    out["status_history"] = [{"status": s["status"], "date": s["date"], "facts": s["facts"]}
                             for s in deal.get("status_history", [])]
    return out


def _deal_dossier(kb: "KnowledgeBase", deal: dict[str, Any]) -> dict[str, Any]:
    facts = load_facts(kb, [e["fact_id"] for e in deal["evidence"]])
    docs = doc_meta(kb.db, {f.doc for f in facts})
    sources: dict[str, int] = {}
    groups: dict[str, list[dict[str, Any]]] = {}
    by_id = {f.id: f for f in facts}
    for step in deal["status_history"]:
        for fid in step["facts"]:
            if fid in by_id:
                groups.setdefault("transfer", []).append(_fact_entry(by_id[fid], docs, sources))
    title = f"{deal.get('supplier') or 'unknown'} → {deal.get('recipient')}: {deal.get('item')}"
    return {"subject": title, "kind": "deal", "id": deal["id"], "deal": deal, "entity": None, "parents": [],
            "country": deal.get("recipient_state"), "family": deal.get("item_family"), "related": [],
            "other_matches": [], "facts": groups, "deals": [_deal_summary(deal)], "disputes": [], "series": [],
            "sources": _source_list(sources, docs)}


# ----------------------------------------------------------------------------- rendering
def _roles_text(roles: dict[str, Any]) -> str:
    return "; ".join(f"{k}={fmt_value(v)}" for k, v in roles.items() if v not in (None, "", []))


def _headline(entry: dict[str, Any]) -> str:
    r = entry["roles"]
    t = entry["type"]
    if t == "transfer":
        bits = [r.get("supplier") and fmt_value(r.get("supplier")), "→", fmt_value(r.get("recipient")),
                fmt_value(r.get("quantity")) if r.get("quantity") is not None else None, fmt_value(r.get("item")),
                f"({r['status']})" if r.get("status") else None,
                fmt_value(r.get("value")) if r.get("value") else None]
        return " ".join(b for b in bits if b)
    if t == "office":
        span = ""
        if r.get("start") or r.get("end"):
            span = f" ({r.get('start') or '?'} – {r.get('end') or '…'})"
        return f"{fmt_value(r.get('person'))}: {fmt_value(r.get('role'))}, {fmt_value(r.get('organisation'))}{span}"
    if t == "budget":
        return f"{fmt_value(r.get('country'))} {fmt_value(r.get('year'))}: {fmt_value(r.get('amount'))}" + (
            f" (according to {fmt_value(r.get('according_to'))})" if r.get("according_to") else "")
    if t == "strength":
        return f"{fmt_value(r.get('force'))}: {fmt_value(r.get('personnel'))} personnel" + (
            f" (according to {fmt_value(r.get('according_to'))})" if r.get("according_to") else "")
    if t == "holding":
        count = f"{fmt_value(r.get('quantity'))} " if r.get("quantity") is not None else ""
        return f"{fmt_value(r.get('holder'))} holds {count}{fmt_value(r.get('item'))}"
    return _roles_text(r)


def _header(d: dict[str, Any]) -> list[str]:
    lines = []
    e = d.get("entity") or {}
    if e.get("aliases"):
        lines.append("Also written: " + ", ".join(a for a in e["aliases"] if a != d["subject"]))
    if d.get("parents"):
        lines.append("Part of: " + " → ".join(p["name"] for p in d["parents"]))
    if d.get("country"):
        lines.append(f"Country: {d['country']}")
    if d.get("family"):
        lines.append(f"Family: {d['family']}")
    if e.get("ref"):
        lines.append(f"Reference: {e['ref']}")
    if d.get("related"):
        lines.append("Includes: " + ", ".join(r["name"] for r in d["related"][:30]))
    if d.get("deal"):
        deal = d["deal"]
        lines.append(f"Status: {deal['status']}  quantity: {fmt_value(deal.get('quantity')) or '?'}  "
                     f"value: {fmt_value(deal.get('value')) or '?'}  sources: {deal['sources']}")
    return [line for line in lines if line.split(": ", 1)[-1]]


def render_text(d: dict[str, Any]) -> str:
    out = [f"{d['subject']} [{d['kind']}] {d['id']}"]
    out += ["  " + line for line in _header(d)]
    for deal in d.get("deals", []):
        if d["kind"] == "deal":
            break
        out.append("")
        out.append(f"deal {deal['id']}: {deal.get('supplier') or '?'} → {deal['recipient']}, "
                   f"{fmt_value(deal.get('quantity')) + ' ' if deal.get('quantity') else ''}{deal['item']}, "
                   f"{deal['status']}" + (f", {fmt_value(deal['value'])}" if deal.get("value") else ""))
    for kind, entries in d["facts"].items():
        out.append("")
        out.append(f"== {kind} ({len(entries)})")
        for entry in entries:
            out.append(f"- {entry['date'] or '????'}  {_headline(entry)}  [{entry['source']}]")
            out.append(f"    “{_short(entry['quote'])}”")
            status = (entry.get("review") or {}).get("status")
            if status:
                out.append(f"    review: {status}")
    for s in d.get("disputes", []):
        out.append("")
        out.append(f"!! dispute: {s['subject']} — {s['attribute']}")
        for v in s["values"]:
            who = ", ".join(str(c.get("according_to") or c["doc"]) for c in v["claims"])
            out.append(f"    {v['display']}: {who}")
    if d.get("sources"):
        out.append("")
        out.append("Sources")
        for s in d["sources"]:
            out.append(f"  [{s['n']}] {_source_text(s)}")
    return "\n".join(out) + "\n"


def _short(text: str, limit: int = 300) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _source_text(s: dict[str, Any]) -> str:
    bits = [s.get("title") or s["doc"], s.get("outlet"), s.get("published"), s.get("url")]
    if s.get("title"):
        bits.append(f"({s['doc']})")
    return ", ".join(str(b) for b in bits if b)


def _md(text: Any) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def render_markdown(d: dict[str, Any]) -> str:
    """A report with footnoted sources: every fact cites [^n] of its document."""
    out = [f"# {d['subject']}", "", f"*{d['kind']}* `{d['id']}`", ""]
    out += [f"- {line}" for line in _header(d)]
    deals = d.get("deals", [])
    if deals and d["kind"] != "deal":
        out += ["", "## Deals", "", "| supplier | recipient | item | quantity | value | status | history |",
                "|---|---|---|---|---|---|---|"]
        for deal in deals:
            history = " → ".join(f"{s['status']}" + (f" ({s['date']})" if s.get("date") else "")
                                 for s in deal["status_history"])
            out.append(f"| {_md(deal.get('supplier') or '?')} | {_md(deal['recipient'])} | {_md(deal['item'])} | "
                       f"{_md(fmt_value(deal.get('quantity')))} | {_md(fmt_value(deal.get('value')))} | "
                       f"{deal['status']} | {_md(history)} |")
    if d.get("deal"):
        deal = d["deal"]
        out += ["", "## Status history", ""]
        for step in deal["status_history"]:
            out.append(f"- **{step['status']}** {step.get('date') or ''} ({len(step['facts'])} claims)")
    for kind, entries in d["facts"].items():
        out += ["", f"## {kind.capitalize()} ({len(entries)})", ""]
        for entry in entries:
            review = (entry.get("review") or {}).get("status")
            flag = f" *({review})*" if review else ""
            out.append(f"- **{entry['date'] or 'undated'}** {_md(_headline(entry))}{flag}[^{entry['source']}]")
            out.append(f"  > {_md(_short(entry['quote'], 500))}")
    if d.get("disputes"):
        out += ["", "## Disputes", ""]
        for s in d["disputes"]:
            out += [f"### {_md(s['subject'])}: {_md(s['attribute'])}", "", "| value | according to | source | reason |",
                    "|---|---|---|---|"]
            for v in s["values"]:
                for c in v["claims"]:
                    n = _footnote(d, c["doc"])
                    out.append(f"| {_md(v['display'])} | {_md(c.get('according_to') or '—')} | "
                               f"{_md(c.get('title') or c['doc'])}{f'[^{n}]' if n else ''} | "
                               f"{_md(', '.join(c.get('reasons') or []) or '—')} |")
            if s.get("notes"):
                out += ["", "*" + "; ".join(_md(n) for n in s["notes"]) + "*"]
            out.append("")
    if d.get("sources"):
        out += ["", "## Sources", ""]
        for s in d["sources"]:
            out.append(f"[^{s['n']}]: {_md(_source_text(s))}")
    return "\n".join(out) + "\n"


def _footnote(d: dict[str, Any], doc: str) -> int | None:
    for s in d.get("sources", []):
        if s["doc"] == doc:
            return s["n"]
    return None


def to_json(d: dict[str, Any]) -> str:
    return json.dumps(d, ensure_ascii=False, indent=2, default=str)
