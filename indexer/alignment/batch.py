"""Aligning an import batch before it is written, with candidates from memory first.

An import aligns each batch of new documents against the archive, then writes them with
their story already decided: one indexing per new document instead of a write and a
rewrite. Candidates come from the documents this import has just handled
(:class:`~indexer.alignment.pool.RecentPool`) and, only where there can be any, from the documents
already in the index (the searches of :mod:`indexer.alignment.aligner`, leaving out what the pool
holds). Decisions are the aligner's own (:func:`~indexer.alignment.aligner.decide`): stored
stories stand, archivists' links and unlinks apply, explicit links first, then content
pairs best first.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, TypeVar

from indexer.alignment import links, overrides
from indexer.alignment.aligner import (
    CANDIDATES,
    CONTENT_TEXT,
    GROUP_FIELDS,
    AlignSummary,
    Evidence,
    Seen,
    changed,
    covered_all,
    decide,
    existing_groups,
    fetch_sources,
    gather_pairs,
    stories,
    story_fields,
)
from indexer.alignment.pool import Outside, RecentPool
from indexer.alignment.scoring import MEANING_FLOOR, Translator
from indexer.settings import default
from indexer.store import writer

if TYPE_CHECKING:
    from elasticsearch import Elasticsearch

T = TypeVar("T")
#: same-language documents an edition lookup returns (as ``edition_query``)
EDITION_CANDIDATES = 3


@dataclass
class Aligned:
    """One batch's alignment: story fields by document.

    ``create``: the batch's new documents (written with them); ``updates``: documents the
    index already holds, or will once an earlier batch is written, whose story changed.
    """

    create: dict[str, dict]
    updates: dict[str, dict]
    summary: AlignSummary


class BatchAligner:
    """Aligns one import's batches in order (one instance per import run)."""

    def __init__(self, client: Elasticsearch, alias: str, *, pool_size: int,
                 min_score: float = default("ALIGN_MIN_SCORE"),
                 window_days: int = default("ALIGN_WINDOW_DAYS"),
                 translator: Translator | None = None, backoff: writer.Backoff | None = None):
        """``backoff``: how long its requests wait out a cluster that is away (a restart)
        before giving up with :class:`~indexer.store.writer.ClusterUnavailable`; none: not
        at all."""
        self.client, self.alias = client, alias
        self.min_score, self.window_days, self.translator = min_score, window_days, translator
        self.backoff = backoff
        self.pool = RecentPool(pool_size, window_days)
        # what an interrupted run left is searchable, and counted
        self._es(lambda: client.indices.refresh(index=alias))
        self.outside = self._es(lambda: Outside.of_index(client, alias))
        self._stale = False  # documents left the pool since the last refresh

    def _es(self, call: Callable[[], T]) -> T:
        """A request (or a few) that is safe to repeat, waiting out an outage if asked."""
        if self.backoff is None:
            return call()
        return writer.patiently(call, self.backoff, what="alignment request")

    def align(self, docs: dict[str, dict], tag: str) -> Aligned:
        """Align a batch: ``docs`` are the documents as they will be created, by id."""
        stored = self._stored(set(docs))
        fresh = set(docs) - set(stored)
        sources = {i: {**{k: v for k, v in d.items() if k not in GROUP_FIELDS},
                       **stored.get(i, {})} for i, d in docs.items()}
        gone = self.pool.add(tag, sources)
        self.outside.add(gone)
        self._stale = self._stale or bool(gone)
        seen = Seen(sources, fresh)
        evidence = self._from_pool(sources, seen)
        if self.outside.total:
            self._from_index(sources, seen, evidence)
        decisions = self._es(lambda: overrides.load(self.client, self.alias))
        self._add(seen, decisions.partners(seen) - set(seen))
        old_groups = {s.get("group_id") for s in seen.values()} - {None}
        if self.outside.total:
            found = self._es(lambda: existing_groups(self.client, self.alias, old_groups,
                                                     self.pool.tags))
            seen.update({i: s for i, s in found.items() if i not in self.pool})
        seen.update({i: s for i, s in self.pool.group_members(old_groups).items()
                     if i not in sources})
        self._paragraphs(seen, evidence)
        summary = AlignSummary(aligned=len(sources))
        grouping, attach = decide(seen, evidence, decisions, summary, restore=True,
                                  min_score=self.min_score, window_days=self.window_days,
                                  translator=self.translator, full=self._full(seen))
        story = stories(grouping, seen, attach, summary)
        todo = changed(story, seen)
        for doc_id in set(todo) | fresh:
            self.pool.set_story(doc_id, story[doc_id])
        if summary.suggestions:
            self._es(lambda: overrides.save_suggestions(self.client, self.alias,
                                                        summary.suggestions, refresh=False))
        return Aligned(create={i: story[i] for i in fresh},
                       updates={i: f for i, f in todo.items() if i not in fresh},
                       summary=summary)

    def _stored(self, ids: set[str]) -> dict[str, dict]:
        """Story fields of the documents that exist already (in the pool or the index)."""
        out = {i: {k: src.get(k) for k in GROUP_FIELDS}
               for i in ids if (src := self.pool.source(i)) is not None}
        if self.outside.total:  # else nothing outside the pool can exist
            out.update(self._es(lambda: story_fields(self.client, self.alias, ids - set(out))))
        return out

    def _from_pool(self, sources: dict[str, dict], seen: Seen) -> Evidence:
        """Explicit, content and edition evidence among the pooled documents."""
        evidence = Evidence()
        found = self.pool.linked(sources)
        everyone = {**found, **sources}
        covered: dict[str, set[str]] = {}
        for a, b in links.pairs(sources, found):
            evidence.explicit.add((a, b))
            for x, y in ((a, b), (b, a)):
                if x in sources:
                    covered.setdefault(x, set()).add(everyone[y].get("lang"))
                else:
                    seen[x] = found[x]
        pooled: dict[str, dict] = {}  # unpacked once a batch
        editions_of = self.pool.edition_candidates_of(sources, EDITION_CANDIDATES)
        meaning_of = self.pool.meaning_candidates_of(sources, CANDIDATES, MEANING_FLOOR)
        for doc_id in sorted(sources):
            src = sources[doc_id]
            content = [] if covered_all(src, covered.get(doc_id, set()), True) else \
                self.pool.content_candidates(doc_id, src, CANDIDATES, CONTENT_TEXT) + \
                meaning_of[doc_id]
            editions = editions_of[doc_id]
            for kind, others in (("c", content), ("e", editions)):
                for other in others:
                    other_src = sources.get(other) or pooled.get(other)
                    if other_src is None:
                        other_src = pooled[other] = self.pool.source(other)
                    if other not in sources:
                        seen[other] = other_src
                    evidence.add(kind, doc_id, src, other, other_src, self.window_days,
                                 self.translator, math.inf)
        return evidence

    def _from_index(self, sources: dict[str, dict], seen: Seen, evidence: Evidence) -> None:
        """Evidence from documents outside the pool, for the batch's documents that may
        have some (explicit links have no date limit: asked for every one)."""
        if self._stale:
            self._es(lambda: self.client.indices.refresh(index=self.alias))
            self._stale = False
        near = {i for i, s in sources.items() if self.outside.near(s, self.window_days)}
        # repeating it only repeats what it adds
        self._es(lambda: gather_pairs(self.client, self.alias, sources, self.window_days, seen,
                                      self.translator, floor=math.inf, keep_groups=True,
                                      hide=self.pool.tags, only=near, evidence=evidence))
        for doc_id in [i for i in seen if i in self.pool]:
            # the pool's copy is the newer: this batch's text, a story not written yet
            seen[doc_id] = self.pool.source(doc_id)

    def _add(self, seen: Seen, ids: set[str]) -> None:
        """Bring documents into ``seen``: from the pool, else from the index."""
        pooled = {i: s for i in ids if (s := self.pool.source(i)) is not None}
        seen.update(pooled)
        if self.outside.total and ids - set(pooled):
            seen.update(self._es(lambda: fetch_sources(self.client, self.alias,
                                                       ids - set(pooled))))

    def _paragraphs(self, seen: Seen, evidence: Evidence) -> None:
        """Read back at once the paragraphs the exact scores may need (older pooled
        documents left theirs in the index): those of pairs that may be reached."""
        lowest = self.min_score / 2  # where best_first stops
        wanted = {x for pair, score in evidence.content.items() if score >= lowest
                  for x in pair if seen[x].get("paragraphs") is None}
        if wanted:
            found = self._es(lambda: fetch_sources(self.client, self.alias, wanted,
                                                   ["paragraphs"]))
            for doc_id in wanted:
                seen[doc_id] = {"paragraphs": found.get(doc_id, {}).get("paragraphs") or []}

    def _full(self, seen: Seen) -> Callable[[str], dict]:
        """A document with its paragraphs, for the exact score: older pooled documents
        left theirs in the index (written by then: see ``pool.FULL_BATCHES``)."""
        def full(doc_id: str) -> dict:
            if seen[doc_id].get("paragraphs") is None:
                stored = self._es(lambda: fetch_sources(self.client, self.alias, [doc_id],
                                                        ["paragraphs"]))
                stored = stored.get(doc_id, {})
                seen[doc_id] = {"paragraphs": stored.get("paragraphs") or []}
            return seen[doc_id]
        return full
