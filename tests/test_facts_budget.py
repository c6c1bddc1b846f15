"""Budget and strength phrasings of news from many countries (no names from any corpus)."""
from __future__ import annotations

import pytest

from orbat.refdata import load_reference
from test_facts import facts_of


@pytest.fixture(scope="module")
def reference():  # type: ignore[no-untyped-def]
    return load_reference()


@pytest.mark.parametrize("text,country,year,amount,currency,source", [
    ("Chile spent $5.2 billion on its military in 2023, according to figures published on Monday by the "
     "Stockholm International Peace Research Institute (SIPRI).", "Chile", "2023", 5.2e9, "USD", "SIPRI"),
    ("According to the Finance Ministry, the budget law for 2024 set aside €2.1 billion for the Ministry of Defence "
     "of Portugal.", "Portugal", "2024", 2.1e9, "EUR", "Finance Ministry"),
    ("Peru's Congress on Wednesday approved a defence budget of BRL 9 billion for 2025, about $2.4 billion at "
     "current exchange rates.", "Peru", "2025", 9e9, "BRL", "Congress"),
    ("India's defence budget for 2024-25 rose to Rs 6.21 lakh crore.", "India", "2024/2025", 6.21e12, "INR", None),
    ("Nigeria allocated N1.2 trillion for defence in 2023.", "Nigeria", "2023", 1.2e12, "NGN", None),
    ("The International Institute for Strategic Studies (IISS) puts Chile's 2024 defence budget at $4.9 billion.",
     "Chile", "2024", 4.9e9, "USD", "IISS"),
])
def test_budget_phrasings(reference, text, country, year, amount, currency, source) -> None:  # type: ignore[no-untyped-def]
    found = facts_of(reference, text, "budget")
    assert found, text
    f = found[0]
    assert f.roles["year"] == year
    if country:
        assert f.roles["country"] == country
    if amount:
        assert f.roles["amount"] == {"amount": pytest.approx(amount), "currency": currency}
    if source:
        assert f.roles["according_to"] == source


def test_budget_skips_the_converted_sum(reference) -> None:  # type: ignore[no-untyped-def]
    text = "Peru approved a defence budget of BRL 9 billion for 2025, about $2.4 billion at current exchange rates."
    assert [f.roles["amount"]["currency"] for f in facts_of(reference, text, "budget")] == ["BRL"]
    text = "Peru approved a defence budget of PEN 9 billion for 2025, about $2.4 billion at current exchange rates."
    assert [f.roles["amount"]["currency"] for f in facts_of(reference, text, "budget")] == ["PEN"]
    # A currency the recogniser does not know: the converted sum is still not the budget.
    text = "Venezuela approved a defence budget of VES 9 billion for 2025, about $2.4 billion at current exchange rates."
    assert facts_of(reference, text, "budget") == []


def test_budget_same_year_and_two_sources(reference) -> None:  # type: ignore[no-untyped-def]
    text = ("The IISS puts Chile's 2024 defence budget at $4.9 billion, while SIPRI counts military spending of "
            "$5.6 billion.")
    found = {f.roles["according_to"]: f for f in facts_of(reference, text, "budget")}
    assert found["IISS"].roles["amount"]["amount"] == 4.9e9 and found["SIPRI"].roles["amount"]["amount"] == 5.6e9
    assert found["SIPRI"].roles["year"] == "2024"


@pytest.mark.parametrize("text,force,n,source", [
    ("Chile’s armed forces have about 80,000 active personnel, according to the latest Military Balance.",
     "Chilean Armed Forces", 80000, "IISS"),
    ("The Peruvian Army has about 47,000 troops, according to the IISS.", "Peruvian Army", 47000, "IISS"),
    ("The 12,000-strong Chilean Navy is expanding.", "Chilean Navy", 12000, None),
])
def test_strength_phrasings(reference, text, force, n, source) -> None:  # type: ignore[no-untyped-def]
    found = facts_of(reference, text, "strength")
    assert found, text
    assert found[0].roles["force"] == force and found[0].roles["personnel"] == n
    assert found[0].roles.get("according_to") == source


