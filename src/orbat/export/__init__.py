"""Exports: `export(kb, format, out, **options) -> rows written`, streamed row by row.

Formats: jsonl (facts in the FACTS.md form with provenance and review fields; `what=` deals,
entities or disputes for those), csv (one row per fact, roles flattened), sipri (one row per deal
in the SIPRI trade-register layout, sources in Comments), ftm (followthemoney entities), graphml and
gexf (supplier -> recipient graph with deals as edges, via networkx), markdown (a report with
footnoted sources). `out` may be a text or a binary stream.
"""
from __future__ import annotations

import importlib
import io
from typing import IO, TYPE_CHECKING, Any, Callable

from orbat.errors import InvalidInput

if TYPE_CHECKING:
    from orbat.kb import KnowledgeBase

FORMATS: dict[str, str] = {
    "jsonl": "orbat.export.jsonl",
    "csv": "orbat.export.csv_rows",
    "sipri": "orbat.export.sipri",
    "ftm": "orbat.export.ftm",
    "graphml": "orbat.export.graph",
    "gexf": "orbat.export.graph",
    "markdown": "orbat.export.markdown",
}
# Formats whose writer needs bytes (networkx writes XML bytes).
BINARY = {"graphml", "gexf"}


def text_writer(out: IO[Any]) -> Callable[[str], Any]:
    """A function writing str to `out`, encoding to UTF-8 when `out` is a binary stream."""
    if _is_binary(out):
        return lambda text: out.write(text.encode("utf-8"))
    return out.write


def _is_binary(out: IO[Any]) -> bool:
    if isinstance(out, (io.RawIOBase, io.BufferedIOBase)):
        return True
    if isinstance(out, io.TextIOBase):
        return False
    return "b" in getattr(out, "mode", "")


def export(kb: "KnowledgeBase", format: str, out: IO[str] | IO[bytes], **options: Any) -> int:
    """Write the export to `out`; returns the number of rows (facts, deals, entities or nodes+edges)."""
    name = (format or "").lower()
    if name not in FORMATS:
        raise InvalidInput(f"unknown export format {format!r} (one of: {', '.join(FORMATS)})")
    module = importlib.import_module(FORMATS[name])
    options = {k: v for k, v in options.items() if v is not None}
    if name in BINARY:
        return module.write(kb, out, format=name, **options)
    return module.write(kb, out, **options)
