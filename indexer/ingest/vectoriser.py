"""An import's embedding step: each document of a batch gets the vector of its title and lead.

Embedding costs more than everything else an import does (a passage takes 100-300 ms of a
core; reading, building, aligning and writing it about 3 ms), so it runs in a thread of its
own, one batch ahead of alignment, and embeds only what is new: a document whose stored
``vector_key`` names the same model and text keeps its vector (a re-import of unchanged
text embeds nothing). An embeddings server that goes away is waited for like the cluster,
then the import stops cleanly and resumably (:class:`EmbeddingsUnavailable`); an answer that
cannot be used stops it before the batch is written (:class:`~indexer.embedding.EmbeddingError`).
"""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, TypeVar

import numpy

from indexer.embedding import Embedder, EmbeddingUnavailable
from indexer.embedding.passages import lead_passage, passage_key
from indexer.store import vectors, writer

if TYPE_CHECKING:
    from elasticsearch import Elasticsearch

log = logging.getLogger(__name__)
T = TypeVar("T")

#: decimals kept of each vector component in ``_source`` (the index quantises to 8 bits
#: anyway; five decimals halve the JSON an article's vector costs)
DECIMALS = 5


class EmbeddingsUnavailable(writer.ClusterUnavailable):
    """The embeddings server stayed away longer than the import waits; resumable like an
    Elasticsearch outage."""

    def __init__(self, waited: float, cause: Exception, written: int):
        super().__init__(waited, cause, written)
        self.args = (f"the embeddings server has been unreachable for {waited:.0f} s "
                     f"({cause})",)


@dataclass
class VectorCounts:
    """What the embedding step did in one import."""

    embedded: int = 0
    reused: int = 0
    empty: int = 0
    seconds: float = 0.0


class Vectoriser:
    """Gives an import's documents their vectors, batch by batch."""

    def __init__(self, client: Elasticsearch, alias: str, embedder: Embedder,
                 backoff: writer.Backoff | None = None,
                 progress: Callable[[int], None] | None = None):
        self.client, self.alias, self.embedder = client, alias, embedder
        self.backoff = backoff
        self.progress = progress or (lambda n: None)
        self.counts = VectorCounts()

    def start(self) -> None:
        """Reach the model and make the index ready for its vectors (before any reading)."""
        dims = self._patiently(self.embedder.probe)
        self._es(lambda: vectors.ensure_vectors(self.client, self.alias, self.embedder.model,
                                                dims))

    def add(self, actions: list[dict]) -> None:
        """Set the vector and key of every document in ``actions`` (bulk upserts)."""
        texts = {a["_id"]: lead_passage(a["upsert"].get("title") or "",
                                        a["upsert"].get("paragraphs") or []) for a in actions}
        keys = {i: passage_key(self.embedder.model, t) for i, t in texts.items() if t.strip()}
        self.counts.empty += sum(1 for a in actions if a["_id"] not in keys)
        have = self._es(lambda: vectors.stored(self.client, self.alias, keys))
        todo = sorted({i for i, k in keys.items()
                       if have.get(i, {}).get(vectors.KEY_FIELD) != k})
        made = self._embed([texts[i] for i in todo])
        fresh = dict(zip(todo, made))
        for action in actions:
            doc_id = action["_id"]
            if doc_id in fresh:
                _set(action, fresh[doc_id], keys[doc_id])
            elif doc_id in keys:  # unchanged text: the stored vector stays as it is
                _keep(action, have[doc_id])
        self.counts.reused += sum(1 for i in keys if i not in fresh)

    def _embed(self, texts: list[str]) -> list[list[float]]:
        """Vectors of ``texts`` as rounded lists, counted and timed."""
        if not texts:
            return []
        started = time.monotonic()
        made = self._patiently(lambda: self.embedder.passages(texts))
        self.counts.seconds += time.monotonic() - started
        self.counts.embedded += len(texts)
        self.progress(len(texts))
        return rounded(made)

    def _patiently(self, call: Callable[[], T]) -> T:
        return patiently(call, self.backoff)

    def _es(self, call: Callable[[], T]) -> T:
        if self.backoff is None:
            return call()
        return writer.patiently(call, self.backoff, what="vector lookup")


def patiently(call: Callable[[], T], backoff: writer.Backoff | None) -> T:
    """``call()``, repeated while the embeddings server is away, up to the backoff's deadline
    (:class:`EmbeddingsUnavailable` then; at once without a backoff)."""
    started, attempt = time.monotonic(), 0
    while True:
        try:
            return call()
        except EmbeddingUnavailable as exc:
            waited = time.monotonic() - started
            if backoff is None or waited >= backoff.outage:
                raise EmbeddingsUnavailable(waited, exc, 0) from exc
            log.warning("%s; retrying in a moment", exc)
            backoff.wait(attempt)
            attempt += 1


def rounded(made: numpy.ndarray) -> list[list[float]]:
    """Vectors as the lists stored in ``_source``, :data:`DECIMALS` decimals each."""
    return numpy.round(made, DECIMALS).tolist()


def _set(action: dict, vector: list[float], key: str) -> None:
    """A freshly made vector in both the partial document and the upsert."""
    lang = action["upsert"].get("lang")
    action["doc"].update(vectors.vector_doc(lang, vector), **{vectors.KEY_FIELD: key})
    action["upsert"].update(vectors.vector_doc(lang, vector, clear=False),
                            **{vectors.KEY_FIELD: key})


def _keep(action: dict, stored: dict) -> None:
    """The stored vector of unchanged text, in the upsert; in the partial document too when
    it is not in the field of the article's language (the language was detected otherwise
    this time)."""
    lang, vector = action["upsert"].get("lang"), vectors.vector_of(stored)
    action["upsert"].update(vectors.vector_doc(lang, vector, clear=False))
    if not stored.get(vectors.vector_field(lang)):
        action["doc"].update(vectors.vector_doc(lang, vector))
