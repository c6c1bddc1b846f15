"""JSON Lines corpora: one record `{"id","url","title","published","text"}` per line, keyed by id."""
from __future__ import annotations

import gzip
import json
import zlib
from pathlib import Path
from typing import Iterator

from orbat.errors import IngestError
from orbat.ingest.decode import fix_text
from orbat.ingest.loaders.base import inner_suffix
from orbat.records import Document
from orbat.settings import Settings


class JsonlLoader:
    name = "jsonl"

    def match(self, path: Path, head: bytes) -> float:
        if inner_suffix(path) in {".jsonl", ".ndjson", ".jl"}:
            return 0.95
        return 0.3 if head.lstrip().startswith(b"{") and path.suffix.lower() == ".json" else 0.0

    def load(self, path: Path, settings: Settings) -> Iterator[Document | IngestError]:
        opener = gzip.open if path.suffix.lower() == ".gz" else open
        number = 0
        with opener(path, "rb") as handle:
            try:
                for number, line in enumerate(handle, 1):
                    if not line.strip():
                        continue
                    try:
                        yield _record(line, number, path, settings)
                    except IngestError as error:
                        yield error
            except (EOFError, OSError, zlib.error) as error:
                raise IngestError(f"truncated or corrupt gzip data after line {number} ({error})",
                                  source=str(path)) from None


def _record(line: bytes, number: int, path: Path, settings: Settings) -> Document:
    source = str(path)
    if len(line) > min(settings.max_file_bytes, settings.max_record_chars * 4):
        raise IngestError("record too long", source=source, line=number)
    try:
        record = json.loads(line)
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise IngestError(f"malformed JSON ({getattr(error, 'msg', error)})", source=source, line=number) from None
    if not isinstance(record, dict):
        raise IngestError("record is not a JSON object", source=source, line=number)
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise IngestError("record has no text", source=source, line=number)
    if len(text) > settings.max_record_chars:
        raise IngestError(f"text too long ({len(text):,} chars > max_record_chars)", source=source, line=number)
    key = record.get("id")
    key = str(key) if key not in (None, "") else f"{path.name}:{number}"
    doc = Document(key=key, source=source, raw_text=fix_text(text),
                   meta={"loader": "jsonl", "line": number, "keyed": "id"})
    for name in ("title", "url", "published", "author", "outlet"):
        value = record.get(name)
        if isinstance(value, str) and value.strip():
            setattr(doc, name, value.strip())
    return doc
