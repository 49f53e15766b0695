"""Aligning the paragraphs of one story's language versions, for the compare page.

Two versions are aligned in order by dynamic programming in the spirit of Gale and
Church (1993): each step matches one paragraph to one, one to two or two to one, or
leaves a paragraph without counterpart. A match costs a length penalty (how far the
character length is from the one expected for the language pair, as a normal deviate)
plus the evidence that survives translation: shared numbers and names, and between
Ukrainian and Russian the trigram similarity of the cross-script :func:`bridge_key`;
given paragraph vectors, also how close their meanings are (:mod:`~.meaning`), which pairs
adapted versions whatever the languages.
Leaving a paragraph out costs a fixed :data:`SKIP`, so a paragraph only one version has
stays alone instead of being glued onto a neighbour.

Three versions are aligned through a pivot (the one with most paragraphs); what the
pivot lacks but both others have is paired again inside its gap, and :func:`settle` then
lets the third pair (the two non-pivot versions) move a cell to a neighbouring row when
the sum of the three pairwise costs drops. Pure functions only: the UI gets plain lists
and dicts.
"""
from __future__ import annotations

import math
import operator
from dataclasses import dataclass
from functools import lru_cache, reduce
from typing import Callable, Iterable, Mapping, Sequence

import numpy

from indexer.comparison.meaning import Version, group_cost, match_costs
from indexer.text.similarity import overlap, trigrams
from indexer.text.features import bridge_key, extract_numbers, name_keys

Row = dict[str, list[int]]
Pair = tuple[list[int], list[int]]
#: per version, one vector per paragraph (a NaN row: a paragraph without one)
Vectors = Mapping[str, numpy.ndarray]

#: characters per unit of content, Ukrainian = 1: the expected b/a length ratio of a pair
#: is the quotient. Measured on the sample archive's translations (median paragraph
#: ratio en/uk 1.04, ru/uk 1.01); news English runs long on articles and auxiliaries.
LENGTH_FACTOR = {"uk": 1.0, "ru": 1.02, "en": 1.05}
#: Gale–Church variance per character plus a relative floor: the deviation's sigma is
#: sqrt(S2 * n + (REL_SIGMA * n) ** 2) for mean length n, about ±23% at 150 characters,
#: ±17% at 300 and ±13% at 600 (short paragraphs vary more, in proportion)
S2 = 6.8
REL_SIGMA = 0.08
#: a paragraph left without counterpart (1-0 or 0-1); two skips (7.0) is the most a
#: 1-1 match may cost, so a true counterpart with no numbers needs only a fitting length
SKIP = 3.5
#: extra cost of a 1-2 or 2-1 match. Above SKIP: joining a neighbour must fit clearly
#: better than leaving it alone, or every short extra paragraph would be glued on
MERGE = 4.0
#: shared numbers: Dice 1 earns -NUMBERS, Dice 0 (both sides have numbers) costs +NUMBERS
NUMBERS = 3.0
#: numbers on one side only: mild evidence against (translations keep figures)
NUMBERS_ONE_SIDED = 1.0
#: shared names: -NAMES times the share of the smaller set of name keys found in the other
NAMES = 2.0
#: uk-ru text: TEXT * (TEXT_MID - trigram Jaccard of the bridge keys). Translations
#: score 0.2-0.6, unrelated paragraphs of one story mostly 0.03-0.15: at 0.07 the pair
#: alone costs as much as two skips, so unrelated uk and ru extras stay apart
TEXT = 30.0
TEXT_MID = 0.3
#: how far (in paragraphs, beyond the difference in counts) an alignment may stray from
#: the diagonal: keeps long articles linear; more would take that many paragraphs
#: without counterpart on *both* sides
BAND = 25
#: MERGE when paragraph vectors count: joining an unrelated neighbour dilutes the joined
#: vector's cosine, so the meaning guards against gluing and a merge need cost no more than
#: the skip it replaces (edited WMT24, tuning half: 6 false discrepancies, 10 with MERGE)
MERGE_BY_MEANING = SKIP
_CYRILLIC = frozenset({"uk", "ru"})


