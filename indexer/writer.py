"""Writing documents to Elasticsearch in streaming bulk requests.

Modelled on elasticsearch-py's ``helpers``: plain functions taking the client first,
a pure :func:`expand_action`, a streaming variant yielding one result per document and a
summarising wrapper. Writes are upserts of a partial document: a re-import refreshes the
text but keeps what alignment decided (``group_id``), and an unchanged record comes back
as a ``noop``. Documents the cluster rejects go to a dead-letter file, never nowhere.
"""
from __future__ import annotations

import json
import logging
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator

from elasticsearch import Elasticsearch, helpers

log = logging.getLogger(__name__)

BulkAction = dict[str, Any]
#: fields written only when a document is created, so a re-import is a no-op
CREATE_ONLY = ("imported_at",)


def expand_action(doc_id: str, doc: dict[str, Any], index: str) -> BulkAction:
    """The bulk ``update`` action that upserts ``doc`` under ``doc_id``.

    >>> a = expand_action("x1", {"title": "T", "imported_at": "2026"}, "idx")
    >>> a["_op_type"], a["doc"], a["upsert"]["imported_at"]
    ('update', {'title': 'T'}, '2026')
    """
    partial = {k: v for k, v in doc.items() if k not in CREATE_ONLY}
    return {"_op_type": "update", "_index": index, "_id": doc_id,
            "doc": partial, "upsert": doc, "retry_on_conflict": 3}


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


def streaming_write(client: Elasticsearch, actions: Iterable[BulkAction], *,
                    chunk_size: int = 500, max_retries: int = 5, initial_backoff: float = 1,
                    max_backoff: float = 30,
                    dead_letters: DeadLetters | None = None) -> Iterator[tuple[bool, dict]]:
    """Send actions in bulk; yield ``(ok, item)`` per document.

    429 responses are retried with bounded exponential backoff by the helper; connection
    errors and 502/503/504 by the client's transport. A refused document is yielded with
    ``ok=False`` and recorded in ``dead_letters``.
    """
    pending: dict[str, BulkAction] = {}

    def remember(stream: Iterable[BulkAction]) -> Iterator[BulkAction]:
        for action in stream:
            pending[action["_id"]] = action
            yield action

    for ok, item in helpers.streaming_bulk(
            client, remember(actions), chunk_size=chunk_size, max_retries=max_retries,
            initial_backoff=initial_backoff, max_backoff=max_backoff,
            raise_on_error=False, yield_ok=True):
        result = next(iter(item.values()))
        action = pending.pop(result.get("_id"), {})
        if not ok and dead_letters is not None:
            dead_letters.add(action, result.get("error"))
        yield ok, result


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
