"""Casualties of a force over a period: "at least 59 Azeri servicemen were killed in 2017",
"the deaths of 76 soldiers ... for 2011, and the injury of 91 others", "62 non-combat deaths and 71
cases of injury in 2010". Counts keep their qualifiers; the cause is combat/non-combat when stated."""
from __future__ import annotations

from orbat.facts import rx as re
from typing import Any

from orbat.facts.common import MONTH, Sentence, Span, attribution, find_countries, main_country, resolve_date, state_branch
from orbat.records import Fact

KEYWORDS = ("killed", "died", "death", "dead", "wounded", "injured", "injur", "lost", "losing", "loses")
EXTRACTOR = "orbat.facts.casualties"

VICTIMS = r"(?:servicemen|service members|soldiers|troops|personnel|conscripts|officers|sailors|airmen|marines|military personnel|fighters|generals)"
_QUICK = re.compile(r"\b(?:killed|died|deaths?|dead|wounded|injured|injur(?:y|ies))\b")
KILLED = [
    ("N-victims-killed", re.compile(r"(?P<n>\S+(?:\s+\S+)?)\s+(?:(?P<adj>[A-Z][a-z]+)\s+)?" + VICTIMS + r"\s+(?:were|have been|had been|was)\s+(?:killed|executed)\b")),
    ("N-victims-died", re.compile(r"(?P<n>\S+)\s+(?:(?P<adj>[A-Z][a-z]+)\s+)?" + VICTIMS + r"\s+(?:have\s+)?died\b")),
    ("deaths-of-N", re.compile(r"\bdeaths of (?P<n>\S+)\s+" + VICTIMS)),
    ("N-victims-lost-lives", re.compile(r"(?P<n>\S+(?:\s+\S+)?)\s+(?:(?P<adj>[A-Z][a-z]+)\s+)?" + VICTIMS + r"\s+(?:have\s+|had\s+)?(?:lost their lives|been killed)\b")),
    ("lost-N-victims", re.compile(r"\b(?:lost|loses|losing)\s+(?P<n>(?:at least |more than |about |some |nearly |almost |over )?\S+)\s+(?:(?P<adj>[A-Z][a-z]+)\s+)?" + VICTIMS + r"\b")),
    ("N-deaths", re.compile(r"(?P<n>\S+)\s+(?P<cause>non-combat|combat)?\s*deaths\b")),
]
INJURED = re.compile(r"\binjury of (?P<n>\S+)|(?P<m>\S+)\s+(?:others\s+)?(?:cases of injury|injuries|were (?:injured|wounded)|(?:injured|wounded)\b)")
_YEAR = re.compile(r"\b(?:in|for|during)\s+(?:the\s+year\s+)?(?P<y>(?:1[89]|20)\d\d)\b(?![-–/]\d)")
_MONTH_PERIOD = re.compile(r"\b(?:in|during|throughout|for)\s+(?:the\s+month\s+of\s+)?(?P<p>" + MONTH + r"(?:,?\s+(?:1[89]|20)\d\d)?)\b|\b(?P<p2>last month|this month)\b")
_REL_YEAR = re.compile(r"\b(?P<y>(?:(?:in|during|over)\s+)?(?:the\s+)?(?:past|last|this)\s+year|so far this year|since the (?:start|beginning) of (?:the|this) year)\b", re.I)
_LEAD_YEAR = re.compile(r"^\s*(?:In|During|Throughout|For)\s+(?P<y>(?:1[89]|20)\d\d)\s*,")
_DAY_DATE = re.compile(r"\b(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today|overnight|"
                       r"on\s+\d{1,2}\s+[A-Z][a-z]+|on\s+[A-Z][a-z]+\.?\s+\d{1,2}\b)")


def _month_iso(text: str, published: str | None) -> str | None:
    low = text.lower()
    if low in ("last month", "this month"):
        if not published or not re.match(r"\d{4}-\d{2}", published):
            return None
        y, mo = int(published[:4]), int(published[5:7])
        if low == "last month":
            y, mo = (y - 1, 12) if mo == 1 else (y, mo - 1)
        return f"{y}-{mo:02d}"
    iso = resolve_date(text, published)
    return iso if iso and re.fullmatch(r"\d{4}-\d{2}", iso) else None


def _period_elsewhere(s: Sentence) -> Span | None:
    """The year of a toll given away from the count: "In 2023, ...", "this year", "last year"."""
    lead = _LEAD_YEAR.match(s.text)
    if lead:
        return Span(lead.start("y"), lead.end("y"), lead.group("y"), lead.group("y"))
    rel = _REL_YEAR.search(s.text)
    if rel and s.published and re.match(r"\d{4}", s.published):
        low = rel.group("y").lower()
        year = int(s.published[:4]) - (1 if re.search(r"\b(?:past|last)\b", low) else 0)
        if "past year" in low:
            return None  # the twelve months before publication: no calendar year
        return Span(rel.start("y"), rel.end("y"), rel.group("y"), str(year))
    return None


_SINCE = re.compile(r"\bsince\s+(?:(?:the\s+)?(?:start|beginning|outbreak|onset)\s+of\s+(?:the\s+|its\s+|their\s+)?"
                    r"(?:[\w-]+\s+){0,3}?(?:war|conflict|invasion|fighting|offensive|insurgency|operation)"
                    r"|the\s+(?:[\w-]+\s+){0,2}?(?:war|conflict|invasion|fighting|offensive|insurgency)\s+(?:began|started|broke out)"
                    r"|(?P<y>(?:1[89]|20)\d\d)\b(?![-–/]\d))")


