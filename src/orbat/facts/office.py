"""Offices: a named person's post, from titles in running text and from lists of office holders.

Rules (the `why` of each role names the one that fired):
- title-name: [ORG or demonym] TITLE [of ORG] [RANK] NAME ("Armenian Defence Minister Vigen Sargsyan",
  "NATO Secretary-General Jens Stoltenberg", "President of the X Company Y Z").
- name-comma-title: NAME, [the|a] [demonym] TITLE [of|for ORG] ("Ben Cardin, chairman of the ... Committee").
- name-became-title: NAME became/served as/was appointed [the first] TITLE [of ORG].
- tenure-list: lines "[RANK] NAME [(acting)] (DATE – DATE)" or "(since DATE)" under a heading naming
  the office ("Ministers of Defence of X"), the nearest heading naming a state giving the organisation.
"""
from __future__ import annotations

from orbat.facts import rx as re
from typing import Any

from orbat.facts.common import CAP_RUN, DATE_EXPR, Sentence, Span, find_countries, org_value, resolve_date
from orbat.facts.data.titles import RANKS, TITLE_PREFIX, TITLES
from orbat.records import Document, Fact

EXTRACTOR = "orbat.facts.office"

_TITLE_RE = re.compile(
    r"(?<![\w-])(?P<prefix>" + TITLE_PREFIX + r")(?P<title>"
    + "|".join(f"(?P<t{i}>{p})" for i, (p, _) in enumerate(TITLES)) + r")(?![\w-])")
_RANK_RE = re.compile(r"(?:(?:" + RANKS + r")\s+)+")
_UP = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽ"
_LO = "a-zß-öø-ÿāăąćčďđēėęěğģīįıķĺļľłńņňōőœŕřśşšţťūůűųźżž"
NAME_TOKEN = rf"(?:(?:Mc|Mac)?[{_UP}][{_LO}]+(?:[-’'](?!s\b)[{_UP}]?[{_LO}]+)*|[A-Z]\.)"
PARTICLE = r"(?:bey|bin|al|el|de|van|von|der|da|di|du|le|ibn|Khan|Pasha|Agha)"
NAME = re.compile(rf"{NAME_TOKEN}(?:[ -](?:{PARTICLE}[ -])?{NAME_TOKEN}){{0,3}}")
_NOT_NAME = set("""The This That These Those A An On In At Of For And But Or As By To From With His Her Its Their
Our We He She They It Who Which Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February
March April May June July August September October November December Today Yesterday Ministry Minister
Defence Defense Army Navy Air Force Forces General Staff Committee Council Office Government State Republic
Foreign Affairs Security National Interior Affairs Chief Head President Prime Senate Parliament Assembly
Agency Company Corporation Group Party Union Commission Service Industries Organisation Organization Bank
Institute Department Command Corps Division Brigade Regiment Battalion Sources Media Reuters AP Meanwhile
However Also Later Earlier Following After Before During Since When While Although Even Then Other Others
Some Many All Both Several Under Over About Following Saying Said Says Statement Times Mr Mrs Ms Dr""".split())
_ORG_WORDS = re.compile(
    r"\b(?:Company|Corporation|Republic|Ministry|Committee|Council|Forces|Army|Navy|Agency|Industries|Group|"
    r"Party|Commission|Service|Office|Union|Organi[sz]ation|Institute|Bank|Assembly|Parliament|Senate|Staff|"
    r"Command|Corps|Division|Brigade|Regiment|Department|Authority|House|Guard|Troops|Police|Board|Inc|Ltd|Force|"
    r"Joint|Combined|Task|Coalition|Operation|Center|Centre|Embassy|Mission|Council|University|Agency)\b")


