"""Opening a knowledge-base file and applying each domain's named migrations once.

Each domain module (documents, mentions, facts, knowledge) declares
`MIGRATIONS: list[tuple[str, str]]` of (unique name, SQL script); they are applied in the
order of MIGRATION_MODULES and recorded in the `migrations` table.
"""
from __future__ import annotations

import importlib
import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from orbat.errors import StoreError

MIGRATION_MODULES = (
    "orbat.store.documents",
    "orbat.mentions.store",
    "orbat.facts.store",
    "orbat.knowledge.store",
)


def connect(path: str | Path, *, read_only: bool = False) -> sqlite3.Connection:
    """Open (creating if needed) a knowledge base in WAL mode with all migrations applied."""
    target = str(path)
    try:
        if read_only:
            conn = sqlite3.connect(f"file:{target}?mode=ro", uri=True, check_same_thread=False)
        else:
            conn = sqlite3.connect(target, isolation_level=None, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA foreign_keys=ON")
        if not read_only:
            if target != ":memory:":
                conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            migrate(conn)
    except sqlite3.DatabaseError as error:
        raise StoreError(f"{target}: not a usable knowledge base ({error})") from None
    return conn


def _check_fts5(conn: sqlite3.Connection) -> None:
    try:
        conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp._fts5_probe USING fts5(x)")
        conn.execute("DROP TABLE IF EXISTS temp._fts5_probe")
    except sqlite3.OperationalError:
        raise StoreError("this Python's SQLite lacks FTS5; full-text search needs it") from None


def migrate(conn: sqlite3.Connection) -> list[str]:
    """Apply every migration not yet recorded; returns the names applied."""
    _check_fts5(conn)
    conn.execute("CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT DEFAULT CURRENT_TIMESTAMP)")
    done = {row[0] for row in conn.execute("SELECT name FROM migrations")}
    applied = []
    for module_name in MIGRATION_MODULES:
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as error:
            if error.name == module_name:
                continue  # domain not built yet
            raise
        for name, script in getattr(module, "MIGRATIONS", []):
            if name in done:
                continue
            with transaction(conn):
                for statement in _statements(script):
                    conn.execute(statement)
                conn.execute("INSERT INTO migrations(name) VALUES (?)", (name,))
            applied.append(name)
    return applied


def _statements(script: str) -> list[str]:
    """Split a migration script on ';' at line ends (our scripts keep triggers on one statement)."""
    parts, current = [], []
    for line in script.splitlines():
        current.append(line)
        stripped = line.strip()
        if stripped.endswith(";") and not stripped.upper().startswith(("BEGIN", "END")) or stripped.upper() == "END;":
            statement = "\n".join(current).strip()
            if sqlite3.complete_statement(statement):
                parts.append(statement)
                current = []
    tail = "\n".join(current).strip()
    if tail:
        parts.append(tail)
    return parts


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on any exception; nests as a no-op."""
    if conn.in_transaction:
        yield conn
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    else:
        conn.execute("COMMIT")
