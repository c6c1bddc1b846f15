"""Fact extraction: one sentence per rule, filters, list splitting, tenure lists, explain."""
from __future__ import annotations

import pytest

from orbat.facts import extract, split_sentences
from orbat.facts.explain import build
from orbat.offsets import OffsetMap, TextBuilder
from orbat.records import Document, Fact
from orbat.refdata import load_reference


@pytest.fixture(scope="module")
def reference():  # type: ignore[no-untyped-def]
    return load_reference()


def doc(text: str, published: str | None = None, key: str = "t.txt") -> Document:
    return Document(key=key, source=key, raw_text=text, clean_text=text, offsets=OffsetMap.identity(len(text)),
                    published=published)


def facts_of(reference, text: str, kind: str | None = None, published: str | None = None) -> list[Fact]:  # type: ignore[no-untyped-def]
    found = extract(doc(text, published), [], reference)
    return [f for f in found if kind is None or f.type == kind]


def test_every_fact_has_evidence(reference) -> None:  # type: ignore[no-untyped-def]
    text = ("Peru signed a deal for 12 Su-30 fighter jets from Russia in 2015. "
            "Chilean Defence Minister Ana Rojas met with Peruvian Foreign Minister Luis Vega in Lima.")
    found = facts_of(reference, text)
    assert found
    for f in found:
        assert f.quote == text[f.quote_begin:f.quote_end]
        assert f.extractor.startswith("orbat.facts.") and f.extractor_version
        assert "_fact" in f.why and 0 < f.confidence <= 1
        assert f.id.startswith("fact-")
        for role, spans in f.role_spans.items():
            assert role in f.roles
            for b, e in spans:
                assert f.quote_begin <= b <= e <= f.quote_end


@pytest.mark.parametrize("sentence,status", [
    ("Peru signed a deal for 12 Su-30 fighter jets from Russia in 2015.", "ordered"),
    ("Nigeria received six A-29 aircraft from the United States in 2021.", "delivered"),
    ("Vietnam is holding talks with India to purchase BrahMos missiles.", "negotiating"),
    ("In 2019, Serbia showed off for the first time the Pantsir-S1 systems acquired from Russia.", "displayed"),
])
def test_transfer_status(reference, sentence: str, status: str) -> None:  # type: ignore[no-untyped-def]
    found = facts_of(reference, sentence, "transfer")
    assert found, sentence
    assert found[0].roles["status"] == status


def test_transfer_roles_and_count(reference) -> None:  # type: ignore[no-untyped-def]
    f = facts_of(reference, "Peru signed a deal for 12 Su-30 fighter jets from Russia in 2015.", "transfer")[0]
    assert f.roles["recipient"] == "Peru" and f.roles["supplier"] == "Russia"
    assert f.roles["item"] == "Su-30" and f.roles["quantity"] == 12 and f.roles["date"] == "2015"
    assert f.roles["item_category"] == "combat aircraft"


@pytest.mark.parametrize("sentence", [
    "Peru did not receive any Su-30 aircraft from Russia.",
    "Kenya denied that it had purchased T-72 tanks from Ukraine.",
    "If approved, Ghana would receive four Z-9 helicopters from China.",
    "Did Bolivia buy K-8 trainers from China?",
    "Egypt plans to purchase 24 Rafale jets from France.",
])
def test_denials_conditionals_plans_questions_give_no_delivery(reference, sentence: str) -> None:  # type: ignore[no-untyped-def]
    found = facts_of(reference, sentence, "transfer")
    assert all(f.roles.get("status") not in ("delivered", "ordered", "agreed") for f in found), found


def test_coordinated_items_one_fact_each_with_their_counts(reference) -> None:  # type: ignore[no-untyped-def]
    text = "Morocco received 36 AH-64E helicopters and 24 F-16V fighters from the United States."
    found = {f.roles["item"]: f for f in facts_of(reference, text, "transfer")}
    assert set(found) == {"AH-64E", "F-16V"}
    assert found["AH-64E"].roles["quantity"] == 36
    assert found["F-16V"].roles["quantity"] == 24
    assert all(f.roles["recipient"] == "Morocco" for f in found.values())


