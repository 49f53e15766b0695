"""Suggested pairs to review: single articles in uk and en, and one suggestion per pair."""
from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

from elasticsearch import Elasticsearch

from indexer.alignment import overrides
from tests.helpers_es import import_paths


def load_pairs(es: Elasticsearch, alias: str, tmp_path: Path, count: int
               ) -> list[tuple[str, str]]:
    """``count`` Ukrainian and ``count`` English articles, each its own story (weeks apart,
    so nothing aligns them), and a suggestion per uk/en pair scored 0.28, 0.29, ..."""
    path = tmp_path / "singles.jsonl"
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(count):
            day = date(2020, 1, 1) + timedelta(days=20 * i)
            fh.write(json.dumps({"id": f"s{i}-uk", "lang": "uk", "published": day.isoformat(),
                                 "url": f"https://town.example/uk/{i}",
                                 "title": f"Міська рада ухвалила рішення номер {i}",
                                 "text": f"Депутати проголосували за рішення номер {i} про "
                                         "ремонт бібліотеки."}, ensure_ascii=False) + "\n")
            fh.write(json.dumps({"id": f"s{i}-en", "lang": "en",
                                 "published": (day + timedelta(days=9)).isoformat(),
                                 "url": f"https://town.example/en/{i}",
                                 "title": f"Council passes decision number {i}",
                                 "text": f"Councillors voted for decision number {i} on "
                                         "repairing the library."}) + "\n")
    import_paths(es, alias, [path], tmp_path)
    wanted = [f"s{i}-{lang}" for i in range(count) for lang in ("uk", "en")]
    ids = {h["_source"]["external_id"]: h["_id"] for h in es.search(
        index=alias, size=2 * count, query={"terms": {"external_id": wanted}})["hits"]["hits"]}
    pairs = [(ids[f"s{i}-uk"], ids[f"s{i}-en"]) for i in range(count)]
    overrides.save_suggestions(es, alias, [(0.28 + i * 0.01, a, b)
                                           for i, (a, b) in enumerate(pairs)])
    return pairs
