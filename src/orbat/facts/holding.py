"""Holdings: what a state or force has in inventory ("X has 162 T-80s", "the navy operates ...",
"X's S-300s", "the military hardware of X consists of ..."), one fact per listed item with its count.
Items inside brackets (alternative names) and items of an acquisition clause are left out."""
from __future__ import annotations

from orbat.facts import rx as re
from typing import Any

from orbat.facts.common import (NEGATION, Sentence, Span, attribution, canonical_force, find_class_nouns,
                                find_countries, find_dates, main_country, state_branch)
from orbat.facts.transfer import _count_before, _items
from orbat.records import Fact

EXTRACTOR = "orbat.facts.holding"

_TRIGGER = re.compile(
    r"\b(?:(?:has|have|had)\s+(?:long\s+|also\s+|already\s+)?(?:operated|flown|fielded|used)|has|have|had|operates|operate|operated|uses|use|possesses|possess|fields|field|flies|fly|"
    r"consists? of|(?:is|are) equipped with|(?:is|are) (?:also )?attributed with|maintains|retains|hosted|contained|"
    r"inventory (?:includes|included|comprises)|in service with)\b(?:\s+(?:also|an estimated|a total of|in store))?")
_HOLDER = re.compile(
    r"(?P<h>(?:[Tt]he\s+)?(?:[A-Z][\w’'-]*\s+|(?:military|armed|air|land|naval|ground|helicopter)\s+|and\s+(?=[A-Z])){0,6}"
    r"(?:[Ff]orces?|[Aa]rmy|[Nn]avy|[Gg]uard|[Cc]orps|[Mm]arines|[Uu]nit\s+\d+|[Uu]nit|[Rr]egiment|[Bb]rigade|[Dd]ivision|"
    r"[Cc]ountry|hardware|[Ss]ervice|Air\s+Defen[cs]e)(?:\s+of\s+[A-Z][\w-]*)?|[A-Z][\w-]+(?:’s|'s)?)\s+(?:also\s+|now\s+|currently\s+|still\s+|already\s+|reportedly\s+)?$")
KEYWORDS = ("has ", "have ", "had ", "operat", "flies", "fly ", "service", "use", "possess", "field", "consist", "equipped", "attributed",
            "maintain", "retain", "hosted", "contained", "there are", "there is", "inventory", "in service")
# Irregular past participles: "has bought", "had sent" are acquisitions and deeds, not holdings.
_PARTICIPLES = (r"bought|sold|got|sent|made|built|brought|won|lost|held|led|begun|seen|told|done|become|spent|paid|left|"
                r"shown|run|set|put|kept|said|sought|drawn|grown|thrown|struck|hit|cut|shot|met|heard|fought|taught|"
                r"caught|agreed|signed|begun|come|gone|found|sunk|withdrawn|also\s+\w+ed")
_ACQUIRE = re.compile(r"^[’'s]*\s*(?:were|was|have been|had been)\s*(?:acquired|purchased|bought|ordered|received|delivered|donated)\b")


def _holder(s: Sentence, trigger: re.Match[str]) -> tuple[Any, Span | None, str]:
    left = s.text[:trigger.start()]
    left = re.sub(r",?\s*according to (?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*,?\s*$", " ", left)
    m = _HOLDER.search(left)
    if not m and re.search(r"\band\s+$", left):
        # "X is based at Y and consists of ...": the holder is the sentence's subject.
        m = _HOLDER.match(left[:left.find(" is ") + 1] if " is " in left else "")
    if not m and trigger.group(0).startswith("There") and not left.strip():
        state = main_country(s)
        return (state, None, "existential-document-state") if state else (None, None, "")
    if not m:
        return None, None, ""
    raw = m.group("h").strip()
    raw = re.sub(r"^(?:[Tt]he)\s+", "", raw)
    b = m.start("h") + m.group("h").find(raw)
    span = Span(b, b + len(raw), raw)
    if re.fullmatch(r"country|Country", raw):
        return main_country(s), span, "the-country"
    of = re.search(r"\bof\s+([A-Z][\w-]*)$", raw)
    if of and s.lex.country(of.group(1)):
        return s.lex.country(of.group(1)), span, "X-of-state"
    cs = find_countries(s.lex, raw)
    if cs and cs[0].begin == 0 and cs[0].end == len(raw):
        return cs[0].value, span, "state-subject"
    if cs and cs[0].begin == 0 and re.match(r"\s*(?:’s|'s)\s", raw[cs[0].end:] + " "):
        return cs[0].value, span, "state-possessive"
    if raw.split()[0] in ("It", "He", "She", "They", "This", "That", "There", "Which", "Who", "And", "But"):
        return None, None, ""
    if len(raw.split()) == 1 and not re.search(r"(?:[Ff]orces?|[Aa]rmy|[Nn]avy|[Gg]uard|[Cc]orps|[Mm]arines)$", raw):
        found = s.lex.organisation(raw)
        if found is None:
            return None, None, ""
    value = " ".join(w if not w.islower() or w in ("of", "and") else w.capitalize() for w in raw.split())
    full = canonical_force(s, value)
    if full == value and re.fullmatch(r"(?:Armed Forces|Army|Navy|Air Force|Military|Marines|Coast Guard)", value):
        full = state_branch(s.lex, main_country(s), value) or value  # "the navy": the document's state's
    return full, span, "force-subject" if full == value else "force-subject->document-name"


