"""JSON Lines: facts in the FACTS.md exchange form plus provenance, source and review fields."""
from __future__ import annotations

import json
from typing import IO, TYPE_CHECKING, Any

from orbat.export import text_writer
from orbat.knowledge.common import doc_meta

if TYPE_CHECKING:
    from orbat.kb import KnowledgeBase


def fact_filters(options: dict[str, Any]) -> dict[str, Any]:
    """The kb.facts filters among the export options (type, doc, country, include_rejected, role=value)."""
    skip = {"what", "level", "title", "confirmed_only", "format"}
    return {k: v for k, v in options.items() if k not in skip and v is not None}


def write(kb: "KnowledgeBase", out: IO[Any], *, what: str = "facts", **options: Any) -> int:
    emit = text_writer(out)
    n = 0
    if what == "deals":
        rows = kb.deals(**{k: v for k, v in options.items() if k in ("recipient", "supplier", "country", "item",
                                                                      "status", "year")})
    elif what == "entities":
        rows = kb.entities(options.get("kind"))
    elif what == "disputes":
        rows = kb.disputes(options.get("entity"))
    elif what == "facts":
        rows = None
    else:
        raise ValueError(f"unknown jsonl content {what!r} (facts, deals, entities, disputes)")
    if rows is not None:
        for row in rows:
            emit(json.dumps(row, ensure_ascii=False, default=str) + "\n")
            n += 1
        return n
    docs = doc_meta(kb.db)
    for fact in kb.facts(**fact_filters(options)):
        record = fact.to_exchange()
        doc = docs.get(fact.doc, {})
        record["source"] = {k: doc.get(k) for k in ("title", "outlet", "url", "published") if doc.get(k)}
        review = fact.why.get("_review") if isinstance(fact.why, dict) else None
        record["review"] = review
        emit(json.dumps(record, ensure_ascii=False, default=str) + "\n")
        n += 1
    return n