def normalise_title(match: re.Match[str]) -> str:
    for i, (_, value) in enumerate(TITLES):
        got = match.group(f"t{i}")
        if got is not None:
            if value == "__HEAD__":  # "head of the army" -> "Head of the Army"
                value = "Head of " + " ".join(w if w in ("the", "of") else w.capitalize() for w in got.split()[2:])
            if "{X}" in value:
                inner = re.match(r"(?:Minister of )?([A-Za-z]+)", got).group(1)  # type: ignore[union-attr]
                if inner.lower() in ("the", "state"):
                    return ""
                value = value.replace("{X}", inner.capitalize())
            prefix = match.group("prefix").strip()
            prefix = re.sub(r"^(?:former|then|the then)\s*", "", prefix, flags=re.I).strip()
            if prefix:
                value = f"{prefix.title()} {value}"
            return value
    return match.group("title")


def _clean_name(text: str) -> str:
    t = _TITLE_RE.search(text)
    while t:
        text = text[t.end():].strip()
        t = _TITLE_RE.search(text)
    r = _RANK_RE.match(text)
    if r:
        text = text[r.end():]
    text = re.sub(r"(?:’s|'s)$", "", text)
    words = text.split()
    while words and re.fullmatch(r"[A-Z]\.", words[0]):
        words.pop(0)
    while words and words[0].strip(".,") in _NOT_NAME:
        words.pop(0)
    while words and words[-1].strip(".,") in _NOT_NAME:
        words.pop()
    text = " ".join(words)
    r = _RANK_RE.match(text)
    if r:
        text = text[r.end():]
    return text


def _name_after(text: str, pos: int) -> Span | None:
    m = re.compile(r",?\s+(?:the\s+)?").match(text, pos)
    if not m:
        return None
    pos = m.end()
    r = _RANK_RE.match(text, pos)
    if r:
        pos = r.end()
    n = NAME.match(text, pos)
    if not n:
        return None
    raw = n.group(0)
    # Stop the name before a possessive or a following title word.
    words = raw.split()
    keep = []
    for w in words:
        if w in _NOT_NAME:
            break
        keep.append(w)
    name = " ".join(keep)
    if not name or len(name) < 3:
        return None
    after = text[pos + len(name):pos + len(name) + 2]
    if after.startswith(("’s", "'s")) and len(keep) == 1:
        return None
    return Span(pos, pos + len(name), name, name, "person", "")


def _org_before(s: Sentence, title_begin: int) -> tuple[Span | None, str]:
    """The organisation or state named just before a title ("Armenian", "Poland’s", "NATO")."""
    left = s.text[:title_begin]
    m = re.search(r"((?:[A-Z][\w.&’'-]*|[A-Z]\.(?:[A-Z]\.)+)(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w.&’'-]*)*)\s*$", left)
    if not m:
        return None, ""
    raw = m.group(1)
    begin = m.start(1)
    raw_s = re.sub(r"(?:’s|'s|’)$", "", raw)
    words = raw_s.split()
    # Drop leading non-org capitalised words (sentence starts, ranks).
    while words and (words[0] in _NOT_NAME and words[0] not in ("National", "State", "Air", "Army", "Navy")):
        begin += len(words[0]) + 1
        words.pop(0)
    if not words:
        return None, ""
    text = " ".join(words)
    if " and " in text:
        cut = text.rfind(" and ") + 5
        begin += cut
        text = text[cut:]
    countries = find_countries(s.lex, text)
    if countries and countries[0].begin == 0 and countries[0].end == len(text):
        return Span(begin, begin + len(text), text, countries[0].value, "org", "state-before-title"), "state-before-title"
    org = s.lex.organisation(text)
    if org is not None:
        return Span(begin, begin + len(text), text, org_value(text, org), "org", "org-before-title"), "reference:organisation"
    if len(words) == 1 and countries and countries[-1].end == len(text) and len(countries[-1].text) == len(text):
        return Span(begin, begin + len(text), text, countries[0].value, "org", "state-before-title"), "state-before-title"
    if text.lower() in ("former", "the"):
        return None, ""
    # "Azerbaijani Armed Forces", "White House National Security Council", "NATO", "Azercosmos".
    if countries and countries[0].begin == 0 and countries[0].end < len(text) and not _ORG_WORDS.search(text):
        c = countries[0]
        return Span(begin, begin + c.end, c.text, c.value, "org", "state-before-title"), "state-before-title"
    return Span(begin, begin + len(text), text, text, "org", "org-before-title"), "org-before-title"


