"""Writing every indexed article back out, so archivists get their data back."""
from __future__ import annotations

import csv
import json
from typing import IO, Any, Iterator

from elasticsearch import Elasticsearch, helpers

FORMATS = ("jsonl", "csv")
#: columns of an export, in order; ``text`` holds the paragraphs joined by blank lines
COLUMNS = ["id", "external_id", "lang", "lang_confidence", "group_id", "group_method",
           "group_score", "source", "url", "title", "author", "published", "captured",
           "section",
           "translations", "text"]


def iter_rows(client: Elasticsearch, alias: str) -> Iterator[dict[str, Any]]:
    """Every article as an export row, in index order, streamed with scroll."""
    fields = [c for c in COLUMNS if c not in ("id", "text")] + ["paragraphs"]
    for hit in helpers.scan(client, index=alias, query={"query": {"match_all": {}}},
                            _source=fields, preserve_order=False):
        src = hit["_source"]
        row = {c: src.get(c) for c in COLUMNS}
        row["id"] = hit["_id"]
        row["text"] = "\n\n".join(src.get("paragraphs") or [])
        yield row


def export(client: Elasticsearch, alias: str, out: IO[str], fmt: str = "jsonl") -> int:
    """Write every article to ``out`` as JSON Lines or CSV; return how many."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    count = 0
    writer = csv.DictWriter(out, fieldnames=COLUMNS) if fmt == "csv" else None
    if writer:
        writer.writeheader()
    for row in iter_rows(client, alias):
        if writer:
            writer.writerow({**row, "translations": "|".join(row["translations"] or [])})
        else:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
        count += 1
    return count
