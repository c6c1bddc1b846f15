"""The `facts` table: claims as extracted. Views apply review verdicts on top; nothing is overwritten."""
from __future__ import annotations

import importlib
import json
import sqlite3
from typing import TYPE_CHECKING, Any, Iterable, Iterator

from orbat.errors import NotFound
from orbat.records import Fact

if TYPE_CHECKING:
    from orbat.kb import KnowledgeBase

MIGRATIONS = [
    ("facts-0001", """
CREATE TABLE IF NOT EXISTS facts (
    id TEXT PRIMARY KEY,
    doc_key TEXT NOT NULL,
    type TEXT NOT NULL,
    roles TEXT NOT NULL,
    quote TEXT NOT NULL,
    quote_begin INTEGER NOT NULL,
    quote_end INTEGER NOT NULL,
    role_spans TEXT NOT NULL DEFAULT '{}',
    attribution TEXT,
    confidence REAL,
    extractor TEXT,
    extractor_version TEXT,
    why TEXT NOT NULL DEFAULT '{}',
    seq INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS facts_doc ON facts(doc_key);
CREATE INDEX IF NOT EXISTS facts_type ON facts(type);
"""),
]

_COLUMNS = ("id, doc_key, type, roles, quote, quote_begin, quote_end, role_spans, attribution, "
            "confidence, extractor, extractor_version, why, seq")


def put_facts(db: sqlite3.Connection, doc_key: str, facts: Iterable[Fact]) -> int:
    """Replace a document's facts; returns how many were stored (same id twice keeps the first)."""
    db.execute("DELETE FROM facts WHERE doc_key = ?", (doc_key,))
    rows = [
        (f.id, doc_key, f.type, json.dumps(f.roles, ensure_ascii=False), f.quote, f.quote_begin,
         f.quote_end, json.dumps(f.role_spans), f.attribution, f.confidence, f.extractor,
         f.extractor_version, json.dumps(f.why, ensure_ascii=False), seq)
        for seq, f in enumerate(facts)
    ]
    db.executemany(f"INSERT OR IGNORE INTO facts ({_COLUMNS}) VALUES ({','.join('?' * 14)})", rows)
    return len(rows)


def row_to_fact(row: sqlite3.Row) -> Fact:
    return Fact(id=row["id"], doc=row["doc_key"], type=row["type"], roles=json.loads(row["roles"]),
                quote=row["quote"], quote_begin=row["quote_begin"], quote_end=row["quote_end"],
                role_spans=json.loads(row["role_spans"]), attribution=row["attribution"],
                confidence=row["confidence"] if row["confidence"] is not None else 0.5,
                extractor=row["extractor"] or "", extractor_version=row["extractor_version"] or "",
                why=json.loads(row["why"]))


def _apply_verdicts(db: sqlite3.Connection, facts: Iterable[Fact], include_rejected: bool) -> Iterator[Fact]:
    try:
        review = importlib.import_module("orbat.knowledge.review")
    except ModuleNotFoundError as error:
        if error.name not in ("orbat.knowledge.review", "orbat.knowledge"):
            raise
        return iter(facts)
    return review.apply_verdicts(db, facts, include_rejected=include_rejected)


def _mentions_country(kb: "KnowledgeBase", value: Any, iso2: str) -> bool:
    values = value if isinstance(value, list) else [value]
    for item in values:
        if isinstance(item, str):
            country = kb.reference.country(item)
            if country is not None and country.iso2 == iso2:
                return True
    return False


def iter_facts(kb: "KnowledgeBase", *, type: str | None = None, doc: str | None = None,
               country: str | None = None, include_rejected: bool = False,
               **roles: Any) -> Iterator[Fact]:
    """Stored facts in document order with verdicts applied.

    `country` keeps facts any of whose roles names that country (any name variant);
    other keyword arguments keep facts whose role equals the value (case-insensitive).
    """
    sql = f"SELECT {_COLUMNS} FROM facts"
    where, params = [], []
    if type:
        where.append("type = ?")
        params.append(type)
    if doc:
        where.append("(doc_key = ? OR doc_key LIKE ?)")
        params.extend([doc, f"{doc}#%"])
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY doc_key, seq"
    facts = (row_to_fact(r) for r in kb.db.execute(sql, params))
    iso2 = None
    if country:
        found = kb.reference.country(country)
        if found is None:
            raise NotFound(f"no country called {country!r}")
        iso2 = found.iso2
    for fact in _apply_verdicts(kb.db, facts, include_rejected):
        if iso2 and not any(_mentions_country(kb, v, iso2) for v in fact.roles.values()):
            continue
        if roles and not all(_role_matches(fact.roles.get(k), v) for k, v in roles.items() if v is not None):
            continue
        yield fact


def _role_matches(value: Any, wanted: Any) -> bool:
    values = value if isinstance(value, list) else [value]
    return any(str(v).casefold() == str(wanted).casefold() for v in values if v is not None)


def get_fact(kb: "KnowledgeBase", fact_id: str) -> Fact:
    """One fact by id (or a unique id prefix), verdicts applied; NotFound otherwise."""
    rows = kb.db.execute(f"SELECT {_COLUMNS} FROM facts WHERE id = ? OR id LIKE ? LIMIT 2",
                         (fact_id, f"{fact_id}%")).fetchall()
    if not rows:
        raise NotFound(f"no fact {fact_id!r}")
    if len(rows) > 1 and rows[0]["id"] != fact_id:
        raise NotFound(f"fact id prefix {fact_id!r} is ambiguous")
    facts = list(_apply_verdicts(kb.db, [row_to_fact(rows[0])], True))
    return facts[0] if facts else row_to_fact(rows[0])
