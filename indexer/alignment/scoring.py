"""Grouping the language versions of one story: pure scoring and matching.

Explicit evidence comes first (the input's ``translations``, ``hreflang`` alternates, a
site's article number shared by sibling URLs). The rest is matched by content with
evidence that survives translation: shared numbers, names as Latin keys, character
trigrams of the transliterated text (strong between uk and ru), and the length and
paragraph-count ratios. Groups hold at most one version per language; pairs are merged
best first. Elasticsearch access lives in :mod:`indexer.alignment.aligner`.
"""
from __future__ import annotations

import heapq
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from typing import Any, Callable, Iterable

import numpy

from archive.languages import LANGS
from indexer.settings import default
from indexer.store.vectors import vector_of
from indexer.text.similarity import overlap, ratio, trigrams

EXPLICIT = "explicit"
CONTENT = "content"
MANUAL = "manual"
SINGLE = "single"
EDITION = "edition"
#: raw trigram Jaccard above which two same-language articles are one text republished
#: (measured: re-publications 0.87-0.90, other same-language pairs at most 0.45)
EDITION_MIN = 0.7
#: a merged group reports its weakest automatic evidence, unless an archivist decided
_METHOD_RANK = {MANUAL: 3, CONTENT: 2, EXPLICIT: 1}

#: weight of each kind of evidence in the content score
WEIGHTS = {"numbers": 0.3, "names": 0.3, "text": 0.2, "length": 0.1, "paragraphs": 0.1,
           "translated": 0.3, "meaning": 1.5}
#: the cosine of two articles' vectors (title and lead, multilingual-e5-small) read as
#: evidence: none at or below MEANING_FLOOR, certain at MEANING_FULL, linear between. Chosen
#: on the tuning half of the dev corpus (bench/dev_corpus_eval.py): translations' cosines
#: run 0.84-0.95 (5th-95th percentile, WMT24), a document's closest wrong other-language
#: document 0.79-0.88; a lower MEANING_FULL saturated too many wrong pairs among the man
#: pages (F1 0.91 at 0.88, 0.97 at 0.90), a higher one missed WMT24 pairs
MEANING_FLOOR = 0.78
MEANING_FULL = 0.90
#: (text, source lang, target lang) -> translation, or None when the pair has no model
Translator = Callable[[str, str, str], "str | None"]


@dataclass
class Version:
    """What alignment needs to know of one indexed article."""

    id: str
    lang: str
    source: str | None = None
    published: date | None = None
    numbers: frozenset[str] = frozenset()
    name_keys: frozenset[str] = frozenset()
    text_key: str = ""
    para_count: int = 0
    char_count: int = 0
    group_id: str | None = None
    paragraphs: tuple[str, ...] = ()
    title: str = ""
    vector: numpy.ndarray | None = None

    @classmethod
    def from_source(cls, doc_id: str, src: dict[str, Any]) -> "Version":
        """Build from an indexed document's ``_source``."""
        return cls(id=doc_id, lang=src.get("lang") or "und", source=src.get("source_key"),
                   published=parse_day(src.get("published")),
                   numbers=frozenset(src.get("numbers") or ()),
                   name_keys=frozenset(src.get("name_keys") or ()),
                   text_key=(src.get("translit") or "")[:4000],
                   para_count=src.get("para_count") or 0,
                   char_count=src.get("char_count") or 0, group_id=src.get("group_id"),
                   paragraphs=tuple(src.get("paragraphs") or ()), title=src.get("title") or "",
                   vector=_vector(vector_of(src)))


def _vector(value: Any) -> numpy.ndarray | None:
    """A stored vector as a float32 array (None when there is none)."""
    if value is None or len(value) == 0:
        return None
    return numpy.asarray(value, dtype=numpy.float32)