def test_holding_list(reference) -> None:  # type: ignore[no-untyped-def]
    text = "The Kenyan Army has 78 Vickers tanks and 40 armoured personnel carriers."
    found = {f.roles["item"]: f for f in facts_of(reference, text, "holding")}
    assert found["armoured personnel carriers"].roles["quantity"] == 40
    assert found["armoured personnel carriers"].roles["item_category"] == "armoured personnel carrier"


def test_office_title_name(reference) -> None:  # type: ignore[no-untyped-def]
    text = "Chilean Defence Minister Ana Rojas met with Peruvian Foreign Minister Luis Vega in Lima."
    found = {f.roles["person"]: f for f in facts_of(reference, text, "office")}
    assert found["Ana Rojas"].roles["role"] == "Defence Minister"
    assert found["Ana Rojas"].roles["organisation"] == "Chile"
    assert found["Luis Vega"].roles["role"] == "Foreign Minister"
    assert found["Luis Vega"].roles["organisation"] == "Peru"


def test_office_name_comma_title(reference) -> None:  # type: ignore[no-untyped-def]
    found = facts_of(reference, "Maria Lopez, spokeswoman for the National Police, declined to comment.", "office")
    assert found and found[0].roles["person"] == "Maria Lopez" and found[0].roles["role"] == "spokesman"


def test_office_tenure_list(reference) -> None:  # type: ignore[no-untyped-def]
    text = ("Ministers of Defence of Ruritania\n\n"
            "-   General Ivan Petrov (March 3, 1990 – June 1, 1994)\n"
            "-   Oleg Sidorov (_Acting_) (June 1, 1994 – July 9, 1994)\n"
            "-   Colonel General Pavel Orlov (since July 9, 1994)\n")
    found = {f.roles["person"]: f for f in facts_of(reference, text, "office")}
    assert found["Ivan Petrov"].roles == {"person": "Ivan Petrov", "role": "Defence Minister",
                                          "start": "1990-03-03", "end": "1994-06-01"}
    assert found["Oleg Sidorov"].roles["role"] == "Acting Defence Minister"
    assert found["Pavel Orlov"].roles["start"] == "1994-07-09" and "end" not in found["Pavel Orlov"].roles


def test_budget_keeps_who_claims_it(reference) -> None:  # type: ignore[no-untyped-def]
    text = ("According to SIPRI, the military expenditure of Chile for 2020 was $5.2 billion, "
            "however according to the IISS only $4.9 billion was spent in that year.")
    found = sorted(facts_of(reference, text, "budget"), key=lambda f: f.roles["amount"]["amount"])
    assert [f.roles["according_to"] for f in found] == ["IISS", "SIPRI"]
    assert all(f.roles["country"] == "Chile" and f.roles["year"] == "2020" for f in found)
    assert found[1].roles["amount"] == {"amount": 5_200_000_000, "currency": "USD"}


def test_strength(reference) -> None:  # type: ignore[no-untyped-def]
    found = facts_of(reference, "Some 12,000 men serve in the navy.", "strength")
    assert found[0].roles["personnel"] == 12000 and found[0].roles["qualifier"] == "about"
    assert found[0].roles["force"] == "Navy"


def test_casualties_with_qualifier(reference) -> None:  # type: ignore[no-untyped-def]
    found = facts_of(reference, "At least 31 Malian soldiers were killed in 2019.", "casualties")
    assert found[0].roles == {"force": "Malian Armed Forces", "period": "2019", "killed": 31, "qualifier": "at least"}