def _org_after(s: Sentence, pos: int) -> tuple[Span | None, int]:
    """ "of the Azerbaijani Armed Forces" / "for ... AK Party" right after a title."""
    m = re.compile(r"\s+(?:of|for|at)\s+(?:the\s+)?").match(s.text, pos)
    if not m:
        return None, pos
    run = CAP_RUN.match(s.text, m.end())
    if not run:
        return None, pos
    text = run.group(0)
    begin = run.start()
    # "Turkish President Tayyip Erdogan’s ruling AK Party": the org follows the last possessive.
    tail = s.text[run.end() - 2:run.end() + 60]
    poss = re.match(r"(?:’s|'s)\s+(?:[a-z]+\s+){0,2}((?:[A-Z][\w&.-]*\s*)+)", tail)
    if poss:
        org = poss.group(1).strip()
        b = run.end() - 2 + poss.start(1)
        return Span(b, b + len(org), org, org, "org", "org-after-possessive"), b + len(org)
    text = re.sub(r"(?:’s|'s|’)$", "", text).rstrip(".")
    place = re.match(r"\s+in\s+[A-Z][\w-]+", s.text[run.end():])
    if place and not _ORG_WORDS.search(text.split()[-1]) is None:
        # "United States Air Forces in Europe"
        text = text + place.group(0)
    countries = find_countries(s.lex, text)
    value = text
    if countries and countries[0].begin == 0 and countries[0].end == len(text):
        value = countries[0].value
    return Span(begin, begin + len(text), text, value, "org", "org-after-title"), begin + len(text)


def _person_ok(name: str, s: Sentence) -> bool:
    if any(w in _NOT_NAME for w in name.split()):
        return False
    if s.lex.country(name) or _ORG_WORDS.search(name):
        return False
    return True


KEYWORDS = ("minister", "president", "ambassador", "secretar", "senator", "sen.", "congress", "chair", "spokes", "ombudsman",
            "commander", "chief", "ceo", "director", "leader", "ambassador", "chancellor", "king", "emir", "prince",
            "governor", "mayor", "premier", "representative", "head of")


