"""An import's recent documents in memory, where alignment looks for candidates first.

Every search costs the cluster a millisecond or two however simple it is, and an import
that asks one or two per article spends more of the cluster on finding candidates than
on writing. The versions of a story mostly arrive in one import, close together, so the
documents an import has just aligned are kept here (a bounded number, the oldest batch
out first), with small inverted indexes of what the candidate queries match on:
explicit references, names, numbers, the words of the transliterated text and the
edition keys. The cluster is asked only about documents that are not here
(:class:`Outside` says when there can be any).

Ranking follows the queries of :mod:`indexer.alignment.aligner`: shared terms weighted by their
rarity, the same language, outlet and date filters, the same number of candidates.
"""
from __future__ import annotations

import re
from array import array
from bisect import bisect_left
from collections import deque
from dataclasses import dataclass, field
from datetime import datetime, timezone
from itertools import groupby
from typing import Any, Callable, Iterable

import numpy

from indexer.alignment import links
from indexer.alignment.scoring import parse_day
from indexer.settings import default
from indexer.store import vectors
from indexer.store.schema import LANGS

#: what a pooled document keeps as it is (its text, numbers, names and story are packed)
PLAIN_FIELDS = ("lang", "source_key", "published", "para_count", "char_count", "external_id",
                "url_key", "translations", "alternate_urls", "site_article_id", "title")
STORY_FIELDS = ("group_id", "group_method", "group_score", "group_langs", "duplicate_of")
_PUBLISHED = PLAIN_FIELDS.index("published")
#: batches whose documents keep their paragraphs: the one aligned and the one before
#: it, which may still be on its way to the cluster (older ones are read back there)
FULL_BATCHES = 2
#: the scoring reads this much of the transliterated text (see ``Version.from_source``)
TEXT_KEPT = 4000
#: characters of a pooled document's transliterated text whose words are indexed (a
#: query's words come from its first ``CONTENT_TEXT``: versions keep the order of the story)
INDEXED_TEXT = 600
#: terms in more than this share of the pool say little about a pair and cost the most
#: (a fifth: 0.9 ms an article with 20,000 pooled; 2 %: 0.5 ms, the same groups on the
#: benchmark); a term in fewer than ``ALWAYS_DF`` documents always counts (a small pool)
MAX_DF = 0.02
ALWAYS_DF = 100
#: an edition key in more documents than this is boilerplate, not one text republished (a
#: re-publication shares most of its 20 keys, the rare ones too)
EDITION_MAX_DF = 50
#: words of four characters or more: shorter ones are mostly the function words of all
#: three languages (in most documents: weightless, and the costliest to look up)
_WORD = re.compile(r"[a-z0-9]{4,}")
#: hits up to this many are ranked in plain Python (numpy's per-call cost dominates there)
SMALL_HITS = 200
_NO_DAY = -1
_NO_SOURCE = -1
#: the language code of a slot whose document came again later in the import
_GONE = len(LANGS) + 1


def content_terms(src: dict, text_chars: int | None = None) -> set[str]:
    """The terms a content query matches on: names, numbers, transliterated words.

    ``text_chars`` limits the words to the start of the text (a query's side).

    >>> sorted(content_terms({"name_keys": ["kyiv"], "numbers": ["12"],
    ...                       "translit": "Mist u kyievi zavtra"}, 13))
    ['#12', 'nkyiv', 'wkyievi', 'wmist']
    """
    text = (src.get("translit") or "")[:text_chars].lower()
    return ({"n" + k for k in src.get("name_keys") or ()}
            | {"#" + n for n in src.get("numbers") or ()}
            | {"w" + w for w in _WORD.findall(text)})


