"""Saved web pages in MHTML (.mhtml/.mht): the text/html part, read with the stdlib email parser."""
from __future__ import annotations

import email
import email.policy
from pathlib import Path
from typing import Iterator

from orbat.errors import IngestError
from orbat.ingest.loaders.base import read_bytes
from orbat.ingest.loaders.html import html_document
from orbat.records import Document
from orbat.settings import Settings


class MhtmlLoader:
    name = "mhtml"

    def match(self, path: Path, head: bytes) -> float:
        if path.suffix.lower() in {".mhtml", ".mht"}:
            return 0.95
        lowered = head[:2048].lower()
        return 0.7 if b"mime-version:" in lowered and b"multipart/related" in lowered else 0.0

    def load(self, path: Path, settings: Settings) -> Iterator[Document | IngestError]:
        message = email.message_from_bytes(read_bytes(path, settings), policy=email.policy.default)
        url = message.get("Snapshot-Content-Location")
        for part in message.walk():
            if part.get_content_type() != "text/html":
                continue
            try:
                # Browsers often save the part without a charset parameter; the page's own
                # <meta charset> then decides, so hand the bytes to the HTML decoder.
                html: str | bytes = (part.get_content() if part.get_content_charset()  # type: ignore[assignment]
                                     else part.get_payload(decode=True))
            except (LookupError, ValueError) as error:
                raise IngestError(f"unreadable text/html part ({error})", source=str(path)) from None
            doc = html_document(html, key=path.name, source=str(path), settings=settings,
                                url=url or part.get("Content-Location"))
            doc.meta["loader"] = self.name
            yield doc
            return
        raise IngestError("MHTML file has no text/html part", source=str(path))
