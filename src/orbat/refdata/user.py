"""The user's own reference files (docs/refdata.md), merged over the shipped data.

A file's kind comes from a `#kind: equipment|country|organisation|title` line or its name
("my-equipment.tsv", "countries.tsv"). The first other line is the header: column names from the
shipped files, any subset, in any order. A row whose id or name matches a shipped record overrides
that record's non-empty columns (list columns are added to); any other row adds a record.
"""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from orbat.errors import InvalidInput
from orbat.refdata.model import CATEGORIES, CATEGORY_KIND, KINDS, ORG_KINDS, TITLE_KINDS, Country, Organisation, \
    System, Title
from orbat.refdata.normalise import exact_key, name_key, slug, system_key, title_key
from orbat.refdata.tsv import read_rows, split_list

COLUMNS: dict[str, tuple[str, ...]] = {
    "equipment": ("id", "name", "aliases", "family", "category", "kind", "origin", "manufacturer", "ambiguous",
                  "source", "note"),
    "country": ("iso2", "iso3", "name", "names", "demonyms", "capital", "metonyms", "exact", "ambiguous",
                "historical", "source", "note"),
    "organisation": ("id", "name", "aliases", "iso2", "country", "kind", "parent", "ambiguous", "source", "note"),
    "title": ("term", "kind", "normalised", "abbreviations", "source", "note"),
}
_KIND_WORDS = {
    "equipment": "equipment", "system": "equipment", "systems": "equipment", "weapons": "equipment",
    "country": "country", "countries": "country",
    "organisation": "organisation", "organisations": "organisation", "organization": "organisation",
    "organizations": "organisation", "orgs": "organisation", "org": "organisation",
    "title": "title", "titles": "title", "rank": "title", "ranks": "title",
}


def file_kind(path: Path, declared: str | None) -> str:
    if declared:
        if declared not in _KIND_WORDS:
            raise InvalidInput(f"unknown #kind {declared!r}; use equipment, country, organisation or title",
                               source=str(path))
        return _KIND_WORDS[declared]
    stem = path.stem.lower()
    for word in sorted(_KIND_WORDS, key=len, reverse=True):
        if word in stem:
            return _KIND_WORDS[word]
    raise InvalidInput("cannot tell what this file holds: add a line '#kind: equipment' (or country, "
                       "organisation, title) above the header, or put the kind in the file name", source=str(path))


def merge_user_file(path: Path, data: dict[str, Any]) -> None:
    """Merge one user file into `data` (the dicts of orbat.refdata._shipped()) in place."""
    if not path.exists():
        raise InvalidInput("reference file not found", source=str(path))
    declared, rows = read_rows(path)
    kind = file_kind(path, declared)
    if not rows:
        return
    allowed = COLUMNS[kind]
    header = list(rows[0][1])
    unknown = [c for c in header if c not in allowed]
    if unknown:
        first_line = rows[0][0] - 1
        raise InvalidInput(f"unknown column(s) {', '.join(unknown)} for a {kind} file; columns are "
                           f"{', '.join(allowed)}", source=str(path), line=max(first_line, 1))
    merge = {"equipment": _merge_system, "country": _merge_country, "organisation": _merge_org,
             "title": _merge_title}[kind]
    for line, row in rows:
        try:
            merge(row, data)
        except ValueError as error:
            raise InvalidInput(str(error), source=str(path), line=line) from None


def _union(old: tuple[str, ...], new: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys((*old, *new)))


def _country_code(value: str, data: dict[str, Any]) -> str | None:
    """ISO2 of a country given by code or name."""
    if not value:
        return None
    countries: dict[str, Country] = data["countries"]
    if value.upper() in countries:
        return value.upper()
    key = name_key(value)
    for country in countries.values():
        if key in {name_key(n) for n in (country.name, *country.names, *country.demonyms)} or \
                value.upper() == country.iso3:
            return country.iso2
    raise ValueError(f"unknown country {value!r} (give an ISO 3166 alpha-2 code or a country name)")


def _merge_country(row: dict[str, str], data: dict[str, Any]) -> None:
    countries: dict[str, Country] = data["countries"]
    iso2 = row.get("iso2", "").upper()
    if not iso2 and row.get("name"):
        try:
            iso2 = _country_code(row["name"], data) or ""
        except ValueError:
            iso2 = ""
    if not iso2:
        raise ValueError("a country row needs iso2 (or the name of a known country)")
    if len(iso2) != 2 or not iso2.isalpha():
        raise ValueError(f"iso2 {iso2!r} is not a two-letter code")
    old = countries.get(iso2)
    if old is None and not row.get("name"):
        raise ValueError(f"new country {iso2} needs a name")
    name = row.get("name") or old.name  # type: ignore[union-attr]
    names = _union(old.names if old else (name,), split_list(row.get("names")))
    if name not in names:
        names = (name, *names)
    countries[iso2] = Country(
        iso2=iso2, iso3=(row.get("iso3") or (old.iso3 if old else "")).upper(), name=name, names=names,
        demonyms=_union(old.demonyms if old else (), split_list(row.get("demonyms"))),
        capital=row.get("capital") or (old.capital if old else None),
        metonyms=_union(old.metonyms if old else (), split_list(row.get("metonyms"))),
        historical=(row.get("historical") == "1") or bool(old and old.historical))
    data["country_exact"].setdefault(iso2, set()).update(split_list(row.get("exact")))
    data["country_ambiguous"].setdefault(iso2, set()).update(split_list(row.get("ambiguous")))


