"""Archivists' decisions (link / unlink) and the aligner's suggestions, kept beside the archive.

Decisions live in their own small index (``<alias>-overrides``), not in the article
documents, so re-importing an article or re-running alignment cannot erase them; the
aligner reads them on every run. Suggestions (pairs that scored just below the
auto-link threshold) live in ``<alias>-suggestions`` for the review page.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Iterable

from elasticsearch import Elasticsearch, helpers

LINK = "link"
UNLINK = "unlink"

_KEYWORD = {"type": "keyword"}
_OVERRIDE_MAPPING = {"dynamic": "strict", "properties": {
    "a": _KEYWORD, "b": _KEYWORD, "action": _KEYWORD, "by": _KEYWORD, "at": {"type": "date"}}}
_SUGGESTION_MAPPING = {"dynamic": "strict", "properties": {
    "a": _KEYWORD, "b": _KEYWORD, "score": {"type": "float"}, "at": {"type": "date"}}}


def overrides_index(alias: str) -> str:
    """Where decisions for ``alias`` are kept."""
    return f"{alias}-overrides"


def suggestions_index(alias: str) -> str:
    """Where suggestions for ``alias`` are kept."""
    return f"{alias}-suggestions"


def pair_id(a: str, b: str) -> str:
    """One id per unordered pair.

    >>> pair_id("b", "a") == pair_id("a", "b") == "a|b"
    True
    """
    return "|".join(sorted((a, b)))


def _ensure(client: Elasticsearch, name: str, mapping: dict) -> None:
    if not client.indices.exists(index=name):
        client.indices.create(index=name, mappings=mapping,
                              settings={"number_of_shards": 1, "auto_expand_replicas": "0-1"})


@dataclass
class Overrides:
    """Pairs an archivist joined (``links``) or kept apart (``unlinks``)."""

    links: set[frozenset[str]] = field(default_factory=set)
    unlinks: set[frozenset[str]] = field(default_factory=set)

    def partners(self, ids: Iterable[str]) -> set[str]:
        """Every id that a link or unlink ties to one of ``ids``."""
        wanted = set(ids)
        return {x for pair in self.links | self.unlinks if pair & wanted for x in pair}


def load(client: Elasticsearch, alias: str) -> Overrides:
    """Every decision recorded for ``alias`` (there are few: they are made by hand)."""
    out = Overrides()
    name = overrides_index(alias)
    if not client.indices.exists(index=name):
        return out
    for hit in helpers.scan(client, index=name, query={"query": {"match_all": {}}}):
        src = hit["_source"]
        pair = frozenset((src["a"], src["b"]))
        (out.links if src["action"] == LINK else out.unlinks).add(pair)
    return out


def record(client: Elasticsearch, alias: str, pairs: Iterable[tuple[str, str]], action: str,
           by: str) -> None:
    """Store decisions; a later decision on the same pair replaces the earlier one."""
    name = overrides_index(alias)
    _ensure(client, name, _OVERRIDE_MAPPING)
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    actions = [{"_index": name, "_id": pair_id(a, b), "_source": {
        "a": min(a, b), "b": max(a, b), "action": action, "by": by, "at": now}}
        for a, b in pairs if a != b]
    if actions:
        helpers.bulk(client, actions, refresh="wait_for")
    drop_suggestions(client, alias, [(a, b) for a, b in pairs])


def save_suggestions(client: Elasticsearch, alias: str,
                     suggestions: Iterable[tuple[float, str, str]],
                     refresh: str | bool = "wait_for") -> int:
    """Store (score, a, b) suggestions for review; return how many.

    ``refresh=False`` for callers that refresh once when done (an import's batches).
    """
    name = suggestions_index(alias)
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    actions = [{"_index": name, "_id": pair_id(a, b), "_source": {
        "a": min(a, b), "b": max(a, b), "score": score, "at": now}} for score, a, b in suggestions]
    if actions:
        _ensure(client, name, _SUGGESTION_MAPPING)
        helpers.bulk(client, actions, refresh=refresh)
    return len(actions)


def drop_suggestions(client: Elasticsearch, alias: str, pairs: Iterable[tuple[str, str]]) -> None:
    """Forget suggestions that were decided."""
    _delete_pairs(client, suggestions_index(alias), pairs)


def list_suggestions(client: Elasticsearch, alias: str, size: int = 100) -> list[dict]:
    """Stored suggestions, most likely (highest score) first."""
    return page_suggestions(client, alias, size=size)[1]


def page_suggestions(client: Elasticsearch, alias: str, *, offset: int = 0,
                     size: int = 100) -> tuple[int, list[dict]]:
    """(how many suggestions are stored, ``size`` of them from ``offset``), highest score
    first; ties in a stable order (the pair's id)."""
    name = suggestions_index(alias)
    if not client.indices.exists(index=name):
        return 0, []
    resp = client.search(index=name, from_=offset, size=size, track_total_hits=True,
                         sort=[{"score": "desc"}, {"a": "asc"}, {"b": "asc"}],
                         query={"match_all": {}})
    return resp["hits"]["total"]["value"], [h["_source"] for h in resp["hits"]["hits"]]


def get_suggestion(client: Elasticsearch, alias: str, a: str, b: str) -> dict | None:
    """The stored suggestion for the pair ``a``, ``b``, or None."""
    name = suggestions_index(alias)
    if not client.indices.exists(index=name):
        return None
    resp = client.options(ignore_status=404).get(index=name, id=pair_id(a, b))
    return resp["_source"] if resp.get("found") else None


def forget(client: Elasticsearch, alias: str, pairs: Iterable[tuple[str, str]]) -> None:
    """Delete the decisions on ``pairs`` (an undone decision: as if never made)."""
    _delete_pairs(client, overrides_index(alias), pairs)


def _delete_pairs(client: Elasticsearch, name: str, pairs: Iterable[tuple[str, str]]) -> None:
    """Delete the documents of ``pairs`` from index ``name``, if it exists (absent ones too:
    deleting what is not there is not an error), visible to the next search."""
    ids = [pair_id(a, b) for a, b in pairs]
    if ids and client.indices.exists(index=name):
        helpers.bulk(client, [{"_op_type": "delete", "_index": name, "_id": i} for i in ids],
                     raise_on_error=False, refresh="wait_for")


def drop_all(client: Elasticsearch, alias: str) -> None:
    """Delete the decision and suggestion indices of ``alias``."""
    for name in (overrides_index(alias), suggestions_index(alias)):
        client.indices.delete(index=name, ignore_unavailable=True)
