"""A search's whole result set, one row per matching article, streamed as CSV or JSON Lines.

Paged with a point in time and ``search_after``, one batch in memory at a time, so the
size of the export does not matter (``bench/export_memory.py`` measures it). The rows are
the columns of ``trimova export``. With a ``lang`` filter the rows are the articles in that
language (the search keeps the stories that have one). Only the word matches are exported:
the meaning leg of a search ranks the nearest stories whatever the query, so it has no set
to export.
"""
from __future__ import annotations

import csv
import io
import json
from typing import Any, Iterator

from elasticsearch import Elasticsearch

from indexer.alignment.scoring import Translator
from indexer.store.export import COLUMNS, FORMATS

from .stories import Filters, build_query, expand_query

BATCH = 500
KEEP_ALIVE = "2m"
MEDIA_TYPES = {"csv": "text/csv; charset=utf-8", "jsonl": "application/x-ndjson; charset=utf-8"}
_FIELDS = [c for c in COLUMNS if c not in ("id", "text")] + ["paragraphs"]


def _sort(sort: str) -> list[Any]:
    """The order of the export: the search's, then the shard order as the tie-breaker."""
    first = {"date": [{"published": {"order": "desc", "missing": "_last"}}],
             "oldest": [{"published": {"order": "asc", "missing": "_last"}}]}.get(
        sort, [{"_score": "desc"}])
    return [*first, {"_shard_doc": "asc"}]


def iter_matches(client: Elasticsearch, alias: str, q: str, *, filters: Filters | None = None,
                 sort: str = "relevance", translator: Translator | None = None,
                 batch: int = BATCH) -> Iterator[dict[str, Any]]:
    """Every article matching the search, as export rows.

    The point in time is opened here, before the first row is asked for, so a cluster that
    is away fails the request instead of cutting a download short; it is closed when the
    rows run out or the iterator is closed (a client that hangs up), else it expires.
    """
    query = build_query(q, filters, expand_query(q, translator))
    if filters and filters.lang:
        # the search keeps stories with a version in lang; their rows are that version's
        query = {"bool": {"must": [query], "filter": [{"term": {"lang": filters.lang}}]}}
    pit = client.open_point_in_time(index=alias, keep_alive=KEEP_ALIVE)["id"]
    return _pages(client, pit, query, _sort(sort), batch)


def _pages(client: Elasticsearch, pit: str, query: dict, sort: list, batch: int
           ) -> Iterator[dict[str, Any]]:
    try:
        after = None
        while True:
            resp = client.search(pit={"id": pit, "keep_alive": KEEP_ALIVE}, size=batch,
                                 query=query, sort=sort, source=_FIELDS,
                                 search_after=after, track_total_hits=False)
            hits = resp["hits"]["hits"]
            pit = resp.get("pit_id", pit)
            yield from (_row(h) for h in hits)
            if len(hits) < batch:
                return
            after = hits[-1]["sort"]
    finally:
        client.close_point_in_time(id=pit)


def _row(hit: dict) -> dict[str, Any]:
    src = hit["_source"]
    row = {c: src.get(c) for c in COLUMNS}
    row["id"] = hit["_id"]
    row["text"] = "\n\n".join(src.get("paragraphs") or [])
    return row


def serialise(rows: Iterator[dict[str, Any]], fmt: str, chunk: int = 100) -> Iterator[str]:
    """Rows as text in ``fmt`` (``csv`` with a header, or ``jsonl``), ``chunk`` rows a piece."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=COLUMNS) if fmt == "csv" else None
    if writer:
        writer.writeheader()
    for n, row in enumerate(rows, 1):
        if writer:
            writer.writerow({**row, "translations": "|".join(row["translations"] or [])})
        else:
            buf.write(json.dumps(row, ensure_ascii=False) + "\n")
        if n % chunk == 0:
            yield buf.getvalue()
            buf.seek(0)
            buf.truncate()
    if buf.getvalue():
        yield buf.getvalue()
