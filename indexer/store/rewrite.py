"""Writing once more every document a query matches, a page at a time: the one-off moves an
older archive gets (:mod:`indexer.store.vector_split`, :mod:`indexer.store.id_fill`).

Each page is read through a point in time and written back as partial updates; the index
is refreshed at the end, and its segments merged when that rewrote many documents.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable

from indexer.store import merging, scan, writer

if TYPE_CHECKING:
    from elasticsearch import Elasticsearch

#: documents written by one bulk request
PAGE = 500


def every(step: int, say: Callable[[int, int], None]) -> Callable[[int, int], None]:
    """A progress callback for :func:`rewrite` that passes the count and the total on to
    ``say`` once every ``step`` documents (as near as pages fall) and at the end.

    >>> told = []
    >>> tell = every(1000, lambda done, total: told.append(done))
    >>> for done in range(500, 2600, 500): tell(done, 2600)
    >>> tell(2600, 2600); told
    [1000, 2000, 2600]
    """
    def progress(done: int, total: int) -> None:
        if done % step < PAGE or done == total:
            say(done, total)
    return progress


def rewrite(client: Elasticsearch, index: str, query: dict[str, Any], source: list[str],
            action: Callable[[dict], dict], progress: Callable[[int, int], None],
            total: int, refused: Callable[[int, int], Exception]) -> int:
    """Write the ``action`` of every hit of ``query`` (read with the ``source`` fields);
    how many were written. ``progress`` is told the count so far and ``total``; a page
    Elasticsearch refuses some of raises ``refused(refused, page size)`` (what was written
    stays written)."""
    done = 0
    for page in scan.pages(client, index, query, source, size=PAGE):
        result = writer.write(client, [action(hit) for hit in page])
        if result.failed:
            raise refused(result.failed, len(page))
        done += len(page)
        progress(done, total)
    client.indices.refresh(index=index)
    if merging.worth_merging(done):  # every document was written again
        merging.merge(client, index)
    return done
