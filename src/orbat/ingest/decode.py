"""Bytes → text: BOMs, UTF-8, a detector, then cp1252; conservative ftfy repair before any offset."""
from __future__ import annotations

import codecs
import re

from orbat.errors import IngestError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
_FIXER = None
_MOJIBAKE_HINT = re.compile("[\u00c2-\u00c3\u00c5\u00ce-\u00d1\u00d8-\u00d9\u00e2\u00e3\u00e5\u00ef]"
                            "[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
                            "\u2013-\u203a\u20ac\u2122]")
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))


def _fixer_config():  # noqa: ANN202 - ftfy type, imported lazily
    global _FIXER
    if _FIXER is None:
        from ftfy import TextFixerConfig

        # Conservative: repair mojibake only; never touch quotes, widths, ligatures or entities.
        _FIXER = TextFixerConfig(unescape_html=False, uncurl_quotes=False, fix_character_width=False,
                                 fix_latin_ligatures=False, normalization="NFC", explain=False)
    return _FIXER


def fix_text(text: str) -> str:
    """ftfy with the conservative config (mojibake repair only)."""
    if text.isascii():
        return text
    import unicodedata

    # Most text has no mojibake and is NFC already: skip the fixer then (it is the slow part).
    # The gate looks for UTF-8 read as Latin-1/Windows-1252 ("CafÃ©", "â€™", "Ð\x9f").
    if unicodedata.is_normalized("NFC", text) and not _MOJIBAKE_HINT.search(text):
        return text
    import ftfy

    return ftfy.fix_text(text, _fixer_config())


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first 8 KB (after any UTF-16/32 BOM check)."""
    head = data[:8192]
    if not head:
        return False
    if any(head.startswith(bom) for bom, _ in _BOMS):
        return False
    if b"\x00" in head:
        return True
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return controls / len(head) > 0.05


def decode(data: bytes, source: str, *, declared: str | None = None) -> str:
    """Decode with the fallback chain; raises IngestError when nothing sensible comes out."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return fix_text(data.decode(codec))
            except UnicodeDecodeError as error:
                raise IngestError(f"bad {codec} text ({error.reason} at byte {error.start})", source=source) from None
    if looks_binary(data):
        raise IngestError("binary file, not text", source=source)
    try:
        return fix_text(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            return fix_text(data.decode(declared))
        except (UnicodeDecodeError, LookupError):
            pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = None
    if text is not None and _plausible_latin(text):
        return fix_text(text)
    guess = _detect(data)
    if guess:
        try:
            return fix_text(data.decode(guess))
        except (UnicodeDecodeError, LookupError):
            pass
    raise IngestError("cannot decode text sensibly (not UTF-8, not Windows-1252, no confident guess "
                      "of its encoding)", source=source)


def _plausible_latin(text: str) -> bool:
    """Western text read as Windows-1252: few accented letters per word, no stray controls."""
    letters = [c for c in text[:100_000] if c.isalpha()]
    if not letters:
        return False
    accented = sum(1 for c in letters if not c.isascii())
    controls = sum(1 for c in text[:100_000] if ord(c) < 32 and c not in "\t\n\r\f")
    return accented / len(letters) <= 0.25 and controls == 0


def _detect(data: bytes) -> str | None:
    """charset_normalizer's guess, only when it also recognises a language in the result."""
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - trafilatura depends on it
        return None
    best = from_bytes(data[:200_000]).best()
    if best is None or best.chaos > 0.2 or best.coherence < 0.2:
        return None
    return best.encoding
