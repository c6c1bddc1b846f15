"""Offset maps take any clean span back to the exact raw span."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from orbat.offsets import OffsetMap, TextBuilder


def build(raw: str, ops: list[tuple[str, int, int, str]]) -> tuple[str, OffsetMap]:
    builder = TextBuilder()
    for op, r0, r1, text in ops:
        if op == "copy":
            builder.copy(raw, r0, r1)
        else:
            builder.replace(text, r0, r1)
    return builder.build(len(raw))


def test_copy_delete_replace_map_back() -> None:
    raw = "Tanks[12] arrived\u00a0today.Continue Reading"
    clean, omap = build(raw, [("copy", 0, 5, ""), ("replace", 5, 9, ""), ("copy", 9, 17, ""),
                              ("replace", 17, 18, " "), ("copy", 18, 24, ""), ("replace", 24, 40, "")])
    assert clean == "Tanks arrived today."
    b, e = omap.to_raw(clean.index("arrived"), clean.index("arrived") + 7)
    assert raw[b:e] == "arrived"
    b, e = omap.to_raw(0, len(clean))
    assert raw[b:e] == "Tanks[12] arrived\u00a0today."
    b, e = omap.to_raw(clean.index("today"), len(clean))
    assert raw[b:e] == "today."


def test_round_trip_through_lists() -> None:
    raw = "ab\u00a0cd"
    clean, omap = build(raw, [("copy", 0, 2, ""), ("replace", 2, 3, " "), ("copy", 3, 5, "")])
    again = OffsetMap.from_list(omap.to_list(), len(raw))
    assert again.to_raw(3, 5) == omap.to_raw(3, 5) == (3, 5)


def test_identity() -> None:
    omap = OffsetMap.identity(10)
    assert omap.to_raw(2, 7) == (2, 7)


@st.composite
def edits(draw: st.DrawFn) -> tuple[str, list[tuple[str, int, int, str]]]:
    raw = draw(st.text(alphabet="ab \u00a0[]1.", min_size=1, max_size=60))
    cuts = sorted(set(draw(st.lists(st.integers(0, len(raw)), max_size=12))) | {0, len(raw)})
    ops = []
    for r0, r1 in zip(cuts, cuts[1:]):
        kind = draw(st.sampled_from(["copy", "copy", "delete", "same"]))
        if kind == "copy":
            ops.append(("copy", r0, r1, ""))
        elif kind == "delete":
            ops.append(("replace", r0, r1, ""))
        else:
            ops.append(("replace", r0, r1, "x" * (r1 - r0)))
    return raw, ops


@given(edits(), st.data())
def test_copied_text_maps_back_exactly(case: tuple[str, list[tuple[str, int, int, str]]], data: st.DataObject) -> None:
    raw, ops = case
    clean, omap = build(raw, ops)
    # every character that was copied maps back to itself
    for op, r0, r1, _ in ops:
        if op == "copy" and r1 > r0:
            c0 = omap.to_raw(0, 0)[0]  # touch the map; positions are checked below
            assert c0 >= 0
            start = next(p.c0 + r0 - p.r0 for p in omap.pieces if p.r0 <= r0 < p.r1)
            assert clean[start:start + r1 - r0] == raw[r0:r1]
            assert omap.to_raw(start, start + r1 - r0) == (r0, r1)
    if clean:
        b = data.draw(st.integers(0, len(clean) - 1))
        e = data.draw(st.integers(b + 1, len(clean)))
        r0, r1 = omap.to_raw(b, e)
        assert 0 <= r0 <= r1 <= len(raw)
        # the raw span covers every raw character behind the clean span
        for piece in omap.pieces:
            if piece.c0 < e and b < piece.c1 and piece.copied:
                lo = piece.r0 + max(b, piece.c0) - piece.c0
                hi = piece.r0 + min(e, piece.c1) - piece.c0
                assert r0 <= lo and hi <= r1
