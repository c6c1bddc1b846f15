"""The whole pipeline on the seed documents: deals and disputes come out of real extraction."""
from __future__ import annotations

from pathlib import Path

import pytest

from orbat import KnowledgeBase

SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "seeds"
pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared is not here")


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    kb = KnowledgeBase(tmp_path_factory.mktemp("e2e") / "seeds.db")
    kb.ingest(sorted(SEEDS.glob("*.txt")))
    return kb


def test_satellite_deal_is_one_deal_with_evidence_from_each_report(kb: KnowledgeBase) -> None:
    deals = [d for d in kb.deals(item="satellite") if d["value"]]
    assert len(deals) == 1
    deal = deals[0]
    assert deal["value"] == {"amount": 120000000, "currency": "USD"} and deal["quantity"] == 2
    docs = {e["doc"].rsplit("#", 1)[1] for e in deal["evidence"]}
    assert {"7", "8", "10"} <= docs and "9" not in docs
    assert [e["doc"].rsplit("#", 1)[1] for e in deal["duplicates_ignored"]] == ["9"]


def test_the_four_seed_disputes(kb: KnowledgeBase) -> None:
    found = {(d["attribute"], tuple(sorted(v["display"] for v in d["values"]))) for d in kb.disputes()}
    assert ("budget 2009", ("USD 1.473bn", "USD 1.5bn", "USD 2.46bn")) in found
    values = {vals for _, vals in found}
    for pair in (("56,840", "85,000"), ("7,900", "8,000"), ("2,000", "2,200")):
        assert pair in values, pair


def test_people_merge_across_name_variants(kb: KnowledgeBase) -> None:
    people = list(kb.entities("person"))
    # "General Zakir Hasanov" (meeting) and "Colonel General Zakir Hasanov" (minister list): one person
    assert [e["facts"] for e in people if "Hasanov" in e["name"]] == [3]
    # a later bare "Aliyev" joins "President Ilham Aliyev"
    aliyev = [e for e in people if e["id"] == "person:ilham-aliyev"]
    assert aliyev and {"Ilham Aliyev", "Aliyev"} <= set(aliyev[0]["aliases"])
