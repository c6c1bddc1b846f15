"""A fast sentence splitter for English news and reports (regex; abbreviation-aware).

split_sentences(text) -> [(begin, end)] spans covering the non-blank sentences, end exclusive, with
surrounding whitespace trimmed. A sentence ends at ". ! ?" (optionally followed by closing quotes or
brackets) before whitespace and an upper-case letter, digit or opening quote, unless the word before
the period is a known abbreviation (Gen., Lt., U.S., Dec., No.) or a single initial; blank lines and
line breaks before a bullet always end one.
"""
from __future__ import annotations

import re

ABBREVIATIONS = frozenset("""
mr mrs ms dr prof sr jr st mt ft gen lt col maj capt cpt cmdr cdr adm sgt spc pvt cpl brig rear vice
gov sen rep pres amb hon rev fr no nos vol pp p para art sec fig ed eds est approx inc ltd co corp bros dept
univ assn ave blvd rd jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri
sat sun vs etc al cf e.g i.e u.s u.k u.n u.s.a e.u d.c a.m p.m ph.d op cmdt lieut sgt.maj pfc cwo wo pty
""".split())
# Abbreviations that are also common sentence-final words are only abbreviations before a capital/number.
_BOUNDARY = re.compile(r"""[.!?]+['"”’)\]]*(?=\s+['"“‘(\[]?[A-Z0-9])|\n\s*\n|\n(?=\s*[•\-*–]\s)""")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")


def _is_abbreviation(text: str, dot: int) -> bool:
    """Is the period at `dot` part of an abbreviation or an initial?"""
    start = dot
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "."):
        start -= 1
    word = text[start:dot].lower()
    if not word:
        return False
    if len(word) == 1 and word.isalpha():  # an initial: "J. Smith", "U. S."
        return text[start].isupper()
    return word in ABBREVIATIONS or word.strip(".") in ABBREVIATIONS


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of `text` (begin, end), trimmed of whitespace."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        end = m.end()
        if text[m.start()] == "." and m.end() - m.start() >= 1 and text[m.start():m.end()].startswith(".") \
                and not text[m.start():m.end()].startswith("..") and _is_abbreviation(text, m.start()):
            # "U.S. forces" / "Gen. Votel": not a boundary, unless a newline follows
            nxt = text[m.end():m.end() + 2]
            if "\n" not in nxt:
                continue
        _add(text, start, end, spans)
        start = end
    _add(text, start, len(text), spans)
    return spans


def _add(text: str, begin: int, end: int, spans: list[tuple[int, int]]) -> None:
    while begin < end and text[begin].isspace():
        begin += 1
    while end > begin and text[end - 1].isspace():
        end -= 1
    if end > begin:
        spans.append((begin, end))
