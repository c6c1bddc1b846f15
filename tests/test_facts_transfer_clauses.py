"""Transfers whose sentence nests one clause in another: a relative clause on a counted phrase, a
delivery made under an earlier deal, and a fleet with a vaguely counted part received long ago."""
from __future__ import annotations

import pytest

from orbat.facts import extract
from orbat.offsets import OffsetMap
from orbat.records import Document, Fact
from orbat.refdata import load_reference

PUBLISHED = "2025-03-05"  # a Wednesday


@pytest.fixture(scope="module")
def reference():  # type: ignore[no-untyped-def]
    return load_reference()


def transfers(reference, text: str) -> dict[str, dict]:  # type: ignore[no-untyped-def]
    """The sentence's transfers by status (one per status expected)."""
    from orbat.mentions import recognise

    doc = Document(key="c.txt", source="c.txt", raw_text=text, clean_text=text, offsets=OffsetMap.identity(len(text)),
                   published=PUBLISHED)
    found: list[Fact] = [f for f in extract(doc, recognise(doc, reference), reference) if f.type == "transfer"]
    by_status = {str(f.roles["status"]): f.roles for f in found}
    assert len(by_status) == len(found), [f.roles for f in found]
    return by_status


# ---------------------------------------------------------------- relative clause on "the M X"
@pytest.mark.parametrize("text,part,whole,order_date,delivery_date", [
    ("The first three of the ten Bayraktar TB2 drones that Kenya ordered from Turkey in March 2023 "
     "were handed over to the Kenya Air Force on Monday.", 3, 10, "2023-03", "2025-03-03"),
    ("Two of the eight Caesar howitzers Morocco ordered from France last year were handed over on Wednesday.",
     2, 8, "2024", "2025-03-05"),
    ("The first six of the 18 K9 howitzers that Norway ordered from South Korea in March 2023 were delivered "
     "to Norway on Friday.", 6, 18, "2023-03", "2025-02-28"),
])
def test_relative_clause_orders_the_whole_phrase(reference, text: str, part: int, whole: int,  # type: ignore[no-untyped-def]
                                                 order_date: str, delivery_date: str) -> None:
    found = transfers(reference, text)
    assert found["ordered"]["quantity"] == whole and found["ordered"]["date"] == order_date
    assert found["delivered"]["quantity"] == part and found["delivered"]["date"] == delivery_date


# ---------------------------------------------------------------- delivered under an earlier deal
def test_delivery_under_signed_contract_keeps_the_signing_date_for_the_order(reference) -> None:  # type: ignore[no-untyped-def]
    text = ("France has delivered the final six Caesar howitzers under the contract Belgium signed in June 2022, "
            "the ministry said on Friday, completing the order for 28 guns.")
    found = transfers(reference, text)
    assert found["delivered"]["quantity"] == 6 and found["delivered"]["date"] == "2025-02-28"
    assert found["ordered"]["quantity"] == 28 and found["ordered"]["date"] == "2022-06"
    assert found["ordered"]["recipient"] == "Belgium" and found["ordered"]["supplier"] == "France"


def test_deal_with_a_company_names_the_orders_supplier_and_no_count(reference) -> None:  # type: ignore[no-untyped-def]
    found = transfers(reference, "Turkey supplied four Bayraktar TB2 drones under the deal Kenya concluded with Baykar in March 2023.")
    assert found["delivered"]["quantity"] == 4 and "date" not in found["delivered"]
    assert found["ordered"]["supplier"] == "Baykar" and found["ordered"]["date"] == "2023-03"
    assert "quantity" not in found["ordered"]  # no "order for N": the delivered count is not the order's


def test_year_of_the_contract_is_not_the_delivery_date(reference) -> None:  # type: ignore[no-untyped-def]
    found = transfers(reference, "Israel delivered two Barak MX batteries to Azerbaijan under a 2021 contract, "
                                 "the ministry said on Thursday.")
    assert set(found) == {"delivered"} and found["delivered"]["date"] == "2025-02-27"


