"""The import pipeline: read → detect language → write → align, with a full account.

``Indexer.process_all`` streams records from the archive readers, so memory stays flat;
every refused record lands in the rejects file (JSON Lines: input, position, reason,
excerpt) and every document the cluster refuses in the dead-letter file.
"""
from __future__ import annotations

import json
import logging
import re
import threading
import uuid
from collections import Counter
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Mapping, Sequence

from elasticsearch import exceptions as es_exceptions

from archive.article import Rejected, Skipped, UnitDone
from archive.importers import Record, deferred_pages, iter_records

from . import aligner, building, writer
from .align import Translator
from .journal import Journal
from .schema import ensure_index

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


class Indexer:
    """Imports inputs into the index behind ``alias``.

    :param progress: called with each record read (the CLI drives its progress bar with it).
    :param align_batch: written documents are aligned in batches of this many, so memory
        stays flat and a crash leaves at most one batch to align on the rerun.
    :param outage_timeout: seconds to wait for an unreachable cluster before stopping.
    :param workers: processes that detect languages and build documents (0: this one).
    """

    def __init__(self, client: Elasticsearch, alias: str, *, rejects: str | Path,
                 dead_letters: str | Path, chunk_size: int = 500, min_score: float = 0.55,
                 window_days: int = 3, url_rules: Sequence[str] = (),
                 translator: Translator | None = None,
                 progress: Callable[[object], None] | None = None,
                 align_batch: int = 2000, outage_timeout: float = 300, workers: int = 0):
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

    @classmethod
    def from_config(cls, client: Elasticsearch, config: Mapping[str, Any], *,
                    rejects: str | Path, dead_letters: str | Path,
                    progress: Callable[[object], None] | None = None) -> Indexer:
        """An Indexer tuned by trimova's settings (the CLI and the web import page share it).

        Machine translation joins the alignment evidence when a model is installed.
        """
        from translations import translator_for
        return cls(client, config["INDEX"], rejects=rejects, dead_letters=dead_letters,
                   chunk_size=config["BULK_CHUNK"], min_score=config["ALIGN_MIN_SCORE"],
                   window_days=config["ALIGN_WINDOW_DAYS"], url_rules=config["ALIGN_URL_RULES"],
                   translator=translator_for(Path(config["DATA_DIR"]) / "models"),
                   progress=progress, align_batch=config["ALIGN_BATCH"],
                   outage_timeout=config["ES_OUTAGE_TIMEOUT"],
                   workers=building.resolve_workers(config["IMPORT_WORKERS"]))

    def process_all(self, paths: Iterable[str | Path], fmt: str | None = None, *,
                    journal: Journal | None = None, dry_run: bool = False) -> ImportSummary:
        """Import every record of every path; align what was written; return the counts.

        With a ``journal``, finished inputs are skipped and cut-off ones resumed, and the
        journal advances as batches are written and aligned. ``dry_run`` reads, checks and
        classifies every record (new / updated / unchanged) but writes nothing.
        """
        summary = ImportSummary(rejects_file=str(self.rejects.path),
                                dead_letter_file=str(self.dead_letters.path))
        records = iter_records(paths, fmt, resume=journal.resume if journal else None)
        with deferred_pages():  # crawls' pages are read where documents are built
            return self._process(records, summary, journal, dry_run)

    def _process(self, records: Iterable[Record], summary: ImportSummary,
                 journal: Journal | None, dry_run: bool) -> ImportSummary:
        if dry_run:
            return self._dry_run(records, summary)
        index = ensure_index(self.client, self.alias)
        try:
            self._write(self._batches(self._items(records, index, summary)), summary, journal)
            self.client.indices.refresh(index=self.alias)  # searchable when we say done
        finally:
            if journal:
                journal.save()
        if journal:
            summary.resumed_units = len(journal.resumed)
            summary.skipped_units = len(journal.skipped)
        return summary

    def _write(self, batches: Iterable[_Batch], summary: ImportSummary,
               journal: Journal | None) -> None:
        """Write and align batch by batch in two more threads while the next batch is read.

        Reading and building documents is Python work (in worker processes when there
        are cores); writing and aligning mostly wait on the cluster. Batch k+1 is written
        while batch k is aligned: its new documents carry a batch tag that batch k's
        alignment does not see (they are neither read as candidates nor updated before
        they exist). Batches are aligned in order, and the journal advances only when a
        batch is written and aligned.
        """
        stop = threading.Event()
        run = uuid.uuid4().hex[:8]
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="trimova-write") as sender, \
                ThreadPoolExecutor(max_workers=1, thread_name_prefix="trimova-align") as aligns:
            sending: Future | None = None
            aligning: Future | None = None
            try:
                for k, batch in enumerate(batches):
                    if sending is not None:
                        aligning = sending.result()
                    sending = sender.submit(self._stage, batch, summary, journal, stop,
                                            aligns, aligning, (f"{run}:{k}", f"{run}:{k + 1}"))
                if sending is not None:
                    aligning = sending.result()
                if aligning is not None:
                    aligning.result()
            except BaseException:
                stop.set()  # a batch waiting out an outage gives up at once
                raise

    def _stage(self, batch: _Batch, summary: ImportSummary, journal: Journal | None,
               stop: threading.Event, aligns: ThreadPoolExecutor, previous: Future | None,
               tags: tuple[str, str]) -> Future:
        """Write one batch (tagged ``tags[0]``); once the previous batch is aligned, hand
        this one to the aligner (which hides ``tags[1]``, the next batch, being written)."""
        known = self._predict(batch.actions, tags[0])
        written, fresh = self._send(batch.actions, summary, stop)
        if previous is not None:
            previous.result()
        return aligns.submit(self._finish, batch, summary, journal, written, known, fresh,
                             tags[1])

    def _finish(self, batch: _Batch, summary: ImportSummary, journal: Journal | None,
                written: list[str], known: dict[str, dict], fresh: set[str],
                hide: str) -> None:
        """Align one written batch, then record its positions as done."""
        try:
            self._align(written, summary, known, fresh, hide)
        except (es_exceptions.ConnectionError, es_exceptions.ConnectionTimeout) as exc:
            # the cluster went away while aligning: stop cleanly; the batch is not
            # journalled, so the rerun writes (no-ops) and aligns it again
            done = summary.new + summary.updated + summary.unchanged + summary.failed
            raise writer.ClusterUnavailable(0, exc, done) from exc
        for item in batch.items if journal else ():
            if isinstance(item, UnitDone):
                journal.finish(item.unit, item.fingerprint)
            else:
                journal.advance(item.unit, item.resume_at)

    def _predict(self, batch: list[dict], tag: str) -> dict[str, dict]:
        """Give new documents the story fields their explicit links will most likely give,
        and the batch's tag.

        Only in the create form (``upsert``): an existing document keeps its story.
        """
        for action in batch:
            action["upsert"]["import_batch"] = tag
        known = {a["_id"]: a["upsert"] for a in batch}
        for key, fields in aligner.predict_groups(known).items():
            known[key].update(fields)
        return known

    def _send(self, batch: list[dict], summary: ImportSummary,
              stop: threading.Event) -> tuple[list[str], set[str]]:
        """Write one batch; the ids written, and those of them that are new."""
        written, fresh = [], set()

        def sleep(seconds: float) -> None:
            if stop.wait(seconds):
                raise writer.Stopped("the import was stopped")

        stream = writer.streaming_write(self.client, batch, chunk_size=self.chunk_size,
                                        dead_letters=self.dead_letters,
                                        outage_timeout=self.outage_timeout, sleep=sleep)
        try:
            for ok, result in stream:
                if not ok:
                    summary.failed += 1
                    continue
                outcome = result.get("result", "updated")
                summary.count_write(outcome)
                written.append(result["_id"])
                if outcome == "created":
                    fresh.add(result["_id"])
        except writer.ClusterUnavailable as exc:
            exc.written = summary.new + summary.updated + summary.unchanged + summary.failed
            raise
        return written, fresh

    def _items(self, records: Iterable[Record], index: str,
               summary: ImportSummary) -> Iterator[tuple[Record, dict | None]]:
        """Each record with its bulk action (None for refused records and unit ends)."""
        seen: set[int] = set()  # 64 bits of each id: a million articles in tens of MB
        for item, action in building.built(records, index, self.url_rules, self.workers):
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
        batch = _Batch()
        for item, action in items:
            batch.items.append(item)
            if action is not None:
                batch.actions.append(action)
                if len(batch.actions) >= self.align_batch:
                    yield batch
                    batch = _Batch()
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

    def _align(self, ids: list[str], summary: ImportSummary, known: dict[str, dict],
               fresh: set[str], hide: str | None = None) -> None:
        if not ids:
            return
        result = aligner.align(self.client, self.alias, sorted(set(ids)),
                               min_score=self.min_score, window_days=self.window_days,
                               translator=self.translator, known=known, fresh=fresh,
                               hide=hide)
        summary.groups += result.groups
        summary.multi_version_groups += result.multi_version_groups
        summary.suggestions += len(result.suggestions)

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
