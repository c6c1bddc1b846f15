"""Shared machinery of the rule-based fact extractors.

A `Sentence` carries one sentence of a document's clean text with everything the rules need:
the reference data, the mentions inside it, the publication date and the paragraph context.
Finders return `Span`s in sentence-relative clean offsets; `Sentence.fact()` turns them into a
`Fact` with raw offsets, a stable id, and a `why` for every role.
"""
from __future__ import annotations

from orbat.facts import rx as re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Iterable, Mapping

from orbat.ids import fact_id
from orbat.records import Document, Fact, Mention

from orbat.facts.figures import (COUNT, DATE_EXPR, MONEY, MONTH, NUMBER_WORDS, YEAR,  # noqa: F401
                                 find_counts, find_dates, find_money, find_money_wide, resolve_date)
from orbat.facts.span import Span

if TYPE_CHECKING:
    from orbat.refdata import Reference

VERSION = "0.4.0"


# ---------------------------------------------------------------- countries and organisations
class Lexicon:
    """Name lookups over the reference data (no reference: no names are known)."""

    def __init__(self, reference: "Reference | None") -> None:
        self.reference = reference
        self._cache: dict[str, str | None] = {}
        self._sys_cache: dict[str, Any] = {}

    def country(self, text: Any) -> str | None:
        if not isinstance(text, str):
            return None
        key = text.strip()
        if key in self._cache:
            return self._cache[key]
        bare = re.sub(r"(?:'s|’s|')$", "", key)
        bare = re.sub(r"^the\s+", "", bare, flags=re.I)
        name = None
        if self.reference is not None:
            try:
                found = self.reference.country(bare)
            except Exception:  # noqa: BLE001 - an odd name is not known, not an error
                found = None
            name = found.name if found is not None else None
        self._cache[key] = name
        return name

    def country_code(self, name: Any) -> str | None:
        """The ISO alpha-2 code of a state ("Serbia" -> "RS"); None when unknown."""
        if self.reference is None or not isinstance(name, str):
            return None
        try:
            found = self.reference.country(name)
        except Exception:  # noqa: BLE001 - an odd name is not known, not an error
            return None
        return getattr(found, "iso2", None)

    def place_country(self, text: str) -> str | None:
        """The state of a state name, demonym or capital used for its government ("Yerevan")."""
        name = self.country(text)
        if name or self.reference is None:
            return name
        try:
            found = self.reference.country(text, metonyms=True)
        except Exception:  # noqa: BLE001
            return None
        return found.name if found is not None else None

    def system(self, text: str) -> Any:
        if self.reference is None:
            return None
        if text in self._sys_cache:
            return self._sys_cache[text]
        try:
            found = self.reference.system(text)
        except Exception:  # noqa: BLE001
            found = None
        self._sys_cache[text] = found
        return found

    def organisation(self, text: str) -> Any:
        if self.reference is None:
            return None
        try:
            return self.reference.organisation(text)
        except Exception:  # noqa: BLE001
            return None


_LEXICONS: dict[int, Lexicon] = {}


def lexicon(reference: "Reference | None") -> Lexicon:
    key = id(reference)
    lex = _LEXICONS.get(key)
    if lex is None or lex.reference is not reference:
        if len(_LEXICONS) > 8:
            _LEXICONS.clear()
        lex = _LEXICONS[key] = Lexicon(reference)
    return lex


# A run of capitalised words, allowing lower-case joiners inside ("Ministry of Defence").
CAP_RUN = re.compile(
    r"(?:[A-Z][\w’'.&-]*|[A-Z]\.(?:[A-Z]\.)+)(?:(?:\s+(?:of|the|and|for|de|al|bin|van|von|der|du|la)){0,2}"
    r"\s+(?:[A-Z][\w’'.&-]*|\d+(?:st|nd|rd|th)))*")
_POSS = re.compile(r"(?:’s|'s|’|')$")


