"""Series and disputes: claims about the same attribute grouped; disagreeing groups flagged.

Attributes (subject + attribute):
- budget: a country's budget for a year (amount);
- strength: a force's personnel (claims with different as_of dates are different points in time
  and do not dispute each other);
- holding: a holder's count of one system (or item class);
- office: a person's tenure in a role (start/end; "1993-08" agrees with "1993-08-25");
- casualties: a force's killed/injured in a period.
Values agree when money is within 1% in the same currency, counts are equal, dates agree at the
coarser precision. A series with more than one distinct value is a dispute; each value lists its
claims with source document, outlet, date, attribution (according_to), qualifier and, where the
text gives one, the reason (budgeted vs spent, defence budget vs military expenditure, estimate).
Claims in exact-duplicate documents are left out.
"""
from __future__ import annotations

import json
import re
import sqlite3
from collections import defaultdict
from typing import TYPE_CHECKING, Any, Callable, Iterator

from orbat.ids import make_id
from orbat.knowledge.common import (
    as_int, date_str, dates_compatible, doc_order, fmt_value, is_exact_duplicate, is_money, money_close, text_key,
    year_of,
)
from orbat.refdata.normalise import title_key

if TYPE_CHECKING:
    from orbat.kb import KnowledgeBase
    from orbat.knowledge.resolve import Resolver
    from orbat.records import Fact

# (pattern on the quote, reason shown)
_REASONS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\b(set at|allocated|budgeted|earmarked|planned|appropriat\w*|approved)\b", re.I),
     "budgeted (set/allocated)"),
    (re.compile(r"\b(spent|spending|outlays?)\b", re.I), "spent (actual expenditure)"),
    (re.compile(r"\bdefen[cs]e budget\b", re.I), "defence budget"),
    (re.compile(r"\bmilitary (expenditures?|spending)\b", re.I), "military expenditure"),
    (re.compile(r"\bmilitary budget\b", re.I), "military budget"),
    (re.compile(r"\bestimat\w*\b", re.I), "estimate"),
    (re.compile(r"\bofficial(ly)?\b", re.I), "official figure"),
    (re.compile(r"\b(claim\w*|alleged\w*)\b", re.I), "claim"),
]


_CLAUSE = re.compile(r"\bhowever\b|\bbut\b|\bwhereas\b|\bwhile\b|;", re.I)


def _number_forms(value: Any) -> list[str]:
    if is_money(value):
        value = value.get("amount")
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        return []
    forms = [f"{value:,.0f}", f"{value:.0f}"]
    for size in (1e9, 1e6, 1e3):
        if abs(value) >= size:
            forms.append(f"{value / size:g}")
    return forms


def claim_text(fact: "Fact", value: Any = None) -> str:
    """The clause of the quote that states this claim: the one naming its source, else its figure.

    A sentence often states two figures ("set at $2.46 billion ..., however according to SIPRI, only
    $1.473 billion was spent"); the reason words must come from the claim's own clause.
    """
    quote = fact.quote or ""
    clauses = [c for c in _CLAUSE.split(quote) if c.strip()]
    if len(clauses) <= 1:
        return quote
    source = fact.roles.get("according_to")
    if isinstance(source, str) and source:
        hits = [c for c in clauses if source.casefold() in c.casefold()]
        if len(hits) == 1:
            return hits[0]
    forms = _number_forms(value)
    hits = [c for c in clauses if any(f in c for f in forms)]
    return hits[0] if len(hits) == 1 else quote


def reasons(fact: "Fact", value: Any = None) -> list[str]:
    """Why a figure may differ, as the text states it (definition, budgeted vs spent, estimate)."""
    found = []
    text = claim_text(fact, value)
    for pattern, label in _REASONS:
        if pattern.search(text) and label not in found:
            found.append(label)
    return found


def _first(ids: dict[str, list[str]], role: str) -> str | None:
    values = ids.get(role) or []
    return values[0] if values else None


def _money_eq(a: Any, b: Any) -> bool:
    return money_close(a, b) is True


def _int_eq(a: Any, b: Any) -> bool:
    return a == b


def _tenure_eq(a: Any, b: Any) -> bool:
    return dates_compatible(a.get("start"), b.get("start")) and dates_compatible(a.get("end"), b.get("end"))


def _counts_eq(a: Any, b: Any) -> bool:
    return all(a.get(k) is None or b.get(k) is None or a.get(k) == b.get(k) for k in ("killed", "injured"))


