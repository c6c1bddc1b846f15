"""The README documents every setting and every command (a new one must come with its docs)."""
from __future__ import annotations

from pathlib import Path

from orbat.cli import cli
from orbat.settings import SETTINGS, Settings, load_settings

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def test_every_setting_is_documented() -> None:
    for name, default, _help in SETTINGS:
        assert f"| `{name}` |" in README, f"setting {name} missing from the README's settings table"


def test_settings_table_matches_dataclass() -> None:
    defaults = Settings()
    for name, default, _help in SETTINGS:
        assert getattr(defaults, name) == default


def test_every_command_is_documented() -> None:
    for name in cli.commands:
        assert f"orbat {name}" in README, f"command {name} missing from the README"


def test_environment_overrides(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("ORBAT_KB", "/tmp/other.db")
    monkeypatch.setenv("ORBAT_WORKERS", "2")
    settings = load_settings(max_file_bytes=10)
    assert (settings.kb, settings.workers, settings.max_file_bytes) == ("/tmp/other.db", 2, 10)