def extract_sentence(s: Sentence) -> list[Fact]:
    if not s.has_any(KEYWORDS):
        return []
    out: list[Fact] = []
    text = s.text
    taken: set[tuple[int, int, str]] = set()
    for m in _TITLE_RE.finditer(text):
        title = m.group("title")
        lower_title = title[0].islower()
        role = normalise_title(m)
        if not role:
            continue
        title_span = Span(m.start("title") - len(m.group("prefix")), m.end(), m.group(0), role, "title", "")
        # title-name
        org_after, pos = _org_after(s, m.end())
        name = _name_after(text, pos if org_after else m.end())
        rule = "title-name"
        org = org_after
        org_rule = "org-after-title" if org_after else ""
        if name is None and org_after is not None:
            # "President of the State Oil Company of Azerbaijan Republic Rovnag Abdullayev"
            words = org_after.text.split()
            if len(words) >= 4 and not _ORG_WORDS.search(" ".join(words[-2:])) and all(
                    re.fullmatch(NAME_TOKEN, w) for w in words[-2:]):
                person = " ".join(words[-2:])
                org_text = " ".join(words[:-2])
                b = org_after.begin
                org = Span(b, b + len(org_text), org_text, org_text, "org", "org-after-title")
                name = Span(b + len(org_text) + 1, org_after.end, person, person, "person", "")
        if name is not None and m.group("title").lower() in ("leader", "director", "representative", "governor", "mayor", "king", "emir") and len(name.text.split()) < 2:
            name = None
        if name is not None and (lower_title and m.group("title").lower() not in ("spokesman", "spokeswoman", "spokesperson", "leader", "ombudsman", "human rights ombudsman") and not re.search(r"[A-Z]", text[max(0, m.start() - 3):m.start()])):
            # A lower-case generic title ("the president") before a name is rarely an office label.
            if title.lower() not in ("chairman", "president", "commander", "ambassador") and not re.search(r",\s*$", text[m.end():name.begin]) \
                    and not _LOWER_OK.fullmatch(title):
                name = None
        if name is not None and not _person_ok(name.text, s):
            name = None
        if name is None:
            # name-comma-title: "NAME, [the|a] TITLE of ORG"
            left = text[:title_span.begin]
            lm = re.search(r"(" + NAME.pattern + r")(?:\s*\([^()]{1,20}\))?,\s+(?:the\s+|a\s+|an\s+)?(?:former\s+|then\s+)?"
                           r"(?:(?:country|nation|government|army|military|navy|company|ministry)[’']s\s+)?(?:new\s+|current\s+)?"
                           r"(?:[A-Z][\w’'-]*\s+){0,3}$", left)
            if lm and _person_ok(_clean_name(lm.group(1)), s):
                nm = _clean_name(lm.group(1))
                b = lm.start(1) + lm.group(1).find(nm)
                name = Span(b, b + len(nm), nm, nm, "person", "")
                rule = "name-comma-title"
                between = text[lm.end(1):title_span.begin]
                if not org:
                    cs = find_countries(s.lex, between)
                    if cs:
                        c = cs[-1]
                        off = lm.end(1)
                        org = Span(off + c.begin, off + c.end, c.text, c.value, "org", "state-before-title")
                        org_rule = "state-before-title"
            else:
                bm = re.search(r"(" + NAME.pattern + r")\s+(?:became|becomes|(?:was|has been|had been|is) (?:formally\s+)?(?:appointed|named|"
                               r"elected|reappointed|re-elected|promoted|confirmed|installed)(?:\s+(?:as|to))?|was sworn in as|"
                               r"(?:took|takes|will take) over as|served as|serves as|has served as|has been|had been|is|was)\s+"
                               r"(?:the\s+)?(?:[A-Z][\w-]+(?:’s|'s)\s+)?(?:first\s+|new\s+|acting\s+)?$", left)
                if bm is None:
                    # "the president appointed [RANK] NAME as TITLE", "named NAME the new TITLE"
                    bm = re.search(r"\b(?:appointed|appoints|named|names|nominated|nominates|promoted|promotes|installed)\s+"
                                   r"(?:(?:" + RANKS + r")\s+)*(" + NAME.pattern + r")\s+(?:as\s+|to\s+be\s+|to\s+the\s+post\s+of\s+|to\s+)?"
                                   r"(?:the\s+)?(?:[A-Z][\w-]+(?:’s|'s)\s+)?(?:new\s+|acting\s+)?$", left)
                if bm and _person_ok(_clean_name(bm.group(1)), s):
                    nm = _clean_name(bm.group(1))
                    b = bm.start(1) + bm.group(1).find(nm)
                    name = Span(b, b + len(nm), nm, nm, "person", "")
                    rule = "name-became-title"
        if name is None:
            continue
        if (name.begin, name.end, role) in taken:
            continue
        if not org:
            org, org_rule = _org_before(s, title_span.begin)
            if org is not None and org.text in (name.text,):
                org = None
        if org is not None and org.value and _person_ok(str(org.value), s) is False and s.lex.country(str(org.value)) is None \
                and len(str(org.value).split()) <= 1 and str(org.value) in _NOT_NAME:
            org = None
        if org is None:
            lead = re.match(r"\s*In\s+([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?),\s+$", text[:title_span.begin])
            if lead and s.lex.country(lead.group(1)):
                org = Span(lead.start(1), lead.end(1), lead.group(1), s.lex.country(lead.group(1)), "org", "")
                org_rule = "in-state-before-title"

        taken.add((name.begin, name.end, role))
        roles: dict[str, Any] = {"person": name.value, "role": role,
                                 "organisation": org.value if org else None}
        spans = {"person": name, "role": title_span, "organisation": org if org is not None and org.end > org.begin else None}
        # Tenure in brackets right after the name: "(March 1919 – 10 December 1919)".
        tb = re.compile(r"\s*\(([^()]{4,60})\)").match(text, name.end)
        if tb:
            start, end = _tenure(tb.group(1), s.published)
            if start:
                roles["start"] = start
                spans["start"] = Span(tb.start(1), tb.end(1), tb.group(1))
            if end:
                roles["end"] = end
                spans["end"] = Span(tb.start(1), tb.end(1), tb.group(1))
        if "start" not in roles and rule == "name-became-title":
            # "was appointed X on Monday", "has been X since 23 December 2024": the start of the post.
            after_title = (org.end if org is not None and org.end > title_span.end else title_span.end)
            dm = _START_AFTER.match(text, after_title)
            verb = text[max(0, name.begin - 40):title_span.begin]
            if dm and (dm.group("since") or _APPOINT_VERB.search(verb)):
                iso = resolve_date(dm.group("d"), s.published)
                if iso:
                    roles["start"] = iso
                    spans["start"] = Span(dm.start("d"), dm.end("d"), dm.group("d"))
        why = {"_fact": f"office:{rule}", "person": f"{rule}:name", "role": f"lexicon:titles -> {role}",
               "organisation": f"office:{org_rule}", "start": "tenure-brackets", "end": "tenure-brackets"}
        conf = 0.85 if rule == "title-name" else 0.7
        fact = s.fact("office", roles, spans, why, extractor=EXTRACTOR, confidence=conf)
        if fact:
            out.append(fact)
    out += _counterparts(s, out)
    out += _plural_title_list(s)
    return out


