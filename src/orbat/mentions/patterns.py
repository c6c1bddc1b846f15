"""Regex recognisers for the closed-shape types: Url, CommsIdentifier, Frequency, DocumentReference,
Money, Temporal, Quantity and equipment designations. Each yields (begin, end, type, value, source)."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Iterable, Iterator

if TYPE_CHECKING:
    import ahocorasick  # type: ignore[import-not-found]  # no stubs

from orbat.mentions.money import MONEY_RE, parse_money
from orbat.mentions.numbers import DIGITS, WORD_NUMBER
from orbat.mentions.quantity import QUALIFIER_RE, parse_quantity
from orbat.mentions.temporal import TEMPORAL_RE, parse_temporal

Found = tuple[int, int, str, Any, str]

URL_RE = re.compile(r"\b(?:https?://|www\.)[^\s<>\"'()\[\]]+[^\s<>\"'()\[\].,;:!?]", re.I)
EMAIL_RE = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
HANDLE_RE = re.compile(r"(?<![\w@])@[A-Za-z_][A-Za-z0-9_]{1,30}\b")
PHONE_RE = re.compile(
    r"(?<![\w-])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)[\s.-]?|\d{3}[\s.-])\d{3}[\s.-]\d{4}(?![\w-])"
    r"|(?<![\w-])\+\d{1,3}(?:[\s.-]\d{2,4}){2,4}(?![\w-])")
FREQ_RE = re.compile(r"\b\d+(?:[.,]\d+)?\s?(?:[kKMG]Hz|Hz|hertz|kilohertz|megahertz|gigahertz)\b")
CALLSIGN_RE = re.compile(r"\b(?:call ?sign|callsign)\s+[\"“]?([A-Z][A-Za-z]*(?:[ -]\d+)?)")
DOCREF_RE = re.compile(
    r"\b(?:(?:the\s+)?(?:UN\s+|U\.N\.\s+|United Nations\s+)?(?:Security Council\s+)?Resolutions?\s+\d{2,5}"
    r"(?:\s*(?:and|,)\s*\d{2,5})*"
    r"|Executive Orders?\s+\d{4,6}"
    r"|(?:[Ss]ection|[Aa]rticle|[Cc]hapter|[Pp]aragraph|[Cc]lause)\s+\d+(?:\.\d+)*[A-Za-z]?(?:\(\w+\))*"
    r"(?:\s+of\s+the\s+(?:[A-Z][\w’']*\s?)+)?"
    r"|(?:Public Law|P\.L\.)\s+\d+-\d+|(?:H\.R\.|S\.)\s?\d{1,5}\b"
    r"|Passcode\s+\d{4,}"
    r"|(?:(?:the\s+)?[A-Z][\w’']+(?:\s+[A-Z][\w’']+)*\s+)(?:Communiqu[eé]|Treaty|Accords?|Protocol|"
    r"Convention|Memorandum|Declaration|Agreement|Act)(?:\s+of\s+\d{4}|\s+\d{4})?)",
)
# Documents named by their issuer, date or owner: "a Nov. 24 statement", "Defense Department news release",
# "Turkey’s constitution", "the Constitution", "media reports".
DOCNOUN_RE = re.compile(
    r"(?:\b(?:a|an|the|its|their|his|her)\s+)?"
    r"(?:(?:(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.|January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\s\d{1,2}(?:,\s\d{4})?\s"
    r"|(?:[A-Z][\w.-]*\s){1,4}(?=(?:news|press)\s)"
    r"|[A-Z][\w.-]*(?:\s[A-Z][\w.-]*){0,2}['’]s\s)"
    r"(?:news release|press release|statement|communiqu[eé]|constitution|white paper|magazine|newsletter)\b"
    r"|\b(?:the\s)?Constitution\b|\bmedia reports\b")

# Equipment designations: T-14, Su-25, BTR-80A, S-300PMU2, AH-64E, F-16V, KC-135R, MiG-29, 2S19, DDG 70
DESIGNATION_RE = re.compile(
    r"(?<![\w-])(?:[A-Z][A-Za-z]{0,4}-\d{1,4}[A-Z]{0,5}\d?[A-Za-z]?(?:[-/][A-Z0-9]{1,4})?"
    r"|\d[A-Z]\d{1,3}[A-Z]?\d?"
    r"|(?:DDG|CVN|LHD|LHA|LPD|SSN|SSBN|FFG|CG|LCS|T-AO|L|D|F|A|P|R)\s\d{1,4})(?![\w-])")
_SHIP_PREFIXES = r"(?:USS|USNS|HMS|HMAS|HMCS|HMNZS|FS|INS|ROKS|JS|TCG|HNLMS|ESPS|ITS|FGS|BNS|PNS|KRI|RFS)\s"
SHIP_RE = re.compile(
    r"\b" + _SHIP_PREFIXES + r"+"
    r"(?:[A-Z][\w’'-]+)(?:\s+(?:de|of|the|[A-Z][\w’'-]+))*(?<!\bde)(?<!\bof)(?<!\bthe)")

_NUM = rf"(?:{DIGITS}|{WORD_NUMBER})"
MEASURE_UNITS = (r"(?:square\s+)?(?:kilometers?|kilometres?|km|miles?|meters?|metres?|feet|foot|yards?|"
                 r"nautical miles|tons?|tonnes?|kilograms?|kg|pounds|lbs|liters?|litres?|gallons?|barrels?|"
                 r"percent|per cent|%|acres?|hectares?|sq\.? (?:km|mi))")
QUANTITY_RE = re.compile(
    rf"(?<![\w$€£¥.,-])(?:{QUALIFIER_RE}\s+)?"
    rf"(?:(?:tens|hundreds) of (?:thousands|millions)|dozens|scores|hundreds|thousands|"
    rf"{_NUM}(?:[\s-](?:hundred|thousand|million|billion))?"
    rf"(?:\s*(?:-|–|to)\s*{_NUM}(?:[\s-](?:hundred|thousand|million|billion))?)?(?:-plus|\+)?"
    rf"(?:\s+{MEASURE_UNITS}\b|%)?)(?![\w-])", re.I)
# Approximators stay outside a money span ("nearly [$100 million]"); comparatives are part of it
# ("[more than $4 million]"), as in re3d.
_MONEY_QUAL = re.compile(r"(?:up to|nearly|almost|about|around|approximately|roughly|some|as much as|"
                         r"an estimated|estimated)\s+", re.I)
_QTY_QUAL = re.compile(QUALIFIER_RE + r"\s+", re.I)
_LOWER_MONTH = re.compile(r"(?<![A-Za-z])(?:may|march|jan|mar|jun|jul|aug|sep|oct|nov|dec)(?![A-Za-z])")
_VAGUE_TIME = {"now", "currently", "recently", "a second"}
_TIME_LEAD = re.compile(r"(?:since|by|until|before|after)\s+(?=\d)", re.I)
HOLIDAY_RE = re.compile(r"\b(?:(?:this|last|next)\s+)?(?P<h>Thanksgiving(?: Day)?|Christmas(?: Day| Eve)?|"
                        r"New Year(?:’s|'s)?(?: Day| Eve)|Easter(?: Sunday)?|Ramadan|Eid al-(?:Adha|Fitr)|"
                        r"Independence Day|Victory Day|Memorial Day|Veterans Day|Nowruz)\b")
ORDINAL_RE = re.compile(r"\b\d+(?:st|nd|rd|th)\b")

# Whole-text scans with a leading \b or lookbehind get no help from re's literal-prefix search, so they try every
# position. Every match of these contains one of a few literal strings: look for those first (far cheaper).
_HOLIDAY_WORDS = ("Thanksgiving", "Christmas", "New Year", "Easter", "Ramadan", "Eid al-", " Day", "Nowruz")
# a ship prefix and its space without the \b: a literal alternation re can search quickly
SHIP_HINT = re.compile(_SHIP_PREFIXES)


def may_hold_ship(text: str) -> bool:
    """False only when SHIP_RE cannot match anywhere in `text`."""
    return SHIP_HINT.search(text) is not None


# Cheap triggers: the big money and date regexes only run in windows around these (10x faster).
_MONEY_TRIGGER = re.compile(
    r"[$€£¥₽₼₴₹₪₺₩]|\b(?:USD|EUR|GBP|JPY|RUB|AZN|UAH|INR|ILS|TRY|KRW|CNY|RMB|CHF|SEK|NOK|DKK|PLN|CZK|AMD|GEL|"
    r"KZT|SAR|AED|IRR|PKR|EGP|BRL|ZAR|SGD|TWD|MYR|IDR|THB|HUF|RON|BGN|AUD|CAD|Rs)\b|"
    r"(?i:dollar|euro|pound|sterling|\byen\b|r(?:ou|u)ble|manat|\bdrams?\b|\blari\b|hryvn|yuan|renminbi|rupee|"
    r"shekel|\blira|riyal|dirham|\bwon\b|zloty|tenge|\brials?\b|francs|kron|\brand\b|reais)")
_TEMPORAL_TRIGGER = re.compile(
    r"\b(?:1[0-9]{3}|20[0-9]{2})\b|\d-\d{2}-\d|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|"
    r"(?i:\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|\btoday|\btonight|yesterday|tomorrow|overnight|"
    r"\bweek|\bmonth|\byear|decade|centur|\bdays?\b|\bhours?\b|\bminutes?\b|\bseconds\b|\bago\b|"
    r"\bmorning|afternoon|evening|\bnight|[ap]\.m\b|\b[ap]m\b|\bGMT\b|\bUTC\b|Zulu|B\.?C\.?|A\.D\.|"
    r"spring|summer|autumn|winter)")


def windows(text: str, trigger: re.Pattern[str], before: int = 70, after: int = 60) -> list[tuple[int, int]]:
    """Merged spans around trigger matches, widened to whitespace so no word is cut."""
    spans: list[tuple[int, int]] = []
    n = len(text)
    for m in trigger.finditer(text):
        b, e = max(0, m.start() - before), min(n, m.end() + after)
        while b > 0 and not text[b - 1].isspace():
            b -= 1
        while e < n and not text[e].isspace():
            e += 1
        if spans and b <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(e, spans[-1][1]))
        else:
            spans.append((b, e))
    return spans


_WORD_START = re.compile(r"[\w$€£¥₽₼₴₹₪₺₩]+")
_MONEY_KEYS = ("$ € £ ¥ ₽ ₼ ₴ ₹ ₪ ₺ ₩ dollar euro pound sterling yen ruble rouble manat dram lari hryvn yuan renminbi "
               "rupee shekel lira riyal dirham won zloty tenge rial franc kron rand reais usd eur gbp jpy rub azn uah "
               "inr ils try krw cny rmb chf sek nok dkk pln czk amd gel kzt sar aed irr pkr egp brl zar sgd twd myr "
               "idr thb huf ron bgn aud cad rs koruna crown crore lakh naira rupiah ringgit baht peso rm rp "
               "r$ ₱").split()
_TEMPORAL_KEYS = ("jan feb mar apr may jun jul aug sep oct nov dec monday tuesday wednesday thursday friday saturday "
                  "sunday today tonight yesterday tomorrow overnight week month year decade centur day hour minute "
                  "second ago morning afternoon evening night a.m p.m am pm gmt utc zulu b.c bc a.d spring summer "
                  "autumn winter").split()
# (?=\d) only repeats what both branches start with, so re gives up at once at a non-digit (measured 2x faster)
_DIGIT_TRIGGER = re.compile(r"(?=\d)(?:(?<!\d)(?:1[0-9]|20)\d\d(?!\d)|\d:\d\d)")


def _automaton(keys: list[str]) -> "ahocorasick.Automaton":
    import ahocorasick

    a = ahocorasick.Automaton()
    for k in keys:
        a.add_word(k, len(k))
    a.make_automaton()
    return a


_MONEY_AUTO = _automaton(_MONEY_KEYS)
_TEMPORAL_AUTO = _automaton(_TEMPORAL_KEYS)


class _Triggers:
    """Trigger positions found with an Aho-Corasick automaton over the lower-cased text (plus a digit regex)."""

    def __init__(self, automaton: "ahocorasick.Automaton", digits: re.Pattern[str] | None = None) -> None:
        self.automaton, self.digits = automaton, digits

    def positions(self, text: str, low: str) -> list[int]:
        out = [end - length + 1 for end, length in self.automaton.iter(low)]
        if self.digits is not None:
            out += [m.start() for m in self.digits.finditer(text)]
        return out


def triggers(keys: str, digits: re.Pattern[str] | None = None) -> _Triggers:
    """Triggers for space-separated lower-case keys (for `windowed`)."""
    return _Triggers(_automaton(keys.split()), digits)


MONEY_TRIGGERS = _Triggers(_MONEY_AUTO)
_PHONE_TRIGGERS = triggers("+", re.compile(r"\d{3}[\s.-]\d{4}\b|\(\d{2,4}\)"))
_DOCNOUN_TRIGGERS = triggers("release statement communiqu constitution white magazine newsletter media")
_DOCREF_TRIGGERS = triggers("resolution executive section article chapter paragraph clause public p.l. h.r. s. "
                            "passcode communiqu treaty accord protocol convention memorandum declaration agreement act")
TEMPORAL_TRIGGERS = _Triggers(_TEMPORAL_AUTO, _DIGIT_TRIGGER)


def windowed(rx: re.Pattern[str], text: str, trigger: "_Triggers", back: int = 48,
              low: str | None = None) -> Iterator[re.Match[str]]:
    """Leftmost non-overlapping matches of `rx` that start at a word up to `back` characters before a trigger.

    Anchored `match` calls at a few word starts are far cheaper than scanning a big alternation everywhere.
    """
    starts: set[int] = set()
    seen_at = -1
    for t in sorted(trigger.positions(text, low if low is not None else text.lower())):
        if t <= seen_at:
            continue
        for w in _WORD_START.finditer(text, max(0, t - back, seen_at + 1), t + 1):
            starts.add(w.start())
        starts.add(t)
        seen_at = t
    found = []
    for p in sorted(starts):
        m = rx.match(text, p)
        if m and m.end() > m.start():
            found.append(m)
    last = -1
    for m in found:  # already in order: one match per start, each starting at its start
        if m.start() >= last:
            last = m.end()
            yield m


def _wordish(c: str) -> bool:
    """`c` matches [\\w-] (re's \\w is str.isalnum() plus "_")."""
    return c.isalnum() or c == "_" or c == "-"


def whole_names(text: str, names: Iterable[str]) -> list[tuple[int, int]]:
    """Spans of `names` standing as whole words, exactly what finditer of the per-text regex
    (?<![\\w-])(?:longest|...|shortest)(?![\\w-]) gives (leftmost first, the longest name at a position, no
    overlaps), without compiling a new regex for every document (a compile costs more than the search)."""
    longest: dict[int, int] = {}
    n = len(text)
    for name in names:
        if not name:
            continue
        i = text.find(name)
        while i >= 0:
            e = i + len(name)
            if (i == 0 or not _wordish(text[i - 1])) and (e == n or not _wordish(text[e])) and longest.get(i, 0) < e:
                longest[i] = e
            i = text.find(name, i + 1)
    spans = []
    last = 0
    for b in sorted(longest):
        if b >= last:
            spans.append((b, longest[b]))
            last = longest[b]
    return spans


# The same few dates and counts recur across a corpus ("2022", "last week", "two"): remember their values.
# The normalisers are pure; each mention still gets its own dict, since callers may change theirs.
@lru_cache(maxsize=8192)
def _cached_temporal(text: str, published: str | None) -> dict[str, Any] | None:
    return parse_temporal(text, published)


@lru_cache(maxsize=8192)
def _cached_quantity(text: str) -> dict[str, Any] | None:
    return parse_quantity(text)


def _parse_temporal(text: str, published: str | None) -> dict[str, Any] | None:
    value = _cached_temporal(text, published)
    return None if value is None else dict(value)


def _parse_quantity(text: str) -> dict[str, Any] | None:
    value = _cached_quantity(text)
    return None if value is None else dict(value)


def find_all(text: str, published: str | None, low: str | None = None) -> Iterator[Found]:
    """Every closed-shape span of `text`; `low` is text.lower() when the caller already has it."""
    if low is None:
        low = text.lower()
    # cheap substring guards first: most texts hold no URL, e-mail or frequency at all
    if "http" in low or "www." in low:
        for m in URL_RE.finditer(text):
            yield m.start(), m.end(), "Url", m.group(), "url"
    if "@" in text:
        for m in EMAIL_RE.finditer(text):
            yield m.start(), m.end(), "CommsIdentifier", {"kind": "email"}, "comms"
        for m in HANDLE_RE.finditer(text):
            yield m.start(), m.end(), "CommsIdentifier", {"kind": "handle"}, "comms"
    for m in windowed(PHONE_RE, text, _PHONE_TRIGGERS, back=8, low=low):
        yield m.start(), m.end(), "CommsIdentifier", {"kind": "phone"}, "comms"
    if "call" in low:
        for m in CALLSIGN_RE.finditer(text):
            yield m.start(1), m.end(1), "CommsIdentifier", {"kind": "callsign"}, "comms"
    if "hz" in low or "hertz" in low:
        for m in FREQ_RE.finditer(text):
            yield m.start(), m.end(), "Frequency", None, "frequency"
    for m in windowed(DOCREF_RE, text, _DOCREF_TRIGGERS, back=60, low=low):
        yield m.start(), m.end(), "DocumentReference", None, "docref"
    for m in windowed(DOCNOUN_RE, text, _DOCNOUN_TRIGGERS, back=50, low=low):
        yield m.start(), m.end(), "DocumentReference", None, "docref"
    for m in windowed(MONEY_RE, text, MONEY_TRIGGERS, low=low):
        value = parse_money(m.group())
        if value is not None:
            # re3d leaves qualifiers out of the span ("up to [$5 million]"); the value keeps them
            q = _MONEY_QUAL.match(m.group())
            yield m.start() + (q.end() if q else 0), m.end(), "Money", value, "money"
    for m in windowed(TEMPORAL_RE, text, TEMPORAL_TRIGGERS, low=low):
        found = m.group()
        if _LOWER_MONTH.search(found) or found.lower() in _VAGUE_TIME:
            continue  # "may", "march" as verbs; "now", "recently" are not dates
        value = _parse_temporal(found, published)
        if value is not None:
            lead = _TIME_LEAD.match(found)
            yield m.start() + (lead.end() if lead else 0), m.end(), "Temporal", value, "temporal"
    for m in HOLIDAY_RE.finditer(text) if any(w in text for w in _HOLIDAY_WORDS) else ():
        yield m.start(), m.end(), "Temporal", {"iso": None, "precision": "day", "holiday": m.group("h")}, "temporal"
    for m in QUANTITY_RE.finditer(text):
        found = m.group()
        if found.lower() in ("one", "a", "an"):
            continue  # "one strike destroyed ...": re3d does not count "one"
        value = _parse_quantity(found)
        if value is not None:
            # re3d leaves qualifiers out of the span ("more than [850]"); the value keeps them
            q = _QTY_QUAL.match(found)
            yield m.start() + (q.end() if q else 0), m.end(), "Quantity", value, "quantity"