def _since(s: Sentence, pos: int) -> Span | None:
    """A toll counted from an event or year on ("since the start of the war", "since 2021"): the
    period from that year to the publication year, or none where the start is an event."""
    m = _SINCE.search(s.text, pos, min(len(s.text), pos + 90))
    if m is None or re.search(r"[.;]", s.text[pos:m.start()]):
        return None
    if m.group("y"):
        if not s.published or not re.match(r"\d{4}", s.published) or int(s.published[:4]) <= int(m.group("y")):
            return None
        return Span(m.start("y"), m.end("y"), m.group("y"), f"{m.group('y')}/{s.published[:4]}")
    return Span(m.start(), m.end(), m.group(0), None)


def _count(s: Sentence, begin: int, end: int) -> Span | None:
    for c in s.counts():
        if begin <= c.begin < end and isinstance(c.value, int):
            return c
    return None


def extract_sentence(s: Sentence) -> list[Fact]:
    if not s.has_any(KEYWORDS):
        return []
    out: list[Fact] = []
    text = s.text
    # Each clause ("..., and ...", "In comparison, there were ...") may carry its own period.
    seen: set[int] = set()
    for rule, pattern in KILLED:
        for m in pattern.finditer(text):
            count = _count(s, m.start("n"), m.end("n"))
            if count is None or count.begin in seen:
                continue
            seen.add(count.begin)
            ym = _YEAR.search(text, m.end(), min(len(text), m.end() + 90))
            year: Span | None = None
            mm = _MONTH_PERIOD.search(text, m.end(), min(len(text), m.end() + 90))
            if mm is not None and (ym is None or mm.start() <= ym.start()) and not re.search(r"[.;]", text[m.end():mm.end()]):
                g = "p" if mm.group("p") else "p2"
                iso = _month_iso(mm.group(g), s.published)
                if iso:
                    year = Span(mm.start(g), mm.end(g), mm.group(g), iso)
            if year is None and ym is not None and not re.search(r"[.;]", text[m.end():ym.end()]):
                year = Span(ym.start("y"), ym.end("y"), ym.group("y"), ym.group("y"))
            if year is None:
                year = _period_elsewhere(s)
            if year is None:
                year = _since(s, m.end())
            if year is None:
                continue
            if rule == "lost-N-victims" and _DAY_DATE.search(text):
                continue  # one attack's toll: an incident
            cause = None
            window = text[max(0, m.start() - 10):max(m.end(), year.end) + 40]
            if re.search(r"\bnon-combat\b", window):
                cause = "non-combat"
            elif re.search(r"\bin combat\b|\bin action\b|\bcombat\b", window):
                cause = "combat"
            inj = INJURED.search(text, m.end(), min(len(text), max(m.end(), year.end) + 60))
            injured = None
            if inj:
                g = "n" if inj.group("n") else "m"
                injured = _count(s, inj.start(g), inj.end(g))
            adj = m.groupdict().get("adj")
            force_value: Any = None
            force_span = None
            if adj:
                c = s.lex.country(adj)
                if c:
                    force_value = state_branch(s.lex, c, "armed forces") or c
                    force_span = Span(m.start("adj"), m.end("adj"), adj)
            if force_value is None:
                cs = list(s.countries())
                force_value = cs[0].value if cs else main_country(s)
                if force_value is not None:
                    force_value = state_branch(s.lex, str(force_value), "armed forces") or force_value
                force_span = cs[0] if cs else None
            if force_value is None:
                continue
            att = attribution(text)
            roles = {"force": force_value, "period": year.value, "killed": count.value,
                     "injured": injured.value if injured else None, "cause": cause,
                     "qualifier": count.rule or None}
            spans = {"force": force_span, "period": year if year.begin >= 0 else None,
                     "killed": count, "injured": injured, "qualifier": count}
            why = {"_fact": f"casualties:{rule}", "force": "demonym/state-in-sentence", "period": "year-after-count",
                   "killed": "count", "injured": "injury-count", "cause": "combat-words", "qualifier": "count-qualifier"}
            fact = s.fact("casualties", roles, spans, why, extractor=EXTRACTOR, confidence=0.7,
                          attributed=att.value if att else None)
            if fact:
                out.append(fact)
    out += _subset(s, seen)
    return out


_SUBSET = re.compile(r"(?P<n>(?:at least |more than |about |some |up to )?\S+) of (?:these|them|those|whom)\s+(?:were|was|had been|have been)\s+"
                     r"(?:killed|died)(?P<rest>[^.;]{0,40})")


def _subset(s: Sentence, seen: set[int]) -> list[Fact]:
    """ "at least 19 of these were killed in combat": part of the figure of an earlier sentence."""
    prior = s.prior.get("casualties")
    if prior is None:
        return []
    out = []
    for m in _SUBSET.finditer(s.text):
        count = next((c for c in s.counts() if m.start("n") <= c.begin < m.end("n")), None)
        if count is None or count.begin in seen or not isinstance(count.value, int):
            continue
        rest = m.group("rest")
        cause = "non-combat" if "non-combat" in rest else ("combat" if re.search(r"\b(?:in combat|in action|combat)\b", rest) else None)
        roles = {"force": prior.roles.get("force"), "period": prior.roles.get("period"), "killed": count.value,
                 "qualifier": count.rule or None, "cause": cause}
        spans = {"killed": count, "qualifier": count}
        why = {"_fact": "casualties:subset-of-previous", "force": "from-previous-casualties", "period": "from-previous-casualties",
               "killed": "count", "qualifier": "count-qualifier", "cause": "combat-words"}
        fact = s.fact("casualties", roles, spans, why, extractor=EXTRACTOR, confidence=0.6)
        if fact:
            out.append(fact)
    return out
