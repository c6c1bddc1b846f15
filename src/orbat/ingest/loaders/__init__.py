"""Loaders bid for a file (`match(path, head) -> score`); the highest bid loads it.

A loader is any object with `name`, `match(path, head_bytes) -> float` and
`load(path, settings) -> Iterator[Document]`. New formats register by appending to LOADERS.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterator, Protocol

from orbat.errors import IngestError
from orbat.records import Document
from orbat.settings import Settings


class Loader(Protocol):
    name: str

    def match(self, path: Path, head: bytes) -> float: ...

    def load(self, path: Path, settings: Settings) -> Iterator[Document | IngestError]:
        """Documents, or IngestError values for records that failed (raise for the whole file)."""
        ...


def _registry() -> list[Loader]:
    from orbat.ingest.loaders import html, jsonl, mhtml, text, warc

    return [text.TextLoader(), html.HtmlLoader(), mhtml.MhtmlLoader(), warc.WarcLoader(),
            jsonl.JsonlLoader()]


LOADERS: list[Loader] = []


def choose(path: Path, head: bytes) -> Loader | None:
    """The loader with the highest positive bid, or None when nobody wants the file."""
    if not LOADERS:
        LOADERS.extend(_registry())
    best, best_score = None, 0.0
    for loader in LOADERS:
        score = loader.match(path, head)
        if score > best_score:
            best, best_score = loader, score
    return best
