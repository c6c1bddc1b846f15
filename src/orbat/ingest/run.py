"""The ingest runner: paths → files → documents → store, one transaction per file (batched).

Parsing (load, split, clean, metadata) is a pure function of a file, so it can run in worker
processes; the main process alone dedupes, analyses and writes SQLite. Files are written in
batches: each batch is one transaction and each file inside it a SAVEPOINT, so a file lands
whole or not at all, and a killed run loses at most the open batch (re-running completes it).
"""
from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator

import xxhash

from orbat.errors import IngestError
from orbat.ingest import loaders
from orbat.ingest.clean import clean
from orbat.ingest.dedupe import Deduper, attach_fingerprint
from orbat.ingest.metadata import apply_metadata
from orbat.ingest.sources import expand
from orbat.ingest.split import split
from orbat.records import Document
from orbat.settings import Settings
from orbat.store import documents as store
from orbat.store.sqlite import transaction

if TYPE_CHECKING:
    from orbat.kb import KnowledgeBase

log = logging.getLogger(__name__)
BATCH_FILES = 500  # files per transaction
BATCH_SECONDS = 2.0  # ... or this long, whichever comes first
BATCH_DOCUMENTS = 2000
STREAM_BYTES = 5_000_000  # with workers, larger files are parsed in the main process (streamed)


@dataclass
class IngestEvent:
    """Progress after one file."""

    path: str
    status: str  # "done", "skipped", "error"
    files: int
    documents: int
    duplicates: int
    errors: int
    message: str | None = None


@dataclass
class IngestReport:
    """Counts of one ingest run and the errors it recorded."""

    files: int = 0
    ingested: int = 0
    skipped: int = 0
    documents: int = 0
    duplicates: int = 0
    near_duplicates: int = 0
    clustered: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)
    seconds: float = 0.0
    resolve_error: str | None = None  # kb.resolve() after the batch failed (documents are stored)

    @property
    def ok(self) -> bool:
        return not self.errors

    def summary(self) -> str:
        return (f"{self.files} files ({self.ingested} ingested, {self.skipped} unchanged), "
                f"{self.documents} documents ({self.duplicates} duplicates, of which {self.near_duplicates} near; "
                f"{self.clustered} in story clusters), {len(self.errors)} errors in {self.seconds:.1f} s")


# -- parsing (pure; may run in a worker process) ------------------------------------------------

@dataclass
class Parsed:
    """What parsing one file produced."""

    path: str
    file: store.FileRecord | None = None
    items: Iterable[Document | IngestError] = ()
    skipped: bool = False
    error: IngestError | None = None


def file_hash(path: Path) -> str:
    digest = xxhash.xxh3_128()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def parse_file(path: Path, settings: Settings, stored_hash: str | None) -> Parsed:
    """Hash the file, skip it when unchanged, else choose a loader and parse it lazily."""
    source = str(path)
    parsed = Parsed(source)
    try:
        stat = path.stat()
        digest = file_hash(path)
    except PermissionError:
        parsed.error = IngestError("permission denied", source=source)
        return parsed
    except OSError as error:
        parsed.error = IngestError(f"cannot read file ({error.strerror or error})", source=source)
        return parsed
    if stored_hash == digest:
        parsed.skipped = True
        return parsed
    parsed.file = store.FileRecord(path=source, name=path.name, size=stat.st_size, mtime=stat.st_mtime,
                                   content_hash=digest, status="done")
    if stat.st_size == 0:
        parsed.error = IngestError("empty file", source=source)
        return parsed
    if stat.st_size > settings.max_file_bytes:
        parsed.error = IngestError(f"file too large ({stat.st_size:,} bytes > max_file_bytes "
                                   f"{settings.max_file_bytes:,})", source=source)
        return parsed
    with path.open("rb") as handle:
        head = handle.read(8192)
    loader = loaders.choose(path, head)
    if loader is None:
        parsed.error = IngestError("no loader for this kind of file", source=source)
        return parsed
    parsed.file.loader = loader.name
    parsed.items = _documents(loader, path, settings)
    return parsed


def _documents(loader: loaders.Loader, path: Path, settings: Settings) -> Iterator[Document | IngestError]:
    try:
        for item in loader.load(path, settings):
            if isinstance(item, IngestError):
                yield item
                continue
            for article in (split(item) if item.meta.pop("splittable", False) else [item]):
                yield prepare(article)
    except IngestError as error:
        yield error
    except RecursionError:
        yield IngestError("input nested too deeply to parse", source=str(path))
    except MemoryError:
        yield IngestError("input too large to parse in memory", source=str(path))
    except Exception as error:  # a loader bug must not stop the batch: record it, name the file
        log.exception("loader %s failed on %s", loader.name, path)
        yield IngestError(f"{loader.name} loader failed ({type(error).__name__}: {str(error)[:160]})",
                          source=str(path))


