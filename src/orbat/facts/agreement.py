"""Agreements: signed, concluded or reached agreements, protocols, memoranda, contracts and deals,
ratified or acceded treaties, with their parties (states and companies), subject, value, date and
place. "Agreed to sign", plans, conditionals and denials are not agreements."""
from __future__ import annotations

from orbat.facts import rx as re
from typing import Any

from orbat.facts.common import CAP_RUN, MODAL, NEGATION, Sentence, Span, find_countries, org_value
from orbat.facts.common import find_money_wide as find_money
from orbat.records import Fact

KEYWORDS = ("greement", "rotocol", "emorand", "mou", "ontract", "deal", "reaty", "ccord", "etter of intent", "framework")
EXTRACTOR = "orbat.facts.agreement"

DOC = (r"(?:[Aa]greements?|[Pp]rotocols?(?: of [Ii]ntent)?|[Mm]emorand(?:um|a)(?: of [Uu]nderstanding)?|MoUs?|MOUs?|[Cc]ontracts?|"
       r"[Dd]eals?|[Tt]reaty|[Tt]reaties|[Aa]ccords?|[Ll]etters? of [Ii]ntent|framework(?: agreement)?)")
RULES: list[tuple[str, re.Pattern[str]]] = [
    ("signed-DOC", re.compile(r"\b(?:signed|concluded|inked|struck|sealed|clinched|finali[sz]ed|agreed(?=\s+(?:on\s+)?(?:a|an)\s))\s+(?:on\s+)?(?:a|an|the|its|their)?\s*(?:[\w-]+\s+){0,4}?" + DOC + r"\b")),
    ("DOC-was-signed", re.compile(r"\b" + DOC + r"\b(?:\s+\w+){0,8}?\s+(?:was|were|has been|had been|have been)\s+(?:signed|concluded|reached)\b")),
    ("DOC-reached", re.compile(r"\b(?:[Aa]greement|[Aa]ccord|[Dd]eal) (?:has|had|was)? ?(?:also )?(?:been )?reached\b")),
    ("DOC-signed-in", re.compile(r"\b" + DOC + r"\b,?\s+(?:(?:was|were|has been|had been|being)\s+)?signed\s+(?:in|on|last|earlier|this|with|between|by)\b")),
    ("reached-DOC", re.compile(r"\breached (?:a|an|the) (?:[\w-]+ ){0,3}?(?:agreement|deal|accord)\b")),
    ("announced-DOC", re.compile(r"\bannounc(?:ed|ing|e)\s+(?:on \w+\s+)?(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?" + DOC + r"\b")),
    ("ratified-treaty", re.compile(r"\b(?:ratified|acceded to|approved|joined)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,6}?(?:[a-z]+\s+){0,2}(?:Treaty|Convention|[Aa]greement)\b")),
    ("has-an-agreement", re.compile(r"\b(?:[Tt]here is|has|have)\s+(?:also\s+)?an?\s+" + DOC + r"\s+(?:on|with|to)\b")),
    ("agreement-between", re.compile(r"\b(?:[Aa]greement|[Pp]rotocol|[Mm]emorandum|[Tt]reaty) between\b")),
]
_QUICK = re.compile(r"(?:greement|rotocol|emorand|MoU|ontract|deal|reaty|ccord|etter of intent)")


_KINDWORD = r"(?:[Aa]gency|[Cc]ompany|[Ff]irm|[Cc]orporation|[Mm]anufacturer|[Mm]aker|[Oo]perator|[Cc]ontractor|[Cc]onglomerate|[Ss]hipyard|[Pp]roducer)"
_APPOSITION = re.compile(r"(?P<o>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,3})(?:\s+\([A-Z]+\))?,\s+(?:a|an|the)\s+[^,.;]{0,60}?\b"
                         + _KINDWORD + r"\b")
