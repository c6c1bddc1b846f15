"""Entities, deals, disputes and dossiers computed from stored facts (gold seeds as stand-in facts)."""
from __future__ import annotations

import json
from typing import Any

import pytest
from click.testing import CliRunner
from test_knowledge_support import (
    EXAMPLES, SAT, load_examples_kb, load_seed_kb, needs_seeds, put_documents, seed_kb, small_reference,
)

from orbat.cli import cli
from orbat.errors import NotFound
from orbat.facts.store import put_facts
from orbat.ids import fact_id
from orbat.kb import KnowledgeBase
from orbat.knowledge.dossier import render_markdown, render_text
from orbat.knowledge.resolve import designation_stem, strip_titles
from orbat.records import Fact

__all__ = ["seed_kb"]  # the fixture, imported for pytest


def make_fact(doc: str, kind: str, roles: dict[str, Any], quote: str = "", begin: int = 0) -> Fact:
    quote = quote or f"{kind} {json.dumps(roles, sort_keys=True)}"
    end = begin + len(quote)
    return Fact(id=fact_id(doc, kind, begin, end, roles), doc=doc, type=kind, roles=roles, quote=quote,
                quote_begin=begin, quote_end=end, extractor="test", extractor_version="1")


@pytest.fixture
def kb() -> Any:
    base = KnowledgeBase(memory=True)
    base._reference = small_reference()
    yield base
    base.close()


def store(kb: KnowledgeBase, facts: list[Fact], docs: list[dict[str, Any]] | None = None) -> None:
    by_doc: dict[str, list[Fact]] = {}
    for fact in facts:
        by_doc.setdefault(fact.doc, []).append(fact)
    put_documents(kb, docs or [{"key": k, "source": k, "title": f"Title of {k}", "raw_text": "", "clean_text": ""}
                               for k in by_doc])
    for doc, items in by_doc.items():
        put_facts(kb.db, doc, items)
    kb.resolve()


# ----------------------------------------------------------------------------- resolution
def test_strip_titles_and_designation_stems() -> None:
    ref = small_reference()
    from orbat.knowledge.resolve import Resolver

    resolver = Resolver(ref)
    for text in ("Colonel General Zakir Hasanov", "General Zakir Hasanov", "Col. Gen. Zakir Hasanov",
                 "Defence Minister Zakir Hasanov", "Zakir Hasanov"):
        assert strip_titles(text, resolver) == "Zakir Hasanov"
    assert designation_stem("BTR-80A") == "BTR-80"
    assert designation_stem("S-300PMU2") == "S-300"
    assert designation_stem("Mi-35M") == "Mi-35"


def test_people_merge_across_title_variants(kb: KnowledgeBase) -> None:
    store(kb, [
        make_fact("a", "office", {"person": "Colonel General Zakir Hasanov", "role": "Defence Minister",
                                  "organisation": "Azerbaijan"}),
        make_fact("b", "meeting", {"participants": ["General Zakir Hasanov", "Avigdor Lieberman"]}),
        make_fact("c", "office", {"person": "Hasanov", "role": "Defence Minister", "organisation": "Azerbaijan"}),
        # Same surname, different office: stays apart from the one full name.
        make_fact("d", "office", {"person": "Vigen Sargsyan", "role": "Defence Minister", "organisation": "Armenia"}),
        make_fact("e", "office", {"person": "Sargsyan", "role": "President", "organisation": "Armenia"}),
    ])
    people = {e["id"]: e for e in kb.entities("person")}
    hasanov = people["person:zakir-hasanov"]
    assert hasanov["facts"] == 3
    assert {"Colonel General Zakir Hasanov", "General Zakir Hasanov", "Hasanov"} <= set(hasanov["aliases"])
    assert "person:sargsyan" in people and people["person:vigen-sargsyan"]["facts"] == 1
    # Any variant finds the person.
    for name in ("Hasanov", "Colonel General Zakir Hasanov", "zakir hasanov"):
        assert kb.dossier(name)["id"] == "person:zakir-hasanov"


