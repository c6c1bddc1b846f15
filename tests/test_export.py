"""Exports: every format streams, and the files read back in the tools analysts use."""
from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest
from click.testing import CliRunner
from test_knowledge import make_fact, store
from test_knowledge_support import SAT, load_seed_kb, needs_seeds, seed_kb, small_reference

from orbat.cli import cli
from orbat.errors import InvalidInput
from orbat.export.sipri import HEADER as SIPRI_HEADER
from orbat.kb import KnowledgeBase

__all__ = ["seed_kb"]


def run(kb: KnowledgeBase, fmt: str, **options: Any) -> tuple[int, str]:
    buffer = io.StringIO()
    n = kb.export(fmt, buffer, **options)
    return n, buffer.getvalue()


@needs_seeds
def test_jsonl_is_the_exchange_form(seed_kb: KnowledgeBase) -> None:
    n, text = run(seed_kb, "jsonl")
    lines = [json.loads(line) for line in text.splitlines()]
    assert n == len(lines) == seed_kb.db.execute("SELECT COUNT(*) FROM facts").fetchone()[0]
    for row in lines:
        assert {"doc", "type", "quote", "roles", "id", "quote_span", "source", "review"} <= set(row)
    n, text = run(seed_kb, "jsonl", type="budget")
    assert n == 5 and all(json.loads(line)["type"] == "budget" for line in text.splitlines())
    n, text = run(seed_kb, "jsonl", what="deals")
    assert n == len(list(seed_kb.deals())) and "status_history" in text
    n, _ = run(seed_kb, "jsonl", what="disputes")
    assert n == 4


@needs_seeds
def test_csv_one_row_per_fact(seed_kb: KnowledgeBase) -> None:
    n, text = run(seed_kb, "csv")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == n
    sat = next(r for r in rows if r["doc"] == f"{SAT}#8" and r["type"] == "transfer")
    assert sat["value"] == "120000000 USD" and sat["quantity"] == "2" and sat["review"] == "unreviewed"
    meeting = next(r for r in rows if r["type"] == "meeting" and "Hasanov" in r["participants"])
    assert meeting["participants"] == "Avigdor Lieberman; Zakir Hasanov"


@needs_seeds
def test_sipri_register_layout(seed_kb: KnowledgeBase) -> None:
    n, text = run(seed_kb, "sipri")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == SIPRI_HEADER
    assert len(rows) - 1 == n == len(list(seed_kb.deals()))
    header = rows[0]
    sat = next(r for r in rows[1:] if r[header.index("Weapon description")] == "satellite")
    assert sat[0] == "Azerbaijan" and sat[1] == "Israel"  # states, as SIPRI codes them
    assert sat[header.index("Number ordered")] == "2"
    assert sat[header.index("Weapon designation")] == "OptSat500"
    assert sat[header.index("status")] == "agreed"
    comments = sat[-1]
    assert "value USD 120m" in comments and "end user Azercosmos" in comments
    assert "supplier Israel Aerospace Industries" in comments
    assert f"{SAT}#7" in comments and f"{SAT}#10" in comments and f"{SAT}#9" not in comments
    n_confirmed, _ = run(seed_kb, "sipri", confirmed_only=True)
    assert 0 < n_confirmed < n


@needs_seeds
def test_ftm_entities_validate(seed_kb: KnowledgeBase) -> None:
    model = pytest.importorskip("followthemoney").model
    n, text = run(seed_kb, "ftm")
    entities = [json.loads(line) for line in text.splitlines()]
    assert n == len(entities) > 100
    ids = {e["id"] for e in entities}
    schemas = set()
    for data in entities:
        schema = model.get(data["schema"])
        assert schema is not None and not schema.abstract
        assert schema.validate(data) is None  # raises InvalidData when a required property is missing
        proxy = model.get_proxy(data)
        schemas.add(proxy.schema.name)
        for prop in proxy.iterprops():
            if prop.type.name == "entity":
                for value in proxy.get(prop):
                    assert value in ids, (data["schema"], prop.name)
    assert {"Article", "Person", "PublicBody", "Contract", "ContractAward", "Occupancy", "Position", "Event",
            "Documentation", "Mention"} <= schemas
    contract = next(e for e in entities if e["schema"] == "Contract" and "OptSat500" in e["properties"]["title"][0])
    assert contract["properties"]["amount"] == ["120000000"] or float(contract["properties"]["amount"][0]) == 1.2e8


