"""The analysis stage of ingest: mentions, then facts, for one document.

The stage modules are looked up at call time so that ingest works (with empty analysis)
in a build where a stage is missing, and a stage can be re-run on stored documents.
"""
from __future__ import annotations

import importlib
import sqlite3
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable

from orbat.records import Document, Fact, Mention

if TYPE_CHECKING:
    from orbat.refdata import Reference


@dataclass
class Analysis:
    mentions: list[Mention] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)


def _stage(module: str, name: str) -> Callable[..., Any] | None:
    try:
        found = importlib.import_module(module)
    except ModuleNotFoundError as error:
        if error.name == module:
            return None
        raise
    return getattr(found, name, None)


def analyse(document: Document, reference: "Reference") -> Analysis:
    """Mentions and facts of one cleaned document."""
    if document.error or not document.clean_text:
        return Analysis()
    recognise = _stage("orbat.mentions", "recognise")
    mentions = list(recognise(document, reference)) if recognise else []
    extract = _stage("orbat.facts", "extract")
    facts = list(extract(document, mentions, reference)) if extract else []
    return Analysis(mentions, facts)


def store_analysis(db: sqlite3.Connection, document: Document, analysis: Analysis) -> None:
    """Replace the stored mentions and facts of a document (call inside its transaction)."""
    from orbat.facts.store import put_facts
    from orbat.mentions.store import put_mentions

    put_mentions(db, document.key, analysis.mentions)
    put_facts(db, document.key, analysis.facts)
