"""Overlap resolution: the non-overlapping subset of all recognisers' candidates."""
from __future__ import annotations

import bisect
from typing import Iterable

from orbat.mentions.candidates import Candidate


def resolve_overlaps(cands: Iterable[Candidate]) -> list[Candidate]:
    """Keep a non-overlapping subset: tier first, then the longest span, then the highest priority."""
    # sorted() is stable: among equal keys the recognisers' order decides, so that order is part of the contract
    ordered = sorted(cands, key=lambda c: (c.tier, -(c.end - c.begin), -c.priority, c.begin))
    taken: list[tuple[int, int]] = []
    kept: list[Candidate] = []
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
