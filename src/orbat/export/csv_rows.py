"""CSV: one row per fact with every role flattened into its own column."""
from __future__ import annotations

import csv
from typing import IO, TYPE_CHECKING, Any

from orbat.export import text_writer
from orbat.export.jsonl import fact_filters
from orbat.knowledge.common import doc_meta, flat_value
from orbat.knowledge.review import fact_status
from orbat.records import COMMON_ROLES, FACT_ROLES

if TYPE_CHECKING:
    from orbat.kb import KnowledgeBase

ROLES = list(dict.fromkeys([r for roles in FACT_ROLES.values() for r in roles] + list(COMMON_ROLES)))
HEADER = (["id", "doc", "type", *ROLES, "quote", "quote_begin", "quote_end", "attribution", "confidence",
           "extractor", "review", "title", "outlet", "url", "published"])


class _Line:
    """File-like sink for csv.writer that forwards each row to the writer function."""

    def __init__(self, emit: Any) -> None:
        self.write = emit


def write(kb: "KnowledgeBase", out: IO[Any], **options: Any) -> int:
    writer = csv.writer(_Line(text_writer(out)), lineterminator="\n")
    writer.writerow(HEADER)
    docs = doc_meta(kb.db)
    n = 0
    for fact in kb.facts(**fact_filters(options)):
        doc = docs.get(fact.doc, {})
        row = [fact.id, fact.doc, fact.type, *(flat_value(fact.roles.get(r)) for r in ROLES),
               " ".join(fact.quote.split()), fact.quote_begin, fact.quote_end, fact.attribution or "",
               fact.confidence, f"{fact.extractor}@{fact.extractor_version}", fact_status(fact),
               doc.get("title") or "", doc.get("outlet") or "", doc.get("url") or "", doc.get("published") or ""]
        writer.writerow(row)
        n += 1
    return n