def extract_sentence(s: Sentence) -> list[Fact]:
    text = s.text
    out: list[Fact] = []
    trig = _TRIGGER.search(text) if s.has_any(KEYWORDS) else None
    if trig and re.fullmatch(r"ha(?:s|ve|d)(?:\s+(?:also|an estimated|a total of|in store))?", trig.group(0)) and re.match(r"\s+(?:been|\w+ed|\w+en|not|never|no|" + _PARTICIPLES + r")\b", text[trig.end():]):
        trig = None
    if trig and not NEGATION.search(text[max(0, trig.start() - 20):trig.end() + 5]) and not text.rstrip().endswith("?"):
        holder, holder_span, rule = _holder(s, trig)
        if holder:
            end = len(text)
            stop = re.search(r"\b(?:to support|in order to|which|who|because|intended)\b|;", text[trig.end():])
            if stop:
                end = trig.end() + stop.start()
            out += _facts(s, holder, holder_span, rule, trig, _items(s, trig.end(), end))
    if s.has_any(_MORE_KEYWORDS):
        out += _service_and_fleet(s, out)
    # "Azerbaijan’s S-300s": a state's possessive before a designation.
    for m in re.finditer(r"(?P<c>[A-Z][\w-]+)(?:’s|'s)\s+(?P<d>[A-Z][A-Za-z]{0,5}-\d+[A-Za-z0-9-]*?)s?\b", text):
        country = s.lex.country(m.group("c"))
        if not country or _ACQUIRE.search(text[m.end():m.end() + 30]):
            continue
        item = Span(m.start("d"), m.end("d"), m.group("d"), m.group("d"), "system")
        sysrec = s.lex.system(m.group("d"))
        cat = getattr(sysrec, "category", None)
        out += _facts(s, country, Span(m.start("c"), m.end("c"), m.group("c")), "state-possessive-designation", m,
                      [(item, cat)])
    return out


