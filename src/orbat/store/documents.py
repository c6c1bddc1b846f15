"""Tables `files`, `documents`, `documents_fts` and `ingest_errors`, plus the dedupe indexes.

`put_file_documents` writes one file's row and its documents; call it inside
`orbat.store.transaction` together with the documents' analysis so that a killed ingest
leaves either the whole file or nothing.
"""
from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any, Iterable, Iterator

from orbat.errors import NotFound
from orbat.offsets import OffsetMap
from orbat.records import Document

MIGRATIONS = [
    ("documents-0001", """
CREATE TABLE IF NOT EXISTS files (
    path TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    size INTEGER,
    mtime REAL,
    content_hash TEXT NOT NULL,
    status TEXT NOT NULL,
    loader TEXT,
    documents INTEGER NOT NULL DEFAULT 0,
    error TEXT,
    ingested_at TEXT DEFAULT CURRENT_TIMESTAMP
);
CREATE TABLE IF NOT EXISTS documents (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    source TEXT NOT NULL,
    ordinal INTEGER NOT NULL DEFAULT 0,
    raw_start INTEGER NOT NULL DEFAULT 0,
    title TEXT,
    outlet TEXT,
    url TEXT,
    author TEXT,
    published TEXT,
    language TEXT,
    truncated INTEGER NOT NULL DEFAULT 0,
    content_hash TEXT NOT NULL DEFAULT '',
    duplicate_of TEXT,
    near_duplicate_of TEXT,
    cluster TEXT,
    error TEXT,
    meta TEXT NOT NULL DEFAULT '{}',
    raw_text TEXT NOT NULL,
    clean_text TEXT NOT NULL,
    offsets TEXT
);
CREATE INDEX IF NOT EXISTS documents_source ON documents(source);
CREATE INDEX IF NOT EXISTS documents_hash ON documents(content_hash);
CREATE INDEX IF NOT EXISTS documents_cluster ON documents(cluster);
CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5(
    title, clean_text, content='documents', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER IF NOT EXISTS documents_ai AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts(rowid, title, clean_text) VALUES (new.id, new.title, new.clean_text);
END;
CREATE TRIGGER IF NOT EXISTS documents_ad AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, clean_text) VALUES ('delete', old.id, old.title, old.clean_text);
END;
CREATE TRIGGER IF NOT EXISTS documents_au AFTER UPDATE OF title, clean_text ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, clean_text) VALUES ('delete', old.id, old.title, old.clean_text);
    INSERT INTO documents_fts(rowid, title, clean_text) VALUES (new.id, new.title, new.clean_text);
END;
CREATE TABLE IF NOT EXISTS ingest_errors (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL,
    line INTEGER,
    doc_key TEXT,
    message TEXT NOT NULL,
    at TEXT DEFAULT CURRENT_TIMESTAMP,
    UNIQUE (path, line, message)
);
CREATE TABLE IF NOT EXISTS doc_signatures (
    doc_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    algorithm TEXT NOT NULL,
    signature BLOB NOT NULL,
    story_weight REAL
);
CREATE TABLE IF NOT EXISTS lsh_bands (
    band INTEGER NOT NULL,
    doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    PRIMARY KEY (band, doc_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS lsh_bands_doc ON lsh_bands(doc_id);
CREATE TABLE IF NOT EXISTS story_features (
    feature TEXT NOT NULL,
    doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    PRIMARY KEY (feature, doc_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS story_features_doc ON story_features(doc_id);
"""),
    ("documents-0002-feature-df", """
CREATE TABLE IF NOT EXISTS feature_df (
    feature TEXT PRIMARY KEY,
    n INTEGER NOT NULL
) WITHOUT ROWID;
"""),
    # Full-text indexing deferred to the end of each batch. FTS5 writes its pending terms out as a
    # new segment at every savepoint, and a trigger on the row insert opens one per document: one
    # tiny segment per document, merged again and again (0.2 ms of the 0.22 ms an insert cost).
    # New rows wait in fts_pending; index_pending() indexes them in one statement.
    ("documents-0003-fts-pending", """
CREATE TABLE IF NOT EXISTS fts_pending (id INTEGER PRIMARY KEY);
DROP TRIGGER IF EXISTS documents_ai;
DROP TRIGGER IF EXISTS documents_ad;
DROP TRIGGER IF EXISTS documents_au;
CREATE TRIGGER documents_ai AFTER INSERT ON documents BEGIN
    INSERT OR IGNORE INTO fts_pending(id) VALUES (new.id);
END;
CREATE TRIGGER documents_ad AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, clean_text)
        SELECT 'delete', old.id, old.title, old.clean_text WHERE NOT EXISTS (SELECT 1 FROM fts_pending WHERE id = old.id);
    DELETE FROM fts_pending WHERE id = old.id;
END;
CREATE TRIGGER documents_au AFTER UPDATE OF title, clean_text ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, clean_text)
        SELECT 'delete', old.id, old.title, old.clean_text WHERE NOT EXISTS (SELECT 1 FROM fts_pending WHERE id = old.id);
    INSERT INTO documents_fts(rowid, title, clean_text)
        SELECT new.id, new.title, new.clean_text WHERE NOT EXISTS (SELECT 1 FROM fts_pending WHERE id = new.id);
END;
"""),
    # The dedupe band and posting tables lose their doc_id index and cascade: keeping the index
    # doubled the cost of each insert; orbat.ingest.dedupe deletes a document's rows itself.
    ("documents-0004-lean-dedupe-tables", """
CREATE TABLE lsh_bands_lean (
    band INTEGER NOT NULL,
    doc_id INTEGER NOT NULL,
    PRIMARY KEY (band, doc_id)
) WITHOUT ROWID;
INSERT INTO lsh_bands_lean SELECT band, doc_id FROM lsh_bands WHERE doc_id IN (SELECT id FROM documents);
DROP TABLE lsh_bands;
ALTER TABLE lsh_bands_lean RENAME TO lsh_bands;
CREATE TABLE story_features_lean (
    feature TEXT NOT NULL,
    doc_id INTEGER NOT NULL,
    PRIMARY KEY (feature, doc_id)
) WITHOUT ROWID;
INSERT INTO story_features_lean SELECT feature, doc_id FROM story_features WHERE doc_id IN (SELECT id FROM documents);
DROP TABLE story_features;
ALTER TABLE story_features_lean RENAME TO story_features;
"""),
]