def find_countries(lex: Lexicon, text: str) -> list[Span]:
    """States named, as adjectives or demonyms too, in `text`: the longest name at each place."""
    out: list[Span] = []
    for m in CAP_RUN.finditer(text):
        words = list(re.finditer(r"[^\s]+", m.group(0)))
        i = 0
        while i < len(words):
            hit = None
            for j in range(min(len(words), i + 5), i, -1):
                b = m.start() + words[i].start()
                e = m.start() + words[j - 1].end()
                raw = text[b:e]
                stripped = _POSS.sub("", raw).rstrip(",")
                name = lex.country(stripped)
                if not name and stripped.endswith("."):
                    stripped = stripped.rstrip(".")
                    name = lex.country(stripped)
                if name:
                    hit = Span(b, b + len(stripped), stripped, name, "country", "lexicon:country")
                    i = j
                    break
            if hit:
                out.append(hit)
            else:
                i += 1
    return out


# ---------------------------------------------------------------- equipment
DESIGNATION = re.compile(
    r"(?<![\w/])(?:[A-Z][a-z]{2,9} \d+[A-Z][A-Z0-9]*\b|[A-Z][A-Za-z]{0,5}[- ]?\d{1,4}[A-Za-z]{0,4}\d?(?:[- ][A-Z0-9]{1,4}\b)?|\d{2,3}[- ]?mm\b(?:\s+[A-Z]{2,}\b)?)"
    r"(?:’s|'s)?(?![\w-])")
_NOT_DESIGNATION = re.compile(r"^(?:[A-Z][a-z]+ \d|[A-Z]{1,2}\d{4}$|Project|Unit|Article|Section|Protocol|Resolution|Group|Army|Corps|Division|Brigade|Regiment|Battalion|Page|Route|Oct|Nov|Dec|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|May|COVID|Covid|G-?\d|P\s|CTF|TF|Task|Flight|Highway|Resolution|UNSCR|Title|Chapter|Vol|No|Fig|Table|Room|Terminal|Gate|Level|Phase|Stage|Grade|Class|Year|Day|Week|FY)", re.I)

# Class nouns: surface regex -> item_category (None: no category, such as "weapons").
CLASS_NOUNS: list[tuple[str, str | None]] = [
    (r"tank destroyers?", "armoured vehicle"),
    (r"main battle tanks?|tanks?", "main battle tank"),
    (r"armou?red personnel carriers?|APCs?", "armoured personnel carrier"),
    (r"(?:armou?red )?infantry fighting vehicles?|IFVs?", "infantry fighting vehicle"),
    (r"armou?red (?:combat |fighting )?vehicles?|MRAPs?|armou?red cars?", "armoured vehicle"),
    (r"self-propelled (?:artillery|howit[sz]ers?|guns?)(?: systems?)?", "self-propelled artillery"),
    (r"(?:towed )?howit[sz]ers?|towed artillery(?: pieces| systems)?", "towed artillery"),
    (r"multiple[- ]rocket launchers?|multi-launch rockets?|MLRS|rocket launchers?|rocket systems?", "multiple rocket launcher"),
    (r"mortars?(?: launchers?)?", "mortar"),
    (r"air[- ]defen[cs]e (?:missile )?(?:systems?|batteries|battery)|anti-aircraft (?:missile )?systems?", "air defence system"),
    (r"surface-to-air missiles?|SAMs?", "surface-to-air missile"),
    (r"anti-tank (?:guided )?(?:missiles?|weapons?|systems?)|ATGMs?", "anti-tank weapon"),
    (r"ballistic missiles?", "ballistic missile"),
    (r"cruise missiles?", "cruise missile"),
    (r"(?:fighter(?:-ground attack)?|combat|attack|strike|multirole|multi-role) (?:aircraft|jets?|planes?)|fighter jets?|fighters|bombers?|warplanes?", "combat aircraft"),
    (r"(?:advanced )?(?:training|trainer) (?:aircraft|jets?)|combat capable trainers|trainers", "trainer aircraft"),
    (r"transport (?:aircraft|planes?)|cargo planes?", "transport aircraft"),
    (r"(?:attack |transport |combat |utility |military )?helicopters?|gunships?", "helicopter"),
    (r"(?:combat |attack |reconnaissance |intelligence |armed )?(?:drones?|unmanned aerial vehicles?|UAVs?)", "unmanned aerial vehicle"),
    (r"loitering munitions?|kamikaze drones?", "loitering munition"),
    (r"satellites?", "satellite"),
    (r"warships?|frigates?|corvettes?|destroyers?|minesweepers?|landing craft|landing ships?|naval ships?|naval vessels?", "warship"),
    (r"patrol (?:craft|boats?|vessels?|ships?)|motorboats?|gunboats?", "patrol craft"),
    (r"(?:midget )?submarines?", "submarine"),
    (r"radars?(?: systems?| stations?)?", "radar"),
    (r"(?:infantry weapons|small arms|(?<!motor )(?<!motorised )(?<!motorized )rifles?|machine guns?|assault rifles?|pistols?)", "small arms"),
    (r"ammunition|munitions|shells|artillery rounds", "ammunition"),
    (r"(?:anti-ship |air-to-air |air-to-surface |guided |long-range |short-range )?missiles?(?: systems?)?|rockets?", None),
    (r"(?:military |defen[cs]e )?(?:equipment|hardware)", None),
    (r"(?:weapons?|arms|armaments?|weaponry)", None),
    (r"aircraft|planes?|jets?", None),
    (r"artillery(?: systems?| pieces?)?", None),
    (r"(?:tactical |military )?vehicles?", None),
]
_CLASS_RE = re.compile(r"\b(?:" + "|".join(f"(?P<c{i}>{p})" for i, (p, _) in enumerate(CLASS_NOUNS)) + r")\b")


