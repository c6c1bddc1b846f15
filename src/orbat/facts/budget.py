"""Budgets: "the military budget ... $X in YEAR", "expenditures of X for YEAR were set at $Y",
"X spent $Y on its military in YEAR", "the budget law set aside X for defence", "X's 2025 defence
budget of Y": one fact per amount with its year, the state, and who claims the figure (per clause)."""
from __future__ import annotations

from typing import Any

from orbat.facts import rx as re

from orbat.facts.common import Sentence, Span, attribution, find_money_wide, main_country
from orbat.records import Fact

EXTRACTOR = "orbat.facts.budget"

_DEF = r"(?:military|defen[cs]e|arms|armed forces)"
_TRIGGER = re.compile(r"\b" + _DEF + r"\s+(?:ministry(?:’s|'s)?\s+)?(?:budgets?|expenditures?|spending|outlays?|allocations?)\b"
                      r"|\b(?:budget|expenditures?|spending|allocations?) (?:on|for) (?:the )?(?:military|defen[cs]e|armed forces)\b", re.I)
# "spent $X on its military", "set aside €X for the Ministry of Defence", "allocated X to defence".
_SPEND = re.compile(
    r"\b(?:spent|spends|spend|allocated|allocates|allocating|earmarked|earmarks|set aside|sets aside|setting aside|"
    r"budgeted|budgets|approved|approves|devoted|devotes|committed)\b(?:[^.;:]|\.(?=\d)){0,90}?\b(?:on|for|to)\s+(?:its\s+|the\s+|their\s+|national\s+)?"
    r"(?:military|defen[cs]e|armed forces|army|(?:[Mm]inistry|[Dd]epartment) of [Dd]efen[cs]e|[Dd]efen[cs]e [Mm]inistry)\b")
# "the budget law set aside €X" in a paragraph about defence spending.
_BUDGET_ALLOC = re.compile(r"\bbudget\b(?:[^.;]|\.(?=\d)){0,40}?\b(?:set aside|sets aside|allocated|allocates|earmarked|earmarks|provides? for)\b", re.I)
_AGGREGATE = re.compile(r"\b(?:global|world(?:wide)?|world’s|world's|total|combined|collective|European|Europe’s|Europe's|NATO|"
                        r"allies’|allies'|allied|members’|members'|regional|Asia’s|Asia's|Africa’s|Africa's)\s+(?:[\w’'-]+\s+){0,2}$", re.I)
_MULTI_YEAR = re.compile(r"\s+(?:over|across|during)\s+(?:the\s+)?(?:next\s+|coming\s+|following\s+|past\s+|last\s+)?"
                         r"(?:\w+\s+)?(?:years|decades?)\b|\s+(?:by|through|until|to)\s+20\d\d\b", re.I)
_NOT_BUDGET_AFTER = re.compile(r"\s+(?:in\s+)?(?:(?:military|security|defen[cs]e)\s+)?(?:aid|assistance|package|loans?|grants?|contracts?|deals?)\b", re.I)
_NOT_BUDGET_BEFORE = re.compile(r"\b(?:package|contract|deal|loan|grant|aid)\s+(?:worth|of|valued at)\s+(?:about\s+|some\s+|around\s+)?$", re.I)
_CLAUSE = re.compile(r",?\s*\b(?:however|but|whereas|while)\b|;")
_YEAR = re.compile(r"\b(?:[Ii]n|[Ff]or|of|[Dd]uring|FY)\s+(?:the\s+(?:fiscal\s+|financial\s+)?year\s+)?((?:1[89]|20)\d\d)(?!-\d)\b")
# "FY2023-24", "fiscal year 2023/24", "2023-24 budget": a fiscal year span.
_FISCAL = re.compile(r"\b(?:FY\s?|(?:fiscal|financial)\s+(?:year\s+)?)?((?:19|20)\d\d)\s?[-–/]\s?((?:19|20)?\d\d)\b(?![-–/]\d)"
                     r"|\b(?:FY\s?|fiscal\s+year\s+|fiscal\s+)((?:19|20)\d\d)\b")