_HEADED = re.compile(r"\b" + _KINDWORD + r"\s+(?P<o>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,3})(?![\w-])")
_ORGAN = re.compile(r"\b(?:Ministry|Ministries|Department|Armed Forces|Army|Navy|Air Force|Government|Defen[cs]e Forces|Military|"
                    r"armed forces|army|navy|government|military)\b")


_GENERIC_ORGAN = re.compile(
    r"(?:(?:Ministry|Ministries|Department|Dept\.?|of|for|the|and|National|Defen[cs]e|Armed|Forces?|Army|Navy|Air|"
    r"Government|Military|Federal|Royal|Ground|Naval|Space|Marines?|Corps|Coast|Guard|Procurement|Agency|Armament|"
    r"Office|Staff|General|Joint|Chiefs|State|Security|Council|Cabinet|Parliament|Command|Headquarters)(?:\s+|$))+")
_NOT_METONYM = {"The", "This", "That", "It", "He", "She", "They", "We", "In", "On", "At", "But", "And", "A", "An"}


def _metonym(lex: Any, name: str) -> str | None:
    """The state a capital or seat of government names ("Hanoi", "the Pentagon"), cached per lexicon."""
    key = "\x00metonym:" + name
    if key in lex._cache:
        return lex._cache[key]
    state = None
    if len(name) >= 4 and len(name.split()) <= 2:
        found = None
        if lex.reference is not None:
            try:
                found = lex.reference.country(name, metonyms=True)
            except Exception:  # noqa: BLE001
                found = None
        if found is not None and lex.organisation(name) is None:
            state = found.name
    lex._cache[key] = state
    return state


