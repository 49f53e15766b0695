"""Reciprocal rank fusion: one ranking of stories out of several, by rank alone.

The lexical leg scores by BM25 and the meaning leg by vector similarity: the two scales say
nothing about each other, their ranks do. Each ranking gives a story ``1 / (k + rank)``;
the sums order the fused list. This node has no ``rrf`` retriever (a separate module), so
the fusion runs here, over stories (group ids), since a result is one story, not one article.
"""
from __future__ import annotations

from collections.abc import Sequence

#: the usual constant: large enough that the first few ranks of one leg do not drown the
#: other (on our sets 20 and 60 ranked alike)
RRF_K = 60


def fuse(*rankings: Sequence[str], k: int = RRF_K) -> list[str]:
    """Ids ranked by the sum of ``1 / (k + rank)`` over the rankings that hold them.

    Ties keep the order in which the rankings, taken in turn, first name the ids.

    >>> fuse(["a", "b", "c"], ["c", "d"])
    ['c', 'a', 'b', 'd']
    >>> fuse([], ["x"])
    ['x']
    """
    scores: dict[str, float] = {}
    for ranking in rankings:
        for rank, key in enumerate(ranking, 1):
            scores[key] = scores.get(key, 0.0) + 1.0 / (k + rank)
    first_seen = {key: i for i, key in enumerate(scores)}
    return sorted(scores, key=lambda key: (-scores[key], first_seen[key]))