def category_of_class(text: str) -> str | None:
    m = _CLASS_RE.fullmatch(text.strip())
    if not m:
        m = _CLASS_RE.search(text)
    if not m:
        return None
    for name, value in m.groupdict().items():
        if value is not None:
            return CLASS_NOUNS[int(name[1:])][1]
    return None


_ATTRIBUTIVE = re.compile(r"[\s-]+(?:program|programme|project|industry|industries|sector|agency|company|companies|unit|"
                          r"base|school|factory|plant|maker|manufacturer|market|technology|crew|pilots?|launch)\b", re.I)


def find_class_nouns(text: str) -> list[Span]:
    out = []
    for m in _CLASS_RE.finditer(text):
        if _ATTRIBUTIVE.match(text, m.end()):
            continue  # "the satellite program", "the tank factory": the noun modifies another
        for name, value in m.groupdict().items():
            if value is not None:
                out.append(Span(m.start(), m.end(), m.group(0), m.group(0), "class",
                                CLASS_NOUNS[int(name[1:])][1] or ""))
                break
    return out


def find_designations(lex: Lexicon, text: str, mentions: Iterable[Span] = ()) -> list[Span]:
    """Equipment designations ("RM-70", "S-300PMU2", "Mi-35M") and catalogued names ("Dana")."""
    out: list[Span] = []
    for m in DESIGNATION.finditer(text):
        raw = _POSS.sub("", m.group(0))
        known = lex.system(raw) is not None
        if not known and (_NOT_DESIGNATION.match(raw) or re.fullmatch(r"\d{2,3}[- ]?mm", raw)):
            continue
        if re.fullmatch(r"(?:1[89]|20)\d\d", raw) or not re.search(r"\d", raw):
            continue
        if not known and re.fullmatch(r"[A-Z][a-z]{2,}\s\d+|[A-Z]{1,2} \d+", raw):
            continue
        begin = m.start()
        prev = re.search(r"(?<![\w-])([A-Z][a-z]{2,}|[A-Z]{2,})\s$", text[max(0, begin - 20):begin])
        if prev and (re.match(r"(?:Mk|Mark|Block|Batch|Type)\b", raw) or lex.system(f"{prev.group(1)} {raw}")):
            # "Tejas Mk1A", "Type 054A": the name before a variant designation is part of it.
            begin -= len(prev.group(0))
            raw = f"{prev.group(1)} {raw}"
        system = lex.system(raw)
        category = getattr(system, "category", None)
        out.append(Span(begin, begin + len(raw), raw, raw, "system", category or ""))
    for span in mentions:
        if not any(s.begin < span.end and span.begin < s.end for s in out):
            out.append(span)
    out.sort(key=lambda s: s.begin)
    return out


# ---------------------------------------------------------------- filters and attribution
NEGATION = re.compile(
    r"\b(?:not|never|no longer|denied|denies|deny|rejected|refused|declined|won't|didn't|doesn't|"
    r"hasn't|haven't|wasn't|weren't|isn't|aren't|cannot|can't|neither|nor)\b", re.I)
