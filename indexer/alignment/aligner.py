"""Aligning indexed articles: finds evidence through the index and writes group ids.

Candidates come from the index itself (one query per article, batched with msearch), so
the cost per article stays flat as the archive grows. Existing groups are respected: a
new version joins a group only where that group lacks its language.
"""
from __future__ import annotations

import hashlib
import logging
import math
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator

import numpy
from elasticsearch import Elasticsearch, helpers

from indexer.alignment import links, overrides
from indexer.alignment.scoring import (
    CONTENT,
    EDITION,
    EDITION_MIN,
    EXPLICIT,
    MANUAL,
    SINGLE,
    Grouping,
    Translator,
    Version,
    best_first,
    edition_similarity,
    group_id,
    score_pair,
)
from indexer.settings import default
from indexer.store import vectors
from indexer.store.schema import LANGS

log = logging.getLogger(__name__)

ALIGN_FIELDS = ["lang", "source_key", "published", "numbers", "name_keys", "translit",
                "para_count", "char_count", "group_id", "group_method", "group_score",
                "group_langs", "duplicate_of",
                "external_id", "url_key", "translations", "alternate_urls", "site_article_id",
                "paragraphs", "title", "edition_keys", *vectors.SOURCE_FIELDS]
#: enough of a linked document to group it (explicit links are not scored)
LINK_FIELDS = ["lang", "source_key", "published", "group_id", "group_method", "group_score",
               "group_langs", "duplicate_of", "external_id", "url_key"]
#: enough to find a document's explicit partners in memory (see :func:`links.pairs`)
EXPLICIT_FIELDS = LINK_FIELDS + [f for f in links.FIELDS if f not in LINK_FIELDS]
CANDIDATES = 10
#: documents each shard looks at for a kNN query's CANDIDATES (HNSW's breadth: recall)
KNN_CANDIDATES = 100
BATCH = 100
#: characters of the transliterated text a content query matches on (its cost grows with
#: the words: 600 characters cost three times what 200 do; recall was the same)
CONTENT_TEXT = 200
#: documents whose explicit evidence is asked in one query
EXPLICIT_BATCH = 500


@dataclass
class AlignSummary:
    """What an alignment run did."""

    aligned: int = 0
    groups: int = 0
    multi_version_groups: int = 0
    explicit_links: int = 0
    content_links: int = 0
    suggestions: list[tuple[float, str, str]] = field(default_factory=list)


def _chunks(items: list, size: int) -> Iterator[list]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def fetch_sources(client: Elasticsearch, index: str, ids: Iterable[str],
                  fields: list[str] | None = None) -> dict[str, dict]:
    """``_source`` (alignment fields, or ``fields``) of the given ids that exist."""
    out: dict[str, dict] = {}
    for chunk in _chunks(sorted(set(ids)), 500):
        resp = client.mget(index=index, ids=chunk, source_includes=fields or ALIGN_FIELDS)
        out.update({d["_id"]: d["_source"] for d in resp["docs"] if d.get("found")})
    return out


GROUP_FIELDS = ("group_id", "group_method", "group_score", "group_langs", "duplicate_of")


def _hidden(hide: str | list[str] | None) -> list[dict]:
    """must_not clauses for documents of import batches the caller holds (see the importer)."""
    if not hide:
        return []
    return [{"terms": {"import_batch": [hide] if isinstance(hide, str) else sorted(hide)}}]


def _source_filter(src: dict) -> list[dict]:
    if not src.get("source_key"):
        return []
    return [{"bool": {"should": [{"term": {"source_key": src["source_key"]}},
                                 {"bool": {"must_not": {"exists": {"field": "source_key"}}}}]}}]


def _date_filter(src: dict, window_days: int) -> list[dict]:
    day = src.get("published")
    if not day:
        return []
    rng = {"gte": f"{day[:10]}||-{window_days}d", "lte": f"{day[:10]}||+{window_days}d"}
    return [{"bool": {"should": [{"range": {"published": rng}},
                                 {"bool": {"must_not": {"exists": {"field": "published"}}}}]}}]