_COUNTERPART = re.compile(r"\b(?:his|her|their)\s+(?P<adj>[A-Z][\w-]+\s+)?counterparts?,?\s+(?:(?:" + RANKS + r")\s+)*"
                          r"(?P<name>" + NAME.pattern + r")")


_START_AFTER = re.compile(r"(?:\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)?,?\s+(?:(?P<since>since)|on|in|from|effective)\s+(?P<d>" + DATE_EXPR.pattern[2:-2] + r")")
_APPOINT_VERB = re.compile(r"\b(?:appointed|named|elected|reappointed|re-elected|promoted|confirmed|installed|sworn in|took over|takes over|became)\b")


# Lower-case titles that news prints before a name as a label ("defence minister Ana Rojas", "army chief Gen. X").
_LOWER_OK = re.compile(r"(?:defen[cs]e|foreign|prime) minister|(?:army|navy|naval|air force|military) chief|chief of (?:the )?(?:army|naval|air) staff")


def _counterparts(s: Sentence, found: list[Fact]) -> list[Fact]:
    """ "X Defence Minister A received his Azeri counterpart, General B": B holds the same post."""
    out = []
    for m in _COUNTERPART.finditer(s.text):
        before = [f for f in found if f.role_spans.get("person")]
        if not before:
            continue
        role = before[0].roles["role"]
        name = _clean_name(m.group("name"))
        if not name or not _person_ok(name, s):
            continue
        b = m.start("name") + m.group("name").find(name)
        adj = (m.group("adj") or "").strip()
        state = s.lex.country(adj) if adj else None
        roles = {"person": name, "role": role, "organisation": state}
        spans = {"person": Span(b, b + len(name), name), "organisation": Span(m.start("adj"), m.start("adj") + len(adj), adj) if adj else None,
                 "role": Span(m.start(), m.end(), m.group(0))}
        why = {"_fact": "office:counterpart", "person": "counterpart-name", "role": "same-post-as-sentence-subject",
               "organisation": "demonym-before-counterpart"}
        fact = s.fact("office", roles, spans, why, extractor=EXTRACTOR, confidence=0.7)
        if fact:
            out.append(fact)
    return out


_PLURAL_LIST = re.compile(r"\b(?P<title>(?:Chiefs?|Commanders?|Ministers?|Heads?|Directors?|Presidents?)(?: of (?:the )?[A-Z][\w ]*?)?)"
                          r"\s+(?:were|included|have been)\s+")
