"""Remove debris from an article's raw text, building the clean text through TextBuilder.

Rules are general forms of the debris met in saved pages, blog indexes and wiki dumps:
page-saver headers, teaser tails, widgets, image names and hashes, captions and credits,
author bios, promo paragraphs, language switchers, other-script boilerplate, wiki markup
leftovers, reference markers, empty or bare-citation footnotes and navigation sections.
Cleaning only deletes or replaces runs of raw text; a second pass tidies whitespace and the
two offset maps are composed, so `offsets.to_raw` always lands on the exact raw span.
"""
from __future__ import annotations

import re
import unicodedata

from orbat.ingest import textmap
from orbat.ingest.metadata import _SITE_SUFFIX, find_dateline, lead_title
from orbat.ingest.split import TEASER_TAIL
from orbat.records import Document

Edit = textmap.Edit

_LINES = re.compile(r"[^\n]*\n?")
_IMAGE = r"[\w.%~+\-]+\.(?:jpe?g|png|gif|webp|svg|bmp|tiff?|avif)(?:\?\S*)?"
_DEBRIS_LINE = re.compile("|".join([
    _IMAGE,
    r"(?=[0-9a-fA-F]*\d)(?=[0-9a-fA-F]*[a-fA-F])[0-9a-fA-F]{24,}",  # image hashes
    r"\d*\s*View gallery|View (?:gallery|slideshow|photos?)|Print(?: this (?:page|article))?|Share(?: this(?: article| story| page)?)?"
    r"|Tweet|E-?mail|Comments?|Advertisement|ADVERTISEMENT|Skip (?:Ad|advert)|Listen to (?:this )?article"
    r"|Copy link|Link copied|Follow us(?: on \w+)?|Subscribe|Sign up|Save|Bookmark|Read next|Related(?: articles| stories)?",
    r"[!?.,;:*#_=~|•·<>\-–—]+",  # stray punctuation, '###' and '___' end markers
    r"-?30-|ENDS?",
    r"(?:This (?:text|article|page|story|post) (?:is )?(?:also )?available in|Also available in|Read (?:this|it) in)\b.*",
    r"(?:Additional reporting by|Reporting by|Writing by|Editing by|Edited by|With reporting by|Compiled by"
    r"|Translated by|Reporting and writing by|Produced by)\b.*",
    r".*\bCategory:.*",
    r"(?P<alt>\S.{2,59}?)(?P=alt)",  # doubled alt text ("SatelliteSatellite")
]))
_CONTRIBUTED = re.compile(r".{0,400}\b(?:writers?|reporters?|correspondents?|staff|Press)\b.{0,300}\bcontributed"
                          r"(?: (?:to )?(?:this|the) (?:report|story|article))?\.?")
_CONTRIBUTED_ENDS = ("contributed.", "contributed", "report.", "story.", "article.")
_PHOTO_CREDIT = re.compile(r"Acquire Licensing Rights|/Handout\b|\bvia REUTERS\b|REUTERS/|\bGetty Images\b|"
                           r"\bAFP via Getty\b|(?:^|\n)(?:Photo|Image|Credit|Picture)s?:", re.I)
# Substrings that must occur for the regexes above to match (cheap gates; the regexes decide).
_CREDIT_CUES = ("licensing rights", "/handout", "reuters", "getty images", "photo", "image", "credit", "picture")
_PROMO_CUES = ("click here", "sign up", "subscribe to", "newsletter", "gives you all", "download")
_PROMO = re.compile(r"\bclick here\b|\bsign up (?:for|to)\b|\bsubscribe to (?:our|the)\b|\bnewsletter\b|"
                    r"\bgives you all (?:of )?the latest\b|\bdownload (?:our|the) app\b", re.I)
_BIO_CUES = re.compile(r"\b(?:journalist|correspondent|reporter|(?:chief|senior|staff) writer|editor|bureau chief"
                       r"|Speaks|Covered|postings? in|Worked (?:as|for|at)|joined \w+ in|is based in|"
                       r"reported from)\b")
_SECTION = re.compile(r"(?:See also|References|Notes|Further reading|External links|Bibliography|Sources"
                      r"|Citations|Footnotes|Notes and references|Related articles|Literature)")