_YEAR_BEFORE = re.compile(r"\b((?:1[89]|20)\d\d)\s+(?:" + _DEF + r"\s+)?(?:budget|spending|expenditures?)\b", re.I)
_RELATIVE_YEAR = re.compile(r"\b(?:for|in|of)\s+(this|next|last|the coming|the current)\s+(?:fiscal\s+|financial\s+)?year\b|\b(this|next|last) year[’']s\b", re.I)
_BARE_RELATIVE_YEAR = re.compile(r"\b(this|next|last)\s+(?:fiscal\s+|financial\s+)?year\b(?![’'])()", re.I)
_SAME_YEAR = re.compile(r"\b(?:for|in)\s+the\s+(?:same\s+)?year\b", re.I)
# A second amount right after the first is its conversion: "AMD 668 billion, about $1.7 billion".
_CONVERSION_GAP = re.compile(r"\s*(?:\(|,|—|–|-)?\s*(?:or\s+|about\s+|around\s+|roughly\s+|approximately\s+|some\s+|nearly\s+|"
                             r"equivalent to\s+|the equivalent of\s+|worth\s+|i\.e\.\s+)*$", re.I)
_DELTA_BEFORE = re.compile(r"\b(?:increase|increased|rise|rose|jump|jumped|cut|cuts|reduction|boost|hike|growth|grew|"
                           r"up|down|more|less|additional|extra|another)\s+(?:of\s+|by\s+)?$", re.I)
_DELTA_AFTER = re.compile(r"\s+(?:more|less|higher|lower|increase|rise|cut|extra|additional)\b", re.I)
_PER_YEAR = re.compile(r"\s*(?:per|a|each)\s+(?:year|annum)", re.I)
# Who gives the figure, beyond "according to X": "IISS puts ...", "SIPRI counts ...", "the National
# Assembly on Wednesday approved ...", "figures published by X", "Serbian media reported".
_WHO = (r"(?P<who>(?:[A-Z][\w’'.&-]*|[A-Z]\.(?:[A-Z]\.)+)(?:\s+(?:of|for|the|and)?\s*[A-Z][\w’'.&-]*)*)"
        r"(?:\s+\((?P<acr>[A-Z][A-Za-z]{1,8})\))?")
_SAYS = re.compile(_WHO + r"(?:\s+(?:on\s+[A-Z][a-z]+day|yesterday|today|last\s+week|this\s+week|also|has|have|had|"
                   r"in\s+its\s+[\w ]{3,30}?))*\s+(?:puts?|gives?|gave|counts?|counted|estimates?|estimated|says|said|"
                   r"reports?|reported|approved|approves|adopted|adopts|passed|shows?|showed|published|lists?|listed|"
                   r"calculates?|calculated|unveiled|announced|proposed)\b")
_PUBLISHED_BY = re.compile(r"\b(?:figures|data|estimates|numbers)\s+(?:\w+\s+){0,6}?(?:by|from)\s+(?:the\s+)?" + _WHO)
# "the defence ministry said", "parliament approved": a state organ written in lower case.
_ORGAN_SAYS = re.compile(r"\b(?:the\s+)?(?P<who>(?:defen[cs]e|finance|economy)\s+ministry|ministry\s+of\s+(?:defen[cs]e|finance)|cabinet|"
                         r"parliament|government|national assembly|congress|senate|treasury|lower house|legislature|ministry|lawmakers|legislators)"
                         r"(?:\s+(?:on\s+[A-Z][a-z]+day|yesterday|today|last\s+week|this\s+week|also|has|have|had))*\s+"
                         r"(?:said|says|approved|approves|adopted|passed|announced|proposed|unveiled|allocated|earmarked|set aside)\b", re.I)
_MEDIA = re.compile(r"\b(?P<who>[A-Z][a-z]+\s+(?:media|press))(?:\s+(?:sources|reports))?\b")
_NOT_SOURCE = {"It", "He", "She", "They", "This", "That", "There", "In", "On", "At", "For", "The", "We", "I", "But",
               "However", "While", "And", "Its", "His", "Her", "Their"}


