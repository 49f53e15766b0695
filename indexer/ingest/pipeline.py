"""The import pipeline: read → detect language → write → align, with a full account.

``Importer.process_all`` streams records from the archive readers, so memory stays flat;
every refused record lands in the rejects file (JSON Lines: input, position, reason,
excerpt) and every document the cluster refuses in the dead-letter file.
"""
from __future__ import annotations

import json
import logging
import re
import threading
import uuid
from collections import Counter, deque
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Mapping, Sequence

from archive.article import Rejected, Skipped, UnitDone
from archive.readers import Record, deferred_pages, iter_records
from indexer.alignment import pool
from indexer.alignment.batch import Aligned, BatchAligner
from indexer.alignment.scoring import Translator
from indexer.ingest import building, gctune
from indexer.embedding import Embedder, get_embedder
from indexer.ingest.journal import Journal
from indexer.ingest.origins import OriginNames
from indexer.ingest.vectoriser import VectorCounts, Vectoriser
from indexer.settings import default
from indexer.store import captures, merging, writer
from indexer.store.schema import ensure_index

if TYPE_CHECKING:
    from elasticsearch import Elasticsearch

log = logging.getLogger(__name__)


@dataclass
class ImportSummary:
    """Counts of one import, for the closing summary and the exit code."""

    read: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0
    skipped: int = 0
    skip_reasons: Counter = field(default_factory=Counter)
    failed: int = 0
    duplicates: int = 0
    resumed_units: int = 0
    skipped_units: int = 0
    dry_run: bool = False
    languages: Counter = field(default_factory=Counter)
    groups: int = 0
    multi_version_groups: int = 0
    suggestions: int = 0
    rejects_file: str | None = None
    dead_letter_file: str | None = None
    vectors: VectorCounts | None = None
    #: a merge of the index's segments was asked for (:mod:`indexer.store.merging`)
    merging: bool = False

    @property
    def ok(self) -> bool:
        """True when no record was rejected or refused."""
        return not (self.rejected or self.failed)

    def count_write(self, result: str) -> None:
        """Count one bulk result: ``created``, ``updated`` or ``noop``."""
        if result == "created":
            self.new += 1
        elif result == "noop":
            self.unchanged += 1
        else:
            self.updated += 1


