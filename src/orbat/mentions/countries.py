"""Countries and demonyms by their role: a country after a locative is a place (Location), acting it is an
Organisation; "Syrian" alone is a Nationality, "the Syrian people" and "the Syrians" an Organisation."""
from __future__ import annotations

import re

from orbat.mentions.candidates import Candidate, Entry
from orbat.mentions.context import Context

GROUP_NOUNS = re.compile(
    r"\s+((?:[a-z-]+\s+){0,2}?(?:people|population|officials|government|authorities|parties|citizens|"
    r"community|communities|companies|leaders|leadership|forces|troops|military|army|navy|soldiers|"
    r"service members?|partners|allies|opposition|regime|rebels|fighters|militants|police|delegation|"
    r"preservationists|experts|refugees|civilians|children|authorities|ministry|officers|personnel))\b")


def demonym(ctx: Context, begin: int, end: int, entry: Entry) -> Candidate | None:
    """"Syrian" alone is a Nationality; "the Syrian people" and "the Syrians" are an Organisation."""
    surface = ctx.text[begin:end]
    m = GROUP_NOUNS.match(ctx.text, end)
    if m:
        b = ctx.extend_left(begin, allow_caps=True)
        return Candidate(b, m.end(), "Organisation", None, entry.link, "demonym+group", 42, 1, 0.6)
    if surface.endswith("s") and surface[:-1] != "U.S" and not surface.endswith("ss"):
        b = ctx.extend_left(begin, allow_caps=False)
        return Candidate(b, end, "Organisation", None, entry.link, "demonym:people", 42, 1, 0.6)
    return Candidate(begin, end, "Nationality", entry.value, entry.link, "gazetteer:demonym", 45, 1, 0.7)


LOCATIVE_BEFORE = re.compile(
    r"(?:\b(?i:in|into|outside of|to|near|across|throughout|within|inside|outside|around|toward|towards|from|at|"
    r"via|over|through|visit|visited|visits|enter|entered|leave|left|return|returned|reach|reached|northern|"
    r"southern|eastern|western|north|south|east|west|northeastern|northwestern|southeastern|southwestern|"
    r"central|parts of|part of|on|about)\s+(?:the\s+)?"
    r"|\b(?:a|an)(?:\s[a-z-]+){0,3}\s+"
    r"|\b(?i:in|into|to|near|from|across|throughout|within|inside|outside|between)\s+(?:the\s+|both\s+)?"
    r"(?:(?:[A-Z][\w.’'-]*|and|or|the)[\s,]+)+"
    r")$")


_LINE_START_BEFORE = re.compile(r"(?:^|\n)\s*$")
_LINE_END_AFTER = re.compile(r"\s*(?:\n|\.|:|$)")


def country_role(ctx: Context, begin: int, end: int) -> str:
    """A country as a place (after a locative preposition) is a Location in re3d; acting, an Organisation."""
    before = ctx.text[max(0, begin - 60):begin]
    if LOCATIVE_BEFORE.search(before):
        return "Location"
    if _LINE_START_BEFORE.search(before) and _LINE_END_AFTER.match(ctx.text[end:end + 3]):
        return "Location"  # a heading of its own: "Syria\n"
    return "Organisation"
