"""Role values as FACTS.md writes them: no sentence punctuation carried over from the text."""
from __future__ import annotations

import re
from typing import Any, Iterable

from orbat.records import Fact

# Actor-like roles whose values are names as written.
_NAME_ROLES = {"supplier", "recipient", "via", "parties", "participants", "holder", "force", "country",
               "according_to", "organisation", "person", "actor", "location", "place", "item"}
# A full stop that ends the sentence, not an abbreviation: "IISS." but not "U.S." or "Inc.".
_FINAL_STOP = re.compile(r"(?<=[A-Za-z0-9]{2})[.,;:]+$")
_ABBREVIATION = re.compile(r"(?:\b[A-Z]\.[A-Z]\.?|\b(?:Inc|Ltd|Co|Corp|Jr|Sr|St|Gen|Col|Lt|Adm|Maj|Brig|Sgt)\.)$")


def tidy_value(value: Any) -> Any:
    """Strip a trailing sentence stop or comma and surrounding quotes from a name."""
    if isinstance(value, list):
        return [tidy_value(v) for v in value]
    if not isinstance(value, str):
        return value
    text = value.strip().strip("\"“”‘’'").strip()
    if not _ABBREVIATION.search(text):
        text = _FINAL_STOP.sub("", text)
    return text


def tidy_facts(facts: Iterable[Fact]) -> list[Fact]:
    """The same facts with name-like role values tidied (ids keep their key-role values)."""
    out = []
    for fact in facts:
        for role in _NAME_ROLES & fact.roles.keys():
            fact.roles[role] = tidy_value(fact.roles[role])
        out.append(fact)
    return out
