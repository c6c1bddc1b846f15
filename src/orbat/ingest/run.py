"""The ingest runner: paths → files → documents → store, one transaction per file (batched).

Parsing (load, split, clean, metadata) is a pure function of a file, so it can run in worker
processes; the main process alone dedupes, analyses and writes SQLite. Files are written in
batches: each batch is one transaction and each file inside it a SAVEPOINT, so a file lands
whole or not at all, and a killed run loses at most the open batch (re-running completes it).
"""
from __future__ import annotations

import logging
import os
import sqlite3
import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Generator, Iterable, Iterator

import xxhash

from orbat.errors import IngestError
from orbat.ingest import loaders
from orbat.ingest.clean import clean
from orbat.ingest.dedupe import Deduper, attach_fingerprint
from orbat.ingest.loaders.base import read_ahead
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
BATCH_SECONDS = 2.0  # ... or this long, or settings.batch_documents, whichever comes first
FILES_PER_TASK = 16
STREAMING_LOADERS = ("jsonl", "warc")
STREAM_BYTES = 5_000_000  # with workers, larger files are parsed in the main process (streamed)
READ_AHEAD_BYTES = 1_000_000  # files up to this size are read once, not once to hash and once to load
SMALL_FILE_BYTES = 1_000_000  # larger files are written in transactions of their own (journal_in_memory)


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
    known: bool = False  # the store has a row for this path (an earlier version was ingested)


def file_hash(path: Path) -> str:
    digest = xxhash.xxh3_128()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def hash_file(path: Path, size: int) -> tuple[str, bytes | None]:
    """The file's content hash, and its bytes when it is small (read once for hash and loader)."""
    if size <= READ_AHEAD_BYTES:
        data = path.read_bytes()
        return xxhash.xxh3_128_hexdigest(data), data
    return file_hash(path), None