def _facts(s: Sentence, holder: Any, holder_span: Span | None, rule: str, trig: re.Match[str],
           items: list[tuple[Span, str | None]]) -> list[Fact]:
    text = s.text
    out: list[Fact] = []
    att = attribution(text)
    as_of = None
    m = re.search(r"\b((?:1[89]|20)\d\d)\b", text)
    if att and m and re.search(r"(?:reported in|in|,)\s*$", text[max(0, m.start() - 12):m.start()]) or \
            (att and m and m.start() - att.end <= 3):
        as_of = Span(m.start(1), m.end(1), m.group(1), m.group(1))
    cited = re.search(r"\((?P<src>(?:[A-Z][\w'’.]*\s+){1,3})(?P<y>(?:19|20)\d\d)(?:,\s*p+\.\s*\d+)?\)", text)
    if as_of is None and cited:
        # "(IISS 2007)": an in-text citation dates the figures.
        as_of = Span(cited.start("y"), cited.end("y"), cited.group("y"), cited.group("y"))
    paren = [(p.start(), p.end()) for p in re.finditer(r"\([^()]*\)", text)]
    items = list(items) + _named_counts(s, trig.end(), items)
    items.sort(key=lambda x: x[0].begin)
    # "a number of patrol craft, including one Turk class, ...": the listed names inherit the class.
    heads = [(c.end, c.rule) for c in find_class_nouns(text) if c.rule and
             re.match(r",?\s+(?:including|such as|among them|comprising)\b", text[c.end:c.end + 16])]
    if heads:
        classes = [c for c in find_class_nouns(text) if c.rule]
        inherited = []
        for item, category in items:
            head = [h for h in heads if h[0] <= item.begin]
            later = [c for c in classes if head and head[-1][0] < c.begin <= item.begin and c.end != head[-1][0]]
            if category is None and head and not later:
                category = head[-1][1]
            inherited.append((item, category))
        items = inherited
    for item, category in items:
        if any(b <= item.begin < e for b, e in paren):
            continue
        if _ACQUIRE.search(text[item.end:item.end + 30]) or s.lex.country(item.text):
            continue
        if holder_span is not None and holder_span.begin <= item.begin < holder_span.end:
            continue
        if re.fullmatch(r"(?:weapons?|arms|equipment|vehicles?|armaments?)", item.text):
            continue
        if re.fullmatch(r"[A-Z]{1,2} \d{2,4}", item.text):
            continue  # a pennant number ("P 223", "A 671") names one ship, not a type
        qty = _count_before(s, item)
        value = item.value
        if item.kind == "system" and isinstance(value, str) and re.search(r"\ds$", value):
            value = value[:-1]  # "36 F-16s" -> "F-16"
        roles = {"holder": holder, "item": value, "item_category": category,
                 "quantity": qty.value if qty else None, "qualifier": qty.rule if qty and qty.rule else None,
                 "as_of": as_of.value if as_of else None}
        spans = {"holder": holder_span, "item": item, "item_category": item, "quantity": qty, "qualifier": qty,
                 "as_of": as_of}
        why = {"_fact": f"holding:{rule}:{trig.group(0)!r}", "holder": f"holding:{rule}", "item": f"item:{item.kind}",
               "item_category": "reference:system" if item.kind == "system" else "lexicon:class-noun",
               "quantity": "count-before-item", "qualifier": "count-qualifier", "as_of": "year-of-attributed-source"}
        fact = s.fact("holding", roles, spans, why, extractor=EXTRACTOR, confidence=0.65 if qty else 0.55,
                      attributed=att.value if att else None)
        if fact:
            out.append(fact)
    return out


_NAMED_COUNT = re.compile(r"(?<![\w-])(?P<n>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
                          r"(?P<name>[A-Z][a-z]{2,}(?:\s+\d{2,6})?)(?![\w-])")


def _named_counts(s: Sentence, begin: int, items: list) -> list:
    """ "3 Polnochny and 2 Vydra", "1 Project 10470": a count before a capitalised class name."""
    out = []
    for m in _NAMED_COUNT.finditer(s.text, begin):
        name = m.group("name")
        if s.lex.country(name) or re.match(r"(?:January|February|March|April|May|June|July|August|September|October|"
                                           r"November|December|The|In|On|At|Of)\b", name):
            continue
        if any(i.begin <= m.start("name") < i.end or m.start("name") <= i.begin < m.end("name") for i, _ in items):
            continue
        system = s.lex.system(name)
        out.append((Span(m.start("name"), m.end("name"), name, name, "system"), getattr(system, "category", None)))
    return out


_MORE_KEYWORDS = ("service", "fleet", "inventory", "arsenal", "stock", "’s ", "'s ")
_IN_SERVICE = re.compile(r"\bin\s+(?P<c>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\s+(?:military\s+|naval\s+|army\s+|air force\s+)?service\b")
_FLEET = re.compile(r"(?P<h>(?:[Tt]he\s+)?(?:[A-Z][\w-]+\s+){0,3}(?:[Aa]rmy|[Nn]avy|[Aa]ir [Ff]orce|[Ff]orces|[Mm]ilitary|[A-Z][\w-]+))(?:’s|'s)\s+"
                    r"(?:(?:current|entire|whole|ageing|aging|existing|active)\s+)?(?:fleet|inventory|arsenal|stock)\s+of\s+")
