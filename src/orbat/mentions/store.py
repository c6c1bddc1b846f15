"""The `mentions` table: one row per typed span of a document."""
from __future__ import annotations

import json
import sqlite3
from typing import Iterable, Iterator

from orbat.records import Mention

MIGRATIONS = [
    ("mentions-0001", """
CREATE TABLE IF NOT EXISTS mentions (
    doc_key TEXT NOT NULL,
    begin INTEGER NOT NULL,
    end INTEGER NOT NULL,
    cbegin INTEGER NOT NULL,
    cend INTEGER NOT NULL,
    type TEXT NOT NULL,
    text TEXT NOT NULL,
    value TEXT,
    link TEXT,
    source TEXT,
    confidence REAL,
    PRIMARY KEY (doc_key, begin, end, type)
);
CREATE INDEX IF NOT EXISTS mentions_link ON mentions(link);
CREATE INDEX IF NOT EXISTS mentions_text ON mentions(type, text COLLATE NOCASE);
"""),
]

_COLUMNS = "doc_key, begin, end, cbegin, cend, type, text, value, link, source, confidence"


def put_mentions(db: sqlite3.Connection, doc_key: str, mentions: Iterable[Mention]) -> int:
    """Replace a document's mentions; returns how many were stored."""
    db.execute("DELETE FROM mentions WHERE doc_key = ?", (doc_key,))
    rows = [
        (doc_key, m.begin, m.end, m.cbegin, m.cend, m.type, m.text,
         json.dumps(m.value, ensure_ascii=False) if m.value is not None else None,
         m.link, m.source, m.confidence)
        for m in mentions
    ]
    db.executemany(f"INSERT OR REPLACE INTO mentions ({_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?)", rows)
    return len(rows)


def _mention(row: sqlite3.Row) -> Mention:
    value = json.loads(row["value"]) if row["value"] is not None else None
    return Mention(begin=row["begin"], end=row["end"], type=row["type"], text=row["text"], value=value,
                   link=row["link"], cbegin=row["cbegin"], cend=row["cend"], source=row["source"] or "",
                   confidence=row["confidence"] if row["confidence"] is not None else 1.0)


def iter_mentions(db: sqlite3.Connection, keys: Iterable[str] | None = None) -> Iterator[tuple[str, list[Mention]]]:
    """(document key, its mentions in text order) for the given keys, or every document."""
    if keys is None:
        key_list = [r[0] for r in db.execute("SELECT key FROM documents ORDER BY rowid")]
    else:
        key_list = list(keys)
    for key in key_list:
        rows = db.execute(f"SELECT {_COLUMNS} FROM mentions WHERE doc_key = ? ORDER BY begin, end", (key,))
        yield key, [_mention(r) for r in rows]


def find_mentions(db: sqlite3.Connection, *, type: str | None = None, text: str | None = None,
                  link: str | None = None, limit: int | None = None) -> Iterator[tuple[str, Mention]]:
    """(document key, mention) for mentions of a type, a text (case-insensitive) and/or a reference link."""
    where, params = [], []
    if type:
        where.append("type = ?")
        params.append(type)
    if text:
        where.append("text = ? COLLATE NOCASE")
        params.append(text)
    if link:
        where.append("link = ?")
        params.append(link)
    sql = f"SELECT {_COLUMNS} FROM mentions"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY doc_key, begin"
    if limit:
        sql += f" LIMIT {int(limit)}"
    for row in db.execute(sql, params):
        yield row["doc_key"], _mention(row)
