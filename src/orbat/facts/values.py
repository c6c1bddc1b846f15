"""Value normalisers for fact roles: thin adapters over orbat.mentions' normalisers.

The mentions stage owns the money/date/number parsers. These adapters call them when they are
importable; until then (or when one fails) a deliberately small fallback keeps the fact
extractors working. The fallbacks cover only the common shapes and should be deleted once the
mentions parsers are always present.
"""
from __future__ import annotations

import importlib
from orbat.facts import rx as re
from functools import lru_cache
from typing import Any, Callable

WORD_NUMBERS = {
    "zero": 0, "no": 0, "one": 1, "a": 1, "an": 1, "single": 1, "two": 2, "three": 3, "four": 4,
    "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12, "dozens": 24, "several": None,
}
MULTIPLIERS = {"thousand": 1_000, "million": 1_000_000, "mn": 1_000_000, "m": 1_000_000,
               "billion": 1_000_000_000, "bn": 1_000_000_000, "b": 1_000_000_000,
               "trillion": 1_000_000_000_000, "k": 1_000}
MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], 1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9

QUALIFIERS = (
    (re.compile(r"\b(?:at least|no fewer than|no less than|a minimum of)\s*$", re.I), "at least"),
    (re.compile(r"\b(?:more than|over|in excess of|upwards of|above)\s*$", re.I), "more than"),
    (re.compile(r"\b(?:up to|as many as|as much as|at most|no more than|a maximum of)\s*$", re.I), "up to"),
    (re.compile(r"\b(?:about|around|some|approximately|roughly|nearly|almost|an estimated|estimated|"
                r"circa|c\.|~)\s*$", re.I), "about"),
)


@lru_cache(maxsize=None)
def _external(module: str, name: str) -> Callable[..., Any] | None:
    try:
        return getattr(importlib.import_module(module), name, None)
    except ImportError:
        return None


# "talks over six helicopters", "a dispute about 12 jets": a preposition, not a qualifier.
_TALK = r"\b(?:talks|negotiations|discussions|negotiating|talking|agreement|deal|contract|dispute|row|concerns?|questions?|tender)"
_PREPOSITION = re.compile(_TALK + r"(?:\s+about|\b[^.;]{0,40}?\sover)\s*$"
                          # "handed over two aircraft", "took over three boats": a verb's particle
                          r"|\b(?:hand(?:ed|s|ing)?|turn(?:ed|s|ing)?|took|takes?|taken|taking|pass(?:ed|es|ing)?|"
                          r"sign(?:ed|s|ing)?|carr(?:ied|ies|y)|held|hold(?:s|ing)?|brought|bring(?:s|ing)?)\s+over\s*$", re.I)


def qualifier_before(prefix: str) -> str | None:
    """The count qualifier that ends `prefix` ("at least ", "around ")."""
    if _PREPOSITION.search(prefix):
        return None
    for pattern, value in QUALIFIERS:
        if pattern.search(prefix):
            return value
    return None


def count(text: str) -> int | None:
    """An integer count from "56,840", "Twenty-eight", "two", "1.5 million"."""
    text = text.strip()
    if not text:
        return None
    external = _external("orbat.mentions.quantity", "parse_quantity")
    if external is not None:
        try:
            found = external(text)
            value = found.get("value") if isinstance(found, dict) else None
            if isinstance(value, (int, float)) and value >= 0:
                return int(value)
        except Exception:  # noqa: BLE001 - fall back on our own reading
            pass
    low = text.lower().replace("–", "-")
    m = re.fullmatch(r"(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:\s*(thousand|million|billion))?", low)
    if m:
        number = float(m.group(1).replace(",", "") + ("." + m.group(2) if m.group(2) else ""))
        if m.group(3):
            number *= MULTIPLIERS[m.group(3)]
        return int(round(number))
    words = re.split(r"[\s-]+", low)
    total, current = 0, 0
    for word in words:
        if word == "and":
            continue
        if word in ("hundred",):
            current = max(current, 1) * 100
        elif word in ("thousand", "million", "billion"):
            total += max(current, 1) * MULTIPLIERS[word]
            current = 0
        elif WORD_NUMBERS.get(word) is not None:
            current += WORD_NUMBERS[word] or 0
        else:
            return None
    return total + current


