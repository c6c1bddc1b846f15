"""KnowledgeBase: the one façade the CLI, the HTTP API and user code go through.

It owns the store connection, the settings and the reference data, and delegates every
operation to the stage module that does the work, so it stays small.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Callable, Iterable, Iterator

from orbat.settings import Settings, load_settings
from orbat.store import connect

if TYPE_CHECKING:
    from orbat.facts.explain import Explanation
    from orbat.ingest.run import IngestEvent, IngestReport
    from orbat.records import Document, Fact, Mention
    from orbat.refdata import Reference


class KnowledgeBase:
    """An orbat knowledge base: a SQLite file (or memory) plus settings and reference data."""

    def __init__(self, path: str | Path | None = None, *, settings: Settings | None = None,
                 memory: bool = False) -> None:
        self.settings = settings or load_settings()
        self.path = ":memory:" if memory else str(path or self.settings.kb)
        self.db: sqlite3.Connection = connect(self.path)
        self._reference: Reference | None = None

    # -- lifecycle -----------------------------------------------------------------
    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "KnowledgeBase":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def reference(self) -> "Reference":
        """Reference data (countries, equipment, organisations, titles), loaded once."""
        if self._reference is None:
            from orbat.refdata import load_reference

            self._reference = load_reference(self.settings)
        return self._reference

    # -- documents (issue: ingest) ---------------------------------------------------
    def ingest(self, paths: Iterable[str | Path], *,
               progress: Callable[["IngestEvent"], None] | None = None) -> "IngestReport":
        """Ingest files, folders and globs; returns counts and the errors met."""
        from orbat.ingest.run import ingest

        return ingest(self, paths, progress=progress)

    def documents(self) -> Iterator["Document"]:
        from orbat.store.documents import iter_documents

        return iter_documents(self.db)

    def document(self, key: str) -> "Document":
        from orbat.store.documents import get_document

        return get_document(self.db, key)

    def search(self, query: str, *, entity: str | None = None, limit: int = 20) -> list[dict[str, Any]]:
        from orbat.store.documents import search

        return search(self.db, query, entity=entity, limit=limit)

    def errors(self) -> list[dict[str, Any]]:
        from orbat.store.documents import iter_errors

        return list(iter_errors(self.db))

    def stats(self) -> dict[str, Any]:
        """Counts of documents, mentions, facts (per type), entities, deals and disputes."""
        from orbat.stats import stats

        return stats(self.db)

    # -- mentions ------------------------------------------------------------------
    def mentions(self, keys: Iterable[str] | None = None) -> Iterator[tuple[str, list["Mention"]]]:
        from orbat.mentions.store import iter_mentions

        return iter_mentions(self.db, keys)

    # -- facts -----------------------------------------------------------------------
    def facts(self, **filters: Any) -> Iterator["Fact"]:
        """Facts with verdicts applied; filters: type, doc, country and role=value pairs."""
        from orbat.facts.store import iter_facts

        return iter_facts(self, **filters)

    def fact(self, fact_id: str) -> "Fact":
        from orbat.facts.store import get_fact

        return get_fact(self, fact_id)

    def explain(self, fact_id: str) -> "Explanation":
        from orbat.facts.explain import explain

        return explain(self, fact_id)

    def extract(self, keys: Iterable[str] | None = None) -> int:
        """Re-run mentions and facts on stored documents (after reference data changed)."""
        from orbat.ingest.run import reextract

        return reextract(self, keys)

    # -- knowledge -------------------------------------------------------------------
    def resolve(self) -> dict[str, int]:
        """Recompute entities, deals and disputes from the stored claims and verdicts."""
        from orbat.knowledge.resolve import resolve

        return resolve(self)

    def entities(self, kind: str | None = None) -> Iterator[dict[str, Any]]:
        from orbat.knowledge.resolve import iter_entities

        return iter_entities(self, kind)

    def deals(self, **filters: Any) -> Iterator[dict[str, Any]]:
        from orbat.knowledge.deals import iter_deals

        return iter_deals(self, **filters)

    def disputes(self, entity: str | None = None) -> Iterator[dict[str, Any]]:
        from orbat.knowledge.disputes import iter_disputes

        return iter_disputes(self, entity)

    def dossier(self, name: str) -> dict[str, Any]:
        from orbat.knowledge.dossier import dossier

        return dossier(self, name)

    def review(self, fact_id: str, *, accept: bool = False, reject: bool = False,
               correct: dict[str, Any] | None = None, note: str | None = None,
               author: str | None = None) -> dict[str, Any]:
        from orbat.knowledge.review import review

        return review(self, fact_id, accept=accept, reject=reject, correct=correct, note=note,
                      author=author)

    def export(self, format: str, out: IO[str] | IO[bytes], **options: Any) -> int:
        """Stream an export (jsonl, csv, sipri, ftm, graphml, gexf, markdown); returns rows written."""
        from orbat.export import export

        return export(self, format, out, **options)
