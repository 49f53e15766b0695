"""The index's side of embeddings: the vector field, the model recorded, stored vectors.

An article's vector (its title and lead, :mod:`indexer.embedding.passages`) lives in
:data:`VECTOR_FIELD`, a ``dense_vector`` with cosine similarity and int8-quantised HNSW;
:data:`KEY_FIELD` names what it was made of. The field is added to an index when its first
vectors arrive, with the model's name and length in the mapping's ``_meta``; from then on
the index takes vectors of that model only.
"""
from __future__ import annotations

from typing import Any, Iterable

from elasticsearch import Elasticsearch

from indexer.embedding.base import VectorMismatch

VECTOR_FIELD = "title_vector"
KEY_FIELD = "vector_key"


def vector_mapping(dims: int) -> dict[str, Any]:
    """The mapping of the vector field for vectors of ``dims``."""
    return {"type": "dense_vector", "dims": dims, "index": True, "similarity": "cosine",
            "index_options": {"type": "int8_hnsw"}}


def recorded_model(client: Elasticsearch, alias: str) -> dict[str, Any] | None:
    """``{"model": ..., "dims": ...}`` of the index's vectors, or None if it has none."""
    meta = _meta(client, alias)
    return meta.get("embedding") if meta is not None else None


def ensure_vectors(client: Elasticsearch, alias: str, model: str, dims: int) -> None:
    """Make the index ready for vectors of ``model``; VectorMismatch if it holds another's."""
    meta = _meta(client, alias) or {}
    recorded = meta.get("embedding")
    if recorded is None:
        client.indices.put_mapping(index=alias, properties={VECTOR_FIELD: vector_mapping(dims)},
                                   meta={**meta, "embedding": {"model": model, "dims": dims}})
        return
    if recorded.get("model") != model or recorded.get("dims") != dims:
        raise VectorMismatch(
            f"the archive {alias!r} holds vectors of {recorded.get('model')} "
            f"({recorded.get('dims')} dimensions), and the configured embedding model is "
            f"{model} ({dims} dimensions); vectors of two models cannot be compared. Set "
            f"EMBEDDING_MODEL={recorded.get('model')} (and EMBEDDING/EMBEDDING_URL to what "
            f"serves it), or start a new archive (TRIMOVA_INDEX) for the other model")


def stored(client: Elasticsearch, alias: str, ids: Iterable[str]) -> dict[str, dict]:
    """The key and vector stored for each of ``ids`` that has one."""
    ids = sorted(set(ids))
    if not ids:
        return {}
    resp = client.mget(index=alias, ids=ids, source_includes=[KEY_FIELD, VECTOR_FIELD])
    return {d["_id"]: d["_source"] for d in resp["docs"]
            if d.get("found") and d["_source"].get(KEY_FIELD)}


def _meta(client: Elasticsearch, alias: str) -> dict[str, Any] | None:
    """The mapping's ``_meta`` of the index behind ``alias``; None if there is no index."""
    if not client.indices.exists(index=alias):
        return None
    mapping = next(iter(client.indices.get_mapping(index=alias).values()))["mappings"]
    return dict(mapping.get("_meta") or {})
