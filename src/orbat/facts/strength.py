"""Strengths: how many people a force has ("X number 56,840 men", "some 8,000 men serve in X",
"the 2,500 men of X", "X, 12,000 strong", "N personnel in A, B and C"), with who claims it."""
from __future__ import annotations

from orbat.facts import rx as re
from typing import Any

from orbat.facts.common import (Sentence, Span, attribution, attribution_wide, canonical_force, find_dates, main_country,
                                state_branch)
from orbat.records import Fact

KEYWORDS = (" men", "personnel", "troops", "soldiers", "servicemen", "service members", "peacekeepers", " strong",
            "reservists", "-strong", "active-duty", "active duty", "fighters", "fought", "served", "a total of")
EXTRACTOR = "orbat.facts.strength"

PEOPLE = r"(?:men|women|personnel|troops|soldiers|servicemen|service members|staff|peacekeepers|strong|active[- ]duty|reservists|officers|fighters)"
_DIGIT = re.compile(r"\d")
_QUICK = re.compile(r"\b" + PEOPLE + r"\b")
FORCE = r"(?P<force>(?:the\s+)?(?:[A-Z][\w’'-]*\s+|[a-z]+\s+){0,4}?(?:[Ff]orces?|[Aa]rmy|[Nn]avy|[Mm]ilitary|[Gg]uard|[Tt]roops|[Ss]ervice|[Cc]orps|[Mm]arines|[Pp]olice|[Mm]ilitia|[Gg]endarmerie)(?:\s+and\s+(?:the\s+)?[a-z]+(?:\s+[a-z]+)?\s+[Ff]orce)?(?:\s+of\s+[A-Z][\w-]*)?)"
NUM = r"(?P<n>\d[\d,]*)"
RULES: list[tuple[str, re.Pattern[str]]] = [
    ("N-personnel-in-list", re.compile(r"(?P<n>\d[\d,]*)\s+" + PEOPLE + r"\s+in\s+the\s+(?P<list>[A-Z][\w ,]+?(?:,?\s+and\s+[A-Z][\w ]+))[.;]")),
    ("there-are-N-personnel", re.compile(r"\b[Tt]here (?:are|were|is) (?:also )?(?:some |about |around |an estimated )?" + NUM +
                                         r"\s+(?P<force>(?:[a-z]+\s+){0,2}(?:personnel|troops|soldiers|reservists|servicemen|veterans|peacekeepers))\b")),
    ("N-deployed", re.compile(NUM + r"\s+(?P<force>peacekeepers|troops|soldiers|servicemen|personnel)\s+(?:were|are|have been|had been)\s+"
                               r"(?:deployed|stationed|serving|based)\b")),
    ("unit-total-of-N", re.compile(r"(?P<force>(?:[A-Z][\w’'-]*\s+)?(?:[a-z]+\s+){0,2}(?:unit|contingent|battalion|brigade|mission|detachment))"
                                   r"\b[^.;]{0,120}?\ba total of " + NUM + r"\s+(?:troops|personnel|men|soldiers|servicemen|peacekeepers)\b")),
    ("N-nationals-fought", re.compile(NUM + r"\s+(?P<force>[A-Z][a-z]+s)\s+(?:fought|served)\s+(?:in|with|within the ranks of)\b")),
    ("N-people-in-FORCE", re.compile(r"(?P<n>\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+" + PEOPLE + r"\s+(?:in|of|serve in|serving in|with)\s+" + FORCE)),
    ("FORCE-number-N", re.compile(FORCE + r",?\s+(?:(?:now|currently|still|also)\s+)?(?:number(?:s|ed)?|ha(?:s|ve|d)|comprises?|totals?|totalled|consists? of|fields?|maintains?|employs?|counts?)\s+"
                                  r"(?:some\s+|about\s+|around\s+|approximately\s+|roughly\s+|an estimated\s+|more than\s+|over\s+|nearly\s+|almost\s+|at least\s+|fewer than\s+|less than\s+)?(?P<n>\d[\d,.]*(?:\s+(?:thousand|million))?)\s+(?:(?:active|active-duty|regular|professional|full-time|uniformed|serving)\s+)?(?:strong|" + PEOPLE + r")")),
    ("N-strong-FORCE", re.compile(r"(?P<n>\d[\d,]*)-strong\s+" + FORCE)),
    ("FORCE-N-strong", re.compile(FORCE + r",\s+(?P<n>\d[\d,]*)\s+strong")),
    ("N-people-of-FORCE", re.compile(r"(?:The\s+|the\s+)(?P<n>\d[\d,]*)\s+" + PEOPLE + r"\s+of\s+" + FORCE)),
    ("attributes-N-personnel", re.compile(r"(?P<n>\d[\d,]*)\s+(?:personnel|troops)\b")),
]


