"""Meetings that took place: talks, visits, receptions and phone calls between named people
("X held talks with Y", "X received his counterpart, Y", "X paid an official visit to Y",
"X visited Baku" -> the host state, "X spoke by phone with Y"). Planned, cancelled and refused
meetings are left out."""
from __future__ import annotations

from orbat.facts import rx as re
from typing import Any

from orbat.facts.common import MODAL, NEGATION, Sentence, Span
from orbat.records import Fact

KEYWORDS = ("talks", "met", "meet", "received", "visit", "phone", "spoke", "call", "conference", "hosted", "welcomed",
            "talked", "meeting")
EXTRACTOR = "orbat.facts.meeting"

_TRIGGER = re.compile(
    r"\b(?:held talks|holds talks|met with|met|meets with|received (?:his|her|their) (?:\w+ )?counterpart|"
    r"paid an? (?:official |working |state )?visit to|visited|spoke by (?:tele)?phone with|spoke with|"
    r"phone call with|telephone conversation with|held a (?:meeting|phone call|call) with|"
    r"(?:after|during|at) (?:a |the |his |her )?(?:meeting|talks) with|(?:joint )?press conference with|"
    r"during (?:his|her|their|a|an|the) (?:official |working |state )?visit to|hosted|welcomed|received|"
    r"talked (?:by phone )?with|had a (?:phone call|telephone conversation|meeting) with|"
    r"(?:held|hold|holding) (?:a\s+)?(?:talks|meeting|phone call|call)|(?:talks|meeting|phone call|call) between)\b")
_QUICK = re.compile(r"(?:talks|met|meet|received|visit|phone|spoke|call|conference)")
_PLANNED = re.compile(r"\b(?:will|to meet|plans?|planned|scheduled|expected|pulled out|cancel|refused|postponed|would|"
                      r"is due|are due|upcoming|next week)\b")


def extract_sentence(s: Sentence) -> list[Fact]:
    text = s.text
    if not s.has_any(KEYWORDS):
        return []
    m = _TRIGGER.search(text)
    if not m:
        return []
    if text.rstrip().endswith("?") or _PLANNED.search(text[max(0, m.start() - 40):m.start()]) or \
            NEGATION.search(text[max(0, m.start() - 25):m.start()]) or MODAL.search(text[max(0, m.start() - 12):m.start()]):
        return []
    from orbat.facts.office import persons

    paren = [(p.start(), p.end()) for p in re.finditer(r"\([^()]*\)", text)]
    people = [p for p in persons(s) if not any(b <= p.begin < e for b, e in paren)]
    people += _known_surnames(s, people)
    people += _bare_pair(s, m, people)
    people.sort(key=lambda p: p.begin)
    before = [p for p in people if p.end <= m.start()]
    after = [p for p in people if p.begin >= m.end()]
    noun_visit = m.group(0).startswith("during") and "visit" in m.group(0)
    if m.group(0).endswith("between") and _PLANNED.search(text[m.end():]):
        return []  # "talks between X and Y are planned for next week"
    if m.group(0).endswith("between") and not before and len(after) >= 2:
        before, after = [after[0]], after[1:]  # "talks between X and Y"
    if noun_visit and not before and after:
        before, after = [after[0]], []
    if not before and re.match(r"\s*(?:She|He)\b", text) and s.known_people:
        # "She made the announcement at a press conference with Y": the previous sentence's person.
        last = s.known_people[-1]
        before = [Span(0, 0, last, last, "person", "pronoun->previous-person")]
    if not before:
        return []
    if m.group(0) in ("hosted", "welcomed", "received"):
        # "X received Y": Y must follow at once (titles allowed), not "received a letter from Y".
        gap = text[m.end():after[0].begin] if after else ""
        if not after or len(gap) > 80 or re.search(r"\d|\b(?:letters?|messages?|calls?|awards?|medals?|reports?|deliver\w*|"
                                                    r"shipments?|weapons?|aid|support|cop(?:y|ies)|credentials|invitations?|"
                                                    r"orders?|news|complaints?|requests?|honou?rs?|degrees?|prizes?|from)\b", gap):
            return []
    participants: list[Span] = [before[-1]]
    for p in reversed(before[:-1]):
        gap = text[p.end:participants[0].begin]
        if re.search(r"\band\b", gap) and not re.search(r"[.;:]", gap) and len(gap) < 100:
            participants.insert(0, p)
            break
    participants += after[:3]
    place = None
    visit = re.search(r"visit to|visited", m.group(0))
    dest = None
    if visit or m.group(0).startswith("met"):
        rest = text[m.end():m.end() + 80]
        d = re.match(r"\s+(?:the\s+)?(?P<p>[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*){0,4})", rest) if visit else \
            re.search(r"\bin\s+(?P<p>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})", rest)
        if d:
            b = m.end() + d.start("p")
            dest = Span(b, b + len(d.group("p")), d.group("p"))
    if dest is None:
        where = re.search(r"\bin\s+(?P<p>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})", text[m.end():m.end() + 60])
        if where and (s.lex.place_country(where.group("p")) or any(
                x.text == where.group("p") for x in s.mention_spans("Location"))):
            b = m.end() + where.start("p")
            dest = Span(b, b + len(where.group("p")), where.group("p"))
    host = None
    if dest is not None:
        country = s.lex.country(dest.text)
        metonym = None
        if country is None and s.lex.reference is not None:
            try:
                found = s.lex.reference.country(dest.text, metonyms=True)
                metonym = found.name if found else None
            except Exception:  # noqa: BLE001
                metonym = None
        place = Span(dest.begin, dest.end, dest.text, country or dest.text)
        if not after and visit:
            host = country or metonym
    if len(participants) < 2 and host is None:
        return []
    from orbat.facts.office import _clean_name

    cleaned = []
    for p in participants:
        name = _clean_name(re.sub(r"^(?:H\.?E\.?|Dr\.?|Mr\.?|Mrs\.?|Ms\.?)\s+", "", str(p.value)))
        name = re.sub(r"^(?:(?:H\.?E\.?|Dr\.?)\s+)+", "", name)
        if name and name[0].isupper() and not s.lex.country(name):
            cleaned.append(Span(p.begin, p.end, p.text, name, p.kind, p.rule))
    participants = cleaned
    if len(participants) < 2 and not (participants and host):
        return []
    values: list[Any] = [p.value for p in participants]
    if host and host not in values:
        values.append(host)
    dates = s.dates()
    date = dates[0] if dates else None
    subject = None
    sm = re.search(r"\b(?:to discuss|discussed|discussing)\s+(?P<x>[^,.;“”\"]{8,100})", text[m.end():]) or \
        re.search(r"\b(?:on|about|regarding)\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                  r"January|February|March|April|May|June|July|August|September|October|November|December|\d))"
                  r"(?P<x>[^,.;“”\"]{8,100})", text[m.end():])
    if sm:
        subject = sm.group("x").strip()
    if "phone" in m.group(0) or "call" in m.group(0):
        subject = f"{subject} (phone call)" if subject else "phone call"
    roles = {"participants": values, "place": place.value if place else None, "date": date.value if date else None,
             "subject": subject}
    spans = {"participants": [p for p in participants if p.end > p.begin], "place": place, "date": date}
    why = {"_fact": f"meeting:trigger:{m.group(0)!r}", "participants": "persons-around-trigger"
           + ("+host-of-visited-place" if host else ""), "place": "visit-destination/in-X", "date": "date-in-sentence",
           "subject": "text-after-discussed/on"}
    fact = s.fact("meeting", roles, spans, why, extractor=EXTRACTOR, confidence=0.7 if len(participants) >= 2 else 0.55)
    return [fact] if fact else []