def content_query(doc_id: str, src: dict, window_days: int,
                  hide: str | list[str] | None = None) -> dict | None:
    """A query for likely other-language versions: shared names, numbers, close dates."""
    others = [lang for lang in LANGS if lang != src.get("lang")]
    should: list[dict] = []
    if src.get("name_keys"):
        should.append({"terms": {"name_keys": src["name_keys"][:200]}})
    if src.get("numbers"):
        should.append({"terms": {"numbers": src["numbers"][:200]}})
    if src.get("translit"):
        should.append({"match": {"translit": {"query": src["translit"][:CONTENT_TEXT]}}})
    if not should or src.get("lang") not in LANGS:
        return None
    return {"size": CANDIDATES, "_source": ALIGN_FIELDS, "query": {"bool": {
        "should": should, "minimum_should_match": 1,
        "must_not": [{"ids": {"values": [doc_id]}}, *_hidden(hide)],
        "filter": [{"terms": {"lang": others}}, *_source_filter(src),
                   *_date_filter(src, window_days)]}}}


def meaning_query(doc_id: str, src: dict, window_days: int,
                  hide: str | list[str] | None = None) -> dict | None:
    """A kNN query for the other-language documents closest in meaning (its vector's
    nearest neighbours in each other language's field), under the content query's filters."""
    vector = vectors.vector_of(src)
    if not vector or src.get("lang") not in LANGS:
        return None
    where = {"bool": {"must_not": [{"ids": {"values": [doc_id]}}, *_hidden(hide)],
                      "filter": [*_source_filter(src), *_date_filter(src, window_days)]}}
    query_vector = numpy.asarray(vector, dtype=float).tolist()
    return {"size": CANDIDATES, "_source": ALIGN_FIELDS,
            "knn": [{"field": vectors.vector_field(lang), "query_vector": query_vector,
                     "k": CANDIDATES, "num_candidates": KNN_CANDIDATES, "filter": where}
                    for lang in LANGS if lang != src["lang"]]}


def edition_query(doc_id: str, src: dict, window_days: int,
                  hide: str | list[str] | None = None) -> dict | None:
    """A query for the same text in the same language: re-publications of one version."""
    if not src.get("edition_keys") or src.get("lang") not in LANGS:
        return None
    # exact terms of the text's MinHash bands: the most bands shared first, and cheap
    return {"size": 3, "_source": LINK_FIELDS + ["translit", "numbers"], "query": {"bool": {
        "should": [{"term": {"edition_keys": key}} for key in src["edition_keys"]],
        "minimum_should_match": 1,
        "must_not": [{"ids": {"values": [doc_id]}}, *_hidden(hide)],
        "filter": [{"term": {"lang": src["lang"]}}, *_source_filter(src),
                   *_date_filter(src, window_days)]}}}


def _msearch(client: Elasticsearch, index: str, queries: list[dict]) -> list[list[dict]]:
    body: list[dict] = []
    for q in queries:
        body += [{"index": index}, q]
    resp = client.msearch(body=body)
    out = []
    for r in resp["responses"]:
        if "error" in r:
            log.warning("alignment query failed: %s", r["error"])
        out.append(r.get("hits", {}).get("hits", []))
    return out


def gather_pairs(client: Elasticsearch, index: str, sources: dict[str, dict],
                 window_days: int, seen: dict[str, dict], translator: Translator | None = None,
                 *, floor: float = 0.0, keep_groups: bool = False,
                 hide: str | list[str] | None = None, only: set[str] | None = None,
                 evidence: Evidence | None = None) -> Evidence:
    """Explicit pairs and scored content pairs for the given documents.

    Explicit evidence is asked first; a document whose explicit partners (or, with
    ``keep_groups``, whose stored story) already cover every other language cannot take
    a content match, so its content query is not sent. Content scores under ``floor``
    are left rough (see :func:`~indexer.alignment.scoring.score_pair`). ``only`` limits the content
    and edition queries to those documents; ``evidence`` is added to.
    """
    found = evidence if evidence is not None else Evidence()
    covered = _explicit_pairs(client, index, sources, seen, found.explicit, hide)
    wanted = sorted(sources if only is None else only & set(sources))
    for chunk in _chunks(wanted, BATCH):
        queries, owners = [], []
        for doc_id in chunk:
            src = sources[doc_id]
            full = covered_all(src, covered.get(doc_id, set()), keep_groups)
            content = () if full else (content_query(doc_id, src, window_days, hide),
                                       meaning_query(doc_id, src, window_days, hide))
            for kind, q in (*(("c", q) for q in content),
                            ("e", edition_query(doc_id, src, window_days, hide))):
                if q:
                    queries.append(q)
                    owners.append((kind, doc_id))
        for (kind, doc_id), hits in zip(owners, _msearch(client, index, queries) if queries
                                        else []):
            for hit in hits:
                seen[hit["_id"]] = hit["_source"]
                found.add(kind, doc_id, sources[doc_id], hit["_id"], hit["_source"],
                          window_days, translator, floor)
    return found