def test_countries_organisations_and_families(kb: KnowledgeBase) -> None:
    store(kb, [
        make_fact("a", "transfer", {"supplier": "Russia", "recipient": "Azeri", "item": "BTR-80A",
                                    "status": "delivered"}),
        make_fact("a", "holding", {"holder": "Azerbaijan", "item": "BTR-80", "quantity": 10}, begin=100),
        make_fact("b", "holding", {"holder": "Armenia", "item": "S-300PMU2", "quantity": 4}),
        make_fact("b", "holding", {"holder": "Armenia", "item": "S-300", "quantity": 4}, begin=200),
        make_fact("c", "transfer", {"supplier": "Elta", "recipient": "Azerbaijan", "item": "radars",
                                    "item_category": "radar", "status": "ordered"}),
    ])
    entities = {e["id"]: e for e in kb.entities()}
    assert entities["country:AZ"]["name"] == "Azerbaijan" and entities["country:AZ"]["iso2"] == "AZ"
    assert "Azeri" in entities["country:AZ"]["aliases"]
    assert entities["system:btr-80a"]["family"] == "system:btr-80"
    assert entities["system:s-300pmu2"]["family"] == "system:s-300"
    assert entities["org:elta-systems"]["parent"] == "org:israel-aerospace-industries"
    assert entities["org:elta-systems"]["country"] == "country:IL"
    # Family dossier gathers the variants' facts; organisation dossier shows the parent chain.
    d = kb.dossier("S-300")
    assert len(d["facts"]["holding"]) == 2
    elta = kb.dossier("Elta")
    assert [p["name"] for p in elta["parents"]] == ["Israel Aerospace Industries"]
    # Counts of different systems of one family are not compared: no dispute.
    assert not list(kb.disputes("Armenia"))
    # A known organisation with no facts still has a dossier.
    assert kb.dossier("IAI")["id"] == "org:israel-aerospace-industries"
    with pytest.raises(NotFound):
        kb.dossier("Nothing Such")


# ----------------------------------------------------------------------------- deals
def test_deal_lifecycle_across_documents(kb: KnowledgeBase) -> None:
    facts = [
        make_fact("d1", "transfer", {"supplier": "Russia", "recipient": "Azerbaijan", "item": "Mi-35M",
                                     "quantity": 24, "status": "negotiating", "date": "2009"}),
        make_fact("d2", "transfer", {"supplier": "Rosvertol", "recipient": "Azerbaijan", "item": "Mi-35M",
                                     "item_category": "helicopter", "quantity": 24, "status": "ordered",
                                     "value": {"amount": 360000000, "currency": "USD"}, "date": "2010"}),
        make_fact("d3", "transfer", {"supplier": "Russia", "recipient": "Azerbaijan", "item": "helicopters",
                                     "item_category": "helicopter", "quantity": 10, "status": "delivered",
                                     "date": "2011-05"}),
        make_fact("d4", "transfer", {"supplier": "Russia", "recipient": "Azerbaijan", "item": "Mi-35M",
                                     "quantity": 24, "status": "delivered", "date": "2012"}),
        # Another item family: another deal.
        make_fact("d4", "transfer", {"supplier": "Russia", "recipient": "Azerbaijan", "item": "BTR-80A",
                                     "status": "delivered", "date": "2012"}, begin=500),
        # A different recipient: another deal.
        make_fact("d5", "transfer", {"supplier": "Russia", "recipient": "Armenia", "item": "Mi-35M",
                                     "status": "ordered", "date": "2010"}),
    ]
    store(kb, facts)
    deals = list(kb.deals(recipient="Azerbaijan", item="Mi-35M"))
    assert len(deals) == 1
    deal = deals[0]
    assert [s["status"] for s in deal["status_history"]] == ["negotiating", "ordered", "delivered"]
    assert deal["status"] == "delivered"
    assert deal["quantity"] == 24 and deal["quantity_delivered"] == 24
    assert deal["value"] == {"amount": 360000000, "currency": "USD"}
    assert deal["order_year"] == "2010" and deal["delivery_years"] == ["2011", "2012"]
    assert deal["documents"] == ["d1", "d2", "d3", "d4"]
    assert deal["sources"] == 4
    delivered = next(s for s in deal["status_history"] if s["status"] == "delivered")
    assert len(delivered["facts"]) == 2 and delivered["date"] == "2011-05"
    assert len(list(kb.deals())) == 3
    assert len(list(kb.deals(country="Armenia"))) == 1
    assert len(list(kb.deals(status="negotiating"))) == 1
    # Idempotent: resolving again gives the same deals with the same ids.
    before = [d["id"] for d in kb.deals()]
    kb.resolve()
    assert [d["id"] for d in kb.deals()] == before


