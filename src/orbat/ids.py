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
