"""The meaning leg of a search: the stories whose title and lead are nearest to the query.

The query's vector (:mod:`indexer.embedding`) is compared with the articles' vectors by a
``knn`` query, one request per language, each on its language's field
(:func:`~indexer.store.vectors.vector_field`).
multilingual-e5 puts a text nearer to texts in its own language than to their translations
(an English query scores about 0.85 against unrelated English stories and 0.75-0.80 against
the Ukrainian story it describes), so a single nearest-neighbour list is mostly the query's
language. Each language's scores are therefore taken relative to that language's
background (the mean of its :data:`BACKGROUND` best), and the languages merged on that.
Measured on bench/search_eval.py (queries whose story has no version in their language):
recall@10 of the fused search 0.77 with one list, 0.83 with lists per language.

No similarity threshold: made-up queries ("zzzqqq") score as high as real ones, so the leg
always brings its :data:`WINDOW` nearest stories and fusion decides where they rank. Whether
a story past the lexical window has the words too (and is then not called "meaning only")
is asked afterwards, once for all of them (:mod:`indexer.search.stories`).

A story that stands less than :data:`STRONG` above its background is a weak find: it ranks
after the stories missing one of the query's words rather than before them (a name found
only in the body of a story in another language was ranked 21st, behind 20 weak finds).
"""
from __future__ import annotations

import logging
import time
from functools import lru_cache
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy

from indexer.embedding.base import EmbeddingError
from indexer.store.schema import LANGS
from indexer.store import vectors

if TYPE_CHECKING:
    from elasticsearch import Elasticsearch

    from indexer.embedding.base import Embedder

log = logging.getLogger(__name__)

#: stories the meaning leg brings, whatever the page: a fixed set, so totals and pages agree
#: (10, 20 and 30 ranked alike on our sets; 20 leaves a second page for them)
WINDOW = 20
#: best articles of a language whose mean score is that language's background
BACKGROUND = 10
#: how far above its language's background a story must stand to rank among the stories
#: with every word; less, and it comes after those missing a word (multilingual-e5-small: the
#: stories bench/search_eval.py's other-language queries found first stood 0.012-0.047
#: above, 94% of those the dev corpus' headlines found 0.01 or more; any value from 0.003 to
#: 0.025 gave the same recall on both)
STRONG = 0.01
#: nearest articles each language's kNN search considers (HNSW candidates, before collapse)
NUM_CANDIDATES = 100
#: query vectors remembered (paging and filtering repeat a query; 1.5 KB each)
QUERY_CACHE = 2048
#: seconds an archive's recorded model (or its having none) is trusted: an archive that
#: gets its first vectors is searched by meaning this long after at the latest
RECORDED_TTL = 30.0
_recorded: dict[tuple[int, str], tuple[float, dict[str, Any] | None]] = {}
#: the articles in none of LANGS ("und" and the like) form a language of their own here
_OTHER_LANGS = {"bool": {"must_not": {"terms": {"lang": list(LANGS)}}}}


def query_vector(client: Elasticsearch, alias: str, embedder: Embedder | None,
                 q: str) -> list[float] | None:
    """The query's vector, or None when the index has no vectors of ``embedder``'s model
    or the model cannot answer now (then the search stays lexical, with a warning)."""
    if embedder is None:
        return None
    recorded = _recorded_model(client, alias)
    if not recorded or recorded.get("model") != embedder.model:
        return None
    try:
        vector = _query_vector(embedder, q)
    except EmbeddingError as exc:
        log.warning("searching by words only: the query could not be embedded (%s)", exc)
        return None
    if len(vector) != recorded.get("dims"):
        log.warning("searching by words only: %s gave %d dimensions, the index holds %s",
                    embedder.model, len(vector), recorded.get("dims"))
        return None
    # six decimals are far finer than the index's int8 vectors, and halve the request
    return numpy.round(numpy.asarray(vector, dtype=numpy.float64), 6).tolist()


@lru_cache(maxsize=QUERY_CACHE)
def _query_vector(embedder: Embedder, q: str) -> tuple[float, ...]:
    """``embedder.query(q)``, remembered: the next page, a facet or a filter asks the same
    query again, and its vector costs 15-30 ms of a core (a failure is not remembered)."""
    return tuple(embedder.query(q).tolist())


