"""Entity mentions: typed, normalised spans linked to reference data.

`recognise(document, reference)` runs every recogniser on `document.clean_text` and returns
non-overlapping Mentions with raw offsets (`document.raw_span`), ordered by position. Normalisers
for other stages: `temporal.parse_temporal`, `money.parse_money`, `quantity.parse_quantity`;
sentence spans: `sentences.split_sentences`.
"""
from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from orbat.mentions.overlaps import resolve_overlaps
from orbat.records import Document, Mention

if TYPE_CHECKING:
    from orbat.mentions.recogniser import Recogniser
    from orbat.refdata import Reference

__all__ = ["recognise", "recogniser_for", "resolve_overlaps"]

_CACHE: dict[int, tuple[object, "Recogniser"]] = {}
_LOCK = threading.Lock()


def recogniser_for(reference: "Reference | None") -> "Recogniser":
    """The recogniser built for this reference object (built once, then cached)."""
    from orbat.mentions.recogniser import Recogniser

    key = id(reference)
    with _LOCK:
        hit = _CACHE.get(key)
        if hit is not None and hit[0] is reference:
            return hit[1]
        built = Recogniser(reference)
        if len(_CACHE) > 8:
            _CACHE.clear()
        _CACHE[key] = (reference, built)
        return built


def recognise(document: Document, reference: "Reference | None") -> list[Mention]:
    """Typed, normalised, non-overlapping mentions of a document's clean text, with raw offsets."""
    text = document.clean_text or ""
    if not text:
        return []
    rec = recogniser_for(reference)
    raw = document.raw_text
    out: list[Mention] = []
    for c in resolve_overlaps(rec.find(text, document.published)):
        begin, end = document.raw_span(c.begin, c.end)
        out.append(Mention(begin=begin, end=end, type=c.type, text=raw[begin:end], value=c.value, link=c.link,
                           cbegin=c.begin, cend=c.end, source=c.source, confidence=c.confidence))
    return out