@dataclass
class Evidence:
    """What alignment found: explicit pairs, content scores, edition similarities."""

    explicit: set[tuple[str, str]] = field(default_factory=set)
    content: dict[tuple[str, str], float] = field(default_factory=dict)
    editions: dict[tuple[str, str], float] = field(default_factory=dict)
    _versions: dict[tuple[str, str], Version] = field(default_factory=dict)

    def add(self, kind: str, a_id: str, a_src: dict, b_id: str, b_src: dict,
            window_days: int, translator: Translator | None, floor: float) -> None:
        """Score one candidate: ``kind`` "c" (another language) or "e" (an edition)."""
        pair = (a_id, b_id) if a_id < b_id else (b_id, a_id)
        a, b = self.version(kind, a_id, a_src), self.version(kind, b_id, b_src)
        if kind == "e":
            if pair not in self.editions:
                sim = edition_similarity(a, b, window_days)
                if sim is not None and sim >= EDITION_MIN:
                    self.editions[pair] = sim
        elif pair not in self.explicit and (translator is not None or pair not in self.content):
            # scores are symmetric but for a translated title: then the better direction
            score, _ = score_pair(a, b, window_days, translator, floor)
            self.content[pair] = max(score, self.content.get(pair, 0.0))

    def version(self, kind: str, doc_id: str, src: dict) -> Version:
        """The document as scoring sees it, built once per kind of query (an edition
        query reads fewer fields; scoring ignores the story fields)."""
        v = self._versions.get((kind, doc_id))
        if v is None:
            v = self._versions[(kind, doc_id)] = Version.from_source(doc_id, src)
        return v


def _explicit_pairs(client: Elasticsearch, index: str, sources: dict[str, dict],
                    seen: dict[str, dict], explicit: set[tuple[str, str]],
                    hide: str | list[str] | None = None) -> dict[str, set[str]]:
    """Add the explicit pairs of ``sources``; return the languages each one is linked to."""
    covered: dict[str, set[str]] = {}
    for chunk in _chunks(sorted(sources), EXPLICIT_BATCH):
        mine = {doc_id: sources[doc_id] for doc_id in chunk}
        query = links.query(mine.values())
        if query is None:
            continue
        query["bool"]["must_not"] = _hidden(hide)
        found = {hit["_id"]: hit["_source"] for hit in helpers.scan(
            client, index=index, query={"query": query}, _source=EXPLICIT_FIELDS, size=1000)}
        pool = {**found, **mine}
        for a, b in links.pairs(mine, found):
            explicit.add((a, b))
            for x, y in ((a, b), (b, a)):
                if x in mine:
                    covered.setdefault(x, set()).add(pool[y].get("lang"))
                else:
                    seen[x] = found[x]
    return covered


def covered_all(src: dict, linked: set[str], keep_groups: bool) -> bool:
    """Whether every other language is already taken, by explicit links or the stored story.

    >>> covered_all({"lang": "uk"}, {"en", "ru"}, False)
    True
    >>> covered_all({"lang": "uk", "group_langs": ["uk", "en", "ru"]}, set(), False)
    False
    >>> covered_all({"lang": "uk", "group_langs": ["uk", "en", "ru"]}, set(), True)
    True
    """
    others = set(LANGS) - {src.get("lang")}
    stored = set(src.get("group_langs") or []) if keep_groups else set()
    return others <= (linked | stored)


def existing_groups(client: Elasticsearch, index: str, group_ids: set[str],
                    hide: str | list[str] | None = None) -> dict[str, dict]:
    """Every member (alignment fields) of the named groups."""
    out: dict[str, dict] = {}
    for chunk in _chunks(sorted(group_ids), 500):
        query = {"bool": {"filter": [{"terms": {"group_id": chunk}}], "must_not": _hidden(hide)}}
        for hit in helpers.scan(client, index=index, query={"query": query},
                                _source=ALIGN_FIELDS):
            out[hit["_id"]] = hit["_source"]
    return out