def _recorded_model(client: Elasticsearch, alias: str) -> dict[str, Any] | None:
    """:func:`~indexer.store.vectors.recorded_model`, remembered :data:`RECORDED_TTL` seconds
    (it costs two requests, and an index's model, once recorded, never changes)."""
    key, now = (id(client), alias), time.monotonic()
    seen = _recorded.get(key)
    if seen is None or now - seen[0] > RECORDED_TTL:
        if len(_recorded) > 1000:  # many short-lived archives (tests): start afresh
            _recorded.clear()
        seen = _recorded[key] = (now, vectors.recorded_model(client, alias))
    return seen[1]


def per_language(client: Elasticsearch, alias: str) -> bool:
    """True when the archive keeps each language's vectors in a field of its own; False
    while they are all in the one field of schema 3 (until an import or ``trimova embed``
    moves them, :mod:`indexer.store.vector_split`)."""
    return vectors.per_language(_recorded_model(client, alias))


def requests(vector: list[float], filters: list[dict], *, lang: str | None = None,
             per_language: bool = True) -> list[dict[str, Any]]:
    """One kNN search body per language (only ``lang`` when the search is narrowed to it);
    hits bring their group id and language only.

    :param filters: the lexical query's filter clauses, applied before the nearest are chosen.
    :param per_language: each language's field is searched (else the one field of schema 3,
        narrowed by a filter to each language: 10-15 times the cost).
    """
    codes = [lang] if lang else [*LANGS, None]
    if per_language:
        return [_request(vector, vectors.vector_field(c), filters) for c in codes]
    scopes = {c: [{"term": {"lang": c}}] if c else [_OTHER_LANGS] for c in codes}
    return [_request(vector, vectors.VECTOR_FIELD, filters + ([] if lang else scopes[c]))
            for c in codes]


def _request(vector: list[float], field_name: str, filters: list[dict]) -> dict:
    """The nearest stories of one language, one hit (its nearest article) each."""
    return {
        "query": {"knn": {"field": field_name, "query_vector": vector,
                          "num_candidates": NUM_CANDIDATES, "filter": filters}},
        "size": WINDOW, "collapse": {"field": "group_id"},
        # group id and language from the collapse and doc values, and no stored field, not
        # even the id: reading ids from their compressed blocks cost half of the leg (1.5-2 of
        # 3 ms a request, 150,000 articles); the page finds the article by story and language
        "stored_fields": "_none_", "docvalue_fields": ["lang"], "track_total_hits": False,
    }


@dataclass
class Near:
    """One story the meaning leg found: its nearest article, how far that stands above its
    language's background, the languages and articles it was found in, and whether (and
    through which named clauses) the story has the words too, once asked."""

    group_id: str
    hit: dict[str, Any]
    score: float
    langs: set[str] = field(default_factory=set)
    articles: int = 0
    lexical: bool = False
    routes: set[str] = field(default_factory=set)

    @property
    def strong(self) -> bool:
        """True when the story stands at least :data:`STRONG` above its background."""
        return self.score >= STRONG

    def add(self, hit: dict[str, Any], score: float) -> None:
        """One of the story's articles (one per language): keep the best."""
        self.langs.add(hit["_source"].get("lang") or "und")
        self.articles += 1
        if score > self.score:
            self.hit, self.score = hit, score


def nearest(responses: list[dict[str, Any]], window: int = WINDOW) -> list[Near]:
    """The stories of the per-language answers, best first by score above background."""
    found: dict[str, Near] = {}
    for resp in responses:
        hits = resp["hits"]["hits"]
        background = _background([h["_score"] for h in hits])
        for hit in hits:
            fields = hit.get("fields", {})
            group_id = fields["group_id"][0]
            hit["_source"] = {"group_id": group_id, "lang": (fields.get("lang") or [None])[0]}
            near = found.setdefault(group_id, Near(group_id, hit, float("-inf")))
            near.add(hit, hit["_score"] - background)
    return sorted(found.values(), key=lambda n: -n.score)[:window]


def _background(scores: list[float]) -> float:
    """The mean of the best :data:`BACKGROUND` scores (they come best first).

    >>> _background([0.9, 0.8, 0.7]), _background([])
    (0.8, 0.0)
    """
    best = scores[:BACKGROUND]
    return round(sum(best) / len(best), 12) if best else 0.0
