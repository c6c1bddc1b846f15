"""followthemoney entities, one JSON object per line (needs the `ftm` extra).

Mapping: each source document -> Article (title, sourceUrl, publisher, publishedAt); states ->
PublicBody (country); organisations -> Organization (Company for companies, parent set); military
units -> Organization (classification "military unit"); people -> Person; each entity's mention in
a document -> Mention (document, resolved, name); deals -> Contract (authority = recipient) plus
ContractAward (supplier, amount, status) and one Documentation per evidence (document, entity,
summary = quote); office facts -> Position + Occupancy (holder, post, start/end); meetings and
incidents -> Event (involved, location, date); agreements -> Event with the parties involved;
budgets, strengths, holdings and casualties -> Note on their subject. Ids come from
followthemoney's make_id over orbat's own ids, so they are stable. Values that followthemoney
cannot normalise are dropped by the library (it logs nothing), so the originals stay in the jsonl export.
"""
from __future__ import annotations

import json
import logging
from typing import IO, TYPE_CHECKING, Any, Iterator

from orbat.errors import OrbatError
from orbat.export import text_writer
from orbat.knowledge.common import date_str, doc_meta, fmt_value, listify

if TYPE_CHECKING:
    from orbat.kb import KnowledgeBase

log = logging.getLogger(__name__)
PREFIX = "orbat"


def _model() -> Any:
    try:
        from followthemoney import model
    except ImportError:  # pragma: no cover - the extra is not installed
        raise OrbatError("the ftm export needs followthemoney: pip install 'orbat[ftm]'") from None
    return model


def write(kb: "KnowledgeBase", out: IO[Any], **options: Any) -> int:
    emit = text_writer(out)
    n = 0
    for proxy in iter_proxies(kb, **options):
        emit(json.dumps(proxy.to_dict(), ensure_ascii=False, sort_keys=True) + "\n")
        n += 1
    return n