def prepare(doc: Document) -> Document:
    """Clean a document, fill its metadata and compute its dedupe fingerprint."""
    clean(doc)
    apply_metadata(doc)
    attach_fingerprint(doc)
    return doc


def _parse_eager(path: str, settings: Settings, stored_hash: str | None) -> Parsed:
    """Worker entry point: parse fully (results cross the process boundary as a list)."""
    parsed = parse_file(Path(path), settings, stored_hash)
    parsed.items = list(parsed.items)
    return parsed


# -- writing (main process) ---------------------------------------------------------------------

class _Writer:
    def __init__(self, kb: "KnowledgeBase", report: IngestReport,
                 progress: Callable[[IngestEvent], None] | None) -> None:
        self.kb = kb
        self.db = kb.db
        self.settings = kb.settings
        self.report = report
        self.progress = progress
        # A bigger page cache keeps the dedupe indexes' hot pages in memory during a batch.
        self.db.execute("PRAGMA cache_size = -32768")  # 32 MB
        self.deduper = Deduper(self.db, self.settings)
        self.analyse, self.store_analysis = _analysis_hooks() if self.settings.extract else (None, None)
        self.batch_started = 0.0
        self.batch_files = 0
        self.batch_docs = 0

    # Batches: one transaction; a SAVEPOINT per file inside it.
    def _begin(self) -> None:
        if not self.db.in_transaction:
            self.db.execute("BEGIN IMMEDIATE")
            self.batch_started = time.monotonic()
            self.batch_files = self.batch_docs = 0

    def commit(self) -> None:
        if self.db.in_transaction:
            self.db.execute("COMMIT")

    def _maybe_commit(self) -> None:
        if (self.batch_files >= BATCH_FILES or self.batch_docs >= BATCH_DOCUMENTS
                or time.monotonic() - self.batch_started >= BATCH_SECONDS):
            self.commit()

    def error(self, error: IngestError, doc_key: str | None = None) -> None:
        path = error.source or ""
        store.record_error(self.db, path, error.reason, line=error.line, doc_key=doc_key)
        self.report.errors.append({"path": path, "line": error.line, "message": str(error)})

    def write(self, parsed: Parsed) -> None:
        self.report.files += 1
        status, message = "done", None
        if parsed.skipped:
            self.report.skipped += 1
            status = "skipped"
        else:
            self._begin()
            try:
                status, message = self._write_file(parsed)
            except BaseException:
                self.db.execute("ROLLBACK")
                raise
            self.batch_files += 1
            self._maybe_commit()
        if self.progress:
            self.progress(IngestEvent(parsed.path, status, self.report.files, self.report.documents,
                                      self.report.duplicates, len(self.report.errors), message))

    def _write_file(self, parsed: Parsed) -> tuple[str, str | None]:
        file = parsed.file
        if file is None:  # unreadable: no content hash, nothing else to store
            assert parsed.error is not None
            self.error(parsed.error)
            return "error", str(parsed.error)
        had_documents = store.file_state(self.db, file.path) is not None
        self.db.execute("SAVEPOINT file")
        errors: list[IngestError] = [parsed.error] if parsed.error is not None else []
        try:
            if store.delete_file_documents(self.db, file.path):
                self.deduper.forget()
            count = 0
            for item in parsed.items:
                if isinstance(item, IngestError):
                    errors.append(item)
                    continue
                self._write_document(item, file.path)
                count += 1
            first_error = errors[0] if errors else None
            if count == 0 and first_error is not None and had_documents:
                # A changed file that now fails: keep what was stored from its last good version.
                self.db.execute("ROLLBACK TO file")
                self.deduper.forget()
            else:
                file.documents = count
                file.status = "error" if first_error is not None and count == 0 else "done"
                file.error = str(first_error) if first_error else None
                store.put_file(self.db, file)
            for error in errors:
                self.error(error)
            self.db.execute("RELEASE file")
        except Exception as error:  # e.g. a store error on one file: undo it, record, go on
            self.db.execute("ROLLBACK TO file")
            self.db.execute("RELEASE file")
            log.exception("could not store %s", file.path)
            self.error(IngestError(f"could not store ({type(error).__name__}: {error})", source=file.path))
            return "error", str(error)
        self.report.ingested += 1
        return ("error" if first_error else "done"), (str(first_error) if first_error else None)

    def _write_document(self, doc: Document, path: str) -> None:
        owner = store.key_owner(self.db, doc.key)
        if owner is not None and owner != path:
            # Same file name in another folder: keep both, keyed apart by a short path hash.
            base, sep, n = doc.key.partition("#")
            doc.key = f"{base}~{xxhash.xxh32_hexdigest(path.encode('utf-8'))}{sep}{n}"
        verdict = self.deduper.check(doc)
        self.deduper.apply(doc, verdict)
        analysis = None
        if self.analyse is not None and not doc.error:
            try:
                analysis = self.analyse(doc, self.kb.reference)
            except Exception as error:  # analysis bugs are recorded on the document, ingest goes on
                log.exception("analysis failed on %s", doc.key)
                doc.error = f"analysis failed: {type(error).__name__}: {error}"
                self.error(IngestError(doc.error, source=path), doc_key=doc.key)
        doc_id = store.put_document(self.db, doc)
        self.deduper.index(doc_id, verdict)
        if analysis is not None and self.store_analysis is not None:
            self.store_analysis(self.db, doc, analysis)
        self.report.documents += 1
        self.batch_docs += 1
        if doc.duplicate_of:
            self.report.duplicates += 1
            if doc.near_duplicate_of:
                self.report.near_duplicates += 1
        if doc.cluster:
            self.report.clustered += 1