def _actors(s: Sentence) -> list[Span]:
    spans = list(s.countries())
    for m in s.mention_spans("Organisation"):
        lead = re.match(r"(?:the|The)\s+(?=[A-Z])", m.text)
        if lead:  # "the Mechanical and Chemical Industry Corporation": the name without its article
            m = Span(m.begin + lead.end(), m.end, m.text[lead.end():], m.value, m.kind, m.rule)
        text = m.text
        if _GENERIC_ORGAN.fullmatch(text):
            continue  # "the Ministry of Defence" with no state named: not an actor by itself
        # Only proper names: capitalised words, not "the military" or a designation.
        if not re.fullmatch(r"(?:[A-Z][\w&.’'-]*)(?:\s+(?:of|for|and|the|de)?\s*[A-Z][\w&.’'-]*)*", text) or \
                re.search(r"\d", text) or text.split()[0] in ("The", "This", "That", "These", "Its", "Their"):
            continue
        if s.lex.country(text):
            continue  # a state tagged as an organisation stays a state
        owner = re.match(r"([A-Z][\w ]*?)(?:’s|'s)\s+(?=[A-Z])", text)
        if owner and s.lex.country(owner.group(1)):
            # "South Korea's Hanwha Aerospace": the company, without its state
            cut = owner.end()
            text = text[cut:]
            m = Span(m.begin + cut, m.end, text, m.value, m.kind, m.rule)
        org = s.lex.organisation(text)
        if not any(x.begin < m.end and m.begin < x.end and not (m.begin <= x.begin and x.end <= m.end) for x in spans):
            spans = [x for x in spans if not (m.begin <= x.begin and x.end <= m.end)]
            spans.append(Span(m.begin, m.end, text, org_value(text, org), "org", m.rule))
    for run in CAP_RUN.finditer(s.text):
        text = re.sub(r"(?:’s|'s)$", "", run.group(0))
        org = s.lex.organisation(text)
        end = run.start() + len(text)
        if org is not None and not any(x.begin < end and run.start() < x.end and not (run.start() <= x.begin and x.end <= end) for x in spans):
            spans = [x for x in spans if not (run.start() <= x.begin and x.end <= end)]
            spans.append(Span(run.start(), end, text, org_value(text, org), "org", "reference:organisation"))
        elif org is None:
            # "Russian Rosvertol", "Turkish company Aselsan": the last word of a demonym-led company name.
            words = text.split()
            if len(words) >= 2 and s.lex.country(words[0]) and s.lex.organisation(words[-1]) is not None:
                b = run.start() + text.rfind(words[-1])
                if not any(x.begin <= b < x.end and x.kind == "org" for x in spans):
                    spans.append(Span(b, b + len(words[-1]), words[-1], s.lex.organisation(words[-1]).name, "org",
                                      "reference:organisation"))
    # Unknown organisations introduced by an apposition: "Acme, a defence company", "the space agency Acme".
    for pat in (_APPOSITION, _HEADED):
        for hit in pat.finditer(s.text):
            b, e = hit.span("o")
            name = hit.group("o")
            if s.lex.country(name) or any(x.begin < e and b < x.end for x in spans) or name in ("The", "It"):
                continue
            spans.append(Span(b, e, name, name, "org", "apposition-organisation"))
    # A capital standing for its government ("Jakarta signed", "from Moscow"): the state.
    for run in CAP_RUN.finditer(s.text):
        name = re.sub(r"(?:’s|'s)$", "", run.group(0).rstrip(".,"))
        b, e = run.start(), run.start() + len(name)
        if any(x.begin < e and b < x.end for x in spans) or name in _NOT_METONYM:
            continue
        if re.search(r"\b(?:in|at|near|outside|over|into|around)\s+(?:the\s+)?$", s.text[max(0, b - 12):b]):
            continue  # "arrived in Kyiv": a place, not the government
        state = _metonym(s.lex, name)
        if state:
            spans.append(Span(b, e, name, state, "country", "capital-metonym"))
    # State organs act for their state ("Ministry of Defense of X", "X Navy", "X's Ministry of Defence").
    organs = []
    for x in spans:
        if x.kind == "org" and _ORGAN.search(x.text):
            cs = find_countries(s.lex, x.text)
            if cs:
                x = Span(x.begin, x.end, x.text, cs[0].value, "country", "state-organ")
            else:
                owners = [c for c in spans if c.kind == "country" and c.end <= x.begin and
                          re.fullmatch(r"(?:’s|'s)?\s+(?:the\s+)?", s.text[c.end:x.begin])]
                if owners:
                    x = Span(owners[-1].begin, x.end, s.text[owners[-1].begin:x.end], owners[-1].value, "country",
                             "state-organ")
        organs.append(x)
    spans = organs
    spans.sort(key=lambda x: x.begin)
    # "Turkish company Aselsan": the demonym describes the company, which is the actor.
    orgs = [x for x in spans if x.kind == "org"]
    spans = [x for x in spans if not (x.kind == "country" and x.text != x.value and any(
        0 < o.begin - x.end <= 25 and re.fullmatch(r"\s+(?:[a-z]+\s+){0,2}", s.text[x.end:o.begin]) for o in orgs))]
    # "the Mechanical and Chemical Industry Corporation MKEK": a name and its acronym are one actor.
    joined: list[Span] = []
    for x in spans:
        prev = joined[-1] if joined else None
        if prev is not None and prev.kind == x.kind == "org" and x.text.isupper() and s.text[prev.end:x.begin] == " ":
            joined[-1] = Span(prev.begin, x.end, s.text[prev.begin:x.end], x.value, "org", x.rule)
            continue
        joined.append(x)
    spans = joined
    # A company named inside a state's span ("Israel" in "Israel Aerospace Industries") wins.
    out: list[Span] = []
    for x in spans:
        if any(y is not x and y.begin <= x.begin and x.end <= y.end and (y.end - y.begin) > (x.end - x.begin) for y in spans):
            continue
        out.append(x)
    return out


_OFFICIAL_GAP = re.compile(r"\s+(?:[A-Z][\w.’'-]*\s+){1,6}(?:and|with)\s+(?:his|her|their|the)?\s*")


