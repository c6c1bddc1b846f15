"""Entity mentions: typed, normalised spans linked to reference data.

`recognise(document, reference)` runs every recogniser on `document.clean_text` and returns
non-overlapping Mentions with raw offsets (`document.raw_span`), ordered by position. Normalisers
for other stages: `temporal.parse_temporal`, `money.parse_money`, `quantity.parse_quantity`;
sentence spans: `sentences.split_sentences`.
"""
from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Iterable

from orbat.records import Document, Mention

if TYPE_CHECKING:
    from orbat.mentions.recogniser import Candidate, Recogniser
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


def resolve_overlaps(cands: Iterable["Candidate"]) -> list["Candidate"]:
    """Keep a non-overlapping subset: tier first, then the longest span, then the highest priority."""
    ordered = sorted(cands, key=lambda c: (c.tier, -(c.end - c.begin), -c.priority, c.begin))
    taken: list[tuple[int, int]] = []
    kept: list[Candidate] = []
    import bisect

    for c in ordered:
        if c.end <= c.begin:
            continue
        i = bisect.bisect_left(taken, (c.begin, c.begin))
        clash = False
        if i > 0 and taken[i - 1][1] > c.begin:
            clash = True
        if i < len(taken) and taken[i][0] < c.end:
            clash = True
        if clash:
            continue
        taken.insert(i, (c.begin, c.end))
        kept.append(c)
    kept.sort(key=lambda c: c.begin)
    return kept


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
