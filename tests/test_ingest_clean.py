"""Cleaning rules on our own text, and the offset map property (hypothesis)."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st

from orbat.ingest.clean import clean
from orbat.ingest.metadata import apply_metadata
from orbat.records import Document


def _clean(text: str, **meta) -> Document:
    doc = Document(key="t.txt", source="t.txt", raw_text=text, meta=dict(meta))
    clean(doc)
    apply_metadata(doc)
    return doc


def test_teaser_tail_glued_to_word_is_removed_and_marked():
    doc = _clean("The museum opened a wing on ferries and theRead more")
    assert doc.clean_text == "The museum opened a wing on ferries and the"
    assert doc.truncated


def test_wiki_leftovers():
    text = ("The HARBOUR GUARD OF NORTHPORT () was formed in 1950.[1] It has _three_ boats.[2][3]\n\n"
            "Old pier in 1960.]] The guard moved to the new pier.\n\n"
            "The guard trains with divers[7] Each diver swims daily.\n")
    doc = _clean(text)
    assert doc.clean_text.startswith("The Harbour Guard of Northport was formed in 1950. It has three boats.")
    assert "]]" not in doc.clean_text and "Old pier" not in doc.clean_text
    assert "divers. Each diver" in doc.clean_text
    assert doc.title == "Harbour Guard of Northport"


def test_sections_footnotes_and_templates():
    text = ("Body sentence about the harbour guard.[1]\n\nSee also\n\n-   Coast guard\n-   Lighthouses\n\n"
            "References\n\n-   -\n\nExternal links\n\n-   Official site\n\nHarbour_guard Category:Coast guards\n\n"
            "[1]\n\n[2]  and\n\n[3] Annual Review 2001, p. 4\n\n"
            "[4] The review lists 12 patrol boats and 3 tugs in service with the guard\n\n"
            "[5] Title|last=|first=|access-date=2020-01-01|df=dmy-all}}\n")
    doc = _clean(text)
    clean_text = doc.clean_text
    for gone in ("See also", "Lighthouses", "References", "Official site", "Category:", "[2]", "Annual Review",
                 "access-date", "}}"):
        assert gone not in clean_text, gone
    assert "[4] The review lists 12 patrol boats and 3 tugs in service with the guard" in clean_text


def test_widgets_captions_credits_bios_and_other_scripts():
    text = ("Harbour gets new boats\n\nlogo-share.png\n\n9f86d081884c7d659a2feaa0c55ad015a3bf4f1b\n\n"
            "The authority ordered boats, officials said.\n\n2 View gallery\n\nBoatBoat\n\nA boat at sea.\n\n"
            "(Harbour Authority)\n\nThe boats arrive in spring.\n\nPrint\n\n!\n\n"
            "A crane lifts a hull onto the quay\n\nA crane lifts a hull onto the quay\n\n"
            "This article is available in Deutsch and Français\n\n"
            "Our weekly digest gives you all the latest harbour news. To subscribe, click here.\n\n"
            "Reporting by Ann Example; Editing by Bo Example\n\n"
            "Наши принципы: доверие\n\n"
            "Senior correspondent covering ports. Covered shipping for ten years, with postings in Oslo.\n\n###\n")
    doc = _clean(text)
    for gone in ("logo-share.png", "9f86d08", "View gallery", "BoatBoat", "A boat at sea", "Print", "!",
                 "crane", "available in", "click here", "Reporting by", "Наши", "Senior correspondent", "###"):
        assert gone not in doc.clean_text, gone
    assert "The authority ordered boats, officials said." in doc.clean_text
    assert "The boats arrive in spring." in doc.clean_text


def test_datelines_move_to_metadata():
    doc = _clean("SOURCE: Valley Post 3 March 2021 The council met on Tuesday.")
    assert doc.clean_text == "The council met on Tuesday."
    assert doc.published == "2021-03-03" and doc.outlet == "Valley Post"
    photo = "A ferry in port, May 30, 2022. Jo Example/Handout via REUTERS Acquire Licensing Rights\n\n"
    doc = _clean(photo + "June 2 (Reuters) - The ferry sailed.")
    assert doc.clean_text == "The ferry sailed." and doc.published == "2022-06-02"
    doc = _clean("June 2 (Reuters) - The ferry sailed.")
    assert doc.published is None and doc.meta["dateline"]["month"] == 6


def test_nbsp_and_leading_space():
    doc = _clean("\u00a0 The\u00a0guard  sailed.\u00a0\nNext line.")
    assert doc.clean_text == "The guard sailed.\nNext line."


def test_fact_bearing_text_is_kept():
    text = "In May 2011 the yard signed a protocol for 12 boats (about $4 million)."
    assert _clean(text).clean_text == text


_ALPHABET = st.sampled_from(list("ab c.\n\u00a0_[]()|}{1#") + ["Read more", "[12]", "]]", "_x_", "()",
                                                              "View gallery", "See also\n\n- x\n", "\n\n"])


@settings(max_examples=150, deadline=None)
@given(st.lists(_ALPHABET, max_size=60).map("".join), st.data())
def test_offsets_take_any_clean_span_to_raw(raw, data):
    doc = _clean(raw)
    clean_text, offsets = doc.clean_text, doc.offsets
    n = len(clean_text)
    begin = data.draw(st.integers(0, n))
    end = data.draw(st.integers(begin, n))
    r0, r1 = offsets.to_raw(begin, end)
    assert 0 <= r0 <= r1 <= len(raw)
    # Every copied character maps onto itself; replaced ones onto their raw run.
    for piece in offsets.pieces:
        lo, hi = max(begin, piece.c0), min(end, piece.c1)
        if lo >= hi:
            continue
        if piece.copied:
            raw_lo = piece.r0 + lo - piece.c0
            segment = raw[raw_lo:raw_lo + hi - lo]
            assert all(a == b or (a == "\u00a0" and b == " ") or a.lower() == b.lower()
                       for a, b in zip(segment, clean_text[lo:hi])), (segment, clean_text[lo:hi])
            assert r0 <= raw_lo and raw_lo + hi - lo <= r1
        else:
            assert r0 <= piece.r0 and piece.r1 <= r1
    if begin < end:
        first = offsets.pieces[offsets._piece_at(begin)]
        if first.copied and first.r1 - first.r0 == first.c1 - first.c0 and clean_text[begin] != " ":
            assert raw[r0] == clean_text[begin]


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=200))
def test_clean_never_fails_and_maps_within_raw(raw):
    doc = _clean(raw)
    for piece in doc.offsets.pieces:
        assert 0 <= piece.r0 <= piece.r1 <= len(raw)
        if piece.copied:
            segment = raw[piece.r0:piece.r1]
            cleaned = doc.clean_text[piece.c0:piece.c1]
            assert all(a == b or (b == " " and a.isspace()) or a.lower() == b.lower()
                       for a, b in zip(segment, cleaned)), (segment, cleaned)
