"""Meaning across languages: multilingual sentence vectors behind one small interface.

Three settings (``EMBEDDING``): ``local`` runs the bundled multilingual-e5-small model here
(:mod:`~indexer.embedding.local`), ``http`` asks an OpenAI-compatible embeddings server
(:mod:`~indexer.embedding.remote`), ``off`` keeps the archive lexical. What is embedded is
decided in :mod:`~indexer.embedding.passages`; the index side (the vector field, the model
recorded in the index) in :mod:`indexer.store.vectors`.
"""
from __future__ import annotations

from typing import Any, Mapping

from indexer.embedding.base import (Embedder, EmbeddingError, EmbeddingUnavailable,
                                    VectorMismatch)
from indexer.embedding.local import LocalEmbedder
from indexer.embedding.remote import HttpEmbedder

__all__ = ["BACKENDS", "Embedder", "EmbeddingError", "EmbeddingUnavailable", "VectorMismatch",
           "get_embedder"]

BACKENDS = ("local", "http", "off")


def get_embedder(config: Mapping[str, Any]) -> Embedder | None:
    """The embedder the settings ask for, or None with ``EMBEDDING=off``.

    :raise EmbeddingError: an unknown backend, or one that cannot work as set up.
    """
    backend = str(config.get("EMBEDDING", "off")).strip().lower()
    if backend == "off":
        return None
    if backend == "local":
        return LocalEmbedder(config["EMBEDDING_MODEL"], threads=config["EMBEDDING_THREADS"],
                             batch=config["EMBEDDING_BATCH"])
    if backend == "http":
        return HttpEmbedder(config["EMBEDDING_URL"], config["EMBEDDING_MODEL"],
                            api_key=config["EMBEDDING_API_KEY"],
                            timeout=config["EMBEDDING_TIMEOUT"], batch=config["EMBEDDING_BATCH"])
    raise EmbeddingError(f"EMBEDDING={backend!r}: choose one of {', '.join(BACKENDS)}")