def extract_sentence(s: Sentence) -> list[Fact]:
    text = s.text
    if not s.has_any(KEYWORDS):
        return []
    for rule, pattern in RULES:
        m = pattern.search(text)
        if m:
            break
    else:
        return []
    if text.rstrip().endswith("?") or re.search(r"\b(?:[Oo]ther|[Ff]urther|[Mm]any|[Nn]umerous)\s+(?:\w+\s+)?" + DOC + r"\b",
                                                 text[max(0, m.start() - 40):m.end()]) and rule == "DOC-was-signed":
        return []
    pre = text[max(0, m.start() - 30):m.start()]
    if rule == "agreement-between" and re.search(r"\b(?:talks|negotiat\w*|draft|proposed|on|for|towards?|seek\w*)\s+(?:a|an|the)?\s*(?:\w+\s+)?$", pre):
        return []
    if NEGATION.search(pre) or MODAL.search(pre) or re.search(r"\b(?:to sign|agreed to|plans? to|will)\s*$", pre) \
            or re.search(r"\bnot\b", text[m.start():m.end()]):
        return []
    actors = _actors(s)
    if not actors and not re.search(r"\b(?:[Tt]he two|[Bb]oth)\s+(?:countries|sides|nations|states|governments)\b", text[:m.start()]):
        return []
    # Parties: "between X and Y", the subject before the trigger, "with X" after it.
    parties: list[Span] = []
    between = re.search(r"\bbetween\s+(.{3,120}?)\s+and\s+(.{3,80}?)(?:[,.;]|\s+(?:on|was|were|which|to|in)\b)", text)
    if between and m.start() - 15 <= between.start() <= m.end() + 60:
        parties = [a for a in actors if between.start(1) <= a.begin < between.end(2)]
    signed_by = re.match(r"\s*(?:by|between)\s+", text[m.end():])
    if not parties and signed_by:
        after = [a for a in actors if a.begin >= m.end()]
        if after:
            parties = [after[0]]
            for a in after[1:]:
                if re.fullmatch(r"\s*(?:,|and)\s*(?:the\s+)?", text[parties[-1].end:a.begin]):
                    parties.append(a)
                else:
                    break
    if not parties:
        orgs: list[Span] = []
        for a in actors:
            if a.end <= m.start() and a.kind == "org" and all(o.value != a.value for o in orgs):
                orgs.append(a)
        if len(orgs) >= 2:
            parties = orgs[-2:]
    if not parties:
        subject = [a for a in actors if a.end <= m.start() and m.start() - a.end <= 120]
        # "X and Y signed": the run of actors joined by "and" just before the trigger.
        if subject:
            parties = [subject[-1]]
            for a in reversed(subject[:-1]):
                gap = text[a.end:parties[0].begin]
                if re.fullmatch(r"(?:,|\s|and|the|\([^()]*\)|[a-z ,-]{0,60})*", gap) and len(gap) < 90 or \
                        _OFFICIAL_GAP.fullmatch(gap):
                    # "Serbian Defence Minister X and his Hungarian counterpart": the officials' states.
                    parties.insert(0, a)
                else:
                    break
        two = re.search(r"\b(?:the two|both)(?:\s+(?:sides|countries|states|nations|ministers|leaders|governments|officials|men))?"
                        r"\s+(?:have\s+|also\s+|then\s+|later\s+)*$", text[:m.start()])
        if two and len(parties) < 2:
            # "X met Y in Delhi, and the two signed a memorandum": the states named before.
            named: list[Span] = []
            for a in actors:
                if a.end <= two.start() and a.kind == "country" and all(n.value != a.value for n in named):
                    named.append(a)
            if len(named) >= 2:
                parties = named[:3]
        with_ = [a for a in actors if a.begin >= m.start() and re.search(r"\b(?:with|by)\s+(?:the\s+)?(?:[\w-]+\s+){0,6}$",
                                                                       text[max(0, a.begin - 30):a.begin])]
        if with_ and with_[0].kind == "country":
            # "a contract with India's Bharat Dynamics": the company, not its state.
            owned = [a for a in actors if a.kind == "org" and re.fullmatch(r"(?:’s|'s)\s+", text[with_[0].end:a.begin])]
            if owned:
                with_ = owned
        for a in with_[:1]:
            parties.append(a)
            # "... with Japan and South Korea": every state of the coordination.
            for b in actors:
                if b.begin > parties[-1].end and re.fullmatch(r"\s*(?:,|and|,\s*and)\s*(?:the\s+)?", text[parties[-1].end:b.begin]):
                    parties.append(b)
    if len(parties) < 2:
        # "The two countries signed ...": the states of the paragraph so far; "The Ministry of Defence
        # signed ...": the document's state.
        two = re.search(r"\b(?:[Tt]he two|[Bb]oth)\s+(?:countries|sides|nations|states|governments)\b", text[:m.start()])
        if two and not parties:
            states: list[str] = []
            for c in reversed(find_countries(s.lex, s.context_before)):
                if c.value not in states:
                    states.append(str(c.value))
                if len(states) == 2:
                    break
            if len(states) == 2:
                parties = [Span(0, 0, "", v, "country", "the-two-countries") for v in reversed(states)]
        elif not any(p.end <= m.start() for p in parties):
            from orbat.facts.transfer import _organ_subject

            host = _organ_subject(s, text[:m.start()], actors, m.start())
            if host and all(p.value != host for p in parties):
                parties.insert(0, Span(0, 0, "", host, "country", "state-organ-subject"))
    values: list[Any] = []
    keep: list[Span] = []
    for p in parties:
        if p.value not in values:
            values.append(p.value)
            keep.append(p)
    if not values:
        return []
    sub = re.search(r"\b(?:on|for|to|over|regarding)\s+(?P<x>(?:the\s+)?[^,;.]{6,120})", text[max(m.start(), m.end() - 4):])
    subject_text = sub.group("x").strip() if sub else ""
    if re.fullmatch(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:\d{1,2} )?(?:January|February|March|April|May|"
                    r"June|July|August|September|October|November|December)(?: \d{1,2})?(?:,? \d{4})?)(?:\s.*)?|behalf.*", subject_text):
        subject_text = ""  # "on Monday": a date, not the subject
    # A subject is kept as a role when it is a short name-like phrase; longer text is only explained.
    subject_role = subject_text if subject_text and len(subject_text.split()) <= 6 else None
    money = find_money(text)
    dates = s.dates()
    date = dates[0] if dates else s.paragraph_date()
    place = None
    pm = re.search(r"\b(?:in|at)\s+(?P<p>[A-Z][\w-]+(?:\s[A-Z][\w-]+)?)(?:\s*[,.]|\s+(?:on|in|last)\b)", text)
    if pm and s.lex.reference is not None:
        try:
            found = s.lex.reference.country(pm.group("p"), metonyms=True)
        except Exception:  # noqa: BLE001
            found = None
        if found is not None and s.lex.country(pm.group("p")) is None:
            place = Span(pm.start("p"), pm.end("p"), pm.group("p"), pm.group("p"))
    roles = {"parties": values, "subject": subject_role, "value": money[0].value if money else None,
             "date": date.value if date else None, "place": place.value if place else None}
    spans = {"parties": [p for p in keep if p.end > p.begin] or None, "value": money[0] if money else None, "date": date, "place": place}
    why = {"_fact": f"agreement:{rule}:{m.group(0)!r}", "parties": "agreement:between/subject/with-X",
           "subject": "text-after-on/for/to", "_subject_text": subject_text, "value": "money-in-sentence", "date": date.rule if date else "",
           "place": "capital-after-in/at"}
    fact = s.fact("agreement", roles, spans, why, extractor=EXTRACTOR, confidence=0.7 if len(values) >= 2 else 0.55)
    out = [fact] if fact else []
    out += _production_transfers(s, m, keep, date)
    return out


