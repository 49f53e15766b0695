"""Building the bulk actions of imported articles, in worker processes when there are cores.

Language detection and document building are pure Python and hold the interpreter lock;
in the importer's process they would take turns with reading, writing and alignment. In
worker processes they run beside them. Records go out in small chunks, a bounded number
in flight (memory stays flat), and come back in input order, so the journal's positions
and the import's counts are the same as with no workers.
"""
from __future__ import annotations

import logging
import os
import signal
import statistics
import time
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from functools import partial
from itertools import chain, islice
from multiprocessing import forkserver, get_all_start_methods, get_context
from typing import Callable, Iterable, Iterator, Sequence

from archive.article import Article, PendingPage, Rejected
from archive.readers import Record, read_pending
from indexer.ingest import gctune
from indexer.store import actions
from indexer.store.document import build_document, doc_id
from indexer.text.language import detect_language

log = logging.getLogger(__name__)

#: records sent to a worker at a time: enough to make the round trip cheap
CHUNK = 64
#: chunks in flight per worker: keeps each busy while the importer catches up
AHEAD = 3
#: records built in the importer's process before workers start (they take a second or
#: two to start: not worth it for a handful of pages)
WARMUP = 256
#: ... or fewer: the warm-up ends once it has taken this many CPU seconds, or once its
#: records are costly to build (HEAVY_RECORD), having built at least WARMUP_MIN records,
#: enough for a median. Pages read by trafilatura take 50 ms and more each: 256 of them
#: kept the importer's core busy for 15 s while the workers' idled
WARMUP_SECONDS = 1.0
WARMUP_MIN = 16
#: costly records built when the fork server starts, so that it has imported the readers
#: by the warm-up's end (an input of cheap records starts it with its first worker)
SERVER_AFTER = 8
#: records per chunk when they are costly to build: a chunk of 64 pages read by
#: trafilatura is 4 s of one worker, and the last ones left a worker idle at the end (as
#: many records stay in flight: AHEAD is scaled up)
HEAVY_CHUNK = 16
#: CPU seconds per record (the median of the warm-up's) above which building is the slow
#: step and gets the heavy-input workers. Measured on 2 cores: JSON Lines records (1 ms)
#: and pages with article markup (1.7 ms) import faster with one worker than with two;
#: pages read by trafilatura (4 ms and up) faster with two
HEAVY_RECORD = 0.0025
#: the end of the records, where a record could be anything
_END = object()


def build_action(article: Article, index: str, url_rules: Sequence[str] = ()) -> dict:
    """The bulk action for one article, its language decided."""
    return actions.expand_action(*build_doc(article, url_rules), index)


def build_doc(article: Article, url_rules: Sequence[str] = ()) -> tuple[str, dict]:
    """(id, document) of one article, its language decided."""
    detection = detect_language(article.title + "\n" + article.text,
                                declared=article.lang_hint, url=article.url)
    return doc_id(article), build_document(article, detection, url_rules=url_rules)


#: (the article read from a pending page, else None; its id and document, None if refused);
#: a worker sends the document alone, the action around it is made here (half the bytes)
Built = tuple[Article | Rejected | None, tuple[str, dict] | None]


def _build_one(item: Article | PendingPage, url_rules: Sequence[str]) -> Built:
    if isinstance(item, Article):
        return None, build_doc(item, url_rules)
    read = read_pending(item)
    return read, build_doc(read, url_rules) if isinstance(read, Article) else None


def _build_chunk(items: list[Article | PendingPage], url_rules: Sequence[str]) -> list[Built]:
    return [_build_one(item, url_rules) for item in items]


def _action(built: tuple[str, dict] | None, index: str) -> dict | None:
    return None if built is None else actions.expand_action(*built, index)


def _worker_init() -> None:
    # Ctrl-C goes to the whole process group: the importer stops the import and saves
    # the journal; a worker must not die with a traceback of its own meanwhile
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    gctune.collect_less()


def resolve_workers(setting: int, heavy: bool = False) -> int:
    """Worker processes for the IMPORT_WORKERS setting: itself, or for -1 one per core
    beyond the first (at most 2; none on one core, where they would only take turns).

    With ``heavy`` (records costly to build, see :data:`HEAVY_RECORD`) -1 is one per core,
    at most 2: when building is the slowest step, a second worker is worth the cores it
    takes from the cluster and the importer; when it is not, it only takes them.
    """
    if setting >= 0:
        return setting
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    cores = cores or 1
    if heavy and cores >= 2:
        return 2
    return max(0, min(2, cores - 1))


