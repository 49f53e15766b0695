"""Writing documents to Elasticsearch in streaming bulk requests.

Modelled on elasticsearch-py's ``helpers``: plain functions taking the client first,
a pure :func:`expand_action` (from :mod:`indexer.store.actions`), a streaming variant
yielding one result per document and a summarising wrapper. Writes are upserts of a
partial document: a re-import refreshes the text but keeps what alignment decided
(``group_id``), and an unchanged record comes back as a ``noop``. Documents the cluster
rejects go to a dead-letter file, never nowhere.
"""
from __future__ import annotations

import json
import logging
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from elasticsearch import ApiError, ConnectionError, ConnectionTimeout, Elasticsearch, SSLError
from elasticsearch import helpers

# expand_action and chunked are the writer's too (callers and benches name them here)
from indexer.store.actions import BulkAction, T, chunked, expand_action  # noqa: F401

log = logging.getLogger(__name__)


@dataclass
class WriteSummary:
    """Counts of what a write did: ``created``, ``updated``, ``noop``, ``failed``."""

    counts: Counter = field(default_factory=Counter)
    failed_ids: list[str] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return self.counts["failed"]


class DeadLetters:
    """Appends documents the cluster refused, one JSON line each, with the error."""

    def __init__(self, path: str | Path | None):
        self.path = Path(path) if path else None
        self.count = 0

    def add(self, action: BulkAction, error: Any) -> None:
        """Record one refused action (in the log when no file was given)."""
        self.count += 1
        if self.path is None:
            log.error("document %s refused: %s", action.get("_id"), error)
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.path.open("a", encoding="utf-8") as fh:
            fh.write(json.dumps({"id": action.get("_id"), "error": error,
                                 "document": action.get("upsert")}, ensure_ascii=False) + "\n")


class ClusterUnavailable(Exception):
    """Elasticsearch stayed unreachable longer than the import is willing to wait.

    ``written`` counts the documents confirmed before it went away; the caller's journal
    knows where to resume.
    """

    def __init__(self, waited: float, cause: Exception, written: int):
        self.waited, self.cause, self.written = waited, cause, written
        super().__init__(f"Elasticsearch has been unreachable for {waited:.0f} s ({cause})")


class Stopped(Exception):
    """The caller stopped a write that was waiting (Ctrl-C during an outage's backoff)."""


#: whole-request failures worth waiting out: the node is restarting, overloaded or away
_RETRY_STATUS = (429, 502, 503, 504)


def streaming_write(client: Elasticsearch, actions: Iterable[BulkAction], *,
                    chunk_size: int = 500, max_retries: int = 5, initial_backoff: float = 1,
                    max_backoff: float = 30, outage_timeout: float = 300,
                    dead_letters: DeadLetters | None = None,
                    sleep: Callable[[float], None] = time.sleep
                    ) -> Iterator[tuple[bool, dict]]:
    """Send actions in bulk; yield ``(ok, item)`` per document, in the order given.

    Documents answered 429 are resent up to ``max_retries`` times with exponential
    backoff (capped at ``max_backoff``). A request that cannot reach the cluster, or gets
    a 429/5xx as a whole, is resent with the same backoff until ``outage_timeout``
    seconds have passed; then :class:`ClusterUnavailable` is raised. A document the
    cluster refuses is yielded with ``ok=False`` and recorded in ``dead_letters``.
    """
    written = 0
    retry = Backoff(initial_backoff, max_backoff, outage_timeout, sleep)
    for chunk in chunked(actions, chunk_size):
        for ok, result, action in _send_chunk(client, chunk, max_retries, retry, written):
            written += 1
            if not ok and dead_letters is not None:
                dead_letters.add(action, result.get("error"))
            yield ok, result


class Backoff:
    """Exponential waits, capped, and a deadline for an outage."""

    def __init__(self, initial: float, cap: float, outage: float,
                 sleep: Callable[[float], None]):
        self.initial, self.cap, self.outage, self.sleep = initial, cap, outage, sleep

    def wait(self, attempt: int) -> None:
        self.sleep(min(self.cap, self.initial * 2 ** attempt))


