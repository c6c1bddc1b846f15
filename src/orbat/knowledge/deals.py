"""Deals: transfer claims from different sentences and documents about the same deal, merged.

Two transfer claims belong to the same deal when
- the recipients agree: the same entity, or a state and an organisation of that state; an
  organisation the reference data does not place in a state joins a state's claim only when the
  two claims share a document and agree on supplier, item and quantity or value;
- the suppliers agree: the same entity, a state and one of its organisations, two organisations
  of one state for the same designated system, or one is missing;
- the items agree: the same system family (BTR-80A with BTR-80); when either claim gives only a
  class ("satellites"), the same item category, or the same class when neither has a category;
- the figures agree: quantities equal (a delivery may be part of the order), values within 1%
  (in the same currency), and the same pre-delivery status not a year or more apart (a new order).

A deal carries its status history ordered by the lifecycle (offered -> negotiating -> agreed ->
ordered -> delivered -> in service; cancelled last), each step with the claims that support it.
Evidence policy: claims in an exact duplicate document (documents.duplicate_of set and
near_duplicate_of not set) add no evidence and are only listed under `duplicates_ignored`; a
near-duplicate (near_duplicate_of set, the same story rewritten) adds its claims as evidence,
since it may add figures, but does not count as an independent source: `sources` counts
stories (a document and its near-duplicates), not documents.
"""
from __future__ import annotations

import json
import sqlite3
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Iterator

from orbat.ids import make_id
from orbat.knowledge.common import (
    STAGE, as_int, date_str, doc_order, is_exact_duplicate, is_money, listify, money_close, text_key, year_of,
)

if TYPE_CHECKING:
    from orbat.kb import KnowledgeBase
    from orbat.knowledge.resolve import Resolver
    from orbat.records import Fact

PRE_DELIVERY = {"offered", "negotiating", "agreed", "ordered"}


@dataclass
class Claim:
    fact: "Fact"
    doc: dict[str, Any]
    recipient: str  # entity id
    recipient_state: str | None
    supplier: str | None
    supplier_state: str | None
    suppliers: list[str]
    system: str | None  # entity id of the designated system
    family: str | None  # its family root (or itself)
    category: str | None
    item_class: str | None  # text key of a class when no designation
    quantity: int | None
    value: dict[str, Any] | None
    status: str
    date: str | None
    story: str  # the document, or the one it nearly duplicates


@dataclass
class Deal:
    claims: list[Claim] = field(default_factory=list)

    def ids(self, attr: str) -> set[Any]:
        return {getattr(c, attr) for c in self.claims if getattr(c, attr)}


def _state(resolver: "Resolver", entity_id: str | None) -> str | None:
    if entity_id is None:
        return None
    if entity_id.startswith("country:"):
        return entity_id
    ent = resolver.entities.get(entity_id)
    if ent is None:
        return None
    seen = set()
    while ent is not None and ent.id not in seen:
        seen.add(ent.id)
        if ent.country:
            return ent.country
        ent = resolver.entities.get(ent.parent) if ent.parent else None
    return None


def _one(ents: dict[str, list[str]], role: str) -> str | None:
    values = ents.get(role) or []
    return values[0] if values else None


def make_claims(facts: list["Fact"], roles: dict[str, dict[str, list[str]]], resolver: "Resolver",
                docs: dict[str, dict[str, Any]]) -> tuple[list[Claim], list["Fact"]]:
    claims: list[Claim] = []
    duplicates: list["Fact"] = []
    for fact in facts:
        if fact.type != "transfer":
            continue
        doc = docs.get(fact.doc, {})
        if is_exact_duplicate(doc):
            duplicates.append(fact)
            continue
        ents = roles.get(fact.id, {})
        recipient = _one(ents, "recipient")
        if recipient is None:
            continue  # a transfer without a recipient cannot be placed in a deal
        supplier = _one(ents, "supplier")
        system = _one(ents, "item")
        family = None
        category = fact.roles.get("item_category") or None
        if category == "other":
            category = None  # says nothing about the item
        if system:
            ent = resolver.entities.get(system)
            family = (ent.family if ent and ent.family else system)
            if ent and not category:
                category = ent.data.get("category")
        item = fact.roles.get("item")
        item_class = text_key(item) if isinstance(item, str) and not system else None
        value = fact.roles.get("value")
        status = str(fact.roles.get("status") or "reported")
        if status not in STAGE:
            status = "reported"
        claims.append(Claim(
            fact=fact, doc=doc, recipient=recipient, recipient_state=_state(resolver, recipient),
            supplier=supplier, supplier_state=_state(resolver, supplier), suppliers=list(ents.get("supplier") or []),
            system=system, family=family,
            category=category, item_class=item_class, quantity=as_int(fact.roles.get("quantity")),
            value=value if is_money(value) else None, status=status,
            date=date_str(fact.roles.get("date")) or date_str(doc.get("published")),
            story=doc.get("near_duplicate_of") or fact.doc))
    return claims, duplicates


