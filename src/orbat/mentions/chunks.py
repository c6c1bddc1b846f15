"""Runs of capitalised words (with "of", "the", "and" inside) that no other recogniser explains, typed by
their head: an office ("507th Maintenance Group Commander") is a Person, an organisation head ("Command",
"Forces") an Organisation, a place head ("Province") or a locative before ("in Sarmada") a Location, a lone
acronym an Organisation."""
from __future__ import annotations

import re

from orbat.mentions import vocab
from orbat.mentions.candidates import Candidate
from orbat.mentions.context import Context
from orbat.mentions.lexicon import (CALENDAR, NAME_CONNECT, OFFICE_HEADS, ORDINAL, ORG_HEADS, STOP_CAPS, is_acronym,
                                    is_cap)

# re3d marks "Abel Battery, 3rd Battalion" whole in one place and in parts in another: keep parts.
MERGE_UNITS = False
_NUMBER_AFTER = re.compile(r" \d{1,4}\b")  # "CTF 50"
_COMMA_CAP = re.compile(r",\s[A-Z]")  # "Sarmada, Syria"


def find(ctx: Context, loc_heads: set[str]) -> list[Candidate]:
    """Runs of capitalised words (with of/the/and inside) not otherwise explained."""
    out: list[Candidate] = []
    words, toks, text = ctx.words, ctx.toks, ctx.text
    n = len(words)
    i = 0
    while i < n:
        w = words[i]
        if not is_cap(w) or (w in STOP_CAPS and (i in ctx.sent_first or w not in ("New",))):
            i += 1
            continue
        j = i + 1
        while j < n:
            wj = words[j]
            if toks[j][0] - toks[j - 1][1] > 1 or "\n" in text[toks[j - 1][1]:toks[j][0]]:
                break
            if is_cap(wj) and wj not in ("I",) and wj not in CALENDAR:
                j += 1
                continue
            if wj in NAME_CONNECT and j + 1 < n and is_cap(words[j + 1]) and words[j + 1] not in STOP_CAPS:
                j += 2
                continue
            if ORDINAL.fullmatch(wj) and j + 1 < n and is_cap(words[j + 1]):
                j += 2  # "U.S. 5th Fleet"
                continue
            if wj == "of" and j + 2 < n and words[j + 1] == "the" and is_cap(words[j + 2]) \
                    and words[j + 2] not in STOP_CAPS:
                j += 3  # "Department of the Treasury"
                continue
            if wj == "and" and "of" in words[i:j] and j + 1 < n and is_cap(words[j + 1]) \
                    and words[j + 1] not in STOP_CAPS:
                j += 2  # "State Board of Antiquities and Heritage"
                continue
            break
        # ordinals before: "507th Air Refueling Wing", "3rd Battalion"
        b_i = i
        if i > 0 and ORDINAL.fullmatch(words[i - 1]):
            b_i = i - 1
        seq = words[i:j]
        begin, end = toks[b_i][0], toks[j - 1][1]
        cand = _classify_chunk(ctx, b_i, i, j, seq, begin, end, loc_heads)
        if cand is not None:
            if cand.type == "Organisation":
                cand = _org_context(ctx, cand, b_i, out)
            out.append(cand)
        i = j
    return out


def _org_context(ctx: Context, cand: Candidate, b_i: int, previous: list[Candidate]) -> Candidate:
    """Widen an organisation chunk over its possessor ("The Coalition’s Small Group") and over the unit
    it belongs to ("Abel Battery, 3rd Battalion")."""
    text = ctx.text
    begin = cand.begin
    if b_i >= 2 and ctx.words[b_i - 1] in ("’s", "'s") and ctx.toks[b_i - 1][1] + 1 == ctx.toks[b_i][0]:
        k = b_i - 2
        if is_cap(ctx.words[k]) or is_acronym(ctx.words[k]):
            while k > 0 and (is_cap(ctx.words[k - 1]) or is_acronym(ctx.words[k - 1])) \
                    and ctx.words[k - 1] not in STOP_CAPS and ctx.toks[k - 1][1] + 1 == ctx.toks[k][0]:
                k -= 1
            begin = ctx.include_the(ctx.toks[k][0])
    if previous and previous[-1].type == "Organisation" and text[previous[-1].end:cand.begin] == ", " \
            and text[cand.begin:cand.begin + 1].isdigit() and MERGE_UNITS:
        begin = previous.pop().begin  # "3rd Battalion, 321st Field Artillery Regiment"
    if begin == cand.begin:
        return cand
    return Candidate(begin, cand.end, cand.type, cand.value, cand.link, cand.source, cand.priority, cand.tier,
                     cand.confidence)


def _classify_chunk(ctx: Context, b_i: int, i: int, j: int, seq: list[str], begin: int, end: int,
                    loc_heads: set[str]) -> Candidate | None:
    words, text = ctx.words, ctx.text
    last = seq[-1]
    first_sent = i in ctx.sent_first
    if seq[0] in ("Operation", "Exercise", "QUESTION", "ANSWER", "Q", "A"):
        return None
    # an office named after its organisation: "507th Maintenance Group Commander",
    # "Acting General Director of the Office of Museums"
    head = seq[seq.index("of") - 1] if "of" in seq[1:] else last
    if len(seq) > 1 and head in OFFICE_HEADS:
        b = ctx.include_the(begin)
        return Candidate(b, end, "Person", None, None, "chunk:office", 53, 1, 0.6)
    # "Government of Iraq", "Ministry of Defence", "Department of State"
    if seq[0] in ORG_HEADS and len(seq) > 2 and seq[1] == "of":
        b = ctx.include_the(begin)
        return Candidate(b, end, "Organisation", None, None, "chunk:org-of", 52, 1, 0.65)
    # organisation by its head word
    if any(w in ORG_HEADS for w in seq[1:]) or (last in ORG_HEADS and len(seq) > 1) or \
            (b_i < i and last in ORG_HEADS):
        b = ctx.include_the(begin)
        return Candidate(b, end, "Organisation", None, None, "chunk:org-head", 50, 1, 0.65)
    if last in loc_heads and len(seq) > 1:
        b = ctx.include_the(begin)
        return Candidate(b, end, "Location", None, None, "chunk:loc-head", 50, 1, 0.65)
    # acronyms: "CJTF-OIR", "SBAH", "CTF 50"
    if len(seq) == 1 and is_acronym(last) and last.lower() not in vocab.classes() \
            and last.lower().rstrip("s") not in vocab.classes():
        b = ctx.include_the(begin)
        num = _NUMBER_AFTER.match(text[end:end + 6])
        if num:
            end += num.end()
        return Candidate(b, end, "Organisation", None, None, "chunk:acronym", 30, 1, 0.5)
    if first_sent and len(seq) == 1:
        return None
    prev = words[i - 1].lower() if i > 0 else ""
    # "Sarmada, Syria" (place, country) or a locative preposition before
    if prev in ("in", "near", "outside", "around", "toward", "towards", "into", "across", "from", "of",
                "inside", "at", "to", "within", "throughout"):
        if prev in ("of", "at", "to", "from") and not _COMMA_CAP.match(text[end:end + 3]):
            pre2 = words[i - 2].lower() if i > 1 else ""
            if prev == "of" and pre2 not in ("city", "town", "village", "province", "region", "outskirts",
                                             "north", "south", "east", "west", "vicinity", "capital"):
                return None
            if prev in ("at", "to") and len(seq) > 2:
                return None
        return Candidate(begin, end, "Location", None, None, "chunk:locative", 25, 1, 0.5)
    return None