class _Entry:
    """A pooled document, packed: a dict per document costs more than its text does.

    Numbers and names are kept as one string each (a string object per number cost more
    than the digits). (Compressing the text saved half of it, and cost more time than the
    rest of the pool's bookkeeping.)
    """

    __slots__ = ("plain", "story", "numbers", "names", "text", "paragraphs")

    def __init__(self, src: dict):
        self.plain = tuple(map(src.get, PLAIN_FIELDS))
        self.story = tuple(map(src.get, STORY_FIELDS))
        self.numbers = "\n".join(src.get("numbers") or ())
        self.names = "\n".join(src.get("name_keys") or ())
        self.text = (src.get("translit") or "")[:TEXT_KEPT]
        self.paragraphs = src.get("paragraphs")

    @property
    def group_id(self) -> str | None:
        return self.story[0]

    def source(self) -> dict:
        """The alignment fields, as a document's ``_source`` gives them."""
        src = dict(zip(PLAIN_FIELDS, self.plain))
        src.update(zip(STORY_FIELDS, self.story))
        src["numbers"] = self.numbers.split("\n") if self.numbers else []
        src["name_keys"] = self.names.split("\n") if self.names else []
        src["translit"] = self.text
        if self.paragraphs is not None:
            src["paragraphs"] = self.paragraphs
        return src


@dataclass
class _Batch:
    tag: str
    slots: range


