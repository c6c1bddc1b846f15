"""Organisations named by a phrase ("the government of Iraq", "the people of Syria") and offices named after
their organisation ("U.S. Central Command commander", a Person)."""
from __future__ import annotations

import re

from orbat.mentions import patterns
from orbat.mentions.candidates import Candidate
from orbat.mentions.context import Context
from orbat.mentions.lexicon import STOP_CAPS

_OF_GROUP = re.compile(
    r"\b(?:(?i:the|all|all of the)\s+)?(?i:governments?|people|peoples|members|residents|families|citizens|ministry|parliament|"
    r"armed forces|army|navy|air force|military|families|leadership|leaders|president|presidency)\s+of\s+"
    r"(?:the\s+)?[A-Z][\w’'-]+(?:\s+(?:of\s+)?[A-Z][\w’'-]+)*")
_ORG_OFFICER = re.compile(
    r"\b(?:(?:the|The)\s+)?(?P<org>(?:(?:\d+(?:st|nd|rd|th)|U\.S\.|[A-Z][\w-]*[A-Z][\w-]*|[A-Z][a-z]+)\s+){0,5}"
    r"(?:[A-Z][\w-]*))\s+(?:commanding general|commander|spokesman|spokesperson|spokeswoman|"
    r"press secretary|chief of staff|director|chairman)\b")
_GROUP_KEYS = patterns.triggers("government people members ministry parliament armed army navy air military "
                                "families leadership leaders president")
_OFFICER_KEYS = patterns.triggers("commander commanding spokes secretary chief director chairman")


def find(ctx: Context) -> list[Candidate]:
    """"the government of Iraq", "the people of Syria"; "U.S. Central Command commander" (a Person)."""
    out = []
    for m in patterns.windowed(_OF_GROUP, ctx.text, _GROUP_KEYS, back=14, low=ctx.low):
        out.append(Candidate(m.start(), m.end(), "Organisation", None, None, "group-of", 53, 1, 0.6))
    for m in patterns.windowed(_ORG_OFFICER, ctx.text, _OFFICER_KEYS, back=90, low=ctx.low):
        if m.group("org").split()[0] in STOP_CAPS:
            continue
        out.append(Candidate(m.start(), m.end(), "Person", None, None, "org+office", 54, 1, 0.6))
    return out
