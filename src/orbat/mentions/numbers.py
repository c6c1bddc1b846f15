"""Numbers written in digits or words: "1,500", "1,5" (before a multiplier), "Twenty-eight", "a dozen"."""
from __future__ import annotations

import re

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
        "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "trillion": 1_000_000_000_000}
# Short multipliers written after figures ("€300m", "AZN 1.2bn", "5k").
MULTIPLIERS = {**SCALES, "k": 1_000, "thousands": 1_000, "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000,
               "million": 1_000_000, "millions": 1_000_000, "bn": 1_000_000_000, "b": 1_000_000_000,
               "billion": 1_000_000_000, "billions": 1_000_000_000, "tn": 1_000_000_000_000,
               "trillion": 1_000_000_000_000, "lakh": 100_000, "crore": 10_000_000}
OTHER = {"a dozen": 12, "dozen": 12, "a couple of": 2, "a couple": 2, "a pair of": 2, "a score of": 20,
         "half a dozen": 6, "a hundred": 100, "a thousand": 1000}

WORD_NUMBER = (r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|"
               r"six|seven|eight|nine))?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
               r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
               r"(?:[- ](?:hundred|thousand|million|billion)(?:(?: and)?[- ](?:(?:twenty|thirty|forty|fifty|sixty|"
               r"seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|"
               r"four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
               r"eighteen|nineteen))?)*")
DIGITS = r"\d{1,3}(?:[,\u202f\u00a0 ]\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?"

_WORDS_RE = re.compile(r"[a-z]+", re.I)


def parse_words(text: str) -> int | None:
    """"Twenty-eight" -> 28, "two hundred and five" -> 205, "a dozen" -> 12; None if not a number."""
    low = " ".join(text.lower().replace("-", " ").split())
    if low in OTHER:
        return OTHER[low]
    total = current = 0
    seen = False
    for word in _WORDS_RE.findall(low):
        if word == "and" and seen:
            continue
        if word in UNITS:
            current += UNITS[word]
        elif word in TENS:
            current += TENS[word]
        elif word in SCALES:
            scale = SCALES[word]
            if scale == 100:
                current = (current or 1) * 100
            else:
                total += (current or 1) * scale
                current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


# Digit shapes, compiled once (parse_digits runs for every number the recognisers find).
_SPACED_THOUSANDS = re.compile(r"\d{1,3}(?:[ ]\d{3})+(?:[.,]\d+)?")
_EUROPEAN = re.compile(r"\d{1,3}(?:\.\d{3})+,\d+")
_COMMA_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_DECIMAL_COMMA = re.compile(r"\d+,\d{1,2}")
_ANY_COMMA = re.compile(r"\d+,\d+")
_ONE_THOUSANDS_COMMA = re.compile(r"\d{1,3},\d{3}")
_DOT_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3}){2,}")


def parse_digits(text: str, *, before_multiplier: bool = False) -> float | None:
    """"1,500" -> 1500, "6.5" -> 6.5, "1 500" -> 1500; "1,5" -> 1.5 only before a multiplier ("$1,5 million")."""
    s = text.strip().replace("\u202f", " ").replace("\u00a0", " ")
    if not s:
        return None
    if _SPACED_THOUSANDS.fullmatch(s):
        s = s.replace(" ", "")
    if _EUROPEAN.fullmatch(s):  # European 1.234,5
        s = s.replace(".", "").replace(",", ".")
    elif _COMMA_THOUSANDS.fullmatch(s):  # 1,234,567.5
        s = s.replace(",", "")
    elif _DECIMAL_COMMA.fullmatch(s) or (before_multiplier and _ANY_COMMA.fullmatch(s)
                                         and not _ONE_THOUSANDS_COMMA.fullmatch(s)):
        s = s.replace(",", ".")  # a decimal comma
    elif _DOT_THOUSANDS.fullmatch(s):  # 1.234.567
        s = s.replace(".", "")
    try:
        return float(s)
    except ValueError:
        return None


def as_number(value: float) -> int | float:
    """An int when the value is whole (counts stay ints in JSON)."""
    return int(value) if float(value).is_integer() else value


def parse_number(text: str, *, before_multiplier: bool = False) -> float | None:
    """Digits or words."""
    s = text.strip()
    if not s:
        return None
    if s[0].isdigit():
        return parse_digits(s, before_multiplier=before_multiplier)
    value = parse_words(s)
    return float(value) if value is not None else None
