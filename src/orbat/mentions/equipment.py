"""Equipment by name and by shape: catalogue systems with the class phrase after them ("Kalibr cruise
missiles"), designations ("Su-25", "KC-135R Stratotanker", "2S19"), ship names ("USS Carney") and unknown
names before a class word ("Kestrel-class frigates", "the Zorvak self-propelled howitzer").

The class word decides between a Weapon (missiles, launchers, guns) and a MilitaryPlatform (the rest)."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Protocol

from orbat.mentions import patterns, vocab
from orbat.mentions.candidates import Candidate, Entry
from orbat.mentions.context import Context
from orbat.mentions.lexicon import STOP_CAPS
from orbat.mentions.nounphrases import weapon_left

SYSTEM_CLASS = re.compile(
    r"(?:\s(?:[A-Z][\w-]*\d[\w-]*|\d\w*(?:-\w+)?|[A-Z][a-z]+-[A-Z]))?"
    r"\s(?:cruise |ballistic |anti-tank |anti-ship |surface-to-air |air-to-air |guided |attack |fighter |"
    r"main battle |armou?red |multiple )?(?:missiles?|missile systems?|launchers?|systems?|tanks?|howitzers?|"
    r"helicopters?|jets?|fighters?|drones?|aircraft|carriers?|vehicles?|MANPADS|rockets?|destroyers?|"
    r"frigates?|corvettes?|submarines?|rifles?|guns?|bombers?|UAVs?|APCs?|IFVs?|MRAPs?)\b")
# "conducted 11 strikes": re3d marks counted strikes as Weapon in some documents and not in others.
COUNTED_STRIKES = False
_STRIKE_KEYS = patterns.triggers("strike")
# "attack, bomber, fighter and remotely piloted aircraft" as one span (re3d does both: one span, or each type)
COORDINATED = False
_AIRCRAFT_KEYS = patterns.triggers("aircraft")
_AC = r"(?:attack|bomber|fighter|fighter-attack|remotely piloted|rotary-wing|fixed-wing|cargo|tanker|surveillance|" \
      r"reconnaissance|transport|unmanned|manned|strike|combat|training|trainer|patrol|helicopter)"
_COORD_AIRCRAFT = re.compile(rf"\b{_AC}(?:,\s{_AC})*,?\s(?:and|or)\s{_AC}\saircraft\b")
_CLASS_KEYS = patterns.triggers("class howitzer mrap vehicle carrier tank launcher system helicopter jet drone uav "
                                "missile")
_COUNTED_STRIKE = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|"
    r"fifty|several|multiple|additional)\s+((?:air|precision |coalition |U\.S\. )?strikes?)\b", re.I)
_CLASS_NAME_RE = re.compile(
    r"(?:(?:the|a|an)\s+)?(?P<name>[A-Z][\w-]*(?:\s[A-Z][\w-]*)?)(?:-class|\s+class)\s+"
    r"(?P<cls>frigate|destroyer|corvette|submarine|cruiser|carrier|aircraft carrier|patrol (?:boat|vessel)|"
    r"landing ship|warship|ship|vessel)s?\b"
    r"|(?:(?:the|a|an)\s+)?(?P<name2>[A-Z][\w-]*(?:\s[A-Z][\w-]*)?)\s+"
    r"(?P<cls2>self-propelled howitzer|MRAP|armou?red vehicle|infantry fighting vehicle|armou?red personnel carrier|"
    r"main battle tank|tank|howitzer|multiple rocket launcher|rocket launcher|air defen[cs]e system|"
    r"surface-to-air missile system|missile system|attack helicopter|helicopter|fighter jet|drone|"
    r"unmanned aerial vehicle|UAV)s?\b")

# Shapes tested for every system or designation found, compiled once.
_CAP_WORD_BEFORE = re.compile(r"[A-Z][\w.-]*\s$")
_CAP_WORD_AFTER = re.compile(r"\s[A-Z]")
_WEAPON_CLASS_WORD = re.compile(r"missile|launcher|rocket|howitzer|MANPADS|gun")
_SYSTEMS_END = re.compile(r"systems?$")
_HULL_NUMBER = re.compile(r"[A-Z]{1,2}\s\d+")
_NOT_DESIGNATION = re.compile(r"(?:COVID|G|H\.R|FY|Q|H|ISO|Ch|Art|No|Vol|Resolution|Title|Section)-\d+.*", re.I)
_WORD_AFTER = re.compile(r"\s*(?:[A-Z][\w-]*\s+)?([a-z][\w-]*(?:\s[a-z][\w-]*)?)")
_WEAPON_WORD = re.compile(r"missile|rocket|launcher|gun|howitzer|mortar|bomb|munition|torpedo|"
                          r"system|grenade|rifle|artillery")
_NAME_AFTER = re.compile(r"\s+((?:[A-Z][a-z]+)(?:\s[A-Z][a-z]+)?)")
_DESIGNATION_CLASS = re.compile(r"[\s-]+(?:class\s+)?(?:self-propelled howitzer|howitzer|MRAP|tank|frigate|"
                                r"destroyer|corvette|submarine|helicopter|fighter(?: jet)?|aircraft|jet|bomber|"
                                r"drone|missile system|missile|rocket launcher|launcher|vehicle|carrier)s?\b")
_DESIGNATION_WEAPON = re.compile(r"missile|launcher|howitzer$")
_SERVICE_BEFORE = re.compile(r"(?:(?:Air Force|Navy|Army|Marine Corps|Russian|U\.S\.|US|Ukrainian|Israeli|"
                             r"Turkish|French|British|Iranian|Chinese)\s)$")
_CLASS_NAME_WEAPON = re.compile(r"missile|launcher|^howitzer|gun|rocket")


def system_candidate(ctx: Context, begin: int, end: int, entry: Entry) -> Candidate | None:
    """A catalogue system with the class phrase after it; the class word decides Weapon or platform."""
    # a class phrase after a system name is part of it: "Kalibr cruise missiles", "Leopard 2A6 tanks"
    cls = SYSTEM_CLASS.match(ctx.text, end)
    if entry.kind == "system-word" and not cls:
        before, after = ctx.text[max(0, begin - 20):begin], ctx.text[end:end + 20]
        if _CAP_WORD_BEFORE.search(before) or _CAP_WORD_AFTER.match(after):
            return None  # "Fort Campbell", "Unified Trident": part of another name
    if entry.ambiguous and not cls:
        return None  # "Javelin", "Patriot" count only with a class word after them
    new_end = cls.end() if cls else end
    type_ = entry.type
    if cls and (_WEAPON_CLASS_WORD.search(cls.group())
                or class_type(cls.group()) == "Weapon"):
        type_ = "Weapon"  # "AK-47 rifles", "Kalibr cruise missiles"
    elif cls and not _SYSTEMS_END.search(cls.group()):
        type_ = "MilitaryPlatform" if entry.type != "Vehicle" else "Vehicle"
    if type_ == "Weapon":  # a named weapon is a weapon noun phrase too: "a Scud missile"
        begin = weapon_left(ctx, begin, new_end)
    return Candidate(begin, new_end, type_, entry.value, entry.link, f"gazetteer:{entry.kind}", 62, 1, 0.85)


def class_type(phrase: str) -> str | None:
    """The type classes.tsv gives the class phrase that ends `phrase` ("Leopard 2A6 tanks" -> MilitaryPlatform)."""
    words = phrase.split()
    classes = vocab.classes()
    for i in range(len(words)):
        found = classes.get(" ".join(words[i:]).lower())
        if found is not None:
            return found
    return None


@lru_cache(maxsize=1)
def _class_phrase() -> re.Pattern[str]:
    """An equipment class phrase of classes.tsv after a name, with up to three premodifiers before it."""
    phrases = sorted((p for p, t in vocab.classes().items() if t in ("Weapon", "MilitaryPlatform", "Vehicle")),
                     key=len, reverse=True)
    premodifiers = sorted(vocab.weapon_phrases().get("premodifier", frozenset()), key=len, reverse=True)
    mods = "|".join(re.escape(p) for p in premodifiers)
    return re.compile(rf"(?:\s+(?:[a-z]+(?:-[a-z]+)+|{mods})){{0,3}}\s+(?P<cls>(?i:"
                      + "|".join(re.escape(p) for p in phrases) + r"))(?![\w-])")


class Names(Protocol):
    """What the gazetteer knows of a surface form (see `gazetteer.Gazetteer`)."""

    def system_type(self, surface: str) -> str | None: ...

    def kinds(self, surface: str) -> frozenset[str]: ...


def designations(ctx: Context, names: Names | None = None) -> list[Candidate]:
    """Ship names, designations and unknown names before a class word. `names` gives the type the reference
    data knows for a designation ("AK-47" -> Weapon; words around it still decide first) and tells a
    nationality or country from an unknown name ("American main battle tank" is no name + class)."""
    out = []
    text = ctx.text
    for m in patterns.SHIP_RE.finditer(text) if patterns.may_hold_ship(text) else ():
        out.append(Candidate(m.start(), m.end(), "MilitaryPlatform", None, None, "ship", 80, 1, 0.85))
    for m in patterns.DESIGNATION_RE.finditer(text):
        d = m.group()
        if _HULL_NUMBER.fullmatch(d):
            # "DDG 70" style hull numbers only right after a ship name or in brackets
            before = text[max(0, m.start() - 2):m.start()]
            if "(" not in before and "," not in before:
                continue
        if _NOT_DESIGNATION.fullmatch(d):
            continue
        after = text[m.end():m.end() + 40]
        before = text[max(0, m.start() - 40):m.start()]
        # context decides the kind: "missile", "launcher" -> Weapon; everything else a platform
        word = _WORD_AFTER.match(after)
        type_ = "MilitaryPlatform"
        if word and _WEAPON_WORD.search(word.group(1)):
            type_ = "Weapon"
        else:  # no weapon word after it: a designation the catalogue knows takes its kind ("an AK-47")
            known = None if names is None else \
                names.system_type(d) or (names.system_type(d[:-1]) if d.endswith("s") else None)
            if known in ("Weapon", "Vehicle"):
                type_ = known
        end = m.end()
        # a NATO name or class name after the designation: "KC-135R Stratotanker", "F-16 Fighting Falcons"
        nm = _NAME_AFTER.match(after)
        if nm and nm.group(1).split()[0] not in STOP_CAPS:
            end = m.end() + nm.end()
        cls = _DESIGNATION_CLASS.match(text[end:end + 40])
        if cls:
            end += cls.end()
            if _DESIGNATION_WEAPON.search(cls.group()):
                type_ = "Weapon" if "self-propelled" not in cls.group() else "MilitaryPlatform"
        else:  # any equipment class of the vocabulary: "the FD-2000 long-range air defence system"
            phrase = _class_phrase().match(text, end)
            if phrase:
                end = phrase.end()
                kind = class_type(phrase.group("cls"))
                type_ = kind if kind in ("Weapon", "MilitaryPlatform") else type_
        b = m.start()
        # "Air Force F-16 Fighting Falcons": a service name before belongs to the span
        svc = _SERVICE_BEFORE.search(before)
        if svc:
            b = m.start() - len(svc.group())
        elif type_ == "Weapon":
            b = weapon_left(ctx, b, end)  # "an AK-47"
        out.append(Candidate(b, end, type_, d, None, "designation", 78, 1, 0.75))
    # coordinated classes: "attack, bomber, fighter and remotely piloted aircraft"
    for m in (patterns.windowed(_COORD_AIRCRAFT, text, _AIRCRAFT_KEYS, back=80, low=ctx.low) if COORDINATED else ()):
        out.append(Candidate(m.start(), m.end(), "MilitaryPlatform", None, None, "coordinated", 79, 1, 0.7))
    # counted strikes: "conducted 11 strikes", "one airstrike"
    for m in (patterns.windowed(_COUNTED_STRIKE, text, _STRIKE_KEYS, back=30, low=ctx.low) if COUNTED_STRIKES else ()):
        out.append(Candidate(m.start(1), m.end(1), "Weapon", None, None, "counted-strike", 45, 1, 0.6))
    # "X-class frigate", "the X self-propelled howitzer", "X MRAP"
    for m in patterns.windowed(_CLASS_NAME_RE, text, _CLASS_KEYS, back=40, low=ctx.low):
        kind = (m.group("cls") or m.group("cls2")).lower()
        name = m.group("name") or m.group("name2")
        if name.split()[0] in STOP_CAPS:
            continue
        if names is not None and names.kinds(name.split()[0]) & {"demonym", "country"}:
            continue  # "an American main battle tank": a nationality, not the tank's name
        weapon = _CLASS_NAME_WEAPON.search(kind) or class_type(kind) == "Weapon"
        type_ = "Weapon" if weapon else "MilitaryPlatform"  # "S-300 air defence systems": classes.tsv decides
        out.append(Candidate(m.start(), m.end(), type_, name, None, "class-name", 77, 1, 0.7))
    return out