@dataclass
class RecentPool:
    """The last ``capacity`` documents of an import (whole batches), as candidates."""

    capacity: int
    window_days: int = default("ALIGN_WINDOW_DAYS")
    _batches: deque[_Batch] = field(default_factory=deque)
    _next: int = 0
    _base: int = 0
    _ids: dict[int, str] = field(default_factory=dict)
    _slot: dict[str, int] = field(default_factory=dict)
    _src: dict[int, _Entry] = field(default_factory=dict)
    _terms: dict[str, array] = field(default_factory=dict)
    _editions: _KeyIndex = field(default_factory=lambda: _KeyIndex())
    _links: dict[tuple[str, str], array] = field(default_factory=dict)
    _groups: dict[str, set[int]] = field(default_factory=dict)
    _lang: list[int] = field(default_factory=list)
    _source: list[int] = field(default_factory=list)
    _day: list[int] = field(default_factory=list)
    _source_codes: dict[str, int] = field(default_factory=dict)
    _arrays: tuple[Any, Any, Any] | None = None
    _vec: list[numpy.ndarray | None] = field(default_factory=list)
    _matrix: tuple[numpy.ndarray, numpy.ndarray] | None = None

    # ------------------------------------------------------------------ contents
    @property
    def tags(self) -> list[str]:
        """The import batches held, oldest first."""
        return [b.tag for b in self._batches]

    def __len__(self) -> int:
        return len(self._slot)

    def __contains__(self, doc_id: object) -> bool:
        return doc_id in self._slot

    def source(self, doc_id: str) -> dict | None:
        """A pooled document's alignment fields and current story, or None."""
        slot = self._slot.get(doc_id)
        if slot is None:
            return None
        src = self._src[slot].source()
        vector = self._vec[slot - self._base]
        if vector is not None:
            src.update(vectors.vector_doc(src.get("lang"), vector, clear=False))
        return src

    def add(self, tag: str, sources: dict[str, dict]) -> list[dict]:
        """Pool a batch (``sources``: alignment fields by id, story fields when stored).

        Returns the sources of the documents that left the pool to make room.
        """
        start = self._next
        for doc_id, src in sources.items():
            self._add_one(doc_id, src)
        self._batches.append(_Batch(tag, range(start, self._next)))
        self._arrays = self._matrix = None
        self._editions.seal()
        if len(self._batches) > FULL_BATCHES:  # the batch that just became old
            for slot in self._batches[-FULL_BATCHES - 1].slots:
                if slot in self._src:
                    self._src[slot].paragraphs = None
        return self._evict()

    def _add_one(self, doc_id: str, src: dict) -> None:
        old = self._slot.pop(doc_id, None)
        if old is not None:  # the same record again in one import: the later copy counts
            self._drop_from_group(old)
            del self._src[old], self._ids[old]
            self._lang[old - self._base] = _GONE  # no query finds it any more
        slot = self._next
        self._next += 1
        kept = _Entry(src)
        self._ids[slot], self._slot[doc_id], self._src[slot] = doc_id, slot, kept
        self._lang.append(LANGS.index(src["lang"]) if src.get("lang") in LANGS else len(LANGS))
        key = src.get("source_key")
        self._source.append(self._source_codes.setdefault(key, len(self._source_codes))
                            if key else _NO_SOURCE)
        day = parse_day(src.get("published"))
        self._day.append(day.toordinal() if day else _NO_DAY)
        vector = vectors.vector_of(src)
        self._vec.append(numpy.asarray(vector, dtype=numpy.float32) if vector else None)
        _post(self._terms, content_terms(src, INDEXED_TEXT), slot)
        self._editions.add(src.get("edition_keys") or (), slot)
        _post(self._links, links.offered(src), slot)
        if kept.group_id:
            self._groups.setdefault(kept.group_id, set()).add(slot)

    def _evict(self) -> list[dict]:
        gone: list[dict] = []
        while len(self._batches) > 1 and len(self) > self.capacity:
            batch = self._batches.popleft()
            for slot in batch.slots:
                if slot in self._src:
                    self._drop_from_group(slot)
                    gone.append({"published": self._src.pop(slot).plain[_PUBLISHED]})
                    del self._slot[self._ids.pop(slot)]
            drop = batch.slots.stop - self._base
            self._base = batch.slots.stop
            del self._lang[:drop], self._source[:drop], self._day[:drop], self._vec[:drop]
            for postings in (self._terms, self._links):
                _trim(postings, self._base)
            self._editions.trim(self._base)
        return gone

    def set_story(self, doc_id: str, fields: dict) -> None:
        """Record a pooled document's new story fields."""
        slot = self._slot.get(doc_id)
        if slot is None:
            return
        self._drop_from_group(slot)
        entry = self._src[slot]
        entry.story = tuple(fields.get(k, old) for k, old in zip(STORY_FIELDS, entry.story))
        if fields.get("group_id"):
            self._groups.setdefault(fields["group_id"], set()).add(slot)

    def _drop_from_group(self, slot: int) -> None:
        gid = self._src[slot].group_id
        members = self._groups.get(gid) if gid else None
        if members is not None:
            members.discard(slot)
            if not members:
                del self._groups[gid]

    def group_members(self, group_ids: Iterable[str]) -> dict[str, dict]:
        """Pooled members of the named stories."""
        return {self._ids[s]: self._src[s].source()
                for g in group_ids for s in self._groups.get(g, ())}

    # ------------------------------------------------------------------ lookups
    def linked(self, sources: dict[str, dict]) -> dict[str, dict]:
        """Pooled documents that ``sources`` name, or that name them (explicit evidence)."""
        found: dict[str, dict] = {}
        for src in sources.values():
            for link in links.wanted(src):
                for slot in self._links.get(link, ()):
                    if slot in self._src and self._ids[slot] not in found:
                        found[self._ids[slot]] = self._src[slot].source()
        return found

    def content_candidates(self, doc_id: str, src: dict, size: int, text_chars: int
                           ) -> list[str]:
        """Likely other-language versions of ``src``, best first (see ``content_query``)."""
        if src.get("lang") not in LANGS:
            return []
        mine = LANGS.index(src["lang"])
        hits, counts = self._terms_hit(content_terms(src, text_chars))
        return self._top(doc_id, src, hits, counts,
                         lambda lang: (lang != mine) & (lang < len(LANGS)), size)

    def meaning_candidates_of(self, sources: dict[str, dict], size: int, floor: float
                              ) -> dict[str, list[str]]:
        """Other-language documents closest in meaning to each of ``sources`` (cosine of
        their vectors at least ``floor``), best first, under the content queries' filters."""
        out: dict[str, list[str]] = {i: [] for i in sources}
        asking = [i for i, s in sources.items()
                  if s.get("lang") in LANGS and vectors.vector_of(s)]
        matrix, has = self._matrix_now()
        if not asking or not has.any():
            return out
        for start in range(0, len(asking), 256):  # bounded temporaries: 256 × pool floats
            part = asking[start:start + 256]
            queries = numpy.asarray([vectors.vector_of(sources[i]) for i in part],
                                    numpy.float32)
            sims = queries @ matrix.T
            for doc_id, row in zip(part, sims):
                out[doc_id] = self._nearest(doc_id, sources[doc_id], row, has, size, floor)
        return out

    def _nearest(self, doc_id: str, src: dict, sims: numpy.ndarray, has: numpy.ndarray,
                 size: int, floor: float) -> list[str]:
        """The ``size`` pooled documents most similar to ``src`` that may be its versions."""
        lang, source, day = self._arrays_now()
        keep = has & (sims >= floor) & (lang != LANGS.index(src["lang"])) & (lang < len(LANGS))
        if src.get("source_key"):
            code = self._source_codes.get(src["source_key"], -2)
            keep &= (source == code) | (source == _NO_SOURCE)
        published = parse_day(src.get("published"))
        if published:
            keep &= (day == _NO_DAY) | (numpy.abs(day - published.toordinal()) <= self.window_days)
        own = self._slot.get(doc_id)
        if own is not None:
            keep[own - self._base] = False
        found = numpy.flatnonzero(keep)
        if len(found) > size:
            found = found[numpy.argpartition(-sims[found], size - 1)[:size]]
        best = sorted(found.tolist(), key=lambda i: (-sims[i], i))
        return [self._ids[self._base + i] for i in best]

    def _matrix_now(self) -> tuple[numpy.ndarray, numpy.ndarray]:
        """The pooled vectors as one matrix (zeros where a document has none) and a mask."""
        if self._matrix is None:
            dims = next((len(v) for v in self._vec if v is not None), 1)
            matrix = numpy.zeros((len(self._vec), dims), dtype=numpy.float32)
            has = numpy.zeros(len(self._vec), dtype=bool)
            for i, v in enumerate(self._vec):
                if v is not None and len(v) == dims:
                    matrix[i], has[i] = v, True
            self._matrix = (matrix, has)
        return self._matrix

    def edition_candidates(self, doc_id: str, src: dict, size: int) -> list[str]:
        """Same-language documents sharing edition keys with ``src`` (see ``edition_query``)."""
        return self.edition_candidates_of({doc_id: src}, size)[doc_id]

    def edition_candidates_of(self, sources: dict[str, dict], size: int
                              ) -> dict[str, list[str]]:
        """:meth:`edition_candidates` of each of ``sources``, the keys looked up at once."""
        asking = {i: s for i, s in sources.items()
                  if s.get("lang") in LANGS and s.get("edition_keys")}
        found = self._editions.lookup_all({i: s["edition_keys"] for i, s in asking.items()},
                                          EDITION_MAX_DF)
        out: dict[str, list[str]] = {i: [] for i in sources}
        for doc_id, (hits, counts) in found.items():
            mine = LANGS.index(asking[doc_id]["lang"])
            out[doc_id] = self._top(doc_id, asking[doc_id], hits, counts,
                                    lambda lang: lang == mine, size)
        return out

    def _terms_hit(self, terms: Iterable[str]) -> tuple[numpy.ndarray, list[int]]:
        """Slots of the pooled documents holding each term (terms too frequent left out),
        one run per term, and the runs' lengths."""
        limit = max(MAX_DF * len(self._lang), ALWAYS_DF)
        slots, counts = array("I"), []
        for term in set(terms):
            found = self._terms.get(term)
            if found is not None and len(found) <= limit:
                slots += found
                counts.append(len(found))
        return numpy.frombuffer(slots, dtype=numpy.uint32), counts

    def _top(self, doc_id: str, src: dict, slots: numpy.ndarray, counts: list[int],
             lang_ok: Callable[[Any], Any], size: int) -> list[str]:
        """The ``size`` best documents by the summed rarity of the terms they share
        (``slots``: one run per term, ``counts`` long); ties go to the earlier slot."""
        n = len(self._lang)
        if not counts:
            return []
        df = numpy.array(counts, dtype=numpy.float64)
        idf = numpy.log1p((n - df + 0.5) / (df + 0.5))  # BM25's: rare terms weigh most
        if len(slots) <= SMALL_HITS:  # numpy's calls cost more than a few hits do
            return self._top_few(doc_id, src, slots.tolist(), counts, idf.tolist(), lang_ok,
                                 size)
        weights = numpy.repeat(idf, counts)
        hits = slots.astype(numpy.int64) - self._base
        if 8 * len(hits) < n:  # a few hits in a large pool: work on the hits alone
            found, where = numpy.unique(hits, return_inverse=True)
            score = numpy.zeros(n)
            score[found] = numpy.bincount(where, weights=weights)
        else:
            score = numpy.bincount(hits, weights=weights, minlength=n)
            found = numpy.flatnonzero(score)
        lang, source, day = self._arrays_now()
        keep = lang_ok(lang[found])
        key = src.get("source_key")
        if key:  # the same outlet, or one not known
            code = self._source_codes.get(key, -2)
            keep &= (source[found] == code) | (source[found] == _NO_SOURCE)
        published = parse_day(src.get("published"))
        if published:  # close dates, or none known
            days = day[found]
            keep &= (days == _NO_DAY) | (numpy.abs(days - published.toordinal())
                                         <= self.window_days)
        own = self._slot.get(doc_id)
        if own is not None:
            keep &= found != own - self._base
        found = found[keep]
        if len(found) > size:  # the best, and all that tie with the last of them
            cut = score[found[numpy.argpartition(-score[found], size - 1)[size - 1]]]
            found = found[score[found] >= cut]
        best = sorted(found.tolist(), key=lambda i: (-score[i], i))[:size]
        return [self._ids[self._base + i] for i in best]

    def _top_few(self, doc_id: str, src: dict, slots: list[int], counts: list[int],
                 idf: list[float], lang_ok: Callable[[Any], Any], size: int) -> list[str]:
        """:meth:`_top` for a few hits, in plain Python: the same sums in the same order."""
        score: dict[int, float] = {}
        at = 0
        for count, weight in zip(counts, idf):
            for slot in slots[at:at + count]:
                score[slot] = score.get(slot, 0.0) + weight
            at += count
        base, own = self._base, self._slot.get(doc_id)
        code = self._source_codes.get(src["source_key"], -2) if src.get("source_key") else None
        published = parse_day(src.get("published"))
        mid = published.toordinal() if published else None
        best = []
        for slot, value in score.items():
            i = slot - base
            if slot == own or not lang_ok(self._lang[i]):
                continue
            if code is not None and self._source[i] not in (code, _NO_SOURCE):
                continue
            if mid is not None and self._day[i] != _NO_DAY and \
                    abs(self._day[i] - mid) > self.window_days:
                continue
            best.append((-value, i))
        best.sort()
        return [self._ids[base + i] for _, i in best[:size]]

    def _arrays_now(self) -> tuple[Any, Any, Any]:
        if self._arrays is None:
            self._arrays = (numpy.array(self._lang, dtype=numpy.int8),
                            numpy.array(self._source, dtype=numpy.int64),
                            numpy.array(self._day, dtype=numpy.int64))
        return self._arrays


