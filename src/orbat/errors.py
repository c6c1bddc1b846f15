"""One exception root; meaning is translated to exit codes or HTTP status only at the edges."""
from __future__ import annotations


class OrbatError(Exception):
    """Root of every error orbat raises on purpose."""

    exit_code = 1


class NotFound(OrbatError):
    """A document, fact, entity or file that was asked for does not exist."""

    exit_code = 3


class InvalidInput(OrbatError):
    """Input that cannot be used: names the source and, where known, the line."""

    exit_code = 2

    def __init__(self, message: str, *, source: str | None = None, line: int | None = None) -> None:
        self.source = source
        self.line = line
        where = source or ""
        if source and line is not None:
            where = f"{source}:{line}"
        super().__init__(f"{where}: {message}" if where else message)
        self.reason = message


class IngestError(InvalidInput):
    """A file or record that could not be ingested; recorded and the batch goes on."""


class StoreError(OrbatError):
    """The knowledge base file is unusable (not SQLite, no FTS5, newer schema)."""

    exit_code = 4
