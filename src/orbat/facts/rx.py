"""`re` with a permanent pattern cache, for the fact rules.

The rules use a few hundred literal patterns per sentence. The standard library's cache holds 512
compiled patterns for the whole process, shared with every other stage, so a busy ingest evicts
and recompiles them over and over. Importing `from orbat.facts.rx import re` keeps the rules'
code plain `re.search(...)` while compiling each pattern once.
"""
from __future__ import annotations

import re as _re
from typing import Any

I = IGNORECASE = _re.I
M = MULTILINE = _re.M
S = DOTALL = _re.S
Match = _re.Match
Pattern = _re.Pattern
error = _re.error
escape = _re.escape

_CACHE: dict[tuple[Any, int], _re.Pattern[str]] = {}


def compile(pattern: Any, flags: int = 0) -> _re.Pattern[str]:  # noqa: A001 - mirrors re.compile
    if isinstance(pattern, _re.Pattern):
        return pattern
    key = (pattern, flags)
    found = _CACHE.get(key)
    if found is None:
        found = _CACHE[key] = _re.compile(pattern, flags)
    return found


def search(pattern: Any, string: str, flags: int = 0) -> _re.Match[str] | None:
    return compile(pattern, flags).search(string)


def match(pattern: Any, string: str, flags: int = 0) -> _re.Match[str] | None:
    return compile(pattern, flags).match(string)


def fullmatch(pattern: Any, string: str, flags: int = 0) -> _re.Match[str] | None:
    return compile(pattern, flags).fullmatch(string)


def finditer(pattern: Any, string: str, flags: int = 0) -> Any:
    return compile(pattern, flags).finditer(string)


def findall(pattern: Any, string: str, flags: int = 0) -> list[Any]:
    return compile(pattern, flags).findall(string)


def sub(pattern: Any, repl: Any, string: str, count: int = 0, flags: int = 0) -> str:
    return compile(pattern, flags).sub(repl, string, count)


def split(pattern: Any, string: str, maxsplit: int = 0, flags: int = 0) -> list[str]:
    return compile(pattern, flags).split(string, maxsplit)


import sys as _sys  # noqa: E402

re = _sys.modules[__name__]  # `from orbat.facts.rx import re` gives this module under the usual name