def align(client: Elasticsearch, alias: str, doc_ids: Iterable[str], *,
          min_score: float = default("ALIGN_MIN_SCORE"),
          window_days: int = default("ALIGN_WINDOW_DAYS"), restore: bool = True,
          translator: Translator | None = None) -> AlignSummary:
    """Group the given indexed documents with their other-language versions; write group ids.

    :param restore: keep the groups already stored (incremental alignment); False regroups
        the given documents from the evidence alone (``align --all``). Archivists'
        decisions are applied either way.

    (An import aligns its documents before writing them: :mod:`indexer.alignment.batch`.)
    """
    client.indices.refresh(index=alias)
    sources = fetch_sources(client, alias, set(doc_ids))
    seen = Seen(sources)
    # content scores come rough (no paragraph check) and are made exact only for the
    # pairs best_first reaches that could still be joined: most candidates never are
    evidence = gather_pairs(client, alias, sources, window_days, seen, translator,
                            floor=math.inf, keep_groups=restore)
    decisions = overrides.load(client, alias)
    seen.update(fetch_sources(client, alias, decisions.partners(seen) - set(seen)))
    if restore:
        old_groups = {s.get("group_id") for s in seen.values()} - {None}
        seen.update(existing_groups(client, alias, old_groups))
    summary = AlignSummary(aligned=len(sources))
    grouping, attach = decide(seen, evidence, decisions, summary, restore=restore,
                              min_score=min_score, window_days=window_days,
                              translator=translator)
    _write_groups(client, alias, grouping, seen, summary, attach, refresh=False)
    overrides.save_suggestions(client, alias, summary.suggestions, refresh=False)
    return summary


def decide(seen: dict[str, dict], evidence: Evidence, decisions: overrides.Overrides,
           summary: AlignSummary, *, restore: bool, min_score: float, window_days: int,
           translator: Translator | None,
           full: Callable[[str], dict] | None = None) -> tuple[Grouping, dict]:
    """The stories of ``seen`` from the evidence: (grouping, editions to attach).

    Stored groups first (with ``restore``), then archivists' links, explicit pairs, and
    content pairs best first; fills ``summary``'s links and suggestions. ``full(id)``
    gives a document with its paragraphs for the exact score (default: ``seen``).
    """
    full = full or seen.__getitem__
    grouping = Grouping({i: s.get("lang") or "und" for i, s in seen.items()},
                        forbidden=set(decisions.unlinks))
    if restore:
        _restore(grouping, seen)
    for pair in sorted(map(sorted, decisions.links)):
        if all(x in seen for x in pair):
            grouping.merge(pair[0], pair[1], MANUAL, 1.0)
    for a, b in sorted(evidence.explicit):
        summary.explicit_links += grouping.merge(a, b, EXPLICIT, 1.0)
    pairs = [(score, a, b) for (a, b), score in evidence.content.items()
             if (a, b) not in evidence.explicit]
    summary.suggestions = best_first(pairs, grouping, min_score, refine=lambda a, b: score_pair(
        Version.from_source(a, full(a)), Version.from_source(b, full(b)), window_days,
        translator)[0])
    summary.content_links = sum(1 for s, a, b in pairs if s >= min_score
                                and grouping.find(a) == grouping.find(b))
    attach = attach_editions(grouping, seen, evidence.editions, decisions.unlinks, restore)
    return grouping, attach


class Seen(dict):
    """Alignment sources by id; a fresh document's story fields (none yet) never get in."""

    def __init__(self, sources: dict[str, dict],
                 fresh: set[str] | frozenset[str] = frozenset()):
        super().__init__()
        self.fresh = fresh
        self.update(sources)

    def __setitem__(self, doc_id: str, src: dict) -> None:
        if doc_id in self.fresh:
            src = {k: v for k, v in src.items() if k not in GROUP_FIELDS}
        # queries ask for different fields: what one hit brings adds to what another did
        super().__setitem__(doc_id, {**self.get(doc_id, {}), **src})

    def update(self, other: dict) -> None:  # type: ignore[override]
        for doc_id, src in other.items():
            self[doc_id] = src


def story_fields(client: Elasticsearch, index: str, ids: set[str]) -> dict[str, dict]:
    """The stored story fields of documents that exist."""
    out: dict[str, dict] = {}
    for chunk in _chunks(sorted(ids), 1000):
        resp = client.mget(index=index, ids=chunk, source_includes=list(GROUP_FIELDS))
        out.update({d["_id"]: d["_source"] for d in resp["docs"] if d.get("found")})
    return out