_DOC_COLUMNS = ("key", "source", "ordinal", "raw_start", "title", "outlet", "url", "author", "published",
                "language", "truncated", "content_hash", "duplicate_of", "near_duplicate_of", "cluster",
                "error", "meta", "raw_text", "clean_text", "offsets")
_INSERT_DOC = (f"INSERT INTO documents ({', '.join(_DOC_COLUMNS)}) "
               f"VALUES ({', '.join('?' * len(_DOC_COLUMNS))})")


@dataclass
class FileRecord:
    """One row of `files`: a source file as last ingested."""

    path: str
    name: str
    size: int
    mtime: float
    content_hash: str
    status: str  # "done" or "error"
    loader: str | None = None
    documents: int = 0
    error: str | None = None


def _doc_row(doc: Document) -> tuple[Any, ...]:
    return (doc.key, doc.source, doc.ordinal, doc.raw_start, doc.title, doc.outlet, doc.url, doc.author,
            doc.published, doc.language, int(doc.truncated), doc.content_hash, doc.duplicate_of,
            doc.near_duplicate_of, doc.cluster, doc.error, json.dumps(doc.meta, ensure_ascii=False, default=str),
            doc.raw_text, doc.clean_text,
            json.dumps(doc.offsets.to_list(), separators=(",", ":")) if doc.offsets else None)


def file_state(db: sqlite3.Connection, path: str) -> sqlite3.Row | None:
    """The stored row of a file, or None."""
    return db.execute("SELECT * FROM files WHERE path = ?", (path,)).fetchone()


def delete_file_documents(db: sqlite3.Connection, path: str) -> int:
    """Remove a file's documents (and their analysis rows, where those tables exist)."""
    keys = [r[0] for r in db.execute("SELECT key FROM documents WHERE source = ?", (path,))]
    if not keys:
        return 0
    for table in ("mentions", "facts"):
        if _has_table(db, table):
            db.executemany(f"DELETE FROM {table} WHERE doc_key = ?", [(k,) for k in keys])
    db.execute("DELETE FROM documents WHERE source = ?", (path,))
    return len(keys)


def put_file(db: sqlite3.Connection, file: FileRecord) -> None:
    """Insert or replace a file's row."""
    db.execute("INSERT OR REPLACE INTO files (path, name, size, mtime, content_hash, status, loader, documents, "
               "error, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,CURRENT_TIMESTAMP)",
               (file.path, file.name, file.size, file.mtime, file.content_hash, file.status, file.loader,
                file.documents, file.error))


def put_document(db: sqlite3.Connection, doc: Document, *, replace: bool = True) -> int:
    """Insert one document (replacing one with the same key; `replace=False` when the caller
    knows the key is new); returns its row id."""
    if replace:
        db.execute("DELETE FROM documents WHERE key = ?", (doc.key,))
    return db.execute(_INSERT_DOC, _doc_row(doc)).lastrowid  # type: ignore[return-value]


def put_file_documents(db: sqlite3.Connection, file: FileRecord, documents: Iterable[Document]) -> list[int]:
    """Replace a file's row and documents; returns the documents' row ids (call in a transaction)."""
    delete_file_documents(db, file.path)
    ids = [put_document(db, doc) for doc in documents]
    file.documents = len(ids)
    put_file(db, file)
    index_pending(db)
    return ids


def _index_pending_if_writable(db: sqlite3.Connection) -> None:
    """Documents stored by code that did not call index_pending() still become searchable."""
    from orbat.store.sqlite import transaction

    if db.execute("SELECT 1 FROM fts_pending LIMIT 1").fetchone() is None:
        return
    try:
        with transaction(db):
            index_pending(db)
    except sqlite3.OperationalError:  # a read-only connection: search what is indexed
        pass