MONEY_RE = re.compile(
    r"(?P<pre>US\$|\$|€|£|¥|USD|EUR|GBP|RUB|AZN)\s?(?P<num>\d+(?:[.,]\d+)*)\s*(?P<mult>million|billion|trillion|thousand|bn|mn|m|b)?\b"
    r"(?:\s*(?P<post>USD|dollars|US dollars))?"
    r"|(?P<num2>\d+(?:[.,]\d+)*)\s*(?P<mult2>million|billion|thousand|bn|mn)?\s*(?P<cur2>dollars|US dollars|euros|pounds|rubles|roubles|manats|USD|EUR)\b",
    re.I)
CURRENCY = {"$": "USD", "us$": "USD", "usd": "USD", "dollars": "USD", "us dollars": "USD", "€": "EUR",
            "eur": "EUR", "euros": "EUR", "£": "GBP", "gbp": "GBP", "pounds": "GBP", "¥": "JPY",
            "rub": "RUB", "rubles": "RUB", "roubles": "RUB", "azn": "AZN", "manats": "AZN"}


def _number(text: str) -> float | None:
    text = text.strip()
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", text):
        return float(text.replace(",", ""))
    if re.fullmatch(r"\d+,\d{1,2}", text):  # "1,5" decimal comma
        return float(text.replace(",", "."))
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return None


def money(text: str) -> dict[str, Any] | None:
    """{"amount", "currency"} of a money expression."""
    external = _external("orbat.mentions.money", "parse_money")
    if external is not None:
        try:
            found = external(text)
            if isinstance(found, dict) and found.get("amount") is not None:
                return {"amount": found["amount"], "currency": found.get("currency") or "USD"}
        except Exception:  # noqa: BLE001
            pass
    m = MONEY_RE.search(text)
    if not m:
        return None
    if m.group("num"):
        number, mult, cur = _number(m.group("num")), m.group("mult"), m.group("pre")
    else:
        number, mult, cur = _number(m.group("num2")), m.group("mult2"), m.group("cur2")
    if number is None:
        return None
    if mult:
        number *= MULTIPLIERS[mult.lower()]
    amount = int(round(number)) if number == int(number) else number
    return {"amount": amount, "currency": CURRENCY.get(cur.lower(), cur.upper())}


_DMY = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{4})")
_MDY = re.compile(r"([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})")
_MY = re.compile(r"([A-Za-z]+)\.?,?\s+(?:of\s+)?(\d{4})")
_Y = re.compile(r"(1[89]\d\d|20\d\d)")
_RANGE = re.compile(r"(?:between\s+)?(1[89]\d\d|20\d\d)\s*(?:and|–|-|to)\s*(1[89]\d\d|20\d\d|\d\d)")


def temporal(text: str, published: str | None = None) -> str | None:
    """ISO 8601 at the precision given, or None when the expression cannot be placed."""
    external = _external("orbat.mentions.temporal", "parse_temporal")
    if external is not None:
        try:
            found = external(text, published)
            if isinstance(found, dict) and found.get("iso"):
                return str(found["iso"])
            if found is None or isinstance(found, dict):
                return None
        except Exception:  # noqa: BLE001
            pass
    t = text.strip()
    m = _RANGE.fullmatch(t)
    if m:
        end = m.group(2)
        if len(end) == 2:
            end = m.group(1)[:2] + end
        return f"{m.group(1)}/{end}"
    m = _DMY.fullmatch(t)
    if m and m.group(2).lower() in MONTHS:
        return f"{m.group(3)}-{MONTHS[m.group(2).lower()]:02d}-{int(m.group(1)):02d}"
    m = _MDY.fullmatch(t)
    if m and m.group(1).lower() in MONTHS:
        return f"{m.group(3)}-{MONTHS[m.group(1).lower()]:02d}-{int(m.group(2)):02d}"
    m = _MY.fullmatch(t)
    if m and m.group(1).lower() in MONTHS:
        return f"{m.group(2)}-{MONTHS[m.group(1).lower()]:02d}"
    m = _Y.fullmatch(t)
    if m:
        return m.group(1)
    return None