_HOLDER = re.compile(r"(?:(?:" + RANKS + r")\s+)*(?P<name>" + NAME.pattern + r")\s*\((?P<range>[^()]{4,60})\)")


def _plural_title_list(s: Sentence) -> list[Fact]:
    """ "Chiefs of Staff of X were A (1919 – 1919) and B (1919 – 1920)"."""
    m = _PLURAL_LIST.search(s.text)
    if not m:
        return []
    heading = re.sub(r"\b(Chief|Commander|Minister|Head|Director|President)s\b", r"\1", m.group("title"))
    t = _TITLE_RE.search(heading)
    role = normalise_title(t) if t else heading.split(" of ")[0]
    rest = heading[t.end():] if t else heading[heading.find(" of "):] if " of " in heading else ""
    of = re.match(r"\s+of\s+(?:the\s+)?(.+)$", rest)
    org_text = of.group(1).strip() if of else ""
    out = []
    for h in _HOLDER.finditer(s.text, m.end()):
        name = _clean_name(h.group("name"))
        if not name or len(name.split()) < 2:
            continue
        start, end = _tenure(h.group("range"), s.published)
        b = h.start("name") + h.group("name").find(name)
        roles = {"person": name, "role": role, "organisation": org_text or None, "start": start, "end": end}
        spans = {"person": Span(b, b + len(name), name), "role": Span(m.start("title"), m.end("title"), m.group("title")),
                 "start": Span(h.start("range"), h.end("range"), h.group("range")),
                 "end": Span(h.start("range"), h.end("range"), h.group("range"))}
        why = {"_fact": "office:plural-title-list", "person": "listed-holder", "role": "plural-title",
               "organisation": "title-of-X", "start": "tenure-brackets", "end": "tenure-brackets"}
        fact = s.fact("office", roles, spans, why, extractor=EXTRACTOR, confidence=0.7)
        if fact:
            out.append(fact)
    return out


_RANGE_SPLIT = re.compile(r"\s*(?:–|—|-|\bto\b|\buntil\b)\s*")


def _tenure(text: str, published: str | None) -> tuple[str | None, str | None]:
    t = text.strip().strip("_")
    m = re.match(r"(?:since|from)\s+(.+)$", t, re.I)
    if m:
        return resolve_date(m.group(1), published), None
    parts = _RANGE_SPLIT.split(t, maxsplit=1)
    if len(parts) != 2:
        return None, None
    a, b = parts[0].strip(), parts[1].strip()
    end = resolve_date(b, published) if b and not re.match(r"present|now|incumbent", b, re.I) else None
    start = resolve_date(a, published)
    if start is None and end is not None:
        # "May 27 – June 11, 1918": the start borrows the end's year.
        year = end[:4]
        start = resolve_date(f"{a}, {year}", published) or resolve_date(f"{a} {year}", published)
    return start, end


_LIST_LINE = re.compile(
    r"^[ \t]*(?:[-*•·]|\d+\.)?[ \t]*(?P<who>[^()\n]{3,90}?)[ \t]*(?:\(_?(?P<acting>[Aa]cting)_?\)[ \t]*)?"
    r"\((?P<range>(?:since|from)?[^()\n]*\d{4}[^()\n]*)\)?[ \t]*$", re.M)
_HEADING = re.compile(r"^[ \t]*(?P<h>[A-Z][^\n.:;]{2,80})[ \t]*:?[ \t]*$", re.M)