def test_incident_with_counts(reference) -> None:  # type: ignore[no-untyped-def]
    text = "An explosion hit an army depot in the Kidal region on 3 May 2021, killing four soldiers and wounding nine."
    f = facts_of(reference, text, "incident")[0]
    assert f.roles["kind"] == "explosion" and f.roles["location"] == "Kidal region"
    assert f.roles["date"] == "2021-05-03" and f.roles["killed"] == 4 and f.roles["injured"] == 9


def test_meeting_and_relative_date(reference) -> None:  # type: ignore[no-untyped-def]
    text = "Chilean Defence Minister Ana Rojas met with Peruvian Foreign Minister Luis Vega in Lima on Tuesday."
    f = facts_of(reference, text, "meeting", published="2024-03-07")[0]
    assert f.roles["participants"] == ["Ana Rojas", "Luis Vega"]
    assert f.roles["date"] == "2024-03-05"
    assert not facts_of(reference, text, "meeting")[0].roles.get("date")  # no publication date, no date


def test_agreement_parties(reference) -> None:  # type: ignore[no-untyped-def]
    f = facts_of(reference, "In March 2018, Chile and Peru signed a memorandum on defence cooperation.", "agreement")[0]
    assert set(f.roles["parties"]) == {"Chile", "Peru"} and f.roles["date"] == "2018-03"


def test_raw_offsets_through_cleaning(reference) -> None:  # type: ignore[no-untyped-def]
    raw = "Peru\u00a0signed a deal for 12 Su-30 fighter jets from Russia.[[junk]]"
    builder = TextBuilder()
    builder.copy(raw, 0, 4)
    builder.replace(" ", 4, 5)
    builder.copy(raw, 5, raw.index("[[junk]]"))
    clean, offsets = builder.build(len(raw))
    d = Document(key="c.txt", source="c.txt", raw_text=raw, clean_text=clean, offsets=offsets)
    f = next(f for f in extract(d, [], reference) if f.type == "transfer")
    b, e = f.role_spans["item"][0]
    assert raw[b:e] == "Su-30" and f.quote == raw[f.quote_begin:f.quote_end]


def test_never_crashes_on_odd_text(reference) -> None:  # type: ignore[no-untyped-def]
    for text in ["", "   ", "((((", "signed a deal for", "\n\n- (since) \n", "$$$ 1,2,3 bn ?" * 50, "é" * 1000]:
        extract(doc(text), [], reference)


def test_sentences() -> None:
    text = "Gen. Smith arrived.[3] He met the U.S. envoy. Done"
    spans = split_sentences(text)
    assert [text[b:e] for b, e in spans][-1] == "Done"
    assert len(spans) == 3


def test_explain_marks_roles(reference) -> None:  # type: ignore[no-untyped-def]
    text = "Before that. Peru signed a deal for 12 Su-30 fighter jets from Russia in 2015. After that."
    f = facts_of(reference, text, "transfer")[0]
    explanation = build(f, text)
    rendered = explanation.to_text()
    assert "[Su-30: item]" in rendered and "[Russia: supplier]" in rendered and "⟦" in rendered
    assert "count-before-item" in rendered  # the why of the quantity
    rows = {r.role: r for r in explanation.rows}
    assert rows["quantity"].texts == ["12"]


def test_counterpart_holds_the_same_post(reference) -> None:  # type: ignore[no-untyped-def]
    text = "Chilean Defence Minister Ana Rojas received her Peruvian counterpart, General Luis Vega, in Santiago."
    found = {f.roles["person"]: f for f in facts_of(reference, text, "office")}
    assert found["Luis Vega"].roles["role"] == "Defence Minister"
    assert found["Luis Vega"].roles["organisation"] == "Peru"


def test_plural_title_list_with_tenures(reference) -> None:  # type: ignore[no-untyped-def]
    text = "Commanders of the Fleet were Adm. Juan Soto (March 2001 – 4 May 2004) and Adm. Pedro Gil (4 May 2004 – 2009)."
    found = {f.roles["person"]: f for f in facts_of(reference, text, "office")}
    assert found["Juan Soto"].roles["start"] == "2001-03" and found["Juan Soto"].roles["end"] == "2004-05-04"
    assert found["Pedro Gil"].roles["role"] == "Commander"


