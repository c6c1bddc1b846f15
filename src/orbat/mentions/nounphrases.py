"""Class nouns from the vocabularies ("tanks", "a VBIED", "the Iraqi security forces", "a fighting position")
with the determiners and premodifiers re3d puts in their span.

re3d marks equipment classes bare or with their owner ("destroyed a [tank]", "[ISIL tanks]"), groups and places
with their whole noun phrase; a bare group or place class word is too vague on its own.
"""
from __future__ import annotations

import re

from orbat.mentions import vocab
from orbat.mentions.candidates import Candidate, Entry
from orbat.mentions.context import Context

COMPOUND_HEAD = re.compile(
    r"[ -](?:facility|facilities|factory|factories|cache|caches|team|teams|crew|crews|squadron|squadrons|network|"
    r"networks|attack|attacks|impact|position|positions|site|sites|storage|staging|launch|construction|unit|"
    r"units|rounds?|production|plant|depot|depots|workshop|cell|cells|maintenance|pilot|pilots|operator|"
    r"operators|maker|makers|component|components|program|programme|strike|strikes|wing|battalion|battery|"
    r"regiment|brigade|company|training|exercise|base|bases|manufacturer|industry|deal|contract)\b")

# "artillery and mortar systems", "mortar systems" (compiled once: tried for every weapon class word)
_SYSTEMS_AFTER = re.compile(r" (?:and|or) (?:artillery|mortar|rocket|missile|anti-tank|air defen[cs]e)? ?systems?\b| "
                            r"systems?\b")


def class_candidate(ctx: Context, begin: int, end: int, entry: Entry) -> Candidate | None:
    type_ = entry.type
    if type_ in ("Weapon", "MilitaryPlatform", "Vehicle") and (COMPOUND_HEAD.match(ctx.text, end)
                                                              or _before_class_word(ctx, end, type_)):
        return None  # a modifier of another noun: "VBIED factory", "mortar teams", "the car bomb attacks"
    # re3d marks equipment classes bare ("destroyed a [tank]"); groups and places with their phrase
    if type_ in ("MilitaryPlatform", "Vehicle"):
        # an owner is part of a platform ("ISIL tanks", "Coalition aircraft", "an ISIL tactical vehicle"),
        # and makes a vehicle military; "the tanks" keeps its article, "a [tank]" does not
        b = ctx.owner_left(begin)
        if b < begin:
            if type_ == "Vehicle" and entry.text.startswith("vehicle"):
                type_ = "MilitaryPlatform"
            art = ctx.text[max(0, b - 3):b]
            if art.endswith(("a ", "A ")) and (b < 3 or not art[0].isalnum()):
                b -= 2
            elif art in ("an ", "An "):
                b -= 3
            b = ctx.include_the(b)
        elif type_ == "MilitaryPlatform":
            b = ctx.include_the(begin)
            if b == begin and entry.text == "aircraft":
                return None  # "aircraft" alone is generic ("the type of aircraft employed")
        elif type_ == "Vehicle":  # "destroyed a front-end loader"
            art = ctx.text[max(0, begin - 3):begin]
            if art.endswith("a ") and (begin < 3 or not art[0].isalnum()):
                b = begin - 2
            elif art == "an ":
                b = begin - 3
    elif type_ == "Weapon":
        b = weapon_left(ctx, begin, end)
        ext = _SYSTEMS_AFTER.match(ctx.text[end:end + 40])
        # "anti-aircraft artillery systems", "artillery and mortar systems": "systems" makes a mass noun countable
        # and belongs to it; after a count noun it is only a counting word ("two [mortar] systems")
        if ext and (ext.group().startswith((" and", " or")) or
                    entry.text.split()[-1].lower() not in vocab.weapon_phrases().get("count", frozenset())):
            end += ext.end()
    else:
        b = ctx.extend_left(begin, allow_caps=True)
    # "the tanks" / "ISIL vehicles": a military owner makes a vehicle a platform
    if type_ == "Vehicle" and b < begin:
        pre = ctx.text[b:begin].strip()
        if pre and pre.split()[-1][:1].isupper() and entry.text.startswith("vehicle"):
            type_ = "MilitaryPlatform"
    if entry.type == "Person" and b == begin:
        return None  # "the soldier", "a service member", not a bare "soldier"
    if entry.kind == "class" and entry.type == "Organisation" and b == begin and entry.value != "group":
        return None  # a bare class word ("military", "people") is too vague on its own
    if entry.kind == "loc" and b == begin and entry.text not in vocab.sites():
        return None
    prio = 40 if entry.kind == "class" else 35
    return Candidate(b, end, type_, None, entry.link, "class", prio, 1, 0.6)


_NEXT_WORD = re.compile(r" ([a-z][a-z-]*)")


def _before_class_word(ctx: Context, end: int, type_: str) -> bool:
    """True when an equipment class word of another type follows at once: "car" in "the car bomb attacks"."""
    m = _NEXT_WORD.match(ctx.text, end)
    if not m:
        return False
    following = vocab.classes().get(m.group(1))
    return following in ("Weapon", "MilitaryPlatform", "Vehicle") and following != type_


# compound adjectives that name an owner, not a kind of weapon: "ISIL-held", "Iranian-backed"
_OWNER_COMPOUND = re.compile(r".*-(?:held|led|backed|controlled|owned|operated|affiliated|supplied|provided)")


_CALIBRE = re.compile(r"\d+(?:\.\d+)?-?mm")  # "120mm mortar shells", "155-mm artillery"


def weapon_left(ctx: Context, begin: int, end: int) -> int:
    """Start of a weapon noun phrase: its descriptive premodifiers ("heavy", "ground-based", "single") and its
    determiner ("a", "the", "other"); owners ("ISIL", "enemy") and numbers stay out (a count is a Quantity).
    A weapon that modifies a following noun ("an IED blast") leaves the determiner to that noun."""
    i = ctx.starts.get(begin)
    if i is None:
        return begin
    roles = vocab.weapon_phrases()
    determiners, premodifiers = roles.get("determiner", frozenset()), roles.get("premodifier", frozenset())
    nxt = ctx.starts.get(end + 1)
    modifier_use = ctx.text[end:end + 1] == " " and nxt is not None \
        and ctx.words[nxt].lower() in roles.get("head", frozenset())
    b = begin
    k = i - 1
    while k >= 0 and ctx.text[ctx.toks[k][1]:ctx.toks[k + 1][0]] == " ":
        w = ctx.words[k]
        lw = w.lower()
        if lw in determiners:
            if not modifier_use and (w.islower() or k in ctx.sent_first):
                b = ctx.toks[k][0]
            break
        hyphenated = "-" in w and w[-1].islower() and (w[0].islower() or k in ctx.sent_first) \
            and not _OWNER_COMPOUND.fullmatch(lw)
        if (lw in premodifiers and (w.islower() or k in ctx.sent_first)) or hyphenated \
                or (_CALIBRE.fullmatch(w) and (k == 0 or ctx.toks[k - 1][1] < ctx.toks[k][0])):
            b = ctx.toks[k][0]
            k -= 1
            continue
        break
    return b