def test_contract_signed_by_a_third_state_is_no_order_of_the_delivery(reference) -> None:  # type: ignore[no-untyped-def]
    found = transfers(reference, "Germany delivered 14 Leopard 2A7 tanks to Hungary under the contract Qatar signed in 2019.")
    assert set(found) == {"delivered"} and "date" not in found["delivered"]


def test_an_order_under_a_deal_keeps_the_deal_date(reference) -> None:  # type: ignore[no-untyped-def]
    found = transfers(reference, "Egypt ordered 12 K9 howitzers under a deal signed in March 2024.")
    assert found["ordered"]["quantity"] == 12 and found["ordered"]["date"] == "2024-03"


# ---------------------------------------------------------------- a part of the phrase before
@pytest.mark.parametrize("text", [
    "The Indian Air Force already operates more than 200 Su-30MKI fighters, most of them received in the 2000s.",
    "The Egyptian Navy flies 30 older Sea King helicopters, some of which were received in the 1980s.",
    "Algeria operates 20 Mi-28NE helicopters, several of which were received in 2016.",
])
def test_fleet_with_a_vague_part_received_is_no_transfer(reference, text: str) -> None:  # type: ignore[no-untyped-def]
    assert transfers(reference, text) == {}


@pytest.mark.parametrize("text,part", [
    ("Peru ordered 24 KT-1 trainers, some of which were delivered in 2024.", None),
    ("Chile ordered ten C-390 aircraft, two of which were delivered in 2024.", 2),
    ("Serbia ordered four FK-3 batteries, the first of which was delivered in April 2022.", None),
])
def test_part_of_an_order_delivered_takes_only_the_parts_count(reference, text: str, part: int | None) -> None:  # type: ignore[no-untyped-def]
    found = transfers(reference, text)
    assert found["delivered"].get("quantity") == part
    assert "date" not in found["ordered"]  # the delivery's date, not the order's


def test_contract_the_buyer_signed_as_a_pronoun(reference) -> None:  # type: ignore[no-untyped-def]
    found = transfers(reference, "Pakistan has received the last four J-10CE fighters under the contract it signed with China "
                                 "in 2022, the air force said on Friday.")
    assert found["delivered"]["quantity"] == 4 and found["delivered"]["date"] == "2025-02-28"
    assert found["ordered"]["supplier"] == "China" and found["ordered"]["date"] == "2022"


def test_one_of_a_batch_and_talks_over_a_number(reference) -> None:  # type: ignore[no-untyped-def]
    from orbat.facts import extract
    from orbat.mentions import recognise
    from orbat.offsets import OffsetMap
    from orbat.records import Document

    def transfers(text: str) -> list:
        d = Document(key="t", source="t", raw_text=text, clean_text=text, offsets=OffsetMap.identity(len(text)),
                     published="2024-06-12")
        return [f.roles for f in extract(d, recognise(d, reference), reference) if f.type == "transfer"]

    (first,) = transfers("The first of eight Leopard 2A7 tanks for Hungary arrived in Budapest on Monday.")
    assert first["quantity"] == 1 and first["status"] == "delivered" and "qualifier" not in first
    (talks,) = transfers("Bolivia is in talks with Airbus Helicopters over six H225M helicopters.")
    assert talks["quantity"] == 6 and "qualifier" not in talks  # "over" is a preposition here
    (handed,) = transfers("Washington handed over two Cessna 208 aircraft to the Lebanese Air Force.")
    assert handed["quantity"] == 2 and "qualifier" not in handed  # a verb's particle
    (more,) = transfers("Bolivia has ordered over six H225M helicopters from Airbus Helicopters.")
    assert more["qualifier"] == "more than"
    # A stray capital before a class noun is no item's name.
    assert all(len(t["item"]) > 1 for t in transfers("Senegal has acquired three OPV 58 S patrol vessels from France."))
