"""The compare page's paragraph vectors, cached beside the archive in ``<alias>-paragraph-vectors``.

A paragraph's vector costs 100-200 ms of a core and its text never changes under its key
(:func:`indexer.embedding.passages.passage_key` names the model and the text), so the first
view of a story embeds its paragraphs and every later view, in any process, reads them
back: one ``mget`` per view, one bulk write of what was missing. The vectors are only read
back by key, never searched, so the field has no HNSW graph (``index: false``). The index is
made on first use and dropped with the archive (:func:`indexer.store.schema.drop_index`).
"""
from __future__ import annotations

import logging
from typing import Iterable, Mapping

import numpy
from elasticsearch import ApiError, Elasticsearch, helpers

log = logging.getLogger(__name__)


def cache_index(alias: str) -> str:
    """Where the paragraph vectors of ``alias`` are kept.

    >>> cache_index("trimova-articles")
    'trimova-articles-paragraph-vectors'
    """
    return f"{alias}-paragraph-vectors"


def cache_mapping(dims: int) -> dict:
    """A cached vector: the model that made it and the vector, stored but not searchable."""
    return {"dynamic": "strict", "properties": {
        "model": {"type": "keyword"},
        "vector": {"type": "dense_vector", "dims": dims, "index": False}}}


def as_json(vector: numpy.ndarray) -> list[float]:
    """The components as the shortest decimals that read back as the same float32s, so a
    cached vector is exactly the fresh one (a third shorter than full float64 digits).

    >>> as_json(numpy.array([0.1, 1 / 3], dtype=numpy.float32))
    [0.1, 0.33333334]
    """
    return [float(str(x)) for x in vector]


class ParagraphVectorCache:
    """Paragraph vectors of one archive, by passage key."""

    def __init__(self, client: Elasticsearch, alias: str):
        self.client, self.name = client, cache_index(alias)

    def get(self, model: str, keys: Iterable[str]) -> dict[str, numpy.ndarray]:
        """The cached vectors of ``keys`` made by ``model`` (an index not made yet has none)."""
        keys = sorted(set(keys))
        if not keys:
            return {}
        try:
            docs = self.client.mget(index=self.name, ids=keys)["docs"]
        except ApiError as exc:  # a cache that cannot be read only costs time
            log.warning("paragraph vectors: cannot read %s (%s)", self.name, exc)
            return {}
        # a missing index answers each id with an error, not with an exception
        return {d["_id"]: numpy.asarray(d["_source"]["vector"], dtype=numpy.float32)
                for d in docs if d.get("found") and d["_source"].get("model") == model}

    def put(self, model: str, vectors: Mapping[str, numpy.ndarray]) -> None:
        """Keep ``vectors`` (key → vector) in one bulk write; failures are logged, not raised."""
        if not vectors:
            return
        dims = len(next(iter(vectors.values())))
        actions = [{"_index": self.name, "_id": key,
                    "_source": {"model": model, "vector": as_json(vec)}}
                   for key, vec in vectors.items()]
        try:
            self._ensure(dims)
            _, errors = helpers.bulk(self.client, actions, raise_on_error=False)
        except ApiError as exc:
            errors = [exc]
        if errors:  # e.g. vectors of another length than the cache was made for
            log.warning("paragraph vectors: %d of %d not cached in %s (%s)", len(errors),
                        len(actions), self.name, errors[0])

    def _ensure(self, dims: int) -> None:
        """Make the cache index on first use (another process may be making it too)."""
        if self.client.indices.exists(index=self.name):
            return
        try:
            self.client.indices.create(index=self.name, mappings=cache_mapping(dims), settings={
                "number_of_shards": 1, "auto_expand_replicas": "0-1"})
        except ApiError as exc:
            if "resource_already_exists" not in str(exc):
                raise


def drop_cache(client: Elasticsearch, alias: str) -> None:
    """Delete the paragraph vectors kept for ``alias``."""
    client.indices.delete(index=cache_index(alias), ignore_unavailable=True)