_POSS_COUNT = re.compile(r"(?P<h>(?:[Tt]he\s+)?(?:[A-Z][\w-]+\s+){0,3}(?:[Aa]rmy|[Nn]avy|[Aa]ir [Ff]orce|[Ff]orces|[Mm]ilitary)|[A-Z][\w-]+)(?:’s|'s)\s+"
                         r"(?=(?:about\s+|some\s+|around\s+)?\d)")


_NOT_HELD = re.compile(r"\b(?:lost|destroyed|damaged|captured|abandoned|shot down|new|planned|ordered|order|future|"
                       r"retire[ds]?|retiring|sold|sell|buy|bought|purchase[ds]?|acquisition|delivery|deliveries)\b", re.I)


def _state_or_force(s: Sentence, raw: str) -> str | None:
    raw = re.sub(r"^(?:[Tt]he)\s+", "", raw).strip()
    country = s.lex.country(raw)
    if country:
        return country
    words = raw.split()
    if words and s.lex.country(words[0]) and len(words) > 1:
        return state_branch(s.lex, s.lex.country(words[0]), " ".join(words[1:])) or raw
    if re.fullmatch(r"(?:[Aa]rmy|[Nn]avy|[Aa]ir [Ff]orce|[Ff]orces|[Mm]ilitary)", raw):
        full = canonical_force(s, raw.title())
        if full != raw.title():
            return full
        return state_branch(s.lex, main_country(s), raw)
    return None


def _service_and_fleet(s: Sentence, found: list[Fact]) -> list[Fact]:
    """ "lists 199 M-84 tanks in Serbian service", "the navy's fleet of four Type 209 submarines",
    "the army’s 212 M-84 tanks": holdings without a holding verb."""
    text = s.text
    out: list[Fact] = []
    have = {(f.roles.get("item"), f.roles.get("quantity")) for f in found}
    for pattern, rule in ((_IN_SERVICE, "in-state-service"), (_FLEET, "fleet-of"), (_POSS_COUNT, "possessive-count")):
        for m in pattern.finditer(text):
            if NEGATION.search(text[max(0, m.start() - 30):m.start()]):
                continue
            if rule == "in-state-service":
                holder = s.lex.country(m.group("c"))
                if not holder:
                    continue
                begin = max(0, m.start() - 90)
                cut = max(text.rfind(",", begin, m.start()), text.rfind(";", begin, m.start()))
                begin = max(begin, cut + 1)
                items = [(i, c) for i, c in _items(s, begin, m.start())]
                hspan = Span(m.start("c"), m.end("c"), m.group("c"))
            else:
                holder = _state_or_force(s, m.group("h"))
                if not holder:
                    continue
                end = len(text)
                stop = re.search(r"[,;]|\b(?:which|that|who|would|will|to)\b", text[m.end():])
                if stop:
                    end = m.end() + stop.start()
                items = [(i, c) for i, c in _items(s, m.end(), end)][:1]
                hspan = Span(m.start("h"), m.end("h"), m.group("h"))
            if _ACQUIRE.search(text[m.end():m.end() + 40]):
                continue
            for item, category in items:
                qty = _count_before(s, item)
                if rule != "fleet-of" and qty is None:
                    continue
                if rule == "possessive-count" and _NOT_HELD.search(text[max(0, m.start() - 40):item.end + 50]):
                    continue  # "Russia's 300 tanks lost", "the army's 12 new jets, ordered in 2024"
                value = item.value
                if item.kind == "system" and isinstance(value, str) and re.search(r"\ds$", value):
                    value = value[:-1]
                if (value, qty.value if qty else None) in have:
                    continue
                have.add((value, qty.value if qty else None))
                roles = {"holder": holder, "item": value, "item_category": category,
                         "quantity": qty.value if qty else None, "qualifier": qty.rule if qty and qty.rule else None}
                spans = {"holder": hspan, "item": item, "item_category": item, "quantity": qty, "qualifier": qty}
                why = {"_fact": f"holding:{rule}", "holder": f"holding:{rule}", "item": f"item:{item.kind}",
                       "item_category": "reference:system" if item.kind == "system" else "lexicon:class-noun",
                       "quantity": "count-before-item", "qualifier": "count-qualifier"}
                fact = s.fact("holding", roles, spans, why, extractor=EXTRACTOR, confidence=0.55)
                if fact:
                    out.append(fact)
    return out