_PRODUCTION = re.compile(r"\b(?:(?:future\s+)?joint\s+)?(?:production|manufacture|manufacturing|assembly|co-production) of\b|"
                         r"\b(?:lead to|allow) (?P<r>[A-Z][\w-]+) (?:producing|to produce|manufacturing)\b")


def _production_transfers(s: Sentence, m: re.Match[str], parties: list[Span], date: Any) -> list[Fact]:
    """A signed co-production agreement is an agreed transfer from the foreign partner."""
    from orbat.facts.common import main_country
    from orbat.facts.transfer import _count_before, _items

    text = s.text
    p = _PRODUCTION.search(text, m.start())
    if p is None or not parties:
        return []
    recipient_name = s.lex.country(p.group("r")) if p.group("r") else None
    if recipient_name is None:
        inside = re.search(r"\bin ([A-Z][\w-]+)\b", text[p.end():])
        recipient_name = s.lex.country(inside.group(1)) if inside else None
    recipient_name = recipient_name or main_country(s)
    partners = [x for x in parties if x.value != recipient_name]
    if not recipient_name or not partners:
        return []
    stop = re.search(r"[;]|\. ", text[p.end():])
    end = p.end() + stop.start() if stop else len(text)
    out = []
    for item, category in _items(s, p.end(), end):
        if s.lex.country(item.text):
            continue
        qty = _count_before(s, item)
        roles = {"supplier": partners[0].value, "recipient": recipient_name, "item": item.value,
                 "item_category": category, "status": "agreed", "quantity": qty.value if qty else None,
                 "date": date.value if date else None}
        spans = {"supplier": partners[0], "item": item, "quantity": qty, "date": date,
                 "status": Span(m.start(), m.end(), m.group(0))}
        why = {"_fact": "agreement:co-production->transfer", "supplier": "foreign-party-of-agreement",
               "recipient": "producing-state" if p.group("r") else "document-or-named-producing-state",
               "item": f"item:{item.kind}", "item_category": "lexicon:class-noun", "status": "signed co-production = agreed",
               "quantity": "count-before-item", "date": "date-in-sentence-or-paragraph"}
        fact = s.fact("transfer", roles, spans, why, extractor=EXTRACTOR, confidence=0.55)
        if fact:
            out.append(fact)
    return out


