"""Metadata from the text itself and the URL: datelines, dates in URL paths, lead titles.

Never guessed: a field stays empty unless the page, the record or the text states it.
"""
from __future__ import annotations

import re
from datetime import date
from typing import Any

from orbat.records import Document

MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}
_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
_AGENCIES = r"(?:Reuters|AP|AFP|Bloomberg|UPI|dpa|DPA|Xinhua|TASS|Interfax|IANS|PTI|ANI|Anadolu)"
# "SOURCE: Prague Daily Monitor 29 September 2017 " (repost header glued to the body).
SOURCE_LINE = re.compile(
    rf"^[ \t\u00a0]*SOURCE:[ \t\u00a0]*(?P<outlet>[^\n]{{2,80}}?)[ \t\u00a0]+"
    rf"(?P<day>\d{{1,2}})[ \t\u00a0]+(?P<month>{_MONTH})\.?[ \t\u00a0]+(?P<year>\d{{4}})[ \t\u00a0]*", re.M)
# "Oct 4 (Reuters) – ", "KYIV, Oct 4 (Reuters) - ", "Oct. 4, 2023 (AP) —".
AGENCY_DATELINE = re.compile(
    rf"^[ \t\u00a0]*(?:[A-Z][A-Za-z.'\- ]{{1,40}},[ \t]+)?(?P<month>{_MONTH})\.?[ \t\u00a0]+(?P<day>\d{{1,2}})"
    rf"(?:,?[ \t]+(?P<year>\d{{4}}))?[ \t\u00a0]+\((?P<agency>{_AGENCIES})\)[ \t\u00a0]*[-–—][ \t\u00a0]*", re.M)
_FULL_DATES = (
    re.compile(rf"\b(?P<month>{_MONTH})\.?\s+(?P<day>\d{{1,2}}),?\s+(?P<year>(?:19|20)\d\d)\b"),
    re.compile(rf"\b(?P<day>\d{{1,2}})\s+(?P<month>{_MONTH})\.?,?\s+(?P<year>(?:19|20)\d\d)\b"),
)
_URL_DATE = re.compile(r"/((?:19|20)\d\d)/(0[1-9]|1[0-2])(?:/(0[1-9]|[12]\d|3[01]))?(?:/|$)")
_ISO = re.compile(r"^\s*((?:19|20)\d\d)(?:-(\d\d)(?:-(\d\d))?)?")
_SITE_SUFFIX = re.compile(r"[ \t]+[|·][ \t]+(?P<site>[^|·\n]{2,80}?)[ \t]*$", re.M)
_LEAD_CAPS = re.compile(r"^(?:The\s+)?(?P<caps>[A-Z][A-Z'’\-]+(?:\s+(?:[A-Z][A-Z'’\-]+|OF|AND|THE|FOR|DE|DU))+)\b")
_MD_TITLE = re.compile(r"\s*#[ \t]+([^\n#][^\n]{0,200})\n")
_SMALL = {"of", "and", "the", "for", "de", "du", "in", "on"}


def _month(name: str) -> int:
    return MONTHS[name[:3].lower()]


def _iso(year: int | None, month: int, day: int | None) -> str | None:
    try:
        if year is None:
            return None
        if day is None:
            return f"{year:04d}-{month:02d}"
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def find_dateline(text: str, limit: int = 600) -> dict | None:
    """A dateline at the start of a paragraph in the first `limit` characters: span and values."""
    head = text[:limit + 200]
    for pattern, kind in ((SOURCE_LINE, "source"), (AGENCY_DATELINE, "agency")):
        if kind == "source" and "SOURCE:" not in head or kind == "agency" and ")" not in head:
            continue  # cheap gates: both patterns are slow to try at every line
        match = pattern.search(text, 0, min(len(text), limit + 200))
        if match and match.start() <= limit:
            found = {"kind": kind, "start": match.start(), "end": match.end(),
                     "month": _month(match["month"]), "day": int(match["day"]),
                     "year": int(match["year"]) if match["year"] else None}
            found["outlet"] = match["outlet"].strip() if kind == "source" else match["agency"]
            return found
    return None


