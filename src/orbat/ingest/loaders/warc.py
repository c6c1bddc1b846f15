"""Web archives (.warc, .warc.gz): each HTML response record is a document keyed `<file>#n`."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Iterator

from orbat.errors import IngestError
from orbat.ingest.loaders.html import html_document
from orbat.records import Document
from orbat.settings import Settings

_CHARSET = re.compile(r"charset=([A-Za-z0-9_-]+)", re.I)


class WarcLoader:
    name = "warc"

    def match(self, path: Path, head: bytes) -> float:
        name = path.name.lower()
        if name.endswith((".warc", ".warc.gz")):
            return 0.95
        return 0.8 if head.startswith(b"WARC/") else 0.0

    def load(self, path: Path, settings: Settings) -> Iterator[Document | IngestError]:
        from warcio.archiveiterator import ArchiveIterator

        n = 0
        records = 0
        with path.open("rb") as stream:
            try:
                for record in ArchiveIterator(stream):
                    records += 1
                    if record.rec_type != "response" or record.http_headers is None:
                        continue
                    ctype = record.http_headers.get_header("Content-Type") or ""
                    if "html" not in ctype.lower():
                        continue
                    payload = record.content_stream().read(settings.max_file_bytes + 1)
                    n += 1
                    key = f"{path.name}#{n}"
                    if len(payload) > settings.max_file_bytes:
                        yield IngestError("record too large", source=str(path), line=records)
                        continue
                    if isinstance(payload, bytes) and (found := _CHARSET.search(ctype)):
                        payload = payload.decode(found.group(1), "replace") if _known(found.group(1)) else payload
                    url = record.rec_headers.get_header("WARC-Target-URI")
                    try:
                        doc = html_document(payload, key=key, source=str(path), settings=settings, url=url,
                                            line=records)
                    except IngestError as error:
                        yield error
                        continue
                    doc.ordinal = n
                    doc.meta["loader"] = self.name
                    yield doc
            except IngestError:
                raise
            except Exception as error:  # truncated gzip, bad record headers
                raise IngestError(f"archive unreadable after record {records} ({type(error).__name__}: "
                                  f"{str(error)[:100]})", source=str(path)) from None
        if records == 0:
            raise IngestError("no WARC records found", source=str(path))


def _known(codec: str) -> bool:
    import codecs

    try:
        codecs.lookup(codec)
        return True
    except LookupError:
        return False