def test_two_companies_of_one_state_share_a_deal_for_a_designated_system(kb: KnowledgeBase) -> None:
    """The maker offers, another company of the same state signs: one deal when the system is
    designated; companies of one state offering only a class of item stay apart."""
    store(kb, [
        make_fact("p", "transfer", {"supplier": "Elta Systems", "recipient": "Vietnam", "item": "OptSat500",
                                    "status": "offered", "date": "2023-02"}),
        make_fact("q", "transfer", {"supplier": "IAI", "recipient": "Vietnam", "item": "OptSat500",
                                    "quantity": 1, "status": "ordered", "date": "2023-11"}),
        make_fact("r", "transfer", {"supplier": "Elta Systems", "recipient": "Serbia", "item": "radars",
                                    "item_category": "radar", "status": "offered", "date": "2022"}),
        make_fact("s", "transfer", {"supplier": "IAI", "recipient": "Serbia", "item": "radars",
                                    "item_category": "radar", "status": "ordered", "date": "2022"}),
    ])
    satellite = list(kb.deals(recipient="Vietnam"))
    assert len(satellite) == 1
    assert [s["status"] for s in satellite[0]["status_history"]] == ["offered", "ordered"]
    assert satellite[0]["documents"] == ["p", "q"]
    assert len(list(kb.deals(recipient="Serbia"))) == 2


def test_a_step_is_dated_as_precisely_as_its_claims_allow(kb: KnowledgeBase) -> None:
    store(kb, [
        make_fact("m", "transfer", {"supplier": "Russia", "recipient": "Vietnam", "item": "S-300PMU2",
                                    "quantity": 2, "status": "ordered", "date": "2021-03"}),
        make_fact("n", "transfer", {"supplier": "Russia", "recipient": "Vietnam", "item": "S-300PMU2",
                                    "quantity": 2, "status": "ordered", "date": "2021-03-09"}),
        make_fact("o", "transfer", {"supplier": "Russia", "recipient": "Vietnam", "item": "S-300PMU2",
                                    "quantity": 2, "status": "delivered", "date": "2022"}),
        make_fact("p", "transfer", {"supplier": "Russia", "recipient": "Vietnam", "item": "S-300PMU2",
                                    "quantity": 2, "status": "delivered", "date": "2023-06"}),
    ])
    (deal,) = list(kb.deals())
    dates = {s["status"]: s["date"] for s in deal["status_history"]}
    assert dates == {"ordered": "2021-03-09", "delivered": "2022"}  # 2023-06 does not refine 2022


def test_conflicting_figures_split_deals(kb: KnowledgeBase) -> None:
    store(kb, [
        make_fact("a", "transfer", {"supplier": "France", "recipient": "Armenia", "item": "CAESAR",
                                    "quantity": 6, "status": "ordered", "value": {"amount": 1e8, "currency": "EUR"}}),
        make_fact("b", "transfer", {"supplier": "France", "recipient": "Armenia", "item": "CAESAR",
                                    "quantity": 36, "status": "ordered"}),
        make_fact("c", "transfer", {"supplier": "France", "recipient": "Armenia", "item": "CAESAR",
                                    "status": "ordered", "value": {"amount": 1.005e8, "currency": "EUR"}}),
    ])
    deals = list(kb.deals())
    assert sorted(d["quantity"] for d in deals) == [6, 36]
    six = next(d for d in deals if d["quantity"] == 6)
    assert six["documents"] == ["a", "c"]  # value within 1%


