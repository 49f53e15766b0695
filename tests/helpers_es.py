"""Helpers for tests that import data into the real index."""
from __future__ import annotations

from pathlib import Path

from elasticsearch import Elasticsearch

from indexer.ingest.pipeline import ImportSummary, Importer

DATA = Path(__file__).resolve().parent / "data"


def import_paths(es: Elasticsearch, alias: str, paths, tmp_path: Path, **kwargs) -> ImportSummary:
    """Import ``paths`` into ``alias`` the way the CLI does, and refresh."""
    importer = Importer(es, alias, rejects=tmp_path / "rejects.jsonl",
                        dead_letters=tmp_path / "dead.jsonl", **kwargs)
    summary = importer.process_all([str(p) for p in paths])
    es.indices.refresh(index=alias)
    return summary
