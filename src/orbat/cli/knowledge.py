"""Commands on the knowledge layer: entities, deals, disputes, dossier, review, resolve."""
from __future__ import annotations

import json
import sys
from typing import Any

import click

from orbat.cli import kb_option


def _open(kb_path: str) -> Any:
    from orbat.kb import KnowledgeBase

    return KnowledgeBase(kb_path)


def _json(value: Any) -> None:
    click.echo(json.dumps(value, ensure_ascii=False, default=str))


def _fmt(value: Any) -> str:
    from orbat.knowledge.common import fmt_value

    return fmt_value(value)


def register(group: click.Group) -> None:
    group.add_command(entities)
    group.add_command(deals)
    group.add_command(disputes)
    group.add_command(dossier)
    group.add_command(review)
    group.add_command(resolve)


@click.command()
@kb_option
@click.option("--kind", type=click.Choice(["country", "organisation", "person", "system", "unit"]),
              help="Only entities of this kind.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@click.option("--limit", type=int, default=0, help="At most this many (0: all).")
def entities(kb_path: str, kind: str | None, as_json: bool, limit: int) -> None:
    """Resolved entities: countries, organisations, people, systems and units, most cited first."""
    with _open(kb_path) as kb:
        for n, entity in enumerate(kb.entities(kind), 1):
            if as_json:
                _json(entity)
            else:
                extra = [f"part of {entity['parent']}" if entity.get("parent") else "",
                         f"family {entity['family']}" if entity.get("family") else "",
                         f"country {entity['country']}" if entity.get("country") else ""]
                aliases = [a for a in entity.get("aliases", []) if a != entity["name"]]
                line = f"{entity['id']:<40} {entity['kind']:<12} {entity['name']}  ({entity['facts']} facts)"
                if aliases:
                    line += "  aka " + "; ".join(aliases[:6])
                if any(extra):
                    line += "  [" + ", ".join(e for e in extra if e) + "]"
                click.echo(line)
            if limit and n >= limit:
                break


@click.command()
@kb_option
@click.option("--recipient", help="Recipient state or organisation.")
@click.option("--supplier", help="Supplier state or organisation.")
@click.option("--country", help="Either side.")
@click.option("--item", help="Designation, family or category.")
@click.option("--status", help="Current status or any step (offered, negotiating, agreed, ordered, delivered, ...).")
@click.option("--year", help="Year of order, delivery or report.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line (with evidence).")
@click.option("--evidence", is_flag=True, help="Print each deal's evidence quotes.")
def deals(kb_path: str, recipient: str | None, supplier: str | None, country: str | None, item: str | None,
          status: str | None, year: str | None, as_json: bool, evidence: bool) -> None:
    """Transfer claims merged into deals with their status history and evidence."""
    with _open(kb_path) as kb:
        for deal in kb.deals(recipient=recipient, supplier=supplier, country=country, item=item, status=status,
                             year=year):
            if as_json:
                _json(deal)
                continue
            history = " → ".join(s["status"] + (f" {s['date']}" if s.get("date") else "")
                                 for s in deal["status_history"])
            quantity = f"{deal['quantity']} × " if deal.get("quantity") is not None else ""
            value = f", {_fmt(deal['value'])}" if deal.get("value") else ""
            click.echo(f"{deal['id']}  {deal.get('supplier') or '?'} → {deal['recipient']}: {quantity}{deal['item']}"
                       f"{value}  [{deal['status']}]  {history}  ({deal['sources']} sources, "
                       f"{len(deal['evidence'])} claims)")
            if evidence:
                for ev in deal["evidence"]:
                    flag = "" if ev["counted"] else " (same story)"
                    click.echo(f"    {ev['status']:<11} {ev['doc']}{flag}: “{' '.join(ev['quote'].split())[:200]}”")


@click.command()
@click.argument("entity", required=False)
@kb_option
@click.option("--all", "show_all", is_flag=True, help="Also series whose values agree.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
def disputes(entity: str | None, kb_path: str, show_all: bool, as_json: bool) -> None:
    """Figures about the same attribute that disagree, side by side with their sources."""
    from orbat.knowledge.disputes import iter_series

    with _open(kb_path) as kb:
        items = iter_series(kb, entity, disputed=None if show_all else True)
        count = 0
        for s in items:
            count += 1
            if as_json:
                _json(s)
                continue
            mark = "DISPUTED" if s["disputed"] else "agrees"
            click.echo(f"{s['subject']} — {s['attribute']}  [{mark}]")
            # The values side by side, each with who says it; the details follow.
            sides = []
            for v in s["values"]:
                who = sorted({str(c.get("according_to") or "unattributed") for c in v["claims"]})
                sides.append(f"{v['display']} ({'; '.join(who)})")
            click.echo("  " + "  |  ".join(sides))
            for v in s["values"]:
                click.echo(f"  {v['display']}")
                for c in v["claims"]:
                    bits = [f"according to {c['according_to']}" if c.get("according_to") else "unattributed",
                            c.get("qualifier") or "", f"as of {c['as_of']}" if c.get("as_of") else "",
                            f"published {c['published']}" if c.get("published") else "",
                            "; ".join(c.get("reasons") or [])]
                    click.echo(f"    - {c.get('title') or c['doc']} ({c['doc']}): {', '.join(b for b in bits if b)}")
                    click.echo(f"      “{' '.join(c['quote'].split())[:240]}”  {c['fact_id']}")
            for note in s.get("notes", []):
                click.echo(f"  note: {note}")
            click.echo("")
        if not count and not as_json:
            click.echo("no disputes" + (f" about {entity}" if entity else ""), err=True)


@click.command()
@click.argument("name")
@kb_option
@click.option("--format", "fmt", type=click.Choice(["text", "markdown", "json"]), default="text", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="Write to this file.")
def dossier(name: str, kb_path: str, fmt: str, output: str | None) -> None:
    """Everything known about a country, system, organisation, person, unit or deal."""
    from orbat.knowledge.dossier import render_markdown, render_text, to_json

    with _open(kb_path) as kb:
        d = kb.dossier(name)
        text = {"text": render_text, "markdown": render_markdown, "json": to_json}[fmt](d)
    if output:
        with open(output, "w", encoding="utf-8") as handle:
            handle.write(text)
        click.echo(f"wrote {output}", err=True)
    else:
        sys.stdout.write(text)


def _parse_corrections(values: tuple[str, ...]) -> dict[str, Any]:
    from orbat.knowledge.review import parse_value

    out: dict[str, Any] = {}
    for item in values:
        role, sep, value = item.partition("=")
        if not sep or not role.strip():
            raise click.BadParameter(f"expected ROLE=VALUE, got {item!r}", param_hint="--correct")
        out[role.strip()] = parse_value(value)
    return out


@click.command()
@click.argument("fact_id")
@kb_option
@click.option("--accept", is_flag=True, help="The fact is right.")
@click.option("--reject", is_flag=True, help="The fact is wrong: hide it from every view (it is kept).")
@click.option("--correct", multiple=True, metavar="ROLE=VALUE",
              help="Correct a role (repeatable); VALUE may be JSON, '120000000 USD', or empty to remove it.")
@click.option("--note", help="Why.")
@click.option("--author", help="Reviewer name (default: $ORBAT_REVIEWER or the login name).")
@click.option("--json", "as_json", is_flag=True)
def review(fact_id: str, kb_path: str, accept: bool, reject: bool, correct: tuple[str, ...], note: str | None,
           author: str | None, as_json: bool) -> None:
    """Record a verdict on a fact: --accept, --reject or --correct ROLE=VALUE, with --note."""
    with _open(kb_path) as kb:
        result = kb.review(fact_id, accept=accept, reject=reject, correct=_parse_corrections(correct) or None,
                           note=note, author=author)
    if as_json:
        _json(result)
        return
    click.echo(f"{result['verdict']} {result['fact_id']} by {result['author']} at {result['at']}")
    for role, value in result["corrections"].items():
        click.echo(f"  {role} = {_fmt(value) if value is not None else '(removed)'}")
    state = result.get("review") or {}
    click.echo(f"  now: {state.get('status', 'unreviewed')} ({state.get('verdicts', 0)} verdicts)")


@click.command()
@kb_option
def resolve(kb_path: str) -> None:
    """Recompute entities, deals and disputes from the stored facts and verdicts."""
    with _open(kb_path) as kb:
        counts = kb.resolve()
    click.echo("  ".join(f"{k}={v}" for k, v in counts.items()))
