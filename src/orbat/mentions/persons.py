"""People: a title or rank with the name after it ("Lt. Gen. Stephen J. Townsend", "Defense Secretary Ash
Carter", titles are part of the span as in re3d), a bare office with its determiner ("the prime minister"),
transcript speakers, kunyas, names in apposition to a title, speakers of "said", later mentions by surname,
and personal pronouns ("We" speaks for an organisation)."""
from __future__ import annotations

import re

import ahocorasick  # type: ignore[import-not-found]  # no stubs

from orbat.mentions import patterns
from orbat.mentions.candidates import Candidate
from orbat.mentions.context import Context
from orbat.mentions.lexicon import STOP_CAPS

PERSON_PRONOUNS = {"I": "Person", "he": "Person", "He": "Person", "she": "Person", "She": "Person"}
ORG_PRONOUNS = {"We": "Organisation", "we": "Organisation", "them": "Organisation"}
# "We're", "I'm" count; "I." (a Roman numeral or initial) does not.
_PRONOUN_RE = re.compile(r"(?<![\w'’.-])(?:We|we|I|he|He|she|She|them)(?![\w-]|\.\w)")
_OF_CONTINUATION = re.compile(r"(?:\s(?:of|for|to)\s(?:the\s)?(?:[A-Z][\w’'-]*)(?:\s(?:and\s)?[A-Z][\w’'-]*)*)+")
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
_THE_KEYS = patterns.triggers("the")
_AL_PREFIX = re.compile(r"(?i)(?:al|el)-")


class Titles:
    """Titles and ranks (reference data and data/titles.tsv), matched case-sensitively."""

    def __init__(self, titles: dict[str, str | None]) -> None:
        self.links = titles  # title text -> link
        self.automaton = ahocorasick.Automaton()
        for t in titles:
            self.automaton.add_word(t, len(t))
        if len(self.automaton):
            self.automaton.make_automaton()

    def longest(self, text: str) -> dict[int, int]:
        """The end of the longest title starting at each position, on word boundaries ("Lt. Gen." over "Gen.")."""
        best: dict[int, int] = {}
        n = len(text)
        for end_idx, length in self.automaton.iter(text):
            b, e = end_idx + 1 - length, end_idx + 1
            if b > 0 and (text[b - 1].isalnum() or text[b - 1] in ".-"):
                continue
            if e < n and (text[e].isalnum() or text[e] == "-") and text[e - 1] != ".":
                continue
            if best.get(b, 0) < e:
                best[b] = e
        return best


def _leftmost(longest: dict[int, int]) -> list[tuple[int, int]]:
    """Leftmost-longest, non-overlapping title spans."""
    out = []
    last = -1
    for b in sorted(longest):
        if b >= last:
            out.append((b, longest[b]))
            last = longest[b]
    return out


def find(ctx: Context, titles: Titles) -> list[Candidate]:
    """People named with a title, by office, as speakers or transcript speakers, by kunya, and by surname."""
    out: list[Candidate] = []
    if not len(titles.automaton):
        return out
    text = ctx.text
    names: set[str] = set()
    spans: list[tuple[int, int]] = []
    title_starts = titles.longest(text)
    for tb, te in _leftmost(title_starts):
        if spans and tb < spans[-1][1]:
            continue
        title = text[tb:te]
        # chain titles: "Lt. Gen.", "Navy Capt.", "Deputy Secretary of State"
        j = te
        while text[j:j + 1] == " " and (j + 1) in title_starts:
            j = title_starts[j + 1]
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
                     "title_ref": titles.links.get(text[tb:te])}
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
            if _AL_PREFIX.match(last) and len(last) > 4:
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
    for m in _KUNYA.finditer(text) if "Abu" in text or "Umm" in text else ():  # cheap test first
        out.append(Candidate(m.start(), m.end(), "Person", None, None, "kunya", 55, 1, 0.7))
        names.add(m.group())
        if " " in m.group():
            names.add(" ".join(m.group().split()[:2]))
    # "Knox Thames, the Special Advisor ...": a name in apposition to a title
    for m in _NAME_THEN_TITLE.finditer(text):
        if m.group(1).split()[0] in STOP_CAPS:
            continue
        out.append(Candidate(m.start(1), m.end(1), "Person", None, None, "name,title", 45, 1, 0.6))
        names.add(m.group(1).split()[-1])
    # "..., said Russell." / "Russell said": a lone capitalised name as the speaker
    for m in _SPEAKER.finditer(text):
        g = "a" if m.group("a") else "b"
        if m.group(g) in STOP_CAPS:
            continue
        out.append(Candidate(m.start(g), m.end(g), "Person", None, None, "speaker", 15, 1, 0.4))
        names.add(m.group(g))
    # surname memory: later mentions of a known person by surname
    for b, e in patterns.whole_names(text, names):
        out.append(Candidate(b, e, "Person", None, None, "surname", 58, 1, 0.7))
    return out


def pronouns(ctx: Context) -> list[Candidate]:
    out = []
    for m in _PRONOUN_RE.finditer(ctx.text):
        w = m.group()
        t = PERSON_PRONOUNS.get(w) or ORG_PRONOUNS.get(w) or "Person"
        out.append(Candidate(m.start(), m.end(), t, None, None, "pronoun", 10, 1, 0.4))
    return out