def extract_lists(doc: Document, lex: Any) -> list[Fact]:
    """Lists of office holders with tenures under a heading naming the office."""
    text = doc.clean_text
    if "(" not in text:
        return []
    out: list[Fact] = []
    headings = [(m.start(), m.group("h").strip()) for m in _HEADING.finditer(text)]
    lines = list(_LIST_LINE.finditer(text))
    for m in lines:
        start, end = _tenure(m.group("range"), doc.published)
        if not start and not end:
            continue
        who = m.group("who").strip()
        r = _RANK_RE.match(who)
        name = who[r.end():] if r else who
        # Drop a leading unit/office phrase ("Interior Troops Colonel Tahir Aliyev").
        n = re.search(r"(" + NAME.pattern + r")$", name)
        if not n:
            continue
        person = n.group(1)
        words = person.split()
        rank_inside = re.search(r"\b(?:" + RANKS + r")\s+(" + NAME.pattern + r")$", person)
        if rank_inside:
            person = rank_inside.group(1)
        if len(person.split()) < 2 or _ORG_WORDS.search(person) or lex.country(person):
            continue
        del words
        # The office comes from the nearest heading above that names a title.
        role, org, heading_at = None, None, None
        for pos, heading in reversed([h for h in headings if h[0] < m.start()]):
            if pos < m.start() - 3000:
                break
            t = _TITLE_RE.search(re.sub(r"\b(Minister|Chief|Commander|Secretar(?:y|ie))s\b",
                                        lambda x: x.group(1).replace("ie", "y"), heading))
            if t and role is None:
                role = normalise_title(t)
                heading_at = pos
                cs = find_countries(lex, heading)
                if org is None and cs:
                    org = cs[-1].value
                break
            if org is None and heading not in (who,) and not _LIST_LINE.match(heading):
                cs = find_countries(lex, heading)
                if cs and len(heading.split()) <= 6:
                    org = heading if _ORG_WORDS.search(heading) and not lex.country(heading) else cs[-1].value
        if role is None or heading_at is None:
            continue
        if m.group("acting"):
            role = f"Acting {role}"
        b = m.start("who") + m.group("who").find(person)
        qb, qe = m.start("who"), m.end()
        s = Sentence(doc=doc, text=text[qb:qe], begin=qb, lex=lex)
        spans = {"person": Span(b - qb, b - qb + len(person), person),
                 "start": Span(m.start("range") - qb, m.end("range") - qb, m.group("range")),
                 "end": Span(m.start("range") - qb, m.end("range") - qb, m.group("range"))}
        roles = {"person": person, "role": role, "organisation": org, "start": start, "end": end}
        why = {"_fact": "office:tenure-list", "person": "tenure-list:line", "role": "tenure-list:heading",
               "organisation": "tenure-list:heading-state", "start": "tenure-list:range", "end": "tenure-list:range"}
        fact = s.fact("office", roles, spans, why, extractor=EXTRACTOR, confidence=0.8)
        if fact:
            out.append(fact)
    return out


def persons(s: Sentence) -> list[Span]:
    """People named in a sentence: titled names, "NAME, TITLE" and Person mentions (sentence offsets)."""
    cached = getattr(s, "_persons", None)
    if cached is not None:
        return cached
    found: list[Span] = []
    for fact in extract_sentence(s):
        for b, e in fact.role_spans.get("person", []):
            cb = next((i for i in range(len(s.text)) if s.doc.raw_span(s.begin + i, s.begin + i + 1)[0] >= b), None)
            if cb is None:
                continue
            name = str(fact.roles["person"])
            at = s.text.find(name, max(0, cb - 2))
            if at >= 0:
                found.append(Span(at, at + len(name), name, name, "person", "office-title"))
    for m in s.mention_spans("Person"):
        if not any(f.begin < m.end and m.begin < f.end for f in found) and len(m.text.split()) >= 2:
            found.append(Span(m.begin, m.end, m.text, m.text, "person", m.rule))
    for m in re.finditer(r"\bcounterpart,?\s+(?:(?:" + RANKS + r")\s+)*(" + NAME.pattern + r")", s.text):
        name = _clean_name(m.group(1))
        if name and not any(f.begin <= m.start(1) < f.end for f in found):
            b = m.start(1) + m.group(1).find(name)
            found.append(Span(b, b + len(name), name, name, "person", "counterpart-name"))
    found.sort(key=lambda x: x.begin)
    s._persons = found  # type: ignore[attr-defined]
    return found
