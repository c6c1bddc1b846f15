"""The gazetteer: one Aho-Corasick automaton over every reference name (countries, demonyms, capitals,
equipment systems, organisations) and the module's own vocabularies (data/*.tsv), and the candidates its
matches give. Class nouns go to `nounphrases`, equipment systems to `equipment`, countries and demonyms to
`countries`; the titles the reference lists are collected here for `persons`."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

import ahocorasick  # type: ignore[import-not-found]  # no stubs

from orbat.mentions import countries, equipment, nounphrases, vocab
from orbat.mentions.candidates import Candidate, Entry
from orbat.mentions.context import Context

if TYPE_CHECKING:
    from orbat.refdata import Reference

_AFFIX_BEFORE = re.compile(r"\b(?:intra|inter|pan|anti|pro|non)-$")  # "intra-Syrian talks"


class Gazetteer:
    def __init__(self, reference: "Reference | None") -> None:
        self.automaton = ahocorasick.Automaton()
        self._entries: dict[str, list[Entry]] = {}
        self.titles: dict[str, str | None] = {}  # title text -> link
        if reference is not None:
            self._add_reference(reference)
        self._add_vocab()
        for key, entries in self._entries.items():
            self.automaton.add_word(key, (len(key), tuple(entries)))
        if len(self.automaton):
            self.automaton.make_automaton()

    # ----------------------------------------------------------------- building
    def _add(self, text: str, entry: Entry) -> None:
        key = text.lower()
        if not key.strip():
            return
        self._entries.setdefault(key, []).append(entry)

    def _add_reference(self, reference: "Reference") -> None:
        for e in reference.names():
            if e.kind in ("title", "rank"):
                if e.case_sensitive and e.text[:1].islower():
                    continue
                self.titles.setdefault(e.text, e.ref)
                continue
            if e.kind == "country":
                country = reference.resolve(e.ref)
                value = getattr(country, "name", None)
                case = "exact" if e.case_sensitive else "cap"
                self._add(e.text, Entry(e.text, "Location", e.ref, case, "country", e.ambiguous, value))
            elif e.kind == "demonym":
                country = reference.resolve(e.ref)
                value = getattr(country, "name", None)
                case = "exact" if e.case_sensitive else "cap"
                self._add(e.text, Entry(e.text, "Nationality", e.ref, case, "demonym", e.ambiguous, value))
            elif e.kind == "capital":
                case = "exact" if e.case_sensitive else "cap"
                self._add(e.text, Entry(e.text, "Location", e.ref, case, "capital", e.ambiguous, e.text))
            elif e.kind == "system":
                system = reference.resolve(e.ref)
                if " " not in e.text and not any(c.isdigit() for c in e.text):
                    e_kind = "system-word"  # "Trident", "Fort": only alone, not inside a longer name
                else:
                    e_kind = "system"
                kind = getattr(system, "kind", None) or "MilitaryPlatform"
                name = getattr(system, "name", e.text)
                case = "exact" if e.case_sensitive else "any"
                self._add(e.text, Entry(e.text, kind, e.ref, case, e_kind, e.ambiguous, name))
            elif e.kind == "organisation":
                if e.text.startswith(("Operation ", "Exercise ")):
                    continue  # an operation named after its task force is an event, not an organisation
                org = reference.resolve(e.ref)
                case = "exact" if e.case_sensitive else "cap"
                self._add(e.text, Entry(e.text, "Organisation", e.ref, case, "organisation", e.ambiguous,
                                        getattr(org, "name", e.text)))

    def _add_vocab(self) -> None:
        for phrase, type_ in vocab.classes().items():
            self._add(phrase, Entry(phrase, type_, None, "any", "class"))
        names, words, groups = vocab.organisations()
        for name in names:
            case = "exact" if not any(c.islower() for c in name) else "cap"
            self._add(name, Entry(name, "Organisation", None, case, "name", False, name))
        for word in words:
            self._add(word, Entry(word, "Organisation", None, "any", "class"))
        for word in groups:
            self._add(word, Entry(word, "Organisation", None, "any", "class", False, "group"))
        for place in vocab.places():
            self._add(place, Entry(place, "Location", None, "cap", "place", False, place))
        heads, words = vocab.locations()
        for word in words:
            self._add(word, Entry(word, "Location", None, "any", "loc"))
        for title in vocab.titles():
            self.titles.setdefault(title, None)

    def system_type(self, surface: str) -> str | None:
        """The type of the catalogue system written exactly `surface` (case-insensitive), if one is listed."""
        for entry in self._entries.get(surface.lower(), ()):
            if entry.kind in ("system", "system-word") and not entry.ambiguous:
                return entry.type
        return None

    def kinds(self, surface: str) -> frozenset[str]:
        """The kinds of entry listed for `surface` with its case ("demonym", "country", "system", ...)."""
        out = set()
        for entry in self._entries.get(surface.lower(), ()):
            if entry.case == "exact" and surface != entry.text:
                continue
            if entry.case == "cap" and surface[:1] != entry.text[:1] and not surface.isupper():
                continue
            out.add(entry.kind)
        return frozenset(out)

    # ----------------------------------------------------------------- matching
    def find(self, ctx: Context) -> list[Candidate]:
        """Candidates for every whole-word match whose case fits (the first entry that gives one wins)."""
        text = ctx.text
        low = ctx.low
        out: list[Candidate] = []
        if not len(self.automaton):
            return out
        n = len(text)
        for end_idx, (length, entries) in self.automaton.iter(low):
            end = end_idx + 1
            begin = end - length
            after_affix = False
            if begin > 0 and (text[begin - 1].isalnum() or text[begin - 1] in "-_@"):
                if not (text[begin - 1] == "-" and _AFFIX_BEFORE.search(low, max(0, begin - 7), begin)):
                    continue
                after_affix = True
            if end < n and (text[end].isalnum() or (text[end] == "-" and end + 1 < n and text[end + 1].isalnum())):
                continue
            surface = text[begin:end]
            for entry in entries:
                if after_affix and entry.kind in ("class", "loc"):
                    continue  # "anti-tank", "counter-drone": a class noun inside a compound adjective
                if entry.case == "exact" and surface != entry.text:
                    continue
                if entry.case == "cap" and surface[:1] != entry.text[:1] and not surface.isupper():
                    continue
                cand = _candidate(ctx, begin, end, entry)
                if cand is not None:
                    out.append(cand)
                    break
        return out


def _candidate(ctx: Context, begin: int, end: int, entry: Entry) -> Candidate | None:
    if entry.kind in ("class", "loc"):
        return nounphrases.class_candidate(ctx, begin, end, entry)
    if entry.kind in ("system", "system-word"):
        return equipment.system_candidate(ctx, begin, end, entry)
    if entry.ambiguous:
        return None
    type_ = entry.type
    begin2 = begin
    if entry.kind in ("organisation", "name"):
        begin2 = ctx.include_the(begin)
    if entry.kind in ("country",):
        type_ = countries.country_role(ctx, begin, end)
        if type_ == "Organisation":
            begin2 = ctx.include_the(begin)
        elif ctx.text[max(0, begin - 4):begin] in ("the ", "The "):
            begin2 = begin - 4
    if entry.kind == "demonym":
        return countries.demonym(ctx, begin, end, entry)
    prio = 60 if entry.kind in ("organisation", "name", "system", "system-word") else 55
    return Candidate(begin2, end, type_, entry.value, entry.link, f"gazetteer:{entry.kind}", prio, 1, 0.8)
