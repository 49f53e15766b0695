"""The paragraph vectors of the versions being compared: cached ones read, the rest embedded.

Every non-empty paragraph of every version gets the vector of its
:func:`~indexer.embedding.passages.paragraph_passage`; those the cache lacks are embedded in
one call and kept. Without an embedder, or when it fails, there are no vectors and the
comparison is the lexical one (a failure is logged: the page still answers).
"""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Mapping, Protocol

import numpy

from indexer.embedding import EmbeddingError
from indexer.embedding.passages import paragraph_passage, passage_key

if TYPE_CHECKING:
    from indexer.embedding import Embedder

log = logging.getLogger(__name__)


class VectorCache(Protocol):
    """Vectors kept by passage key (``indexer.store.paragraph_vectors.ParagraphVectorCache``)."""

    def get(self, model: str, keys: list[str]) -> dict[str, numpy.ndarray]:
        """The kept vectors of ``keys``."""

    def put(self, model: str, vectors: Mapping[str, numpy.ndarray]) -> None:
        """Keep ``vectors``."""


def paragraph_vectors(embedder: Embedder | None, versions: Mapping[str, list[str]],
                      cache: VectorCache | None = None) -> dict[str, numpy.ndarray] | None:
    """Per version, one row per paragraph (NaN for an empty one); None without vectors.

    Only two versions or more are embedded: one version has nothing to be aligned with.
    """
    if embedder is None or sum(1 for texts in versions.values() if texts) < 2:
        return None
    passages = {lang: [paragraph_passage(text) for text in texts]
                for lang, texts in versions.items()}
    keys = {lang: [passage_key(embedder.model, p) if p else None for p in ps]
            for lang, ps in passages.items()}
    wanted = {k: p for lang, ps in passages.items() for k, p in zip(keys[lang], ps) if k}
    try:
        known = _known(embedder, wanted, cache)
    except EmbeddingError as exc:
        log.warning("comparing without paragraph vectors: %s", exc)
        return None
    dims = len(next(iter(known.values()))) if known else 0
    empty = numpy.full(dims, numpy.nan, dtype=numpy.float32)
    return {lang: numpy.array([known[k] if k else empty for k in ks], dtype=numpy.float32
                              ).reshape(len(ks), dims) for lang, ks in keys.items()}


def _known(embedder: Embedder, passages: Mapping[str, str], cache: VectorCache | None
           ) -> dict[str, numpy.ndarray]:
    """Each passage's vector by key: the cache's, then the rest embedded in one call and kept."""
    known = cache.get(embedder.model, list(passages)) if cache is not None else {}
    todo = [k for k in passages if k not in known]
    if todo:
        made = dict(zip(todo, embedder.passages([passages[k] for k in todo])))
        if cache is not None:
            cache.put(embedder.model, made)
        known = {**known, **made}
    return known
