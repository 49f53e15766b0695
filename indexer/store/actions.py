"""Bulk actions: what an imported document becomes in a bulk request, in chunks.

Kept apart from the writer, which needs Elasticsearch's client: the import's worker
processes make documents and use these, and need no client.
"""
from __future__ import annotations

from typing import Any, Iterable, Iterator, TypeVar

BulkAction = dict[str, Any]
T = TypeVar("T")
#: fields written only when a document is created, so a re-import is a no-op
CREATE_ONLY = ("imported_at",)


def expand_action(doc_id: str, doc: dict[str, Any], index: str) -> BulkAction:
    """The bulk ``update`` action that upserts ``doc`` under ``doc_id``, the id in the
    document too (``doc_id``: a search page reads it from doc values).

    >>> a = expand_action("x1", {"title": "T", "imported_at": "2026"}, "idx")
    >>> a["_op_type"], a["doc"], a["upsert"]["imported_at"]
    ('update', {'title': 'T', 'doc_id': 'x1'}, '2026')
    """
    doc = {**doc, "doc_id": doc_id}
    partial = {k: v for k, v in doc.items() if k not in CREATE_ONLY}
    return {"_op_type": "update", "_index": index, "_id": doc_id,
            "doc": partial, "upsert": doc, "retry_on_conflict": 3}


def chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Lists of ``size`` items (the last one shorter), streaming.

    >>> list(chunked(range(5), 2))
    [[0, 1], [2, 3], [4]]
    """
    chunk: list[T] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
