"""Recall on unseen news phrasings (sentences written for the tests; no corpus names)."""
from __future__ import annotations

import pytest

from orbat.facts import extract
from orbat.facts.common import find_dates
from orbat.mentions import recognise
from orbat.mentions.temporal import parse_temporal
from orbat.offsets import OffsetMap
from orbat.records import Document
from orbat.refdata import load_reference


@pytest.fixture(scope="module")
def reference():  # type: ignore[no-untyped-def]
    return load_reference()


def facts(reference, text: str, kind: str, published: str | None = "2024-06-12"):  # type: ignore[no-untyped-def]
    d = Document(key="t", source="t", raw_text=text, clean_text=text, offsets=OffsetMap.identity(len(text)),
                 published=published)
    return [f for f in extract(d, recognise(d, reference), reference) if f.type == kind]


@pytest.mark.parametrize("text,force,n", [
    ("Indonesia maintains an army of 300,000.", "Indonesian Army", 300000),
    ("Kenya has an army of about 24,000 soldiers, according to the IISS.", "Kenyan Army", 24000),
    ("The Philippine Navy has some 24,000 sailors.", "Philippine Navy", 24000),
    ("Ghana's armed forces number about 15,500 personnel.", "Ghanaian Armed Forces", 15500),
])
def test_strength_army_of(reference, text, force, n) -> None:  # type: ignore[no-untyped-def]
    found = facts(reference, text, "strength")
    assert found and (found[0].roles["force"], found[0].roles["personnel"]) == (force, n)


def test_army_of_tanks_is_not_strength(reference) -> None:  # type: ignore[no-untyped-def]
    assert facts(reference, "Mali has an army of 40,000 tanks.", "strength") == []


@pytest.mark.parametrize("text,person,role", [
    ("General Juan Perez, head of the army, said the troops were ready.", "Juan Perez", "Head of the Army"),
    ("Maria Lopez, deputy director general of the agency, said the contract was signed.", "Maria Lopez",
     "Deputy Director-General"),
])
def test_office_lower_case_posts(reference, text, person, role) -> None:  # type: ignore[no-untyped-def]
    found = facts(reference, text, "office")
    assert [(f.roles["person"], f.roles["role"]) for f in found] == [(person, role)]


@pytest.mark.parametrize("text,people", [
    ("Ana Rojas held talks with Luis Vega on Monday.", ["Ana Rojas", "Luis Vega"]),
    ("Tomas Novak met Piotr Kowalski in Prague last week.", ["Tomas Novak", "Piotr Kowalski"]),
])
def test_meeting_bare_names(reference, text, people) -> None:  # type: ignore[no-untyped-def]
    found = facts(reference, text, "meeting")
    assert found and found[0].roles["participants"] == people


@pytest.mark.parametrize("text", ["South Korea met Poland in the final.", "New Delhi met Canberra halfway."])
def test_meeting_bare_names_not_places(reference, text) -> None:  # type: ignore[no-untyped-def]
    assert facts(reference, text, "meeting") == []


@pytest.mark.parametrize("text,iso", [
    ("It arrived last September.", "2023-09"),
    ("It arrived in September last year.", "2023-09"),
    ("It arrived in March this year.", "2024-03"),
    ("It arrived earlier this year.", "2024"),
    ("It arrived later this month.", "2024-06"),
])
def test_relative_month_dates(text, iso) -> None:  # type: ignore[no-untyped-def]
    assert [d.value for d in find_dates(text, "2024-06-12")] == [iso]


@pytest.mark.parametrize("text,iso", [
    ("earlier this year", "2024"), ("later this month", "2024-05"), ("September last year", "2023-09"),
    ("in March this year", "2024-03"),
])
def test_parse_temporal_relative(text, iso) -> None:  # type: ignore[no-untyped-def]
    assert parse_temporal(text, "2024-05-15")["iso"] == iso
    assert parse_temporal(text)["iso"] is None


def test_first_n_of_m_ordered_gives_the_order(reference) -> None:  # type: ignore[no-untyped-def]
    found = facts(reference, "Egypt took delivery of the first four of the 12 K9 howitzers it ordered in 2022.", "transfer")
    got = sorted((f.roles["status"], f.roles.get("quantity"), f.roles.get("date")) for f in found)
    assert got == [("delivered", 4, None), ("ordered", 12, "2022")]


def test_deliveries_on_different_dates_stay_apart(reference) -> None:  # type: ignore[no-untyped-def]
    text = ("South Korea delivered two FA-50 jets to Poland in March. "
            "It delivered four more FA-50 jets to Poland in July.")
    found = facts(reference, text, "transfer")
    assert sorted(f.roles.get("quantity") for f in found) == [2, 4]


def test_repeated_delivery_is_one_fact(reference) -> None:  # type: ignore[no-untyped-def]
    text = "Poland received two FA-50 jets from South Korea in March. The two FA-50 jets were delivered to Poland."
    assert len(facts(reference, text, "transfer")) == 1


@pytest.mark.parametrize("text,year", [
    ("Turkey's defence budget rose to $40 billion this year.", "2024"),
    ("Poland will spend PLN 159 billion on defence this year.", "2024"),
])
def test_budget_bare_relative_year(reference, text, year) -> None:  # type: ignore[no-untyped-def]
    found = facts(reference, text, "budget")
    assert found and found[0].roles["year"] == year


def test_contract_is_not_budget(reference) -> None:  # type: ignore[no-untyped-def]
    assert facts(reference, "The contract is worth $2 billion this year.", "budget") == []


@pytest.mark.parametrize("text,force,period,killed", [
    ("Kenya has lost 150 soldiers since the start of the war against the insurgents.", "Kenyan Armed Forces", None, 150),
    ("At least 400 Malian soldiers have been killed since 2021.", "Malian Armed Forces", "2021/2024", 400),
    ("About 2,000 Sudanese soldiers have died since the war began.", "Sudanese Armed Forces", None, 2000),
])
def test_casualties_since(reference, text, force, period, killed) -> None:  # type: ignore[no-untyped-def]
    found = facts(reference, text, "casualties")
    assert found and (found[0].roles["force"], found[0].roles.get("period"), found[0].roles["killed"]) == (force, period, killed)


def test_incident_weekday_is_not_a_place(reference) -> None:  # type: ignore[no-untyped-def]
    found = facts(reference, "Nigeria lost 12 soldiers in an ambush on Tuesday.", "incident")
    assert found and found[0].roles.get("location") != "Tuesday" and found[0].roles.get("date") == "2024-06-11"