class RejectsFile:
    """Appends one JSON line per refused record; created only when there is one."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.count = 0

    def add(self, item: Rejected) -> None:
        """Record one refused input record."""
        self.count += 1
        self.path.parent.mkdir(parents=True, exist_ok=True)
        row = {"input": item.origin, "position": item.position, "reason": item.reason,
               "excerpt": item.excerpt}
        if isinstance(item, Skipped):
            row["skipped"] = True
        with self.path.open("a", encoding="utf-8") as fh:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


class Importer:
    """Imports inputs into the index behind ``alias``.

    :param progress: called with each record read (the CLI drives its progress bar with it).
    :param align_batch: documents are aligned and written in batches of this many, so
        memory stays flat and a crash leaves at most one batch for the rerun.
    :param pool_size: documents of this import kept in memory as alignment candidates
        (at least three batches); the index is searched only for older ones.
    :param outage_timeout: seconds to wait for an unreachable cluster before stopping.
    :param workers: processes that detect languages and build documents (0: this one);
        ``heavy_workers`` of them when records are costly to build (default: ``workers``).
    :param embedder: gives each article the vector of its title and lead (None: lexical
        only); ``embedded`` is called with the number of texts each time some are embedded.
    """

    def __init__(self, client: Elasticsearch, alias: str, *, rejects: str | Path,
                 dead_letters: str | Path, chunk_size: int = default("BULK_CHUNK"),
                 min_score: float = default("ALIGN_MIN_SCORE"),
                 window_days: int = default("ALIGN_WINDOW_DAYS"), url_rules: Sequence[str] = (),
                 translator: Translator | None = None,
                 progress: Callable[[object], None] | None = None,
                 align_batch: int = default("ALIGN_BATCH"),
                 outage_timeout: float = default("ES_OUTAGE_TIMEOUT"), workers: int = 0,
                 heavy_workers: int | None = None, pool_size: int = default("ALIGN_POOL"),
                 embedder: Embedder | None = None,
                 embedded: Callable[[int], None] | None = None):
        self.client = client
        self.alias = alias
        self.rejects = RejectsFile(rejects)
        self.dead_letters = writer.DeadLetters(dead_letters)
        self.chunk_size = chunk_size
        self.min_score = min_score
        self.window_days = window_days
        self.url_rules = tuple(url_rules)
        self.translator = translator
        self.progress = progress or (lambda item: None)
        self.align_batch = align_batch
        self.outage_timeout = outage_timeout
        self.workers = workers
        self.heavy_workers = heavy_workers
        self.pool_size = pool_size
        self.embedder = embedder
        self.embedded = embedded

    @classmethod
    def from_config(cls, client: Elasticsearch, config: Mapping[str, Any], *,
                    rejects: str | Path, dead_letters: str | Path,
                    progress: Callable[[object], None] | None = None,
                    embedded: Callable[[int], None] | None = None) -> Importer:
        """An Importer tuned by trimova's settings (the CLI and the web import page share it).

        Machine translation joins the alignment evidence when a model is installed.
        """
        from translations import translator_for
        return cls(client, config["INDEX"], rejects=rejects, dead_letters=dead_letters,
                   chunk_size=config["BULK_CHUNK"], min_score=config["ALIGN_MIN_SCORE"],
                   window_days=config["ALIGN_WINDOW_DAYS"], url_rules=config["ALIGN_URL_RULES"],
                   translator=translator_for(Path(config["DATA_DIR"]) / "models"),
                   progress=progress, align_batch=config["ALIGN_BATCH"],
                   outage_timeout=config["ES_OUTAGE_TIMEOUT"],
                   workers=building.resolve_workers(config["IMPORT_WORKERS"]),
                   heavy_workers=building.resolve_workers(config["IMPORT_WORKERS"], heavy=True),
                   pool_size=config["ALIGN_POOL"], embedder=get_embedder(config),
                   embedded=embedded)

    def process_all(self, paths: Iterable[str | Path], fmt: str | None = None, *,
                    journal: Journal | None = None, dry_run: bool = False,
                    names: Mapping[str, str] | None = None) -> ImportSummary:
        """Import every record of every path; align what was written; return the counts.

        With a ``journal``, finished inputs are skipped and cut-off ones resumed, and the
        journal advances as batches are written and aligned. ``dry_run`` reads, checks and
        classifies every record (new / updated / unchanged) but writes nothing. Records and
        rejects name each input as the user did (:mod:`indexer.ingest.origins`), or by
        ``names[path]`` when given (a web upload's own file name).
        """
        summary = ImportSummary(rejects_file=str(self.rejects.path),
                                dead_letter_file=str(self.dead_letters.path))
        paths = [paths] if isinstance(paths, (str, Path)) else list(paths)
        records = OriginNames(paths, names).rename(
            iter_records(paths, fmt, resume=journal.resume if journal else None))
        # crawls' pages are read where documents are built
        with deferred_pages(), gctune.fewer_collections():
            return self._process(records, summary, journal, dry_run)

    def _process(self, records: Iterable[Record], summary: ImportSummary,
                 journal: Journal | None, dry_run: bool) -> ImportSummary:
        if dry_run:
            return self._dry_run(records, summary)
        index = ensure_index(self.client, self.alias)
        vectoriser = self._vectoriser(summary)
        try:
            self._write(self._batches(self._items(records, index, summary)), summary, journal,
                        vectoriser)
            self.client.indices.refresh(index=self.alias)  # searchable when we say done
            if merging.worth_merging(summary.new + summary.updated):
                summary.merging = merging.merge(self.client, self.alias)
        finally:
            if journal:
                journal.save()
        if journal:
            summary.resumed_units = len(journal.resumed)
            summary.skipped_units = len(journal.skipped)
        return summary

    def _vectoriser(self, summary: ImportSummary) -> Vectoriser | None:
        """The embedding step, its model reached and the index ready (None without one)."""
        if self.embedder is None:
            return None
        vectoriser = Vectoriser(self.client, self.alias, self.embedder,
                                self._backoff(threading.Event()), self.embedded)
        vectoriser.start()
        summary.vectors = vectoriser.counts
        return vectoriser

    def _write(self, batches: Iterable[_Batch], summary: ImportSummary,
               journal: Journal | None, vectoriser: Vectoriser | None = None) -> None:
        """Align and write batch by batch in two more threads while the next is read.

        Reading and building documents is Python work (in worker processes when there
        are cores); aligning is mostly Python too, writing mostly waits on the cluster.
        Batch k is aligned while batch k-1 is written, and written with its stories
        decided; batches are aligned and written in order, and the journal advances only
        when a batch is written. Batch k is aligned only once batch k-2 is written (the
        pool reads older documents' paragraphs back from the index). With an embedder,
        batch k+1 is embedded (in a thread of its own: the engine leaves the interpreter
        lock) while batch k is aligned.
        """
        stop = threading.Event()
        run = uuid.uuid4().hex[:8]
        stories = BatchAligner(self.client, self.alias, pool_size=max(
            self.pool_size, (pool.FULL_BATCHES + 1) * self.align_batch),
            min_score=self.min_score, window_days=self.window_days,
            translator=self.translator, backoff=self._backoff(stop))
        if vectoriser is not None:
            vectoriser.backoff = self._backoff(stop)
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="trimova-embed") as embeds, \
                ThreadPoolExecutor(max_workers=1, thread_name_prefix="trimova-align") as aligns, \
                ThreadPoolExecutor(max_workers=1, thread_name_prefix="trimova-write") as sender:
            writes: deque[Future] = deque()
            try:
                for k, batch in enumerate(batches):
                    while len(writes) >= pool.FULL_BATCHES:
                        writes.popleft().result()
                    embedded = (embeds.submit(vectoriser.add, batch.actions)
                                if vectoriser is not None else None)
                    aligned = aligns.submit(self._align, stories, batch, f"{run}:{k}", summary,
                                            embedded)
                    writes.append(sender.submit(self._finish, batch, aligned, summary, journal,
                                                stop))
                while writes:
                    writes.popleft().result()
            except BaseException:
                stop.set()  # a batch waiting out an outage gives up at once
                raise

    def _align(self, stories: BatchAligner, batch: _Batch, tag: str,
               summary: ImportSummary, embedded: Future | None = None) -> Aligned:
        """Decide the stories of a batch; its new documents take theirs (and ``tag``)."""
        try:
            if embedded is not None:
                embedded.result()  # the vectors alignment compares
        except writer.ClusterUnavailable as exc:
            exc.written = self._done(summary)
            raise
        docs = {}
        for action in batch.actions:
            action["upsert"]["import_batch"] = tag
            docs[action["_id"]] = action["upsert"]
        try:
            result = stories.align(docs, tag)
        except writer.ClusterUnavailable as exc:
            # away for longer than we wait: the batch is not journalled, so the rerun reads
            # and aligns it again
            exc.written = self._done(summary)
            raise
        for action in batch.actions:  # every copy of a record given twice
            action["upsert"].update(result.create.get(action["_id"], {}))
        summary.groups += result.summary.groups
        summary.multi_version_groups += result.summary.multi_version_groups
        summary.suggestions += len(result.summary.suggestions)
        return result

    def _finish(self, batch: _Batch, aligned: Future, summary: ImportSummary,
                journal: Journal | None, stop: threading.Event) -> None:
        """Write one aligned batch, then the changed stories of documents written before;
        then record its positions as done."""
        result = aligned.result()
        self._merge_captures(batch.actions, summary, stop)
        self._send(batch.actions, summary, stop)
        self._send_stories(result.updates, stop)
        for item in batch.items if journal else ():
            if isinstance(item, UnitDone):
                journal.finish(item.unit, item.fingerprint)
            else:
                journal.advance(item.unit, item.resume_at)

    def _merge_captures(self, actions: list[dict], summary: ImportSummary,
                        stop: threading.Event) -> None:
        """Keep the latest capture of each page as the article and the earlier ones listed
        (:mod:`indexer.store.captures`); runs in the writing thread, after the batch before
        is written, so it sees that batch's captures."""
        try:
            writer.patiently(lambda: captures.merge_with_index(self.client, self.alias, actions),
                             self._backoff(stop), self._done(summary), "reading earlier captures")
        except writer.ClusterUnavailable as exc:
            exc.written = self._done(summary)
            raise

    @staticmethod
    def _done(summary: ImportSummary) -> int:
        return summary.new + summary.updated + summary.unchanged + summary.failed

    def _backoff(self, stop: threading.Event) -> writer.Backoff:
        """Waits of at most 30 s until ``outage_timeout``; Ctrl-C (``stop``) ends one."""
        def sleep(seconds: float) -> None:
            if stop.wait(seconds):
                raise writer.Stopped("the import was stopped")

        return writer.Backoff(1, 30, self.outage_timeout, sleep)

    def _stream(self, actions: list[dict], stop: threading.Event,
                dead_letters: writer.DeadLetters | None) -> Iterator[tuple[bool, dict]]:
        backoff = self._backoff(stop)
        return writer.streaming_write(self.client, actions, chunk_size=self.chunk_size,
                                      dead_letters=dead_letters, initial_backoff=backoff.initial,
                                      max_backoff=backoff.cap, outage_timeout=backoff.outage,
                                      sleep=backoff.sleep)

    def _send(self, batch: list[dict], summary: ImportSummary, stop: threading.Event) -> None:
        """Write one batch's documents, counting what each write did."""
        try:
            for ok, result in self._stream(batch, stop, self.dead_letters):
                if ok:
                    summary.count_write(result.get("result", "updated"))
                else:
                    summary.failed += 1
        except writer.ClusterUnavailable as exc:
            exc.written = self._done(summary)
            raise

    def _send_stories(self, updates: dict[str, dict], stop: threading.Event) -> None:
        """Write the new story fields of documents already in the index."""
        actions = [{"_op_type": "update", "_index": self.alias, "_id": doc_id, "doc": fields}
                   for doc_id, fields in sorted(updates.items())]
        missing = sum(not ok for ok, _ in self._stream(actions, stop, None))
        if missing:  # documents the cluster refused when they were written
            log.warning("%d story updates found no document to update", missing)

    def _items(self, records: Iterable[Record], index: str,
               summary: ImportSummary) -> Iterator[tuple[Record, dict | None]]:
        """Each record with its bulk action (None for refused records and unit ends)."""
        seen: set[int] = set()  # 64 bits of each id: a million articles in tens of MB
        for item, action in building.built(records, index, self.url_rules, self.workers,
                                           self.heavy_workers):
            if isinstance(item, UnitDone):
                yield item, None
                continue
            self.progress(item)
            if isinstance(item, Rejected):
                self._refuse(item, summary)
                yield item, None
                continue
            summary.read += 1
            assert action is not None  # an article's
            key = int(action["_id"][:16], 16)
            if key in seen:
                # the same record twice in one import: the later copy wins
                summary.duplicates += 1
            seen.add(key)
            summary.languages[action["upsert"]["lang"]] += 1
            yield item, action

    def _batches(self, items: Iterable[tuple[Record, dict | None]]) -> Iterator[_Batch]:
        """Items gathered into batches of ``align_batch`` actions (records in order)."""
        batch, size = _Batch(), min(FIRST_BATCH, self.align_batch)
        for item, action in items:
            batch.items.append(item)
            if action is not None:
                batch.actions.append(action)
                if len(batch.actions) >= size:
                    yield batch
                    # the first batches are small, so the cluster starts writing sooner
                    batch, size = _Batch(), min(2 * size, self.align_batch)
        if batch.items:
            yield batch

    def _refuse(self, item: Rejected, summary: ImportSummary) -> None:
        """Count a rejected or skipped record and list it in the rejects file."""
        self.rejects.add(item)
        if isinstance(item, Skipped):
            summary.skipped += 1
            summary.skip_reasons[_reason_kind(item.reason)] += 1
        else:
            summary.rejected += 1

    def _dry_run(self, records: Iterable[Record], summary: ImportSummary) -> ImportSummary:
        """Classify every record against the index without writing anything."""
        summary.dry_run = True
        actions = (a for _, a in self._items(records, self.alias, summary) if a is not None)
        exists = self.client.indices.exists(index=self.alias)
        for chunk in writer.chunked(actions, self.chunk_size):
            stored = {}
            if exists:
                resp = self.client.mget(index=self.alias, ids=[a["_id"] for a in chunk],
                                        source_includes=["checksum"])
                stored = {d["_id"]: d["_source"].get("checksum") for d in resp["docs"]
                          if d.get("found")}
            for action in chunk:
                known = action["_id"] in stored
                same = known and stored[action["_id"]] == action["upsert"]["checksum"]
                summary.count_write("noop" if same else "updated" if known else "created")
        return summary


#: documents in an import's first batch; each next one doubles up to ``align_batch``
FIRST_BATCH = 250

_PARTICULARS = re.compile(r"\s\(|:|\s\S+://")


def _reason_kind(reason: str) -> str:
    """The kind of a skip reason, without the particulars, for the summary's counts.

    >>> _reason_kind("not an HTML page (image/png)")
    'not an HTML page'
    >>> _reason_kind("revisit of https://x.test/a: identical to an earlier capture")
    'revisit of'
    """
    return _PARTICULARS.split(reason, 1)[0].strip()


@dataclass
class _Batch:
    """Records read in input order, and the bulk actions of the ones that are articles."""

    items: list[Record] = field(default_factory=list)
    actions: list[dict] = field(default_factory=list)
