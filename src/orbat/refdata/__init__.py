"""Reference data: countries, equipment systems, organisations, titles and unit patterns.

`load_reference(settings)` returns a `Reference` built from the files shipped in `refdata/data/`
(made by scripts/build_refdata.py) with the user's own files (settings.refdata, $ORBAT_REFDATA,
`extra_paths`; format in docs/refdata.md) merged over them. The parsed result is cached per process.
"""
from __future__ import annotations

import json
import logging
import os
import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator

from orbat.refdata.model import (
    CATEGORIES, KINDS, NAME_KINDS, ORG_KINDS, TITLE_KINDS, Country, NameEntry, Organisation, System,
    Title, UnitPattern, UnitTerm,
)
from orbat.refdata.normalise import clean, exact_key, name_key, slug, system_key, title_key
from orbat.refdata.tsv import iter_shipped, split_list

if TYPE_CHECKING:
    from orbat.settings import Settings

__all__ = [
    "CATEGORIES", "KINDS", "NAME_KINDS", "ORG_KINDS", "TITLE_KINDS", "Country", "NameEntry", "Organisation",
    "Reference", "System", "Title", "UnitPattern", "UnitTerm", "DATA_DIR", "load_reference", "needs_case",
]

log = logging.getLogger(__name__)
DATA_DIR = Path(__file__).parent / "data"