def _claim_keys(fact: "Fact", ids: dict[str, list[str]], resolver: "Resolver") -> list[tuple[Any, ...]]:
    """(kind, subject id, attribute label, value, equality, time) for the attributes a fact states."""
    r = fact.roles
    out: list[tuple[Any, ...]] = []
    if fact.type == "budget":
        country = _first(ids, "country")
        year = year_of(r.get("year"))
        if country and year and is_money(r.get("amount")):
            out.append(("budget", country, f"budget {date_str(r.get('year'))}", r["amount"], _money_eq, None))
    elif fact.type == "strength":
        personnel = as_int(r.get("personnel"))
        for force in ids.get("force") or []:
            if personnel is not None and len(ids.get("force") or []) == 1:
                out.append(("strength", force, "personnel", personnel, _int_eq, date_str(r.get("as_of"))))
    elif fact.type == "holding":
        holder = _first(ids, "holder")
        quantity = as_int(r.get("quantity"))
        if holder and quantity is not None:
            system = _first(ids, "item")
            if system:
                # The system itself, not its family: counts of M-84 tanks are not counts of T-72s
                # (a family also holds derived types, and a holder may field both).
                item_key = system
                label = resolver.entities[system].name if system in resolver.entities else system
            else:
                item = r.get("item")
                if not isinstance(item, str) or not item:
                    return out
                item_key, label = "class:" + text_key(item), item
            out.append(("holding", holder, f"count of {label}|{item_key}", quantity, _int_eq,
                        date_str(r.get("as_of"))))
    elif fact.type == "office":
        person = _first(ids, "person")
        role = r.get("role")
        if person and isinstance(role, str) and role and (r.get("start") or r.get("end")):
            tenure = {"start": date_str(r.get("start")), "end": date_str(r.get("end"))}
            org = r.get("organisation")
            label = f"{role}" + (f", {org}" if isinstance(org, str) and org else "")
            out.append(("office", person, f"tenure as {label}|{title_key(role)}", tenure, _tenure_eq, None))
    elif fact.type == "casualties":
        victim = _first(ids, "force")
        span = date_str(r.get("period"))
        counts = {k: as_int(r.get(k)) for k in ("killed", "injured") if as_int(r.get(k)) is not None}
        cause = r.get("cause")
        if victim and span and counts:
            label = f"casualties {span}" + (f" ({cause})" if isinstance(cause, str) and cause else "")
            out.append(("casualties", victim, label, counts, _counts_eq, None))
    return out