def extract_sentence(s: Sentence) -> list[Fact]:
    if not s.has_any(("budget", "expenditure", "spending", "outlay", "spent", "spend", "allocat", "earmark",
                      "set aside", "sets aside")):
        return []
    m = _TRIGGER.search(s.text) or _SPEND.search(s.text)
    if not m:
        b = _BUDGET_ALLOC.search(s.text)
        if b and _TRIGGER.search(s.context_before[-600:]):
            m = b
    if not m:
        return []
    if _AGGREGATE.search(s.text[max(0, m.start() - 40):m.start()]):
        return []  # "global military spending", "NATO members' defence spending": no one state's budget
    countries = list(s.countries())
    owner = next((c for c in countries if re.match(r"\s+(?:for|in|was|were|is|spent|spends|has|had)\b", s.text[c.end:c.end + 8]) or
                  re.search(r"\bof\s+$", s.text[max(0, c.begin - 4):c.begin]) or s.text[c.end:c.end + 2] in ("’s", "'s")), None)
    if owner is None and countries and countries[0].begin < m.start():
        owner = countries[0]  # the state named before the budget
    country_value = owner.value if owner else main_country(s)
    if country_value is None and countries and len({c.value for c in countries}) == 1:
        owner = countries[0]  # the only state named
        country_value = owner.value
    if country_value is None:
        return []
    money = find_money_wide(s.text, s.lex.country_code(country_value))
    if not money:
        return []
    # Clauses: each keeps its own attribution.
    bounds = [0] + [c.start() for c in _CLAUSE.finditer(s.text)] + [len(s.text)]
    sentence_years = [_Year(y.start(1), y.end(1), y.group(1)) for y in _YEAR.finditer(s.text)]
    sentence_years += [_Year(y.start(1), y.end(1), y.group(1)) for y in _YEAR_BEFORE.finditer(s.text)]
    fiscal = [_fiscal(f) for f in _FISCAL.finditer(s.text)]
    sentence_years = sorted(fiscal + [y for y in sentence_years if not any(f.begin <= y.begin < f.end for f in fiscal)],
                            key=lambda y: y.begin)
    out: list[Fact] = []
    previous: Span | None = None
    for amount in money:
        prev, previous = previous, amount
        if _PER_YEAR.match(s.text, amount.end):
            continue
        if (prev is not None and _is_conversion(s.text, prev, amount)) or _AT_RATE.match(s.text, amount.end):
            continue  # "AMD 668 billion, about $1.7 billion": the same sum converted
        if _DELTA_BEFORE.search(s.text[max(0, amount.begin - 20):amount.begin]) or _DELTA_AFTER.match(s.text, amount.end):
            continue  # a change ("an increase of $X", "$X more than"), not a budget
        if re.search(r"\bper cent|%|\bof (?:the )?GDP\b", s.text[amount.end:amount.end + 12]):
            continue
        if _MULTI_YEAR.match(s.text, amount.end) or _NOT_BUDGET_AFTER.match(s.text, amount.end) or \
                _NOT_BUDGET_BEFORE.search(s.text[max(0, amount.begin - 40):amount.begin]):
            continue  # a multi-year plan, an aid package or a contract, not a year's budget
        cb = max(b for b in bounds if b <= amount.begin)
        ce = min(b for b in bounds if b > amount.begin)
        clause = s.text[cb:ce]
        year = _year_for(s, amount, cb, ce, sentence_years)
        if year is None:
            continue
        att = _attribution(s, clause, cb)
        qual = amount.rule if amount.rule in ("about", "at least", "more than", "up to") else None
        if qual is None and re.search(r"\b(?:around|about|some|approximately|roughly|nearly|an estimated)\s+$",
                                      s.text[max(0, amount.begin - 16):amount.begin]):
            qual = "about"
        roles = {"country": country_value, "year": year.text, "amount": amount.value,
                 "according_to": att.value if att else None, "qualifier": qual}
        spans = {"country": owner, "year": Span(year.begin, year.end, year.text) if year.begin >= 0 else None,
                 "amount": amount, "according_to": att}
        why = {"_fact": f"budget:trigger:{m.group(0)[:40]!r}", "country": "state-of-budget" if owner else "document-main-state",
               "year": year.rule, "amount": "money", "according_to": att.rule if att else "",
               "qualifier": "qualifier-before-amount"}
        fact = s.fact("budget", roles, spans, why, extractor=EXTRACTOR, confidence=0.8 if owner else 0.6)
        if fact:
            out.append(fact)
    return out


def _is_conversion(text: str, prev: Span, amount: Span) -> bool:
    gap = text[prev.end:amount.begin]
    if _CONVERSION_GAP.fullmatch(gap):
        return True
    if _AT_RATE.match(text, amount.end):
        return True
    other = isinstance(prev.value, dict) and isinstance(amount.value, dict) and prev.value.get("currency") != amount.value.get("currency")
    return bool(other and len(gap) < 40 and _CONVERSION_END.search(gap))