_BULLET = re.compile(r"[ \t]*(?:[-*•·]|\d+[.)])[ \t]+(?P<item>[^\n]{4,200})")


def list_items(doc: Any, lex: Any, intro_end: int, intro: Fact) -> list[Fact]:
    """ "X and Y have signed many protocols, the major ones include:" then a bulleted list: one
    agreement per bullet, with the introducing sentence's parties."""
    from orbat.facts.common import Sentence

    text = doc.clean_text
    out: list[Fact] = []
    pos = intro_end
    blank_run = 0
    for line in re.finditer(r"[^\n]*\n?", text[pos:pos + 5000]):
        raw = line.group(0)
        if not raw:
            break
        if not raw.strip():
            blank_run += 1
            if blank_run > 1 and out:
                break
            continue
        m = _BULLET.match(raw)
        if not m:
            if raw.strip() and (out or blank_run == 0):
                break
            continue
        blank_run = 0
        item = re.sub(r"(?:\[\d+\])+\s*$", "", m.group("item")).strip().rstrip(".")
        b = pos + line.start() + m.start("item")
        s = Sentence(doc=doc, text=text[b:b + len(item)], begin=b, lex=lex)
        roles = {"parties": intro.roles.get("parties"), "subject": item, "date": None}
        why = {"_fact": "agreement:listed-under-introducing-sentence", "parties": "from-introducing-sentence",
               "subject": "list-item-text"}
        dates = s.dates()
        if dates:
            roles["date"] = dates[0].value
            why["date"] = "date-in-item"
        fact = s.fact("agreement", roles, {"subject": Span(0, len(item), item), "date": dates[0] if dates else None},
                      why, extractor=EXTRACTOR, confidence=0.6)
        if fact:
            out.append(fact)
    return out
