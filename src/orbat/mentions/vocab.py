"""The mentions module's own vocabularies (data/*.tsv), loaded once."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).parent / "data"


def _rows(name: str) -> list[list[str]]:
    out = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        out.append([c.strip() for c in line.split("\t")])
    return out


def expand(phrase: str) -> list[str]:
    """"tank(s)" -> ["tank", "tanks"]; "torpedo(es)" -> ["torpedo", "torpedoes"]."""
    m = re.fullmatch(r"(.*)\((s|es)\)", phrase)
    if not m:
        return [phrase]
    return [m[1], m[1] + m[2]]


@lru_cache(maxsize=1)
def classes() -> dict[str, str]:
    """class phrase (lower case) -> re3d type."""
    out: dict[str, str] = {}
    for row in _rows("classes.tsv"):
        for form in expand(row[0]):
            out[form.lower()] = row[1]
    return out


@lru_cache(maxsize=1)
def organisations() -> tuple[list[str], list[str], list[str]]:
    """(proper names, class words, group words that stand alone)."""
    names: list[str] = []
    words: list[str] = []
    groups: list[str] = []
    for row in _rows("organisations.tsv"):
        {"name": names, "class": words, "group": groups}[row[1]].append(row[0])
    return names, words, groups


@lru_cache(maxsize=1)
def titles() -> list[str]:
    return [row[0] for row in _rows("titles.tsv")]


@lru_cache(maxsize=1)
def locations() -> tuple[list[str], list[str]]:
    """(name heads, class words)."""
    heads, words = [], []
    for row in _rows("locations.tsv"):
        if row[1] == "head":
            heads.append(row[0])
        elif row[1] in ("class", "site"):
            words.append(row[0])
    return heads, words


@lru_cache(maxsize=1)
def regions() -> list[str]:
    """First-level regions written after a place name ("Cibolo, Texas")."""
    return [row[0] for row in _rows("locations.tsv") if row[1] == "region"]


@lru_cache(maxsize=1)
def sites() -> frozenset[str]:
    """Location class words that stand alone."""
    return frozenset(row[0] for row in _rows("locations.tsv") if row[1] == "site")


@lru_cache(maxsize=1)
def places() -> list[str]:
    """Place names (data/places.tsv)."""
    return [row[0] for row in _rows("places.tsv")]


@lru_cache(maxsize=1)
def weapon_phrases() -> dict[str, frozenset[str]]:
    """role ("determiner", "premodifier", "head") -> words (data/weapon_phrases.tsv)."""
    out: dict[str, set[str]] = {}
    for row in _rows("weapon_phrases.tsv"):
        out.setdefault(row[1], set()).add(row[0].lower())
    return {role: frozenset(words) for role, words in out.items()}