def meaning_similarity(a: Version, b: Version) -> float | None:
    """The cosine of two versions' vectors, read as evidence in 0..1; None without both.

    >>> v = numpy.array([1.0, 0.0], dtype=numpy.float32)
    >>> meaning_similarity(Version("a", "uk", vector=v), Version("b", "en", vector=v))
    1.0
    """
    if a.vector is None or b.vector is None or len(a.vector) != len(b.vector):
        return None
    cosine = float(numpy.dot(a.vector, b.vector))
    return min(1.0, max(0.0, (cosine - MEANING_FLOOR) / (MEANING_FULL - MEANING_FLOOR)))


def parse_day(value: str | None) -> date | None:
    """The calendar day of an ISO date or datetime string, or None.

    >>> parse_day("2025-03-14T23:30:00+02:00"), parse_day(None), parse_day("garbage")
    (datetime.date(2025, 3, 14), None, None)
    """
    if not value:
        return None
    try:
        return datetime.fromisoformat(value).date()
    except ValueError:
        return None


def text_similarity(a: str, b: str) -> float | None:
    """Trigram Jaccard of two transliterated texts, scaled so 0.5 counts as certain."""
    jaccard = trigram_jaccard(a, b)
    return None if jaccard is None else min(1.0, 2 * jaccard)


def trigram_jaccard(a: str, b: str) -> float | None:
    """Jaccard similarity of the character trigram sets of two texts (None if one is empty).

    >>> trigram_jaccard("abcd", "abce"), trigram_jaccard("абвг", "абвд"), trigram_jaccard("", "x")
    (0.3333333333333333, 0.3333333333333333, None)
    """
    ta, tb = _trigrams_of(a), _trigrams_of(b)
    if not len(ta) or not len(tb):
        return None
    if isinstance(ta, frozenset) or isinstance(tb, frozenset):
        ta, tb = frozenset(trigrams(a)), frozenset(trigrams(b))
        shared = len(ta & tb)
    else:
        shared = numpy.intersect1d(ta, tb, assume_unique=True).size
    return shared / (len(ta) + len(tb) - shared)


def edition_similarity(a: Version, b: Version,
                       window_days: int = default("ALIGN_WINDOW_DAYS")) -> float | None:
    """How close two same-language articles are as texts: 1.0 for identical, None if moot.

    A re-publication (an updated figure, a sentence added) of one version is an edition of
    it, not a second version; the aligner attaches it to that version's story.
    """
    if a.lang != b.lang or a.lang not in LANGS:
        return None
    if a.source and b.source and a.source != b.source:
        return None
    if a.published and b.published and abs((a.published - b.published).days) > window_days:
        return None
    if (ratio(len(a.text_key), len(b.text_key)) or 0.0) < EDITION_MIN / 2:
        return 0.0  # far apart in length: far below the edition threshold whatever the text
    if min(len(a.numbers), len(b.numbers)) >= 3 and overlap(a.numbers, b.numbers, 1.0) < 0.5:
        return 0.0  # an update changes a figure or two; a series' next report changes most
    return trigram_jaccard(a.text_key, b.text_key)


# an article meets several candidates, and is one of theirs; a batch of an import meets a
# few thousand articles (about 4 KB each here)
@lru_cache(maxsize=8192)
def _trigrams_of(text: str) -> numpy.ndarray | frozenset[str]:
    """The distinct trigrams: of ASCII text (what transliteration keys are) as a sorted
    array of 24-bit codes, several times cheaper to build and intersect than a set of
    strings; of other text, a set."""
    if not text.isascii():
        return frozenset(trigrams(text))
    codes = numpy.frombuffer(text.encode("ascii"), dtype=numpy.uint8).astype(numpy.uint32)
    return numpy.unique(codes[:-2] << 16 | codes[1:-1] << 8 | codes[2:])


def compatible(a: Version, b: Version, window_days: int) -> bool:
    """Whether two versions may be one story at all: other language, same source, close dates."""
    if a.lang == b.lang or a.lang not in LANGS or b.lang not in LANGS:
        return False  # another language (pl, bg, ...) or none determined: kept apart
    if a.source and b.source and a.source != b.source:
        return False
    if a.published and b.published and abs((a.published - b.published).days) > window_days:
        return False
    return True