@needs_seeds
@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_graph_reads_back_in_networkx(seed_kb: KnowledgeBase, fmt: str) -> None:
    import networkx as nx

    buffer = io.BytesIO()
    n = seed_kb.export(fmt, buffer)
    buffer.seek(0)
    graph = nx.read_graphml(buffer) if fmt == "graphml" else nx.read_gexf(buffer)
    assert graph.number_of_nodes() + graph.number_of_edges() == n
    assert graph.number_of_edges() == len(list(seed_kb.deals()))
    edges = [d for _, _, d in graph.edges(data=True) if d.get("item") == "OptSat500"]
    assert len(edges) == 1 and float(edges[0]["value_amount"]) == 1.2e8 and int(edges[0]["quantity"]) == 2
    text_out = io.StringIO()
    seed_kb.export(fmt, text_out, level="state")
    state_graph = nx.read_graphml(io.BytesIO(text_out.getvalue().encode())) if fmt == "graphml" else \
        nx.read_gexf(io.BytesIO(text_out.getvalue().encode()))
    assert state_graph.has_edge("country:IL", "country:AZ")


@needs_seeds
def test_markdown_report_footnotes(seed_kb: KnowledgeBase) -> None:
    n, text = run(seed_kb, "markdown", title="Seeds")
    assert text.startswith("# Seeds") and "## Deals" in text and "## Disputes" in text
    used = {part.split("]")[0] for part in text.split("[^")[1:]}
    defined = {line[2:].split("]")[0] for line in text.splitlines() if line.startswith("[^")}
    assert used == defined and len(defined) >= 10


def test_rejected_facts_stay_out_of_exports() -> None:
    with KnowledgeBase(memory=True) as kb:
        kb._reference = small_reference()
        facts = [make_fact("a", "transfer", {"supplier": "Russia", "recipient": "Armenia", "item": "Iskander",
                                             "quantity": 4, "status": "delivered"}),
                 make_fact("b", "budget", {"country": "Armenia", "year": "2024",
                                           "amount": {"amount": 1.0e9, "currency": "USD"}})]
        store(kb, facts)
        kb.review(facts[0].id, reject=True, author="t")
        assert run(kb, "jsonl")[0] == 1
        assert run(kb, "csv")[0] == 1
        assert run(kb, "sipri")[0] == 0
        assert run(kb, "jsonl", include_rejected=True)[0] == 2
        with pytest.raises(InvalidInput):
            run(kb, "xlsx")


@needs_seeds
def test_cli_export(tmp_path: Any) -> None:
    path = tmp_path / "kb.db"
    with KnowledgeBase(path) as kb:
        load_seed_kb(kb)
    runner = CliRunner()
    for fmt in ("jsonl", "csv", "sipri", "ftm", "markdown"):
        out = runner.invoke(cli, ["export", "--kb", str(path), "--format", fmt])
        assert out.exit_code == 0, (fmt, out.output)
        assert out.output.strip()
    target = tmp_path / "deals.graphml"
    out = runner.invoke(cli, ["export", "--kb", str(path), "--format", "graphml", "-o", str(target)])
    assert out.exit_code == 0, out.output
    import networkx as nx

    assert nx.read_graphml(target).number_of_edges() > 0
    out = runner.invoke(cli, ["export", "--kb", str(path), "--format", "jsonl", "--what", "deals",
                              "--country", "Armenia"])
    assert out.exit_code == 0 and all("Armenia" in line for line in out.output.splitlines())
