"""Normalisers of mentions: temporal, money, quantity; and the sentence splitter."""
from __future__ import annotations

import pytest

from orbat.mentions.money import parse_money
from orbat.mentions.quantity import parse_quantity
from orbat.mentions.sentences import split_sentences
from orbat.mentions.temporal import parse_temporal

PUB = "2023-10-04"  # a Wednesday


@pytest.mark.parametrize("text, published, iso, precision", [
    ("2017-09-11", None, "2017-09-11", "day"),
    ("end of 2010", None, "2010", "year"),
    ("the end of 2010", None, "2010", "year"),
    ("early 2008", None, "2008", "year"),
    ("late 2017", None, "2017", "year"),
    ("between 2005 and 2010", None, "2005/2010", "interval"),
    ("2014-2016", None, "2014/2016", "interval"),
    ("last week", PUB, "2023-W39", "week"),
    ("today", PUB, "2023-10-04", "day"),
    ("yesterday", PUB, "2023-10-03", "day"),
    ("on Tuesday", PUB, "2023-10-03", "day"),
    ("Wednesday", PUB, "2023-10-04", "day"),
    ("last month", PUB, "2023-09", "month"),
    ("next year", PUB, "2024", "year"),
    ("the end of last year", PUB, "2022", "year"),
    ("March 3, 2021", None, "2021-03-03", "day"),
    ("3 March 2021", None, "2021-03-03", "day"),
    ("Sept. 20", PUB, "2023-09-20", "day"),
    ("Dec. 26", PUB, "2022-12-26", "day"),  # well after publication: the year before
    ("May 2016", None, "2016-05", "month"),
    ("the summer of 2017", None, "2017-22", "season"),
    ("575 B.C", None, "-0574", "year"),
    ("two weeks", None, "P2W", "duration"),
    ("45 minutes", None, "PT45M", "duration"),
    ("three days ago", PUB, "2023-10-01", "day"),
    ("10 a.m.", None, "T10:00", "time"),
    ("October 25-26, 2016", None, "2016-10-25/2016-10-26", "interval"),
])
def test_parse_temporal(text, published, iso, precision):
    value = parse_temporal(text, published)
    assert value is not None
    assert (value["iso"], value["precision"]) == (iso, precision)


def test_relative_temporal_marks_relative_and_needs_a_date():
    assert parse_temporal("last week", PUB)["relative"] is True
    unresolved = parse_temporal("last month")
    assert unresolved == {"iso": None, "precision": "month", "relative": True}
    assert parse_temporal("2010")["iso"] == "2010" and "relative" not in parse_temporal("2010")
    assert parse_temporal("the armoured brigade") is None


@pytest.mark.parametrize("text, amount, currency", [
    ("$1,5 million", 1_500_000, "USD"),
    ("$2.46 billion", 2_460_000_000, "USD"),
    ("US$6.5 billion", 6_500_000_000, "USD"),
    ("€300m", 300_000_000, "EUR"),
    ("120 million dollars", 120_000_000, "USD"),
    ("AZN 1.2bn", 1_200_000_000, "AZN"),
    ("1 billion manats", 1_000_000_000, "AZN"),
    ("$530,000", 530_000, "USD"),
    ("£2bn", 2_000_000_000, "GBP"),
    ("1,500 million roubles", 1_500_000_000, "RUB"),
])
def test_parse_money(text, amount, currency):
    value = parse_money(text)
    assert value["amount"] == pytest.approx(amount)
    assert value["currency"] == currency


def test_parse_money_vague_and_qualified():
    assert parse_money("millions of dollars") == {"amount": None, "currency": "USD"}
    assert parse_money("more than $4 million")["qualifier"] == "more than"
    assert parse_money("forty tanks") is None


@pytest.mark.parametrize("text, value, qualifier", [
    ("at least 59", 59, "at least"),
    ("about 100", 100, "about"),
    ("around 100", 100, "about"),
    ("some 40", 40, "about"),
    ("approximately 12", 12, "about"),
    ("more than 20", 20, "more than"),
    ("over 1,000", 1000, "more than"),
    ("as many as 300", 300, "up to"),
    ("up to 8", 8, "up to"),
    ("Twenty-eight", 28, None),
    ("a dozen", 12, None),
    ("two hundred and five", 205, None),
    ("2 million", 2_000_000, None),
    ("60-plus", 60, "at least"),
    ("14-15", 14, "about 14-15"),
])
def test_parse_quantity(text, value, qualifier):
    q = parse_quantity(text)
    assert (q["value"], q["qualifier"]) == (value, qualifier)


def test_parse_quantity_units_ranges_and_vague_counts():
    assert parse_quantity("14-15")["max"] == 15
    assert parse_quantity("7.5 kilometers") == {"value": 7.5, "qualifier": None, "unit": "kilometers"}
    hundreds = parse_quantity("hundreds")
    assert hundreds["value"] is None and hundreds["magnitude"] == 100
    assert parse_quantity("tens of thousands")["magnitude"] == 10_000
    assert parse_quantity("armoured") is None


def test_split_sentences_respects_abbreviations():
    text = ("Lt. Gen. Mark Doe met U.S. officials on Dec. 5 in the capital. No. 3 Squadron flew home. "
            "He said: \"It went well.\" Then they left.\n\nA new paragraph")
    sentences = [text[b:e] for b, e in split_sentences(text)]
    assert sentences == [
        "Lt. Gen. Mark Doe met U.S. officials on Dec. 5 in the capital.",
        "No. 3 Squadron flew home.",
        "He said: \"It went well.\"",
        "Then they left.",
        "A new paragraph",
    ]


def test_money_mentions_in_regional_currencies() -> None:
    from orbat.mentions import recognise
    from orbat.offsets import OffsetMap
    from orbat.records import Document
    from orbat.refdata import load_reference

    cases = {"The navy paid 100 million Czech crowns for two boats.": ("CZK", 100_000_000),
             "The order is worth Rs 2,906 crore in total.": ("INR", 29_060_000_000),
             "Brasilia budgeted 4.3 billion reais for the jets.": ("BRL", 4_300_000_000)}
    for text, (currency, amount) in cases.items():
        doc = Document(key="k", source="s", raw_text=text, clean_text=text, offsets=OffsetMap.identity(len(text)))
        money = [m.value for m in recognise(doc, load_reference()) if m.type == "Money"]
        assert money and money[0]["currency"] == currency and round(money[0]["amount"]) == amount, text
