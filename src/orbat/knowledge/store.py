"""Tables of the knowledge layer.

`verdicts` is the only primary table: review decisions, keyed by the content-derived fact id,
appended and never updated or deleted (a later verdict supersedes an earlier one in views).
Every other table is a cache that `orbat.knowledge.resolve.resolve` recomputes from the facts
and the verdicts: entities with their names and the facts that mention them, deals with their
evidence, and series (claims about one attribute) with a flag for disputes.
"""
from __future__ import annotations

MIGRATIONS = [
    ("knowledge-0001", """
CREATE TABLE IF NOT EXISTS verdicts (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    fact_id TEXT NOT NULL,
    verdict TEXT NOT NULL CHECK (verdict IN ('accept', 'reject', 'correct')),
    corrections TEXT NOT NULL DEFAULT '{}',
    note TEXT,
    author TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS verdicts_fact ON verdicts(fact_id);
CREATE TABLE IF NOT EXISTS entities (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    ref TEXT,
    parent TEXT,
    country TEXT,
    family TEXT,
    data TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX IF NOT EXISTS entities_kind ON entities(kind);
CREATE TABLE IF NOT EXISTS entity_names (
    entity_id TEXT NOT NULL,
    name TEXT NOT NULL,
    key TEXT NOT NULL,
    count INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (entity_id, name)
);
CREATE INDEX IF NOT EXISTS entity_names_key ON entity_names(key);
CREATE TABLE IF NOT EXISTS entity_facts (
    entity_id TEXT NOT NULL,
    fact_id TEXT NOT NULL,
    role TEXT NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (entity_id, fact_id, role, text)
);
CREATE INDEX IF NOT EXISTS entity_facts_fact ON entity_facts(fact_id);
CREATE TABLE IF NOT EXISTS deals (
    id TEXT PRIMARY KEY,
    seq INTEGER NOT NULL,
    recipient_id TEXT,
    supplier_id TEXT,
    item_family TEXT,
    status TEXT,
    data TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS deals_recipient ON deals(recipient_id);
CREATE INDEX IF NOT EXISTS deals_supplier ON deals(supplier_id);
CREATE TABLE IF NOT EXISTS deal_evidence (
    deal_id TEXT NOT NULL,
    fact_id TEXT NOT NULL,
    doc_key TEXT NOT NULL,
    status TEXT,
    date TEXT,
    counted INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (deal_id, fact_id)
);
CREATE INDEX IF NOT EXISTS deal_evidence_fact ON deal_evidence(fact_id);
CREATE TABLE IF NOT EXISTS series (
    id TEXT PRIMARY KEY,
    seq INTEGER NOT NULL,
    kind TEXT NOT NULL,
    subject_id TEXT,
    attribute TEXT NOT NULL,
    disputed INTEGER NOT NULL DEFAULT 0,
    entity_ids TEXT NOT NULL DEFAULT '[]',
    data TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS series_subject ON series(subject_id);
CREATE TABLE IF NOT EXISTS series_claims (
    series_id TEXT NOT NULL,
    fact_id TEXT NOT NULL,
    PRIMARY KEY (series_id, fact_id)
);
CREATE INDEX IF NOT EXISTS series_claims_fact ON series_claims(fact_id);
"""),

    ("knowledge-0002", """
CREATE TABLE IF NOT EXISTS knowledge_state (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""),
]

# The derived tables that resolve() empties and refills.
DERIVED_TABLES = ("entities", "entity_names", "entity_facts", "deals", "deal_evidence", "series",
                  "series_claims")