def needs_case(text: str) -> bool:
    """A name that must match case-sensitively: an acronym ("US", "U.S.", "ROK", "IAI") or one listed as such."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return False
    compact = "".join(c for c in text if c not in ". -&")
    return all(c.isupper() for c in letters) and len(compact) <= 6 and not any(c.isdigit() for c in compact)


class Reference:
    """Every reference record plus the indexes that look names up."""

    def __init__(self, countries: dict[str, Country], systems: dict[str, System],
                 organisations: dict[str, Organisation], titles: list[Title],
                 unit_patterns: list[UnitPattern] | None = None, unit_terms: list[UnitTerm] | None = None,
                 country_exact: dict[str, set[str]] | None = None,
                 country_ambiguous: dict[str, set[str]] | None = None,
                 ministry_patterns: list[UnitPattern] | None = None,
                 ship_prefixes: dict[str, str] | None = None) -> None:
        self.countries = countries
        self.systems = systems
        self.organisations = organisations
        self.titles = titles
        self.unit_patterns = unit_patterns or []
        self.unit_terms = unit_terms or []
        self.ministry_patterns = ministry_patterns or []
        # Prefixes that make a ship's name ("USS Mahan", "HMS Daring"): prefix -> ISO2 of the navy.
        self.ship_prefixes = ship_prefixes or {}
        # Per country: names that match only with their case ("US") and names needing context ("Georgia").
        self._country_exact = country_exact or {}
        self._country_ambiguous = country_ambiguous or {}
        self._index()

    # ----------------------------------------------------------------- indexes
    def _index(self) -> None:
        self._c_ci: dict[str, str] = {}
        self._c_cs: dict[str, str] = {}
        self._c_metonym: dict[str, str] = {}
        self._c_iso: dict[str, str] = {}
        for country in self.countries.values():
            exact = self._country_exact.get(country.iso2, set())
            self._c_iso.setdefault(country.iso2.upper(), country.iso2)
            if country.iso3:
                self._c_iso.setdefault(country.iso3.upper(), country.iso2)
            for text in (*country.names, *country.demonyms):
                if text in exact:
                    self._c_cs.setdefault(exact_key(text), country.iso2)
                else:
                    self._c_ci.setdefault(name_key(text), country.iso2)
            for text in ((country.capital,) if country.capital else ()) + country.metonyms:
                self._c_metonym.setdefault(name_key(text), country.iso2)
        # A country's own short name always wins over another's variant.
        for country in self.countries.values():
            if country.name not in self._country_exact.get(country.iso2, set()):
                self._c_ci[name_key(country.name)] = country.iso2

        self._s_index: dict[str, str] = {}
        for system in self.systems.values():
            self._s_index.setdefault(system_key(system.name), system.id)
        for system in self.systems.values():
            for alias in system.aliases:
                self._s_index.setdefault(system_key(alias), system.id)
        for system in self.systems.values():
            self._s_index.setdefault(system_key(system.id), system.id)

        self._o_ci: dict[str, str] = {}
        self._o_cs: dict[str, str] = {}
        for org in self.organisations.values():
            self._o_ci.setdefault(name_key(org.name), org.id)
        for org in self.organisations.values():
            for alias in org.aliases:
                if needs_case(alias):
                    self._o_cs.setdefault(exact_key(alias), org.id)
                else:
                    self._o_ci.setdefault(name_key(alias), org.id)

        self._t_index: dict[str, Title] = {}
        for title in self.titles:
            self._t_index.setdefault(title_key(title.term), title)
        for title in self.titles:
            self._t_index.setdefault(title_key(title.normalised), title)
            for abbreviation in title.abbreviations:
                self._t_index.setdefault(title_key(abbreviation), title)

    # ----------------------------------------------------------------- lookups
    def country(self, name: str, *, metonyms: bool = False) -> Country | None:
        """A country by any name variant, demonym, adjective or ISO code.

        Case-insensitive, except names flagged case-sensitive ("US", "U.S." but not "us") and ISO codes
        (upper case only). With metonyms=True a capital or metonym ("Baku", "the Kremlin") also counts.
        """
        if not name or not name.strip():
            return None
        text = clean(name)
        for candidate in (text, text[:-2] if text.endswith(("'s", "’s")) else None):
            if not candidate:
                continue
            iso2 = self._c_cs.get(exact_key(candidate)) or self._c_ci.get(name_key(candidate))
            if iso2 is None and candidate.isalpha() and candidate.isupper() and len(candidate) in (2, 3):
                iso2 = self._c_iso.get(candidate)
            if iso2 is None and metonyms:
                iso2 = self._c_metonym.get(name_key(candidate))
            if iso2 is not None:
                return self.countries[iso2]
        return None

    def system(self, name: str) -> System | None:
        """A system by designation or alias, blind to hyphens, spaces, dots and case ("S-300 PMU2", "mi 35m")."""
        if not name:
            return None
        key = system_key(name)
        found = self._s_index.get(key)
        if found is None:
            # Plurals of designations: "MiG-25s", "S-300s", "F-16 Fighting Falcons"; "Grads" stays unmatched.
            stripped = re.sub(r"(?:'s|’s|s)$", "", name.strip())
            if stripped != name.strip() and (stripped[-1:].isdigit() or stripped[-1:].isupper()
                                             or any(c.isdigit() for c in stripped)):
                found = self._s_index.get(system_key(stripped))
        return self.systems[found] if found else None

    def family(self, system_id: str) -> System:
        """The root of a system's family (S-300PMU2 -> S-300); the system itself when it has no family.

        Accepts an id or any name `system()` accepts; raises KeyError for an unknown system.
        """
        system = self.systems.get(system_id) or self.system(system_id)
        if system is None:
            raise KeyError(system_id)
        seen = {system.id}
        while system.family and system.family in self.systems and system.family not in seen:
            system = self.systems[system.family]
            seen.add(system.id)
        return system

    def variants(self, system_id: str) -> list[System]:
        """Every system whose family chain passes through `system_id` (not itself), sorted by id."""
        root = self.systems[system_id].id
        return sorted((s for s in self.systems.values() if s.id != root and root in self._chain_ids(s)),
                      key=lambda s: s.id)

    def _chain_ids(self, system: System) -> set[str]:
        ids: set[str] = set()
        while system.family and system.family in self.systems and system.family not in ids:
            ids.add(system.family)
            system = self.systems[system.family]
        return ids

    def organisation(self, name: str) -> Organisation | None:
        """An organisation by name or alias (acronyms such as "IAI" match with their case only)."""
        if not name or not name.strip():
            return None
        found = self._o_cs.get(exact_key(name)) or self._o_ci.get(name_key(name))
        if found is None and name in self.organisations:
            found = name
        return self.organisations[found] if found else None

    def parent_chain(self, org_id: str) -> list[Organisation]:
        """The organisation's parent, its parent's parent, ... (the organisation itself not included)."""
        chain: list[Organisation] = []
        org = self.organisations.get(org_id) or self.organisation(org_id)
        seen = {org.id} if org else set()
        while org is not None and org.parent and org.parent in self.organisations and org.parent not in seen:
            org = self.organisations[org.parent]
            seen.add(org.id)
            chain.append(org)
        return chain

    def title(self, text: str) -> Title | None:
        """An office title or rank by its wording or abbreviation ("Minister of Defense", "Lt. Gen.")."""
        if not text or not text.strip():
            return None
        return self._t_index.get(title_key(text))

    def resolve(self, ref: str) -> Country | System | Organisation | Title | None:
        """The record a reference id names ("country:AZ", "equipment:s-300", "org:rostec", "title:colonel")."""
        prefix, _, rest = ref.partition(":")
        if prefix == "country":
            return self.countries.get(rest.upper())
        if prefix in ("equipment", "system"):
            return self.systems.get(rest)
        if prefix in ("org", "organisation"):
            return self.organisations.get(rest)
        if prefix in ("title", "rank"):
            for title in self.titles:
                if slug(title.normalised) == rest:
                    return title
        return None

    def names(self) -> Iterator[NameEntry]:
        """Every surface name with its kind, reference, case sensitivity and ambiguity, for gazetteer automata."""
        seen: set[tuple[str, str, str]] = set()

        def entry(text: str, kind: str, ref: str, case_sensitive: bool, ambiguous: bool) -> NameEntry | None:
            key = (text, kind, ref)
            if not text or key in seen or " (" in text:
                return None  # "Tiger (vehicle)" is a label that tells two records apart, not a name in prose
            seen.add(key)
            return NameEntry(text, kind, ref, case_sensitive, ambiguous)

        out: list[NameEntry | None] = []
        for country in self.countries.values():
            exact = self._country_exact.get(country.iso2, set())
            ambiguous = self._country_ambiguous.get(country.iso2, set())
            ref = country.ref
            for text in country.names:
                out.append(entry(text, "country", ref, text in exact, text in ambiguous))
            for text in country.demonyms:
                out.append(entry(text, "demonym", ref, text in exact, text in ambiguous))
            for text in ((country.capital,) if country.capital else ()) + country.metonyms:
                out.append(entry(text, "capital", ref, text in exact or needs_case(text), text in ambiguous))
        for system in self.systems.values():
            ambiguous = set(system.ambiguous)
            for text in (system.name, *system.aliases):
                # A designation with a digit is safe in any case; a word-like name ("Patriot") is not.
                case_sensitive = not any(c.isdigit() for c in text)
                out.append(entry(text, "system", system.ref, case_sensitive, text in ambiguous))
        for org in self.organisations.values():
            for text in (org.name, *org.aliases):
                out.append(entry(text, "organisation", org.ref, needs_case(text), text in org.ambiguous))
        for title in self.titles:
            kind = "rank" if title.kind == "rank" else "title"
            # One-word ranks ("General", "Major", "Private") are ordinary words too.
            word_like = " " not in title.term and title.kind == "rank"
            out.append(entry(title.term, kind, title.ref, word_like, word_like))
            for abbreviation in title.abbreviations:
                out.append(entry(abbreviation, kind, title.ref, True, len(abbreviation.strip(".")) <= 2))
        return (e for e in out if e is not None)

    def compile(self, pattern: UnitPattern, flags: int = 0) -> "re.Pattern[str]":
        """A unit or ministry pattern as a regex, {country_adjective}/{country_name} filled from the countries."""
        regex = pattern.regex
        if "{country_adjective}" in regex:
            alternation = "|".join(re.escape(a) for a in self.country_adjectives())
            regex = regex.replace("{country_adjective}", f"(?P<country_adjective>{alternation})")
        if "{country_name}" in regex:
            names = sorted({n for c in self.countries.values() if not c.historical for n in c.names
                            if " (" not in n}, key=lambda n: (-len(n), n))
            regex = regex.replace("{country_name}", "(?P<country_name>" + "|".join(map(re.escape, names)) + ")")
        return re.compile(regex, flags)

    def country_adjectives(self) -> list[str]:
        """Every demonym/adjective, longest first (for building regexes such as ministry_patterns)."""
        values = {d for c in self.countries.values() if not c.historical for d in c.demonyms}
        return sorted(values, key=lambda v: (-len(v), v))

    def __repr__(self) -> str:
        return (f"<Reference countries={len(self.countries)} systems={len(self.systems)} "
                f"organisations={len(self.organisations)} titles={len(self.titles)}>")


# --------------------------------------------------------------------- loading
def _shipped() -> dict:
    """The shipped data as mutable dicts (the user's files are merged into a copy of these)."""
    countries: dict[str, Country] = {}
    exact: dict[str, set[str]] = {}
    ambiguous: dict[str, set[str]] = {}
    path = DATA_DIR / "countries.tsv"
    if path.exists():
        for row in iter_shipped(path):
            iso2 = row["iso2"]
            countries[iso2] = Country(
                iso2=iso2, iso3=row["iso3"], name=row["name"], names=split_list(row["names"]),
                demonyms=split_list(row["demonyms"]), capital=row["capital"] or None,
                metonyms=split_list(row["metonyms"]), historical=row["historical"] == "1")
            exact[iso2] = set(split_list(row["exact"]))
            ambiguous[iso2] = set(split_list(row["ambiguous"]))
    systems: dict[str, System] = {}
    path = DATA_DIR / "equipment.tsv"
    if path.exists():
        for row in iter_shipped(path):
            systems[row["id"]] = System(
                id=row["id"], name=row["name"], aliases=split_list(row["aliases"]), family=row["family"] or None,
                category=row["category"], kind=row["kind"], origin=row["origin"] or None,
                manufacturer=row["manufacturer"] or None, ambiguous=split_list(row["ambiguous"]),
                source=row["source"])
    organisations: dict[str, Organisation] = {}
    path = DATA_DIR / "organisations.tsv"
    if path.exists():
        for row in iter_shipped(path):
            organisations[row["id"]] = Organisation(
                id=row["id"], name=row["name"], aliases=split_list(row["aliases"]), iso2=row["iso2"] or None,
                kind=row["kind"], parent=row["parent"] or None, source=row["source"],
                ambiguous=split_list(row.get("ambiguous", "")))
    titles: list[Title] = []
    path = DATA_DIR / "titles.tsv"
    if path.exists():
        for row in iter_shipped(path):
            titles.append(Title(term=row["term"], kind=row["kind"], normalised=row["normalised"],
                                abbreviations=split_list(row["abbreviations"])))
    unit_patterns: list[UnitPattern] = []
    unit_terms: list[UnitTerm] = []
    ministry_patterns: list[UnitPattern] = []
    ship_prefixes: dict[str, str] = {}
    path = DATA_DIR / "units.json"
    if path.exists():
        units = json.loads(path.read_text(encoding="utf-8"))
        unit_patterns = [UnitPattern(**p) for p in units.get("patterns", [])]
        unit_terms = [UnitTerm(**t) for t in units.get("vocabulary", [])]
        ministry_patterns = [UnitPattern(**p) for p in units.get("ministry_patterns", [])]
        ship_prefixes = {(p["prefix"]): p["iso2"] for p in units.get("ship_prefixes", []) if p["meaning"] != "historical"}
    return {"countries": countries, "systems": systems, "organisations": organisations, "titles": titles,
            "unit_patterns": unit_patterns, "unit_terms": unit_terms, "ministry_patterns": ministry_patterns,
            "ship_prefixes": ship_prefixes,
            "country_exact": exact, "country_ambiguous": ambiguous}


def user_paths(settings: "Settings | None" = None, extra_paths: Iterable[str | Path] = ()) -> list[Path]:
    """The user's reference files: settings.refdata (or $ORBAT_REFDATA) then extra_paths; folders give *.tsv."""
    spec = settings.refdata if settings is not None else os.environ.get("ORBAT_REFDATA", "")
    given: list[Path] = [Path(p).expanduser() for p in spec.split(os.pathsep) if p]
    given += [Path(p).expanduser() for p in extra_paths]
    out: list[Path] = []
    for path in given:
        if path.is_dir():
            out.extend(sorted(p for p in path.iterdir() if p.suffix.lower() in (".tsv", ".txt") and p.is_file()))
        else:
            out.append(path)
    return out


def load_reference(settings: "Settings | None" = None, extra_paths: Iterable[str | Path] = ()) -> Reference:
    """The shipped reference data with the user's files merged over it (cached per process).

    Raises orbat.errors.InvalidInput naming file:line for a malformed user file.
    """
    paths = user_paths(settings, extra_paths)
    key = []
    for path in paths:
        try:
            stat = path.stat()
            key.append((str(path.resolve()), stat.st_mtime_ns, stat.st_size))
        except OSError:
            key.append((str(path), -1, -1))  # reported as missing by _load
    return _load(tuple(key))


@lru_cache(maxsize=8)
def _load(key: tuple[tuple[str, int, int], ...]) -> Reference:
    data = _shipped()
    if key:
        from orbat.refdata.user import merge_user_file

        for path, _mtime, _size in key:
            merge_user_file(Path(path), data)
    return Reference(**data)
