"""A Markdown report: deals, disputes and every fact by type, each citing its source as a footnote."""
from __future__ import annotations

from typing import IO, TYPE_CHECKING, Any

from orbat.export import text_writer
from orbat.export.jsonl import fact_filters
from orbat.knowledge.common import doc_meta, fmt_value
from orbat.knowledge.dossier import _headline, _md, _short, fact_date
from orbat.knowledge.review import fact_status
from orbat.records import FACT_ROLES

if TYPE_CHECKING:
    from orbat.kb import KnowledgeBase


def write(kb: "KnowledgeBase", out: IO[Any], *, title: str = "orbat report", **options: Any) -> int:
    emit = text_writer(out)
    docs = doc_meta(kb.db)
    notes: dict[str, int] = {}

    def cite(doc: str) -> str:
        if doc not in notes:
            notes[doc] = len(notes) + 1
        return f"[^{notes[doc]}]"

    filters = fact_filters(options)
    emit(f"# {_md(title)}\n\n")
    n = 0
    if not filters.get("type") or filters.get("type") == "transfer":
        deals = list(kb.deals(**{k: v for k, v in options.items() if k in ("recipient", "supplier", "country")}))
        if deals:
            emit("## Deals\n\n| supplier | recipient | item | quantity | value | status | history | sources |\n"
                 "|---|---|---|---|---|---|---|---|\n")
            for deal in deals:
                history = " → ".join(s["status"] + (f" {s['date']}" if s.get("date") else "")
                                     for s in deal["status_history"])
                cites = "".join(cite(d) for d in deal["documents"])
                emit(f"| {_md(deal.get('supplier') or '?')} | {_md(deal['recipient'])} | {_md(deal.get('item'))} | "
                     f"{_md(fmt_value(deal.get('quantity')))} | {_md(fmt_value(deal.get('value')))} | "
                     f"{deal['status']} | {_md(history)} | {cites} |\n")
                n += 1
            emit("\n")
    disputes = list(kb.disputes()) if not filters.get("type") else []
    if disputes:
        emit("## Disputes\n\n")
        for s in disputes:
            emit(f"### {_md(s['subject'])}: {_md(s['attribute'])}\n\n| value | according to | reason | source |\n"
                 "|---|---|---|---|\n")
            for v in s["values"]:
                for c in v["claims"]:
                    emit(f"| {_md(v['display'])} | {_md(c.get('according_to') or '—')} | "
                         f"{_md(', '.join(c.get('reasons') or []) or '—')} | {cite(c['doc'])} |\n")
            if s.get("notes"):
                emit("\n*" + "; ".join(_md(x) for x in s["notes"]) + "*\n")
            emit("\n")
            n += 1
    current = None
    for fact in sorted(kb.facts(**filters), key=lambda f: (list(FACT_ROLES).index(f.type) if f.type in FACT_ROLES
                                                          else 99, fact_date(f, docs.get(f.doc)) or "9999")):
        if fact.type != current:
            current = fact.type
            emit(f"\n## {current.capitalize()}\n\n")
        entry = {"type": fact.type, "roles": fact.roles}
        status = fact_status(fact)
        flag = f" *({status})*" if status != "unreviewed" else ""
        emit(f"- **{fact_date(fact, docs.get(fact.doc)) or 'undated'}** {_md(_headline(entry))}{flag}{cite(fact.doc)}\n"
             f"  > {_md(_short(fact.quote, 400))}\n")
        n += 1
    if notes:
        emit("\n## Sources\n\n")
        for doc, number in sorted(notes.items(), key=lambda kv: kv[1]):
            meta = docs.get(doc, {})
            bits = [meta.get("title"), meta.get("outlet"), meta.get("published"), meta.get("url"), f"`{doc}`"]
            emit(f"[^{number}]: {_md(', '.join(str(b) for b in bits if b))}\n")
    return n