def attach_editions(grouping: Grouping, seen: dict[str, dict],
                    editions: dict[tuple[str, str], float], unlinks: set[frozenset[str]],
                    restore: bool = True) -> dict[str, tuple[str, float]]:
    """Re-publications → (the version they repeat, similarity).

    The edition is the article that is not a version of a multi-language story (else the
    later one); it joins its original's story without taking a language slot.
    """
    attach: dict[str, tuple[str, float]] = {}
    if restore:
        for doc_id, src in seen.items():
            if src.get("duplicate_of") in seen and len(grouping.members(doc_id)) == 1:
                attach[doc_id] = (src["duplicate_of"], src.get("group_score") or 1.0)
    for (a, b), sim in sorted(editions.items(), key=lambda kv: -kv[1]):
        if frozenset((a, b)) in unlinks or a in attach or b in attach:
            continue
        edition, version = _edition_order(grouping, seen, a, b)
        if len(grouping.members(edition)) == 1:
            attach[edition] = (version, sim)
    return attach


def _edition_order(grouping: Grouping, seen: dict[str, dict], a: str, b: str) -> tuple[str, str]:
    """(edition, version): the one already in a multi-language story stays the version."""
    size_a, size_b = len(grouping.members(a)), len(grouping.members(b))
    if size_a != size_b:
        return (a, b) if size_a < size_b else (b, a)
    later = (seen[a].get("published") or "", a) > (seen[b].get("published") or "", b)
    return (a, b) if later else (b, a)


def _restore(grouping: Grouping, seen: dict[str, dict]) -> None:
    """Re-create the groups already stored, so earlier decisions stand.

    Editions are left out: they never held a language slot, and :func:`attach_editions`
    puts them back only if they are still alone (a translation that arrived since then
    makes an article a version, not a re-publication). So is an article whose language is
    now none of LANGS (filed as ``en`` before other languages were told apart): it leaves.
    """
    by_group: dict[str, list[str]] = {}
    for doc_id, src in seen.items():
        if (src.get("group_id") and src.get("group_method") != EDITION
                and src.get("lang") in LANGS):
            by_group.setdefault(src["group_id"], []).append(doc_id)
    for members in by_group.values():
        first = seen[members[0]]
        for other in members[1:]:
            grouping.merge(members[0], other, first.get("group_method") or CONTENT,
                           first.get("group_score") or 1.0)


def stories(grouping: Grouping, seen: dict[str, dict],
            attach: dict[str, tuple[str, float]] | None = None,
            summary: AlignSummary | None = None) -> dict[str, dict]:
    """The story fields of every document in ``grouping`` (editions: their original's)."""
    attach = attach or {}
    used: set[str] = set()
    story_fields: dict[str, dict] = {}
    # biggest stories first: they keep their ids, a version taken out gets a new one
    for root, members in sorted(grouping.groups().items(), key=lambda kv: -len(kv[1])):
        if members == [members[0]] and members[0] in attach:
            continue  # an edition: it takes its original's story below
        multi = len(members) > 1
        gid = _stable_group_id(members, seen, used)
        used.add(gid)
        fields = {"group_id": gid,
                  "group_method": grouping.method.get(root, CONTENT) if multi else SINGLE,
                  "group_score": round(grouping.score.get(root, 1.0), 4) if multi else 1.0,
                  "group_langs": sorted({grouping.langs[m] for m in members}),
                  "duplicate_of": None}
        if summary is not None:
            summary.groups += 1
            summary.multi_version_groups += multi
        story_fields.update(dict.fromkeys(members, fields))
    for edition, (version, sim) in attach.items():
        for _ in range(len(attach)):  # an edition of an edition belongs to the same story
            if version not in attach:
                break
            version = attach[version][0]
        if version not in story_fields:
            continue  # a cycle in stored data: leave it for `align --all`
        story_fields[edition] = {**story_fields[version], "group_method": EDITION,
                                 "group_score": round(sim, 4), "duplicate_of": version}
    return story_fields


def changed(story_fields: dict[str, dict], stored: dict[str, dict]) -> dict[str, dict]:
    """The documents whose story differs from what the index holds (``stored``)."""
    return {m: fields for m, fields in story_fields.items()
            if any(stored.get(m, {}).get(k) != v for k, v in fields.items())}


def _write_groups(client: Elasticsearch, alias: str, grouping: Grouping,
                  seen: dict[str, dict], summary: AlignSummary | None = None,
                  attach: dict[str, tuple[str, float]] | None = None,
                  refresh: str | bool = "wait_for") -> None:
    updates = changed(stories(grouping, seen, attach, summary), seen)
    actions = [{"_op_type": "update", "_index": alias, "_id": m, "doc": fields}
               for m, fields in updates.items()]
    if actions:
        helpers.bulk(client, actions, refresh=refresh)


