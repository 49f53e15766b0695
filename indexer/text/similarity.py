"""Similarity of sets and sizes: the plain measures alignment and the compare page share."""
from __future__ import annotations

from typing import Iterable


def trigrams(text: str) -> set[str]:
    """Character trigrams of a string, spaces included.

    >>> sorted(trigrams("abcd"))
    ['abc', 'bcd']
    """
    return {text[i:i + 3] for i in range(len(text) - 2)}


def overlap(a: Iterable[str], b: Iterable[str], sizes: float = 0.0) -> float | None:
    """Shared items over a denominator between the smaller set (``sizes`` 0) and the larger (1).

    A short note cites a subset of its long translation's numbers (containment); two
    versions of equal length should cite the same ones (closer to Jaccard).

    >>> overlap({"1", "2"}, {"2", "3", "4"}), overlap({"1", "2"}, {"2", "3", "4"}, 1.0)
    (0.5, 0.3333333333333333)
    >>> overlap(set(), {"1"}) is None
    True
    """
    a, b = set(a), set(b)
    if not a or not b:
        return None
    small, large = sorted((len(a), len(b)))
    return len(a & b) / (small + (large - small) * sizes)


def ratio(x: int, y: int) -> float | None:
    """min/max of two positive sizes.

    >>> ratio(50, 100), ratio(0, 10)
    (0.5, None)
    """
    return min(x, y) / max(x, y) if x > 0 and y > 0 else None
