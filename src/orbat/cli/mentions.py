"""`orbat mentions [KEY...]`: the typed entity mentions of stored documents."""
from __future__ import annotations

import json

import click

from orbat.cli import kb_option


def register(group: click.Group) -> None:
    group.add_command(mentions_command)


@click.command("mentions")
@click.argument("keys", nargs=-1)
@kb_option
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table"]), default="jsonl", show_default=True,
              help="jsonl: one line per document, {\"id\", \"entities\": [...]} (score_entities.py's format).")
@click.option("--type", "types", multiple=True, help="Only mentions of this type (repeatable).")
@click.option("--fresh", is_flag=True, help="Recognise again on the stored texts instead of reading stored mentions.")
@click.option("--text", "text", default=None, help="Only mentions with this text (case-insensitive), across documents.")
@click.option("--link", "link", default=None, help="Only mentions linked to this reference id (country:SY, equipment:...).")
def mentions_command(keys: tuple[str, ...], kb_path: str, fmt: str, types: tuple[str, ...], fresh: bool,
                     text: str | None, link: str | None) -> None:
    """Print the entity mentions of the given documents (all documents when no KEY is given)."""
    from orbat.kb import KnowledgeBase

    with KnowledgeBase(kb_path) as kb:
        if (text or link) and not fresh:
            from orbat.mentions.store import find_mentions

            grouped: dict[str, list] = {}
            for key, m in find_mentions(kb.db, text=text, link=link):
                if keys and key not in keys:
                    continue
                grouped.setdefault(key, []).append(m)
            pairs = iter(grouped.items())
        elif fresh:
            from orbat.mentions import recognise

            docs = [kb.document(k) for k in keys] if keys else list(kb.documents())
            pairs = ((d.key, recognise(d, kb.reference)) for d in docs)
        else:
            if keys:
                for key in keys:
                    kb.document(key)  # raises NotFound for an unknown key
            pairs = kb.mentions(list(keys) if keys else None)
        for key, mentions in pairs:
            if types:
                mentions = [m for m in mentions if m.type in types]
            if fmt == "jsonl":
                click.echo(json.dumps({"id": key, "entities": [m.to_output() for m in mentions]}, ensure_ascii=False))
                continue
            for m in mentions:
                value = "" if m.value is None else json.dumps(m.value, ensure_ascii=False)
                click.echo(f"{key}\t{m.begin}\t{m.end}\t{m.type}\t{m.text}\t{value}\t{m.link or ''}\t{m.source}")