def translated_similarity(a: Version, b: Version, translator: Translator | None) -> float | None:
    """Similarity of ``a``'s title machine-translated into ``b``'s language to ``b``'s title."""
    if translator is None or not a.title or not b.title:
        return None
    text = translator(a.title, a.lang, b.lang)
    if not text:
        return None
    from indexer.text.features import bridge_key
    return text_similarity(bridge_key(text), bridge_key(b.title))


def score_pair(a: Version, b: Version, window_days: int = default("ALIGN_WINDOW_DAYS"),
               translator: Translator | None = None,
               floor: float = 0.0) -> tuple[float, dict[str, float]]:
    """Content score in 0..1 that ``a`` and ``b`` are one story, with the evidence used.

    ``translator`` adds machine-translated title similarity when a model is installed.
    A pair scoring under ``floor`` before the paragraph check is returned without it: that
    check (a paragraph alignment) can only lower a score, and nothing below the floor is
    used (the caller passes the lowest score it acts on).
    """
    if not compatible(a, b, window_days):
        return 0.0, {}
    length = ratio(a.char_count, b.char_count) or 0.0
    # under half the length: a short note of a long story, judged by containment and
    # not by its size; similar lengths: both should cite the same numbers and names
    sizes = max(0.0, 2 * length - 1)
    evidence = {
        "numbers": overlap(a.numbers, b.numbers, sizes),
        "names": overlap(a.name_keys, b.name_keys, sizes),
        "text": text_similarity(a.text_key, b.text_key),
        "length": length if length >= 0.5 else None,
        "paragraphs": ratio(a.para_count, b.para_count) if length >= 0.5 else None,
        "translated": translated_similarity(a, b, translator),
        "meaning": meaning_similarity(a, b),
    }
    used = {k: v for k, v in evidence.items() if v is not None}
    if not used:
        return 0.0, {}
    total = sum(WEIGHTS[k] for k in used)
    score = sum(WEIGHTS[k] * v for k, v in used.items()) / total
    # little evidence (no numbers, no names) must not reach the threshold on lengths alone
    score *= min(1.0, total / 0.6)
    placed = numbers_in_place(a, b) if score >= floor else None
    if placed is not None:
        # two stories told the same day by the same people share numbers, but not in the
        # same places: translations keep each number in its paragraph
        used["placed"] = placed
        score *= PLACED_FLOOR + (1 - PLACED_FLOOR) * placed
    return round(score, 4), {k: round(v, 3) for k, v in used.items()}


PLACED_FLOOR = 0.5


def numbers_in_place(a: Version, b: Version) -> float | None:
    """Share of the numbers both versions cite that sit in paragraphs aligned to each other."""
    if not a.paragraphs or not b.paragraphs:
        return None
    from indexer.comparison.paragraphs import pair_align
    from indexer.text.features import extract_numbers

    shared = set(a.numbers) & set(b.numbers)
    if len(shared) < 2:
        return None
    placed: set[str] = set()
    for rows_a, rows_b in pair_align(list(a.paragraphs), list(b.paragraphs), lang_a=a.lang,
                                     lang_b=b.lang):
        if rows_a and rows_b:
            na = extract_numbers(" ".join(a.paragraphs[i] for i in rows_a))
            nb = extract_numbers(" ".join(b.paragraphs[j] for j in rows_b))
            placed |= set(na) & set(nb)
    return len(placed & shared) / len(shared)


