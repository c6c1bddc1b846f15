"""The recogniser's fast paths give exactly what the plain regexes they replace give."""
from __future__ import annotations

import random
import re

from orbat.mentions import patterns


def _names_regex(names: set[str]) -> re.Pattern[str]:
    # what persons.py and places.py compiled for every document before patterns.whole_names
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
                      + r")(?![\w-])")


def test_whole_names_matches_the_per_text_regex() -> None:
    rng = random.Random(7)
    for _ in range(3000):
        text = "".join(rng.choice("ab-_ .é1’A\n") for _ in range(rng.randint(0, 30)))
        names = {"".join(rng.choice("abA-é1") for _ in range(rng.randint(1, 4))) for _ in range(rng.randint(1, 4))}
        expected = [m.span() for m in _names_regex(names).finditer(text)]
        assert patterns.whole_names(text, names) == expected, (text, names)


def test_whole_names_examples() -> None:
    text = "Gen. Jane Roe spoke. Roe said Roe-led units and Roes left; Jane Roe and Roe."
    assert [text[b:e] for b, e in patterns.whole_names(text, {"Roe", "Jane Roe"})] == ["Jane Roe", "Roe", "Jane Roe",
                                                                                       "Roe"]
    assert patterns.whole_names(text, set()) == []


def test_digit_trigger_is_the_plain_pattern() -> None:
    plain = re.compile(r"(?<!\d)(?:1[0-9]|20)\d\d(?!\d)|\d:\d\d")
    rng = random.Random(3)
    for _ in range(3000):
        text = "".join(rng.choice("0123456789: a٣") for _ in range(rng.randint(0, 20)))
        assert [m.span() for m in patterns._DIGIT_TRIGGER.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_guards_hold_whenever_the_pattern_matches() -> None:
    for text in ("on Christmas Eve", "last Thanksgiving", "New Year’s Day", "Eid al-Fitr", "Memorial Day",
                 "the USS Carney", "HMS  Queen Elizabeth", "Abu Jandal al-Kuwaiti"):
        if patterns.HOLIDAY_RE.search(text):
            assert any(w in text for w in patterns._HOLIDAY_WORDS)
        if patterns.SHIP_RE.search(text):
            assert patterns.may_hold_ship(text)
    assert patterns.HOLIDAY_RE.search("Memorial Day") and patterns.SHIP_RE.search("the USS Carney")
    assert not patterns.may_hold_ship("the U.S. Navy ship")


def test_cached_normalisers_hand_out_fresh_values() -> None:
    a = patterns._parse_temporal("last week", "2023-10-04")
    assert a is not None
    a["iso"] = "changed"
    assert patterns._parse_temporal("last week", "2023-10-04")["iso"] == "2023-W39"
    q = patterns._parse_quantity("at least 59")
    assert q == {"value": 59, "qualifier": "at least"}
    q["value"] = 0
    assert patterns._parse_quantity("at least 59")["value"] == 59