def test_coproduction_agreement_is_an_agreed_transfer(reference) -> None:  # type: ignore[no-untyped-def]
    text = "In 2015 an agreement with Brazil was signed which would lead to Chile producing armoured personnel carriers."
    kinds = {f.type: f for f in facts_of(reference, text)}
    assert kinds["agreement"].roles["parties"] == ["Brazil"]
    t = kinds["transfer"]
    assert (t.roles["supplier"], t.roles["recipient"], t.roles["status"]) == ("Brazil", "Chile", "agreed")
    assert t.roles["item_category"] == "armoured personnel carrier" and t.roles["date"] == "2015"


def test_each_coordinated_recipient_gets_a_transfer(reference) -> None:  # type: ignore[no-untyped-def]
    text = "Observers claim that Chinese firms were supplying Sudanese and Chadian forces with weapons."
    found = facts_of(reference, text, "transfer")
    assert {f.roles["recipient"] for f in found} == {"Sudan", "Chad"}
    assert all(f.roles["supplier"] == "China" and f.roles["status"] == "reported" for f in found)


def test_export_approval_is_an_offer(reference) -> None:  # type: ignore[no-untyped-def]
    text = "The U.S. State Department has approved a possible sale of 8 F-16 Block 70 jets to Jordan."
    f = facts_of(reference, text, "transfer")[0]
    assert (f.roles["supplier"], f.roles["recipient"], f.roles["status"]) == ("United States", "Jordan", "offered")
    assert f.roles["quantity"] == 8


def test_agreements_listed_under_an_introducing_sentence(reference) -> None:  # type: ignore[no-untyped-def]
    text = ("Since 2001 Chile and Peru have signed 40 defence protocols, the main protocols include:\n\n"
            "-   Joint naval exercises in the Pacific\n"
            "-   Exchange of cadets between academies\n\n"
            "Other news follows here.\n")
    found = facts_of(reference, text, "agreement")
    subjects = {f.roles.get("subject") for f in found}
    assert {"Joint naval exercises in the Pacific", "Exchange of cadets between academies"} <= subjects
    assert all(set(f.roles["parties"]) == {"Chile", "Peru"} for f in found)


def test_inventory_with_counted_class_names(reference) -> None:  # type: ignore[no-untyped-def]
    text = "The Navy is also attributed with 5 landing craft, 3 Foxtrot and 2 Kilo (IISS 2019)."
    found = {f.roles["item"]: f for f in facts_of(reference, text, "holding")}
    assert found["Foxtrot"].roles["quantity"] == 3 and found["Kilo"].roles["quantity"] == 2
    assert found["landing craft"].roles["as_of"] == "2019"


def test_bare_month_resolves_against_publication(reference) -> None:  # type: ignore[no-untyped-def]
    text = "Brazil's Army took delivery of the first two Centauro II tank destroyers from Italy in November."
    f = facts_of(reference, text, "transfer", published="2024-06-14")[0]
    assert f.roles["date"] == "2023-11" and f.roles["item"] == "Centauro II"
    assert "date" not in facts_of(reference, text, "transfer")[0].roles