MODAL = re.compile(r"\b(?:would|could|(?-i:may)|might|should|must|plans? to|planning to|intends? to|"
                   r"wants? to|hopes? to|if|whether|unless|urged?|calls? for|called for|seeks? to|proposed|envisag\w*|envision\w*)\b", re.I)
ATTRIBUTION = re.compile(
    r"\b(?i:according to) (?:the )?(?P<a>[A-Z][\w’'.&-]*(?:\s+(?:of|for|the|and)?\s*[A-Z][\w’'.&-]*)*(?:\s+media(?:\s+sources)?)?)"
    r"|\b(?:per|citing) (?P<b>[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*)*)"
    r"|(?P<c>(?:the )?[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*)*)(?:\s+\d{4})?\s+(?:also\s+)?(?:estimates?|attributes?|suggests?|reports?|reported|says|said|claims?|claimed|lists?|estimated)\b")


_ATTRIBUTION_WORDS = re.compile(r"(?i:according to|\bper\b|\bciting\b|estimat|attribut|suggest|report|\bsa(?:ys|id)\b|claim|\blists?\b)")


@lru_cache(maxsize=4096)
def attribution(text: str) -> Span | None:
    """Who the text says the claim comes from ("according to X", "X estimates", "per X")."""
    if not _ATTRIBUTION_WORDS.search(text):
        return None
    m = ATTRIBUTION.search(text)
    if not m:
        return None
    for group in ("a", "b", "c"):
        if m.group(group):
            value = m.group(group)
            value = re.sub(r"^(?:the|The)\s+", "", value)
            value = re.sub(r"\s+(?:sources|estimates)$", "", value)
            value = re.sub(r"^(?:UK|US|U\.S\.)\s+", "", value)
            if value.split()[0] in ("It", "He", "She", "They", "This", "That", "There", "In", "On", "At"):
                return None
            b = m.start(group) + m.group(group).find(value)
            return Span(b, b + len(value), value, value, "source", f"attribution:{group}")
    return None


# ---------------------------------------------------------------- sentences and facts
@dataclass
class Sentence:
    doc: Document
    text: str
    begin: int  # clean offset of text[0]
    lex: Lexicon
    mentions: list[Mention] = field(default_factory=list)
    context_before: str = ""  # earlier text of the same paragraph
    context_begin: int = 0
    prior_transfer: Any = None  # the last transfer fact of an earlier sentence of the paragraph
    prior: dict[str, Any] = field(default_factory=dict)  # type -> last fact of an earlier sentence of the paragraph
    known_people: list[str] = field(default_factory=list)  # people named with a title earlier in the document
    _countries: list[Span] | None = None
    _counts: list[Span] | None = None
    _dates: list[Span] | None = None

    _low: str | None = None

    @property
    def low(self) -> str:
        """The sentence lower-cased, for cheap keyword prefilters."""
        if self._low is None:
            self._low = self.text.lower()
        return self._low

    _hits: frozenset[str] | None = None

    def has_any(self, words: tuple[str, ...]) -> bool:
        """Does the sentence contain any of these lower-case keywords?

        Every keyword list ever asked for goes into one automaton; one C-level scan per sentence
        finds all the keywords present, and each question is then a set lookup.
        """
        if words not in _KEYWORD_SETS:
            _register_keywords(words)
            self._hits = None
        if self._hits is None:
            automaton = _automaton_all()
            self._hits = frozenset(value for _, value in automaton.iter(self.low))
        return bool(self._hits & _KEYWORD_SETS[words])

    @property
    def published(self) -> str | None:
        return self.doc.published

    def countries(self) -> list[Span]:
        if self._countries is None:
            self._countries = find_countries(self.lex, self.text)
        return self._countries

    def counts(self) -> list[Span]:
        if self._counts is None:
            self._counts = find_counts(self.text)
        return self._counts

    def dates(self) -> list[Span]:
        if self._dates is None:
            self._dates = find_dates(self.text, self.published)
        return self._dates

    def mention_spans(self, *types: str) -> list[Span]:
        out = []
        for m in self.mentions:
            if m.type in types and m.cbegin >= self.begin:
                b, e = m.cbegin - self.begin, m.cend - self.begin
                if e <= len(self.text):
                    out.append(Span(b, e, self.text[b:e], m.value, m.type, f"mention:{m.source or m.type}"))
        return out

    def paragraph_date(self) -> Span | None:
        """A date opening the paragraph ("In May 2011, ..."), for sentences that give none."""
        if not self.context_before:
            return None
        m = re.match(r"\s*(?:In|On|As of|By|Since)\s+", self.context_before)
        if not m:
            return None
        d = DATE_EXPR.match(self.context_before, m.end())
        if not d:
            return None
        iso = resolve_date(d.group(0), self.published)
        if not iso:
            return None
        off = self.context_begin - self.begin
        return Span(d.start() + off, d.end() + off, d.group(0), iso, "date", "paragraph-date")

    def fact(self, kind: str, roles: dict[str, Any], spans: Mapping[str, Any],
             why: dict[str, str], *, extractor: str, confidence: float,
             quote: tuple[int, int] | None = None, attributed: str | None = None) -> Fact | None:
        roles = {k: v for k, v in roles.items() if v not in (None, "", [])}
        qb, qe = quote if quote else (0, len(self.text))
        for value in spans.values():
            for s in (value if isinstance(value, list) else [value]):
                if s is not None:
                    qb, qe = min(qb, s.begin), max(qe, s.end)
        raw_b, raw_e = self.doc.raw_span(self.begin + qb, self.begin + qe)
        role_spans: dict[str, list[list[int]]] = {}
        for role, value in spans.items():
            if role not in roles:
                continue
            items = value if isinstance(value, list) else [value]
            rs = []
            for s in items:
                if s is None:
                    continue
                b, e = self.doc.raw_span(self.begin + s.begin, self.begin + s.end)
                rs.append([b, e])
            if rs:
                role_spans[role] = rs
        why = {k: v for k, v in why.items() if k.startswith("_") and v or k in roles}
        if attributed is None:
            source = roles.get("according_to")
            if source is None:
                found = attribution(self.text)
                source = found.value if found is not None else None
            attributed = str(source) if source else None
        return Fact(
            id=fact_id(self.doc.key, kind, raw_b, raw_e, roles), doc=self.doc.key, type=kind, roles=roles,
            quote=self.doc.raw_text[raw_b:raw_e], quote_begin=raw_b, quote_end=raw_e, role_spans=role_spans,
            attribution=attributed, confidence=round(confidence, 3), extractor=extractor,
            extractor_version=VERSION, why=why)


