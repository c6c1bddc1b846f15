"""Review verdicts: recorded with author and time, honoured by every view, never deleting anything."""
from __future__ import annotations

import json
from typing import Any

import pytest
from click.testing import CliRunner
from test_knowledge import make_fact, store
from test_knowledge_support import load_seed_kb, needs_seeds, seed_kb, small_reference

from orbat.cli import cli
from orbat.errors import InvalidInput, NotFound
from orbat.facts.store import put_facts
from orbat.kb import KnowledgeBase
from orbat.knowledge.review import parse_value, verdict_history

__all__ = ["seed_kb"]


@pytest.fixture
def kb() -> Any:
    base = KnowledgeBase(memory=True)
    base._reference = small_reference()
    facts = [
        make_fact("a", "transfer", {"supplier": "Russia", "recipient": "Azerbaijan", "item": "Mi-35M",
                                    "quantity": 20, "status": "ordered", "date": "2010"}),
        make_fact("b", "strength", {"force": "Azerbaijani Navy", "personnel": 2200}),
        make_fact("c", "strength", {"force": "Azerbaijani Navy", "personnel": 2000, "according_to": "IISS"}),
    ]
    store(base, facts)
    base.test_facts = facts  # type: ignore[attr-defined]
    yield base
    base.close()


def test_reject_hides_everywhere_but_keeps_the_fact(kb: KnowledgeBase) -> None:
    wrong = kb.test_facts[2]  # type: ignore[attr-defined]
    assert len(list(kb.disputes())) == 1
    result = kb.review(wrong.id, reject=True, note="misread footnote", author="ana")
    assert result["verdict"] == "reject" and result["author"] == "ana" and result["at"]
    assert wrong.id not in {f.id for f in kb.facts()}
    assert wrong.id in {f.id for f in kb.facts(include_rejected=True)}
    assert kb.fact(wrong.id).why["_review"]["status"] == "rejected"
    assert not list(kb.disputes())  # the dispute is gone with the rejected claim
    assert kb.db.execute("SELECT COUNT(*) FROM facts").fetchone()[0] == 3  # nothing deleted
    # A later accept supersedes the rejection; both verdicts are kept.
    kb.review(wrong.id, accept=True, author="bo")
    assert wrong.id in {f.id for f in kb.facts()}
    assert [v["verdict"] for v in verdict_history(kb.db, wrong.id)] == ["reject", "accept"]
    assert len(list(kb.disputes())) == 1


def test_correction_applies_to_views_and_survives_reextraction(kb: KnowledgeBase) -> None:
    fact = kb.test_facts[0]  # type: ignore[attr-defined]
    kb.review(fact.id, correct={"quantity": 24}, note="MoD release", author="ana")
    seen = kb.fact(fact.id)
    assert seen.roles["quantity"] == 24
    review = seen.why["_review"]
    assert review["status"] == "corrected" and review["corrections"]["quantity"] == {"from": 20, "to": 24}
    assert next(kb.deals())["quantity"] == 24
    # Re-extraction stores the same claim again (same content-derived id): the verdict still applies.
    put_facts(kb.db, "a", [make_fact("a", "transfer", fact.roles | {"quantity": 20})])
    kb.resolve()
    assert kb.fact(fact.id).roles["quantity"] == 24
    assert next(kb.deals())["quantity"] == 24
    # A later correction of the same role supersedes; removing a role with None.
    kb.review(fact.id, correct={"quantity": 25, "date": None}, author="bo")
    seen = kb.fact(fact.id)
    assert seen.roles["quantity"] == 25 and "date" not in seen.roles
    assert len(verdict_history(kb.db, fact.id)) == 2


def test_review_validation(kb: KnowledgeBase) -> None:
    fact = kb.test_facts[1]  # type: ignore[attr-defined]
    with pytest.raises(InvalidInput):
        kb.review(fact.id)
    with pytest.raises(InvalidInput):
        kb.review(fact.id, accept=True, reject=True)
    with pytest.raises(InvalidInput):
        kb.review(fact.id, correct={"colour": "red"})
    with pytest.raises(NotFound):
        kb.review("fact-doesnotexist", accept=True)
    # A unique prefix is enough.
    assert kb.review(fact.id[:12], accept=True)["fact_id"] == fact.id


def test_parse_value() -> None:
    assert parse_value("24") == 24
    assert parse_value("120000000 USD") == {"amount": 120000000, "currency": "USD"}
    assert parse_value('["Armenia", "China"]') == ["Armenia", "China"]
    assert parse_value("Israel Aerospace Industries") == "Israel Aerospace Industries"
    assert parse_value("") is None


@needs_seeds
def test_seed_review_of_budget_dispute(seed_kb: KnowledgeBase) -> None:
    budget = next(d for d in seed_kb.disputes("Azerbaijan") if d["kind"] == "budget")
    iiss = next(c for v in budget["values"] for c in v["claims"] if c["according_to"] == "IISS")
    seed_kb.review(iiss["fact_id"], correct={"amount": {"amount": 1473000000, "currency": "USD"}}, author="x")
    budget = next(d for d in seed_kb.disputes("Azerbaijan") if d["kind"] == "budget")
    assert len(budget["values"]) == 2  # IISS now agrees with SIPRI


def test_cli_review(tmp_path: Any) -> None:
    path = tmp_path / "kb.db"
    with KnowledgeBase(path) as base:
        base._reference = small_reference()
        facts = [make_fact("a", "transfer", {"supplier": "Russia", "recipient": "Azerbaijan", "item": "Mi-35M",
                                             "quantity": 20, "status": "ordered"})]
        store(base, facts)
    runner = CliRunner()
    out = runner.invoke(cli, ["review", facts[0].id, "--kb", str(path), "--correct", "quantity=24", "--note", "MoD",
                              "--author", "ana"])
    assert out.exit_code == 0, out.output
    assert "correct" in out.output and "quantity = 24" in out.output
    out = runner.invoke(cli, ["review", facts[0].id, "--kb", str(path), "--reject", "--json"])
    assert out.exit_code == 0, out.output
    assert json.loads(out.output)["review"]["status"] == "rejected"
    with KnowledgeBase(path) as base:
        assert not list(base.facts())
        assert [v["author"] for v in verdict_history(base.db, facts[0].id)][0] == "ana"
    out = runner.invoke(cli, ["review", facts[0].id, "--kb", str(path), "--correct", "nonsense"])
    assert out.exit_code != 0


@needs_seeds
def test_verdicts_survive_reingest_of_seeds(tmp_path: Any) -> None:
    path = tmp_path / "kb.db"
    with KnowledgeBase(path) as base:
        load_seed_kb(base)
        sat = next(d for d in base.deals() if d.get("item_category") == "satellite")
        base.review(sat["evidence"][0]["fact_id"], reject=True, author="x")
        n = len(next(d for d in base.deals() if d.get("item_category") == "satellite")["evidence"])
        assert n == len(sat["evidence"]) - 1
    with KnowledgeBase(path) as base:
        load_seed_kb(base)  # the same facts stored again
        again = next(d for d in base.deals() if d.get("item_category") == "satellite")
        assert len(again["evidence"]) == n