def extract_sentence(s: Sentence) -> list[Fact]:
    if not s.has_any(KEYWORDS) or not _DIGIT.search(s.text):
        return []
    out: list[Fact] = []
    taken: list[tuple[int, int]] = []
    for rule, pattern in RULES:
        for m in pattern.finditer(s.text):
            nb, ne = m.span("n")
            if any(b <= nb < e for b, e in taken):
                continue
            count = next((c for c in s.counts() if c.begin <= nb < c.end), None)
            if count is None or not isinstance(count.value, int) or count.value < 2:
                continue
            if rule == "N-personnel-in-list":
                forces = [f.strip() for f in re.split(r",\s*(?:and\s+)?|\s+and\s+", m.group("list")) if f.strip()]
                force_span = Span(m.start("list"), m.end("list"), m.group("list"))
                force_value: Any = forces if len(forces) > 1 else forces[0]
            elif rule == "attributes-N-personnel":
                att = attribution(s.text)
                if att is None or not re.search(r"\b(?:attributes?|estimates?|lists?)\b", s.text):
                    continue
                force_value = None
                context = s.doc.clean_text[max(0, s.begin - 1500):s.begin + len(s.text)].lower()
                found = [(context.rfind(word), name) for word, name in
                         (("navy", "Navy"), ("naval", "Navy"), ("air force", "Air Force"), ("army", "Army"),
                          ("land forces", "Land Forces"), ("ships", "Navy"))]
                found = [f for f in found if f[0] >= 0]
                if found:
                    force_value = canonical_force(s, max(found)[1])
                if force_value is None:
                    continue
                force_span = None
            else:
                raw = re.sub(r"^(?:the|The)\s+", "", m.group("force")).strip()
                if rule == "there-are-N-personnel" and " " not in raw.strip():
                    continue  # "there are 500 personnel": whose is not said
                if rule == "unit-total-of-N":
                    raw = re.sub(r"^(?:[A-Z][\w’'-]*\s+)", "", raw)  # the demonym: "Azeri peacekeeping unit"
                if rule == "N-nationals-fought" and not s.lex.country(raw):
                    continue
                raw = re.sub(r"^(?:[a-z]+\s+)+(?=[A-Z])", "", raw)
                raw = re.sub(r"^(?:the|The)\s+", "", raw)
                raw = re.sub(r"^(?:total|entire|whole)\s+", "", raw)
                poss = re.match(r"([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)(?:’s|'s)?\s+(?=[a-z])", raw)
                if poss and s.lex.country(poss.group(1)):
                    # "Serbia’s armed forces", "Kenyan military" -> "Serbian Armed Forces"
                    named = state_branch(s.lex, s.lex.country(poss.group(1)), raw[poss.end():])
                    if named:
                        raw = named
                if re.fullmatch(r"(?:armed forces|forces|troops|army|military)", raw, re.I):
                    full = canonical_force(s, raw)
                    if full == raw and rule == "FORCE-number-N":
                        full = state_branch(s.lex, main_country(s), raw) or raw
                    if full == raw:
                        continue
                    raw = full
                # "air force and air defence force" -> "Air and Air Defence Force"
                raw = re.sub(r"^(\w+) [Ff]orce and (?:the )?(.+ [Ff]orce)$", r"\1 and \2", raw)
                force_value = " ".join(w if w[0].isupper() else w.capitalize() for w in raw.split()) if raw.islower() else raw
                force_value = canonical_force(s, force_value)
                fb = m.start("force") + m.group("force").find(raw)
                force_span = Span(fb, fb + len(raw), raw)
            taken.append((nb, ne))
            att = attribution_wide(s.text)
            dates = [d for d in find_dates(s.text, s.published) if re.match(r"(?:As of|as of|in)\s", s.text[max(0, d.begin - 6):d.begin]) or d.begin < 12]
            roles = {"force": force_value, "personnel": count.value, "qualifier": count.rule or None,
                     "according_to": att.value if att else None, "as_of": dates[0].value if dates else None}
            spans = {"force": force_span, "personnel": count, "qualifier": count, "according_to": att,
                     "as_of": dates[0] if dates else None}
            why = {"_fact": f"strength:{rule}", "force": f"strength:{rule}:force", "personnel": "count",
                   "qualifier": "count-qualifier", "according_to": att.rule if att else "", "as_of": "date-in-sentence"}
            fact = s.fact("strength", roles, spans, why, extractor=EXTRACTOR, confidence=0.75)
            if fact:
                out.append(fact)
    return out