def _actor_ok(a: str | None, a_state: str | None, b: str | None, b_state: str | None) -> bool:
    if a is None or b is None or a == b:
        return True
    # A state and one of its organisations (IAI and Israel); two different organisations are not.
    if a.startswith("country:") or b.startswith("country:"):
        return a_state is not None and a_state == b_state
    return False


def _compatible(deal: Deal, c: Claim) -> bool:
    # Recipient
    if c.recipient not in deal.ids("recipient"):
        ok = any((o.recipient.startswith("country:") or c.recipient.startswith("country:"))
                 and o.recipient_state is not None and o.recipient_state == c.recipient_state
                 for o in deal.claims)
        if not ok and not _weak_recipient_match(deal, c):
            return False
    # Supplier (not a key role): when the items agree and one of the claims names a designated
    # system, a state agrees with an organisation the reference data cannot place (Russia and
    # Rosvertol for Mi-35M), and two organisations of one state agree (the maker offers, the state
    # export agency signs: Russian Helicopters and Rosoboronexport for Mi-17V-5).
    for other in deal.claims:
        if not _actor_ok(other.supplier, other.supplier_state, c.supplier, c.supplier_state):
            unplaced = (other.supplier_state is None) != (c.supplier_state is None)
            same_state = other.supplier_state is not None and other.supplier_state == c.supplier_state
            if not ((unplaced or same_state) and _items_agree(deal, c) and (c.family or other.family)):
                return False
    # Item
    if not _items_agree(deal, c):
        return False
    # Figures
    for other in deal.claims:
        if c.quantity is not None and other.quantity is not None and c.quantity != other.quantity:
            partial = "delivered" in (c.status, other.status) and (
                (c.status == "delivered" and c.quantity < other.quantity) or
                (other.status == "delivered" and other.quantity < c.quantity))
            if not partial:
                return False
        if c.value is not None and other.value is not None and money_close(c.value, other.value) is False:
            return False
        if c.status == other.status and c.status in PRE_DELIVERY:
            y1, y2 = year_of(c.date), year_of(other.date)
            if y1 and y2 and abs(int(y1) - int(y2)) >= 2:
                return False
    return True


def _items_agree(deal: Deal, c: Claim) -> bool:
    """The same family; else (a class on one side) the same category, as any claim of the deal gives
    it; else the same class as written."""
    families = deal.ids("family")
    if c.family and families:
        return c.family in families
    categories = deal.ids("category")
    if c.category and categories:
        return c.category in categories
    return c.item_class is not None and c.item_class in deal.ids("item_class")


def _weak_recipient_match(deal: Deal, c: Claim) -> bool:
    """A state and an organisation the reference data cannot place: the same document and the same
    supplier, item and figures make them one deal (IAI -> Azercosmos and IAI -> Azerbaijan)."""
    docs = {o.fact.doc for o in deal.claims}
    if c.fact.doc not in docs:
        return False
    for other in deal.claims:
        if other.fact.doc != c.fact.doc:
            continue
        one_state = other.recipient.startswith("country:") != c.recipient.startswith("country:")
        unplaced = (other.recipient_state is None) or (c.recipient_state is None)
        if not (one_state and unplaced):
            continue
        if other.supplier != c.supplier or other.supplier is None:
            continue
        same_item = bool((c.family and c.family == other.family) or (c.category and c.category == other.category))
        same_figure = (c.quantity is not None and c.quantity == other.quantity) or (
            c.value is not None and other.value is not None and money_close(c.value, other.value))
        if same_item and same_figure:
            return True
    return False


def _item_keys(c: Claim, *, lookup: bool) -> set[str]:
    """Index keys of a claim's item: a deal is registered under all of its claims' keys; a claim
    looks up the keys that could agree with it (see _items_agree)."""
    keys = set()
    if c.family:
        keys.add("f:" + c.family)
    if c.category:
        keys.add("c:" + c.category)
    if c.item_class:
        keys.add("k:" + c.item_class)
    return keys


