"""Holding, casualties, meeting and office phrasings of news from many countries (no corpus names)."""
from __future__ import annotations

import pytest

from orbat.facts import extract
from orbat.mentions import recognise
from orbat.offsets import OffsetMap
from orbat.records import Document
from orbat.refdata import load_reference


@pytest.fixture(scope="module")
def reference():  # type: ignore[no-untyped-def]
    return load_reference()


def facts(reference, text: str, kind: str, published: str | None = "2024-12-24"):  # type: ignore[no-untyped-def]
    d = Document(key="t", source="t", raw_text=text, clean_text=text, offsets=OffsetMap.identity(len(text)),
                 published=published)
    return [f for f in extract(d, recognise(d, reference), reference) if f.type == kind]


@pytest.mark.parametrize("text,holder,item,qty", [
    ("The Chilean Air Force flies 36 F-16s.", "Chilean Air Force", "F-16", 36),
    ("The Peruvian Air Force already flies more than 40 older Mi-17 helicopters.", "Peruvian Air Force", "Mi-17", 40),
    ("The institute lists 199 T-72 main battle tanks in Peruvian service.", "Peru", "T-72", 199),
    ("The Chilean Navy's fleet of four Type 209 submarines is ageing.", "Chilean Navy", "Type 209", 4),
    ("Peru's inventory includes 80 T-55 tanks, according to the IISS.", "Peru", "T-55", 80),
])
def test_holding_phrasings(reference, text, holder, item, qty) -> None:  # type: ignore[no-untyped-def]
    found = facts(reference, text, "holding")
    assert found, text
    assert (found[0].roles["holder"], found[0].roles["item"], found[0].roles.get("quantity")) == (holder, item, qty)


def test_holding_not_from_acquisitions(reference) -> None:  # type: ignore[no-untyped-def]
    assert facts(reference, "Peru has bought radars and drones from Chile since 2020.", "holding") == []
    assert facts(reference, "Reports said that Peru had also received cruise missiles from Chile.", "holding") == []


@pytest.mark.parametrize("text,force,period,killed,injured", [
    ("Thirty-one Chilean servicemen died in non-combat incidents in 2024 and 58 were injured.",
     "Chilean Armed Forces", "2024", 31, 58),
    ("In 2023, 120 Peruvian soldiers were killed and 300 wounded in clashes with rebels.",
     "Peruvian Armed Forces", "2023", 120, 300),
    ("Nigeria lost 230 soldiers to insurgent attacks last year.", "Nigerian Armed Forces", "2023", 230, None),
])
def test_casualties_phrasings(reference, text, force, period, killed, injured) -> None:  # type: ignore[no-untyped-def]
    found = facts(reference, text, "casualties")
    assert found, text
    r = found[0].roles
    assert (r["force"], r["period"], r["killed"], r.get("injured")) == (force, period, killed, injured)


def test_one_attack_is_not_casualties_of_a_period(reference) -> None:  # type: ignore[no-untyped-def]
    assert facts(reference, "Peru lost 12 soldiers in an ambush on Tuesday.", "casualties") == []


@pytest.mark.parametrize("text,ok", [
    ("Chilean Defence Minister Ana Rojas hosted her Peruvian counterpart Luis Vega in Santiago on Tuesday.", True),
    ("Chilean Defence Minister Ana Rojas received Peruvian Foreign Minister Luis Vega in Santiago on Tuesday.", True),
    ("Chilean Defence Minister Ana Rojas received a letter from Peruvian Foreign Minister Luis Vega on Tuesday.", False),
])
def test_meeting_hosted_received(reference, text, ok) -> None:  # type: ignore[no-untyped-def]
    found = facts(reference, text, "meeting")
    assert bool(found) == ok
    if ok:
        assert found[0].roles["participants"] == ["Ana Rojas", "Luis Vega"]
        assert found[0].roles["date"] == "2024-12-24"


@pytest.mark.parametrize("text,person,role,start", [
    ("Chile's president appointed General Ana Rojas as Chief of the General Staff of the Chilean Armed Forces on "
     "Monday.", "Ana Rojas", "Chief of General Staff", "2024-12-23"),
    ("Luis Vega was sworn in as Peru’s Minister of Defence on Thursday.", "Luis Vega", "Defence Minister", "2024-12-19"),
    ("General Ana Rojas has been Chief of the General Staff since 23 December 2023.", "Ana Rojas",
     "Chief of General Staff", "2023-12-23"),
    ("Senior Lieutenant General Luis Vega, Deputy Minister of National Defence, signed for Lima.", "Luis Vega",
     "Deputy Defence Minister", None),
    ("Peru's army chief Gen. Luis Vega visited the border.", "Luis Vega", "army chief", None),
    ("The Chilean ambassador, Ana Rojas, attended the ceremony.", "Ana Rojas", "Ambassador", None),
])
def test_office_phrasings(reference, text, person, role, start) -> None:  # type: ignore[no-untyped-def]
    found = {f.roles["person"]: f for f in facts(reference, text, "office")}
    assert person in found, text
    assert found[person].roles["role"] == role
    assert found[person].roles.get("start") == start


@pytest.mark.parametrize("text,role", [
    ("Defence Secretary Ana Rojas visited the base.", "Defence Secretary"),
    ("Secretary of Defense Luis Vega visited the base.", "Defence Secretary"),
    ("Defense Minister Luis Vega visited the base.", "Defence Minister"),
])
def test_defence_titles(reference, text, role) -> None:  # type: ignore[no-untyped-def]
    assert [f.roles["role"] for f in facts(reference, text, "office")] == [role]


@pytest.mark.parametrize("text,period", [
    ("At least 45 Chilean soldiers were killed in February, the ministry said.", "2025-02"),
    ("Twelve Peruvian soldiers were killed last month in clashes with rebels.", "2025-02"),
])
def test_casualties_month_period(reference, text, period) -> None:  # type: ignore[no-untyped-def]
    found = facts(reference, text, "casualties", "2025-03-12")
    assert found and found[0].roles["period"] == period


@pytest.mark.parametrize("text,kind", [
    ("Gunmen ambushed an army convoy near Kidal on Tuesday, killing four soldiers.", "ambush"),
    ("An air strike hit a militant camp near Kidal on Tuesday, killing 12 fighters.", "air strike"),
])
def test_incident_kinds(reference, text, kind) -> None:  # type: ignore[no-untyped-def]
    found = facts(reference, text, "incident")
    assert found and found[0].roles["kind"] == kind and found[0].roles["date"] == "2024-12-24"


@pytest.mark.parametrize("text,force,personnel", [
    ("Niger's army is 25,000 strong.", "Nigerien Army", 25000),
    ("Bolivia's armed forces have a strength of 34,100.", "Bolivian Armed Forces", 34100),
])
def test_strength_as_strong_or_a_strength_of(reference, text, force, personnel) -> None:  # type: ignore[no-untyped-def]
    found = facts(reference, text, "strength")
    assert [(f.roles["force"], f.roles["personnel"]) for f in found] == [(force, personnel)]
