"""Strengths: how many people a force has ("X number 56,840 men", "some 8,000 men serve in X",
"the 2,500 men of X", "X, 12,000 strong", "N personnel in A, B and C"), with who claims it."""
from __future__ import annotations

from orbat.facts import rx as re
from typing import Any

from orbat.facts.common import (Sentence, Span, attribution, attribution_wide, canonical_force, find_dates, main_country,
                                resolve_date, source_name, state_branch)
from orbat.records import Fact

KEYWORDS = (" men", "personnel", "sailors", "airmen", "army of", "military of", "force of", "forces of", "troops", "soldiers", "servicemen", "service members", "peacekeepers", " strong",
            "reservists", "-strong", "strength of", "active-duty", "active duty", "fighters", "fought", "served", "a total of")
EXTRACTOR = "orbat.facts.strength"

PEOPLE = r"(?:men|women|personnel|troops|soldiers|servicemen|service members|staff|peacekeepers|strong|active[- ]duty|reservists|officers|fighters|sailors|airmen)"
_DIGIT = re.compile(r"\d")
_QUICK = re.compile(r"\b" + PEOPLE + r"\b")
FORCE = r"(?P<force>(?:the\s+)?(?:[A-Z][\w’'-]*\s+|[a-z]+\s+){0,4}?(?:[Ff]orces?|[Aa]rmy|[Nn]avy|[Mm]ilitary|[Gg]uard|[Tt]roops|[Ss]ervice|[Cc]orps|[Mm]arines|[Pp]olice|[Mm]ilitia|[Gg]endarmerie)(?:\s+and\s+(?:the\s+)?[a-z]+(?:\s+[a-z]+)?\s+[Ff]orce)?(?:\s+of\s+[A-Z][\w-]*)?)"
NUM = r"(?P<n>\d[\d,]*)"
_QUAL = r"(?:some\s+|about\s+|around\s+|approximately\s+|roughly\s+|an estimated\s+|more than\s+|over\s+|nearly\s+|almost\s+|at least\s+)?"
_ADJ = r"(?:(?:active|active-duty|regular|professional|full-time|uniformed|serving)\s+)?"
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
    ("FORCE-which-has-N", re.compile(FORCE + r",?\s+(?:which|that)\s+(?:now\s+|currently\s+)?(?:has|have|numbers|comprises|totals)\s+" + _QUAL + r"(?P<n>\d[\d,.]*(?:\s+(?:thousand|million))?)\s+" + _ADJ + PEOPLE)),
    ("FORCE-with-N", re.compile(FORCE + r",\s+with\s+" + _QUAL + r"(?P<n>\d[\d,.]*(?:\s+(?:thousand|million))?)\s+" + _ADJ + PEOPLE + r",")),
    ("STATE-has-N-troops", re.compile(r"(?P<force>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\s+(?:now\s+|currently\s+|still\s+)?(?:has|had|maintains|fields)\s+(?:an?\s+(?:army|military|force)\s+of\s+)?" + _QUAL
                                   + r"(?P<n>\d[\d,.]*(?:\s+(?:thousand|million))?)\s+(?:(?:active|active-duty|regular|professional|full-time|uniformed|serving)\s+)(?:military\s+)?(?:troops|personnel|soldiers|servicemen|service members)\b")),
    ("STATE-has-an-army-of-N", re.compile(r"(?P<force>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)(?:’s|'s)?\s+(?:now\s+|currently\s+|still\s+|also\s+)?(?:has|had|maintains|maintained|fields|keeps|boasts)\s+an?\s+"
                                      r"(?:standing\s+|active\s+|regular\s+|professional\s+)?(?P<b>army|military|armed forces|navy|air force)\s+of\s+" + _QUAL
                                      + r"(?P<n>(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\d,]*\d)(?:\s+(?:thousand|million))?)(?:\s+(?:active|active-duty|regular|professional|uniformed|serving))?(?:\s+(?:troops|personnel|soldiers|servicemen|service members|men|sailors|airmen)\b|\s*[,;)]|\.(?:\s|$))")),
    ("N-strong-FORCE", re.compile(r"(?P<n>\d[\d,]*)-strong\s+" + FORCE)),
    ("FORCE-N-strong", re.compile(FORCE + r",\s+(?P<n>\d[\d,]*)\s+strong")),
    ("FORCE-is-N-strong", re.compile(FORCE + r"\s+(?:is|are|was|were|stands at)\s+" + _QUAL + r"(?P<n>\d[\d,]*)\s+strong\b")),
    ("FORCE-strength-of-N", re.compile(FORCE + r"\s+(?:ha(?:s|ve|d)\s+)?(?:an?\s+)?(?:total\s+|overall\s+|authori[sz]ed\s+)?strength\s+of\s+"
                                       + _QUAL + r"(?P<n>\d[\d,]*)(?!\s*(?:tanks|aircraft|vehicles|ships|guns|%|per ?cent))\b")),
    ("N-people-of-FORCE", re.compile(r"(?:The\s+|the\s+)(?P<n>\d[\d,]*)\s+" + PEOPLE + r"\s+of\s+" + FORCE)),
    ("attributes-N-personnel", re.compile(r"(?P<n>\d[\d,]*)\s+(?:personnel|troops)\b")),
]