class _KeyIndex:
    """Slots by edition key, as sorted arrays: the keys are mostly unique (a dict of them
    cost 3 KB an article; these, 12 bytes a key)."""

    def __init__(self) -> None:
        self.keys = numpy.zeros(0, dtype=numpy.uint64)
        self.slots = numpy.zeros(0, dtype=numpy.uint32)
        self._new_keys: list[int] = []
        self._new_slots: list[int] = []

    def add(self, keys: Iterable[str], slot: int) -> None:
        for key in keys:
            self._new_keys.append(int(key, 16))
            self._new_slots.append(slot)

    def seal(self) -> None:
        """Merge what was added since the last call (once a batch)."""
        if not self._new_keys:
            return
        keys = numpy.concatenate([self.keys, numpy.array(self._new_keys, dtype=numpy.uint64)])
        slots = numpy.concatenate([self.slots,
                                   numpy.array(self._new_slots, dtype=numpy.uint32)])
        order = numpy.argsort(keys, kind="stable")  # slots stay in order within a key
        self.keys, self.slots = keys[order], slots[order]
        self._new_keys, self._new_slots = [], []

    def trim(self, base: int) -> None:
        """Forget the slots under ``base``."""
        keep = self.slots >= base
        self.keys, self.slots = self.keys[keep], self.slots[keep]

    def lookup(self, keys: Iterable[str], max_df: int) -> tuple[numpy.ndarray, list[int]]:
        """Slots holding each key (keys in more than ``max_df`` left out), one run per key,
        and the runs' lengths."""
        return self.lookup_all({"": keys}, max_df).get("", _NOTHING)

    def lookup_all(self, keys_of: dict[str, Iterable[str]], max_df: int
                   ) -> dict[str, tuple[numpy.ndarray, list[int]]]:
        """:meth:`lookup` for each named set of keys, searched at once; only the names
        whose keys found anything."""
        owners, wanted = [], []
        for name, keys in keys_of.items():
            mine = sorted({int(k, 16) for k in keys})
            owners += [name] * len(mine)
            wanted += mine
        if not wanted or not len(self.keys):
            return {}
        wanted_keys = numpy.array(wanted, dtype=numpy.uint64)
        lo = numpy.searchsorted(self.keys, wanted_keys)
        counts = numpy.searchsorted(self.keys, wanted_keys, "right") - lo
        use = numpy.flatnonzero((counts > 0) & (counts <= max_df))  # most keys: a text's own
        if not len(use):
            return {}
        lo, counts = lo[use], counts[use]
        # every index of every run lo[i] .. lo[i] + counts[i], the runs one after another
        ends = numpy.cumsum(counts)
        slots = self.slots[numpy.repeat(lo - ends + counts, counts) + numpy.arange(ends[-1])]
        out: dict[str, tuple[numpy.ndarray, list[int]]] = {}
        start = 0
        for name, group in groupby(zip(use.tolist(), counts.tolist()),
                                   key=lambda pair: owners[pair[0]]):
            lengths = [count for _, count in group]
            stop = start + sum(lengths)
            out[name] = (slots[start:stop], lengths)
            start = stop
        return out