def parse_file(path: Path, settings: Settings, stored_hash: str | None) -> Parsed:
    """Hash the file, skip it when unchanged, else choose a loader and parse it lazily."""
    source = str(path)
    parsed = Parsed(source, known=stored_hash is not None)
    data: bytes | None = None
    try:
        stat = path.stat()
        digest, data = hash_file(path, stat.st_size)
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
    if data is not None:
        head = data[:8192]
    else:
        with path.open("rb") as handle:
            head = handle.read(8192)
    loader = loaders.choose(path, head)
    if loader is None:
        parsed.error = IngestError("no loader for this kind of file", source=source)
        return parsed
    # Record corpora and archives are streamed: their limits apply per record, not per file.
    if stat.st_size > settings.max_file_bytes and loader.name not in STREAMING_LOADERS:
        parsed.error = IngestError(f"file too large ({stat.st_size:,} bytes > max_file_bytes "
                                   f"{settings.max_file_bytes:,})", source=source)
        return parsed
    parsed.file.loader = loader.name
    if data is not None:
        read_ahead(path, data)
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
        # A page cache a little bigger than SQLite's default (2 MB) for the dedupe indexes' hot
        # pages. Measured at 10k documents: 32 MB saved no CPU over 2 MB (the OS caches the file),
        # and it was the whole growth of peak memory from 1k to 10k documents.
        self.db.execute("PRAGMA cache_size = -8192")  # 8 MB
        self.memory_journal: bool | None = None  # see journal_in_memory
        self.deduper = Deduper(self.db, self.settings)
        self.analyse, self.store_analysis = _analysis_hooks() if self.settings.extract else (None, None)
        self.batch_files = 0  # files and documents written in the open transaction
        self.batch_docs = 0
        self.batch_started = time.monotonic()

    def batch_full(self) -> bool:
        return (self.batch_files >= BATCH_FILES or self.batch_docs >= max(1, self.settings.batch_documents)
                or time.monotonic() - self.batch_started >= BATCH_SECONDS)

    def new_batch(self, small_files: bool = True) -> None:
        """Start counting a new batch (call outside a transaction, before BEGIN)."""
        self.batch_files = self.batch_docs = 0
        self.batch_started = time.monotonic()
        release_memory()
        self.journal_in_memory(small_files)

    def journal_in_memory(self, memory: bool) -> None:
        """Where SQLite keeps the savepoint journal of the next transaction. Each file is a
        SAVEPOINT, so every page its documents change is first copied to that journal: in a
        temporary file (SQLite's default past 64 KB) this doubled the cost of every insert of a
        small file. A large file or a record corpus is written in transactions of its own with
        the default, so the copies of the many pages it changes do not stay in memory."""
        if memory != self.memory_journal:
            self.db.execute(f"PRAGMA temp_store = {'MEMORY' if memory else 'DEFAULT'}")
            self.memory_journal = memory

    def restart_transaction(self, small_files: bool) -> None:
        """Commit the open batch and begin the next one."""
        store.index_pending(self.db)
        self.db.execute("COMMIT")
        self.new_batch(small_files)
        self.db.execute("BEGIN IMMEDIATE")

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
            large = parsed.file is not None and (parsed.file.size > SMALL_FILE_BYTES
                                                 or parsed.file.loader in STREAMING_LOADERS)
            if large:
                self.restart_transaction(small_files=False)
            status, message = self._write_file(parsed)
            self.batch_files += 1
            if large:
                self.restart_transaction(small_files=True)
        if self.progress:
            self.progress(IngestEvent(parsed.path, status, self.report.files, self.report.documents,
                                      self.report.duplicates, len(self.report.errors), message))

    def _write_file(self, parsed: Parsed) -> tuple[str, str | None]:
        file = parsed.file
        if file is None:  # unreadable: no content hash, nothing else to store
            assert parsed.error is not None
            self.error(parsed.error)
            return "error", str(parsed.error)
        had_documents = parsed.known
        self.db.execute("SAVEPOINT file")
        errors: list[IngestError] = [parsed.error] if parsed.error is not None else []
        try:
            # A file, its row and its documents are always written together: no row, no documents.
            if parsed.known:
                self.deduper.unindex_source(file.path)
                store.delete_file_documents(self.db, file.path)
            count = 0
            # A record corpus (JSON Lines, WARC) may hold a whole collection: it is committed in
            # batches, its row marked "partial" until its last record is in (a re-run then
            # replaces what a killed run left), so memory and lost work stay bounded.
            streamed = file.loader in STREAMING_LOADERS
            for item in parsed.items:
                if isinstance(item, IngestError):
                    errors.append(item)
                    continue
                self._write_document(item, file.path)
                count += 1
                if streamed and self.batch_full():
                    self._commit_partial(file, count)
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
            self.deduper.forget()
            log.exception("could not store %s", file.path)
            self.error(IngestError(f"could not store ({type(error).__name__}: {error})", source=file.path))
            return "error", str(error)
        self.report.ingested += 1
        return ("error" if first_error else "done"), (str(first_error) if first_error else None)

    def _commit_partial(self, file: store.FileRecord, count: int) -> None:
        """Commit the open batch in the middle of a record corpus, its row saying "partial"."""
        store.put_file(self.db, replace(file, status="partial", documents=count, error=None))
        self.db.execute("RELEASE file")
        self.restart_transaction(small_files=False)
        self.db.execute("SAVEPOINT file")

    def _write_document(self, doc: Document, path: str) -> None:
        owner = store.key_owner(self.db, doc.key)
        if owner is not None and owner != path:
            # Same file name in another folder: keep both, keyed apart by a short path hash.
            base, sep, n = doc.key.partition("#")
            doc.key = f"{base}~{xxhash.xxh32_hexdigest(path.encode('utf-8'))}{sep}{n}"
        if owner is not None:
            self.deduper.unindex_key(doc.key)  # a record replacing an earlier one with its key
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
        doc_id = store.put_document(self.db, doc, replace=owner is not None)
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
    """The content hash a file was last completely ingested with; "partial" (never a hash, so
    the file is read again and its documents replaced) when a run stopped in its middle."""
    row = kb.db.execute("SELECT CASE WHEN status = 'partial' THEN 'partial' ELSE content_hash END "
                        "FROM files WHERE path = ?", (str(path),)).fetchone()
    return row[0] if row else None


def _paths(kb: "KnowledgeBase", paths: Iterable[str | Path]) -> Iterator[Path | Parsed]:
    """Files to ingest, or a Parsed error for a path that names nothing."""
    own = os.path.abspath(kb.path)
    mine = {own + suffix for suffix in ("", "-wal", "-shm", "-journal")}
    for path, problem in expand(paths):
        if os.path.abspath(path) in mine:
            continue  # never ingest the knowledge base into itself
        if problem:
            yield Parsed(str(path), error=IngestError(problem, source=str(path)))
            continue
        yield path