_AT_RATE = re.compile(r"\s*(?:at\s+(?:the\s+)?(?:current|today[’']s|present|the)\s+(?:exchange\s+)?rates?|\)\s*,?\s*(?:at|according)\b)", re.I)
_CONVERSION_END = re.compile(r"(?:\(|,\s*(?:or\s+)?(?:about|around|roughly|approximately|some|nearly|equivalent to|the equivalent of)?)\s*$", re.I)


def _fiscal(f: Any) -> "_Year":
    if f.group(3):
        return _Year(f.start(3), f.end(3), f.group(3), "fiscal-year")
    first, second = f.group(1), f.group(2)
    if len(second) == 2:
        second = first[:2] + second
    if int(second) != int(first) + 1:
        return _Year(f.start(1), f.end(1), first, "year")
    return _Year(f.start(1), f.end(2), f"{first}/{second}", "fiscal-year-span")


def _year_for(s: Sentence, amount: Span, cb: int, ce: int, sentence_years: list["_Year"]) -> "_Year | None":
    after = next((y for y in sentence_years if amount.end <= y.begin <= min(ce, amount.end + 25)), None)
    # A bare "this year" right after the amount is its own, unless a written year comes first
    # ("$1.2 billion this year, up from $1.1 billion in 2023").
    bare = next((b for b in _BARE_RELATIVE_YEAR.finditer(s.text, amount.end) if b.start() <= amount.end + 25), None)
    if bare is not None and (after is None or bare.start() < after.begin):
        relative = _relative_year(s, bare.group(1))
        if relative is not None:
            return relative
    if after is not None:
        return after
    inside = [y for y in sentence_years if cb <= y.begin < ce]
    if inside:
        before = [y for y in inside if y.begin < amount.begin]
        return before[-1] if before else inside[0]
    if sentence_years:
        return sentence_years[0]
    rel = _RELATIVE_YEAR.search(s.text)
    relative = _relative_year(s, rel.group(1) or rel.group(2)) if rel else None
    if relative is not None:
        return relative
    if _SAME_YEAR.search(s.text):
        prior = s.prior.get("budget")
        if prior is not None and prior.roles.get("year"):
            return _Year(-1, -1, str(prior.roles["year"]), "year-of-previous-budget")
    return None


def _relative_year(s: Sentence, word: str) -> "_Year | None":
    """"this" / "next" / "last" (or "the coming") year, from the publication date."""
    if not s.published or not re.match(r"\d{4}", s.published):
        return None
    shift = {"next": 1, "the coming": 1, "last": -1}.get(word.lower(), 0)
    return _Year(-1, -1, str(int(s.published[:4]) + shift), "relative-year")


def _attribution(s: Sentence, clause: str, cb: int) -> Span | None:
    att = attribution(clause)
    if att is not None and not s.lex.country(att.value):
        return Span(att.begin + cb, att.end + cb, att.text, att.value, att.kind, att.rule)
    for pattern, rule in ((_PUBLISHED_BY, "figures-by"), (_SAYS, "source-verb"), (_MEDIA, "media"), (_ORGAN_SAYS, "organ-verb")):
        for m in pattern.finditer(clause):
            value = _source_value(s, m)
            if value:
                g = "acr" if (m.groupdict().get("acr") and value == m.group("acr")) else "who"
                b = cb + m.start(g) + m.group(g).find(value) if value in m.group(g) else cb + m.start(g)
                return Span(b, b + len(value), value, value, "source", f"attribution:{rule}")
    return None


def _source_value(s: Sentence, m: Any) -> str | None:
    if m.groupdict().get("acr"):
        return str(m.group("acr"))
    value = re.sub(r"^(?:the|The)\s+", "", m.group("who")).strip()
    # "Armenia’s National Assembly" -> "National Assembly"
    poss = re.match(r"([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)(?:’s|'s)\s+(?=[A-Z])", value)
    if poss and s.lex.country(poss.group(1)):
        value = value[poss.end():]
    value = re.sub(r"\s+(?:on|and|the|of|for)$", "", value)
    if not value or value.split()[0] in _NOT_SOURCE or re.search(r"(?:’s|'s)$", value):
        return None
    if s.lex.country(value) and not re.search(r"\s(?:media|press)$", value):
        return None
    if re.fullmatch(r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)", value):
        return None
    return value


class _Year:
    def __init__(self, begin: int, end: int, text: str, rule: str = "year-near-amount") -> None:
        self.begin, self.end, self.text, self.rule = begin, end, text, rule
