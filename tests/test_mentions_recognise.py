"""The recogniser on sentences written for these tests, offsets into raw text, storage and the CLI."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from orbat.mentions import recognise
from orbat.offsets import OffsetMap, TextBuilder
from orbat.records import Document
from orbat.refdata import load_reference


@pytest.fixture(scope="module")
def reference():
    return load_reference()


def _doc(text: str, published: str | None = None) -> Document:
    return Document(key="k", source="test", raw_text=text, clean_text=text, offsets=OffsetMap.identity(len(text)),
                    published=published)


def _found(text: str, reference, published: str | None = None) -> dict[str, str]:
    return {m.text: m.type for m in recognise(_doc(text, published), reference)}


def test_types_on_a_defence_sentence(reference):
    text = ("On Tuesday, Defence Minister Ivo Marrow said the regime had lost at least 59 tanks "
            "and a T-14 Armata near Kharkiv, Ukraine, and that Estonia paid $2.5 million for 300 mortars.")
    found = _found(text, reference, "2023-10-04")
    assert found["Tuesday"] == "Temporal"
    assert found["Defence Minister Ivo Marrow"] == "Person"
    assert found["the regime"] == "Organisation"
    assert found["59"] == "Quantity"  # re3d spans leave the qualifier out; the value keeps it
    assert found["tanks"] == "MilitaryPlatform"
    assert found["$2.5 million"] == "Money"
    assert found["mortars"] == "Weapon"
    assert any(t == "MilitaryPlatform" and "T-14" in s for s, t in found.items())


def test_quantity_value_keeps_the_qualifier(reference):
    ms = recognise(_doc("The brigade lost at least 59 tanks."), reference)
    q = next(m for m in ms if m.type == "Quantity")
    assert q.text == "59" and q.value == {"value": 59, "qualifier": "at least"}


def test_values_and_links(reference):
    text = "Last week the Turkish navy bought 12 helicopters for US$6.5 billion from Italy."
    ms = {m.text: m for m in recognise(_doc(text, "2023-10-04"), reference)}
    assert ms["Last week"].value["iso"] == "2023-W39"
    assert ms["US$6.5 billion"].value == {"amount": 6_500_000_000.0, "currency": "USD"}
    assert ms["12"].value["value"] == 12
    italy = next(m for m in ms.values() if m.text == "Italy")
    assert italy.link == "country:IT"


def test_unknown_systems_from_shape_and_context(reference):
    text = ("The army showed the Zorvak self-propelled howitzer, two Kestrel-class frigates "
            "and the new RX-90M drone.")
    found = _found(text, reference)
    assert any("Zorvak self-propelled howitzer" in s for s in found)
    assert any("Kestrel-class frigates" in s and t == "MilitaryPlatform" for s, t in found.items())
    assert any("RX-90M" in s for s in found)


def test_comms_urls_and_document_references(reference):
    text = ("Call 555-201-3344 or write to press@example.org, follow @DefenceDesk, see "
            "https://example.org/report and UN Security Council Resolution 2401 on 121.5 MHz.")
    found = _found(text, reference)
    assert found["555-201-3344"] == "CommsIdentifier"
    assert found["press@example.org"] == "CommsIdentifier"
    assert found["@DefenceDesk"] == "CommsIdentifier"
    assert found["https://example.org/report"] == "Url"
    assert found["121.5 MHz"] == "Frequency"
    assert any(t == "DocumentReference" and "Resolution 2401" in s for s, t in found.items())


def test_mentions_do_not_overlap(reference):
    text = "U.S. Central Command said Coalition aircraft struck 14 ISIL tactical units near Mosul, Iraq."
    ms = recognise(_doc(text), reference)
    for a, b in zip(ms, ms[1:]):
        assert a.end <= b.begin


def test_offsets_map_to_raw_text_when_clean_text_differs(reference):
    raw = "Gen.\u00a0Karl Brenner[12] said 40\u00a0tanks reached Poland."
    builder = TextBuilder()
    builder.copy(raw, 0, 4)
    builder.replace(" ", 4, 5)  # NBSP -> space
    start = raw.index("[12]")
    builder.copy(raw, 5, start)
    builder.replace("", start, start + 4)  # the citation marker is removed
    nbsp = raw.index("\u00a0", start)
    builder.copy(raw, start + 4, nbsp)
    builder.replace(" ", nbsp, nbsp + 1)
    builder.copy(raw, nbsp + 1, len(raw))
    clean, offsets = builder.build(len(raw))
    assert clean == "Gen. Karl Brenner said 40 tanks reached Poland."
    doc = Document(key="k", source="t", raw_text=raw, clean_text=clean, offsets=offsets)
    ms = recognise(doc, reference)
    by_type = {m.type: m for m in ms}
    for m in ms:
        assert m.text == raw[m.begin:m.end]
        assert clean[m.cbegin:m.cend] == " ".join(m.text.replace("[12]", "").split()) or m.cend - m.cbegin <= len(m.text)
    assert by_type["Location"].text == "Poland"
    tanks = next(m for m in ms if m.type == "MilitaryPlatform")
    assert raw[tanks.begin:tanks.end] == "tanks"
    forty = next(m for m in ms if m.type == "Quantity")
    assert raw[forty.begin:forty.end] == "40"
    person = by_type["Person"]
    assert person.text.startswith("Gen.\u00a0Karl Brenner")


def test_ingest_stores_mentions_and_cli_prints_prediction_format(tmp_path):
    from orbat.cli import cli
    from orbat.kb import KnowledgeBase

    records = tmp_path / "docs.jsonl"
    records.write_text(json.dumps({"id": "doc-1", "text": "Coalition aircraft struck 3 ISIL tanks near Raqqa, "
                                   "Syria, on Jan. 5, 2017, Col. Jane Roe said."}) + "\n", encoding="utf-8")
    db = tmp_path / "kb.db"
    with KnowledgeBase(db) as kb:
        kb.ingest([str(records)])
        stored = dict(kb.mentions())
    assert stored, "ingest stored no document"
    key = next(iter(stored))
    assert any(m.type == "Temporal" and m.value["iso"] == "2017-01-05" for m in stored[key])
    result = CliRunner().invoke(cli, ["mentions", "--kb", str(db), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    line = json.loads(result.output.splitlines()[0])
    assert set(line) == {"id", "entities"}
    assert line["id"] == key
    entity = line["entities"][0]
    assert set(entity) == {"begin", "end", "type", "text", "value", "link"}
    text = "Coalition aircraft struck 3 ISIL tanks near Raqqa, Syria, on Jan. 5, 2017, Col. Jane Roe said."
    assert all(text[e["begin"]:e["end"]] == e["text"] for e in line["entities"])
    shown = CliRunner().invoke(cli, ["show", key, "--kb", str(db)])
    assert shown.exit_code == 0 and "Jane Roe" in shown.output


def test_catalogue_systems_take_their_class_phrase(reference):
    text = ("The navy fired Kalibr cruise missiles while Leopard 2A6 tanks and Su-25 jets moved east; "
            "the Kestrel MRAP and an Arleigh Burke-class destroyer, USS Carney (DDG 64), were seen.")
    found = _found(text, reference)
    assert found.get("Kalibr cruise missiles") == "Weapon"
    assert found.get("Leopard 2A6 tanks") == "MilitaryPlatform"
    assert found.get("Su-25 jets") == "MilitaryPlatform"
    assert found.get("the Kestrel MRAP") == "MilitaryPlatform"
    assert found.get("USS Carney") == "MilitaryPlatform"


def test_country_as_place_or_actor(reference):
    found = _found("Poland sent troops to Lithuania and Latvia.", reference)
    assert found["Poland"] == "Organisation"  # acting
    assert found["Lithuania"] == "Location" and found["Latvia"] == "Location"  # places


def test_people_by_title_surname_and_pronoun(reference):
    text = ("Lt. Gen. Anna Keller met Foreign Minister Juri Tamm in Tallinn. Keller said the "
            "talks went well. \"We are ready,\" she said.")
    found = _found(text, reference)
    assert found["Lt. Gen. Anna Keller"] == "Person"
    assert found["Foreign Minister Juri Tamm"] == "Person"
    assert found["Keller"] == "Person"
    assert found["We"] == "Organisation"
    assert found["Tallinn"] == "Location"


def test_any_text_gives_valid_non_overlapping_spans(reference):
    from hypothesis import given, settings, strategies as st

    alphabet = st.sampled_from(list("abcXYZ ,.-'’$€0123456789\n\u00a0") +
                               ["the ", "Gen. ", "U.S. ", "Syria ", "tanks ", "$5 million ", "Jan. 5, 2017 ",
                                "at least 40 ", "Su-25 ", "USS Hope ", "said Roe. ", "We "])

    @settings(max_examples=60, deadline=None)
    @given(st.lists(alphabet, max_size=60).map("".join))
    def check(text):
        ms = recognise(_doc(text), reference)
        last = 0
        for m in ms:
            assert 0 <= m.begin < m.end <= len(text)
            assert m.begin >= last
            assert m.text == text[m.begin:m.end]
            last = m.end

    check()