def nearest(spans: Iterable[Span], pos: int, *, before: bool | None = None, limit: int = 10_000) -> Span | None:
    best, dist = None, limit
    for s in spans:
        if before is True and s.end > pos:
            continue
        if before is False and s.begin < pos:
            continue
        d = pos - s.end if s.end <= pos else s.begin - pos
        d = abs(d)
        if d < dist:
            best, dist = s, d
    return best


_KEYWORD_SETS: dict[tuple[str, ...], frozenset[str]] = {}
_ALL: list[Any] = []


def _register_keywords(words: tuple[str, ...]) -> None:
    _KEYWORD_SETS[words] = frozenset(words)
    _ALL.clear()  # rebuilt with the new words on next use


def _automaton_all() -> Any:
    if not _ALL:
        import ahocorasick

        automaton = ahocorasick.Automaton()
        for words in _KEYWORD_SETS:
            for w in words:
                automaton.add_word(w, w)
        automaton.make_automaton()
        _ALL.append(automaton)
    return _ALL[0]


_MAIN_COUNTRY: dict[tuple[str, int], str | None] = {}


def main_country(s: Sentence) -> str | None:
    """The state a document is mostly about: the most often named one (None when unclear)."""
    key = (s.doc.key, len(s.doc.clean_text))
    if key in _MAIN_COUNTRY:
        return _MAIN_COUNTRY[key]
    from collections import Counter

    counts: Counter[str] = Counter()
    text = s.doc.clean_text[:50_000]
    for span in find_countries(s.lex, text):
        counts[str(span.value)] += 1
    best = None
    if counts:
        (name, n), *rest = counts.most_common(2)
        if n >= 3 and (not rest or n >= 1.5 * rest[0][1]):
            best = name
    if len(_MAIN_COUNTRY) > 256:
        _MAIN_COUNTRY.clear()
    _MAIN_COUNTRY[key] = best
    return best


