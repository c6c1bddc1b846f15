"""The worked example of docs/python-api.md runs as written (on the sample corpus and the seeds)."""
from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.mark.skipif(not (SHARED / "corpus" / "seeds").is_dir(), reason="../shared is not here")
def test_python_api_walkthrough_runs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = (ROOT / "docs" / "python-api.md").read_text(encoding="utf-8")
    code = "\n".join(re.findall(r"```python\n(.*?)```", text, re.S))
    code = code.replace('"examples/corpus"', repr(str(ROOT / "examples" / "corpus")))
    code = code.replace('"../shared/corpus/seeds"', repr(str(SHARED / "corpus" / "seeds")))
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        exec(compile(code, "docs/python-api.md", "exec"), {"__name__": "walkthrough"})
    finally:
        os.chdir(cwd)
    out = capsys.readouterr().out
    assert "2460000000" in out and "1473000000" in out  # the disputed 2009 budget figures
    for name in ("report.md", "kb.ftm.json", "transfers.graphml", "facts.jsonl", "hasanov.md"):
        assert (tmp_path / name).stat().st_size > 0, name