_LIST_ITEM = re.compile(r"\s*(?:[-*•]|\d+\.)(?:\s|$)")
_FOOTNOTE = re.compile(r"\[(\d{1,4})\]")
_CLAIM = re.compile(r"\b(?:is|are|was|were|has|have|had|list|lists|listed|attribute[sd]?|estimate[sd]?|"
                    r"report(?:s|ed)|signed|protocol|agreement|treaty|contract|between|according|numbers?|"
                    r"consists?|includ(?:es|ed|ing)|total(?:s|led)?)\b", re.I)
_REF = re.compile(r"\[(?:\d{1,4}|[a-z]|citation needed|clarification needed|dubious|when\?|who\?|by whom\?|"
                  r"according to whom\?|verification needed|page needed)\]")
_CAPTION_END = re.compile(r"\]\]+")
_SENTENCE_MARKER = re.compile(r"[.!?][\"”’]?(?:\[\w+\])+")
_ITALICS = re.compile(r"(?<![\w_])_(?=[^\s_])([^_\n]{1,200}?)(?<=[^\s_])_(?![\w_])")
_EMPTY_PARENS = re.compile(r"[ \t]?\([\s,;]*\)")
_TEMPLATE = re.compile(r"\|[\w\- ]+=[^\n]*?\}\}|\{\{[^{}\n]{0,500}\}\}")
_INLINE_IMAGE = re.compile(rf"(?<!\S){_IMAGE}(?!\S)")
_INLINE_HEX = re.compile(r"(?<![\w/])(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{32,}(?![\w/])")
_HINT_PARENS = re.compile(r"\([\s,;]*\)")
_HINT_TEMPLATE = re.compile(r"\}\}")
_HINT_IMAGE = re.compile(r"\.(?:jpe?g|png|gif|webp|svg|bmp|tiff?|avif)\b", re.I)
_HINT_HEX = re.compile(r"[0-9a-f]{32}")  # a gate only: no look-behind, which costs at every position
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_NBSP = re.compile("[\u00a0\u202f\u2007]")
_EDGE_SPACE = " \t\u00a0\u202f\u2007\u3000"
# Second pass (whitespace only).
_BLANK_RUN = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")
_SPACE_RUN = re.compile(r"(?<=\S)[ \t]{2,}(?=\S)")  # gated by a substring test
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")


_NON_LATIN = re.compile(r"[^\x00-\u024f\u1e00-\u1eff\u2000-\u206f\u20a0-\u20cf\u2100-\u214f]")


def _script_share(text: str) -> float:
    """Share of letters that are Latin (other scripts' letters are found by one fast regex)."""
    if text.isascii():
        return 1.0
    other = sum(1 for ch in _NON_LATIN.findall(text) if ch.isalpha())
    if not other:
        return 1.0
    letters = sum(1 for ch in text if ch.isalpha()) if len(text) < 2000 else \
        int(len(text) * 0.8)  # long texts: an estimate is enough for the thresholds used
    return max(0.0, 1 - other / max(1, letters))


def _foreign_line(line: str) -> bool:
    """A line written mostly in another script than Latin."""
    if line.isascii():
        return False
    other = sum(1 for ch in _NON_LATIN.findall(line) if ch.isalpha())
    if not other:  # Latin with accents (most non-ASCII lines): no need to count the letters
        return False
    letters = sum(1 for ch in line if ch.isalpha())
    return letters >= 3 and other / letters > 0.5


def _lines(text: str) -> list[tuple[int, int, str]]:
    """(start, end including newline, stripped content) of each line."""
    out = []
    for match in _LINES.finditer(text):
        if match.start() == match.end():
            break
        out.append((match.start(), match.end(), match.group().strip()))
    return out


def _footnote_states_something(body: str) -> bool:
    body = _TEMPLATE.sub("", body).strip()
    words = re.findall(r"\w+", body)
    return len(words) >= 6 and bool(_CLAIM.search(body)) and _script_share(body) > 0.8