def index_pending(db: sqlite3.Connection) -> int:
    """Add the documents stored since the last call to the full-text index (in one statement, so
    FTS5 writes one segment); call before committing a batch. Returns how many."""
    count = db.execute("SELECT COUNT(*) FROM fts_pending").fetchone()[0]
    if count:
        db.execute("INSERT INTO documents_fts(rowid, title, clean_text) SELECT d.id, d.title, d.clean_text "
                   "FROM fts_pending p JOIN documents d ON d.id = p.id ORDER BY p.id")
        db.execute("DELETE FROM fts_pending")
    return count


def key_owner(db: sqlite3.Connection, key: str) -> str | None:
    """The source path of the document stored under `key`, if any."""
    row = db.execute("SELECT source FROM documents WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def record_error(db: sqlite3.Connection, path: str, message: str, *, line: int | None = None,
                 doc_key: str | None = None) -> None:
    """Record an ingest error once (same path, line and message are not repeated)."""
    db.execute("INSERT OR IGNORE INTO ingest_errors (path, line, doc_key, message) VALUES (?,?,?,?)",
               (path, line, doc_key, message))


def _row_to_document(row: sqlite3.Row, texts: bool = True) -> Document:
    data = {c: row[c] for c in _DOC_COLUMNS if c in row.keys()}
    data["truncated"] = bool(data.get("truncated"))
    data["meta"] = json.loads(data.get("meta") or "{}")
    offsets = data.pop("offsets", None)
    data.setdefault("raw_text", "")
    doc = Document(**data)
    if offsets:
        doc.offsets = OffsetMap.from_list(json.loads(offsets), len(doc.raw_text))
    return doc


def iter_documents(db: sqlite3.Connection, *, texts: bool = True) -> Iterator[Document]:
    """Every stored document in ingest order (streamed)."""
    columns = ", ".join(_DOC_COLUMNS if texts else [c for c in _DOC_COLUMNS
                                                   if c not in ("raw_text", "offsets")])
    cursor = db.execute(f"SELECT {columns} FROM documents ORDER BY id")
    for row in cursor:
        yield _row_to_document(row, texts)


def get_document(db: sqlite3.Connection, key: str) -> Document:
    """One document by key; NotFound when absent."""
    row = db.execute(f"SELECT {', '.join(_DOC_COLUMNS)} FROM documents WHERE key = ?", (key,)).fetchone()
    if row is None:
        raise NotFound(f"no document {key!r}")
    return _row_to_document(row)


def iter_errors(db: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    """Recorded ingest errors, oldest first."""
    for row in db.execute("SELECT path, line, doc_key, message, at FROM ingest_errors ORDER BY id"):
        yield dict(row)


def _has_table(db: sqlite3.Connection, name: str) -> bool:
    return db.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (name,)).fetchone() is not None


_OPERATORS = ("AND", "OR", "NOT")


def _fts_query(query: str) -> str:
    """User words as an FTS5 query: bare words ANDed, quoted phrases kept, syntax characters neutralised."""
    import re

    parts = re.findall(r'"[^"]+"|[^\s"]+', query)
    out = []
    for part in parts:
        if part.startswith('"'):
            out.append('"' + part.strip('"').replace('"', "") + '"')
        elif part.upper() in _OPERATORS:
            out.append(part.upper())
        else:
            star = part.endswith("*")
            word = re.sub(r"[^\w\-'.]+", " ", part).strip()
            if word:
                out.append('"' + word.replace('"', "") + '"' + ("*" if star else ""))
    return " ".join(out)


def search(db: sqlite3.Connection, query: str, *, entity: str | None = None, limit: int = 20) -> list[dict[str, Any]]:
    """Full-text search over title and clean text; `entity` keeps documents mentioning it."""
    fts = _fts_query(query)
    if not fts:
        return []
    _index_pending_if_writable(db)
    sql = ("SELECT d.key, d.title, d.source, d.published, "
           "snippet(documents_fts, 1, '<b>', '</b>', ' … ', 16) AS snippet, bm25(documents_fts) AS score "
           "FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid WHERE documents_fts MATCH ?")
    params: list[Any] = [fts]
    if entity:
        if not _has_table(db, "mentions"):
            return []
        sql += (" AND d.key IN (SELECT doc_key FROM mentions WHERE link = ? COLLATE NOCASE "
                "OR text = ? COLLATE NOCASE)")
        params += [entity, entity]
    sql += " ORDER BY score LIMIT ?"
    params.append(limit)
    try:
        return [dict(r) for r in db.execute(sql, params)]
    except sqlite3.OperationalError:
        # Operators in the wrong place ("AND OR"): search the words as plain terms instead.
        plain = _fts_query(" ".join(w for w in query.replace('"', " ").split() if w.upper() not in _OPERATORS))
        if not plain:
            return []
        params[0] = plain
        return [dict(r) for r in db.execute(sql, params)]
