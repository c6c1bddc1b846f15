"""`orbat facts` (list facts as a table, JSON lines or CSV) and `orbat explain FACT_ID`."""
from __future__ import annotations

import csv
import json
import sys
from typing import Any, Iterable

import click

from orbat.cli import kb_option
from orbat.records import FACT_ROLES, Fact


def register(group: click.Group) -> None:
    group.add_command(facts_command)
    group.add_command(explain_command)


def _open(kb_path: str):  # noqa: ANN202
    from orbat.kb import KnowledgeBase

    return KnowledgeBase(kb_path)


def _value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dict) and "amount" in value:
        return f"{value.get('amount')} {value.get('currency') or ''}".strip()
    if isinstance(value, list):
        return "; ".join(_value(v) for v in value)
    return str(value)


def _roles_text(fact: Fact) -> str:
    return ", ".join(f"{k}={_value(v)}" for k, v in fact.roles.items())


def write_jsonl(facts: Iterable[Fact], out: Any) -> int:
    n = 0
    for fact in facts:
        out.write(json.dumps(fact.to_exchange(), ensure_ascii=False) + "\n")
        n += 1
    return n


CSV_FIELDS = ("id", "doc", "type", *sorted({r for roles in FACT_ROLES.values() for r in roles} | {"qualifier"}),
              "quote", "quote_begin", "quote_end", "attribution", "confidence", "extractor")


def write_csv(facts: Iterable[Fact], out: Any) -> int:
    writer = csv.writer(out)
    writer.writerow(CSV_FIELDS)
    n = 0
    for f in facts:
        row = {"id": f.id, "doc": f.doc, "type": f.type, "quote": f.quote, "quote_begin": f.quote_begin,
               "quote_end": f.quote_end, "attribution": f.attribution or "", "confidence": f.confidence,
               "extractor": f"{f.extractor}@{f.extractor_version}"}
        for role, value in f.roles.items():
            if role in CSV_FIELDS:
                row[role] = _value(value)
        writer.writerow([row.get(c, "") for c in CSV_FIELDS])
        n += 1
    return n


def write_table(facts: Iterable[Fact], out: Any) -> int:
    n = 0
    out.write("id\ttype\tdoc\tconfidence\troles\tquote\n")
    for f in facts:
        quote = " ".join(f.quote.split())
        quote = quote if len(quote) <= 80 else quote[:79] + "…"
        out.write(f"{f.id}\t{f.type}\t{f.doc}\t{f.confidence:.2f}\t{_roles_text(f)}\t{quote}\n")
        n += 1
    return n


@click.command("facts")
@kb_option
@click.option("--type", "kind", type=click.Choice(sorted(FACT_ROLES)), help="Only facts of this type.")
@click.option("--doc", help="Only facts of this document (a file name also selects its articles).")
@click.option("--country", help="Only facts any role of which names this country (any name variant).")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "csv"]), default="table", show_default=True)
def facts_command(kb_path: str, kind: str | None, doc: str | None, country: str | None, fmt: str) -> None:
    """List facts (jsonl writes the FACTS.md exchange form plus provenance fields)."""
    with _open(kb_path) as kb:
        facts = kb.facts(type=kind, doc=doc, country=country)
        writer = {"jsonl": write_jsonl, "csv": write_csv, "table": write_table}[fmt]
        writer(facts, sys.stdout)


@click.command("explain")
@click.argument("fact_id")
@kb_option
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def explain_command(fact_id: str, kb_path: str, fmt: str) -> None:
    """Show a fact's quote in context, the span of every role and the rule that filled it."""
    with _open(kb_path) as kb:
        explanation = kb.explain(fact_id)
        if fmt == "json":
            click.echo(json.dumps(explanation.to_dict(), ensure_ascii=False, indent=1))
        else:
            click.echo(explanation.to_text())
