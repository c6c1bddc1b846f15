"""Apply sorted edits to a text through TextBuilder, and compose offset maps of two passes."""
from __future__ import annotations

from typing import Iterable

from orbat.offsets import OffsetMap, Piece, TextBuilder

Edit = tuple[int, int, str]  # replace text[r0:r1] by the string ("" deletes)


def resolve(edits: Iterable[Edit]) -> list[Edit]:
    """Sort edits and drop overlaps: a deletion swallows whatever it overlaps."""
    out: list[Edit] = []
    for r0, r1, text in sorted(edits, key=lambda e: (e[0], -(e[1] - e[0]))):
        if r1 < r0:
            continue
        if out and r0 < out[-1][1]:
            p0, p1, ptext = out[-1]
            if r1 <= p1:
                if ptext == "" or r0 == r1:
                    continue
                if text == "":  # a deletion inside a replacement: keep the replacement
                    continue
                continue
            # partial overlap: merge into one deletion when either deletes, else keep the first
            if ptext == "" or text == "":
                out[-1] = (p0, r1, "")
            continue
        if out and r0 == r1 == out[-1][1] and not text:
            continue
        out.append((r0, r1, text))
    return out


def apply(text: str, edits: Iterable[Edit]) -> tuple[str, OffsetMap]:
    """Clean text and its map back to `text`."""
    builder = TextBuilder()
    pos = 0
    for r0, r1, replacement in resolve(edits):
        builder.copy(text, pos, r0)
        builder.replace(replacement, r0, r1)
        pos = r1
    builder.copy(text, pos, len(text))
    return builder.build(len(text))


def compose(inner: OffsetMap, outer: OffsetMap) -> OffsetMap:
    """Map of a second pass: `outer` maps final → intermediate, `inner` intermediate → raw."""
    pieces: list[Piece] = []
    for p in outer.pieces:
        if p.copied:
            # Walk the inner pieces overlapping [p.r0, p.r1).
            index = inner._piece_at(p.r0)
            while index < len(inner.pieces):
                q = inner.pieces[index]
                if q.c0 >= p.r1:
                    break
                lo, hi = max(p.r0, q.c0), min(p.r1, q.c1)
                if hi > lo:
                    c0 = p.c0 + lo - p.r0
                    c1 = c0 + hi - lo
                    if q.copied:
                        pieces.append(Piece(c0, c1, q.r0 + lo - q.c0, q.r0 + hi - q.c0))
                    elif lo == q.c0 and hi == q.c1:
                        pieces.append(Piece(c0, c1, q.r0, q.r1))
                    else:  # part of a replacement: the whole replaced raw run stands for it
                        pieces.append(_inexact(c0, c1, q.r0, q.r1))
                index += 1
        else:
            r0, r1 = inner.to_raw(p.r0, p.r1)
            pieces.append(_inexact(p.c0, p.c1, r0, r1) if p.c1 - p.c0 != r1 - r0 else Piece(p.c0, p.c1, r0, r1))
    return OffsetMap(tuple(x for x in pieces if x.c1 > x.c0), inner.raw_length)


def _inexact(c0: int, c1: int, r0: int, r1: int) -> Piece:
    # Equal lengths would read as a char-by-char copy; that is still a faithful map here.
    return Piece(c0, c1, r0, r1)
