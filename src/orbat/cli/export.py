"""The export command: stream the knowledge base in an analyst's format."""
from __future__ import annotations

import sys
from typing import Any

import click

from orbat.cli import kb_option

FORMATS = ("jsonl", "csv", "sipri", "ftm", "graphml", "gexf", "markdown")


def register(group: click.Group) -> None:
    group.add_command(export)


@click.command()
@kb_option
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="jsonl", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="File (default: stdout).")
@click.option("--type", "fact_type", help="Only facts of this type (jsonl, csv, ftm, markdown).")
@click.option("--country", help="Only facts naming this country / deals with it on either side.")
@click.option("--what", type=click.Choice(["facts", "deals", "entities", "disputes"]), default="facts",
              show_default=True, help="What the jsonl export holds.")
@click.option("--include-rejected", is_flag=True, help="Keep facts rejected in review (marked).")
@click.option("--confirmed-only", is_flag=True, help="sipri: only ordered and delivered deals, as SIPRI does.")
@click.option("--level", type=click.Choice(["entity", "state"]), default="entity", show_default=True,
              help="graphml/gexf: nodes are the parties as named, or their states.")
def export(kb_path: str, fmt: str, output: str | None, fact_type: str | None, country: str | None, what: str,
           include_rejected: bool, confirmed_only: bool, level: str) -> None:
    """Export facts, deals and entities: jsonl, csv, sipri, ftm, graphml, gexf or markdown."""
    from orbat.kb import KnowledgeBase

    options: dict[str, Any] = {}
    if fact_type:
        options["type"] = fact_type
    if country:
        options["country"] = country
    if include_rejected:
        options["include_rejected"] = True
    if fmt == "jsonl" and what != "facts":
        options = {"what": what, **({"country": country} if country and what == "deals" else {})}
    if fmt == "sipri":
        options = {"confirmed_only": confirmed_only, **({"country": country} if country else {})}
    if fmt in ("graphml", "gexf"):
        options = {"level": level, **({"country": country} if country else {})}
    with KnowledgeBase(kb_path) as kb:
        if output:
            if fmt in ("graphml", "gexf"):
                with open(output, "wb") as binary:
                    rows = kb.export(fmt, binary, **options)
            else:
                with open(output, "w", encoding="utf-8", newline="") as text:
                    rows = kb.export(fmt, text, **options)
            click.echo(f"wrote {rows} rows to {output}", err=True)
        else:
            target = sys.stdout.buffer if fmt in ("graphml", "gexf") else sys.stdout
            rows = kb.export(fmt, target, **options)
            target.flush()
