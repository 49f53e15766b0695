"""What every embedding backend provides, and the errors they raise."""
from __future__ import annotations

from typing import Protocol, Sequence

import numpy


class Embedder(Protocol):
    """Turns texts into L2-normalised vectors of one model.

    ``model`` is the name recorded in the index (vectors of two models are never mixed);
    ``dims`` the vectors' length, known once the model has answered (:meth:`probe`).
    """

    model: str

    @property
    def dims(self) -> int:
        """The vectors' length."""

    def passages(self, texts: Sequence[str]) -> numpy.ndarray:
        """Vectors of documents (``len(texts)`` × ``dims``, float32, unit length)."""

    def query(self, text: str) -> numpy.ndarray:
        """The vector of a search query (``dims``, float32, unit length)."""

    def probe(self) -> int:
        """Ask the model once (loading or reaching it) and return ``dims``; raises as
        :meth:`passages` does."""


class EmbeddingError(RuntimeError):
    """The embedding model gave an answer trimova cannot use, or cannot be used as set up.

    Not retried: the message says what to fix.
    """


class EmbeddingUnavailable(EmbeddingError):
    """The embeddings server cannot be reached or is overloaded: worth waiting for."""


class VectorMismatch(EmbeddingError):
    """The index holds vectors of another model (or another length) than the one configured."""


def unit_rows(vectors: numpy.ndarray, dims: int, where: str) -> numpy.ndarray:
    """``vectors`` as float32 rows of unit length; EmbeddingError if their length is not ``dims``
    or a row is empty or not finite.

    >>> unit_rows(numpy.array([[3.0, 4.0]]), 2, "test").tolist()
    [[0.6000000238418579, 0.800000011920929]]
    """
    vectors = numpy.asarray(vectors, dtype=numpy.float32)
    if vectors.ndim != 2 or vectors.shape[1] != dims:
        got = vectors.shape[1] if vectors.ndim == 2 else f"shape {vectors.shape}"
        raise EmbeddingError(f"{where} returned vectors of {got} dimensions, expected {dims}; "
                             "check that EMBEDDING_MODEL names the model it serves")
    norms = numpy.linalg.norm(vectors, axis=1, keepdims=True)
    if not numpy.all(numpy.isfinite(norms)) or numpy.any(norms == 0):
        raise EmbeddingError(f"{where} returned an empty or invalid vector")
    return vectors / norms


def refuse_empty(texts: Sequence[str]) -> None:
    """ValueError if a text is empty or blank: it has no meaning to embed (the model would
    return the vector of its prefix alone, close to everything and to nothing).

    >>> refuse_empty(["a", " "])
    Traceback (most recent call last):
    ValueError: text 1 is empty: there is nothing to embed
    """
    for i, text in enumerate(texts):
        if not text or not text.strip():
            raise ValueError(f"text {i} is empty: there is nothing to embed")