LOCATION = re.compile(
    r"\b(?:in|near|at|over|around|outside|into|towards?|targeted|control of|region of|city of|town of|village of|"
    r"territory of|direction of|outskirts of|province of|capital)\s+(?:the\s+)?"
    r"(?:[A-Z][\w-]*(?:’s|'s)\s+)?"
    r"(?P<loc>(?:[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*){0,3})(?:\s+(?:region|area|province|district|oblast|city|town|village|base))?)")


def find_locations(s: Sentence) -> list[Span]:
    out = []
    for found in s.mention_spans("Location"):
        text = re.sub(r"^(?:the|The)\s+", "", found.text)
        if not re.match(r"[A-Z]", text) or s.text[found.begin - 2:found.begin].endswith(("’s", "'s")):
            continue
        b = found.begin + (len(found.text) - len(text))
        out.append(Span(b, found.end, text, re.sub(r"(?:’s|'s)$", "", text), "location", found.rule))
    for m in LOCATION.finditer(s.text):
        loc = m.group("loc")
        if re.match(r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|This|That|Sept?\.?|Oct\.?)\b", loc):
            continue
        if any(x.begin <= m.start("loc") < x.end for x in out):
            continue
        out.append(Span(m.start("loc"), m.end("loc"), loc, re.sub(r"(?:’s|'s)$", "", loc), "location", "in-X"))
    # "over the Belgorod, Bryansk, and Kursk regions": one place per name.
    for m in re.finditer(r"\b(?:in|over|across|of)\s+the\s+((?:[A-Z][\w-]+,?\s+)+(?:and|or)\s+[A-Z][\w-]+)\s+"
                         r"(regions|provinces|oblasts|districts|areas)\b", s.text):
        names = [n for n in re.split(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", m.group(1)) if n]
        unit = m.group(2)[:-1]
        out = [x for x in out if not (m.start(1) <= x.begin < m.end(2))]
        out.append(Span(m.start(1), m.end(2), m.group(0), [f"{n.strip()} {unit}" for n in names], "location", "place-list"))
    out = [x for x in out if not _compound_of_states(s, x.text) and not s.text[x.end:x.end + 2] in ("’s", "'s")]
    # "along the front line"
    for m in re.finditer(r"\b(?:along|on|at)\s+the\s+(front ?line|frontline|border|line of contact)\b", s.text):
        out.append(Span(m.start(1), m.end(1), m.group(1), m.group(1), "location", "front-line"))
    return sorted(out, key=lambda x: x.begin)


def _compound_of_states(s: Sentence, text: str) -> bool:
    parts = text.split("-")
    return len(parts) > 1 and all(s.lex.country(p) for p in parts)


_FORCE_NAME = re.compile(r"\b(?:The\s+|the\s+)?([A-Z][a-z]+\s+(?:(?:[A-Z][a-z]+|and)\s+){0,5}(?:Forces?|Navy|Army|Guard|Corps|Marines))\b")
_FORCES: dict[tuple[str, int], list[str]] = {}
_GENERIC_WORDS = {"the", "of", "and", "armed"}


def canonical_force(s: Sentence, value: str) -> str:
    """A short branch name ("the air force", "Azeri Air Force") as the document's full name for it
    ("Azerbaijani Air and Air Defence Force") when exactly one full name contains its words."""
    key = (s.doc.key, len(s.doc.clean_text))
    names = _FORCES.get(key)
    if names is None:
        names = []
        for m in _FORCE_NAME.finditer(s.doc.clean_text[:100_000]):
            first = m.group(1).split()[0]
            if s.lex.country(first):
                names.append(m.group(1))
        if len(_FORCES) > 256:
            _FORCES.clear()
        _FORCES[key] = names
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", value) if w.lower() not in _GENERIC_WORDS]
    words = [w for w in words if not s.lex.country(w)]
    if not words:
        return value
    from collections import Counter

    hits: Counter[str] = Counter()
    for name in names:
        name_words = [w.lower() for w in re.findall(r"[A-Za-z]+", name)]
        extra = [w for w in name_words if w not in words and not s.lex.country(w) and w not in _GENERIC_WORDS]
        if all(w in name_words for w in words) and extra:
            hits[name] += 1
    # Several full names: the document's usual one (at least twice as frequent as any other).
    ranked = hits.most_common(2)
    if ranked and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
        return ranked[0][0]
    return value


def org_value(written: str, org: Any) -> str:
    """An organisation as FACTS.md wants it: as written, except that an acronym is spelled out
    when the catalogue's name has exactly those initials ("IAI" -> "Israel Aerospace Industries")."""
    name = getattr(org, "name", None)
    if not name:
        return written
    compact = written.replace(".", "")
    if compact.isupper() and 2 <= len(compact) <= 6:
        initials = "".join(w[0] for w in re.findall(r"[A-Za-z][\w-]*", name) if w[0].isupper())
        if initials == compact:
            return name
    return written


# Indian and Nigerian forms the money recogniser may not read: "Rs 6.21 lakh crore", "₹1,62,600 crore",
# "N1.2 trillion", "₦2.5tn".
def demonym(lex: Lexicon, country: str) -> str | None:
    """The adjective of a state ("Serbia" -> "Serbian", "France" -> "French"), from the reference."""
    if lex.reference is None:
        return None
    try:
        found = lex.reference.country(country)
    except Exception:  # noqa: BLE001
        return None
    names = [d for d in getattr(found, "demonyms", ()) or () if not re.search(r"(?:men|women|man|woman)$", d)
             and (not d.endswith("s") or d.endswith("ss"))]
    if not names:
        return None
    stem = country[:4].lower()
    return sorted(names, key=lambda d: (d.lower().startswith(stem), len(d)))[-1]


_GENERIC_BRANCH = {"armed forces": "Armed Forces", "army": "Army", "navy": "Navy", "air force": "Air Force",
                   "military": "Armed Forces", "forces": "Armed Forces", "defence forces": "Armed Forces",
                   "defense forces": "Armed Forces", "marines": "Marines", "coast guard": "Coast Guard",
                   "national guard": "National Guard", "ground forces": "Ground Forces", "land forces": "Land Forces"}


def state_branch(lex: Lexicon, country: str | None, branch: str) -> str | None:
    """"Serbia", "armed forces" -> "Serbian Armed Forces": a state's generic branch as a name."""
    title = _GENERIC_BRANCH.get(" ".join(branch.lower().split()))
    if not country or not title:
        return None
    adj = demonym(lex, country) or country
    return f"{adj} {title}"


_PUBLICATIONS = {"military balance": "IISS", "sipri yearbook": "SIPRI", "world factbook": "CIA"}


def source_name(text: str, att: Span | None) -> Span | None:
    """A better name for an attribution: the acronym given in brackets ("... Studies (IISS)") or the
    publisher of a known annual ("the Military Balance" -> IISS)."""
    if att is None:
        return None
    tail = re.match(r"[^,;.()]{0,120}\((?P<acr>[A-Z][A-Za-z]{1,8})\)", text[att.begin:])
    if tail:
        b = att.begin + tail.start("acr")
        return Span(b, b + len(tail.group("acr")), tail.group("acr"), tail.group("acr"), att.kind, att.rule + ":acronym")
    for pub, who in _PUBLICATIONS.items():
        if pub in str(att.value).lower():
            return Span(att.begin, att.end, att.text, who, att.kind, att.rule + ":publisher")
    return att


_ACCORDING_WIDE = re.compile(
    r"\b(?i:according to|citing|per)\s+(?:the\s+)?(?:(?:latest|most recent|recent|new|annual|last|official)\s+)*"
    r"(?:(?:figures|data|estimates?|edition) (?:of|from|by) (?:the\s+)?)?"
    r"(?P<a>[A-Z][\w’'.&-]*(?:\s+(?:of|for|the|and|on)?\s*[A-Z][\w’'.&-]*)*(?:\s+media(?:\s+sources)?)?)")


def attribution_wide(text: str) -> Span | None:
    """attribution(), also reading "according to the latest Military Balance of the ... (IISS)" and
    giving the acronym or publisher (see source_name)."""
    m = _ACCORDING_WIDE.search(text)
    if m:
        value = re.sub(r"\s+(?:on|of|the|and|for)$", "", m.group("a"))
        value = re.sub(r"\s+sources$", "", value)
        span = Span(m.start("a"), m.start("a") + len(value), value, value, "source", "attribution:according-wide")
        if value.split()[0] not in ("It", "He", "She", "They", "This", "That", "There", "In", "On", "At"):
            return source_name(text, span)
    return source_name(text, attribution(text))
