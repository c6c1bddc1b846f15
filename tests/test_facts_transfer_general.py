"""Transfers and agreements as news from any country writes them: buyers named by capital or state
organ, company suppliers, several clauses per sentence, statuses and currencies beyond the seeds."""
from __future__ import annotations

import pytest

from orbat.facts import extract
from orbat.mentions.money import parse_money
from orbat.offsets import OffsetMap
from orbat.records import Document, Fact
from orbat.refdata import load_reference


@pytest.fixture(scope="module")
def reference():  # type: ignore[no-untyped-def]
    return load_reference()


def facts_of(reference, text: str, kind: str, published: str = "2025-03-05") -> list[Fact]:  # type: ignore[no-untyped-def]
    doc = Document(key="n.txt", source="n.txt", raw_text=text, clean_text=text, offsets=OffsetMap.identity(len(text)),
                   published=published)
    from orbat.mentions import recognise

    return [f for f in extract(doc, recognise(doc, reference), reference) if f.type == kind]


def one(reference, text: str) -> dict:  # type: ignore[no-untyped-def]
    found = facts_of(reference, text, "transfer")
    assert len(found) == 1, [f.roles for f in found]
    return found[0].roles


@pytest.mark.parametrize("text,amount,currency", [
    ("Rs 2,906 crore", 29_060_000_000, "INR"),
    ("Rs. 45 lakh", 4_500_000, "INR"),
    ("4.3 billion reais", 4_300_000_000, "BRL"),
    ("R$ 4.3 billion", 4_300_000_000, "BRL"),
    ("KRW 1.2 trillion", 1_200_000_000_000, "KRW"),
    ("RM4.08 billion", 4_080_000_000, "MYR"),
    ("Rp 1.5 trillion", 1_500_000_000_000, "IDR"),
])
def test_money_in_more_currencies(text: str, amount: int, currency: str) -> None:
    found = parse_money(text)
    assert found is not None and found["currency"] == currency
    assert abs(found["amount"] - amount) < 1


def test_capital_as_buyer(reference) -> None:  # type: ignore[no-untyped-def]
    roles = one(reference, "Jakarta signed a contract for 42 Rafale fighters worth $8.1 billion in February.")
    assert roles["recipient"] == "Indonesia" and roles["item"] == "Rafale" and roles["status"] == "ordered"
    assert roles["quantity"] == 42 and roles["value"] == {"amount": 8_100_000_000, "currency": "USD"}


def test_state_organ_with_possessive_is_the_state(reference) -> None:  # type: ignore[no-untyped-def]
    text = ("Vietnam’s Ministry of National Defence signed a contract on Tuesday with Rosoboronexport "
            "for 12 Mi-17V-5 helicopters worth $210 million.")
    roles = one(reference, text)
    assert roles["recipient"] == "Vietnam" and roles["supplier"] == "Rosoboronexport"
    agreements = facts_of(reference, text, "agreement")
    assert agreements and set(agreements[0].roles["parties"]) == {"Vietnam", "Rosoboronexport"}


def test_company_supplier_with_contract_and_value_in_won(reference) -> None:  # type: ignore[no-untyped-def]
    roles = one(reference, "Poland signed a contract with Hyundai Rotem for 180 K2 tanks worth KRW 1.2 trillion.")
    assert roles["supplier"] == "Hyundai Rotem" and roles["recipient"] == "Poland" and roles["item"] == "K2"
    assert roles["value"]["currency"] == "KRW"


def test_maker_built_is_the_supplier_and_arrival_place_the_recipient(reference) -> None:  # type: ignore[no-untyped-def]
    roles = one(reference, "The first two Baykar-built TB2 drones arrived in Kyiv last week.")
    assert roles["supplier"] == "Baykar" and roles["recipient"] == "Ukraine" and roles["status"] == "delivered"
    assert roles["quantity"] == 2


@pytest.mark.parametrize("sentence,status", [
    ("Turkey was offered 40 F-16 jets by the United States.", "offered"),
    ("Greece received a letter of offer from the US for 20 F-35 jets.", "offered"),
    ("Egypt has reportedly ordered 24 Su-35 fighters from Russia.", "reported"),
    ("Romania cancelled its order for 54 K9 howitzers.", "cancelled"),
    ("In 2024 Serbia signed for 12 Rafale fighters from France.", "ordered"),
])
def test_more_statuses(reference, sentence: str, status: str) -> None:  # type: ignore[no-untyped-def]
    assert one(reference, sentence)["status"] == status


def test_denied_report_is_not_a_transfer(reference) -> None:  # type: ignore[no-untyped-def]
    text = "The ministry denied reports in Azerbaijani media that Armenia had also received BrahMos cruise missiles from India."
    assert facts_of(reference, text, "transfer") == []