def as_create(action: BulkAction) -> BulkAction:
    """The ``create`` form of an upsert action: half the bytes, and the plain index path.

    >>> as_create(expand_action("x1", {"title": "T"}, "idx"))
    {'_op_type': 'create', '_index': 'idx', '_id': 'x1', '_source': {'title': 'T', 'doc_id': 'x1'}}
    """
    return {"_op_type": "create", "_index": action["_index"], "_id": action["_id"],
            "_source": action["upsert"]}


def _send_chunk(client: Elasticsearch, chunk: list[BulkAction], max_retries: int,
                backoff: Backoff, written: int) -> Iterator[tuple[bool, dict, BulkAction]]:
    """One chunk to the end: per-document 429s resent, outages waited out.

    New documents are the common case, so an upsert goes out first as a ``create``; the
    ones that exist already (409) go again as the update, which keeps their alignment and
    answers ``noop`` when nothing changed.
    """
    sending = [as_create(a) if a.get("_op_type") == "update" and "upsert" in a else a
               for a in chunk]
    results: list[tuple[bool, dict] | None] = [None] * len(chunk)
    todo, attempt = list(range(len(chunk))), 0
    while todo:
        items = _bulk_request(client, [sending[i] for i in todo], backoff, written)
        exists, busy = [], []
        for i, item in zip(todo, items):
            result = next(iter(item.values()))
            status = result.get("status", 500)
            if status == 409 and sending[i] is not chunk[i]:
                sending[i] = chunk[i]
                exists.append(i)
            elif status == 429 and attempt < max_retries:
                busy.append(i)
            else:
                results[i] = (200 <= status < 300, result)
        if busy:
            log.warning("%d documents answered 429 (too many requests); resending", len(busy))
            backoff.wait(attempt)
            attempt += 1
        todo = sorted(exists + busy)
    for action, (ok, result) in zip(chunk, results):  # type: ignore[misc]
        yield ok, result, action


def _bulk_request(client: Elasticsearch, actions: list[BulkAction], backoff: Backoff,
                  written: int) -> list[dict]:
    """The items of one bulk request, waiting out connection trouble until the deadline."""
    body: list[dict] = []
    for action in actions:
        header, data = helpers.expand_action(action)
        body.append(header)
        if data is not None:
            body.append(data)
    return patiently(lambda: client.bulk(operations=body)["items"], backoff, written,
                     "bulk request")


def certificate_rejected(exc: Exception) -> bool:
    """True when TLS verification refused the cluster's certificate (not a dropped
    connection, which a node that dies mid-handshake also reports as a TLS error)."""
    return isinstance(exc, SSLError) and "certificate verify failed" in str(exc).lower()


def patiently(call: Callable[[], T], backoff: Backoff, written: int = 0,
              what: str = "request") -> T:
    """``call()``, repeated with backoff while the cluster is unreachable, restarting or
    overloaded (429/5xx), until ``backoff.outage`` seconds have passed: then
    :class:`ClusterUnavailable`. Only for calls that are safe to repeat."""
    started, attempt = time.monotonic(), 0
    while True:
        try:
            return call()
        except (ConnectionError, ConnectionTimeout) as exc:
            if certificate_rejected(exc):
                raise  # a certificate the CA did not sign fails the same on every retry
            cause: Exception = exc
        except ApiError as exc:
            if exc.meta.status not in _RETRY_STATUS:
                raise
            cause = exc
        waited = time.monotonic() - started
        if waited >= backoff.outage:
            raise ClusterUnavailable(waited, cause, written) from cause
        log.warning("%s failed (%s); retrying in a moment", what, type(cause).__name__)
        backoff.wait(attempt)
        attempt += 1


def write(client: Elasticsearch, actions: Iterable[BulkAction], **kwargs: Any) -> WriteSummary:
    """Send every action and return the summary of results."""
    summary = WriteSummary()
    for ok, result in streaming_write(client, actions, **kwargs):
        if ok:
            summary.counts[result.get("result", "updated")] += 1
        else:
            summary.counts["failed"] += 1
            summary.failed_ids.append(result.get("_id"))
    return summary
