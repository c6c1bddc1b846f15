"""What every recogniser produces (`Candidate`) and what the gazetteer holds (`Entry`)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Candidate:
    begin: int
    end: int
    type: str
    value: Any = None
    link: str | None = None
    source: str = ""
    priority: int = 50  # higher wins among spans of one tier and length
    tier: int = 1  # 0: closed-shape types that always win (money, url...), 1: the rest
    confidence: float = 0.8


@dataclass(frozen=True)
class Entry:
    text: str  # surface form as listed
    type: str  # re3d type, or "title" for titles/ranks
    link: str | None
    case: str  # "exact" | "cap" (first letter's case must match) | "any"
    kind: str  # country, demonym, capital, system, organisation, class, name, title, head, loc
    ambiguous: bool = False
    value: Any = None
