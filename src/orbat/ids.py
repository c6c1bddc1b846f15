"""Deterministic content-derived ids: re-ingesting the same content yields the same ids."""
from __future__ import annotations

import hashlib
import json
from typing import Any

import xxhash


def content_hash(text: str) -> str:
    """Fast hash of a text, for exact-duplicate detection."""
    return xxhash.xxh3_128_hexdigest(text.encode("utf-8"))


def make_id(prefix: str, *parts: Any) -> str:
    """A short stable id from the parts (any JSON-serialisable values)."""
    blob = json.dumps(parts, sort_keys=True, ensure_ascii=False, default=str)
    return f"{prefix}-{hashlib.sha1(blob.encode('utf-8')).hexdigest()[:16]}"


def fact_id(doc: str, kind: str, quote_begin: int, quote_end: int, roles: dict[str, Any]) -> str:
    """Stable id of a claim: its document, type, quote span and key roles.

    Non-key roles are left out so that a better value for, say, a date keeps the id, and
    review verdicts keep pointing at the same claim across re-extraction.
    """
    from orbat.records import FACT_KEYS

    keys = {r: roles.get(r) for r in FACT_KEYS.get(kind, ())}
    return make_id("fact", doc, kind, quote_begin, quote_end, keys)