@dataclass
class Grouping:
    """Union-find over versions that keeps at most one version per language in a group."""

    langs: dict[str, str]
    forbidden: set[frozenset[str]] = field(default_factory=set)
    parent: dict[str, str] = field(default_factory=dict)
    method: dict[str, str] = field(default_factory=dict)
    score: dict[str, float] = field(default_factory=dict)
    _members: dict[str, list[str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for v in self.langs:
            self.parent.setdefault(v, v)
            self._members.setdefault(v, [v])

    def find(self, x: str) -> str:
        """The representative of ``x``'s group."""
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def members(self, x: str) -> list[str]:
        """Every version in ``x``'s group."""
        return self._members[self.find(x)]

    def can_merge(self, a: str, b: str) -> bool:
        """True when the groups differ, share no language, and no pair across is forbidden."""
        if self.find(a) == self.find(b):
            return False
        ma, mb = self.members(a), self.members(b)
        if {self.langs[m] for m in ma} & {self.langs[m] for m in mb}:
            return False
        return not any(frozenset((x, y)) in self.forbidden for x in ma for y in mb)

    def detach(self, x: str) -> None:
        """Take ``x`` out of its group (its former partners stay together)."""
        root = self.find(x)
        rest = [m for m in self._members[root] if m != x]
        for m in self._members.pop(root):
            self.parent[m] = m
        method, score = self.method.pop(root, None), self.score.pop(root, None)
        self._members[x] = [x]
        if rest:
            self._members[rest[0]] = [rest[0]]
            for m in rest[1:]:
                self.parent[m] = rest[0]
                self._members[rest[0]].append(m)
            if len(rest) > 1 and method:
                self.method[rest[0]], self.score[rest[0]] = method, score

    def merge(self, a: str, b: str, method: str, score: float) -> bool:
        """Join the groups of ``a`` and ``b`` if allowed; True when joined."""
        if not self.can_merge(a, b):
            return False
        ra, rb = self.find(a), self.find(b)
        self.parent[rb] = ra
        self._members[ra].extend(self._members.pop(rb))
        self.score[ra] = min(self.score.pop(ra, 1.0), self.score.pop(rb, 1.0), score)
        methods = {self.method.pop(ra, None), self.method.pop(rb, None), method} - {None}
        self.method[ra] = max(methods, key=lambda m: _METHOD_RANK.get(m, 0))
        return True

    def groups(self) -> dict[str, list[str]]:
        """Representative → sorted member ids."""
        return {r: sorted(m) for r, m in self._members.items()}


def group_id(members: Iterable[str]) -> str:
    """A group's id: derived from its smallest member id, so it is stable.

    >>> group_id(["b2", "a1"])
    'g-a1'
    """
    return "g-" + min(members)


def best_first(pairs: Iterable[tuple[float, str, str]], grouping: Grouping,
               min_score: float, refine: Callable[[str, str], float] | None = None
               ) -> list[tuple[float, str, str]]:
    """Merge scored pairs from the best down, skipping those below ``min_score``.

    Returns suggestions worth a look: pairs scoring at least half the threshold that
    could still be joined (their groups do not already hold each other's language).

    With ``refine``, the scores given are upper bounds (see ``floor`` in
    :func:`score_pair`) and ``refine(a, b)`` gives a pair's exact score. It is asked only
    for a pair that is reached and could still be joined: merges and suggestions are the
    same as with every score exact, at the cost of the few pairs that matter. (A pair
    that cannot be joined when reached never can: groups only grow.)
    """
    heap = [_Ranked((score, a, b), refine is None) for score, a, b in pairs]
    heapq.heapify(heap)
    reached = []
    while heap:
        item = heapq.heappop(heap)
        score, a, b = item.key
        if score < min_score / 2:
            break  # neither joined nor suggested, nor is anything after it
        if not item.exact:
            if grouping.can_merge(a, b):
                heapq.heappush(heap, _Ranked((refine(a, b), a, b), True))  # type: ignore[misc]
            continue
        if score >= min_score:
            grouping.merge(a, b, CONTENT, score)
        reached.append((score, a, b))
    return [(score, a, b) for score, a, b in reached
            if score < min_score and grouping.can_merge(a, b)]


@dataclass
class _Ranked:
    """A scored pair in best-first order: higher (score, a, b) first (``reverse=True``)."""

    key: tuple[float, str, str]
    exact: bool

    def __lt__(self, other: "_Ranked") -> bool:
        return self.key > other.key