def _stable_group_id(members: list[str], seen: dict[str, dict], used: set[str]) -> str:
    """The id most members already share, so a story's address survives its growth.

    Ids given to another group in the same write are skipped (a version taken out of a
    story must not keep the story's id).

    >>> seen = {"a": {}, "b": {"group_id": "g-z"}, "c": {"group_id": "g-z"}}
    >>> _stable_group_id(["a", "b", "c"], seen, set()), _stable_group_id(["a"], seen, set())
    ('g-z', 'g-a')
    >>> _stable_group_id(["b"], seen, {"g-z"}), _stable_group_id(["a"], {"a": {}}, {"g-a"})
    ('g-b', 'g-a-86f7e4')
    """
    votes: dict[str, int] = {}
    for m in members:  # an edition only borrowed its story's id: it has no say
        if seen[m].get("group_id") and seen[m].get("group_method") != EDITION:
            votes[seen[m]["group_id"]] = votes.get(seen[m]["group_id"], 0) + 1
    for gid in sorted(votes, key=lambda g: (-votes[g], g)):
        if gid not in used:
            return gid
    gid = group_id(members)
    if gid in used:
        gid += "-" + hashlib.sha1(",".join(sorted(members)).encode()).hexdigest()[:6]
    return gid


def align_all(client: Elasticsearch, alias: str, **kwargs: Any) -> AlignSummary:
    """Regroup every document in the index from the evidence and the archivists' decisions."""
    ids = [h["_id"] for h in helpers.scan(client, index=alias, query={"query": {"match_all": {}}},
                                          _source=False)]
    summary = align(client, alias, ids, restore=False, **kwargs)
    client.indices.refresh(index=alias)
    return summary


class CurationError(ValueError):
    """A link or unlink that cannot be done; the message says why."""


def _group_of(client: Elasticsearch, alias: str, doc_id: str) -> dict[str, dict]:
    src = fetch_sources(client, alias, [doc_id]).get(doc_id)
    if src is None:
        raise CurationError(f"no article with id {doc_id!r}")
    if not src.get("group_id"):
        return {doc_id: src}
    return existing_groups(client, alias, {src["group_id"]}) | {doc_id: src}


def link(client: Elasticsearch, alias: str, a: str, b: str, *, by: str) -> str:
    """Put ``b`` in ``a``'s story, by an archivist's decision; return the group id.

    A version of ``b``'s language already in that story is moved out (and kept out).
    """
    group_a, group_b = _group_of(client, alias, a), _group_of(client, alias, b)
    if a in group_b:
        return group_a[a]["group_id"]
    lang_b = group_b[b].get("lang")
    for doc, lang in ((a, group_a[a].get("lang")), (b, lang_b)):
        if lang not in LANGS:
            raise CurationError(f"{doc} is in {lang!r}: only {', '.join(LANGS)} versions are "
                                "put in one story")
    if group_a[a].get("lang") == lang_b:
        raise CurationError(f"{a} and {b} are both in {lang_b!r}: a story holds one version "
                            "per language (unlink one first)")
    seen = group_a | group_b
    displaced = [m for m, src in group_a.items() if src.get("lang") == lang_b]
    # b joins the whole story: this replaces any earlier "keep apart" with its members
    overrides.record(client, alias, [(m, b) for m in group_a if m not in displaced],
                     overrides.LINK, by)
    overrides.record(client, alias, [(x, m) for x in displaced for m in group_a if m != x],
                     overrides.UNLINK, by)
    grouping = Grouping({i: s.get("lang") or "und" for i, s in seen.items()})
    _restore(grouping, seen)
    for x in [*displaced, b]:
        grouping.detach(x)
    grouping.merge(a, b, MANUAL, 1.0)
    _write_groups(client, alias, grouping, seen,
                  attach=attach_editions(grouping, seen, {}, overrides.load(client, alias).unlinks))
    return group_id(grouping.members(a))


def unlink(client: Elasticsearch, alias: str, a: str, *, by: str) -> None:
    """Take ``a`` out of its story, by an archivist's decision that re-alignment respects."""
    group = _group_of(client, alias, a)
    overrides.record(client, alias, [(a, m) for m in group if m != a], overrides.UNLINK, by)
    grouping = Grouping({i: s.get("lang") or "und" for i, s in group.items()})
    _restore(grouping, group)
    grouping.detach(a)
    _write_groups(client, alias, grouping, group,
                  attach=attach_editions(grouping, group, {}, set()))
