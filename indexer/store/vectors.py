"""The index's side of embeddings: the vector fields, the model recorded, stored vectors.

An article's vector (its title and lead, :mod:`indexer.embedding.passages`) lives in its
language's field (:func:`vector_field`: ``title_vector_uk``, ``_en``, ``_ru``, or ``_other``
for any other language), a ``dense_vector`` with cosine similarity and int8-quantised HNSW;
:data:`KEY_FIELD` names what it was made of. The fields are added to an index when its
first vectors arrive, with the model's name and length in the mapping's ``_meta``; from then
on the index takes vectors of that model only.

A field per language gives each language an HNSW graph of its own. A search for one
language's nearest articles then walks its own graph; in one graph for all, narrowed by a
``lang`` filter, it cost 40-60 ms instead of 3-4 (150,000 articles, bench/search_load.py's
index), because a text's nearest neighbours are mostly in its own language and the search
has to step past them. Archives of schema 3 and before keep every vector in
:data:`VECTOR_FIELD`; :mod:`indexer.store.vector_split` moves them.
"""
from __future__ import annotations

from typing import Any, Iterable

from elasticsearch import Elasticsearch

from archive.languages import LANGS
from indexer.embedding.base import VectorMismatch

#: the one vector field of archives of schema 3 and before, read until it is split
VECTOR_FIELD = "title_vector"
KEY_FIELD = "vector_key"
#: the recorded layout of an archive whose vectors are in their languages' fields
PER_LANGUAGE = "per-language"


def vector_field(lang: str | None) -> str:
    """The field that holds the vector of an article in ``lang``.

    >>> [vector_field(c) for c in ("uk", "en", "pl", "und", None)]
    ['title_vector_uk', 'title_vector_en', 'title_vector_other', 'title_vector_other', \
'title_vector_other']
    """
    return f"{VECTOR_FIELD}_{lang if lang in LANGS else 'other'}"


#: every language's field, uk, en, ru, then other
VECTOR_FIELDS = tuple(vector_field(c) for c in (*LANGS, None))
#: what to read of ``_source`` for an article's vector, whichever field holds it
SOURCE_FIELDS = [*VECTOR_FIELDS, VECTOR_FIELD]


def vector_of(src: dict[str, Any]) -> Any:
    """An article's vector, from whichever field holds it (None if it has none)."""
    for name in (vector_field(src.get("lang")), *SOURCE_FIELDS):
        value = src.get(name)
        if value is not None and len(value):  # a list from the index, an array from the pool
            return value
    return None


def vector_doc(lang: str | None, vector: list[float], *, clear: bool = True) -> dict:
    """The fields that give an article in ``lang`` its vector; with ``clear``, the other
    languages' fields are emptied too (a partial update of an article whose language
    changed must not leave it in two graphs)."""
    own = vector_field(lang)
    if not clear:
        return {own: vector}
    return {name: vector if name == own else None for name in VECTOR_FIELDS}


def per_language(recorded: dict[str, Any] | None) -> bool:
    """True when a recorded model's vectors are in their languages' fields."""
    return bool(recorded) and recorded.get("layout") == PER_LANGUAGE


def vector_mapping(dims: int) -> dict[str, Any]:
    """The mapping of the vector field for vectors of ``dims``."""
    return {"type": "dense_vector", "dims": dims, "index": True, "similarity": "cosine",
            "index_options": {"type": "int8_hnsw"}}


def field_mappings(dims: int) -> dict[str, Any]:
    """The mapping of every language's vector field."""
    return {name: vector_mapping(dims) for name in VECTOR_FIELDS}


def recorded_model(client: Elasticsearch, alias: str) -> dict[str, Any] | None:
    """``{"model": ..., "dims": ..., "layout": ...}`` of the index's vectors, or None if it
    has none (``layout`` is :data:`PER_LANGUAGE`, or missing while the vectors are all in
    :data:`VECTOR_FIELD`)."""
    meta = _meta(client, alias)
    return meta.get("embedding") if meta is not None else None


def ensure_vectors(client: Elasticsearch, alias: str, model: str, dims: int) -> None:
    """Make the index ready for vectors of ``model``; VectorMismatch if it holds another's."""
    meta = _meta(client, alias) or {}
    recorded = meta.get("embedding")
    if recorded is None:
        client.indices.put_mapping(index=alias, properties=field_mappings(dims), meta={
            **meta, "embedding": {"model": model, "dims": dims, "layout": PER_LANGUAGE}})
        return
    if recorded.get("model") != model or recorded.get("dims") != dims:
        raise VectorMismatch(
            f"the archive {alias!r} holds vectors of {recorded.get('model')} "
            f"({recorded.get('dims')} dimensions), and the configured embedding model is "
            f"{model} ({dims} dimensions); vectors of two models cannot be compared. Set "
            f"EMBEDDING_MODEL={recorded.get('model')} (and EMBEDDING/EMBEDDING_URL to what "
            f"serves it), or start a new archive (TRIMOVA_INDEX) for the other model")
    if not per_language(recorded):
        add_language_fields(client, alias)


def add_language_fields(client: Elasticsearch, alias: str) -> dict[str, Any] | None:
    """Give an archive whose vectors are all in :data:`VECTOR_FIELD` the fields of each
    language and record that its vectors go there from now on; the recorded model (None
    for an archive without vectors)."""
    meta = _meta(client, alias) or {}
    recorded = meta.get("embedding")
    if recorded and not per_language(recorded):
        recorded = {**recorded, "layout": PER_LANGUAGE}
        client.indices.put_mapping(index=alias, properties=field_mappings(recorded["dims"]),
                                   meta={**meta, "embedding": recorded})
    return recorded


def stored(client: Elasticsearch, alias: str, ids: Iterable[str]) -> dict[str, dict]:
    """The key and vector stored for each of ``ids`` that has one."""
    ids = sorted(set(ids))
    if not ids:
        return {}
    resp = client.mget(index=alias, ids=ids, source_includes=[KEY_FIELD, "lang", *SOURCE_FIELDS])
    return {d["_id"]: d["_source"] for d in resp["docs"]
            if d.get("found") and d["_source"].get(KEY_FIELD)}


def _meta(client: Elasticsearch, alias: str) -> dict[str, Any] | None:
    """The mapping's ``_meta`` of the index behind ``alias``; None if there is no index."""
    if not client.indices.exists(index=alias):
        return None
    mapping = next(iter(client.indices.get_mapping(index=alias).values()))["mappings"]
    return dict(mapping.get("_meta") or {})
