"""The hand-written evaluation sets stay valid: verbatim quotes, known types and roles, ISO dates."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("name", ["heldout", "heldout2"])
def test_held_out_set_is_valid(name: str) -> None:
    done = subprocess.run([sys.executable, str(ROOT / "eval" / name / "check.py")], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    assert "OK" in done.stdout
