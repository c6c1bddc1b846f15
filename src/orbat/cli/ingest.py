"""`orbat ingest PATH...`: files, folders and globs into the knowledge base, with a progress bar."""
from __future__ import annotations

import sys

import click

from orbat.cli import kb_option


def register(group: click.Group) -> None:
    group.add_command(ingest_command)


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@kb_option
@click.option("--no-extract", is_flag=True, help="Store documents only; skip mentions and facts.")
@click.option("--workers", type=click.IntRange(1, 64), default=None, envvar="ORBAT_WORKERS",
              help="Processes that parse and clean files (the main process writes the store).")
@click.option("--max-file-bytes", type=click.IntRange(1), default=None, help="Refuse files larger than this.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
def ingest_command(paths: tuple[str, ...], kb_path: str, no_extract: bool, workers: int | None,
                   max_file_bytes: int | None, quiet: bool) -> None:
    """Ingest text, Markdown, HTML, MHTML, WARC and JSON Lines files, folders and globs."""
    from tqdm import tqdm

    from orbat.kb import KnowledgeBase
    from orbat.settings import load_settings

    settings = load_settings(kb=kb_path, extract=False if no_extract else None, workers=workers,
                             max_file_bytes=max_file_bytes)
    bar = tqdm(unit=" files", file=sys.stderr, disable=quiet, dynamic_ncols=True)

    def progress(event) -> None:  # noqa: ANN001 - IngestEvent
        bar.update(1)
        bar.set_postfix(docs=event.documents, dups=event.duplicates, errors=event.errors, refresh=False)
        if event.status == "error" and event.message:
            bar.write(f"error: {event.message}", file=sys.stderr)

    with KnowledgeBase(kb_path, settings=settings) as kb:
        try:
            report = kb.ingest(paths, progress=progress)
        finally:
            bar.close()
        from orbat.stats import describe

        totals = describe(kb.stats())
    click.echo(report.summary(), err=True)
    click.echo(totals, err=True)
    sys.exit(0 if report.ok else 1)