def ingest(kb: "KnowledgeBase", paths: Iterable[str | Path], *,
           progress: Callable[[IngestEvent], None] | None = None) -> IngestReport:
    """Ingest files, folders and globs into the knowledge base; see the module docstring."""
    started = time.monotonic()
    report = IngestReport()
    writer = _Writer(kb, report, progress)
    settings = kb.settings
    items: Iterator[Path | Parsed] = _paths(kb, paths)
    if settings.workers <= 0:  # auto: all the cores, when there is enough to parse
        items, workers = _auto_workers(items)
        settings = settings.with_overrides(workers=workers)
    source = (_parsed_parallel(kb, items, settings) if settings.workers > 1
              else _parsed_serial(kb, items, settings))
    try:
        _write_batches(writer, source)
    finally:
        source.close()
        if not writer.db.in_transaction:
            writer.journal_in_memory(False)  # SQLite's default again for what follows (resolve)
    report.seconds = time.monotonic() - started
    if report.documents and _knowledge_to_update(kb):
        report.resolve_error = _resolve(kb)
    return report


def _knowledge_to_update(kb: "KnowledgeBase") -> bool:
    """Whether resolving has work: facts, or entities left from facts deleted since. (Without
    either, views still see a changed store and resolve on first use.)"""
    try:
        row = kb.db.execute("SELECT EXISTS (SELECT 1 FROM facts) OR EXISTS (SELECT 1 FROM entities)").fetchone()
    except sqlite3.OperationalError:  # a store without the knowledge tables
        return False
    return bool(row[0])


AUTO_MIN_FILES = 64  # workers="auto" starts a pool from this many files (or one big record corpus)
AUTO_MIN_RECORD_BYTES = 1_000_000


