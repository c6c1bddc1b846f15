"""`orbat documents`, `orbat show KEY`, `orbat search QUERY`."""
from __future__ import annotations

import json
import sqlite3
import sys
from collections import defaultdict

import click

from orbat.cli import kb_option


def register(group: click.Group) -> None:
    group.add_command(documents_command)
    group.add_command(show_command)
    group.add_command(search_command)


def _open(kb_path: str):  # noqa: ANN202
    from orbat.kb import KnowledgeBase

    return KnowledgeBase(kb_path)


_FIELDS = ("key", "source", "title", "url", "published", "duplicate_of", "cluster", "clean_length", "error")


@click.command("documents")
@kb_option
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table", show_default=True)
def documents_command(kb_path: str, fmt: str) -> None:
    """List stored documents."""
    with _open(kb_path) as kb:
        rows = kb.db.execute("SELECT key, source, title, url, published, duplicate_of, cluster, "
                             "length(clean_text) AS clean_length, error FROM documents ORDER BY id")
        if fmt == "jsonl":
            for row in rows:
                click.echo(json.dumps(dict(row), ensure_ascii=False))
            return
        click.echo("\t".join(_FIELDS))
        for row in rows:
            click.echo("\t".join("" if row[f] is None else _short(str(row[f]), 60) for f in _FIELDS))


def _short(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


@click.command("show")
@click.argument("key")
@kb_option
def show_command(key: str, kb_path: str) -> None:
    """Print one document's metadata, clean text and mentions."""
    with _open(kb_path) as kb:
        doc = kb.document(key)
        for name in ("key", "source", "title", "outlet", "url", "author", "published", "truncated",
                     "duplicate_of", "near_duplicate_of", "cluster", "error"):
            value = getattr(doc, name)
            if value not in (None, "", False):
                click.echo(f"{name}: {value}")
        click.echo(f"clean length: {len(doc.clean_text)} (raw {len(doc.raw_text)}, at {doc.raw_start} in file)")
        click.echo("")
        click.echo(doc.clean_text)
        mentions = _mentions(kb.db, key)
        if mentions:
            click.echo("\nmentions:")
            for kind, items in sorted(mentions.items()):
                listed = ", ".join(f"{t}" + (f" → {link}" if link else "") for t, link in items)
                click.echo(f"  {kind} ({len(items)}): {listed}")


def _mentions(db: sqlite3.Connection, key: str) -> dict[str, list[tuple[str, str | None]]]:
    if db.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='mentions'").fetchone() is None:
        return {}
    grouped: dict[str, list[tuple[str, str | None]]] = defaultdict(list)
    for row in db.execute("SELECT type, text, link FROM mentions WHERE doc_key = ? ORDER BY begin", (key,)):
        grouped[row["type"]].append((row["text"], row["link"]))
    return grouped


@click.command("search")
@click.argument("query")
@kb_option
@click.option("--entity", default=None, help="Only documents mentioning this entity (link or text).")
@click.option("--limit", type=click.IntRange(1), default=20, show_default=True)
def search_command(query: str, kb_path: str, entity: str | None, limit: int) -> None:
    """Full-text search (SQLite FTS5) with highlighted snippets."""
    with _open(kb_path) as kb:
        hits = kb.search(query, entity=entity, limit=limit)
        if not hits:
            click.echo("no matches", err=True)
            return
        for hit in hits:
            title = f"  {hit['title']}" if hit.get("title") else ""
            click.echo(click.style(hit["key"], bold=True) + title)
            snippet = " ".join(hit["snippet"].split())
            if sys.stdout.isatty():
                snippet = snippet.replace("<b>", "\x1b[1;33m").replace("</b>", "\x1b[0m")
            else:
                snippet = snippet.replace("<b>", "[").replace("</b>", "]")
            click.echo(f"  {snippet}", color=sys.stdout.isatty())
