"""Expand command-line paths: files, folders (recursively, sorted) and glob patterns."""
from __future__ import annotations

import glob
import os
from pathlib import Path
from typing import Iterable, Iterator

_SKIP_NAMES = {".DS_Store", "Thumbs.db", "desktop.ini"}


def expand(paths: Iterable[str | Path]) -> Iterator[tuple[Path, str | None]]:
    """(path, None) for each file found, or (pattern, error) when nothing matches."""
    items = list(paths)
    # Only overlapping arguments can name a file twice; one folder walk never does (and a set of
    # every path would grow with the corpus).
    track = len(items) > 1
    seen: set[str] = set()
    for item in items:
        text = str(item)
        candidates: list[Path]
        if any(ch in text for ch in "*?[") and not Path(text).exists():
            candidates = [Path(p) for p in sorted(glob.glob(text, recursive=True))]
            if not candidates:
                yield Path(text), "no file matches this pattern"
                continue
        else:
            candidates = [Path(text)]
        for path in candidates:
            if path.is_dir():
                for found in _walk(path):
                    if track:
                        key = os.path.abspath(found)
                        if key in seen:
                            continue
                        seen.add(key)
                    yield found, None
            elif path.exists() or path.is_symlink():
                key = os.path.abspath(path)
                if key not in seen:
                    seen.add(key)
                    yield path, None
            else:
                yield path, "no such file or folder"


def _walk(folder: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith(".") or name in _SKIP_NAMES:
                continue
            yield Path(root) / name