@pytest.mark.parametrize("text,source", [
    ("Peru's defence budget will rise to 8.7 trillion yen in 2025, the defence ministry said.", "defence ministry"),
    ("Peru's cabinet approved a record 8.7 trillion yen defence budget for fiscal 2025.", "cabinet"),
])
def test_budget_state_organ_as_source(reference, text, source) -> None:  # type: ignore[no-untyped-def]
    f = facts_of(reference, text, "budget")[0]
    assert f.roles["according_to"] == source and f.roles["year"] == "2025"
    assert f.roles["amount"] == {"amount": 8_700_000_000_000, "currency": "JPY"}


@pytest.mark.parametrize("text", [
    "Global military spending rose to $2.7 trillion in 2024, according to SIPRI.",
    "Peru will raise defence spending by $10 billion over the next five years, the 2024 budget shows.",
])
def test_budget_not_a_state_year(reference, text) -> None:  # type: ignore[no-untyped-def]
    assert facts_of(reference, text, "budget") == []


def test_strength_second_figure_of_a_contrast(reference) -> None:  # type: ignore[no-untyped-def]
    text = ("Chile’s armed forces have about 80,000 active personnel, according to the IISS, fewer than the 90,000 "
            "cited by the Chief of the General Staff in December.")
    found = sorted(facts_of(reference, text, "strength", "2025-05-14"), key=lambda f: f.roles["personnel"])
    assert [(f.roles["personnel"], f.roles.get("according_to")) for f in found] == [
        (80000, "IISS"), (90000, "Chief of the General Staff")]
    assert found[1].roles["force"] == "Chilean Armed Forces" and found[1].roles["as_of"] == "2024-12"
    assert all(f.quote_begin >= 0 for f in found)


def test_shared_currency_names_take_the_state_of_the_budget(reference) -> None:  # type: ignore[no-untyped-def]
    cases = {
        "Tunisia's military budget for 2022 was 3.6 billion dinars.": ("TND", 3_600_000_000),
        "Serbia's defence ministry budget for 2024 totals 98 billion dinars.": ("RSD", 98_000_000_000),
        "Colombia's 2023 defence budget is 48 trillion pesos, the finance ministry said.": ("COP", 48 * 10**12),
        "Senegal's defence budget rose to 250 billion CFA francs in 2023.": ("XOF", 250_000_000_000),
        "Uganda's defence allocation for the 2022/23 financial year is Shs 3.8 trillion.": ("UGX", 38 * 10**11),
        "Ghana's defence budget for 2019 is GH¢1.2 billion, the finance minister said.": ("GHS", 1_200_000_000),
    }
    for text, (currency, amount) in cases.items():
        found = facts_of(reference, text, "budget")
        assert [(f.roles["amount"]["currency"], f.roles["amount"]["amount"]) for f in found] == [(currency, amount)], text


def test_shared_currency_names_without_a_state_are_not_read() -> None:
    from orbat.mentions.money import parse_money

    assert parse_money("120 billion shillings") is None  # Kenya, Uganda, Tanzania, Somalia?
    assert parse_money("120 billion shillings", "KE") == {"amount": 120e9, "currency": "KES"}
    assert parse_money("500 billion CFA francs") is None
    assert parse_money("40 trillion pesos")["currency"] == "PHP"  # a family with a usual reading keeps it
    assert parse_money("12 billion Pakistani rupees", "IN")["currency"] == "PKR"  # the adjective decides


def test_a_relative_year_right_after_the_amount_is_its_own(reference) -> None:  # type: ignore[no-untyped-def]
    text = "Kenya will spend $1.2 billion on its military this year, up from $1.1 billion in 2023."
    found = facts_of(reference, text, "budget", published="2024-06-12")
    assert sorted((f.roles["year"], f.roles["amount"]["amount"]) for f in found) == \
        [("2023", 1_100_000_000), ("2024", 1_200_000_000)]
