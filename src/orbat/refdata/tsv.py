"""The TSV dialect of reference-data files: a header row, tab-separated, ';' between list items.

Lines starting with '#' are comments, except a `#kind: <kind>` line that names the file's kind.
No quoting: a value never holds a tab or a newline; list values never hold ';'.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

from orbat.errors import InvalidInput


def split_list(value: str | None) -> tuple[str, ...]:
    """'a; b;;c' -> ('a', 'b', 'c')."""
    if not value:
        return ()
    return tuple(v.strip() for v in value.split(";") if v.strip())


def join_list(values: "tuple[str, ...] | list[str]") -> str:
    return ";".join(values)


def read_rows(path: Path, text: str | None = None) -> tuple[str | None, list[tuple[int, dict[str, str]]]]:
    """(#kind value or None, [(line number, row dict)]). Raises InvalidInput naming file:line."""
    if text is None:
        try:
            text = path.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError as error:
            raise InvalidInput(f"not UTF-8 text ({error.reason})", source=str(path)) from None
    kind: str | None = None
    header: list[str] | None = None
    rows: list[tuple[int, dict[str, str]]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        if line.startswith("#"):
            body = line[1:].strip()
            if body.lower().startswith("kind:") and header is None:
                kind = body.split(":", 1)[1].strip().lower()
            continue
        cells = [c.strip() for c in line.split("\t")]
        if header is None:
            header = [c.lower() for c in cells]
            if any(not c for c in header):
                raise InvalidInput("empty column name in the header row", source=str(path), line=number)
            continue
        while len(cells) > len(header) and not cells[-1]:
            cells.pop()  # trailing empty cells (an editor's stray tab) are harmless
        if len(cells) > len(header):
            raise InvalidInput(f"{len(cells)} fields but the header has {len(header)} columns "
                               f"({', '.join(header)}); separate fields with one tab", source=str(path), line=number)
        row = dict(zip(header, cells + [""] * (len(header) - len(cells))))
        rows.append((number, row))
    return kind, rows


def iter_shipped(path: Path) -> Iterator[dict[str, str]]:
    """Rows of a shipped data file (trusted, built by scripts/build_refdata.py)."""
    with path.open(encoding="utf-8") as handle:
        header = handle.readline().rstrip("\n").split("\t")
        for line in handle:
            line = line.rstrip("\n")
            if line:
                yield dict(zip(header, line.split("\t")))
