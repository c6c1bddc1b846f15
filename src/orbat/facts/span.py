"""The finders' result: a span of sentence text with its parsed value."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Span:
    begin: int
    end: int
    text: str
    value: Any = None
    kind: str = ""
    rule: str = ""
