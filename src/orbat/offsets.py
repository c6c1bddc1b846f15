"""Offset maps: take any span of a cleaned text back to the exact span of the raw text.

A clean text is built from the raw text by copying runs of it and by replacing runs with
other text (NBSP -> space, a deleted widget -> nothing). Each piece records which clean
range came from which raw range, so a clean span maps to the smallest raw span that
produced it.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Iterable


@dataclass(frozen=True)
class Piece:
    """Clean [c0, c1) came from raw [r0, r1).

    Pieces of equal length (copies, and same-length replacements such as NBSP -> space)
    map character by character; others map as a whole.
    """

    c0: int
    c1: int
    r0: int
    r1: int

    @property
    def copied(self) -> bool:
        return self.c1 - self.c0 == self.r1 - self.r0


@dataclass(frozen=True)
class OffsetMap:
    pieces: tuple[Piece, ...]
    raw_length: int
    _starts: tuple[int, ...] = field(default=(), repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_starts", tuple(p.c0 for p in self.pieces))

    @classmethod
    def identity(cls, length: int) -> "OffsetMap":
        return cls((Piece(0, length, 0, length),) if length else (), length)

    def _piece_at(self, pos: int) -> int:
        return max(0, bisect_right(self._starts, pos) - 1)

    def raw_offset(self, pos: int, *, end: bool = False) -> int:
        """Raw position of a clean position; `end=True` for exclusive span ends."""
        if not self.pieces:
            return 0
        if end:
            if pos <= 0:
                return self.pieces[0].r0
            p = self.pieces[self._piece_at(pos - 1)]
            if p.copied:
                return p.r0 + min(pos, p.c1) - p.c0
            return p.r1
        p = self.pieces[self._piece_at(pos)]
        if pos >= p.c1:
            return p.r1
        if p.copied:
            return p.r0 + pos - p.c0
        return p.r0

    def to_raw(self, begin: int, end: int) -> tuple[int, int]:
        """Raw span of the clean span [begin, end)."""
        if end <= begin:
            r = self.raw_offset(begin)
            return r, r
        return self.raw_offset(begin), self.raw_offset(end, end=True)

    def __reduce__(self) -> tuple:
        # Pickle as plain rows: documents cross process boundaries (ingest workers) by the thousand.
        return (OffsetMap.from_list, (self.to_list(), self.raw_length))

    def to_list(self) -> list[list[int]]:
        return [[p.c0, p.c1, p.r0, p.r1] for p in self.pieces]

    @classmethod
    def from_list(cls, rows: Iterable[Iterable[int]], raw_length: int) -> "OffsetMap":
        return cls(tuple(Piece(*map(int, r)) for r in rows), raw_length)


class TextBuilder:
    """Builds a clean text and its offset map in one pass over the raw text."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._pieces: list[Piece] = []
        self._length = 0

    def copy(self, raw: str, r0: int, r1: int) -> None:
        """Append raw[r0:r1] unchanged."""
        if r1 <= r0:
            return
        self._parts.append(raw[r0:r1])
        last = self._pieces[-1] if self._pieces else None
        if last and last.copied and last.r1 == r0 and last.c1 == self._length:
            self._pieces[-1] = Piece(last.c0, last.c1 + r1 - r0, last.r0, r1)
        else:
            self._pieces.append(Piece(self._length, self._length + r1 - r0, r0, r1))
        self._length += r1 - r0

    def replace(self, text: str, r0: int, r1: int) -> None:
        """Append `text` standing for raw[r0:r1] (text may be empty: a deletion)."""
        if text and len(text) == r1 - r0:
            self._parts.append(text)
            self._pieces.append(Piece(self._length, self._length + len(text), r0, r1))
            self._length += len(text)
            return
        if text or r1 > r0:
            self._parts.append(text)
            self._pieces.append(Piece(self._length, self._length + len(text), r0, r1))
            self._length += len(text)

    @property
    def length(self) -> int:
        return self._length

    def build(self, raw_length: int) -> tuple[str, OffsetMap]:
        pieces = tuple(p for p in self._pieces if p.c1 > p.c0)
        return "".join(self._parts), OffsetMap(pieces, raw_length)
