"""Places by context: "Palmyra, Syria", "Idlib province", "the city of Raqqa", "northern Iraq", and later
mentions of a name once seen as a place (one sense per discourse)."""
from __future__ import annotations

import re

from orbat.mentions import patterns
from orbat.mentions.candidates import Candidate
from orbat.mentions.context import Context
from orbat.mentions.lexicon import STOP_CAPS

_ADMIN_HEAD = re.compile(r" (?:province|district|governorate|region|neighborhood|neighbourhood|suburbs|"
                         r"oblast|county|prefecture|municipality)\b")
_COMMA_PLACE = re.compile(r",\s((?:D\.C\.|[A-Z][\w’'-]*)(?:\s[A-Z][\w’'-]*)?)")
_PLACE_OF = re.compile(
    r"\b(?:(?:the|The)\s+)?(?:(?:[A-Z][a-z]+|northern|southern|eastern|western|northwest|northeast|southwest|"
    r"southeast|northwestern|northeastern|southwestern|southeastern|ancient|port|border|regional)\s+)?"
    r"(?:city|town|village|province|district|region|governorate|port city|border town|area)\s+of\s+"
    r"(?:the\s+)?[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)*")
_DIRECTION_PLACE = re.compile(
    r"\b(?:northern|southern|eastern|western|northwestern|northeastern|southwestern|southeastern|central)\s+"
    r"(?P<name>[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?)(?![\w’'-])")
_LIST_GOES_ON = re.compile(r",\s(?:[A-Z]|and\b)")  # "Syria, Iraq, and ...": a list, not a place
_PLACE_KEYS = patterns.triggers("city town village province district region governorate capital area")
_DIRECTION_KEYS = patterns.triggers("northern southern eastern western northwestern northeastern southwestern "
                                    "southeastern central")


def find(ctx: Context, cands: list[Candidate], regions: set[str]) -> list[Candidate]:
    """"Palmyra, Syria", "the city of Raqqa", "northern Iraq"; and later mentions of a place named once."""
    text = ctx.text
    out: list[Candidate] = []
    locs = [c for c in cands if c.type == "Location" or (c.source == "gazetteer:country")]
    by_begin = {c.begin: c for c in locs}
    for c in locs:
        # "X, Y" where Y is a country or a region: "Cibolo, Texas", "Istanbul, Turkey" (not a list of countries)
        if c.source in ("gazetteer:country",):
            continue
        m = _COMMA_PLACE.match(text, c.end)
        if m:
            tail = m.group(1)
            nxt = by_begin.get(c.end + m.start(1) - c.end)
            if (nxt is not None and nxt.source == "gazetteer:country") or tail in regions:
                end = m.end()
                if text[end:end + 1].isalpha() or _LIST_GOES_ON.match(text[end:end + 6]):
                    continue
                out.append(Candidate(c.begin, end, "Location", None, c.link, "place,region", 57, 1, 0.7))
    # "Mosul district", "Idlib province": a lower-case administrative head after a place name
    for c in list(cands) + out:
        if c.type == "Location" and text[c.begin:c.begin + 1].isupper():
            m = _ADMIN_HEAD.match(text, c.end)
            if m:
                out.append(Candidate(c.begin, m.end(), "Location", None, c.link, "place+head", 58, 1, 0.7))
    for m in patterns.windowed(_PLACE_OF, text, _PLACE_KEYS, back=40, low=ctx.low):
        out.append(Candidate(m.start(), m.end(), "Location", None, None, "place-of", 56, 1, 0.65))
    for m in patterns.windowed(_DIRECTION_PLACE, text, _DIRECTION_KEYS, back=1, low=ctx.low):
        if m.group("name").split()[0] in STOP_CAPS:
            continue
        out.append(Candidate(m.start(), m.end(), "Location", None, None, "direction+place", 56, 1, 0.65))
    # one sense per discourse: a name once seen as a place is a place elsewhere in the text
    names = {text[c.begin:c.end] for c in cands if c.type == "Location" and c.source.startswith("chunk")
             and text[c.begin:c.begin + 1].isupper()}
    names = {n for n in names if len(n) > 3 and n.split()[0] not in STOP_CAPS}
    for b, e in patterns.whole_names(text, names):
        out.append(Candidate(b, e, "Location", None, None, "place-memory", 24, 1, 0.5))
    return out
