"""A text's tokens and sentence starts, and the noun-phrase edges the recognisers share.

Span conventions follow dstl's re3d: determiners and premodifiers are part of a noun phrase
("the Syrian Democratic Forces", "our partners"); `extend_left` and `owner_left` find those edges.
"""
from __future__ import annotations

import re

from orbat.mentions.lexicon import (ADJECTIVE, DETERMINERS, MODIFIERS, NOT_ADJECTIVES, NOT_DETERMINERS, STOP_CAPS,
                                    is_acronym, is_cap)
from orbat.mentions.sentences import split_sentences

# Patterns used per token are compiled once here (re's cache lookup costs as much as a short match).
_CAP_COMPOUND = re.compile(r"[A-Z][\w]*-(?:held|led|backed|controlled|affiliated|based)")
_OWNER_COMPOUND = re.compile(r"\w+-(?:held|led|backed|controlled|affiliated|based|borne)")
_SPACES = re.compile(r"\s+")
TOK = re.compile(r"['’][sS]\b|(?:[A-Z]\.){2,}|\w+(?:[-&]\w+|['’](?![sS]\b)\w+|(?<=\d)\.(?=\d)\w+)*|[^\w\s]")


def build_context(text: str) -> "Context":
    """Tokenise `text` and mark the tokens that start a sentence or a line."""
    matches = list(TOK.finditer(text))
    toks = [m.span() for m in matches]
    words = [m.group() for m in matches]
    starts = {s: i for i, (s, _) in enumerate(toks)}
    ends = {e: i for i, (_, e) in enumerate(toks)}
    sent_first = set()
    for sb, _ in split_sentences(text):
        i = starts.get(sb)
        if i is not None:
            sent_first.add(i)
    # line starts count as sentence starts too (headlines, bullets): look up the few line starts rather than
    # testing every token
    line_start = 0
    while line_start >= 0:
        i = starts.get(line_start)
        if i is not None:
            sent_first.add(i)
        line_start = text.find("\n", line_start)
        if line_start >= 0:
            line_start += 1
    return Context(text, toks, words, starts, ends, sent_first)


class Context:
    def __init__(self, text: str, toks: list[tuple[int, int]], words: list[str], starts: dict[int, int],
                 ends: dict[int, int], sent_first: set[int]) -> None:
        self.text, self.toks, self.words, self.starts, self.ends = text, toks, words, starts, ends
        self.sent_first = sent_first
        self.low = text.lower()

    def include_the(self, begin: int) -> int:
        before = self.text[max(0, begin - 4):begin]
        if before in ("the ", "The ") and (begin - 4 == 0 or not self.text[begin - 5].isalnum()):
            return begin - 4
        return begin

    def extend_left(self, begin: int, *, allow_caps: bool) -> int:
        """Include premodifiers and a determiner before a class word: "the Iraqi security forces"."""
        i = self.starts.get(begin)
        if i is None:
            return begin
        b = begin
        k = i - 1
        while k >= 0:
            w = self.words[k]
            s, e = self.toks[k]
            gap = self.text[e:self.toks[k + 1][0]]
            if gap not in (" ", ""):
                break
            lw = w.lower()
            if lw in DETERMINERS:
                b = s
                break
            if lw in NOT_DETERMINERS:
                break
            if lw in ("led", "held", "backed", "based", "controlled", "allied", "supported") and k >= 2 \
                    and self.words[k - 1] == "-" and self.toks[k - 1][1] == s:
                # "the U.S.-led coalition": the compound modifier and its owner belong to the phrase
                k -= 2
                b = self.toks[k][0]
                k -= 1
                continue
            if lw in MODIFIERS or (allow_caps and (is_cap(w) or is_acronym(w)) and k not in self.sent_first
                                   and w not in STOP_CAPS) or (allow_caps and w in ("U.S.", "U.K.", "UK", "US")) \
                    or (allow_caps and is_cap(w) and k in self.sent_first and w not in STOP_CAPS):
                b = s
                k -= 1
                continue
            if _CAP_COMPOUND.fullmatch(w) or _OWNER_COMPOUND.fullmatch(w):
                b = s
                k -= 1
                continue
            if w in ("’s", "'s") and k > 0 and self.toks[k][0] == self.toks[k - 1][1]:
                # a possessor belongs to the phrase: "the camp’s residents", "Turkey’s government"
                k -= 1
                b = self.toks[k][0]
                k -= 1
                continue
            if ADJECTIVE.fullmatch(w) and lw not in NOT_ADJECTIVES and k not in self.sent_first:
                b = s  # "innocent civilians", "religious minorities"
                k -= 1
                continue
            break
        return b

    def owner_left(self, begin: int) -> int:
        """Start of an owner written before a class word: "ISIL", "Coalition", "U.S." (one or two tokens)."""
        i = self.starts.get(begin)
        if i is None:
            return begin
        b = begin
        k = i - 1
        # lower-case premodifiers that belong to a platform class ("tactical", "armored") come first
        while k >= 0 and self.words[k].lower() in ("tactical", "armored", "armoured", "technical", "military") \
                and self.text[self.toks[k][1]:self.toks[k + 1][0]] == " ":
            k -= 1
        for _ in range(2):
            if k < 0 or self.text[self.toks[k][1]:self.toks[k + 1][0]] != " ":
                break
            w = self.words[k]
            if (is_acronym(w) or (is_cap(w) and w not in STOP_CAPS)) and not w.endswith(("held", "led")):
                b = self.toks[k][0]
                k -= 1
                continue
            break
        return b

    def extend_caps_left(self, begin: int) -> int:
        i = self.starts.get(begin)
        if i is None:
            return begin
        b = begin
        k = i - 1
        while k >= 0:
            w = self.words[k]
            s, e = self.toks[k]
            if self.text[e:self.toks[k + 1][0]] != " ":
                break
            if (is_cap(w) or w in ("U.S.", "U.K.")) and w not in STOP_CAPS and w not in ("Gen", "Col"):
                b = s
                k -= 1
                continue
            break
        return b

    def name_after(self, pos: int) -> tuple[int, list[str]]:
        """The capitalised name right after a title: "Stephen J. Townsend", "John “J.D.” Dorrian"."""
        text = self.text
        m = NAME_AFTER.match(text, pos)
        if not m:
            return pos, []
        span = m.group(1)
        parts = [p for p in _SPACES.split(span) if p]
        # drop trailing words that begin a new clause ("Kerry said")
        return m.start(1) + len(span), [p for p in parts if not p.startswith(("“", '"'))]


NAME_WORD = r"(?:[A-ZÀ-ÞĀ-Ž](?:[^\W\d_]|[’'](?![sS]\b)|-(?=[^\W\d_]))+|[A-Z]\.(?:[A-Z]\.)*|[A-Z]{2,}(?=\s[A-Z])|(?:al|el|bin|ibn|de|van|von|der)-?[A-Z][\wà-ÿ’'-]+|Al-[A-Z][\w’'-]+)"
NAME_AFTER = re.compile(
    rf"[\s\u200e\u200f]+((?:{NAME_WORD}|[“\"][^”\"\n]{{1,12}}[”\"])(?:\s+(?:{NAME_WORD}|[“\"][^”\"\n]{{1,12}}[”\"]|"
    rf"(?:I{{1,3}}|IV|V|Jr\.|Sr\.)(?![\w])|(?:al|de|bin|van|von|der)(?=\s[A-Z])))*)")