_NOTHING = (numpy.zeros(0, dtype=numpy.uint32), [])


def _post(postings: dict[Any, array], terms: Iterable[Any], slot: int) -> None:
    """Add ``slot`` to the postings of each term (a new array only for a new term)."""
    for term in terms:
        found = postings.get(term)
        if found is None:
            postings[term] = array("I", (slot,))
        else:
            found.append(slot)


def _trim(postings: dict[Any, array], base: int) -> None:
    """Drop the slots under ``base`` (postings are in slot order) and empty terms."""
    for term in list(postings):
        slots = postings[term]
        cut = bisect_left(slots, base)
        if cut == len(slots):
            del postings[term]
        elif cut:
            del slots[:cut]


@dataclass
class Outside:
    """How many documents outside the pool were published on each day (and undated).

    Read from the index when an import starts (a fresh index: none), then grown by the
    documents that leave the pool. A document whose dates meet none of them needs no
    search of the cluster for its candidates.
    """

    days: dict[int, int] = field(default_factory=dict)
    undated: int = 0

    @property
    def total(self) -> int:
        return self.undated + sum(self.days.values())

    @classmethod
    def of_index(cls, client: Any, index: str) -> Outside:
        """The documents already in ``index``, counted by day of publication."""
        resp = client.search(index=index, size=0, track_total_hits=True, aggs={
            "days": {"date_histogram": {"field": "published", "calendar_interval": "day",
                                        "min_doc_count": 1}},
            "undated": {"missing": {"field": "published"}}})
        out = cls(undated=resp["aggregations"]["undated"]["doc_count"])
        for bucket in resp["aggregations"]["days"]["buckets"]:
            day = datetime.fromtimestamp(bucket["key"] / 1000, timezone.utc).toordinal()
            out.days[day] = out.days.get(day, 0) + bucket["doc_count"]
        return out

    def add(self, sources: Iterable[dict]) -> None:
        """Count documents that left the pool."""
        for src in sources:
            day = parse_day(src.get("published"))
            if day is None:
                self.undated += 1
            else:
                self.days[day.toordinal()] = self.days.get(day.toordinal(), 0) + 1

    def near(self, src: dict, window_days: int) -> bool:
        """Whether any outside document may be a candidate of ``src`` by its date.

        One day of slack: the index counts days in UTC, the pool in the local time the
        article gives.
        """
        if self.undated:
            return True
        day = parse_day(src.get("published"))
        if day is None:
            return bool(self.days)
        reach = window_days + 1
        mid = day.toordinal()
        return any(self.days.get(d) for d in range(mid - reach, mid + reach + 1))