def test_named_variant_before_class_noun(reference) -> None:  # type: ignore[no-untyped-def]
    assert one(reference, "The Brazilian government has ordered 36 Gripen E fighters from Saab.")["item"] == "Gripen E"
    roles = one(reference, "Armenia has received the first batch of Swathi weapon-locating radars from Bharat Electronics.")
    assert roles["item"] == "Swathi" and roles["supplier"] == "Bharat Electronics"


def test_two_clauses_two_statuses(reference) -> None:  # type: ignore[no-untyped-def]
    text = ("France has delivered the first three of the Ground Master 200 air surveillance radars Armenia ordered "
            "from Thales in 2023, the Armenian Defence Ministry said on Friday.")
    found = {f.roles["status"]: f.roles for f in facts_of(reference, text, "transfer")}
    assert set(found) == {"delivered", "ordered"}
    assert found["delivered"]["supplier"] == "France" and found["delivered"]["quantity"] == 3
    assert "date" not in found["delivered"]
    assert found["ordered"]["supplier"] == "Thales" and found["ordered"]["date"] == "2023"
    assert all(r["recipient"] == "Armenia" and r["item"] == "Ground Master 200" for r in found.values())


def test_unnamed_ministry_is_the_document_state(reference) -> None:  # type: ignore[no-untyped-def]
    text = ("India is modernising its air defences. India needs new sensors. "
            "The Defence Ministry signed a Rs 2,906 crore contract with Bharat Electronics for the Lanza-N radar.")
    roles = one(reference, text)
    assert roles["recipient"] == "India" and roles["item"] == "Lanza-N" and roles["supplier"] == "Bharat Electronics"
    assert roles["value"] == {"amount": 29_060_000_000, "currency": "INR"}


def test_awarded_contract(reference) -> None:  # type: ignore[no-untyped-def]
    text = "Rheinmetall won a contract from the Hungarian Ministry of Defence for 218 Lynx infantry fighting vehicles."
    roles = one(reference, text)
    assert roles["supplier"] == "Rheinmetall" and roles["recipient"] == "Hungary" and roles["status"] == "ordered"
    agreements = facts_of(reference, text, "agreement")
    assert agreements and set(agreements[0].roles["parties"]) == {"Hungary", "Rheinmetall"}


def test_agreement_between_officials_states(reference) -> None:  # type: ignore[no-untyped-def]
    text = ("Serbian Defence Minister Dragan Maric and his Hungarian counterpart, Gabor Szentes, signed a memorandum "
            "of understanding on joint air defence training in Belgrade on Wednesday.")
    found = facts_of(reference, text, "agreement")
    assert found and found[0].roles["parties"] == ["Serbia", "Hungary"] and found[0].roles.get("place") == "Belgrade"
    text = ("Armenian Defence Minister Davit Sahakyan met Indian Minister of State for Defence Anil Verma in New Delhi "
            "on 12 March 2024, and the two signed a memorandum of understanding on defence cooperation.")
    found = facts_of(reference, text, "agreement")
    assert found and set(found[0].roles["parties"]) == {"Armenia", "India"}


def test_agreement_with_a_states_company(reference) -> None:  # type: ignore[no-untyped-def]
    text = "Armenia has signed a contract with India’s Bharat Dynamics Limited for four Akash air defence batteries."
    found = facts_of(reference, text, "agreement")
    assert found and found[0].roles["parties"] == ["Armenia", "Bharat Dynamics Limited"]
    roles = one(reference, text)
    assert roles["item"] == "Akash" and roles["item_category"] == "air defence system" and roles["quantity"] == 4


@pytest.mark.parametrize("sentence,expected", [
    ("India delivered the first two of four Akash air defence batteries to Armenia last month.",
     {"recipient": "Armenia", "supplier": "India", "item": "Akash", "quantity": 2, "status": "delivered"}),
    ("Indonesia is in advanced talks with Turkey to buy 48 KAAN fighters.",
     {"recipient": "Indonesia", "supplier": "Turkey", "status": "negotiating", "quantity": 48}),
    ("Thailand's cabinet approved the purchase of 12 Gripen E fighters from Sweden.",
     {"recipient": "Thailand", "supplier": "Sweden", "item": "Gripen E", "status": "agreed"}),
    ("South Korea's Hanwha Ocean will build three submarines for Poland.",
     {"recipient": "Poland", "supplier": "Hanwha Ocean", "status": "agreed", "quantity": 3}),
    ("Deliveries of the 36 Rafale jets to India were completed in 2022.",
     {"recipient": "India", "item": "Rafale", "status": "delivered", "date": "2022"}),
    ("The Netherlands will donate 18 F-16 jets to Ukraine.",
     {"recipient": "Ukraine", "supplier": "Netherlands", "status": "agreed", "quantity": 18}),
    ("Poland bought HIMARS launchers from the United States.",
     {"recipient": "Poland", "supplier": "United States", "item": "HIMARS"}),
])
def test_news_phrasings(reference, sentence: str, expected: dict) -> None:  # type: ignore[no-untyped-def]
    roles = one(reference, sentence)
    assert {k: roles.get(k) for k in expected} == expected