def cluster(claims: list[Claim]) -> list[Deal]:
    """Greedy merge in time order; candidate deals come from indexes (recipient block x item key,
    document) so the cost stays near linear in the number of claims."""
    claims = sorted(claims, key=lambda c: (c.date or "9999", doc_order(c.fact.doc), c.fact.quote_begin))
    deals: list[Deal] = []
    by_block_item: dict[tuple[str, str], list[int]] = defaultdict(list)
    by_item: dict[str, list[int]] = defaultdict(list)
    by_doc: dict[str, list[int]] = defaultdict(list)
    for c in claims:
        block = c.recipient_state or c.recipient or ""
        keys = _item_keys(c, lookup=True)
        # Same recipient state first; then deals met in the same document (an organisation the
        # reference data cannot place); an unplaced recipient may join a deal of any state.
        first = sorted({n for k in keys for n in by_block_item[(block, k)]})
        second = sorted(set(by_doc[c.fact.doc]) - set(first))
        third = [] if c.recipient_state else sorted({n for k in keys for n in by_item[k]} - set(first) - set(second))
        placed = None
        for n in first + second + third:
            if _compatible(deals[n], c):
                placed = n
                break
        if placed is None:
            placed = len(deals)
            deals.append(Deal())
            deals[placed].block = block  # type: ignore[attr-defined]
        deal = deals[placed]
        deal.claims.append(c)
        home = getattr(deal, "block", block)
        for k in _item_keys(c, lookup=False):
            if placed not in by_block_item[(home, k)]:
                by_block_item[(home, k)].append(placed)
            if block != home and placed not in by_block_item[(block, k)]:
                by_block_item[(block, k)].append(placed)
            if placed not in by_item[k]:
                by_item[k].append(placed)
        if placed not in by_doc[c.fact.doc]:
            by_doc[c.fact.doc].append(placed)
    return deals