@pytest.mark.parametrize("sentence", [
    "The senator died of a heart attack in Boston on Monday.",
    "The opposition attacked the government's plan in Parliament on Friday.",
    "Drone attacks on Kyiv and other cities have continued for months.",
])
def test_no_incident_from_figurative_or_generic_attacks(reference, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert not facts_of(reference, sentence, "incident", published="2024-01-10")


def test_commissioning_is_in_service_with_builder_as_supplier(reference) -> None:  # type: ignore[no-untyped-def]
    f = facts_of(reference, "The Indonesian Navy commissioned two frigates built by Babcock on Tuesday.", "transfer")[0]
    assert (f.roles["status"], f.roles["supplier"], f.roles["recipient"], f.roles["quantity"]) == (
        "in_service", "Babcock", "Indonesia", 2)


@pytest.mark.parametrize("sentence,force,personnel", [
    ("As of May 2015, 120 peacekeepers were deployed with the UN mission in Mali.", "Peacekeepers", 120),
    ("The Chilean engineering unit sent to Haiti consisted of 10 officers and 90 privates, a total of 100 troops.",
     "Engineering Unit", 100),
    ("In addition, there are 150,000 former service personnel in the reserve.", "Former Service Personnel", 150000),
])
def test_strength_shapes(reference, sentence: str, force: str, personnel: int) -> None:  # type: ignore[no-untyped-def]
    found = facts_of(reference, sentence, "strength")
    assert [(f.roles["force"], f.roles["personnel"]) for f in found] == [(force, personnel)]


def test_future_delivery_is_agreed_not_delivered(reference) -> None:  # type: ignore[no-untyped-def]
    f = facts_of(reference, "Romania will receive 54 Abrams tanks from the United States.", "transfer")[0]
    assert f.roles["status"] == "agreed" and f.roles["item"] == "Abrams" and f.roles["quantity"] == 54


def test_state_organ_acts_for_its_state_and_acronyms_expand(reference) -> None:  # type: ignore[no-untyped-def]
    text = "The Ministry of Defence of Peru signed a contract with IAI for 4 Heron drones."
    f = facts_of(reference, text, "transfer")[0]
    assert f.roles["recipient"] == "Peru" and f.roles["supplier"] == "Israel Aerospace Industries"
    assert f.roles["status"] == "ordered" and f.roles["quantity"] == 4


def test_source_and_owner_are_not_parties(reference) -> None:  # type: ignore[no-untyped-def]
    text = "Morocco has ordered 24 Caesar self-propelled howitzers from France's Nexter, according to Defense News."
    f = facts_of(reference, text, "transfer")[0]
    assert (f.roles["recipient"], f.roles["supplier"], f.roles["item"]) == ("Morocco", "Nexter", "Caesar")
    assert f.roles["item_category"] == "self-propelled artillery"


def test_variant_designations_and_priced_contracts(reference) -> None:  # type: ignore[no-untyped-def]
    f = facts_of(reference, "Ukraine received the first Leopard 2A6 tanks from Germany on March 27, 2023.", "transfer")[0]
    assert f.roles["item"] == "Leopard 2A6" and f.roles["date"] == "2023-03-27"
    f = facts_of(reference, "In 2022 the Philippines signed a $375 million contract with India for BrahMos missiles.",
                 "transfer")[0]
    assert (f.roles["status"], f.roles["item"], f.roles["supplier"]) == ("ordered", "BrahMos", "India")
    assert f.roles["value"] == {"amount": 375_000_000, "currency": "USD"}


def test_the_month_may_is_not_a_modal(reference) -> None:  # type: ignore[no-untyped-def]
    ordered = facts_of(reference, "In May 2023 Kenya ordered six Bayraktar TB2 drones from Baykar.", "transfer")
    assert [(f.roles["status"], f.roles.get("quantity"), f.roles.get("date")) for f in ordered] == \
        [("ordered", 6, "2023-05")]
    # The modal still holds back a transfer that may happen.
    assert not facts_of(reference, "Kenya may order six Bayraktar TB2 drones from Baykar.", "transfer")


def test_a_pitch_to_a_buyer_is_an_offer(reference) -> None:  # type: ignore[no-untyped-def]
    found = facts_of(reference, "Hanwha Aerospace pitched the K9 howitzer to Norway in March, a company "
                                "spokesman said.", "transfer", published="2025-05-20")
    assert [(f.roles["status"], f.roles.get("supplier"), f.roles.get("recipient"), f.roles.get("item"))
            for f in found] == [("offered", "Hanwha Aerospace", "Norway", "K9")]
    assert not facts_of(reference, "Government troops fought a pitched battle to retake the town.", "transfer")