@dataclass(frozen=True)
class _Para:
    """What the cost model reads from one paragraph (or two joined)."""

    length: int
    numbers: frozenset[str]
    names: frozenset[str]
    grams: frozenset[str]

    @classmethod
    def of(cls, text: str, with_grams: bool) -> _Para:
        """Read one paragraph; the trigrams only where they will be compared (uk-ru)."""
        return _para_of(text, with_grams)

    def __add__(self, other: _Para) -> _Para:
        return _Para(self.length + other.length + 1, self.numbers | other.numbers,
                     self.names | other.names, self.grams | other.grams)


@lru_cache(maxsize=8_000)  # alignment compares one paragraph with many candidates
def _para_of(text: str, with_grams: bool) -> _Para:
    return _Para(len(text.strip()), frozenset(extract_numbers(text)),
                 frozenset(name_keys(text)),
                 frozenset(trigrams(bridge_key(text))) if with_grams else frozenset())


def expected_ratio(lang_a: str, lang_b: str) -> float:
    """Expected character length of ``lang_b`` text per character of ``lang_a`` text.

    >>> round(expected_ratio("uk", "en"), 2), expected_ratio("en", "en"), expected_ratio("xx", "uk")
    (1.05, 1.0, 1.0)
    """
    return LENGTH_FACTOR.get(lang_b, 1.0) / LENGTH_FACTOR.get(lang_a, 1.0)


@lru_cache(maxsize=100_000)  # paragraph lengths repeat across the pairs of one story
def length_cost(len_a: int, len_b: int, ratio: float = 1.0) -> float:
    """Gale–Church penalty, -log P(|deviate| ≥ |delta|), for lengths ``len_a``/``len_b``.

    >>> [round(length_cost(300, n), 1) for n in (300, 330, 360, 450, 600)]
    [0.0, 0.6, 1.3, 4.5, 12.1]
    """
    mean = max((len_a * ratio + len_b) / 2, 1.0)
    sigma = math.sqrt(S2 * mean + (REL_SIGMA * mean) ** 2)
    # clipped so erfc stays above the smallest float; the cost is huge by then anyway
    delta = min(abs(len_b - len_a * ratio) / sigma, 30.0)
    return max(0.0, -math.log(math.erfc(delta / math.sqrt(2))))


def dice(a: frozenset[str] | set[str], b: frozenset[str] | set[str]) -> float | None:
    """Shared items over the mean size: unlike overlap, extra items count against.

    >>> dice({"1", "2"}, {"2", "3"}), dice(set(), {"1"})
    (0.5, None)
    """
    if not a or not b:
        return None
    return 2 * len(a & b) / (len(a) + len(b))


def _set_cost(a: frozenset[str], b: frozenset[str], weight: float, one_sided: float) -> float:
    """Evidence cost of two sets of items that translation keeps (numbers, names)."""
    score = dice(a, b)
    if score is None:
        return one_sided if (a or b) else 0.0
    return weight * (1 - 2 * score)


def _text_cost(a: _Para, b: _Para) -> float:
    """uk-ru evidence: trigram Jaccard of the bridge keys against its midpoint."""
    if not a.grams or not b.grams:
        return 0.0
    shared = len(a.grams & b.grams)  # the union is not built: this runs for every cell
    jaccard = shared / (len(a.grams) + len(b.grams) - shared)
    return TEXT * (TEXT_MID - jaccard)


def match_cost(a: _Para, b: _Para, ratio: float, with_text: bool) -> float:
    """Cost of taking ``a`` and ``b`` as counterparts: length plus evidence."""
    cost = length_cost(a.length, b.length, ratio)
    cost += _set_cost(a.numbers, b.numbers, NUMBERS, NUMBERS_ONE_SIDED)
    # names only ever count for: English title case ("Opera and Ballet Theatre") adds
    # keys the other language cannot have (a penalty for unshared names measured worse)
    cost -= NAMES * (overlap(a.names, b.names) or 0.0)
    return cost + (_text_cost(a, b) if with_text else 0.0)


#: the steps of the alignment: paragraphs taken from a, from b
_MOVES = ((1, 1), (1, 2), (2, 1), (1, 0), (0, 1))