def _line_edits(doc: Document, text: str) -> tuple[list[Edit], bool]:
    edits: list[Edit] = []
    header_end = int(doc.meta.get("header_end", 0) or 0)
    if header_end:
        edits.append((0, header_end, ""))
    lines = _lines(text)
    latin_doc = _script_share(text[:20000]) > 0.8
    footnotes = sum(1 for _, _, s in lines if _FOOTNOTE.match(s))
    truncated = False
    after_credits = False
    gallery = 0
    previous: list[int] = []  # indexes of non-blank lines kept so far
    section = False

    def drop(i: int) -> None:
        edits.append((lines[i][0], lines[i][1], ""))

    # One pass over the whole text decides whether the per-line tests are worth running.
    low = text.lower()
    has_credit = any(cue in low for cue in _CREDIT_CUES)
    has_promo = any(cue in low for cue in _PROMO_CUES)
    title_at = _title_line(lines, header_end)
    if title_at is not None:
        a, b, s = lines[title_at]
        site = _SITE_SUFFIX.search(text, a, a + len(text[a:b].rstrip()))
        if site and site.start() > a + 10 and len(site["site"].split()) <= 8:
            edits.append((site.start(), site.end(), ""))
    for i, (a, b, s) in enumerate(lines):
        if a < header_end:
            continue
        if not s:
            continue
        if section:
            if _LIST_ITEM.match(s) or s == "-":
                drop(i)
                continue
            section = False
        # After a gallery widget: its doubled alt text (a debris line), one caption, one (credit).
        if gallery == 2 and len(s) <= 80 and not _DEBRIS_LINE.fullmatch(s):  # noqa: SIM114
            gallery = 1
            drop(i)
            continue
        if gallery and re.fullmatch(r"\([^()]{1,80}\)", s):
            gallery = 0
            drop(i)
            continue
        if gallery and not _DEBRIS_LINE.fullmatch(s):
            gallery = 0
        if _SECTION.fullmatch(s) and i + 1 < len(lines):
            following = next((x for x in lines[i + 1:] if x[2]), None)
            if following is None or _LIST_ITEM.match(following[2]):
                drop(i)
                section = True
                continue
        if footnotes >= 3 and (m := _FOOTNOTE.match(s)):
            if not _footnote_states_something(s[m.end():]):
                drop(i)
            continue
        short = len(s) <= 300
        if short and (_DEBRIS_LINE.fullmatch(s) or s.endswith(_CONTRIBUTED_ENDS) and _CONTRIBUTED.fullmatch(s)):
            if re.match(r"\d*\s*View gallery", s):
                gallery = 2
            if re.match(r"(?:Additional reporting|Reporting|Writing|Editing|Edited|With reporting|Compiled)", s):
                after_credits = True
            drop(i)
            continue
        if latin_doc and _foreign_line(s):
            drop(i)
            continue
        if has_credit and len(s) <= 500 and _PHOTO_CREDIT.search(s):
            drop(i)
            # The alt text line just before a credited caption ("X addresses the nation").
            if previous and len(lines[previous[-1]][2]) <= 80 and not lines[previous[-1]][2].endswith(
                    (".", "!", "?", "\"", "”", ":")) and previous[-1] != _title_line(lines, header_end):
                drop(previous.pop())
            continue
        if has_promo and len(s) <= 600 and _PROMO.search(s):
            drop(i)
            continue
        if after_credits and len(_BIO_CUES.findall(s)) >= 2:  # only in an article's tail
            drop(i)
            continue
        # The same caption twice in a row (image alt + caption): drop every copy.
        if len(s) >= 15 and previous and lines[previous[-1]][2] == s:
            drop(previous.pop())
            drop(i)
            continue
        previous.append(i)
        end = a + len(text[a:b].rstrip())
        tail = TEASER_TAIL.search(text, max(a, end - 60), end)
        if tail:
            truncated = True
            edits.append((tail.start(), tail.end(), ""))
    return edits, truncated


def _title_line(lines: list[tuple[int, int, str]], header_end: int) -> int | None:
    if not header_end:
        return None
    for i, (a, _, s) in enumerate(lines):
        if a >= header_end and s:
            return i
    return None


_IMAGE_EXTS = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".bmp", ".tif", ".avif")