@needs_seeds
def test_seed_satellite_deal(seed_kb: KnowledgeBase) -> None:
    deals = [d for d in seed_kb.deals() if d.get("item_category") == "satellite"]
    assert len(deals) == 1
    deal = deals[0]
    assert deal["supplier"] == "Israel Aerospace Industries"
    assert deal["recipient_state"] == "Azerbaijan"
    assert deal["quantity"] == 2
    assert deal["value"] == {"amount": 120000000, "currency": "USD"}
    assert deal["status"] == "agreed"
    docs = set(deal["documents"])
    assert {f"{SAT}#7", f"{SAT}#8", f"{SAT}#10"} == docs
    assert f"{SAT}#9" not in {e["doc"] for e in deal["evidence"]}  # exact duplicate: no evidence
    assert [d["doc"] for d in deal["duplicates_ignored"]] == [f"{SAT}#9"]
    assert deal["sources"] == 2  # #8 is a near-duplicate of #7: one story
    assert [e["counted"] for e in deal["evidence"] if e["doc"] == f"{SAT}#8"] == [False]
    # The deal's dossier, in Markdown with footnotes for each document.
    md = render_markdown(seed_kb.dossier(deal["id"]))
    assert md.count("[^") >= 6 and "[^3]:" in md and "OptSat500" in md


@needs_seeds
def test_seed_deals_are_sane(seed_kb: KnowledgeBase) -> None:
    deals = list(seed_kb.deals())
    assert 30 <= len(deals) <= 45
    france = list(seed_kb.deals(supplier="France", recipient="Armenia"))
    assert len(france) == 1 and len(france[0]["documents"]) == 2  # 004#2 and 004#4, the same announcement
    dana = list(seed_kb.deals(item="Dana"))
    assert len(dana) == 1 and dana[0]["via"] == ["Israel"]


# ----------------------------------------------------------------------------- disputes
@needs_seeds
def test_seed_disputes(seed_kb: KnowledgeBase) -> None:
    disputes = {(d["subject"], d["attribute"]): d for d in seed_kb.disputes("Azerbaijan")}
    budget = disputes[("Azerbaijan", "budget 2009")]
    values = {v["value"]["amount"]: v for v in budget["values"]}
    assert set(values) == {2460000000, 1473000000, 1500000000}
    assert {c["according_to"] for c in values[2460000000]["claims"]} == {"Azerbaijani media", None}
    assert [c["according_to"] for c in values[1473000000]["claims"]] == [
        "Stockholm International Peace Research Institute"]
    assert [c["according_to"] for c in values[1500000000]["claims"]] == ["IISS"]
    media = next(c for c in values[2460000000]["claims"] if c["according_to"])
    sipri = values[1473000000]["claims"][0]
    assert "budgeted (set/allocated)" in media["reasons"] and "spent (actual expenditure)" not in media["reasons"]
    assert sipri["reasons"] == ["spent (actual expenditure)"]
    assert "defence budget" in values[1500000000]["claims"][0]["reasons"]

    def personnel(force: str) -> set[int]:
        return {v["value"] for v in disputes[(force, "personnel")]["values"]}

    assert personnel("Azerbaijani Land Forces") == {56840, 85000}
    assert personnel("Azerbaijani Air and Air Defence Force") == {7900, 8000}
    assert personnel("Azerbaijani Navy") == {2200, 2000}
    navy = disputes[("Azerbaijani Navy", "personnel")]
    iiss = next(c for v in navy["values"] for c in v["claims"] if c["according_to"] == "IISS")
    assert iiss["as_of"] == "2007" and iiss["quote"]
    assert len(disputes) == 4
    # A force's disputes are found under the force too.
    assert len(list(seed_kb.disputes("Azerbaijani Navy"))) == 1


