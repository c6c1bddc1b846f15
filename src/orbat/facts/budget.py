"""Budgets: "the military budget ... $X in YEAR", "expenditures of X for YEAR were set at $Y", one
fact per amount with its year, the state, and who claims the figure (per clause)."""
from __future__ import annotations

from orbat.facts import rx as re

from orbat.facts.common import Sentence, Span, attribution, find_countries, find_money, main_country
from orbat.records import Fact

EXTRACTOR = "orbat.facts.budget"

_TRIGGER = re.compile(r"\b(?:military|defen[cs]e|arms|armed forces)\s+(?:budget|expenditures?|spending|outlays?)\b"
                      r"|\b(?:budget|expenditures?|spending) (?:on|for) (?:the )?(?:military|defen[cs]e|armed forces)\b", re.I)
_CLAUSE = re.compile(r",?\s*\b(?:however|but|whereas|while)\b|;")
_YEAR = re.compile(r"\b(?:in|for|of|during|FY)\s+(?:the\s+(?:fiscal\s+)?year\s+)?((?:1[89]|20)\d\d)\b")


def extract_sentence(s: Sentence) -> list[Fact]:
    if not s.has_any(("budget", "expenditure", "spending", "outlay")):
        return []
    m = _TRIGGER.search(s.text)
    if not m:
        return []
    money = find_money(s.text)
    if not money:
        return []
    countries = list(s.countries())
    owner = next((c for c in countries if re.match(r"\s+(?:for|in|was|were|is)\b", s.text[c.end:c.end + 6]) or
                  re.search(r"\bof\s+$", s.text[max(0, c.begin - 4):c.begin]) or s.text[c.end:c.end + 2] in ("’s", "'s")), None)
    if owner is None and countries and countries[0].begin < m.start():
        owner = countries[0]
    country_value = owner.value if owner else main_country(s)
    if country_value is None:
        return []
    # Clauses: each keeps its own attribution.
    bounds = [0] + [c.start() for c in _CLAUSE.finditer(s.text)] + [len(s.text)]
    sentence_years = [y for y in _YEAR.finditer(s.text)]
    out: list[Fact] = []
    for amount in money:
        if re.match(r"\s*(?:per|a|each)\s+(?:year|annum)", s.text[amount.end:amount.end + 12]):
            continue
        cb = max(b for b in bounds if b <= amount.begin)
        ce = min(b for b in bounds if b > amount.begin)
        clause = s.text[cb:ce]
        after = _YEAR.search(s.text, amount.end, min(ce, amount.end + 25))
        inside = list(_YEAR.finditer(clause))
        year: _Year | None = None
        if after is not None:
            year = _Year(after.start(1), after.end(1), after.group(1))
        elif inside:
            year = _Year(cb + inside[0].start(1), cb + inside[0].end(1), inside[0].group(1))
        elif sentence_years:
            year = _Year(sentence_years[0].start(1), sentence_years[0].end(1), sentence_years[0].group(1))
        if year is None:
            continue
        att = attribution(clause)
        if att is not None:
            att = Span(att.begin + cb, att.end + cb, att.text, att.value, att.kind, att.rule)
        qual = None
        if re.search(r"\b(?:around|about|some|approximately|roughly|nearly)\s+$", s.text[max(0, amount.begin - 14):amount.begin]):
            qual = "about"
        roles = {"country": country_value, "year": year.text, "amount": amount.value,
                 "according_to": att.value if att else None, "qualifier": qual}
        spans = {"country": owner, "year": Span(year.begin, year.end, year.text), "amount": amount, "according_to": att}
        why = {"_fact": f"budget:trigger:{m.group(0)!r}", "country": "state-of-budget" if owner else "document-main-state",
               "year": "year-near-amount", "amount": "money", "according_to": att.rule if att else "",
               "qualifier": "qualifier-before-amount"}
        fact = s.fact("budget", roles, spans, why, extractor=EXTRACTOR, confidence=0.8 if owner else 0.6)
        if fact:
            out.append(fact)
    return out


class _Year:
    def __init__(self, begin: int, end: int, text: str) -> None:
        self.begin, self.end, self.text = begin, end, text
