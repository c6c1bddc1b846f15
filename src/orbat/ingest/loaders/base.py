"""Helpers shared by loaders: reading with the size limit (and gzip), suffix tests."""
from __future__ import annotations

import gzip
import zlib
from pathlib import Path

from orbat.errors import IngestError
from orbat.settings import Settings


def inner_suffix(path: Path) -> str:
    """The suffix that names the format, looking through a '.gz' ('a.txt.gz' -> '.txt')."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        return suffixes[-2] if len(suffixes) > 1 else ""
    return suffixes[-1] if suffixes else ""


_read_ahead: dict[str, bytes] = {}  # at most one entry: the file being parsed, read once by the runner


def read_ahead(path: Path, data: bytes) -> None:
    """Hand over the bytes of the file about to be loaded (the runner already read them to hash
    it), so that a loader does not open and read it again."""
    _read_ahead.clear()
    _read_ahead[str(path)] = data


def read_bytes(path: Path, settings: Settings) -> bytes:
    """The file's bytes (decompressed for '.gz'), refusing more than settings.max_file_bytes."""
    source = str(path)
    data = _read_ahead.pop(source, None)
    size = len(data) if data is not None else path.stat().st_size
    if size > settings.max_file_bytes:
        raise IngestError(f"file too large ({size:,} bytes > max_file_bytes {settings.max_file_bytes:,})",
                          source=source)
    if data is None:
        with path.open("rb") as handle:
            data = handle.read()
    if path.suffix.lower() == ".gz":
        try:
            with gzip.GzipFile(fileobj=__import__("io").BytesIO(data)) as stream:
                data = stream.read(settings.max_file_bytes + 1)
        except (EOFError, OSError, zlib.error) as error:
            raise IngestError(f"truncated or corrupt gzip data ({error})", source=source) from None
        if len(data) > settings.max_file_bytes:
            raise IngestError(f"decompressed data over max_file_bytes {settings.max_file_bytes:,}", source=source)
    return data