def _known_surnames(s: Sentence, people: list[Span]) -> list[Span]:
    """A bare surname of someone named in full earlier in the document ("Colonna" -> "Catherine Colonna")."""
    out: list[Span] = []
    if not s.known_people:
        return out
    by_surname = {name.split()[-1]: name for name in s.known_people if len(name.split()) >= 2}
    for m in re.finditer(r"\b[A-Z][^\W\d_A-Z]+(?:-[A-Z][^\W\d_A-Z]+)?\b", s.text):
        full = by_surname.get(m.group(0))
        if re.search(r"\b(?:advis[eo]rs?|aides?|officials|representatives|envoys?|allies|supporters|spokes\w+) (?:to|of|for) (?:\w+ )?$",
                     s.text[max(0, m.start() - 30):m.start()]):
            continue
        if full and not any(p.begin <= m.start() < p.end for p in people):
            out.append(Span(m.start(), m.end(), m.group(0), full, "person", "surname-of-known-person"))
    return out


def _bare_pair(s: Sentence, m: "re.Match[str]", people: list[Span]) -> list[Span]:
    """Untitled full names right around a meeting verb ("Ana Rojas met Luis Vega", "Ana Rojas held
    talks with Luis Vega"): both sides must look like personal names (two or three capitalised words,
    not a state, place, organisation or title)."""
    from orbat.facts.office import NAME_TOKEN, _person_ok

    if not re.fullmatch(r"met(?: with)?|held talks|holds talks|spoke (?:by (?:tele)?phone )?with|talked (?:by phone )?with|"
                        r"had a (?:phone call|telephone conversation|meeting) with", m.group(0)):
        return []
    name = rf"{NAME_TOKEN}(?:\s+{NAME_TOKEN}){{1,2}}"
    left = re.search(rf"(?:^|[^\w’'-])(?P<a>{name})\s*$", s.text[:m.start()])
    right = re.match(rf"\s+(?:with\s+)?(?P<b>{name})(?![\w’'-])", s.text[m.end():])
    if not left or not right:
        return []
    out: list[Span] = []
    spans = [(left.start("a"), left.end("a"), left.group("a")),
             (m.end() + right.start("b"), m.end() + right.end("b"), right.group("b"))]
    locs = {x.text for x in s.mention_spans("Location", "Organisation", "Organization")}
    for b, e, text in spans:
        if any(p.begin < e and b < p.end for p in people):
            continue
        if text in locs or s.lex.place_country(text) or not _person_ok(text, s) or s.lex.organisation(text):
            return []
        out.append(Span(b, e, text, text, "person", "bare-name-around-meeting-verb"))
    return out
