#!/usr/bin/env python3
"""Validate eval/heldout2 with eval/heldout's validator (stdlib only).

Usage: python eval/heldout2/check.py [--facts-md PATH]
"""
import pathlib
import runpy
import sys

HERE = pathlib.Path(__file__).resolve().parent

if __name__ == "__main__":
    checker = runpy.run_path(str(HERE.parent / "heldout" / "check.py"))
    sys.exit(checker["main"]([str(HERE / "news.jsonl"), str(HERE / "facts.jsonl"), *sys.argv[1:]]))