def cpu_count() -> int:
    """Cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def _auto_workers(items: Iterator[Path | Parsed]) -> tuple[Iterator[Path | Parsed], int]:
    """The worker count for workers=0: every core when there are many files or a large record
    corpus (where a pool pays for its start-up), else 1. Returns the items, unconsumed."""
    from itertools import chain, islice

    from orbat.ingest.loaders.base import inner_suffix

    head = list(islice(items, AUTO_MIN_FILES))
    cores = cpu_count()
    many = len(head) >= AUTO_MIN_FILES
    if not many:
        for item in head:
            if isinstance(item, Path) and inner_suffix(item) in (".jsonl", ".ndjson", ".jl"):
                try:
                    many = item.stat().st_size >= AUTO_MIN_RECORD_BYTES
                except OSError:
                    continue
                if many:
                    break
    return chain(head, items), (cores if many and cores > 1 else 1)


def _write_batches(writer: _Writer, source: Iterator[Parsed]) -> None:
    """Write parsed files in batches, each batch ONE transaction (each file a savepoint in it)."""
    exhausted = False
    while not exhausted:
        exhausted = True
        writer.new_batch()
        with transaction(writer.db):
            for parsed in source:
                writer.write(parsed)
                if writer.batch_full():
                    exhausted = False
                    break
            store.index_pending(writer.db)  # in the batch's transaction: searchable once committed


_trim: list[Callable[[int], int] | None] = []  # glibc's malloc_trim, looked up on first use


def release_memory() -> None:
    """Hand freed heap pages back to the OS. Each document's texts are large, short-lived
    allocations of varying size; without this, glibc's heap keeps the holes they leave and the
    process grows by about 1.5 MB per 10,000 documents though nothing stays allocated."""
    if not _trim:
        import ctypes

        try:
            _trim.append(ctypes.CDLL(None).malloc_trim)  # symbols of this process: libc among them
        except (OSError, AttributeError):  # not glibc: nothing to call
            _trim.append(None)
    if _trim[0] is not None:
        _trim[0](0)


def _parsed_serial(kb: "KnowledgeBase", items: Iterable[Path | Parsed],
                   settings: Settings) -> Generator[Parsed, None, None]:
    for item in items:
        yield item if isinstance(item, Parsed) else parse_file(item, settings, _stored_hash(kb, item))


def _parsed_parallel(kb: "KnowledgeBase", items: Iterable[Path | Parsed],
                     settings: Settings) -> Generator[Parsed, None, None]:
    """Parsed files in order, parsed by a process pool (the caller writes them)."""
    from collections import deque
    from concurrent.futures import ProcessPoolExecutor

    window = max(4, settings.workers * 4)
    with ProcessPoolExecutor(max_workers=settings.workers) as pool:
        pending: deque = deque()  # futures of lists of Parsed, in file order
        batch: list[tuple[str, str | None]] = []
        for item in items:
            if isinstance(item, Parsed) or _streamed(item):
                if batch:
                    pending.append(pool.submit(_parse_many, list(batch), settings))
                    batch.clear()
                while pending:
                    yield from pending.popleft().result()
                if isinstance(item, Parsed):
                    yield item
                    continue
                # Many-record files stream through the main process (a worker would return them
                # whole); JSON Lines records are still parsed by the workers, in ordered chunks.
                parsed = parse_file(item, settings, _stored_hash(kb, item))
                if parsed.file is not None and parsed.file.loader == "jsonl" and parsed.error is None:
                    # Parsed records waiting in the main process are memory: keep two tasks per
                    # worker in flight (enough to keep them busy), not `window`.
                    parsed.items = _jsonl_chunks(pool, item, settings, max(3, 2 * settings.workers))
                yield parsed
                continue
            # Small files travel in batches: one task per file costs more than parsing it.
            batch.append((str(item), _stored_hash(kb, item)))
            if len(batch) >= FILES_PER_TASK:
                if not pending:
                    _preload_extractor(batch)
                pending.append(pool.submit(_parse_many, list(batch), settings))
                batch.clear()
                while len(pending) > window:
                    yield from pending.popleft().result()
        if batch:
            pending.append(pool.submit(_parse_many, list(batch), settings))
        while pending:
            yield from pending.popleft().result()


def _preload_extractor(batch: list[tuple[str, str | None]]) -> None:
    """Import the HTML extractor here, before the first task forks the workers, when the batch
    holds web pages: the forked workers then share it instead of each importing it (0.2 s of
    CPU a worker, a tenth of a 1,000-page run)."""
    import sys

    if "trafilatura" in sys.modules or os.name != "posix":
        return
    for path, _ in batch:
        loader = loaders.choose(Path(path), b"")  # the suffix decides for web pages
        if loader is not None and loader.name in ("html", "mhtml"):
            import trafilatura  # noqa: F401
            return


def _parse_many(batch: list[tuple[str, str | None]], settings: Settings) -> list[Parsed]:
    """Worker task: parse several small files."""
    return [_parse_eager(path, settings, stored) for path, stored in batch]


JSONL_CHUNK = 128  # records per worker task


def _jsonl_chunks(pool: Any, path: Path, settings: Settings, window: int) -> Iterator[Document | IngestError]:
    """A JSON Lines file's records, parsed by the pool in chunks, yielded in file order."""
    import gzip
    import zlib
    from collections import deque

    pending: deque = deque()
    opener = gzip.open if path.suffix.lower() == ".gz" else open
    number = 0
    try:
        with opener(path, "rb") as handle:
            chunk: list[bytes] = []
            first = 1
            for number, line in enumerate(handle, 1):
                chunk.append(line)
                if len(chunk) >= JSONL_CHUNK:
                    pending.append(pool.submit(_parse_jsonl_chunk, str(path), first, chunk, settings))
                    chunk, first = [], number + 1
                    while len(pending) >= window:
                        yield from pending.popleft().result()
            if chunk:
                pending.append(pool.submit(_parse_jsonl_chunk, str(path), first, chunk, settings))
    except (EOFError, OSError, zlib.error) as error:
        while pending:
            yield from pending.popleft().result()
        yield IngestError(f"truncated or corrupt gzip data after line {number} ({error})", source=str(path))
        return
    while pending:
        yield from pending.popleft().result()


def _parse_jsonl_chunk(path: str, first: int, lines: list[bytes], settings: Settings) -> list[Document | IngestError]:
    """Worker task: parse and prepare consecutive JSON Lines records."""
    from orbat.ingest.loaders.jsonl import _record

    out: list[Document | IngestError] = []
    for number, line in enumerate(lines, first):
        if not line.strip():
            continue
        try:
            out.append(prepare(_record(line, number, Path(path), settings)))
        except IngestError as error:
            out.append(error)
    return out


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
