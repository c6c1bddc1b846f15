"""Temporal expressions: find them (TEMPORAL_RE) and normalise them to ISO 8601 with a precision.

parse_temporal(text, published) returns None when the text is not a temporal expression at all, else a
dict {"iso": str | None, "precision": ..., ...}:
  precision  "day" | "month" | "year" | "week" | "season" | "decade" | "century" | "interval" |
             "duration" | "time" | "unknown"
  relative   True when the value was resolved against the publication date (or needs one)
  iso        None when the expression is relative and no publication date was given ("last month"
             without a date), or cannot be placed on a calendar ("Thanksgiving Day" without a year)
Examples: "end of 2010" -> "2010" (year); "between 2005 and 2010" -> "2005/2010" (interval);
"last week" published 2023-10-04 -> "2023-W39" (week, relative); "two weeks" -> "P2W" (duration).
Pure regex and arithmetic: no dateparser (too slow for every span; see research/deps.md g).
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from orbat.mentions.numbers import WORD_NUMBER, parse_number

MONTHS = {"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
          "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3,
          "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
            "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6}
SEASONS = {"spring": "21", "summer": "22", "autumn": "23", "fall": "23", "winter": "24"}  # ISO 8601-2 seasons
UNITS = {"second": "S", "minute": "M", "hour": "H", "day": "D", "week": "W", "month": "M", "year": "Y",
         "decade": "Y", "century": "Y"}

MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
         r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)")
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
DAY = r"(?:[0-3]?\d(?:st|nd|rd|th)?)"
YEAR = r"(?:1[0-9]{3}|20[0-9]{2})"
_SEP = r"\s*(?:-|–|—|to|and|through|until)\s*"
_UNIT = r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|century)"
_COUNT = rf"(?:\d+(?:\.\d+)?|{WORD_NUMBER}|a|an|several|a few|few|many|the (?:last|past|next|coming) (?:\d+|{WORD_NUMBER}))"

_PARTS = [
    # explicit dates, most specific first
    rf"\d{{4}}-\d{{2}}-\d{{2}}(?:T\d{{2}}:\d{{2}}(?::\d{{2}})?(?:Z|[+-]\d{{2}}:?\d{{2}})?)?",
    rf"(?:{WEEKDAY},?\s+)?{MONTH}\s*{DAY}(?:{_SEP}{DAY})?(?:,?\s+{YEAR})?",
    rf"(?:{WEEKDAY},?\s+)?(?:the\s+)?{DAY}(?:{_SEP}{DAY})?(?:\s+of)?\s+{MONTH}(?:,?\s+{YEAR})?",
    rf"(?:(?:early|late|mid|mid-|the end of|end of|the beginning of|beginning of|the start of|start of|"
    rf"the middle of|the first half of|the second half of|the spring of|the summer of|the autumn of|the fall of|"
    rf"the winter of|spring|summer|autumn|fall|winter|last|next|this)[\s-]+)?{MONTH}(?:,?\s+{YEAR})?",
    rf"(?:between|from)\s+{YEAR}\s+(?:and|to|until)\s+{YEAR}",
    rf"{YEAR}\s*(?:-|–|—|to)\s*(?:{YEAR}|\d{{2}})\b",
    rf"(?:(?:early|late|mid|mid-|the end of|end of|the beginning of|beginning of|the start of|start of|"
    rf"the middle of|the first half of|the second half of|the (?:spring|summer|autumn|fall|winter) of|"
    rf"(?:spring|summer|autumn|fall|winter)|the first quarter of|the (?:second|third|fourth) quarter of|"
    rf"(?:Q[1-4]|H[12])|fiscal year|FY|(?:since|by|until|before|after) )[\s-]*)?{YEAR}s?\b",
    rf"\d{{1,4}}\s?(?:B\.?C\.?(?:E\.?)?|A\.?D\.?)(?![a-z])",
    r"(?:the\s+)?(?:end|beginning|start|middle) of (?:the |this |last |next )?(?:year|month|week|decade)",
    r"(?:early|late|mid)[\s-](?:next|last|this) (?:year|month|week)",
    rf"(?:(?:last|next|this|coming|past)\s+)?{WEEKDAY}(?:\s+(?:morning|afternoon|evening|night))?",
    r"(?:this|last|next|the past|the coming|the previous|the following) (?:week(?:end)?|month|year|"
    r"decade|century|morning|afternoon|evening|night|day)",
    r"(?:today|tonight|yesterday|tomorrow|overnight|now|currently|recently)",
    rf"(?:the\s+)?(?:last|past|next|coming|previous|following)\s+(?:\d+|{WORD_NUMBER})(?:-plus)?\s+{_UNIT}",
    rf"{_COUNT}(?:-plus)?[\s-]{_UNIT}(?:\s+(?:ago|later|earlier|before|after|from now))?",
    r"\d{1,2}(?::\d{2})?\s?(?:a\.m\.|p\.m\.|am\b|pm\b)|\d{4} (?:hours|GMT|UTC|Zulu)",
]
TEMPORAL_RE = re.compile(r"\b(?:" + "|".join(_PARTS) + r")(?![\w-])", re.I)


def _pub(published: str | None) -> date | None:
    if not published:
        return None
    m = _PUBLISHED.match(published)
    if m:
        try:
            return date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    return None


def _week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _month_shift(d: date, months: int) -> tuple[int, int]:
    n = d.year * 12 + d.month - 1 + months
    return n // 12, n % 12 + 1


def _year_for(month: int, day: int | None, base: date | None) -> int | None:
    """The year of a date written without one: the publication year, or the one before when the
    date would fall well after publication (news reports the past)."""
    if base is None:
        return None
    year = base.year
    try:
        candidate = date(year, month, day or 1)
    except ValueError:
        return year
    if (candidate - base).days > 60:
        year -= 1
    return year


def _num(text: str) -> float | None:
    t = text.lower().strip()
    if t in ("a", "an"):
        return 1
    if t in ("several", "a few", "few"):
        return None
    return parse_number(t)


_DATE_MDY = re.compile(rf"^(?:{WEEKDAY},?\s+)?(?P<m>{MONTH})\s*(?P<d>{DAY})(?:{_SEP}(?P<d2>{DAY}))?(?:,?\s+(?P<y>{YEAR}))?$", re.I)
_DATE_DMY = re.compile(rf"^(?:{WEEKDAY},?\s+)?(?:the\s+)?(?P<d>{DAY})(?:{_SEP}(?P<d2>{DAY}))?(?:\s+of)?\s+(?P<m>{MONTH})(?:,?\s+(?P<y>{YEAR}))?$", re.I)
_MONTH_Y = re.compile(rf"^(?P<mod>[a-z -]+?[\s-]+)?(?P<m>{MONTH})(?:,?\s+(?P<y>{YEAR}))?$", re.I)
_YEAR = re.compile(rf"^(?P<mod>[a-z0-9 -]+?[\s-]+)?(?P<y>{YEAR})(?P<s>s)?$", re.I)
_RANGE_Y = re.compile(rf"^(?:between|from)?\s*(?P<a>{YEAR})\s*(?:-|–|—|to|and|until)\s*(?P<b>{YEAR}|\d{{2}})$", re.I)
_BC = re.compile(r"^(?P<n>\d{1,4})\s?(?P<era>B\.?C\.?(?:E\.?)?|A\.?D\.?)$", re.I)
_DURATION = re.compile(rf"^(?P<rel>(?:the\s+)?(?:last|past|next|coming|previous|following)\s+)?(?P<n>{_COUNT})(?P<plus>-plus)?[\s-](?P<u>{_UNIT})(?:\s+(?P<dir>ago|later|earlier|before|after|from now))?$", re.I)
_TIME = re.compile(r"^(?P<h>\d{1,2})(?::(?P<mi>\d{2}))?\s?(?P<ap>a\.m\.?|p\.m\.?|am|pm)$", re.I)
# Normaliser shapes, compiled once (parse_temporal runs for every date candidate).
_PUBLISHED = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_NON_DIGITS = re.compile(r"\D")
_ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:t.*)?$")
_ISO_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_ISO_WEEK = re.compile(r"^(\d{4})-w(\d{2})$")
_THE_PREFIX = re.compile(r"^the ")
_REL_UNIT = re.compile(r"^(this|last|next|past|coming|previous|following) (week(?:end)?|month|year|decade|century|"
                       r"morning|afternoon|evening|night|day)$")
_REL_PART = re.compile(r"^(?:(early|late|mid)[\s-]|(?:the )?(end|beginning|start|middle) of (?:the |this )?)?"
                       r"(this|last|next)? ?(year|month|week|decade)$")
_REL_WEEKDAY = re.compile(rf"^(?:(last|next|this|coming|past) )?({WEEKDAY.lower()[3:-1]})"
                          r"(?: (?:morning|afternoon|evening|night))?$")
_EARLIER_THIS = re.compile(r"^(earlier|later) this (year|month|week)$")
_MONTH_OF_YEAR = re.compile(r"^([a-z]+\.?) (?:of )?(last|this) year$")
_MONTH_NAMES = {n: i for i, n in enumerate(("january", "february", "march", "april", "may", "june", "july", "august",
                                            "september", "october", "november", "december"), 1)}
_MONTH_NAMES.update({n[:3]: i for n, i in list(_MONTH_NAMES.items())})
_MONTH_NAMES["sept"] = 9
_LEADS = ("on ", "in ", "since ", "during ", "as of ", "by ", "until ", "till ", "from ", "before ", "after ")


def _day(text: str) -> int:
    return int(_NON_DIGITS.sub("", text))


def _ymd(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def parse_temporal(text: str, published: str | None = None) -> dict[str, Any] | None:
    """Normalise a temporal expression; see the module docstring for the result."""
    s = " ".join(text.replace("\u00a0", " ").split()).strip(" ,;:")
    if not s:
        return None
    low = s.lower().rstrip(".")
    lead = None
    for prefix in _LEADS:
        if low.startswith(prefix):
            lead = prefix.strip()
            s, low = s[len(prefix):], low[len(prefix):]
            break
    out = _parse(s, low, _pub(published), published is not None)
    if out is not None and lead in ("since", "after", "from"):
        out["modifier"] = lead
    elif out is not None and lead in ("by", "until", "till", "before"):
        out["modifier"] = lead
    return out


def _parse(s: str, low: str, base: date | None, has_base: bool) -> dict[str, Any] | None:
    # ISO forms
    m = _ISO_DAY.match(low)
    if m:
        iso = _ymd(int(m[1]), int(m[2]), int(m[3]))
        return {"iso": iso, "precision": "day"} if iso else None
    m = _ISO_MONTH.match(low)
    if m and 1 <= int(m[2]) <= 12:
        return {"iso": low, "precision": "month"}
    m = _ISO_WEEK.match(low)
    if m:
        return {"iso": f"{m[1]}-W{m[2]}", "precision": "week"}
    m = _RANGE_Y.match(low)
    if m:
        a, b = m["a"], m["b"]
        if len(b) == 2:
            b = a[:2] + b
        return {"iso": f"{a}/{b}", "precision": "interval"} if int(b) > int(a) else None
    m = _DATE_MDY.match(low) or _DATE_DMY.match(low)
    if m:
        month = MONTHS[m["m"].rstrip(".").lower()]
        day = _day(m["d"])
        relative = m["y"] is None
        year = int(m["y"]) if m["y"] else _year_for(month, day, base)
        if year is None:
            return {"iso": None, "precision": "day", "relative": True}
        iso = _ymd(year, month, day)
        if iso is None:
            return None
        out: dict[str, Any] = {"iso": iso, "precision": "day"}
        if m["d2"]:
            end = _ymd(year, month, _day(m["d2"]))
            if end and end > iso:
                out = {"iso": f"{iso}/{end}", "precision": "interval"}
        if relative:
            out["relative"] = True
        return out
    m = _MONTH_Y.match(low)
    if m and m["m"].rstrip(".").lower() in MONTHS:
        month = MONTHS[m["m"].rstrip(".").lower()]
        mod = (m["mod"] or "").strip().lower()
        if m["y"]:
            out = {"iso": f"{int(m['y']):04d}-{month:02d}", "precision": "month"}
        else:
            if base is None:
                return {"iso": None, "precision": "month", "relative": True}
            if mod == "next":
                year = base.year + (1 if month <= base.month else 0)
            elif mod == "last":
                year = base.year - (1 if month >= base.month else 0)
            elif mod == "this":
                year = base.year
            else:
                year = _year_for(month, None, base) or base.year
            out = {"iso": f"{year:04d}-{month:02d}", "precision": "month", "relative": True}
        if mod and mod not in ("last", "next", "this"):
            out["part"] = mod.replace("the ", "").replace(" of", "").strip("- ")
        return out
    m = _YEAR.match(low)
    if m:
        mod = (m["mod"] or "").strip().lower()
        if m["s"]:
            return {"iso": m["y"][:3], "precision": "decade"}
        out = {"iso": m["y"], "precision": "year"}
        for season, code in SEASONS.items():
            if season in mod.split():
                out = {"iso": f"{m['y']}-{code}", "precision": "season"}
        if mod and mod not in ("since", "by", "until", "before", "after"):
            out["part"] = mod.replace("the ", "").replace(" of", "").strip("- ")
        elif mod:
            out["modifier"] = mod
        return out
    m = _BC.match(low)
    if m:
        n = int(m["n"])
        if m["era"].lower().startswith("b"):
            return {"iso": f"-{n - 1:04d}", "precision": "year"}
        return {"iso": f"{n:04d}", "precision": "year"}
    m = _TIME.match(low)
    if m:
        hour = int(m["h"]) % 12 + (12 if m["ap"].lower().startswith("p") else 0)
        return {"iso": f"T{hour:02d}:{int(m['mi'] or 0):02d}", "precision": "time"}
    return _relative(low, base, has_base)


def _relative(low: str, base: date | None, has_base: bool) -> dict[str, Any] | None:
    low = _THE_PREFIX.sub("", low)
    simple = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "now": 0, "currently": 0,
              "overnight": 0}
    if low in simple:
        if base is None:
            return {"iso": None, "precision": "day", "relative": True}
        return {"iso": (base + timedelta(days=simple[low])).isoformat(), "precision": "day", "relative": True}
    if low == "recently":
        return {"iso": None, "precision": "unknown", "relative": True}
    m = _EARLIER_THIS.match(low)
    if m:  # "earlier this year", "later this month": the current year or month
        inner = _relative(f"this {m[2]}", base, has_base)
        if inner is not None:
            inner["part"] = m[1]
        return inner
    m = _MONTH_OF_YEAR.match(low)
    if m and m[1].rstrip(".") in _MONTH_NAMES:  # "September last year", "March this year"
        month = _MONTH_NAMES[m[1].rstrip(".")]
        if base is None:
            return {"iso": None, "precision": "month", "relative": True}
        return {"iso": f"{base.year - (1 if m[2] == 'last' else 0):04d}-{month:02d}", "precision": "month",
                "relative": True}
    m = _REL_UNIT.match(low)
    if m:
        which, unit = m[1], m[2]
        step = {"this": 0, "last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "following": 1}[which]
        precision = {"weekend": "week", "morning": "day", "afternoon": "day", "evening": "day",
                     "night": "day", "day": "day"}.get(unit, unit)
        if base is None:
            return {"iso": None, "precision": precision, "relative": True}
        if unit in ("week", "weekend"):
            return {"iso": _week(base + timedelta(weeks=step)), "precision": "week", "relative": True}
        if unit == "month":
            y, mo = _month_shift(base, step)
            return {"iso": f"{y:04d}-{mo:02d}", "precision": "month", "relative": True}
        if unit == "year":
            return {"iso": f"{base.year + step:04d}", "precision": "year", "relative": True}
        if unit == "decade":
            return {"iso": f"{(base.year // 10 + step):03d}", "precision": "decade", "relative": True}
        if unit == "century":
            return {"iso": f"{(base.year // 100 + step):02d}", "precision": "century", "relative": True}
        return {"iso": (base + timedelta(days=step if unit == "day" else 0)).isoformat(), "precision": "day",
                "relative": True}
    m = _REL_PART.match(low)
    if m and (m[1] or m[2]):
        step = {"this": 0, None: 0, "last": -1, "next": 1}[m[3]]
        inner = _relative(f"{'this' if step == 0 else m[3]} {m[4]}", base, has_base)
        if inner is not None:
            inner["part"] = m[1] or m[2]
        return inner
    m = _REL_WEEKDAY.match(low)
    if m:
        target = WEEKDAYS[m[2]]
        if base is None:
            return {"iso": None, "precision": "day", "relative": True}
        delta = (base.weekday() - target) % 7
        if m[1] in ("next", "coming"):
            d = base + timedelta(days=(target - base.weekday()) % 7 or 7)
        elif m[1] in ("last", "past"):
            d = base - timedelta(days=delta or 7)
        else:  # news reports the past: the most recent such day, the publication day included
            d = base - timedelta(days=delta)
        return {"iso": d.isoformat(), "precision": "day", "relative": True}
    m = _DURATION.match(low)
    if m:
        n = _num(m["n"])
        unit = m["u"].lower().rstrip("s").replace("centurie", "century")
        code = UNITS.get(unit, "D")
        if unit == "decade" and n is not None:
            n *= 10
        elif unit == "century" and n is not None:
            n *= 100
        amount = "" if n is None else (str(int(n)) if float(n).is_integer() else str(n))
        time_part = unit in ("second", "minute", "hour")
        period = f"PT{amount}{code}" if time_part else f"P{amount}{code}"
        if m["dir"] in ("ago", "earlier", "before") and base is not None and n is not None and not time_part:
            return _offset(base, -n, unit)
        if m["dir"] in ("later", "after", "from now") and base is not None and n is not None and not time_part:
            return _offset(base, n, unit)
        if m["dir"]:
            return {"iso": None, "precision": "day", "relative": True}
        out: dict[str, Any] = {"iso": period if amount else None, "precision": "duration"}
        if m["rel"]:
            out["relative"] = True
            out["direction"] = "past" if any(w in m["rel"] for w in ("last", "past", "previous")) else "future"
        if m["plus"]:
            out["qualifier"] = "more than"
        return out
    return None


def _offset(base: date, n: float, unit: str) -> dict[str, Any]:
    n = int(n)
    if unit == "day":
        return {"iso": (base + timedelta(days=n)).isoformat(), "precision": "day", "relative": True}
    if unit == "week":
        return {"iso": _week(base + timedelta(weeks=n)), "precision": "week", "relative": True}
    if unit == "month":
        y, mo = _month_shift(base, n)
        return {"iso": f"{y:04d}-{mo:02d}", "precision": "month", "relative": True}
    if unit == "decade":
        return {"iso": f"{base.year + n:04d}", "precision": "year", "relative": True}
    return {"iso": f"{base.year + n:04d}", "precision": "year", "relative": True}
