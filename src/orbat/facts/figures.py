"""Numbers, dates and money in sentence text, as Spans with normalised values."""
from __future__ import annotations

from orbat.facts import rx as re
from orbat.facts import values
from orbat.facts.span import Span


NUMBER_WORDS = ("one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
                "sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
                "hundred|dozens?")
COUNT = re.compile(
    r"(?<![\w.,$€£])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\s*[–-]\s*\d+)?(?:\s+(?:thousand|million))?(?![\w.,]\d)(?!\s*(?:%|per ?cent|percent))"
    r"|\b(?:" + NUMBER_WORDS + r")(?:[- ](?:" + NUMBER_WORDS + r"))*(?:\s+(?:thousand|million))?\b", re.I)


def find_counts(text: str) -> list[Span]:
    out = []
    for m in COUNT.finditer(text):
        raw = m.group(0)
        low = raw.lower()
        if low in ("one",) and re.match(r"\s+of\b", text[m.end():]):
            continue
        rng = re.match(r"(\d+)\s*[–-]\s*(\d+)$", raw)
        qual = values.qualifier_before(text[max(0, m.start() - 60):m.start()])  # the context shows a preposition
        value: int | None
        if rng:
            value = int(rng.group(1))
            qual = f"{qual or 'about'} {rng.group(1)}-{rng.group(2)}"
        else:
            value = values.count(raw)
        if value is None:
            continue
        if re.fullmatch(r"(?:1[89]|20)\d\d", raw):
            continue  # a year
        if text[max(0, m.start() - 1):m.start()] == "[" and text[m.end():m.end() + 1] == "]":
            continue  # a citation mark "[65]"
        out.append(Span(m.start(), m.end(), raw, value, "count", qual or ""))
    return out


MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
         r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?")
YEAR = r"(?:1[89]\d\d|20\d\d)"
DATE_EXPR = re.compile(
    r"\b(?:between\s+" + YEAR + r"\s+and\s+" + YEAR
    + r"|\d{1,2}(?:st|nd|rd|th)?\s+" + MONTH + r",?\s+" + YEAR
    + r"|" + MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+" + YEAR
    + r"|" + MONTH + r",?\s+(?:of\s+)?" + YEAR
    + r"|(?:(?:early|late|mid|end of|the end of|beginning of|the beginning of|start of)[- ])?" + YEAR
    + r"|" + MONTH + r" (?:of )?(?:last|this) year"
    + r"|(?<=\bin )" + MONTH + r"(?![\w-]|\s*\d)"
    + r"|(?:last|this|earlier this|late last|early last|earlier|late) " + MONTH + r"(?![\w-]|\s*\d)"
    + r"|(?:earlier|later) this (?:year|month)"
    + r"|(?:today|yesterday|tomorrow|last (?:week|month|year)|this (?:week|month|year)|"
      r"(?:on |late |early |last )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?: night| morning| evening)?)"
    + r")\b", re.I)
_DATE_PREFIX = re.compile(r"^(?:early|late|mid|end of|the end of|beginning of|the beginning of|start of)[- ]", re.I)
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def resolve_date(expr: str, published: str | None) -> str | None:
    """ISO date of a date expression; relative ones only against a known publication date."""
    text = _DATE_PREFIX.sub("", expr.strip())
    low = text.lower()
    m = re.fullmatch(r"between\s+(\d{4})\s+and\s+(\d{4})", low)
    if m:
        return f"{m.group(1)}/{m.group(2)}"
    if re.search(r"\d{4}", text):
        return values.temporal(text, published)
    if not published or not re.match(r"\d{4}-\d{2}-\d{2}", published):
        return None
    import datetime as dt

    day = dt.date.fromisoformat(published[:10])
    rel = re.fullmatch(r"(?:(last|this|earlier this|late last|early last|earlier|late) )?([a-z]+)\.?(?: (?:of )?(last|this) year)?", low)
    month = values.MONTHS.get(rel.group(2)) if rel else None
    if month and rel and (rel.group(1) or rel.group(3)):
        which = (rel.group(1) or rel.group(3) or "").split()[-1]
        if which == "last" and rel.group(3):  # "September last year"
            return f"{day.year - 1}-{month:02d}"
        if which == "this":  # "this March", "March this year"
            return f"{day.year}-{month:02d}"
        if which == "last":  # "last September": the latest September before this month
            year = day.year if month < day.month else day.year - 1
            return f"{year}-{month:02d}"
        month = None if rel.group(1) not in ("earlier", "late") else month
    if low in ("earlier this year", "later this year"):
        return str(day.year)
    if low in ("earlier this month", "later this month"):
        return day.strftime("%Y-%m")
    if month:
        # A bare month: the latest such month up to the publication date.
        year = day.year if month <= day.month else day.year - 1
        return f"{year}-{month:02d}"
    if low == "today":
        return day.isoformat()
    if low == "yesterday":
        return (day - dt.timedelta(days=1)).isoformat()
    if low == "last month":
        previous = day.replace(day=1) - dt.timedelta(days=1)
        return previous.strftime("%Y-%m")
    if low == "this month":
        return day.strftime("%Y-%m")
    if low == "last week":
        year, week, _ = (day - dt.timedelta(days=7)).isocalendar()
        return f"{year}-W{week:02d}"
    if low in ("last year",):
        return str(day.year - 1)
    if low in ("this year",):
        return str(day.year)
    m = re.search(r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday)", low)
    if m:
        back = (day.weekday() - _WEEKDAYS.index(m.group(1))) % 7
        return (day - dt.timedelta(days=back)).isoformat()
    return None


