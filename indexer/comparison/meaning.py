"""Meaning as evidence for the paragraph aligner: how much closer two paragraphs' vectors are
to each other than to the rest of the other version.

Numbers, names and lengths survive a literal translation; an adapted one (paraphrased,
merged, condensed, cut) keeps mostly the meaning, and multilingual vectors see it across any
language pair. Raw cosines of one story's paragraphs are all high, though (0.80-0.87 for
neighbours that are not counterparts, 0.85-0.93 for counterparts): what tells a counterpart
is the *margin*, its cosine minus the mean of the :data:`NEIGHBOURS` best cosines each side
has with the other version (the ratio-margin of bitext mining, as a difference). A match
costs :data:`MEANING` times (:data:`MARGIN_MID` - margin).

Two paragraphs read as one get the sum of their unit vectors, normalised: no second call to
the model, and close to the vector of the joined text. A paragraph without a vector (a NaN
row) adds nothing to a sum; a side with no vector at all gives no evidence (cost 0). The
costs of one pair of versions are computed at once with numpy, as plain lists for the
aligner's loop.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import numpy

#: cost per unit of margin. Chosen on the tuning half of WMT24 with one paragraph dropped
#: and two merged per story (bench/compare_eval.py) and on bench/align_eval.py: 100 to 150
#: and a MARGIN_MID of 0 to 0.01 did equally well, 50 or 0.02 worse
MEANING = 100.0
#: the margin at which a match is neither favoured nor penalised: counterparts in WMT24
#: have margins of 0.01-0.04 and more (5th percentile, median), non-counterpart neighbours
#: -0.04 (median) to -0.003 (95th percentile)
MARGIN_MID = 0.01
#: how many of a paragraph's best cosines with the other version make its baseline
#: (2 measured worse; 6 about the same)
NEIGHBOURS = 4

#: match (paragraphs of a, of b) → its cost by the indexes of its first paragraphs
MatchCosts = dict[tuple[int, int], list[list[float]]]


def match_costs(va: numpy.ndarray, vb: numpy.ndarray) -> MatchCosts:
    """The meaning cost of every 1-1, 2-1 and 1-2 match of two versions' paragraph vectors."""
    a, b = _present(va), _present(vb)
    dots = a @ b.T
    one_a, one_b = numpy.linalg.norm(a, axis=1), numpy.linalg.norm(b, axis=1)
    two_a = numpy.linalg.norm(a[:-1] + a[1:], axis=1)
    two_b = numpy.linalg.norm(b[:-1] + b[1:], axis=1)
    cos11 = _cosines(dots, numpy.outer(one_a, one_b))
    cos21 = _cosines(dots[:-1] + dots[1:], numpy.outer(two_a, one_b))
    cos12 = _cosines(dots[:, :-1] + dots[:, 1:], numpy.outer(one_a, two_b))
    base_a, base_b = _baseline(cos11, 1), _baseline(cos11, 0)
    costs = {(1, 1): _costs(cos11, base_a[:, None], base_b[None, :]),
             (2, 1): _costs(cos21, _baseline(cos21, 1)[:, None], base_b[None, :]),
             (1, 2): _costs(cos12, base_a[:, None], _baseline(cos12, 0)[None, :])}
    return {move: grid.tolist() for move, grid in costs.items()}


@dataclass(frozen=True)
class Version:
    """One version's vectors, made ready once for the many rows :func:`group_cost` scores."""

    vectors: numpy.ndarray
    norms: numpy.ndarray

    @classmethod
    def of(cls, vectors: numpy.ndarray) -> Version:
        """Rows of paragraphs without a vector made zero; each row's length."""
        present = _present(vectors)
        return cls(present, numpy.linalg.norm(present, axis=1))


def group_cost(a: Version, b: Version, ia: Sequence[int], ib: Sequence[int]) -> float:
    """The meaning cost of matching paragraphs ``ia`` of one version with ``ib`` of another,
    each side read as one (what :func:`match_costs` gives for 1-1, 2-1 and 1-2)."""
    x, y = a.vectors[list(ia)].sum(axis=0), b.vectors[list(ib)].sum(axis=0)
    nx, ny = numpy.linalg.norm(x), numpy.linalg.norm(y)
    if not (nx and ny):
        return 0.0
    x_to_b = _cosines(b.vectors @ x, b.norms * nx)
    y_to_a = _cosines(a.vectors @ y, a.norms * ny)
    return float(_costs(numpy.array(x @ y / (nx * ny)), _baseline(x_to_b[None, :], 1)[0],
                        _baseline(y_to_a[None, :], 1)[0]))


def margin_cost(margin: float) -> float:
    """The cost of a match whose cosine exceeds the two sides' baselines by ``margin``.

    >>> margin_cost(MARGIN_MID), margin_cost(0.04) < 0 < margin_cost(-0.04)
    (0.0, True)
    """
    return MEANING * (MARGIN_MID - margin)


def _present(vectors: numpy.ndarray) -> numpy.ndarray:
    """Vectors as float64 with the rows of paragraphs without one made zero."""
    return numpy.nan_to_num(numpy.asarray(vectors, dtype=numpy.float64), nan=0.0)


def _cosines(dots: numpy.ndarray, norms: numpy.ndarray) -> numpy.ndarray:
    """Dot products over norms; NaN where a side has no vector."""
    with numpy.errstate(invalid="ignore", divide="ignore"):
        return numpy.where(norms > 0, dots / norms, numpy.nan)


def _baseline(cosines: numpy.ndarray, axis: int) -> numpy.ndarray:
    """Each row's (axis 1) or column's (axis 0) mean of its :data:`NEIGHBOURS` best cosines."""
    if cosines.shape[axis] == 0:
        return numpy.zeros(cosines.shape[1 - axis])
    k = min(NEIGHBOURS, cosines.shape[axis])
    ranked = numpy.sort(numpy.nan_to_num(cosines, nan=-1.0), axis=axis)
    return (ranked[:, -k:] if axis == 1 else ranked[-k:, :]).mean(axis=axis)


def _costs(cosines: numpy.ndarray, base_a: numpy.ndarray, base_b: numpy.ndarray
           ) -> numpy.ndarray:
    """Margin costs of cosines over the two sides' baselines; 0 where a side has no vector."""
    margins = numpy.nan_to_num(cosines - (base_a + base_b) / 2)
    return numpy.where(numpy.isnan(cosines), 0.0, margin_cost(margins))