def test_holding_counts_are_compared_per_system_not_per_family(kb: KnowledgeBase) -> None:
    claimed = make_fact("c", "holding", {"holder": "Azerbaijan", "item": "BTR-80A", "quantity": 14})
    claimed.attribution = "Janes"  # a holding has no according_to role; its sentence's source counts
    store(kb, [
        make_fact("a", "holding", {"holder": "Azerbaijan", "item": "BTR-80", "quantity": 30}),
        make_fact("b", "holding", {"holder": "Azerbaijan", "item": "BTR-80A", "quantity": 10}),
        claimed,
    ])
    disputes = list(kb.disputes("Azerbaijan"))
    assert len(disputes) == 1  # the 30 BTR-80 are another system of the family
    assert disputes[0]["attribute"] == "count of BTR-80A"
    assert [v["value"] for v in disputes[0]["values"]] == [10, 14]
    assert [[c["according_to"] for c in v["claims"]] for v in disputes[0]["values"]] == [[None], ["Janes"]]


def test_strength_at_different_dates_is_no_dispute(kb: KnowledgeBase) -> None:
    store(kb, [
        make_fact("a", "strength", {"force": "Armenian Army", "personnel": 40000, "as_of": "2010"}),
        make_fact("b", "strength", {"force": "Armenian Army", "personnel": 45000, "as_of": "2020"}),
        make_fact("c", "budget", {"country": "Armenia", "year": "2024",
                                  "amount": {"amount": 1.0e9, "currency": "USD"}}),
        make_fact("d", "budget", {"country": "Armenia", "year": "2024",
                                  "amount": {"amount": 1.005e9, "currency": "USD"}, "according_to": "SIPRI"}),
    ])
    assert not list(kb.disputes())
    from orbat.knowledge.disputes import iter_series

    series = list(iter_series(kb, "Armenia"))
    assert {s["kind"] for s in series} == {"strength", "budget"}


# ----------------------------------------------------------------------------- dossiers and CLI
@needs_seeds
def test_seed_dossiers(seed_kb: KnowledgeBase) -> None:
    d = seed_kb.dossier("Azerbaijan")
    assert d["kind"] == "country"
    assert {"transfer", "budget", "strength", "office"} <= set(d["facts"])
    budgets = [e["date"] for e in d["facts"]["budget"]]
    assert budgets == sorted(budgets)
    assert d["disputes"] and d["deals"]
    text = render_text(d)
    assert "Sources" in text and "[1]" in text
    md = render_markdown(d)
    assert "## Disputes" in md and "[^1]:" in md


@needs_seeds
def test_seed_resolution_counts(seed_kb: KnowledgeBase) -> None:
    counts = seed_kb.resolve()
    assert counts["deals"] >= 30 and counts["disputes"] == 4
    assert counts["entities.country"] >= 10 and counts["entities.person"] >= 40
    aliases = {e["name"]: e["aliases"] for e in seed_kb.entities("person")}
    assert "Aliyev" in aliases["Ilham Aliyev"]


@pytest.mark.skipif(not (EXAMPLES / "expected_facts.jsonl").exists(), reason="no bundled sample")
def test_sample_corpus_expected_facts() -> None:
    with KnowledgeBase(memory=True) as kb:
        load_examples_kb(kb)
        counts = kb.resolve()
        assert counts["deals"] > 0 and counts["entities"] > 0
        deals = list(kb.deals(recipient="Vietnam"))
        assert deals and deals[0]["quantity"] == 12