def find_dates(text: str, published: str | None) -> list[Span]:
    out = []
    for m in DATE_EXPR.finditer(text):
        iso = resolve_date(m.group(0), published)
        if iso:
            out.append(Span(m.start(), m.end(), m.group(0), iso, "date", "pattern:date"))
    return out


MONEY = re.compile(
    r"(?:US\$|\$|€|£|USD\s?|EUR\s?)\s?\d+(?:[.,]\d+)*(?:\s*(?:million|billion|trillion|thousand|bn|mn|m)\b)?(?:\s*(?:USD|dollars))?"
    r"|\b\d+(?:[.,]\d+)*\s*(?:million|billion|thousand|bn)?\s*(?:US dollars|dollars|euros|pounds|rubles|manats)\b", re.I)


def find_money(text: str) -> list[Span]:
    out = []
    for m in MONEY.finditer(text):
        value = values.money(m.group(0))
        if value:
            out.append(Span(m.start(), m.end(), m.group(0), value, "money", "pattern:money"))
    return out


_MONEY_EXTRA = re.compile(
    r"(?:(?P<inr>Rs\.?|₹|INR)\s?(?P<n1>\d[\d,]*(?:\.\d+)?)\s*(?P<m1>lakh crores?|lakh|crores?)\b"
    r"|(?P<n2>\d[\d,]*(?:\.\d+)?)\s*(?P<m2>lakh crores?|crores?)\s+(?:rupees|Rs\.?|INR)"
    r"|(?:₦|NGN\s?|\bN(?=\d))(?P<n3>\d[\d,]*(?:\.\d+)?)\s*(?P<m3>trillion|billion|million|tn|bn|m)\b"
    r"|(?P<n4>\d[\d,]*(?:\.\d+)?)\s*(?P<m4>trillion|billion|million)\s+naira\b)")
_EXTRA_MULT = {"lakh crore": 10**12, "lakh crores": 10**12, "lakh": 10**5, "crore": 10**7, "crores": 10**7,
               "trillion": 10**12, "tn": 10**12, "billion": 10**9, "bn": 10**9, "million": 10**6, "m": 10**6}


def find_money_wide(text: str, country: str | None = None) -> list[Span]:
    """Money in any currency the money recogniser knows, plus crore/lakh and naira forms; Span.rule
    carries the qualifier written with the amount ("about", "more than"). `country` (ISO alpha-2),
    the state the sums belong to, reads currency names several states share ("dinars")."""
    out: list[Span] = []
    try:
        from orbat.mentions.money import MONEY_RE as wide, parse_money
    except ImportError:  # pragma: no cover - the mentions package is part of the product
        return find_money(text)
    for m in _MONEY_EXTRA.finditer(text):
        num = next(g for g in (m.group("n1"), m.group("n2"), m.group("n3"), m.group("n4")) if g)
        mult = next(g for g in (m.group("m1"), m.group("m2"), m.group("m3"), m.group("m4")) if g).lower()
        try:
            amount = float(num.replace(",", "")) * _EXTRA_MULT[mult]
        except (ValueError, KeyError):
            continue
        currency = "NGN" if (m.group("n3") or m.group("n4")) else "INR"
        value = {"amount": int(round(amount)) if abs(amount - round(amount)) < 0.01 else amount, "currency": currency}
        out.append(Span(m.start(), m.end(), m.group(0), value, "money", ""))
    for m in wide.finditer(text):
        if any(x.begin < m.end() and m.start() < x.end for x in out):
            continue
        found = parse_money(m.group(0), country)
        if not found or found.get("amount") is None:
            continue
        amount = found["amount"]
        if abs(float(amount) - round(float(amount))) < 0.01:
            amount = int(round(float(amount)))  # 8.7 trillion -> 8700000000000, not 8699999999999.999
        value = {"amount": amount, "currency": found["currency"]}
        qual = str(found.get("qualifier") or "")
        raw = m.group(0)
        lead = re.match(r"(?i:(?:at least|more than|over|almost|nearly|about|around|some|approximately|roughly|up to|"
                        r"as much as|less than|under|an estimated|estimated|in excess of)\s+)", raw)
        b = m.start() + (lead.end() if lead else 0)
        out.append(Span(b, m.end(), text[b:m.end()], value, "money", qual))
    out.sort(key=lambda x: x.begin)
    return out