def pair_align(a: list[str], b: list[str], *, lang_a: str, lang_b: str,
               vectors: tuple[numpy.ndarray, numpy.ndarray] | None = None) -> list[Pair]:
    """Align two paragraph lists in order: rows ``([indexes in a], [indexes in b])``.

    ``vectors``: the paragraphs' vectors of ``a`` and of ``b``, whose cosines then count.
    """
    step = _step_cost(a, b, lang_a, lang_b, vectors)
    best: dict[tuple[int, int], float] = {(0, 0): 0.0}
    back: dict[tuple[int, int], tuple[int, int]] = {}
    width = abs(len(a) - len(b)) + BAND
    for i in range(len(a) + 1):
        for j in range(max(0, i - width), min(len(b), i + width) + 1):
            if not (i or j):
                continue
            # plain loop, not min() over a generator: this is the hot path of alignment
            low, move = math.inf, (0, 0)
            for di, dj in _MOVES:
                prev = best.get((i - di, j - dj))
                if prev is not None:
                    cost = prev + step(di, dj, i, j)
                    if cost < low or (cost == low and (di, dj) < move):
                        low, move = cost, (di, dj)
            best[i, j], back[i, j] = low, move
    return _trace(back, len(a), len(b))


def _step_cost(a: list[str], b: list[str], lang_a: str, lang_b: str,
               vectors: tuple[numpy.ndarray, numpy.ndarray] | None
               ) -> Callable[[int, int, int, int], float]:
    """The cost of the step that takes ``di``/``dj`` paragraphs ending before ``i``/``j``."""
    # the text itself is evidence between uk and ru, and between two texts of one language
    # (two captures of one page)
    with_text = {lang_a, lang_b} == _CYRILLIC or lang_a == lang_b
    ratio = expected_ratio(lang_a, lang_b)
    fa, fb = _features(a, with_text), _features(b, with_text)
    meaning = match_costs(*vectors) if vectors is not None else None

    def step(di: int, dj: int, i: int, j: int) -> float:
        if not di or not dj:
            return SKIP
        cost = match_cost(fa[di][i - di], fb[dj][j - dj], ratio, with_text)
        if meaning is None:
            return cost + (MERGE if di + dj == 3 else 0.0)
        return cost + meaning[di, dj][i - di][j - dj] + (MERGE_BY_MEANING if di + dj == 3 else 0.0)
    return step


def _features(paragraphs: list[str], with_grams: bool) -> dict[int, list[_Para]]:
    """Features of each paragraph (key 1) and of each two neighbours read as one (key 2)."""
    single = [_Para.of(text, with_grams) for text in paragraphs]
    return {1: single, 2: [x + y for x, y in zip(single, single[1:])]}


def _trace(back: dict[tuple[int, int], tuple[int, int]], i: int, j: int) -> list[Pair]:
    """Follow the back pointers from the end to the rows, in reading order."""
    rows: list[Pair] = []
    while i or j:
        di, dj = back[i, j]
        rows.append((list(range(i - di, i)), list(range(j - dj, j))))
        i, j = i - di, j - dj
    return rows[::-1]


@dataclass(frozen=True)
class _Block:
    """A run of one version's paragraphs without pivot counterpart, and where it may go.

    It sits after row ``lo`` (-1: before the first) and before row ``hi``: the rows of
    the version's neighbouring matched paragraphs.
    """

    lang: str
    indexes: list[int]
    lo: int
    hi: int


def align_versions(versions: Mapping[str, list[str]], vectors: Vectors | None = None
                   ) -> list[Row]:
    """Align 2 or 3 versions' paragraphs into rows ``{lang: [indexes]}`` in reading order.

    ``vectors``: each version's paragraph vectors, to align by meaning as well.
    """
    langs = list(versions)
    if not 2 <= len(langs) <= 3:
        raise ValueError(f"align_versions takes 2 or 3 versions, not {len(langs)}")
    pivot = max(langs, key=lambda lang: len(versions[lang]))  # max keeps the first of ties
    others = [lang for lang in langs if lang != pivot]
    pairs = {lang: pair_align(versions[pivot], versions[lang], lang_a=pivot, lang_b=lang,
                              vectors=_pair_vectors(vectors, pivot, lang))
             for lang in others}
    rows: list[Row] = [{pivot: group}
                       for group in pivot_groups(len(versions[pivot]), pairs.values())]
    row_of = {i: k for k, row in enumerate(rows) for i in row[pivot]}
    blocks = []
    for lang in others:
        for ia, ib in pairs[lang]:
            if ia and ib:
                rows[row_of[ia[0]]].setdefault(lang, []).extend(ib)
        blocks.append(_lone_blocks(lang, pairs[lang], row_of, len(rows)))
    inserts = _place_blocks(blocks, versions, vectors)
    ordered = inserts.get(-1, [])
    for k, row in enumerate(rows):
        ordered += [row, *inserts.get(k, [])]
    if len(langs) == 3:
        ordered = settle(ordered, _RowCost(versions, vectors))
    return [{lang: row[lang] for lang in langs if row.get(lang)} for row in ordered]