def _find_system(value: str, systems: dict[str, System]) -> System | None:
    if value in systems:
        return systems[value]
    key = system_key(value)
    for system in systems.values():
        if system_key(system.name) == key:
            return system
    for system in systems.values():
        if any(system_key(a) == key for a in system.aliases):
            return system
    return None


def _merge_system(row: dict[str, str], data: dict[str, Any]) -> None:
    systems: dict[str, System] = data["systems"]
    name = row.get("name", "")
    old = systems.get(row["id"]) if row.get("id") else None
    if old is None and name:
        old = _find_system(name, systems)
    if old is None and not name:
        raise ValueError("an equipment row needs a name (or the id of a shipped system)")
    category = row.get("category") or (old.category if old else "")
    if not category:
        raise ValueError(f"new system {name!r} needs a category (one of: {', '.join(CATEGORIES)})")
    if category not in CATEGORIES:
        raise ValueError(f"category {category!r} is not one of: {', '.join(CATEGORIES)}")
    kind = row.get("kind") or (old.kind if old and not row.get("category") else CATEGORY_KIND[category])
    if kind not in KINDS:
        raise ValueError(f"kind {kind!r} is not one of: {', '.join(KINDS)}")
    family = old.family if old else None
    if row.get("family"):
        parent = _find_system(row["family"], systems)
        if parent is None:
            raise ValueError(f"family {row['family']!r} is not a known system (add it first, above this row)")
        family = parent.id
    system_id = old.id if old else (row.get("id") or slug(name))
    if family == system_id:
        family = None
    systems[system_id] = System(
        id=system_id, name=name or old.name,  # type: ignore[union-attr]
        aliases=_union(old.aliases if old else (), split_list(row.get("aliases"))),
        family=family, category=category, kind=kind,
        origin=_country_code(row.get("origin", ""), data) or (old.origin if old else None),
        manufacturer=row.get("manufacturer") or (old.manufacturer if old else None),
        ambiguous=_union(old.ambiguous if old else (), split_list(row.get("ambiguous"))),
        source=row.get("source") or "user")


def _merge_org(row: dict[str, str], data: dict[str, Any]) -> None:
    orgs: dict[str, Organisation] = data["organisations"]
    name = row.get("name", "")

    def find(value: str) -> Organisation | None:
        if value in orgs:
            return orgs[value]
        key, exact = name_key(value), exact_key(value)
        for org in orgs.values():
            if name_key(org.name) == key or any(name_key(a) == key or a == exact for a in org.aliases):
                return org
        return None

    old = orgs.get(row["id"]) if row.get("id") else None
    if old is None and name:
        old = find(name)
    if old is None and not name:
        raise ValueError("an organisation row needs a name (or the id of a shipped organisation)")
    kind = row.get("kind") or (old.kind if old else "other")
    if kind not in ORG_KINDS:
        raise ValueError(f"kind {kind!r} is not one of: {', '.join(ORG_KINDS)}")
    parent = old.parent if old else None
    if row.get("parent"):
        found = find(row["parent"])
        if found is None:
            raise ValueError(f"parent {row['parent']!r} is not a known organisation (add it first, above this row)")
        parent = found.id
    org_id = old.id if old else (row.get("id") or slug(name))
    iso = row.get("iso2") or row.get("country") or ""
    orgs[org_id] = Organisation(
        id=org_id, name=name or old.name,  # type: ignore[union-attr]
        aliases=_union(old.aliases if old else (), split_list(row.get("aliases"))),
        iso2=_country_code(iso, data) if iso and iso != "--" else (old.iso2 if old else None),
        kind=kind, parent=parent if parent != org_id else None, source=row.get("source") or "user",
        ambiguous=_union(old.ambiguous if old else (), split_list(row.get("ambiguous"))))


def _merge_title(row: dict[str, str], data: dict[str, Any]) -> None:
    titles: list[Title] = data["titles"]
    term = row.get("term", "")
    if not term:
        raise ValueError("a title row needs a term")
    kind = row.get("kind") or "office"
    if kind not in TITLE_KINDS:
        raise ValueError(f"kind {kind!r} is not one of: {', '.join(TITLE_KINDS)}")
    key = title_key(term)
    new = Title(term=term, kind=kind, normalised=row.get("normalised") or term,
                abbreviations=split_list(row.get("abbreviations")))
    for i, title in enumerate(titles):
        if title_key(title.term) == key:
            titles[i] = replace(new, kind=row.get("kind") or title.kind,
                                normalised=row.get("normalised") or title.normalised,
                                abbreviations=_union(title.abbreviations, new.abbreviations))
            return
    titles.append(new)
