#!/usr/bin/env python3
"""Assemble news.jsonl and facts.jsonl from the hand-written batch files c*.py, with eval/heldout's builder."""
import pathlib
import runpy
import sys

sys.dont_write_bytecode = True
HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # the batch files import util

if __name__ == "__main__":
    runpy.run_path(str(HERE.parents[1] / "heldout" / "src" / "build.py"))["main"](HERE, "c[0-9]*.py")