def _pair_vectors(vectors: Vectors | None, lang_a: str, lang_b: str,
                  ia: list[int] | None = None, ib: list[int] | None = None
                  ) -> tuple[numpy.ndarray, numpy.ndarray] | None:
    """The vectors of two versions (of their paragraphs ``ia``/``ib`` if given), if any."""
    if vectors is None:
        return None
    va, vb = vectors[lang_a], vectors[lang_b]
    return (va if ia is None else va[ia]), (vb if ib is None else vb[ib])


def pivot_groups(count: int, alignments: Iterable[list[Pair]]) -> list[list[int]]:
    """The pivot's paragraphs grouped so no alignment's group straddles two groups.

    >>> pivot_groups(4, [[([0], [0]), ([1, 2], [1]), ([3], [])], [([0, 1], [0]), ([2], [1])]])
    [[0, 1, 2], [3]]
    """
    # a pivot paragraph starts a new group unless some alignment joins it to the previous
    joined = {i for pairs in alignments for ia, _ in pairs for i in ia[1:]}
    groups: list[list[int]] = []
    for i in range(count):
        if i in joined:
            groups[-1].append(i)
        else:
            groups.append([i])
    return groups


def _lone_blocks(lang: str, pairs: list[Pair], row_of: dict[int, int], n_rows: int) -> list[_Block]:
    """Runs of ``lang`` paragraphs the pivot alignment left alone, with their windows."""
    blocks: list[_Block] = []
    run: list[int] = []
    lo = -1
    for ia, ib in pairs:
        if ib and not ia:
            run.extend(ib)
        elif ib:
            if run:
                blocks.append(_Block(lang, run, lo, row_of[ia[0]]))
                run = []
            lo = row_of[ia[0]]
    if run:
        blocks.append(_Block(lang, run, lo, n_rows))
    return blocks


def _place_blocks(blocks: list[list[_Block]], versions: Mapping[str, list[str]],
                  vectors: Vectors | None) -> dict[int, list[Row]]:
    """Rows to insert after each pivot row: lone paragraphs, paired across versions if they can."""
    inserts: dict[int, list[Row]] = {}
    first, second = (blocks + [[]])[:2]
    i = j = 0
    while i < len(first) or j < len(second):
        x = first[i] if i < len(first) else None
        y = second[j] if j < len(second) else None
        if x and y and max(x.lo, y.lo) < min(x.hi, y.hi):
            # both lie in one gap of the pivot: what the two share there is one row
            inserts.setdefault(max(x.lo, y.lo), []).extend(_pair_blocks(x, y, versions,
                                                                        vectors))
            i, j = i + 1, j + 1
        elif y is None or (x is not None and x.hi <= y.hi):
            inserts.setdefault(x.lo, []).extend({x.lang: [k]} for k in x.indexes)
            i += 1
        else:
            inserts.setdefault(y.lo, []).extend({y.lang: [k]} for k in y.indexes)
            j += 1
    return inserts


def _pair_blocks(x: _Block, y: _Block, versions: Mapping[str, list[str]],
                 vectors: Vectors | None) -> list[Row]:
    """Rows for two versions' lone runs in one gap, aligned with :func:`pair_align`."""
    pairs = pair_align([versions[x.lang][k] for k in x.indexes],
                       [versions[y.lang][k] for k in y.indexes], lang_a=x.lang, lang_b=y.lang,
                       vectors=_pair_vectors(vectors, x.lang, y.lang, x.indexes, y.indexes))
    rows = []
    for ia, ib in pairs:
        row = {x.lang: [x.indexes[k] for k in ia], y.lang: [y.indexes[k] for k in ib]}
        rows.append({lang: idx for lang, idx in row.items() if idx})
    return rows