def build_series(facts: list["Fact"], roles: dict[str, dict[str, list[str]]], resolver: "Resolver",
                 docs: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    groups: dict[tuple[str, str, str], list[tuple["Fact", Any, Callable[[Any, Any], bool], str | None]]] = \
        defaultdict(list)
    for fact in facts:
        if is_exact_duplicate(docs.get(fact.doc, {})):
            continue
        for kind, subject, attribute, value, eq, when in _claim_keys(fact, roles.get(fact.id, {}), resolver):
            groups[(kind, subject, attribute)].append((fact, value, eq, when))
    out = []
    for (kind, subject, attribute), claims in groups.items():
        out.append(_series(kind, subject, attribute, claims, resolver, docs))
    out.sort(key=lambda s: (not s["disputed"], s["kind"], s["subject"], s["attribute"]))
    return out


def _series(kind: str, subject: str, attribute: str, claims: list[tuple[Any, ...]], resolver: "Resolver",
            docs: dict[str, dict[str, Any]]) -> dict[str, Any]:
    label, _, key_part = attribute.partition("|")
    claims = sorted(claims, key=lambda c: (doc_order(c[0].doc), c[0].quote_begin))
    values: list[dict[str, Any]] = []
    for fact, value, eq, when in claims:
        target = next((v for v in values if eq(v["value"], value) and v["_eq"] is eq), None)
        if target is None:
            target = {"value": value, "display": _display(kind, value), "claims": [], "_eq": eq}
            values.append(target)
        doc = docs.get(fact.doc, {})
        target["claims"].append({
            # A source named in the sentence counts even where FACTS.md has no according_to role
            # (holdings: "230 tanks, the tabloid Vecernji Telegraf claimed").
            "fact_id": fact.id, "doc": fact.doc, "quote": fact.quote,
            "according_to": fact.roles.get("according_to") or fact.attribution or None,
            "attribution": fact.attribution, "qualifier": fact.roles.get("qualifier"), "as_of": when,
            "published": doc.get("published"), "title": doc.get("title"), "outlet": doc.get("outlet"),
            "url": doc.get("url"), "reasons": reasons(fact, value), "value": value})
    # Disagreement: two distinct values whose claims could refer to the same time.
    disputed = False
    for i, a in enumerate(values):
        for b in values[i + 1:]:
            if any(dates_compatible(x["as_of"], y["as_of"]) and (x["as_of"] is None or y["as_of"] is None or
                                                                  year_of(x["as_of"]) == year_of(y["as_of"]))
                   for x in a["claims"] for y in b["claims"]):
                if kind == "budget" and money_close(a["value"], b["value"]) is None:
                    continue  # different currencies: not comparable without exchange rates
                disputed = True
    for v in values:
        v.pop("_eq")
    subject_ent = resolver.entities.get(subject)
    entity_ids = [subject]
    if subject_ent is not None:
        for extra in (subject_ent.country, subject_ent.parent, subject_ent.family):
            if extra and extra not in entity_ids:
                entity_ids.append(extra)
    notes = _why(values) if disputed else []
    return {
        "id": make_id("series", kind, subject, key_part or label), "kind": kind, "subject_id": subject,
        "subject": subject_ent.name if subject_ent else subject, "attribute": label, "disputed": disputed,
        "entity_ids": entity_ids, "values": values, "notes": notes,
        "facts": [c["fact_id"] for v in values for c in v["claims"]],
    }


def _display(kind: str, value: Any) -> str:
    if kind == "office":
        return f"{value.get('start') or '?'} – {value.get('end') or '…'}"
    if kind == "casualties":
        return ", ".join(f"{k} {v:,}" for k, v in value.items())
    return fmt_value(value)


def _why(values: list[dict[str, Any]]) -> list[str]:
    """What differs between the disagreeing claims besides the figure."""
    notes = []
    sources = {str(c.get("according_to") or "(unattributed)") for v in values for c in v["claims"]}
    if len(sources) > 1:
        notes.append("different sources: " + ", ".join(sorted(sources)))
    reason_sets = {tuple(c["reasons"]) for v in values for c in v["claims"] if c["reasons"]}
    if len(reason_sets) > 1 or any(len(r) > 1 for r in reason_sets):
        labels = sorted({r for rs in reason_sets for r in rs})
        notes.append("different definitions or measures: " + ", ".join(labels))
    dates = {c["as_of"] for v in values for c in v["claims"] if c["as_of"]}
    if dates:
        notes.append("dated: " + ", ".join(sorted(dates)))
    qualifiers = {c["qualifier"] for v in values for c in v["claims"] if c["qualifier"]}
    if qualifiers:
        notes.append("approximate figures: " + ", ".join(sorted(qualifiers)))
    return notes


def write_series(db: sqlite3.Connection, series: list[dict[str, Any]]) -> None:
    rows, claims = [], []
    for seq, s in enumerate(series):
        rows.append((s["id"], seq, s["kind"], s["subject_id"], s["attribute"], int(s["disputed"]),
                     json.dumps(s["entity_ids"]), json.dumps(s, ensure_ascii=False)))
        for fact_id in s["facts"]:
            claims.append((s["id"], fact_id))
    db.executemany("INSERT OR REPLACE INTO series (id, seq, kind, subject_id, attribute, disputed, entity_ids, data) "
                   "VALUES (?,?,?,?,?,?,?,?)", rows)
    db.executemany("INSERT OR IGNORE INTO series_claims (series_id, fact_id) VALUES (?,?)", claims)


def iter_series(kb: "KnowledgeBase", entity: str | None = None, *, disputed: bool | None = None,
                kind: str | None = None) -> Iterator[dict[str, Any]]:
    """Series (grouped claims about one attribute), optionally of one entity (or its units/variants)."""
    from orbat.errors import NotFound
    from orbat.knowledge.resolve import _ensure_resolved, find_entities

    _ensure_resolved(kb)
    wanted: set[str] | None = None
    if entity and entity.partition(":")[0] in ("country", "org", "person", "system", "unit"):
        wanted = {entity}  # an entity id
    elif entity:
        found = find_entities(kb, entity)
        if not found:
            raise NotFound(f"no entity called {entity!r}")
        wanted = {found[0]["id"]}
    sql = "SELECT data, entity_ids FROM series"
    where: list[str] = []
    params: list[Any] = []
    if disputed is not None:
        where.append("disputed = ?")
        params.append(int(disputed))
    if kind:
        where.append("kind = ?")
        params.append(kind)
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY seq"
    for row in kb.db.execute(sql, params).fetchall():
        if wanted is not None and not wanted & set(json.loads(row["entity_ids"])):
            continue
        yield json.loads(row["data"])


def iter_disputes(kb: "KnowledgeBase", entity: str | None = None) -> Iterator[dict[str, Any]]:
    """Series whose values disagree, of one entity (a country also gives its forces') or all."""
    return iter_series(kb, entity, disputed=True)
