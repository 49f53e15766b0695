"""``trimova embed``: give every article that has no vector yet the vector of its title and lead.

For an archive imported with ``EMBEDDING=off``, or before vectors existed (schema 1). It reads
the articles without a vector through a point in time, a page at a time, embeds them and
writes each page's vectors with partial updates; an interrupted run loses at most a page, and
the next one embeds only what is still missing, so it resumes by itself.
"""
from __future__ import annotations

import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Iterator

from indexer.embedding import Embedder
from indexer.embedding.passages import lead_passage, passage_key
from indexer.ingest.vectoriser import patiently, rounded
from indexer.store import scan, vectors, writer

if TYPE_CHECKING:
    from elasticsearch import Elasticsearch

#: articles read, embedded and written at a time
PAGE = 256
_MISSING = {"bool": {"must_not": [
    {"exists": {"field": name}} for name in vectors.SOURCE_FIELDS]}}


@dataclass
class BackfillSummary:
    """What a backfill did."""

    missing: int = 0
    embedded: int = 0
    empty: int = 0
    failed: int = 0
    seconds: float = 0.0


def missing(client: Elasticsearch, alias: str) -> int:
    """How many articles have no vector."""
    return client.count(index=alias, query=_MISSING)["count"]


def backfill(client: Elasticsearch, alias: str, embedder: Embedder, *,
             progress: Callable[[int], None] | None = None,
             backoff: writer.Backoff | None = None) -> BackfillSummary:
    """Embed every article without a vector; ``progress`` is called with each page's count."""
    vectors.ensure_vectors(client, alias, embedder.model, patiently(embedder.probe, backoff))
    summary = BackfillSummary(missing=missing(client, alias))
    started = time.monotonic()
    for page in _pages(client, alias):
        texts = {h["_id"]: lead_passage(h["_source"].get("title") or "",
                                        h["_source"].get("paragraphs") or []) for h in page}
        todo = {i: t for i, t in texts.items() if t.strip()}
        summary.empty += len(texts) - len(todo)
        made = patiently(lambda: embedder.passages(list(todo.values())), backoff)
        langs = {h["_id"]: h["_source"].get("lang") for h in page}
        actions = [{"_op_type": "update", "_index": alias, "_id": doc_id,
                    "doc": {**vectors.vector_doc(langs[doc_id], vec), vectors.KEY_FIELD:
                            passage_key(embedder.model, todo[doc_id])}}
                   for doc_id, vec in zip(todo, rounded(made))]
        result = writer.write(client, actions)
        summary.embedded += len(actions) - result.failed
        summary.failed += result.failed
        if progress:
            progress(len(page))
    summary.seconds = time.monotonic() - started
    client.indices.refresh(index=alias)
    return summary


def _pages(client: Elasticsearch, alias: str) -> Iterator[list[dict]]:
    """Pages of the articles without a vector (language, title and paragraphs)."""
    return scan.pages(client, alias, _MISSING, ["lang", "title", "paragraphs"], size=PAGE)
