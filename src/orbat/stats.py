"""What a knowledge base holds, in counts: the closing line of an ingest and `kb.stats()`."""
from __future__ import annotations

import sqlite3
from typing import Any


def _count(db: sqlite3.Connection, sql: str) -> int:
    try:
        return int(db.execute(sql).fetchone()[0])
    except sqlite3.OperationalError:  # a table of a stage this build lacks
        return 0


def stats(db: sqlite3.Connection) -> dict[str, Any]:
    """Counts of documents, mentions, facts (and per type), entities, deals and disputes."""
    facts_by_type: dict[str, int] = {}
    try:
        for kind, n in db.execute("SELECT type, COUNT(*) FROM facts GROUP BY type ORDER BY COUNT(*) DESC"):
            facts_by_type[kind] = n
    except sqlite3.OperationalError:
        pass
    return {
        "documents": _count(db, "SELECT COUNT(*) FROM documents"),
        "duplicates": _count(db, "SELECT COUNT(*) FROM documents WHERE duplicate_of IS NOT NULL"),
        "mentions": _count(db, "SELECT COUNT(*) FROM mentions"),
        "facts": sum(facts_by_type.values()),
        "facts_by_type": facts_by_type,
        "entities": _count(db, "SELECT COUNT(*) FROM entities"),
        "deals": _count(db, "SELECT COUNT(*) FROM deals"),
        "disputes": _count(db, "SELECT COUNT(*) FROM series WHERE disputed"),
    }


def describe(counts: dict[str, Any]) -> str:
    """One line for people: "36 documents, 1,204 mentions, 85 facts (transfer 25, office 22), ..."."""
    kinds = ", ".join(f"{k} {n}" for k, n in counts["facts_by_type"].items())
    facts = f"{counts['facts']:,} facts" + (f" ({kinds})" if kinds else "")
    return (f"knowledge base: {counts['documents']:,} documents, {counts['mentions']:,} mentions, {facts}, "
            f"{counts['entities']:,} entities, {counts['deals']:,} deals, {counts['disputes']:,} disputes")
