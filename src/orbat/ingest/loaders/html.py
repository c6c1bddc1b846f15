"""HTML pages: main text with trafilatura, metadata from meta tags, the date with htmldate."""
from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Any, Iterator

from orbat.errors import IngestError
from orbat.ingest.decode import decode, fix_text
from orbat.ingest.loaders.base import inner_suffix, read_bytes
from orbat.records import Document
from orbat.settings import Settings

log = logging.getLogger(__name__)
_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
_HTML_HEAD = re.compile(rb"<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<meta[\s>]", re.I)
_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([A-Za-z0-9_-]+)""", re.I)


class HtmlLoader:
    name = "html"

    def match(self, path: Path, head: bytes) -> float:
        if inner_suffix(path) in _SUFFIXES:
            return 0.9
        return 0.6 if _HTML_HEAD.search(head[:4096]) else 0.0

    def load(self, path: Path, settings: Settings) -> Iterator[Document | IngestError]:
        data = read_bytes(path, settings)
        yield html_document(data, key=path.name, source=str(path), settings=settings)


def _decode_html(data: bytes | str, source: str) -> str:
    if isinstance(data, str):
        return fix_text(data)
    found = _CHARSET.search(data[:4096])
    declared = found.group(1).decode("ascii", "replace") if found else None
    return decode(data, source, declared=declared)


def html_document(data: bytes | str, *, key: str, source: str, settings: Settings,
                  url: str | None = None, line: int | None = None) -> Document:
    """One Document from one HTML page; IngestError (naming the source) when it cannot be read."""
    text = _decode_html(data, source)
    if not text.strip():
        raise IngestError("empty HTML page", source=source, line=line)
    _refuse_hostile(text, source, line)
    try:
        raw, meta = extract_html(text)
    except IngestError as error:
        raise IngestError(error.reason, source=source, line=line) from None
    except RecursionError:
        raise IngestError("HTML nested too deeply to parse", source=source, line=line) from None
    except Exception as error:  # lxml/trafilatura failures on hostile pages
        raise IngestError(f"unparseable HTML ({type(error).__name__}: {str(error)[:120]})",
                          source=source, line=line) from None
    if not raw or not raw.strip():
        raise IngestError("no main text found in HTML page", source=source, line=line)
    if len(raw) > settings.max_record_chars:
        raise IngestError(f"extracted text too long ({len(raw):,} chars > max_record_chars)",
                          source=source, line=line)
    doc = Document(key=key, source=source, raw_text=fix_text(raw), meta={"loader": "html"})
    doc.title = meta.get("title")
    doc.outlet = meta.get("outlet")
    doc.url = url or meta.get("url")
    doc.author = meta.get("author")
    doc.published = meta.get("published")
    if meta.get("language"):
        doc.language = meta["language"].split("-")[0].lower()[:8]
    return doc


_ENTITY_DECL = re.compile(r"<!ENTITY", re.I)
_HUGE_TAG = re.compile(r"<[^<>]{1000000}")


def _refuse_hostile(text: str, source: str, line: int | None) -> None:
    """Pages built to hurt parsers are refused up front, with a reason."""
    if _ENTITY_DECL.search(text, 0, 200_000):
        raise IngestError("refused: the page declares XML entities (possible entity bomb)", source=source, line=line)
    if _HUGE_TAG.search(text):
        raise IngestError("refused: a tag or attribute longer than 1 MB", source=source, line=line)


def extract_html(html: str) -> tuple[str | None, dict[str, Any]]:
    """(main text, metadata) of a page. The tree is parsed once and shared by all three steps."""
    import trafilatura
    from trafilatura.utils import load_html

    tree = load_html(html)
    if tree is None:
        raise IngestError("not parseable as HTML")
    meta, stated = page_meta(tree)
    meta["published"] = stated if stated else _find_date(tree)
    text = trafilatura.extract(tree, output_format="txt", include_comments=False, include_tables=True,
                               deduplicate=False, with_metadata=False)
    if not text:
        # Short or odd pages: trafilatura's baseline keeps the body text rather than nothing.
        from trafilatura import baseline

        text = baseline(html)[1] or None
    return text, meta


# Where each field is read from, first hit wins: (field, (key, ...)); a key names the first
# element of one kind in the page ("property=og:title" is <meta property="og:title" content=...>).
_FIELDS = (
    ("title", ("property=og:title", "title")),
    ("outlet", ("property=og:site_name", "name=application-name")),
    ("url", ("canonical", "property=og:url")),
    ("author", ("name=author", "property=article:author", "name=byl")),
)
_DATE_KEYS = (("property=article:published_time",), ("itemprop=datePublished",),
              ("name=date", "name=pubdate", "name=publishdate", "name=DC.date.issued"), ("time",))


def page_meta(tree: Any) -> tuple[dict[str, Any], str | None]:
    """(title, outlet, url, author, language) and the stated publication date, from one walk over
    the page's meta, link, title and time elements (one pass costs less than an XPath a field)."""
    from orbat.ingest.metadata import normalise_date

    firsts: dict[str, tuple[int, str]] = {}  # key -> (document position, value) of its first element
    for position, el in enumerate(tree.iter("meta", "link", "title", "time")):
        tag = el.tag
        if tag == "meta":
            content = el.get("content")
            if content is not None:
                for attr in ("property", "name", "itemprop"):
                    kind = el.get(attr)
                    if kind is not None and f"{attr}={kind}" not in firsts:
                        firsts[f"{attr}={kind}"] = (position, content)
        elif tag == "link":
            href = el.get("href")
            if href is not None and el.get("rel") == "canonical" and "canonical" not in firsts:
                firsts["canonical"] = (position, href)
        elif tag == "title":
            if el.text and "title" not in firsts:
                firsts["title"] = (position, el.text)
        elif el.get("itemprop") == "datePublished" and el.get("datetime") is not None and "time" not in firsts:
            firsts["time"] = (position, el.get("datetime"))
    meta: dict[str, Any] = {}
    for field_name, keys in _FIELDS:
        for key in keys:
            value = " ".join(firsts[key][1].split()) if key in firsts else ""
            if value:
                meta[field_name] = value[:500]
                break
    root = tree.getroottree().getroot()
    lang = " ".join((root.get("lang") or "").split()) if root.tag == "html" else ""
    if lang:
        meta["language"] = lang[:500]
    stated = None
    for keys in _DATE_KEYS:
        found = [firsts[k] for k in keys if k in firsts]
        if found:
            date = normalise_date(min(found)[1])
            if date and len(date) == 10:
                stated = date
                break
    return meta, stated


def _find_date(tree: Any) -> str | None:
    """Publication date from markup (htmldate, fast mode: no guessing from free text)."""
    from htmldate import find_date

    try:
        return find_date(tree, extensive_search=False, original_date=True, outputformat="%Y-%m-%d")
    except Exception:  # htmldate raises on odd trees; a missing date is not an error
        log.debug("htmldate failed", exc_info=True)
        return None
