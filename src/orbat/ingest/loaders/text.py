"""Plain text and Markdown: the decoded file is the raw text (split later into articles)."""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

from orbat.ingest.decode import decode, looks_binary
from orbat.ingest.loaders.base import inner_suffix, read_bytes
from orbat.errors import IngestError
from orbat.records import Document
from orbat.settings import Settings

_SUFFIXES = {".txt", ".text", ".md", ".markdown", ".rst", ""}


class TextLoader:
    name = "text"

    def match(self, path: Path, head: bytes) -> float:
        if inner_suffix(path) in _SUFFIXES:
            return 0.5
        # Any other file that looks like text gets a low bid: better read than refused.
        return 0.1 if head and not looks_binary(head) else 0.01

    def load(self, path: Path, settings: Settings) -> Iterator[Document | IngestError]:
        text = decode(read_bytes(path, settings), str(path))
        yield Document(key=path.name, source=str(path), raw_text=text,
                       meta={"loader": self.name, "splittable": True})