def build_deals(facts: list["Fact"], roles: dict[str, dict[str, list[str]]], resolver: "Resolver",
                docs: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    claims, duplicate_facts = make_claims(facts, roles, resolver, docs)
    duplicates: dict[str, list["Fact"]] = defaultdict(list)
    for fact in duplicate_facts:
        duplicates[fact.quote].append(fact)
    deals = cluster(claims)
    out: list[dict[str, Any]] = []
    seen_ids: Counter = Counter()
    for deal in deals:
        record = summarise(deal, resolver, duplicates)
        base = (record["recipient_id"], record["supplier_id"], record["item_key"])
        n = seen_ids[base]
        seen_ids[base] += 1
        record["id"] = make_id("deal", *base, n)
        out.append(record)
    out.sort(key=lambda d: (d["first_date"] or "9999", d["recipient"] or "", d["item"] or ""))
    return out


def _name(resolver: "Resolver", entity_id: str | None) -> str | None:
    if entity_id is None:
        return None
    ent = resolver.entities.get(entity_id)
    return ent.name if ent else entity_id


def _majority(values: list[Any]) -> Any:
    values = [v for v in values if v is not None]
    if not values:
        return None
    counts = Counter(json.dumps(v, sort_keys=True) for v in values)
    return json.loads(counts.most_common(1)[0][0])


def summarise(deal: Deal, resolver: "Resolver", duplicates: dict[str, list["Fact"]]) -> dict[str, Any]:
    claims = deal.claims
    recipients = Counter(c.recipient for c in claims)
    recipient_id = recipients.most_common(1)[0][0]
    states = [c.recipient for c in claims if c.recipient and c.recipient.startswith("country:")]
    recipient_state = states[0] if states else next((c.recipient_state for c in claims if c.recipient_state), None)
    suppliers = Counter(c.supplier for c in claims if c.supplier)
    supplier_id = suppliers.most_common(1)[0][0] if suppliers else None
    all_suppliers = next((c.suppliers for c in claims if c.supplier == supplier_id), [])
    sup_states = [c.supplier for c in claims if c.supplier and c.supplier.startswith("country:")]
    supplier_state = sup_states[0] if sup_states else next((c.supplier_state for c in claims if c.supplier_state), None)
    # Item: a catalogue designation, else a designation, else the commonest class as written.
    systems = [c.system for c in claims if c.system]
    if systems:
        system_id = Counter(systems).most_common(1)[0][0]
        item = _name(resolver, system_id)
    else:
        system_id = None
        item = Counter(str(c.fact.roles.get("item")) for c in claims).most_common(1)[0][0]
    families = [c.family for c in claims if c.family]
    family_id = Counter(families).most_common(1)[0][0] if families else None
    category = _majority([c.category for c in claims])
    ordered = [c for c in claims if c.status != "delivered"]
    quantity = _majority([c.quantity for c in ordered]) or _majority([c.quantity for c in claims])
    value = _majority([c.value for c in claims])
    conflicts = []
    quantities = sorted({c.quantity for c in claims if c.quantity is not None})
    if len(quantities) > 1:
        conflicts.append({"role": "quantity", "values": quantities})
    # Status history in lifecycle order, each step with its evidence.
    steps: dict[str, dict[str, Any]] = {}
    for c in claims:
        step = steps.setdefault(c.status, {"status": c.status, "dates": [], "facts": [], "docs": []})
        if c.date and c.date not in step["dates"]:
            step["dates"].append(c.date)
        step["facts"].append(c.fact.id)
        if c.fact.doc not in step["docs"]:
            step["docs"].append(c.fact.doc)
    history = sorted(steps.values(), key=lambda s: STAGE[s["status"]])
    for step in history:
        step["dates"].sort()
        step["date"] = _first_date(step["dates"])
    status = _current_status(history)
    evidence = []
    stories: set[str] = set()
    for c in sorted(claims, key=lambda c: (doc_order(c.fact.doc), c.fact.quote_begin)):
        counted = c.story not in stories
        stories.add(c.story)
        evidence.append({
            "fact_id": c.fact.id, "doc": c.fact.doc, "status": c.status, "date": c.date,
            "quote": c.fact.quote, "quote_span": [c.fact.quote_begin, c.fact.quote_end],
            "roles": c.fact.roles, "attribution": c.fact.attribution,
            "title": c.doc.get("title"), "outlet": c.doc.get("outlet"), "url": c.doc.get("url"),
            "published": c.doc.get("published"), "near_duplicate_of": c.doc.get("near_duplicate_of"),
            "counted": counted})
    fact_ids = {c.fact.id for c in claims}
    dup_ignored = []
    for c in claims:
        # exact duplicates of an evidence claim (the same quote in a duplicate document)
        for fact in duplicates.get(c.fact.quote, []):
            if fact.id not in fact_ids and fact.type == "transfer":
                dup_ignored.append({"fact_id": fact.id, "doc": fact.doc})
                fact_ids.add(fact.id)
    order_dates = [d for s in history if s["status"] in ("agreed", "ordered") for d in s["dates"]]
    delivery_years = sorted({y for s in history if s["status"] in ("delivered", "in_service")
                             for y in map(year_of, s["dates"]) if y is not None})
    delivered = [c.quantity for c in claims if c.status in ("delivered", "in_service") and c.quantity is not None]
    vias = sorted({str(v) for c in claims for v in listify(c.fact.roles.get("via")) if v})
    dates = sorted(c.date for c in claims if c.date is not None)
    item_key = family_id or (f"category:{category}" if category else f"class:{text_key(item or '')}")
    return {
        "id": "", "recipient": _name(resolver, recipient_id), "recipient_id": recipient_id,
        "recipient_state": _name(resolver, recipient_state), "recipient_state_id": recipient_state,
        "supplier": "; ".join(_name(resolver, s) or s for s in all_suppliers) or None, "supplier_id": supplier_id,
        "supplier_ids": all_suppliers,
        "supplier_state": _name(resolver, supplier_state), "supplier_state_id": supplier_state,
        "item": item, "system_id": system_id, "item_family": _name(resolver, family_id) if family_id else None,
        "item_family_id": family_id, "item_category": category, "item_key": item_key,
        "items_as_written": sorted({str(c.fact.roles.get("item")) for c in claims if c.fact.roles.get("item")}),
        "quantity": quantity, "quantity_delivered": max(delivered) if delivered else None,
        "value": value, "via": vias, "status": status, "status_history": history,
        "order_year": year_of(min(order_dates)) if order_dates else None,
        "delivery_years": delivery_years, "first_date": dates[0] if dates else None,
        "last_date": dates[-1] if dates else None, "evidence": evidence,
        "documents": sorted({c.fact.doc for c in claims}), "sources": len(stories),
        "duplicates_ignored": dup_ignored, "conflicts": conflicts,
    }


def _first_date(dates: list[str]) -> str | None:
    """The earliest of sorted dates, as precise as the claims give it ("2024-09" and "2024-09-17"
    are one date: the day)."""
    if not dates:
        return None
    same = [d for d in dates if d.startswith(dates[0])]
    finest = max(map(len, same))
    return min(d for d in same if len(d) == finest)


def _current_status(history: list[dict[str, Any]]) -> str:
    named = [s for s in history if s["status"] != "reported"]
    if not named:
        return "reported"
    cancelled = next((s for s in named if s["status"] == "cancelled"), None)
    others = [s for s in named if s["status"] != "cancelled"]
    if cancelled is not None:
        latest_other = max((d for s in others for d in s["dates"]), default=None)
        if not others or not cancelled["date"] or not latest_other or cancelled["dates"][-1] >= latest_other:
            return "cancelled"
    return max(others, key=lambda s: STAGE[s["status"]])["status"]


def write_deals(db: sqlite3.Connection, deals: list[dict[str, Any]]) -> None:
    rows, evidence = [], []
    for seq, deal in enumerate(deals):
        rows.append((deal["id"], seq, deal["recipient_id"], deal["supplier_id"], deal["item_family_id"],
                     deal["status"], json.dumps(deal, ensure_ascii=False)))
        for ev in deal["evidence"]:
            evidence.append((deal["id"], ev["fact_id"], ev["doc"], ev["status"], ev["date"], int(ev["counted"])))
    db.executemany("INSERT OR REPLACE INTO deals (id, seq, recipient_id, supplier_id, item_family, status, data) "
                   "VALUES (?,?,?,?,?,?,?)", rows)
    db.executemany("INSERT OR IGNORE INTO deal_evidence (deal_id, fact_id, doc_key, status, date, counted) "
                   "VALUES (?,?,?,?,?,?)", evidence)


def _matches(deal: dict[str, Any], key: str, wanted: Any, kb: "KnowledgeBase") -> bool:
    from orbat.knowledge.resolve import name_lookup_key

    if wanted is None:
        return True
    if key in ("recipient", "supplier"):
        names = [deal.get(key), deal.get(f"{key}_state"), deal.get(f"{key}_id"), deal.get(f"{key}_state_id")]
        want = name_lookup_key(str(wanted))
        country = None
        try:
            country = kb.reference.country(str(wanted))
        except Exception:  # noqa: BLE001
            country = None
        if country is not None:
            want = name_lookup_key(country.name)
        return any(n and (name_lookup_key(n) == want or n == wanted) for n in names)
    if key == "item":
        want = name_lookup_key(str(wanted))
        names = [deal.get("item"), deal.get("item_family"), deal.get("item_category"),
                 *deal.get("items_as_written", [])]
        return any(n and want in name_lookup_key(n) for n in names)
    if key == "status":
        return deal.get("status") == wanted or any(s["status"] == wanted for s in deal.get("status_history", []))
    if key == "year":
        return str(wanted) in {deal.get("order_year"), *deal.get("delivery_years", []),
                               year_of(deal.get("first_date")), year_of(deal.get("last_date"))}
    if key in ("country", "entity"):
        return _matches(deal, "recipient", wanted, kb) or _matches(deal, "supplier", wanted, kb)
    if key == "id":
        return deal["id"] == wanted or deal["id"].startswith(str(wanted))
    if key == "fact":
        return any(e["fact_id"] == wanted for e in deal["evidence"])
    return str(deal.get(key)) == str(wanted)


def iter_deals(kb: "KnowledgeBase", **filters: Any) -> Iterator[dict[str, Any]]:
    """Merged deals, earliest first; filters: recipient, supplier, country (either side), item
    (designation, family or category), status (current or any step), year, id, fact."""
    from orbat.knowledge.resolve import _ensure_resolved

    _ensure_resolved(kb)
    for row in kb.db.execute("SELECT data FROM deals ORDER BY seq").fetchall():
        deal = json.loads(row["data"])
        if all(_matches(deal, k, v, kb) for k, v in filters.items() if v is not None):
            yield deal


def get_deal(kb: "KnowledgeBase", deal_id: str) -> dict[str, Any]:
    from orbat.errors import NotFound

    rows = kb.db.execute("SELECT data FROM deals WHERE id = ? OR id LIKE ? LIMIT 2",
                         (deal_id, f"{deal_id}%")).fetchall()
    if len(rows) != 1:
        raise NotFound(f"no deal {deal_id!r}" if not rows else f"deal id prefix {deal_id!r} is ambiguous")
    return json.loads(rows[0]["data"])