def _analysis_hooks() -> tuple[Callable[..., Any] | None, Callable[..., Any] | None]:
    try:
        from orbat.analyse import analyse, store_analysis
    except ImportError:
        return None, None
    return analyse, store_analysis


def _stored_hash(kb: "KnowledgeBase", path: Path) -> str | None:
    row = kb.db.execute("SELECT content_hash FROM files WHERE path = ?", (str(path),)).fetchone()
    return row[0] if row else None


def _paths(paths: Iterable[str | Path], writer: _Writer) -> Iterator[Path]:
    own = os.path.abspath(writer.kb.path)
    mine = {own + suffix for suffix in ("", "-wal", "-shm", "-journal")}
    for path, problem in expand(paths):
        if os.path.abspath(path) in mine:
            continue  # never ingest the knowledge base into itself
        if problem:
            writer.write(Parsed(str(path), error=IngestError(problem, source=str(path))))
            continue
        yield path


def ingest(kb: "KnowledgeBase", paths: Iterable[str | Path], *,
           progress: Callable[[IngestEvent], None] | None = None) -> IngestReport:
    """Ingest files, folders and globs into the knowledge base; see the module docstring."""
    started = time.monotonic()
    report = IngestReport()
    writer = _Writer(kb, report, progress)
    settings = kb.settings
    try:
        if settings.workers > 1:
            _run_parallel(kb, paths, writer, settings)
        else:
            for path in _paths(paths, writer):
                writer.write(parse_file(path, settings, _stored_hash(kb, path)))
    finally:
        writer.commit()
    report.seconds = time.monotonic() - started
    if report.documents:
        report.resolve_error = _resolve(kb)
    return report


def _run_parallel(kb: "KnowledgeBase", paths: Iterable[str | Path], writer: _Writer, settings: Settings) -> None:
    from collections import deque
    from concurrent.futures import ProcessPoolExecutor

    window = max(4, settings.workers * 4)
    with ProcessPoolExecutor(max_workers=settings.workers) as pool:
        pending: deque = deque()
        for path in _paths(paths, writer):
            if _streamed(path):
                # Many-record files stream through the main process: a worker would return them whole.
                while pending:
                    writer.write(pending.popleft().result())
                writer.write(parse_file(path, settings, _stored_hash(kb, path)))
                continue
            pending.append(pool.submit(_parse_eager, str(path), settings, _stored_hash(kb, path)))
            if len(pending) >= window:
                writer.write(pending.popleft().result())
        while pending:
            writer.write(pending.popleft().result())


def _streamed(path: Path) -> bool:
    """Archives, record corpora and big files are parsed where they are written, as a stream."""
    from orbat.ingest.loaders.base import inner_suffix

    name = path.name.lower()
    try:
        big = path.stat().st_size > STREAM_BYTES
    except OSError:
        big = False
    return big or name.endswith((".warc", ".warc.gz")) or inner_suffix(path) in (".jsonl", ".ndjson", ".jl")


def _resolve(kb: "KnowledgeBase") -> str | None:
    """kb.resolve() when the knowledge stage exists (a build without it just skips this)."""
    try:
        import orbat.knowledge.resolve  # noqa: F401
    except ModuleNotFoundError as error:
        if error.name in ("orbat.knowledge.resolve", "orbat.knowledge"):
            return None
        raise
    try:
        kb.resolve()
    except Exception as error:  # the documents are committed; `orbat resolve` can run again later
        log.warning("resolve after ingest failed (%s: %s); documents are stored", type(error).__name__, error)
        return f"{type(error).__name__}: {error}"
    return None


def reextract(kb: "KnowledgeBase", keys: Iterable[str] | None = None) -> int:
    """Re-run analysis on stored documents (all, or the given keys); returns how many."""
    analyse, store_analysis = _analysis_hooks()
    if analyse is None or store_analysis is None:
        return 0
    if keys is None:
        key_list = [r[0] for r in kb.db.execute("SELECT key FROM documents ORDER BY id")]
    else:
        key_list = list(keys)
    count = 0
    for key in key_list:
        doc = store.get_document(kb.db, key)  # NotFound for an unknown key
        analysis = analyse(doc, kb.reference)
        with transaction(kb.db):
            store_analysis(kb.db, doc, analysis)
        count += 1
    return count