def built(records: Iterable[Record], index: str, url_rules: Sequence[str] = (),
          workers: int = 0, heavy_workers: int | None = None
          ) -> Iterator[tuple[Record, dict | None]]:
    """Each record with its bulk action (None for anything but an article), in input order.

    ``heavy_workers``: how many workers instead when the first records take more than
    :data:`HEAVY_RECORD` each to build (web pages that need trafilatura, say).
    """
    records = iter(records)
    costs: list[float] = []
    # a small input is done before workers would have started
    for item in records if workers <= 0 else islice(records, WARMUP):
        if isinstance(item, (Article, PendingPage)):
            if workers > 0 and len(costs) == SERVER_AFTER and _costly(costs):
                _start_server()  # its imports run beside the rest of the warm-up
            started = time.thread_time()
            read, doc = _build_one(item, url_rules)
            costs.append(time.thread_time() - started)
            yield read or item, _action(doc, index)
            if workers > 0 and len(costs) >= WARMUP_MIN and (
                    _costly(costs) or sum(costs) > WARMUP_SECONDS):
                break
        else:
            yield item, None
    if workers <= 0:
        return
    following = next(records, _END)
    if following is _END:  # all built here: no pool (its queues start a process of their own)
        return
    records = chain([following], records)
    heavy = _costly(costs)
    if heavy and heavy_workers is not None:
        workers = heavy_workers
    build = partial(_build_chunk, url_rules=tuple(url_rules))
    pool = ProcessPoolExecutor(max_workers=workers, initializer=_worker_init,
                               mp_context=_context())
    pending: deque[tuple[list[Record], Future]] = deque()
    broken = False
    try:
        size = HEAVY_CHUNK if heavy else CHUNK
        ahead = AHEAD * CHUNK // size * workers
        for chunk in actions.chunked(records, size):
            if broken:
                yield from _paired(chunk, None, build, index)
                continue
            pending.append((chunk, pool.submit(build, _buildable(chunk))))
            while len(pending) > ahead or (broken and pending):
                chunk, future = pending.popleft()
                broken = broken or _failed(future)
                yield from _paired(chunk, None if broken else future, build, index)
        while pending:
            chunk, future = pending.popleft()
            broken = broken or _failed(future)
            yield from _paired(chunk, None if broken else future, build, index)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _costly(costs: list[float]) -> bool:
    """Whether records that took ``costs`` CPU seconds each are costly to build."""
    return bool(costs) and statistics.median(costs) > HEAVY_RECORD


def _context():
    """The workers' start method: not a fork of this process, whose other threads may hold
    locks a fork would copy, but a fork server where there is one.

    The fork server imports this module, and with it the readers, trafilatura, lxml and
    the language profiles, once, and forks each worker with them imported; else every
    worker would import them for its first task (multiprocessing preloads only the main
    script, and Python 3.11 drops even that on the way to the server).
    """
    if "forkserver" not in get_all_start_methods():
        return get_context("spawn")
    context = get_context("forkserver")
    context.set_forkserver_preload(["__main__", __name__])  # no effect once it runs
    return context


def _start_server() -> None:
    """Start the fork server now, not when the first worker is wanted after the warm-up."""
    if _context().get_start_method() == "forkserver":
        forkserver.ensure_running()


def _failed(future: Future) -> bool:
    """Whether the pool died under ``future`` (its chunk is then built here instead)."""
    try:
        future.result()
    except BrokenProcessPool as exc:
        # e.g. a script that starts an import without an ``if __name__ == "__main__"``
        # guard: the workers cannot start. Slower, but nothing is lost
        log.warning("import workers stopped (%s); building documents in this process", exc)
        return True
    return False


def _buildable(chunk: list[Record]) -> list[Article | PendingPage]:
    return [r for r in chunk if isinstance(r, (Article, PendingPage))]


def _paired(chunk: list[Record], future: Future | None,
            build: Callable[[list[Article | PendingPage]], list[Built]], index: str
            ) -> Iterator[tuple[Record, dict | None]]:
    results = iter(future.result() if future is not None else build(_buildable(chunk)))
    for item in chunk:
        if isinstance(item, (Article, PendingPage)):
            read, doc = next(results)
            if read is not None:
                read.unit, read.resume_at = item.unit, item.resume_at
            yield read or item, _action(doc, index)
        else:
            yield item, None