_NEEDS: dict[str, tuple[str, ...]] = {
    "FORCE-which-has-N": (" which ", " that "),
    "FORCE-with-N": (", with ",),
    "STATE-has-N-troops": ("active", "regular", "professional", "full-time", "uniformed", "serving"),
    "N-strong-FORCE": ("-strong",),
    "STATE-has-an-army-of-N": ("army of", "military of", "forces of", "navy of", "force of"),
    "FORCE-N-strong": (" strong",),
    "FORCE-is-N-strong": (" strong",),
    "FORCE-strength-of-N": ("strength of",),
    "there-are-N-personnel": ("there ",),
    "unit-total-of-N": ("a total of",),
}


def extract_sentence(s: Sentence) -> list[Fact]:
    if not s.has_any(KEYWORDS) or not _DIGIT.search(s.text):
        return []
    out: list[Fact] = []
    taken: list[tuple[int, int]] = []
    for rule, pattern in RULES:
        need = _NEEDS.get(rule)
        if need is not None and not any(w in s.low for w in need):
            continue  # a cheap test before an expensive pattern
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
                if rule == "STATE-has-N-troops":
                    state = s.lex.country(raw)
                    if not state:
                        continue
                    raw = state_branch(s.lex, state, "armed forces") or state
                if rule == "STATE-has-an-army-of-N":
                    state = s.lex.country(raw)
                    if not state:
                        continue
                    raw = state_branch(s.lex, state, m.group("b")) or state
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
                at = m.group("force").find(raw)
                if at < 0:  # a name built from the words ("Serbia’s armed forces" -> "Serbian Armed Forces")
                    written = re.sub(r"^(?:the|The)\s+", "", m.group("force")).strip()
                    fb = m.end("force") - len(written)
                    force_span = Span(fb, m.end("force"), written)
                else:
                    fb = m.start("force") + at
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
    if out:
        out += _contrast_figures(s, out[-1], taken)
    elif s.has_any(("strength of",)):
        out += _strength_of(s, taken)
    return out


_CONTRAST = re.compile(
    r"(?:,\s*|\s+)(?:but|while|whereas|although)\s+(?:the\s+)?(?P<src>[A-Z][\w’'.&-]*(?:\s+_?[A-Z][\w’'.&-]*_?){0,5}?)"
    r"(?:\s+(?P<y>(?:19|20)\d\d))?\s+(?:estimates|estimated|counts|counted|gives|gave|lists|listed|says|said|reports|reported|puts it at)\s+"
    r"(?:about\s+|around\s+|some\s+|roughly\s+)?(?P<n>\d[\d,]*)\b")
_CITED = re.compile(
    r"\b(?:than|from|of|with|to)\s+the\s+(?P<n>\d[\d,]*)\s+(?:cited|given|reported|claimed|quoted|announced)\s+by\s+(?:the\s+)?"
    r"(?P<src>[A-Z][\w’'-]*(?:\s+(?:of\s+the\s+|of\s+)?[A-Z][\w’'-]*)*)(?:\s+in\s+(?P<d>[A-Z][a-z]+(?:\s+\d{4})?|\d{4}))?")
