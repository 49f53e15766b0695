"""Every document a query matches, a page at a time, through a point in time.

A point in time keeps the pages consistent while the same documents are being updated
(the backfill and the vector split write to what they read).
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterator

if TYPE_CHECKING:
    from elasticsearch import Elasticsearch

KEEP_ALIVE = "5m"


def pages(client: Elasticsearch, index: str, query: dict[str, Any], source: list[str],
          size: int = 256) -> Iterator[list[dict]]:
    """Pages of up to ``size`` hits of ``query``, each with the ``source`` fields only."""
    pit = client.open_point_in_time(index=index, keep_alive=KEEP_ALIVE)["id"]
    after = None
    try:
        while True:
            resp = client.search(pit={"id": pit, "keep_alive": KEEP_ALIVE}, query=query,
                                 size=size, sort=["_shard_doc"], search_after=after,
                                 source_includes=source)
            hits = resp["hits"]["hits"]
            if not hits:
                return
            pit = resp.get("pit_id", pit)
            after = hits[-1]["sort"]
            yield hits
    finally:
        client.close_point_in_time(id=pit)
