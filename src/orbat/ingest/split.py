"""Split multi-article files: saved-page exports (a repeated header line pair opens every page)
and blog index pages (teaser paragraphs ending in "Continue Reading", "Read more", ...).

Spans are raw offsets into the decoded file; the article keys are `<file name>#n`.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from orbat.records import Document

# A teaser tail, possibly glued to the last word ("toContinue Reading") and followed by an arrow.
TEASER_TAIL = re.compile(
    r"(?:Continue [Rr]eading|Read [Mm]ore|Read the (?:full|rest of the) (?:story|article|post)|Keep [Rr]eading)"
    r"\s*(?:[.…»›→>]+|&raquo;)?\s*$")
_LINE = re.compile(r"[^\n]*(?:\n|$)")
_HEADER_LINE_MAX = 40


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end-without-newline) of every line."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for match in _LINE.finditer(text):
        if match.start() == len(text) and pos == len(text) and spans:
            break
        line = match.group()
        spans.append((match.start(), match.start() + len(line.rstrip("\n"))))
        pos = match.end()
        if match.end() >= len(text):
            break
    return spans


def _rstrip_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def find_export_headers(text: str) -> list[tuple[int, int]]:
    """(start, end) of each repeated header line pair opening a saved-pages export, or []."""
    lines = _lines(text)
    pairs: Counter[tuple[str, str]] = Counter()
    for (a0, a1), (b0, b1) in zip(lines, lines[1:]):
        first, second = text[a0:a1].strip(), text[b0:b1].strip()
        if first and second and len(first) <= _HEADER_LINE_MAX and len(second) <= _HEADER_LINE_MAX \
                and not first.endswith((".", ":", ",")) and not second.endswith((".", ",")):
            pairs[(first, second)] += 1
    if not pairs:
        return []
    # The header opens the file (only blank lines before it) and repeats.
    opening = None
    for (a0, a1), (b0, b1) in zip(lines, lines[1:]):
        if text[a0:a1].strip():
            opening = (text[a0:a1].strip(), text[b0:b1].strip())
            break
    if opening is None or pairs[opening] < 2:
        return []
    found = []
    for (a0, a1), (b0, b1) in zip(lines, lines[1:]):
        if (text[a0:a1].strip(), text[b0:b1].strip()) == opening:
            end = b1 + 1 if b1 < len(text) else b1
            found.append((a0, end))
    return found


def teaser_paragraphs(text: str) -> list[tuple[int, int]] | None:
    """Paragraph spans of a blog index page when most paragraphs end in a teaser tail, else None."""
    paragraphs: list[tuple[int, int]] = []
    start = None
    for a, b in _lines(text):
        if text[a:b].strip():
            if start is None:
                start = a
            last = b
        elif start is not None:
            paragraphs.append((start, _rstrip_end(text, start, last)))
            start = None
    if start is not None:
        paragraphs.append((start, _rstrip_end(text, start, last)))
    if len(paragraphs) < 2:
        return None
    tails = sum(1 for a, b in paragraphs if TEASER_TAIL.search(text, a, b))
    if tails >= 2 and tails * 2 > len(paragraphs):
        return paragraphs
    return None


def split(doc: Document) -> list[Document]:
    """The articles of a document (the document itself when it holds one)."""
    text = doc.raw_text
    headers = find_export_headers(text)
    if len(headers) >= 2:
        out = []
        for n, (h0, h1) in enumerate(headers, 1):
            end = headers[n][0] if n < len(headers) else len(text)
            end = _rstrip_end(text, h0, end)
            out.append(_part(doc, n, h0, end, {"split": "export", "header_end": h1 - h0}))
        return out
    paragraphs = teaser_paragraphs(text)
    if paragraphs:
        return [_part(doc, n, a, b, {"split": "teasers"}) for n, (a, b) in enumerate(paragraphs, 1)]
    return [doc]


def _part(doc: Document, n: int, start: int, end: int, meta: dict) -> Document:
    return replace(doc, key=f"{doc.key}#{n}", ordinal=n, raw_start=doc.raw_start + start,
                   raw_text=doc.raw_text[start:end], meta={**doc.meta, **meta})