_STRENGTH_OF = re.compile(r"\b(?:gives|puts|estimates|reports|has|had|with)\s+(?:a|the|its|an)\s+(?:total\s+)?(?:strength|force)\s+(?:of|at)\s+"
                          + _QUAL + r"(?P<n>\d[\d,]*)\s+" + _ADJ + PEOPLE)


def _contrast_figures(s: Sentence, first: Fact, taken: list[tuple[int, int]]) -> list[Fact]:
    """A second figure for the same force in a contrast or comparison: "..., but the IISS estimates
    25,500", "fewer than the 28,000 cited by the Chief of the General Staff in December"."""
    out: list[Fact] = []
    for pattern, rule in ((_CONTRAST, "contrast-figure"), (_CITED, "cited-figure")):
        for m in pattern.finditer(s.text):
            nb, ne = m.span("n")
            if any(b <= nb < e for b, e in taken):
                continue
            count = next((c for c in s.counts() if c.begin <= nb < c.end), None)
            if count is None or not isinstance(count.value, int) or count.value < 100:
                continue
            src = re.sub(r"_", "", m.group("src")).strip()
            src_span = source_name(s.text, Span(m.start("src"), m.start("src") + len(src), src, src, "source", f"strength:{rule}"))
            value = src_span.value if src_span else src
            if s.lex.country(str(value)) or str(value).split()[0] in ("It", "He", "She", "They", "This", "That"):
                continue
            taken.append((nb, ne))
            as_of = None
            if m.groupdict().get("y"):
                as_of = Span(m.start("y"), m.end("y"), m.group("y"), m.group("y"))
            elif m.groupdict().get("d"):
                iso = resolve_date(m.group("d"), s.published)
                if iso:
                    as_of = Span(m.start("d"), m.end("d"), m.group("d"), iso)
            roles = {"force": first.roles.get("force"), "personnel": count.value, "qualifier": count.rule or None,
                     "according_to": value, "as_of": as_of.value if as_of else None}
            spans = {"personnel": count, "qualifier": count, "according_to": src_span, "as_of": as_of}
            why = {"_fact": f"strength:{rule}", "force": "force-of-the-first-figure", "personnel": "count",
                   "qualifier": "count-qualifier", "according_to": f"strength:{rule}", "as_of": "date-of-source"}
            # Its own quote (the clause of the second figure): the same sentence gives the first one.
            fact = s.fact("strength", roles, spans, why, extractor=EXTRACTOR, confidence=0.6,
                          quote=(m.start(), len(s.text)))
            if fact:
                out.append(fact)
    return out


def _strength_of(s: Sentence, taken: list[tuple[int, int]]) -> list[Fact]:
    """ "The Ministry of Defence gives a strength of about 28,000 active personnel": the document's
    state's armed forces."""
    out: list[Fact] = []
    for m in _STRENGTH_OF.finditer(s.text):
        count = next((c for c in s.counts() if c.begin <= m.start("n") < c.end), None)
        state = main_country(s)
        if count is None or not isinstance(count.value, int) or state is None:
            continue
        force = state_branch(s.lex, state, "armed forces")
        subj = re.match(r"\s*(?:The\s+|the\s+)?(?P<a>[A-Z][\w’'.&-]*(?:\s+(?:of|for|the|and)?\s*[A-Z][\w’'.&-]*)*)\s*$", s.text[:m.start()])
        att = Span(subj.start("a"), subj.end("a"), subj.group("a"), subj.group("a"), "source", "subject") if subj else None
        if att is not None and (s.lex.country(att.value) or att.value.split()[0] in ("It", "He", "She", "They", "This")):
            att = None
        roles = {"force": force, "personnel": count.value, "qualifier": count.rule or None,
                 "according_to": att.value if att else None}
        spans = {"personnel": count, "qualifier": count, "according_to": att}
        why = {"_fact": "strength:strength-of-N", "force": "document-state-armed-forces", "personnel": "count",
               "qualifier": "count-qualifier", "according_to": att.rule if att else ""}
        fact = s.fact("strength", roles, spans, why, extractor=EXTRACTOR, confidence=0.55)
        if fact:
            taken.append(m.span("n"))
            out.append(fact)
            out += _contrast_figures(s, fact, taken)
    return out
