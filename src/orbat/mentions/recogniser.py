"""The rule-based entity recogniser: gazetteer + regexes + capitalisation chunks + noun-phrase rules.

Built once per Reference (an Aho-Corasick automaton over every reference name and the module's own
class vocabularies), then run on clean texts. Candidates from all recognisers are resolved into a
non-overlapping set: higher tier first, then longer spans, then higher priority.

Span conventions follow dstl's re3d: determiners and premodifiers are part of a noun phrase
("the Syrian Democratic Forces", "a VBIED", "ISIL tanks", "our partners"); titles are part of a
person's name ("Lt. Gen. Stephen J. Townsend", "Defense Secretary Ash Carter"); a bare office title
with its determiner is a Person ("the prime minister").
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import ahocorasick

from orbat.mentions import patterns, vocab
from orbat.mentions.sentences import split_sentences

if TYPE_CHECKING:
    from orbat.refdata import Reference

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Candidate:
    begin: int
    end: int
    type: str
    value: Any = None
    link: str | None = None
    source: str = ""
    priority: int = 50  # higher wins among spans of one tier and length
    tier: int = 1  # 0: closed-shape types that always win (money, url...), 1: the rest
    confidence: float = 0.8


@dataclass(frozen=True)
class Entry:
    text: str  # surface form as listed
    type: str  # re3d type, or "title" for titles/ranks
    link: str | None
    case: str  # "exact" | "cap" (first letter's case must match) | "any"
    kind: str  # country, demonym, capital, system, organisation, class, name, title, head, loc
    ambiguous: bool = False
    value: Any = None


_TOK = re.compile(r"['’][sS]\b|(?:[A-Z]\.){2,}|\w+(?:[-&]\w+|['’](?![sS]\b)\w+|(?<=\d)\.(?=\d)\w+)*|[^\w\s]")
_WORDCHAR = re.compile(r"\w")

DETERMINERS = {"the", "a", "an", "this", "these", "those", "our", "their", "its", "his", "her", "all",
               "other", "another", "some", "my", "your"}
# Words that end a noun phrase's left edge without being part of it ("each [unit]", "both [tactical units]").
NOT_DETERMINERS = {"each", "every", "any", "both", "that", "either", "neither"}
# Adjectives that are part of a class noun phrase in defence texts ("Iraqi security forces").
MODIFIERS = {
    "security", "military", "local", "enemy", "partner", "opposition", "moderate", "tactical", "heavy", "single",
    "lone", "suicide", "large", "small", "foreign", "international", "global", "regional", "terrorist", "armed",
    "special", "government", "regime", "rebel", "militant", "insurgent", "allied", "coalition", "naval", "air",
    "ground", "land", "maritime", "combat", "counter-isil", "counter-daesh", "counter-terrorism", "civilian",
    "multinational", "multi-national", "wider", "entire", "remaining", "additional", "new", "modern", "advanced",
    "precision", "guided", "unguided", "improvised", "homemade", "anti-aircraft", "anti-tank", "armored",
    "armoured", "chemical", "ballistic", "nuclear", "conventional", "deployed", "joint", "friendly", "hostile",
    "syrian-led", "u.s.-led", "us-led", "russian-backed", "iranian-backed", "pro-government", "pro-regime",
    "anti-government", "kurdish", "arab", "sunni", "shia", "shiite", "islamist", "jihadist", "extremist", "violent",
    "key", "senior", "several", "multiple", "numerous", "various", "unmanned", "manned", "heavy-lift",
    # nouns that name the use of a site ("a VBIED staging facility", "UAV construction facilities")
    "staging", "storage", "construction", "production", "training", "launch", "supply", "command", "weapons",
    "ammunition", "oil", "bus", "repeater", "headquarters", "logistics",
}
NUMBER_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                "dozens", "hundreds", "thousands", "several", "multiple"}
ORG_HEADS = {
    "Command", "Forces", "Force", "Coalition", "Department", "Ministry", "Council", "Committee", "Group", "Fund",
    "Agency", "Office", "Army", "Navy", "Guard", "Wing", "Squadron", "Regiment", "Battalion", "Brigade",
    "Division", "Corps", "Fleet", "Company", "Corporation", "Inc", "Inc.", "Ltd", "Ltd.", "LLC", "Union",
    "Organization", "Organisation", "Bank", "Party", "Movement", "Front", "Nations", "Program", "Programme",
    "Board", "Commission", "Government", "Administration", "Service", "Services", "Institute", "Center", "Centre",
    "Association", "Alliance", "Authority", "Team", "Battery", "Component", "Staff", "Directorate", "Police",
    "Assembly", "Parliament", "Senate", "Congress", "Court", "Tribunal", "University", "Foundation", "Network",
    "Conference", "Branch", "Reserve", "Industries", "Airlines", "Marines", "Troops", "Brigades", "Battalions",
    "Militia", "Militias", "Mobilization", "Cabinet", "Secretariat", "Embassy", "Consulate", "Mission",
    "Guards", "Gendarmerie", "Academy", "Bureau", "Unit", "Units", "Dialogue", "Society", "Federation",
    "Holding", "Holdings", "Systems", "Technologies", "Aerospace", "Dynamics", "Shipyard", "Works", "Plant",
    "Group's", "Peshmerga", "Legion", "Detachment", "Element", "Flotilla", "Task",
}
PERSON_PRONOUNS = {"I": "Person", "he": "Person", "He": "Person", "she": "Person", "She": "Person"}
ORG_PRONOUNS = {"We": "Organisation", "we": "Organisation", "them": "Organisation"}
# "We're", "I'm" count; "I." (a Roman numeral or initial) does not.
_PRONOUN_RE = re.compile(r"(?<![\w'’.-])(?:We|we|I|he|He|she|She|them)(?![\w-]|\.\w)")
LOCATIVE = {"in", "near", "at", "from", "to", "into", "outside", "around", "toward", "towards", "across",
            "inside", "throughout", "within", "of", "between", "and", "via", "through", "west", "east",
            "north", "south"}
_STOP_CAPS = {
    "The", "A", "An", "This", "That", "These", "Those", "It", "Its", "In", "On", "At", "For", "With", "By", "As",
    "But", "And", "Or", "If", "When", "While", "After", "Before", "Since", "During", "Today", "Yesterday",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
    "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mr", "Mrs", "Ms",
    "Our", "We", "They", "He", "She", "I", "There", "Here", "All", "Some", "Many", "Each", "Both", "Also",
    "According", "However", "Although", "Meanwhile", "Additionally", "Further", "Furthermore", "Following",
    "To", "From", "Of", "Under", "Over", "Through", "Throughout", "Those", "His", "Her", "Their", "My", "Your",
    "Who", "What", "Where", "Why", "How", "Not", "No", "Yes", "Thanksgiving", "Christmas", "New", "Year",
    "Read", "Click", "See", "Photo", "Video", "Related", "Note", "Editor", "Update", "Updated", "Please",
    "Follow", "Share", "Subscribe", "More", "Latest", "News", "Release", "Statement", "Press", "Briefing",
    "Operation", "Strike", "Strikes", "Near", "Inside", "Outside", "Near", "Every", "One", "Two", "Three",
    "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "First", "Second", "Third", "Last", "Next",
}
_CALENDAR = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov",
             "Dec", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
NAME_CONNECT = {"of", "the", "for", "de", "da", "du", "al", "bin", "ibn", "von", "van", "der", "del", "&"}


class Recogniser:
    def __init__(self, reference: "Reference | None") -> None:
        self.automaton = ahocorasick.Automaton()
        self._entries: dict[str, list[Entry]] = {}
        self.titles: dict[str, str | None] = {}  # title text -> link
        self._countries: dict[str, Any] = {}
        if reference is not None:
            self._add_reference(reference)
        self._add_vocab()
        for key, entries in self._entries.items():
            self.automaton.add_word(key, (len(key), tuple(entries)))
        if len(self.automaton):
            self.automaton.make_automaton()
        self._title_auto = ahocorasick.Automaton()
        for t in self.titles:
            self._title_auto.add_word(t, len(t))
        if len(self._title_auto):
            self._title_auto.make_automaton()
        self._loc_heads = set(vocab.locations()[0])
        self._regions = set(vocab.regions())

    # ----------------------------------------------------------------- building
    def _add(self, text: str, entry: Entry) -> None:
        key = text.lower()
        if not key.strip():
            return
        self._entries.setdefault(key, []).append(entry)

    def _add_reference(self, reference: "Reference") -> None:
        for e in reference.names():
            if e.kind in ("title", "rank"):
                if e.case_sensitive and e.text[:1].islower():
                    continue
                self.titles.setdefault(e.text, e.ref)
                continue
            if e.kind == "country":
                country = reference.resolve(e.ref)
                value = getattr(country, "name", None)
                case = "exact" if e.case_sensitive else "cap"
                self._add(e.text, Entry(e.text, "Location", e.ref, case, "country", e.ambiguous, value))
            elif e.kind == "demonym":
                country = reference.resolve(e.ref)
                value = getattr(country, "name", None)
                case = "exact" if e.case_sensitive else "cap"
                self._add(e.text, Entry(e.text, "Nationality", e.ref, case, "demonym", e.ambiguous, value))
            elif e.kind == "capital":
                case = "exact" if e.case_sensitive else "cap"
                self._add(e.text, Entry(e.text, "Location", e.ref, case, "capital", e.ambiguous, e.text))
            elif e.kind == "system":
                system = reference.resolve(e.ref)
                if " " not in e.text and not any(c.isdigit() for c in e.text):
                    e_kind = "system-word"  # "Trident", "Fort": only alone, not inside a longer name
                else:
                    e_kind = "system"
                kind = getattr(system, "kind", None) or "MilitaryPlatform"
                name = getattr(system, "name", e.text)
                case = "exact" if e.case_sensitive else "any"
                self._add(e.text, Entry(e.text, kind, e.ref, case, e_kind, e.ambiguous, name))
            elif e.kind == "organisation":
                if e.text.startswith(("Operation ", "Exercise ")):
                    continue  # an operation named after its task force is an event, not an organisation
                org = reference.resolve(e.ref)
                case = "exact" if e.case_sensitive else "cap"
                self._add(e.text, Entry(e.text, "Organisation", e.ref, case, "organisation", e.ambiguous,
                                        getattr(org, "name", e.text)))

    def _add_vocab(self) -> None:
        for phrase, type_ in vocab.classes().items():
            self._add(phrase, Entry(phrase, type_, None, "any", "class"))
        names, words, groups = vocab.organisations()
        for name in names:
            case = "exact" if not any(c.islower() for c in name) else "cap"
            self._add(name, Entry(name, "Organisation", None, case, "name", False, name))
        for word in words:
            self._add(word, Entry(word, "Organisation", None, "any", "class"))
        for word in groups:
            self._add(word, Entry(word, "Organisation", None, "any", "class", False, "group"))
        for place in vocab.places():
            self._add(place, Entry(place, "Location", None, "cap", "place", False, place))
        heads, words = vocab.locations()
        for word in words:
            self._add(word, Entry(word, "Location", None, "any", "loc"))
        for title in vocab.titles():
            self.titles.setdefault(title, None)

    # ----------------------------------------------------------------- running
    def find(self, text: str, published: str | None = None) -> list[Candidate]:
        cands: list[Candidate] = []
        for b, e, type_, value, source in patterns.find_all(text, published):
            tier = 0 if type_ in ("Url", "CommsIdentifier", "Frequency", "Money") else \
                2 if type_ == "Quantity" else 1
            prio = {"Temporal": 70, "DocumentReference": 75, "Quantity": 20}.get(type_, 90)
            cands.append(Candidate(b, e, type_, value, None, source, prio, tier, 0.9))
        toks = [(m.start(), m.end()) for m in _TOK.finditer(text)]
        words = [text[s:e] for s, e in toks]
        starts = {s: i for i, (s, _) in enumerate(toks)}
        ends = {e: i for i, (_, e) in enumerate(toks)}
        sent_first = set()
        for sb, _ in split_sentences(text):
            i = starts.get(sb)
            if i is not None:
                sent_first.add(i)
        # line starts count as sentence starts too (headlines, bullets)
        for i, (s, _) in enumerate(toks):
            if s == 0 or text[s - 1] == "\n":
                sent_first.add(i)
        ctx = _Context(text, toks, words, starts, ends, sent_first)
        cands += self._gazetteer(ctx)
        cands += self._designations(ctx)
        cands += self._persons(ctx)
        cands += self._chunks(ctx, cands)
        cands += self._places(ctx, cands)
        cands += self._pronouns(ctx)
        cands += self._org_phrases(ctx)
        return cands

    # gazetteer ------------------------------------------------------------------
    def _gazetteer(self, ctx: "_Context") -> list[Candidate]:
        text = ctx.text
        low = text.lower()
        out: list[Candidate] = []
        if not len(self.automaton):
            return out
        n = len(text)
        for end_idx, (length, entries) in self.automaton.iter(low):
            end = end_idx + 1
            begin = end - length
            if begin > 0 and (text[begin - 1].isalnum() or text[begin - 1] in "-_@"):
                if not (text[begin - 1] == "-" and _AFFIX_BEFORE.search(low, max(0, begin - 7), begin)):
                    continue
            if end < n and (text[end].isalnum() or (text[end] == "-" and end + 1 < n and text[end + 1].isalnum())):
                continue
            surface = text[begin:end]
            for entry in entries:
                if entry.case == "exact" and surface != entry.text:
                    continue
                if entry.case == "cap" and surface[:1] != entry.text[:1] and not surface.isupper():
                    continue
                cand = self._gaz_candidate(ctx, begin, end, entry)
                if cand is not None:
                    out.append(cand)
                    break
        return out

    def _gaz_candidate(self, ctx: "_Context", begin: int, end: int, entry: Entry) -> Candidate | None:
        if entry.kind in ("class", "loc"):
            type_ = entry.type
            if type_ in ("Weapon", "MilitaryPlatform", "Vehicle") and _COMPOUND_HEAD.match(ctx.text, end):
                return None  # a modifier of another noun: "VBIED factory", "mortar teams", "fighter squadron"
            # re3d marks equipment classes bare ("destroyed a [tank]"); groups and places with their phrase
            if type_ in ("MilitaryPlatform", "Vehicle"):
                # an owner is part of a platform ("ISIL tanks", "Coalition aircraft", "an ISIL tactical vehicle"),
                # and makes a vehicle military; "the tanks" keeps its article, "a [tank]" does not
                b = ctx.owner_left(begin)
                if b < begin:
                    if type_ == "Vehicle" and entry.text.startswith("vehicle"):
                        type_ = "MilitaryPlatform"
                    art = ctx.text[max(0, b - 3):b]
                    if art.endswith(("a ", "A ")) and (b < 3 or not art[0].isalnum()):
                        b -= 2
                    elif art in ("an ", "An "):
                        b -= 3
                    b = ctx.include_the(b)
                elif type_ == "MilitaryPlatform":
                    b = ctx.include_the(begin)
                    if b == begin and entry.text == "aircraft":
                        return None  # "aircraft" alone is generic ("the type of aircraft employed")
                elif type_ == "Vehicle":  # "destroyed a front-end loader"
                    art = ctx.text[max(0, begin - 3):begin]
                    if art.endswith("a ") and (begin < 3 or not art[0].isalnum()):
                        b = begin - 2
                    elif art == "an ":
                        b = begin - 3
            elif type_ == "Weapon":
                b = begin
                ext = re.match(r" (?:and|or) (?:artillery|mortar|rocket|missile|anti-tank|air defen[cs]e)? ?systems?\b| "
                               r"systems?\b", ctx.text[end:end + 40])
                if ext:  # "anti-aircraft artillery systems", "artillery and mortar systems"
                    end += ext.end()
            else:
                b = ctx.extend_left(begin, allow_caps=True)
            # "the tanks" / "ISIL vehicles": a military owner makes a vehicle a platform
            if type_ == "Vehicle" and b < begin:
                pre = ctx.text[b:begin].strip()
                if pre and pre.split()[-1][:1].isupper() and entry.text.startswith("vehicle"):
                    type_ = "MilitaryPlatform"
            if entry.type == "Person" and b == begin:
                return None  # "the soldier", "a service member", not a bare "soldier"
            if entry.kind == "class" and entry.type == "Organisation" and b == begin and entry.value != "group":
                return None  # a bare class word ("military", "people") is too vague on its own
            if entry.kind == "loc" and b == begin and entry.text not in vocab.sites():
                return None
            prio = 40 if entry.kind == "class" else 35
            return Candidate(b, end, type_, None, entry.link, "class", prio, 1, 0.6)
        if entry.kind in ("system", "system-word"):
            # a class phrase after a system name is part of it: "Kalibr cruise missiles", "Leopard 2A6 tanks"
            cls = _SYSTEM_CLASS.match(ctx.text, end)
            if entry.kind == "system-word" and not cls:
                before, after = ctx.text[max(0, begin - 20):begin], ctx.text[end:end + 20]
                if re.search(r"[A-Z][\w.-]*\s$", before) or re.match(r"\s[A-Z]", after):
                    return None  # "Fort Campbell", "Unified Trident": part of another name
            if entry.ambiguous and not cls:
                return None  # "Javelin", "Patriot" count only with a class word after them
            new_end = cls.end() if cls else end
            type_ = entry.type
            if cls and re.search(r"missile|launcher|rocket|howitzer|MANPADS|gun", cls.group()):
                type_ = "Weapon"
            elif cls and not re.search(r"systems?$", cls.group()):
                type_ = "MilitaryPlatform" if entry.type != "Vehicle" else "Vehicle"
            return Candidate(begin, new_end, type_, entry.value, entry.link, f"gazetteer:{entry.kind}", 62, 1, 0.85)
        if entry.ambiguous:
            return None
        type_ = entry.type
        begin2 = begin
        if entry.kind in ("organisation", "name"):
            begin2 = ctx.include_the(begin)
        if entry.kind in ("country",):
            type_ = self._country_role(ctx, begin, end)
            if type_ == "Organisation":
                begin2 = ctx.include_the(begin)
            elif ctx.text[max(0, begin - 4):begin] in ("the ", "The "):
                begin2 = begin - 4
        if entry.kind == "demonym":
            return self._demonym(ctx, begin, end, entry)
        prio = 60 if entry.kind in ("organisation", "name", "system", "system-word") else 55
        return Candidate(begin2, end, type_, entry.value, entry.link, f"gazetteer:{entry.kind}", prio, 1, 0.8)

    _GROUP_NOUNS = re.compile(
        r"\s+((?:[a-z-]+\s+){0,2}?(?:people|population|officials|government|authorities|parties|citizens|"
        r"community|communities|companies|leaders|leadership|forces|troops|military|army|navy|soldiers|"
        r"service members?|partners|allies|opposition|regime|rebels|fighters|militants|police|delegation|"
        r"preservationists|experts|refugees|civilians|children|authorities|ministry|officers|personnel))\b")

    def _demonym(self, ctx: "_Context", begin: int, end: int, entry: Entry) -> Candidate | None:
        """"Syrian" alone is a Nationality; "the Syrian people" and "the Syrians" are an Organisation."""
        surface = ctx.text[begin:end]
        m = self._GROUP_NOUNS.match(ctx.text, end)
        if m:
            b = ctx.extend_left(begin, allow_caps=True)
            return Candidate(b, m.end(), "Organisation", None, entry.link, "demonym+group", 42, 1, 0.6)
        if surface.endswith("s") and surface[:-1] != "U.S" and not surface.endswith("ss"):
            b = ctx.extend_left(begin, allow_caps=False)
            return Candidate(b, end, "Organisation", None, entry.link, "demonym:people", 42, 1, 0.6)
        return Candidate(begin, end, "Nationality", entry.value, entry.link, "gazetteer:demonym", 45, 1, 0.7)

    _LOCATIVE_BEFORE = re.compile(
        r"(?:\b(?i:in|into|outside of|to|near|across|throughout|within|inside|outside|around|toward|towards|from|at|"
        r"via|over|through|visit|visited|visits|enter|entered|leave|left|return|returned|reach|reached|northern|"
        r"southern|eastern|western|north|south|east|west|northeastern|northwestern|southeastern|southwestern|"
        r"central|parts of|part of|on|about)\s+(?:the\s+)?"
        r"|\b(?:a|an)(?:\s[a-z-]+){0,3}\s+"
        r"|\b(?i:in|into|to|near|from|across|throughout|within|inside|outside|between)\s+(?:the\s+|both\s+)?"
        r"(?:(?:[A-Z][\w.’'-]*|and|or|the)[\s,]+)+"
        r")$")

    def _country_role(self, ctx: "_Context", begin: int, end: int) -> str:
        """A country as a place (after a locative preposition) is a Location in re3d; acting, an Organisation."""
        before = ctx.text[max(0, begin - 60):begin]
        if self._LOCATIVE_BEFORE.search(before):
            return "Location"
        if re.search(r"(?:^|\n)\s*$", before) and re.match(r"\s*(?:\n|\.|:|$)", ctx.text[end:end + 3]):
            return "Location"  # a heading of its own: "Syria\n"
        return "Organisation"

    # designations and ships ----------------------------------------------------------
    def _designations(self, ctx: "_Context") -> list[Candidate]:
        out = []
        text = ctx.text
        for m in patterns.SHIP_RE.finditer(text):
            out.append(Candidate(m.start(), m.end(), "MilitaryPlatform", None, None, "ship", 80, 1, 0.85))
        for m in patterns.DESIGNATION_RE.finditer(text):
            d = m.group()
            if re.fullmatch(r"[A-Z]{1,2}\s\d+", d):
                # "DDG 70" style hull numbers only right after a ship name or in brackets
                before = text[max(0, m.start() - 2):m.start()]
                if "(" not in before and "," not in before:
                    continue
            if re.fullmatch(r"(?:COVID|G|H\.R|FY|Q|H|ISO|Ch|Art|No|Vol|Resolution|Title|Section)-\d+.*", d, re.I):
                continue
            after = text[m.end():m.end() + 40]
            before = text[max(0, m.start() - 40):m.start()]
            # context decides the kind: "missile", "launcher" -> Weapon; everything else a platform
            word = re.match(r"\s*(?:[A-Z][\w-]*\s+)?([a-z][\w-]*(?:\s[a-z][\w-]*)?)", after)
            type_ = "MilitaryPlatform"
            if word and re.search(r"missile|rocket|launcher|gun|howitzer|mortar|bomb|munition|torpedo|"
                                  r"system|grenade|rifle|artillery", word.group(1)):
                type_ = "Weapon"
            end = m.end()
            # a NATO name or class name after the designation: "KC-135R Stratotanker", "F-16 Fighting Falcons"
            nm = re.match(r"\s+((?:[A-Z][a-z]+)(?:\s[A-Z][a-z]+)?)", after)
            if nm and nm.group(1).split()[0] not in _STOP_CAPS:
                end = m.end() + nm.end()
            cls = re.match(r"[\s-]+(?:class\s+)?(?:self-propelled howitzer|howitzer|MRAP|tank|frigate|"
                           r"destroyer|corvette|submarine|helicopter|fighter(?: jet)?|aircraft|jet|bomber|"
                           r"drone|missile system|missile|rocket launcher|launcher|vehicle|carrier)s?\b",
                           text[end:end + 40])
            if cls:
                end += cls.end()
                if re.search(r"missile|launcher|howitzer$", cls.group()):
                    type_ = "Weapon" if "self-propelled" not in cls.group() else "MilitaryPlatform"
            b = m.start()
            # "Air Force F-16 Fighting Falcons": a service name before belongs to the span
            svc = re.search(r"(?:(?:Air Force|Navy|Army|Marine Corps|Russian|U\.S\.|US|Ukrainian|Israeli|"
                            r"Turkish|French|British|Iranian|Chinese)\s)$", before)
            if svc:
                b = m.start() - len(svc.group())
            out.append(Candidate(b, end, type_, d, None, "designation", 78, 1, 0.75))
        # coordinated classes: "attack, bomber, fighter and remotely piloted aircraft"
        for m in (patterns.windowed(_COORD_AIRCRAFT, text, _AIRCRAFT_KEYS, back=80, low=ctx.low) if COORDINATED else ()):
            out.append(Candidate(m.start(), m.end(), "MilitaryPlatform", None, None, "coordinated", 79, 1, 0.7))
        # counted strikes: "conducted 11 strikes", "one airstrike"
        for m in (patterns.windowed(_COUNTED_STRIKE, text, _STRIKE_KEYS, back=30, low=ctx.low) if COUNTED_STRIKES else ()):
            out.append(Candidate(m.start(1), m.end(1), "Weapon", None, None, "counted-strike", 45, 1, 0.6))
        # "X-class frigate", "the X self-propelled howitzer", "X MRAP"
        for m in patterns.windowed(_CLASS_NAME_RE, text, _CLASS_KEYS, back=40, low=ctx.low):
            kind = (m.group("cls") or m.group("cls2")).lower()
            name = m.group("name") or m.group("name2")
            if name.split()[0] in _STOP_CAPS:
                continue
            type_ = "Weapon" if re.search(r"missile|launcher|^howitzer|gun|rocket", kind) else "MilitaryPlatform"
            out.append(Candidate(m.start(), m.end(), type_, name, None, "class-name", 77, 1, 0.7))
        return out

    # persons ----------------------------------------------------------------------
    def _persons(self, ctx: "_Context") -> list[Candidate]:
        out: list[Candidate] = []
        if not len(self._title_auto):
            return out
        text = ctx.text
        names: set[str] = set()
        spans: list[tuple[int, int]] = []
        for tb, te in self._title_spans(text):
            if spans and tb < spans[-1][1]:
                continue
            title = text[tb:te]
            # chain titles: "Lt. Gen.", "Navy Capt.", "Deputy Secretary of State"
            j = te
            while text[j:j + 1] == " " and (j + 1) in self._title_starts:
                j = self._title_starts[j + 1]
            te = j
            name_end, name_words = ctx.name_after(te)
            b = tb
            # premodifiers: "Iraqi Prime Minister", "U.S. Secretary of State", "Pentagon Press Secretary"
            b = ctx.extend_caps_left(b)
            if name_words:
                # a capitalised title word at a sentence start with a name after is still a title
                if b < tb:  # "the UN Special Envoy Staffan de Mistura"
                    b = ctx.include_the(b)
                name = text[te:name_end].strip()
                value = {"name": name, "title": " ".join(text[tb:te].split()),
                         "title_ref": self.titles.get(text[tb:te])}
                out.append(Candidate(b, name_end, "Person", value, None, "title+name", 72, 1, 0.85))
                app = _APPOSITION.match(text, name_end)
                if app:  # "Gen. Jane Roe, commander of U.S. Central Command"
                    a_end = app.end()
                    if text[a_end - 1] == "." and text[a_end - 2].islower():
                        a_end -= 1  # the sentence's full stop
                    out.append(Candidate(app.start(1), a_end, "Person", None, None, "apposition", 50, 1, 0.6))
                spans.append((b, name_end))
                last = name_words[-1]
                names.add(last)
                if re.match(r"(?i)(?:al|el)-", last) and len(last) > 4:
                    names.add(last[3:])  # "al-Abadi" is later "Abadi"
                if len(name_words) >= 2:
                    names.add(" ".join(name_words))
                continue
            # a bare title with a determiner: "the prime minister", "The Secretary of State"
            det = text[max(0, b - 4):b]
            if det in ("the ", "The ") and title[:1].isupper() or det in ("the ", "The ") and " " in title:
                if title.lower() in ("general", "major", "private", "chair", "chief", "representative",
                                     "director", "commander", "minister", "secretary"):
                    if title[:1].islower() or title in ("General", "Major", "Private", "Chief"):
                        continue
                # "of X": "the Minister of Foreign Affairs of Iraq", "the UN High Commissioner for Refugees"
                m_of = _OF_CONTINUATION.match(text, te)
                if m_of:
                    te = m_of.end()
                out.append(Candidate(b - 4, te, "Person", None, None, "the+title", 52, 1, 0.6))
                spans.append((b - 4, te))
        # "the prime minister", "the secretary": an office standing for its holder
        for m in patterns.windowed(_THE_OFFICE, text, _THE_KEYS, back=1, low=ctx.low):
            out.append(Candidate(m.start(), m.end(), "Person", None, None, "the+office", 51, 1, 0.55))
        # transcripts: "SECRETARY KERRY:", "MR KIRBY:"
        for m in _TRANSCRIPT_SPEAKER.finditer(text):
            out.append(Candidate(m.start(1), m.end(1), "Person", None, None, "transcript", 60, 1, 0.7))
        # Arabic names by kunya: "Abu Jandal al-Kuwaiti"
        for m in _KUNYA.finditer(text):
            out.append(Candidate(m.start(), m.end(), "Person", None, None, "kunya", 55, 1, 0.7))
            names.add(m.group())
            if " " in m.group():
                names.add(" ".join(m.group().split()[:2]))
        # "Knox Thames, the Special Advisor ...": a name in apposition to a title
        for m in _NAME_THEN_TITLE.finditer(text):
            if m.group(1).split()[0] in _STOP_CAPS:
                continue
            out.append(Candidate(m.start(1), m.end(1), "Person", None, None, "name,title", 45, 1, 0.6))
            names.add(m.group(1).split()[-1])
        # "..., said Russell." / "Russell said": a lone capitalised name as the speaker
        for m in _SPEAKER.finditer(text):
            g = "a" if m.group("a") else "b"
            if m.group(g) in _STOP_CAPS:
                continue
            out.append(Candidate(m.start(g), m.end(g), "Person", None, None, "speaker", 15, 1, 0.4))
            names.add(m.group(g))
        # surname memory: later mentions of a known person by surname
        if names:
            rx = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
                            + r")(?![\w-])")
            for m in rx.finditer(text):
                out.append(Candidate(m.start(), m.end(), "Person", None, None, "surname", 58, 1, 0.7))
        return out

    def _title_spans(self, text: str) -> list[tuple[int, int]]:
        """Leftmost-longest title matches on word boundaries ("Lt. Gen." before "Gen.")."""
        best: dict[int, int] = {}
        n = len(text)
        for end_idx, length in self._title_auto.iter(text):
            b, e = end_idx + 1 - length, end_idx + 1
            if b > 0 and (text[b - 1].isalnum() or text[b - 1] in ".-"):
                continue
            if e < n and (text[e].isalnum() or text[e] == "-") and text[e - 1] != ".":
                continue
            if best.get(b, 0) < e:
                best[b] = e
        self._title_starts = best
        out = []
        last = -1
        for b in sorted(best):
            if b >= last:
                out.append((b, best[b]))
                last = best[b]
        return out

    # capitalised chunks -------------------------------------------------------------
    def _chunks(self, ctx: "_Context", cands: list[Candidate]) -> list[Candidate]:
        """Runs of capitalised words (with of/the/and inside) not otherwise explained."""
        out: list[Candidate] = []
        words, toks, text = ctx.words, ctx.toks, ctx.text
        n = len(words)
        i = 0
        while i < n:
            w = words[i]
            if not _is_cap(w) or (w in _STOP_CAPS and (i in ctx.sent_first or w not in ("New",))):
                i += 1
                continue
            j = i + 1
            while j < n:
                wj = words[j]
                if toks[j][0] - toks[j - 1][1] > 1 or "\n" in text[toks[j - 1][1]:toks[j][0]]:
                    break
                if _is_cap(wj) and wj not in ("I",) and wj not in _CALENDAR:
                    j += 1
                    continue
                if wj in NAME_CONNECT and j + 1 < n and _is_cap(words[j + 1]) and words[j + 1] not in _STOP_CAPS:
                    j += 2
                    continue
                if _ORDINAL.fullmatch(wj) and j + 1 < n and _is_cap(words[j + 1]):
                    j += 2  # "U.S. 5th Fleet"
                    continue
                if wj == "of" and j + 2 < n and words[j + 1] == "the" and _is_cap(words[j + 2]) \
                        and words[j + 2] not in _STOP_CAPS:
                    j += 3  # "Department of the Treasury"
                    continue
                if wj == "and" and "of" in words[i:j] and j + 1 < n and _is_cap(words[j + 1]) \
                        and words[j + 1] not in _STOP_CAPS:
                    j += 2  # "State Board of Antiquities and Heritage"
                    continue
                break
            # ordinals before: "507th Air Refueling Wing", "3rd Battalion"
            b_i = i
            if i > 0 and re.fullmatch(r"\d+(?:st|nd|rd|th)", words[i - 1]):
                b_i = i - 1
            seq = words[i:j]
            begin, end = toks[b_i][0], toks[j - 1][1]
            cand = self._classify_chunk(ctx, b_i, i, j, seq, begin, end)
            if cand is not None:
                if cand.type == "Organisation":
                    cand = self._org_context(ctx, cand, b_i, out)
                out.append(cand)
            i = j
        return out

    def _org_context(self, ctx: "_Context", cand: Candidate, b_i: int, previous: list[Candidate]) -> Candidate:
        """Widen an organisation chunk over its possessor ("The Coalition’s Small Group") and over the unit
        it belongs to ("Abel Battery, 3rd Battalion")."""
        text = ctx.text
        begin = cand.begin
        if b_i >= 2 and ctx.words[b_i - 1] in ("’s", "'s") and ctx.toks[b_i - 1][1] + 1 == ctx.toks[b_i][0]:
            k = b_i - 2
            if _is_cap(ctx.words[k]) or _is_acronym(ctx.words[k]):
                while k > 0 and (_is_cap(ctx.words[k - 1]) or _is_acronym(ctx.words[k - 1])) \
                        and ctx.words[k - 1] not in _STOP_CAPS and ctx.toks[k - 1][1] + 1 == ctx.toks[k][0]:
                    k -= 1
                begin = ctx.include_the(ctx.toks[k][0])
        if previous and previous[-1].type == "Organisation" and text[previous[-1].end:cand.begin] == ", " \
                and text[cand.begin:cand.begin + 1].isdigit() and MERGE_UNITS:
            begin = previous.pop().begin  # "3rd Battalion, 321st Field Artillery Regiment"
        if begin == cand.begin:
            return cand
        return Candidate(begin, cand.end, cand.type, cand.value, cand.link, cand.source, cand.priority, cand.tier,
                         cand.confidence)

    def _classify_chunk(self, ctx: "_Context", b_i: int, i: int, j: int, seq: list[str], begin: int,
                        end: int) -> Candidate | None:
        words, text = ctx.words, ctx.text
        last = seq[-1]
        first_sent = i in ctx.sent_first
        if seq[0] in ("Operation", "Exercise", "QUESTION", "ANSWER", "Q", "A"):
            return None
        # an office named after its organisation: "507th Maintenance Group Commander",
        # "Acting General Director of the Office of Museums"
        head = seq[seq.index("of") - 1] if "of" in seq[1:] else last
        if len(seq) > 1 and head in _OFFICE_HEADS:
            b = ctx.include_the(begin)
            return Candidate(b, end, "Person", None, None, "chunk:office", 53, 1, 0.6)
        # "Government of Iraq", "Ministry of Defence", "Department of State"
        if seq[0] in ORG_HEADS and len(seq) > 2 and seq[1] == "of":
            b = ctx.include_the(begin)
            return Candidate(b, end, "Organisation", None, None, "chunk:org-of", 52, 1, 0.65)
        # organisation by its head word
        if any(w in ORG_HEADS for w in seq[1:]) or (last in ORG_HEADS and len(seq) > 1) or \
                (b_i < i and last in ORG_HEADS):
            b = ctx.include_the(begin)
            return Candidate(b, end, "Organisation", None, None, "chunk:org-head", 50, 1, 0.65)
        if last in self._loc_heads and len(seq) > 1:
            b = ctx.include_the(begin)
            return Candidate(b, end, "Location", None, None, "chunk:loc-head", 50, 1, 0.65)
        # acronyms: "CJTF-OIR", "SBAH", "CTF 50"
        if len(seq) == 1 and _is_acronym(last) and last.lower() not in vocab.classes() \
                and last.lower().rstrip("s") not in vocab.classes():
            b = ctx.include_the(begin)
            num = re.match(r" \d{1,4}\b", text[end:end + 6])
            if num:
                end += num.end()
            return Candidate(b, end, "Organisation", None, None, "chunk:acronym", 30, 1, 0.5)
        if first_sent and len(seq) == 1:
            return None
        prev = words[i - 1].lower() if i > 0 else ""
        # "Sarmada, Syria" (place, country) or a locative preposition before
        if prev in ("in", "near", "outside", "around", "toward", "towards", "into", "across", "from", "of",
                    "inside", "at", "to", "within", "throughout"):
            if prev in ("of", "at", "to", "from") and not re.match(r",\s[A-Z]", text[end:end + 3]):
                pre2 = words[i - 2].lower() if i > 1 else ""
                if prev == "of" and pre2 not in ("city", "town", "village", "province", "region", "outskirts",
                                                 "north", "south", "east", "west", "vicinity", "capital"):
                    return None
                if prev in ("at", "to") and len(seq) > 2:
                    return None
            return Candidate(begin, end, "Location", None, None, "chunk:locative", 25, 1, 0.5)
        return None

    def _places(self, ctx: "_Context", cands: list[Candidate]) -> list[Candidate]:
        """"Palmyra, Syria", "the city of Raqqa", "northern Iraq"; and later mentions of a place named once."""
        text = ctx.text
        out: list[Candidate] = []
        locs = [c for c in cands if c.type == "Location" or (c.source == "gazetteer:country")]
        by_begin = {c.begin: c for c in locs}
        for c in locs:
            # "X, Y" where Y is a country or a region: "Cibolo, Texas", "Istanbul, Turkey" (not a list of countries)
            if c.source in ("gazetteer:country",):
                continue
            m = _COMMA_PLACE.match(text, c.end)
            if m:
                tail = m.group(1)
                nxt = by_begin.get(c.end + m.start(1) - c.end)
                if (nxt is not None and nxt.source == "gazetteer:country") or tail in self._regions:
                    end = m.end()
                    if text[end:end + 1].isalpha() or re.match(r",\s(?:[A-Z]|and\b)", text[end:end + 6]):
                        continue
                    out.append(Candidate(c.begin, end, "Location", None, c.link, "place,region", 57, 1, 0.7))
        # "Mosul district", "Idlib province": a lower-case administrative head after a place name
        for c in list(cands) + out:
            if c.type == "Location" and text[c.begin:c.begin + 1].isupper():
                m = _ADMIN_HEAD.match(text, c.end)
                if m:
                    out.append(Candidate(c.begin, m.end(), "Location", None, c.link, "place+head", 58, 1, 0.7))
        for m in patterns.windowed(_PLACE_OF, text, _PLACE_KEYS, back=40, low=ctx.low):
            out.append(Candidate(m.start(), m.end(), "Location", None, None, "place-of", 56, 1, 0.65))
        for m in patterns.windowed(_DIRECTION_PLACE, text, _DIRECTION_KEYS, back=1, low=ctx.low):
            if m.group("name").split()[0] in _STOP_CAPS:
                continue
            out.append(Candidate(m.start(), m.end(), "Location", None, None, "direction+place", 56, 1, 0.65))
        # one sense per discourse: a name once seen as a place is a place elsewhere in the text
        names = {text[c.begin:c.end] for c in cands if c.type == "Location" and c.source.startswith("chunk")
                 and text[c.begin:c.begin + 1].isupper()}
        names = {n for n in names if len(n) > 3 and n.split()[0] not in _STOP_CAPS}
        if names:
            rx = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
                            + r")(?![\w-])")
            for m in rx.finditer(text):
                out.append(Candidate(m.start(), m.end(), "Location", None, None, "place-memory", 24, 1, 0.5))
        return out

    def _org_phrases(self, ctx: "_Context") -> list[Candidate]:
        """"the government of Iraq", "the people of Syria"; "U.S. Central Command commander" (a Person)."""
        out = []
        for m in patterns.windowed(_OF_GROUP, ctx.text, _GROUP_KEYS, back=14, low=ctx.low):
            out.append(Candidate(m.start(), m.end(), "Organisation", None, None, "group-of", 53, 1, 0.6))
        for m in patterns.windowed(_ORG_OFFICER, ctx.text, _OFFICER_KEYS, back=90, low=ctx.low):
            if m.group("org").split()[0] in _STOP_CAPS:
                continue
            out.append(Candidate(m.start(), m.end(), "Person", None, None, "org+office", 54, 1, 0.6))
        return out

    # pronouns -------------------------------------------------------------------------
    def _pronouns(self, ctx: "_Context") -> list[Candidate]:
        out = []
        for m in _PRONOUN_RE.finditer(ctx.text):
            w = m.group()
            t = PERSON_PRONOUNS.get(w) or ORG_PRONOUNS.get(w) or "Person"
            out.append(Candidate(m.start(), m.end(), t, None, None, "pronoun", 10, 1, 0.4))
        return out


_COMPOUND_HEAD = re.compile(
    r"[ -](?:facility|facilities|factory|factories|cache|caches|team|teams|crew|crews|squadron|squadrons|network|"
    r"networks|attack|attacks|impact|position|positions|site|sites|storage|staging|launch|construction|unit|"
    r"units|rounds?|production|plant|depot|depots|workshop|cell|cells|maintenance|pilot|pilots|operator|"
    r"operators|maker|makers|component|components|program|programme|strike|strikes|wing|battalion|battery|"
    r"regiment|brigade|company|training|exercise|base|bases|manufacturer|industry|deal|contract)\b")
_SYSTEM_CLASS = re.compile(
    r"(?:\s(?:[A-Z][\w-]*\d[\w-]*|\d\w*(?:-\w+)?|[A-Z][a-z]+-[A-Z]))?"
    r"\s(?:cruise |ballistic |anti-tank |anti-ship |surface-to-air |air-to-air |guided |attack |fighter |"
    r"main battle |armou?red |multiple )?(?:missiles?|missile systems?|launchers?|systems?|tanks?|howitzers?|"
    r"helicopters?|jets?|fighters?|drones?|aircraft|carriers?|vehicles?|MANPADS|rockets?|destroyers?|"
    r"frigates?|corvettes?|submarines?|rifles?|guns?|bombers?|UAVs?|APCs?|IFVs?|MRAPs?)\b")
# re3d marks "Abel Battery, 3rd Battalion" whole in one place and in parts in another: keep parts.
MERGE_UNITS = False
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
_OFFICE_HEADS = {"Commander", "Director", "Secretary", "Minister", "Chairman", "Chief", "Spokesman", "Spokesperson",
                 "President", "Ambassador", "Envoy", "Advisor", "Adviser", "Representative", "Governor", "Mayor",
                 "Commissioner", "Officer"}
_ADJECTIVE = re.compile(r"[a-z][a-z-]{2,}(?:al|ous|ic|ive|ent|ant|ary|ian|ful|ese|ish)")
_NOT_ADJECTIVES = {"against", "want", "meant", "sent", "went", "spent", "present", "event", "want", "tant",
                   "until", "ent", "cent", "percent", "urgent", "moment", "government", "recent", "current",
                   "different", "relevant", "significant", "important", "represent", "prevent", "arrival",
                   "approval", "proposal", "removal", "survival", "withdrawal", "general", "several", "total"}
_AFFIX_BEFORE = re.compile(r"\b(?:intra|inter|pan|anti|pro|non)-$")  # "intra-Syrian talks"
_OF_CONTINUATION = re.compile(r"(?:\s(?:of|for|to)\s(?:the\s)?(?:[A-Z][\w’'-]*)(?:\s(?:and\s)?[A-Z][\w’'-]*)*)+")
_ADMIN_HEAD = re.compile(r" (?:province|district|governorate|region|neighborhood|neighbourhood|suburbs|"
                         r"oblast|county|prefecture|municipality)\b")
_COMMA_PLACE = re.compile(r",\s((?:D\.C\.|[A-Z][\w’'-]*)(?:\s[A-Z][\w’'-]*)?)")
_PLACE_OF = re.compile(
    r"\b(?:(?:the|The)\s+)?(?:(?:[A-Z][a-z]+|northern|southern|eastern|western|northwest|northeast|southwest|"
    r"southeast|northwestern|northeastern|southwestern|southeastern|ancient|port|border|regional)\s+)?"
    r"(?:city|town|village|province|district|region|governorate|port city|border town|area)\s+of\s+"
    r"(?:the\s+)?[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)*")
_DIRECTION_PLACE = re.compile(
    r"\b(?:northern|southern|eastern|western|northwestern|northeastern|southwestern|southeastern|central)\s+"
    r"(?P<name>[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?)(?![\w’'-])")
_OF_GROUP = re.compile(
    r"\b(?:(?i:the|all|all of the)\s+)?(?i:governments?|people|peoples|members|residents|families|citizens|ministry|parliament|"
    r"armed forces|army|navy|air force|military|families|leadership|leaders|president|presidency)\s+of\s+"
    r"(?:the\s+)?[A-Z][\w’'-]+(?:\s+(?:of\s+)?[A-Z][\w’'-]+)*")
_ORG_OFFICER = re.compile(
    r"\b(?:(?:the|The)\s+)?(?P<org>(?:(?:\d+(?:st|nd|rd|th)|U\.S\.|[A-Z][\w-]*[A-Z][\w-]*|[A-Z][a-z]+)\s+){0,5}"
    r"(?:[A-Z][\w-]*))\s+(?:commanding general|commander|spokesman|spokesperson|spokeswoman|"
    r"press secretary|chief of staff|director|chairman)\b")
_APPOSITION = re.compile(
    r",\s((?:the\s)?(?:commander|spokesman|spokesperson|spokeswoman|director|chief|head|leader|chairman|"
    r"secretary|minister|ambassador|president|envoy)\s(?:of|for)\s(?:the\s)?[A-Z0-9][\w.’'-]*"
    r"(?:\s(?:of\s)?[A-Z][\w.’'-]*)*)")
_TRANSCRIPT_SPEAKER = re.compile(
    r"(?m)^\s*((?:SECRETARY|MR\.?|MS\.?|MRS\.?|DR\.?|GENERAL|AMBASSADOR|ADMIRAL|COLONEL|CAPTAIN|MINISTER|"
    r"PRESIDENT|SENATOR)\s[A-Z][A-Z’'-]+)\s*:")
_KUNYA = re.compile(r"\b(?:Abu|Umm)\s[A-Z][\w’'-]+(?:\s(?:al-|el-|Al-)[A-Z][\w’'-]+)?")
_NAME_THEN_TITLE = re.compile(
    r"(?<![\w.])((?:[A-Z][a-z]+)(?:\s[A-Z]\.)?\s[A-Z][a-z]+(?:[-\s][A-Z][a-z]+)?),\s(?:the\s)?"
    r"(?:[A-Z][\w-]*\s){0,3}(?:Special Advisor|Special Adviser|Advisor|Adviser|spokesman|spokesperson|"
    r"spokeswoman|Commander|commander|Director|director|Minister|Secretary|Ambassador|Envoy|President|"
    r"Chairman|Chief|chief|head|leader|Representative)\b")
_THE_OFFICE = re.compile(
    r"\b[Tt]he (?:(?:deputy|vice|acting|prime|foreign|defen[cs]e|interior|finance) )?(?:prime minister|"
    r"secretary of state|secretary of defen[cs]e|secretary|president|minister|ambassador|spokesman|"
    r"spokesperson|spokeswoman|envoy|special envoy)\b(?!\s+(?:of\s+)?[A-Z])")
_SPEAKER = re.compile(r"\bsaid (?P<a>[A-Z][a-z]{2,})(?=[.,])|(?<=[.”\"] )(?P<b>[A-Z][a-z]{2,}) (?=said\b)")
# "conducted 11 strikes": re3d marks counted strikes as Weapon in some documents and not in others.
COUNTED_STRIKES = False
_STRIKE_KEYS = patterns.triggers("strike")
# "attack, bomber, fighter and remotely piloted aircraft" as one span (re3d does both: one span, or each type)
COORDINATED = False
_AIRCRAFT_KEYS = patterns.triggers("aircraft")
_AC = r"(?:attack|bomber|fighter|fighter-attack|remotely piloted|rotary-wing|fixed-wing|cargo|tanker|surveillance|" \
      r"reconnaissance|transport|unmanned|manned|strike|combat|training|trainer|patrol|helicopter)"
_COORD_AIRCRAFT = re.compile(rf"\b{_AC}(?:,\s{_AC})*,?\s(?:and|or)\s{_AC}\saircraft\b")
_CLASS_KEYS = patterns.triggers("class howitzer mrap vehicle carrier tank launcher system helicopter jet drone uav "
                                "missile")
_THE_KEYS = patterns.triggers("the")
_PLACE_KEYS = patterns.triggers("city town village province district region governorate capital area")
_DIRECTION_KEYS = patterns.triggers("northern southern eastern western northwestern northeastern southwestern "
                                    "southeastern central")
_GROUP_KEYS = patterns.triggers("government people members ministry parliament armed army navy air military "
                                "families leadership leaders president")
_OFFICER_KEYS = patterns.triggers("commander commanding spokes secretary chief director chairman")
_COUNTED_STRIKE = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|"
    r"fifty|several|multiple|additional)\s+((?:air|precision |coalition |U\.S\. )?strikes?)\b", re.I)
_CLASS_NAME_RE = re.compile(
    r"(?:(?:the|a|an)\s+)?(?P<name>[A-Z][\w-]*(?:\s[A-Z][\w-]*)?)(?:-class|\s+class)\s+"
    r"(?P<cls>frigate|destroyer|corvette|submarine|cruiser|carrier|aircraft carrier|patrol (?:boat|vessel)|"
    r"landing ship|warship|ship|vessel)s?\b"
    r"|(?:(?:the|a|an)\s+)?(?P<name2>[A-Z][\w-]*(?:\s[A-Z][\w-]*)?)\s+"
    r"(?P<cls2>self-propelled howitzer|MRAP|armou?red vehicle|infantry fighting vehicle|armou?red personnel carrier|"
    r"main battle tank|tank|howitzer|multiple rocket launcher|rocket launcher|air defen[cs]e system|"
    r"surface-to-air missile system|missile system|attack helicopter|helicopter|fighter jet|drone|"
    r"unmanned aerial vehicle|UAV)s?\b")


class _Context:
    def __init__(self, text: str, toks: list[tuple[int, int]], words: list[str], starts: dict[int, int],
                 ends: dict[int, int], sent_first: set[int]) -> None:
        self.text, self.toks, self.words, self.starts, self.ends = text, toks, words, starts, ends
        self.sent_first = sent_first
        self.low = text.lower()

    def include_the(self, begin: int) -> int:
        before = self.text[max(0, begin - 4):begin]
        if before in ("the ", "The ") and (begin - 4 == 0 or not self.text[begin - 5].isalnum()):
            return begin - 4
        return begin

    def extend_left(self, begin: int, *, allow_caps: bool) -> int:
        """Include premodifiers and a determiner before a class word: "the Iraqi security forces"."""
        i = self.starts.get(begin)
        if i is None:
            return begin
        b = begin
        k = i - 1
        while k >= 0:
            w = self.words[k]
            s, e = self.toks[k]
            gap = self.text[e:self.toks[k + 1][0]]
            if gap not in (" ", ""):
                if not (gap == ", " and False):
                    break
            lw = w.lower()
            if lw in DETERMINERS:
                b = s
                break
            if lw in NOT_DETERMINERS:
                break
            if lw in ("led", "held", "backed", "based", "controlled", "allied", "supported") and k >= 2 \
                    and self.words[k - 1] == "-" and self.toks[k - 1][1] == s:
                # "the U.S.-led coalition": the compound modifier and its owner belong to the phrase
                k -= 2
                b = self.toks[k][0]
                k -= 1
                continue
            if lw in MODIFIERS or (allow_caps and (_is_cap(w) or _is_acronym(w)) and k not in self.sent_first
                                   and w not in _STOP_CAPS) or (allow_caps and w in ("U.S.", "U.K.", "UK", "US")) \
                    or (allow_caps and _is_cap(w) and k in self.sent_first and w not in _STOP_CAPS):
                b = s
                k -= 1
                continue
            if re.fullmatch(r"[A-Z][\w]*-(?:held|led|backed|controlled|affiliated|based)", w) or \
                    re.fullmatch(r"\w+-(?:held|led|backed|controlled|affiliated|based|borne)", w):
                b = s
                k -= 1
                continue
            if w in ("’s", "'s") and k > 0 and self.toks[k][0] == self.toks[k - 1][1]:
                # a possessor belongs to the phrase: "the camp’s residents", "Turkey’s government"
                k -= 1
                b = self.toks[k][0]
                k -= 1
                continue
            if _ADJECTIVE.fullmatch(w) and lw not in _NOT_ADJECTIVES and k not in self.sent_first:
                b = s  # "innocent civilians", "religious minorities"
                k -= 1
                continue
            break
        return b

    def owner_left(self, begin: int) -> int:
        """Start of an owner written before a class word: "ISIL", "Coalition", "U.S." (one or two tokens)."""
        i = self.starts.get(begin)
        if i is None:
            return begin
        b = begin
        k = i - 1
        # lower-case premodifiers that belong to a platform class ("tactical", "armored") come first
        while k >= 0 and self.words[k].lower() in ("tactical", "armored", "armoured", "technical", "military") \
                and self.text[self.toks[k][1]:self.toks[k + 1][0]] == " ":
            k -= 1
        for _ in range(2):
            if k < 0 or self.text[self.toks[k][1]:self.toks[k + 1][0]] != " ":
                break
            w = self.words[k]
            if (_is_acronym(w) or (_is_cap(w) and w not in _STOP_CAPS)) and not w.endswith(("held", "led")):
                b = self.toks[k][0]
                k -= 1
                continue
            break
        return b

    def extend_caps_left(self, begin: int) -> int:
        i = self.starts.get(begin)
        if i is None:
            return begin
        b = begin
        k = i - 1
        while k >= 0:
            w = self.words[k]
            s, e = self.toks[k]
            if self.text[e:self.toks[k + 1][0]] != " ":
                break
            if (_is_cap(w) or w in ("U.S.", "U.K.")) and w not in _STOP_CAPS and w not in ("Gen", "Col"):
                b = s
                k -= 1
                continue
            break
        return b

    def name_after(self, pos: int) -> tuple[int, list[str]]:
        """The capitalised name right after a title: "Stephen J. Townsend", "John “J.D.” Dorrian"."""
        text = self.text
        m = _NAME_AFTER.match(text, pos)
        if not m:
            return pos, []
        span = m.group(1)
        parts = [p for p in re.split(r"\s+", span) if p]
        # drop trailing words that begin a new clause ("Kerry said")
        return m.start(1) + len(span), [p for p in parts if not p.startswith(("“", '"'))]


_NAME_WORD = r"(?:[A-ZÀ-ÞĀ-Ž](?:[^\W\d_]|[’'](?![sS]\b)|-(?=[^\W\d_]))+|[A-Z]\.(?:[A-Z]\.)*|[A-Z]{2,}(?=\s[A-Z])|(?:al|el|bin|ibn|de|van|von|der)-?[A-Z][\wà-ÿ’'-]+|Al-[A-Z][\w’'-]+)"
_NAME_AFTER = re.compile(
    rf"[\s\u200e\u200f]+((?:{_NAME_WORD}|[“\"][^”\"\n]{{1,12}}[”\"])(?:\s+(?:{_NAME_WORD}|[“\"][^”\"\n]{{1,12}}[”\"]|"
    rf"(?:I{{1,3}}|IV|V|Jr\.|Sr\.)(?![\w])|(?:al|de|bin|van|von|der)(?=\s[A-Z])))*)")


def _is_cap(w: str) -> bool:
    return bool(w) and w[0].isupper() and any(c.isalpha() for c in w)


def _is_acronym(w: str) -> bool:
    core = w.replace("-", "").replace(".", "").replace("&", "")
    letters = sum(c.isupper() for c in core)
    return 2 <= len(core) <= 9 and letters >= 2 and core.isalnum() and all(c.isupper() or c.isdigit() for c in core) \
        and not re.fullmatch(r"[IVXLC]+", core)