def _inline_edits(text: str) -> list[Edit]:
    edits: list[Edit] = []
    low = text.lower()
    ascii_text = text.isascii()
    for m in _REF.finditer(text) if "[" in text else ():
        line_start = text.rfind("\n", 0, m.start()) + 1
        if not text[line_start:m.start()].strip():
            continue  # a footnote label at the start of its line
        before = text[m.start() - 1] if m.start() else ""
        after = text[m.end():m.end() + 2]
        # A marker that replaced a full stop: "SEALs[65] Unit 641" -> "SEALs. Unit 641".
        if before.isalnum() and len(after) == 2 and after[0] == " " and after[1].isupper() \
                and not _REF.match(text, m.end()):
            edits.append((m.start(), m.end(), "."))
        else:
            edits.append((m.start(), m.end(), ""))
    for m in _CAPTION_END.finditer(text) if "]]" in text else ():
        if len(m.group()) < 2:
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        start = line_start
        for s in _SENTENCE_MARKER.finditer(text, line_start, m.start()):
            start = s.end()
        end = m.end()
        while end < len(text) and text[end] in " \t":
            end += 1
        edits.append((start, end, ""))
    for m in _ITALICS.finditer(text) if "_" in text else ():
        edits.append((m.start(), m.start() + 1, ""))
        edits.append((m.end() - 1, m.end(), ""))
    for pattern, hint in ((_EMPTY_PARENS, _HINT_PARENS), (_TEMPLATE, _HINT_TEMPLATE), (_INLINE_IMAGE, _HINT_IMAGE),
                          (_INLINE_HEX, _HINT_HEX), (_INVISIBLE, _INVISIBLE)):
        if hint is _HINT_IMAGE and not any(ext in low for ext in _IMAGE_EXTS):
            continue
        if hint is _INVISIBLE and ascii_text:
            continue
        if hint.search(text):  # cheap test first: most texts have none of these
            for m in pattern.finditer(text):
                edits.append((m.start(), m.end(), ""))
    # Spaces (NBSP included) at line edges, found with string methods (a multi-line regex is slow).
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        lead = len(line) - len(line.lstrip(_EDGE_SPACE))
        if lead:
            edits.append((start, start + lead, ""))
        if lead < len(line):
            trail = len(line) - len(line.rstrip(_EDGE_SPACE))
            if trail:
                edits.append((end - trail, end, ""))
        start = end + 1
    for m in _NBSP.finditer(text) if not ascii_text else ():
        edits.append((m.start(), m.end(), " "))
    return edits


def clean(doc: Document) -> Document:
    """Set clean_text, offsets and truncated on `doc` (and the dateline in doc.meta)."""
    text = doc.raw_text
    edits, truncated = _line_edits(doc, text)
    header_end = int(doc.meta.get("header_end", 0) or 0)
    body_from = header_end
    line = find_dateline(text[body_from:])
    if line:
        edits.append((body_from + line["start"], body_from + line["end"], ""))
        doc.meta["dateline"] = {k: line[k] for k in ("kind", "month", "day", "year", "outlet")}
        doc.meta["dateline_text"] = text[body_from + line["start"]:body_from + line["end"]].strip()
    edits.extend(_inline_edits(text))
    # A bold lead term in capitals: "The ARMED FORCES OF AZERBAIJAN were" -> title case (same length).
    start = len(text) - len(text.lstrip())
    title = lead_title(text[start:start + 300]) if not header_end else None
    if title:
        caps_at = text.upper().find(title.upper(), start)
        if caps_at >= 0 and len(title) == len(text[caps_at:caps_at + len(title)]):
            edits.append((caps_at, caps_at + len(title), title))
    first, first_map = textmap.apply(text, edits)
    second_edits: list[Edit] = []
    lead = len(first) - len(first.lstrip())
    trail = len(first.rstrip())
    for m in _BLANK_RUN.finditer(first):
        if m.start() >= lead and m.end() <= trail:
            second_edits.append((m.start(), m.end(), "\n\n"))
    for m in _SPACE_RUN.finditer(first) if "  " in first or "\t" in first else ():
        second_edits.append((m.start(), m.end(), " "))
    if lead:
        second_edits.append((0, lead, ""))
    if trail < len(first):
        second_edits.append((trail, len(first), ""))
    final, outer = textmap.apply(first, second_edits)
    # Unchanged text stays the same object: a document crossing from a parse worker is then
    # pickled with its text once, not twice.
    doc.clean_text = text if final == text else final
    doc.offsets = textmap.compose(first_map, outer)
    doc.truncated = doc.truncated or truncated
    return doc


def normalise_for_match(text: str) -> str:
    """Whitespace-collapsed, NBSP-as-space, NFC form for comparisons."""
    return " ".join(unicodedata.normalize("NFC", text.replace("\u00a0", " ")).split())