def test_demonym_describing_equipment_is_not_the_buyer(reference) -> None:  # type: ignore[no-untyped-def]
    text = ("The ministry said Serbia’s only Chinese surface-to-air systems were the FK-3 batteries delivered in 2022 "
            "and a second batch received in January.")
    assert all(f.roles.get("recipient") != "China" for f in facts_of(reference, text, "transfer"))


def test_two_countries_of_the_paragraph_sign(reference) -> None:  # type: ignore[no-untyped-def]
    text = ("Japan's prime minister visited the Philippines on Sunday. "
            "The two countries signed a defence cooperation agreement on Monday.")
    found = facts_of(reference, text, "agreement")
    assert found and set(found[0].roles["parties"]) == {"Japan", "Philippines"}


def test_the_contract_signed_again_is_not_a_second_agreement(reference) -> None:  # type: ignore[no-untyped-def]
    text = ("Armenia has signed a contract with India’s Bharat Dynamics Limited for four Akash air defence batteries "
            "worth US$720 million. Defence Minister Davit Sahakyan and A. K. Raghavan, chairman of Bharat Dynamics, "
            "signed the contract in Yerevan.")
    assert len(facts_of(reference, text, "agreement")) == 1


@pytest.mark.parametrize("sentence,expected", [
    ("Ukraine received a Patriot battery from Germany, the German government said.",
     {"recipient": "Ukraine", "supplier": "Germany", "item": "Patriot", "item_category": "air defence system"}),
    ("Pakistan received from China eight Hangor-class submarines.",
     {"recipient": "Pakistan", "supplier": "China", "item": "Hangor", "quantity": 8}),
    ("Qatar received Rafale jets built by France's Dassault Aviation.",
     {"recipient": "Qatar", "supplier": "Dassault Aviation", "item": "Rafale"}),
    ("The missiles, made by MBDA of France, were delivered to Qatar in 2023.",
     {"recipient": "Qatar", "supplier": "MBDA", "date": "2023"}),
    ("Azerbaijan is holding talks with Pakistan to purchase JF-17 Thunder aircraft.",
     {"recipient": "Azerbaijan", "supplier": "Pakistan", "item": "JF-17 Thunder"}),
])
def test_item_and_maker_phrasings(reference, sentence: str, expected: dict) -> None:  # type: ignore[no-untyped-def]
    roles = one(reference, sentence)
    assert {k: roles.get(k) for k in expected} == expected


def test_pointing_back_sentence_takes_the_paragraphs_item(reference) -> None:  # type: ignore[no-untyped-def]
    text = "Poland ordered 180 K2 tanks from South Korea in 2022. The first ten were delivered in December."
    found = {f.roles["status"]: f.roles for f in facts_of(reference, text, "transfer")}
    assert found["delivered"]["item"] == "K2" and found["delivered"]["quantity"] == 10
    assert found["delivered"]["recipient"] == "Poland"


@pytest.mark.parametrize("sentence,expected", [
    ("Ukraine's military has started using Gripen fighters supplied by Sweden.",
     {"recipient": "Ukraine", "supplier": "Sweden", "item": "Gripen"}),
    ("Kenya has been given 10 helicopters by the United States.",
     {"recipient": "Kenya", "supplier": "United States", "quantity": 10, "status": "delivered"}),
    ("Greece has finalised the purchase of 20 F-35 jets from the United States.",
     {"recipient": "Greece", "supplier": "United States", "item": "F-35", "status": "ordered"}),
    ("The jets were sold by France to Egypt in 2015.", {"recipient": "Egypt", "supplier": "France"}),
    ("Ukraine will get F-16s from Denmark.", {"recipient": "Ukraine", "item": "F-16", "status": "agreed"}),
])
def test_passive_and_participle_roles(reference, sentence: str, expected: dict) -> None:  # type: ignore[no-untyped-def]
    roles = one(reference, sentence)
    assert {k: roles.get(k) for k in expected} == expected


@pytest.mark.parametrize("sentence", [
    "Russian forces delivered a missile strike on Kyiv, killing three.",
    "India commissioned a study on artillery needs.",
    "Switzerland rejected a bid by Saab to supply Gripen jets.",
    "India ended talks with Russia on the purchase of Su-57 fighters.",
    "The ministry denied reports in local media that Armenia had received BrahMos missiles from India.",
])
def test_not_transfers(reference, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert facts_of(reference, sentence, "transfer") == []