class _RowCost:
    """Sum-of-pairs cost of a row: every two versions scored as :func:`pair_align` would."""

    def __init__(self, versions: Mapping[str, list[str]], vectors: Vectors | None = None
                 ) -> None:
        cyrillic = _CYRILLIC <= set(versions)
        self.langs = list(versions)
        self.vectors = {lang: Version.of(v) for lang, v in vectors.items()} if vectors else None
        self.meaning: dict[tuple, float] = {}  # settle() scores the same rows again and again
        self.feats = {lang: [_Para.of(t, cyrillic and lang in _CYRILLIC) for t in texts]
                      for lang, texts in versions.items()}

    def __call__(self, row: Row) -> float:
        langs = self.langs
        return sum(self.pair(row, x, y) for n, x in enumerate(langs) for y in langs[n + 1:])

    def pair(self, row: Row, x: str, y: str) -> float:
        """What the row costs the alignment of versions ``x`` and ``y``."""
        ix, iy = row.get(x, []), row.get(y, [])
        if not ix or not iy:
            return SKIP * len(ix or iy)
        fx = reduce(operator.add, (self.feats[x][i] for i in ix))
        fy = reduce(operator.add, (self.feats[y][i] for i in iy))
        cost = match_cost(fx, fy, expected_ratio(x, y), {x, y} == _CYRILLIC)
        if self.vectors is None:
            return cost + MERGE * (len(ix) + len(iy) - 2)
        key = (x, y, tuple(ix), tuple(iy))
        if key not in self.meaning:
            self.meaning[key] = group_cost(self.vectors[x], self.vectors[y], ix, iy)
        return cost + self.meaning[key] + MERGE_BY_MEANING * (len(ix) + len(iy) - 2)


def settle(rows: list[Row], cost: Callable[[Row], float]) -> list[Row]:
    """Move one version's cell to the neighbouring row while that lowers the total cost.

    The pivot sees each other version only through itself; this lets the third pair have
    its say (en placed next to the uk and ru it translates, not next to a uk-only
    paragraph of the same length). A cell only moves into a row that lacks its language,
    so reading order holds; a row left empty goes.

    >>> settle([{"uk": [0], "en": [0]}, {"uk": [1], "ru": [0]}],
    ...        lambda row: 0.0 if set(row) in ({"uk"}, {"uk", "en", "ru"}) else 1.0)
    [{'uk': [0]}, {'uk': [1], 'ru': [0], 'en': [0]}]
    """
    rows = list(rows)
    k = 0
    while k < len(rows) - 1:
        better = _best_move(rows[k], rows[k + 1], cost)
        if better is None:
            k += 1
            continue
        rows[k:k + 2] = [row for row in better if row]
        k = max(k - 1, 0)  # the row before may now gain from a move too
    return rows


def _best_move(a: Row, b: Row, cost: Callable[[Row], float]) -> tuple[Row, Row] | None:
    """The cheapest pair of rows after moving one language's cell across, if cheaper."""
    best, found = cost(a) + cost(b) - 1e-9, None  # strictly cheaper, so settle() ends
    for lang in sorted(a.keys() ^ b.keys()):
        src, dst = (a, b) if lang in a else (b, a)
        moved_src = {k: v for k, v in src.items() if k != lang}
        moved_dst = {**dst, lang: src[lang]}
        pair = (moved_src, moved_dst) if src is a else (moved_dst, moved_src)
        total = sum(cost(row) for row in pair if row)
        if total < best:
            best, found = total, pair
    return found


def missing_from(row: Mapping[str, list[int]], langs: Iterable[str]) -> list[str]:
    """The languages of ``langs`` that have no paragraph in ``row``.

    >>> missing_from({"uk": [2], "ru": [3]}, ["uk", "en", "ru"])
    ['en']
    """
    return [lang for lang in langs if not row.get(lang)]


def discrepancies(rows: Iterable[Mapping[str, list[int]]], langs: Sequence[str]) -> dict[str, int]:
    """Per language, its paragraphs in rows that lack some other language.

    >>> discrepancies([{"uk": [0], "en": [0]}, {"uk": [1, 2]}, {"en": [1]}], ["uk", "en"])
    {'uk': 2, 'en': 1}
    """
    counts = dict.fromkeys(langs, 0)
    for row in rows:
        if missing_from(row, langs):
            for lang in langs:
                counts[lang] += len(row.get(lang, ()))
    return counts
