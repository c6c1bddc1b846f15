"""Keys used to look names up: shared by the loader and scripts/build_refdata.py."""
from __future__ import annotations

import re
import unicodedata

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u2013": "-", "\u2014": "-",
                              "\u2010": "-", "\u2011": "-", "\u2212": "-", "\u00a0": " "})
_SPACE = re.compile(r"\s+")
_NOT_ALNUM = re.compile(r"[^0-9a-z\u0400-\u04ff]+")


def clean(text: str) -> str:
    """NFC, typographic quotes and dashes made plain, whitespace collapsed."""
    if text.isascii() and "`" not in text:  # the common case, without the Unicode work
        return _SPACE.sub(" ", text).strip()
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text).translate(_APOSTROPHES)).strip()


def fold(text: str) -> str:
    """Case- and accent-insensitive form ("Türkiye" -> "turkiye")."""
    text = clean(text)
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def slug(text: str) -> str:
    """Stable id part: "S-300PMU2" -> "s-300pmu2", "Israel Aerospace Industries" -> "israel-aerospace-industries"."""
    out = re.sub(r"[^0-9a-z\u0400-\u04ff]+", "-", fold(text).replace("'", "")).strip("-")
    return out or "x"


def name_key(text: str) -> str:
    """Key of a country or organisation name: folded, a leading "the" dropped."""
    key = fold(text)
    if key.startswith("the "):
        key = key[4:]
    return key


def exact_key(text: str) -> str:
    """Key of a case-sensitive name: cleaned, a leading "the"/"The" dropped, case kept."""
    key = clean(text)
    if key[:4] in ("the ", "The "):
        key = key[4:]
    return key


# Cyrillic letters that look like Latin ones ("ZALA 421-16Е2" typed with a Cyrillic Е).
_HOMOGLYPHS = str.maketrans("аеорсхукмтвн", "aeopcxykmtbh")


def system_key(text: str) -> str:
    """Key of an equipment designation, blind to case, hyphens, spaces and dots ("S-300 PMU2" == "s300pmu2")."""
    return _NOT_ALNUM.sub("", fold(text).translate(_HOMOGLYPHS))


def title_key(text: str) -> str:
    """Key of a title or rank: folded, dots dropped, hyphens as spaces, "defense" spelt "defence"."""
    key = fold(text).replace(".", " ").replace("-", " ")
    key = key.replace("defense", "defence")
    return _SPACE.sub(" ", key).strip()
