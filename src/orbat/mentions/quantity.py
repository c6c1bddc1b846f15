"""Quantities: counts and measures with qualifiers ("at least 59", "about 100", "Twenty-eight", "14-15",
"7.5 kilometers", "60-plus", "dozens").

parse_quantity returns {"value": number | None, "qualifier": str | None} plus, when the text gives them,
"max" (upper bound of a range), "unit" and "magnitude" (for vague counts such as "hundreds", whose value
is None). Qualifiers follow ../shared/gold/seeds/cleaning.md: "at least", "about" (around, some,
approximately, estimated, roughly, nearly), "more than" (over, in excess of), "up to" (as many as,
almost), "less than"; a range "14-15" gives value 14, max 15, qualifier "about 14-15".
"""
from __future__ import annotations

import re
from typing import Any

from orbat.mentions.numbers import DIGITS, MULTIPLIERS, OTHER, WORD_NUMBER, as_number, parse_number

QUALIFIERS = {
    "at least": "at least", "no fewer than": "at least", "no less than": "at least", "a minimum of": "at least",
    "about": "about", "around": "about", "some": "about", "approximately": "about", "approx.": "about",
    "roughly": "about", "estimated": "about", "an estimated": "about", "nearly": "about", "almost": "up to",
    "close to": "about", "circa": "about", "c.": "about", "~": "about",
    "more than": "more than", "over": "more than", "in excess of": "more than", "upwards of": "more than",
    "up to": "up to", "as many as": "up to", "as much as": "up to", "at most": "up to", "no more than": "up to",
    "less than": "less than", "fewer than": "less than", "under": "less than", "below": "less than",
}
QUALIFIER_RE = (r"(?:at least|no fewer than|no less than|a minimum of|about|around|some|approximately|"
                r"approx\.|roughly|an estimated|estimated|nearly|almost|close to|circa|more than|over|"
                r"in excess of|upwards of|up to|as many as|as much as|at most|no more than|less than|"
                r"fewer than|under|below)")
VAGUE = {"dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1000, "millions": 1_000_000,
         "billions": 1_000_000_000, "tens of thousands": 10_000, "hundreds of thousands": 100_000,
         "tens of millions": 10_000_000, "hundreds of millions": 100_000_000, "several": 3, "multiple": 2,
         "a few": 3, "few": 3, "many": 10, "numerous": 10}
_MULT = r"(?:hundred|thousand|million|billion|trillion|mln|mn|bn|k)"
_NUM = rf"(?:{DIGITS}|{WORD_NUMBER}|a dozen|half a dozen|a couple of|a pair of|a hundred|a thousand|dozen)"

# compiled once: parse_quantity runs for every number in a text
_QUAL_VAGUE = re.compile(rf"^(?:({QUALIFIER_RE})\s+)?(tens of thousands|hundreds of thousands|tens of millions|"
                         r"hundreds of millions|dozens|scores|hundreds|thousands|millions|billions|several|"
                         r"multiple|a few|few|many|numerous)\b(?:\s+of)?(?:\s+(.+))?$")
_PARSE_RE = re.compile(
    rf"^(?P<qual>{QUALIFIER_RE}\s+)?(?P<num>{_NUM})(?:[\s-]?(?P<mult>{_MULT})\b)?"
    rf"(?:\s*(?:-|–|to|or|and)\s*(?P<num2>{_NUM})(?:[\s-]?(?P<mult2>{_MULT})\b)?)?"
    rf"(?P<plus>\s*-?\+|-plus| plus| or more| and more| and over)?(?:\s+(?P<unit>.+?))?$", re.I)


def parse_quantity(text: str) -> dict[str, Any] | None:
    """{"value": 59, "qualifier": "at least"} for "at least 59"; None when the text holds no quantity."""
    s = " ".join(text.replace("\u00a0", " ").split()).strip(" .,;:")
    if not s:
        return None
    low = s.lower()
    for prefix in ("the ", "a total of ", "total of ", "a further ", "another "):
        if low.startswith(prefix) and not low.startswith("a dozen"):
            s, low = s[len(prefix):], low[len(prefix):]
    qual_vague = _QUAL_VAGUE.match(low)
    if qual_vague:
        out: dict[str, Any] = {"value": None, "qualifier": QUALIFIERS.get(qual_vague.group(1) or "", "about"),
                               "magnitude": VAGUE[qual_vague.group(2)]}
        if qual_vague.group(3):
            out["unit"] = qual_vague.group(3)
        return out
    m = _PARSE_RE.match(s)
    if not m:
        return None
    mult = m.group("mult")
    value = parse_number(m.group("num"), before_multiplier=bool(mult))
    if value is None:
        words = m.group("num").lower()
        value = OTHER.get(words)
        if value is None:
            return None
    if mult:
        value *= MULTIPLIERS[mult.lower()]
    qualifier = QUALIFIERS.get(" ".join((m.group("qual") or "").lower().split())) if m.group("qual") else None
    out = {"value": as_number(value), "qualifier": qualifier}
    if m.group("num2"):
        high = parse_number(m.group("num2"), before_multiplier=bool(m.group("mult2") or mult))
        if high is not None:
            if m.group("mult2"):
                high *= MULTIPLIERS[m.group("mult2").lower()]
            elif mult:
                high *= MULTIPLIERS[mult.lower()]
            if high > value:
                out["max"] = as_number(high)
                out["qualifier"] = f"{qualifier or 'about'} {m.group('num')}-{m.group('num2')}"
    if m.group("plus"):
        out["qualifier"] = qualifier or "at least"
    if m.group("unit"):
        out["unit"] = m.group("unit")
    return out