def iter_proxies(kb: "KnowledgeBase", **options: Any) -> Iterator[Any]:
    """Every followthemoney entity of the export, streamed (documents and entities first)."""
    model = _model()

    def make(schema: str, *key: Any) -> Any:
        proxy = model.make_entity(schema)
        proxy.make_id(PREFIX, *key)
        return proxy

    docs = doc_meta(kb.db)
    used_docs = {row[0] for row in kb.db.execute("SELECT DISTINCT doc_key FROM facts")}
    doc_ids: dict[str, str] = {}
    for key in sorted(used_docs):
        meta = docs.get(key, {})
        proxy = make("Article", "doc", key)
        proxy.add("title", meta.get("title") or key)
        proxy.add("fileName", key)
        proxy.add("sourceUrl", meta.get("url"), quiet=True)
        proxy.add("publisher", meta.get("outlet"), quiet=True)
        proxy.add("publishedAt", meta.get("published"), quiet=True)
        doc_ids[key] = proxy.id
        yield proxy

    entity_ids: dict[str, str] = {}
    schemas = {"country": "PublicBody", "organisation": "Organization", "person": "Person", "unit": "Organization"}
    rows = kb.db.execute("SELECT * FROM entities ORDER BY kind, id").fetchall()
    for row in rows:
        if row["kind"] not in schemas:
            continue
        data = json.loads(row["data"] or "{}")
        schema = schemas[row["kind"]]
        if row["kind"] == "organisation" and data.get("org_kind") == "company":
            schema = "Company"
        entity_ids[row["id"]] = make(schema, "entity", row["id"]).id
    for row in rows:
        if row["id"] not in entity_ids:
            continue
        data = json.loads(row["data"] or "{}")
        schema = schemas[row["kind"]]
        if row["kind"] == "organisation" and data.get("org_kind") == "company":
            schema = "Company"
        proxy = make(schema, "entity", row["id"])
        proxy.add("name", row["name"])
        for alias in kb.db.execute("SELECT name FROM entity_names WHERE entity_id = ?", (row["id"],)):
            if alias[0] != row["name"]:
                proxy.add("alias", alias[0], quiet=True)
        if row["kind"] == "country":
            proxy.add("country", data.get("iso2"), quiet=True)
            proxy.add("jurisdiction", data.get("iso2"), quiet=True)
        elif row["country"]:
            iso2 = row["country"].partition(":")[2]
            proxy.add("country", iso2, quiet=True)
        if row["kind"] == "unit":
            proxy.add("classification", "military unit")
        if row["parent"] and row["parent"] in entity_ids and schema != "Person":
            proxy.add("parent", entity_ids[row["parent"]])
        if row["ref"]:
            proxy.add("keywords", row["ref"], quiet=True)
        yield proxy

    # Mentions: each entity named in each document.
    for entity_id, doc, text in kb.db.execute(
            "SELECT DISTINCT ef.entity_id, f.doc_key, ef.text FROM entity_facts ef JOIN facts f ON f.id = ef.fact_id "
            "ORDER BY ef.entity_id, f.doc_key"):
        if entity_id not in entity_ids or doc not in doc_ids:
            continue
        proxy = make("Mention", "mention", entity_id, doc, text)
        proxy.add("name", text)
        proxy.add("document", doc_ids[doc])
        proxy.add("resolved", entity_ids[entity_id])
        yield proxy

    # Deals: Contract + ContractAward + Documentation per evidence.
    for deal in kb.deals():
        contract = make("Contract", "deal", deal["id"])
        title = f"{deal.get('supplier') or 'unknown supplier'} to {deal['recipient']}: " + (
            f"{deal['quantity']} " if deal.get("quantity") is not None else "") + str(deal.get("item"))
        contract.add("title", title)
        contract.add("name", title)
        contract.add("status", deal.get("status"))
        contract.add("type", "arms transfer")
        contract.add("description", deal.get("item_category"), quiet=True)
        recipient = entity_ids.get(deal.get("recipient_id") or "")
        if recipient:
            contract.add("authority", recipient)
        value = deal.get("value") or {}
        if value:
            contract.add("amount", value.get("amount"), quiet=True)
            contract.add("currency", value.get("currency"), quiet=True)
        order_dates = [s["date"] for s in deal["status_history"] if s.get("date")]
        if order_dates:
            contract.add("contractDate", order_dates[0], quiet=True)
        contract.add("summary", "status history: " + " > ".join(
            s["status"] + (f" {s['date']}" if s.get("date") else "") for s in deal["status_history"]))
        yield contract
        for supplier_id in deal.get("supplier_ids") or ([deal["supplier_id"]] if deal.get("supplier_id") else []):
            if supplier_id not in entity_ids:
                continue
            award = make("ContractAward", "award", deal["id"], supplier_id)
            award.add("contract", contract.id)
            award.add("supplier", entity_ids[supplier_id])
            award.add("status", deal.get("status"))
            if value:
                award.add("amount", value.get("amount"), quiet=True)
                award.add("currency", value.get("currency"), quiet=True)
            yield award
        for ev in deal["evidence"]:
            if ev["doc"] not in doc_ids:
                continue
            yield _documentation(make, doc_ids[ev["doc"]], contract.id, ev["fact_id"], ev["quote"], ev["status"],
                                 ev.get("date"))

    # Facts that are not deals.
    positions: set[str] = set()
    for fact in kb.facts():
        doc_id = doc_ids.get(fact.doc)
        links: dict[str, list[str]] = {}
        for entity_id, role in kb.db.execute("SELECT entity_id, role FROM entity_facts WHERE fact_id = ?", (fact.id,)):
            if entity_id in entity_ids:
                links.setdefault(role, []).append(entity_ids[entity_id])
        r = fact.roles
        made: Any = None
        if fact.type == "office":
            person = next(iter(links.get("person") or []), None)
            if not person or not r.get("role"):
                continue
            org_name = fmt_value(r.get("organisation"))
            position = make("Position", "position", str(r.get("role")), org_name)
            position.add("name", f"{r.get('role')}" + (f", {org_name}" if org_name else ""))
            for org in links.get("organisation") or []:
                position.add("organization", org)
            if position.id not in positions:
                positions.add(position.id)
                yield position
            made = make("Occupancy", "occupancy", fact.id)
            made.add("holder", person)
            made.add("post", position.id)
            made.add("startDate", date_str(r.get("start")), quiet=True)
            made.add("endDate", date_str(r.get("end")), quiet=True)
        elif fact.type in ("meeting", "incident", "agreement"):
            made = make("Event", "event", fact.id)
            if fact.type == "meeting":
                name = "Meeting: " + (fmt_value(r.get("subject")) or fmt_value(r.get("participants")))
            elif fact.type == "incident":
                name = f"{fmt_value(r.get('kind')) or 'incident'} at {fmt_value(r.get('location'))}".strip()
            else:
                name = "Agreement: " + (fmt_value(r.get("subject")) or fmt_value(r.get("parties")))
            made.add("name", name[:500])
            made.add("date", date_str(r.get("date")), quiet=True)
            for place in listify(r.get("place")) + listify(r.get("location")):
                made.add("location", str(place), quiet=True)
            for role in ("participants", "parties", "actor"):
                for entity in links.get(role) or []:
                    made.add("involved", entity)
            made.add("keywords", fact.type)
            made.add("summary", fact.quote[:2000])
        elif fact.type in ("budget", "strength", "holding", "casualties"):
            subject_role = {"budget": "country", "strength": "force", "holding": "holder", "casualties": "force"}
            subject = next(iter(links.get(subject_role[fact.type]) or []), None)
            made = make("Note", "note", fact.id)
            made.add("name", f"{fact.type}: " + "; ".join(f"{k}={fmt_value(v)}" for k, v in r.items()
                                                          if v not in (None, "", []))[:480])
            made.add("description", fact.quote[:2000])
            if subject:
                made.add("entity", subject)
            made.add("keywords", fact.type)
        else:
            continue
        if doc_id:
            made.add("proof", doc_id)
        yield made
        if doc_id and fact.type not in ("budget", "strength", "holding", "casualties"):
            yield _documentation(make, doc_id, made.id, fact.id, fact.quote, fact.type, None)


def _documentation(make: Any, document: str, entity: str, fact_id: str, quote: str, role: str | None,
                   date: str | None) -> Any:
    proxy = make("Documentation", "evidence", fact_id, entity)
    proxy.add("document", document)
    proxy.add("entity", entity)
    proxy.add("role", role or "evidence")
    proxy.add("summary", quote[:2000])
    proxy.add("date", date, quiet=True)
    proxy.add("recordId", fact_id)
    return proxy