def year_nearby(text: str, month: int, day: int) -> int | None:
    """The year of a full date in the article that falls shortly before month/day (a caption,
    an earlier paragraph): the dateline is then month/day of that year or the next."""
    best = None
    for pattern in _FULL_DATES:
        for m in pattern.finditer(text):
            year = int(m["year"])
            try:
                stated = date(year, _month(m["month"]), int(m["day"]))
            except ValueError:
                continue
            for candidate in (year, year + 1):
                try:
                    dated = date(candidate, month, day)
                except ValueError:
                    continue
                if 0 <= (dated - stated).days <= 62:
                    best = candidate if best is None else best
    return best


def url_date(url: str | None) -> str | None:
    """A date written in a URL path (/2023/10/04/ or /2023/10/)."""
    if not url:
        return None
    match = _URL_DATE.search(url)
    if not match:
        return None
    return _iso(int(match[1]), int(match[2]), int(match[3]) if match[3] else None)


def normalise_date(value: str | None) -> str | None:
    """An ISO date (at its precision) from a record's published field, or None."""
    if not value:
        return None
    match = _ISO.match(value)
    if match:
        year, month, day = match[1], match[2], match[3]
        if day:
            return _iso(int(year), int(month), int(day))
        if month:
            return _iso(int(year), int(month), None) if 1 <= int(month) <= 12 else None
        return year
    for pattern in _FULL_DATES:
        found = pattern.search(value)
        if found:
            return _iso(int(found["year"]), _month(found["month"]), int(found["day"]))
    return None


def split_title(title: str | None) -> tuple[str | None, str | None]:
    """("Headline", "Site") from "Headline | Site"."""
    if not title:
        return title, None
    match = _SITE_SUFFIX.search(title)
    if match and len(match["site"].split()) <= 8 and match.start() > 10:
        return title[:match.start()].strip(), match["site"].strip()
    return title.strip(), None


def lead_title(text: str) -> str | None:
    """A bold lead term rendered in capitals ("The ARMED FORCES OF AZERBAIJAN ...") as a title."""
    match = _LEAD_CAPS.match(text)
    if not match or len(match["caps"].split()) < 2:
        return None
    return title_case(match["caps"])


def title_case(caps: str) -> str:
    words = caps.split()
    return " ".join(w.lower() if i and w.lower() in _SMALL else w[0] + w[1:].lower()
                    for i, w in enumerate(words))


def apply_metadata(doc: Document) -> None:
    """Fill title, outlet and published from what the document states (never overwrite)."""
    raw = doc.raw_text
    if doc.meta.get("split") == "export" and not doc.title:
        header_end = doc.meta.get("header_end", 0)
        for line in raw[header_end:header_end + 2000].split("\n"):
            if line.strip():
                doc.meta["raw_title"] = line.strip()
                doc.title, site = split_title(line.strip())
                doc.outlet = doc.outlet or site
                break
    elif doc.title:
        title, site = split_title(doc.title)
        if site and (not doc.outlet or doc.outlet.lower() == site.lower()):
            doc.meta["raw_title"] = doc.title
            doc.title, doc.outlet = title, site
    if not doc.title and doc.meta.get("split") is None:
        heading = _MD_TITLE.match(raw)
        doc.title = heading.group(1).strip() if heading else lead_title(raw.lstrip())
    published = normalise_date(doc.published) if doc.published else None
    stated: dict[str, Any] | None = doc.meta.get("dateline")
    if not published and stated:
        year = stated["year"]
        if year is None:
            year = year_nearby(raw, stated["month"], stated["day"])
        published = _iso(year, stated["month"], stated["day"])
        if stated["kind"] == "source" and not doc.outlet:
            doc.outlet = stated["outlet"]
    if not published:
        published = url_date(doc.url)
    doc.published = published
