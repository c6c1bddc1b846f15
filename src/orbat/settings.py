"""Every setting as (name, default, help); merged from defaults, environment and overrides."""
from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from typing import Any

# (name, default, help). The README's settings table is checked against this list by a test.
SETTINGS: list[tuple[str, Any, str]] = [
    ("kb", "orbat.db", "Knowledge base file; $ORBAT_KB overrides the default."),
    ("max_file_bytes", 50_000_000, "Files larger than this are refused with an error ($ORBAT_MAX_FILE_BYTES)."),
    ("max_record_chars", 5_000_000, "A JSONL record or extracted text longer than this is refused."),
    ("near_duplicate_threshold", 0.3, "Verified word 5-gram containment (of the shorter text) from which a document is a near-duplicate."),
    ("story_threshold", 0.3, "Rarity-weighted overlap of names and figures from which two reports join one story cluster."),
    ("extract", True, "Run mentions and facts during ingest (--no-extract turns it off)."),
    ("workers", 0, "Processes used to parse documents; 0 (auto) uses every core when an ingest has 64 files or more, or a JSON Lines corpus of 1 MB or more, else 1 ($ORBAT_WORKERS)."),
    ("batch_documents", 2000, "Documents written per transaction; a killed ingest redoes at most one batch, and a JSON Lines or WARC file is committed in batches of this size ($ORBAT_BATCH_DOCUMENTS)."),
    ("refdata", "", "Extra reference-data files or folders, separated by ':' ($ORBAT_REFDATA)."),
    ("reviewer", "", "Name recorded with review verdicts; defaults to $ORBAT_REVIEWER or the login name."),
]

_ENV = {
    "kb": "ORBAT_KB",
    "max_file_bytes": "ORBAT_MAX_FILE_BYTES",
    "workers": "ORBAT_WORKERS",
    "batch_documents": "ORBAT_BATCH_DOCUMENTS",
    "refdata": "ORBAT_REFDATA",
    "reviewer": "ORBAT_REVIEWER",
}


@dataclass(frozen=True)
class Settings:
    kb: str = "orbat.db"
    max_file_bytes: int = 50_000_000
    max_record_chars: int = 5_000_000
    near_duplicate_threshold: float = 0.3
    story_threshold: float = 0.3
    extract: bool = True
    workers: int = 0  # 0: auto (see SETTINGS)
    batch_documents: int = 2000
    refdata: str = ""
    reviewer: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def with_overrides(self, **overrides: Any) -> "Settings":
        """A copy with the given non-None values set."""
        known = {f.name for f in fields(self)}
        values = {k: v for k, v in overrides.items() if v is not None and k in known}
        return replace(self, **values)


def _coerce(value: str, default: Any) -> Any:
    if isinstance(default, bool):
        return value.strip().lower() in {"1", "true", "yes", "on"}
    if isinstance(default, int):
        return int(value)
    if isinstance(default, float):
        return float(value)
    return value


def load_settings(**overrides: Any) -> Settings:
    """Defaults, then environment variables, then explicit overrides (None means 'not given')."""
    defaults = {name: default for name, default, _ in SETTINGS}
    values: dict[str, Any] = {}
    for name, env in _ENV.items():
        raw = os.environ.get(env)
        if raw:
            values[name] = _coerce(raw, defaults[name])
    settings = Settings(**values)
    return settings.with_overrides(**overrides)