@needs_seeds
def test_cli_knowledge_commands(tmp_path: Any) -> None:
    path = tmp_path / "kb.db"
    with KnowledgeBase(path) as kb:
        load_seed_kb(kb)
    runner = CliRunner()
    out = runner.invoke(cli, ["resolve", "--kb", str(path)])
    assert out.exit_code == 0, out.output
    assert "deals=" in out.output
    out = runner.invoke(cli, ["disputes", "Azerbaijan", "--kb", str(path)])
    assert out.exit_code == 0, out.output
    assert "56,840" in out.output and "85,000" in out.output and "Stockholm" in out.output
    out = runner.invoke(cli, ["deals", "--kb", str(path), "--item", "OptSat500", "--evidence"])
    assert out.exit_code == 0, out.output
    assert "USD 120m" in out.output and "#9" not in out.output
    out = runner.invoke(cli, ["entities", "--kb", str(path), "--kind", "person", "--json"])
    assert out.exit_code == 0, out.output
    assert all(json.loads(line)["kind"] == "person" for line in out.output.splitlines())
    out = runner.invoke(cli, ["dossier", "Hasanov", "--kb", str(path), "--format", "markdown"])
    assert out.exit_code == 0, out.output
    assert out.output.startswith("# Zakir Hasanov") and "[^1]:" in out.output
    target = tmp_path / "report.md"
    out = runner.invoke(cli, ["dossier", "Azerbaijan", "--kb", str(path), "--format", "markdown", "-o", str(target)])
    assert out.exit_code == 0 and target.read_text(encoding="utf-8").startswith("# Azerbaijan")


def test_views_recompute_when_facts_change(kb: KnowledgeBase) -> None:
    store(kb, [make_fact("a", "transfer", {"supplier": "Russia", "recipient": "Armenia", "item": "Su-30SM",
                                           "status": "ordered", "date": "2019"})])
    assert len(list(kb.deals())) == 1
    # Facts stored later without an explicit resolve (re-extraction by other code) still show.
    put_facts(kb.db, "b", [make_fact("b", "transfer", {"supplier": "India", "recipient": "Armenia",
                                                       "item": "Pinaka", "status": "ordered"})])
    assert len(list(kb.deals())) == 2
    assert {e["id"] for e in kb.entities("country")} >= {"country:IN", "country:AM"}


def test_python_api_doc_covers_the_api() -> None:
    from pathlib import Path

    doc = (Path(__file__).resolve().parents[1] / "docs" / "python-api.md").read_text(encoding="utf-8")
    for call in ("KnowledgeBase(", "kb.ingest(", "kb.facts(", "kb.fact(", "kb.entities(", "kb.deals(",
                 "kb.disputes(", "kb.dossier(", "kb.review(", "kb.export(", "kb.resolve()"):
        assert call in doc, call


def test_odd_role_values_do_not_break_anything(kb: KnowledgeBase) -> None:
    odd = [
        make_fact("x", "transfer", {"supplier": ["Russia", 7], "recipient": {"name": "Armenia"},
                                    "item": ["T-72", "T-90"],
                                    "quantity": "many", "value": 5, "status": "rumoured", "date": {"iso": "2020"}}),
        make_fact("x", "transfer", {"recipient": "Armenia", "item": "", "status": None}, begin=300),
        make_fact("x", "office", {"person": ["A B", "C D"], "role": None, "start": 1990}, begin=400),
        make_fact("x", "budget", {"country": "Armenia", "year": 2024, "amount": "a lot"}, begin=500),
        make_fact("x", "strength", {"force": [], "personnel": None}, begin=600),
        make_fact("x", "meeting", {"participants": "Nikol Pashinyan", "place": 12}, begin=700),
        make_fact("x", "incident", {"kind": "blast", "location": ["Yerevan", None], "killed": "3"}, begin=800),
    ]
    store(kb, odd)
    list(kb.entities())
    list(kb.deals())
    list(kb.disputes())
    import io

    import importlib.util

    formats = ["jsonl", "csv", "sipri", "markdown", "graphml", "gexf"]
    if importlib.util.find_spec("followthemoney") is not None:
        formats.append("ftm")
    for fmt in formats:
        kb.export(fmt, io.BytesIO() if fmt in ("graphml", "gexf") else io.StringIO())
    render_text(kb.dossier("Armenia"))
