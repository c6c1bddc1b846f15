"""The bench scripts run and print their figures (tiny sizes; the figures themselves are not asserted)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT.parent / "shared" / "benchmarks" / "re3d-dev" / "dev.jsonl"


def _run(*args: str) -> str:
    done = subprocess.run([sys.executable, *args], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


@pytest.mark.skipif(not GOLD.exists(), reason="needs ../shared/benchmarks/re3d-dev")
def test_weapon_ceiling_is_below_the_target() -> None:
    out = _run("bench/re3d_weapon_ceiling.py", "--gold", str(GOLD))
    ceiling = float(out.strip().splitlines()[-1].rsplit(" ", 1)[-1])
    assert 0.5 < ceiling < 0.70, out


@pytest.mark.slow
def test_ingest_bench_prints_every_format() -> None:
    out = _run("bench/bench_ingest.py", "--sizes", "40", "--html-padding", "0,2", "--repeat", "2")
    rows = [line.split() for line in out.splitlines() if line.split() and line.split()[0] in ("plain", "jsonl", "html")]
    assert [r[0] for r in rows] == ["plain", "jsonl", "html", "html"], out
    assert all(int(r[1]) == 40 and float(r[2]) > 0 for r in rows), out
    assert "bare pages" in out and "pages +2 KB" in out and "median of 2 runs" in out
