"""A search page's stories: every version and edition of each, and the languages that
matched, read in the page's second round trip.

The members are read from doc values (schema 5: ``doc_id``, ``title.keyword``), not from
their stored documents: a page has some 30, and opening one means decompressing its block
and parsing its whole source (text, keys, a vector) for a title. On 150,000 articles that
cost 2 of the page's 8 ms in Elasticsearch (bench/search_load.py); on real articles, ten
times longer, more. A story with a member lacking them (an archive from before schema 5
not yet written again, :mod:`indexer.store.id_fill`, or a title too long for doc values)
is read from the stored documents instead.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from indexer.search import facets
from indexer.store.schema import LANGS

if TYPE_CHECKING:
    from elasticsearch import Elasticsearch

#: what a member is read from; the first two only schema 5 writes
DOC_VALUES = ["doc_id", "title.keyword", "lang", "group_id", "duplicate_of"]
#: the same, from the stored document
SOURCE = ["lang", "title", "group_id", "duplicate_of"]
#: the most members read per story
PER_STORY = 8
Member = dict[str, Any]


def members_body(group_ids: list[str]) -> dict[str, Any]:
    """The request for every member of the stories ``group_ids``, from doc values."""
    return {**_of(group_ids), "_source": False, "stored_fields": "_none_",
            "docvalue_fields": DOC_VALUES}


def stored_members_body(group_ids: list[str]) -> dict[str, Any]:
    """The request for every member of the stories ``group_ids``, from their documents."""
    return {**_of(group_ids), "_source": SOURCE}


def _of(group_ids: list[str]) -> dict[str, Any]:
    return {"size": len(set(group_ids)) * PER_STORY,
            "query": {"bool": {"filter": [{"terms": {"group_id": sorted(set(group_ids))}}]}}}


def matched_body(group_ids: list[str], query: dict[str, Any]) -> dict[str, Any]:
    """The request for the languages of the members of ``group_ids`` that match ``query``.

    Counted, not fetched: in filter context the query is tried on those few members only,
    where a named ``should`` clause on the fetched members cost 5 ms of a 7 ms request on
    150,000 articles (bench/search_load.py), about as much as the lexical search itself.
    """
    return {"size": 0, "track_total_hits": False,
            "query": {"bool": {"filter": [{"terms": {"group_id": sorted(set(group_ids))}},
                                          query]}},
            "aggs": {"groups": {"terms": {"field": "group_id", "size": len(set(group_ids))},
                                "aggs": {"langs": {"terms": {"field": "lang",
                                                             "size": facets.LANG_BUCKETS}}}}}}


def members(client: Elasticsearch, alias: str, answer: dict[str, Any]) -> list[Member]:
    """The members in ``answer`` (to :func:`members_body`); the stories with one that
    lacks its doc values read again from the stored documents."""
    read = [(h["fields"]["group_id"][0], from_doc_values(h)) for h in answer["hits"]["hits"]]
    lacking = sorted({group for group, member in read if member is None})
    if not lacking:
        return [member for _, member in read]
    stored = client.search(index=alias, **stored_members_body(lacking))
    return ([member for group, member in read if group not in lacking]
            + [from_source(h) for h in stored["hits"]["hits"]])


def from_doc_values(hit: dict[str, Any]) -> Member | None:
    """A member read from doc values; None without its id or title there.

    >>> from_doc_values({"fields": {"doc_id": ["a1"], "title.keyword": ["T"],
    ...                  "lang": ["en"], "group_id": ["g"]}})
    {'id': 'a1', 'title': 'T', 'lang': 'en', 'group_id': 'g', 'duplicate_of': None}
    >>> from_doc_values({"fields": {"lang": ["en"], "group_id": ["g"]}}) is None
    True
    """
    fields = hit.get("fields", {})
    if "doc_id" not in fields or "title.keyword" not in fields:
        return None
    return {"id": fields["doc_id"][0], "title": fields["title.keyword"][0],
            **{k: (fields.get(k) or [None])[0] for k in ("lang", "group_id", "duplicate_of")}}


def from_source(hit: dict[str, Any]) -> Member:
    """A member read from its stored document."""
    src = hit["_source"]
    return {"id": hit["_id"], "title": src.get("title"),
            **{k: src.get(k) for k in ("lang", "group_id", "duplicate_of")}}


def by_story(read: list[Member], matched: dict | None = None) -> dict[str, dict[str, list]]:
    """Members and the answer to :func:`matched_body`, per story: versions (in language
    order), editions and the languages matched.

    >>> by_story([{"id": "b", "lang": "en", "title": "B", "group_id": "g"},
    ...           {"id": "a", "lang": "uk", "title": "A", "group_id": "g"},
    ...           {"id": "c", "lang": "uk", "title": "C", "group_id": "g", "duplicate_of": "a"}])
    ... # doctest: +NORMALIZE_WHITESPACE
    {'g': {'versions': [{'id': 'a', 'lang': 'uk', 'title': 'A'},
                        {'id': 'b', 'lang': 'en', 'title': 'B'}],
           'editions': [{'id': 'c', 'lang': 'uk', 'title': 'C'}], 'matched_langs': []}}
    """
    out: dict[str, dict[str, list]] = {}
    for member in read:
        kind = "editions" if member.get("duplicate_of") else "versions"
        entry = out.setdefault(member["group_id"],
                               {"versions": [], "editions": [], "matched_langs": []})
        entry[kind].append({k: member[k] for k in ("id", "lang", "title")})
    for entry in out.values():
        entry["versions"].sort(key=lang_order)
    buckets = (matched or {}).get("aggregations", {}).get("groups", {}).get("buckets", [])
    for bucket in buckets:
        if bucket["key"] in out:
            out[bucket["key"]]["matched_langs"] = [b["key"] for b in bucket["langs"]["buckets"]]
    return out


def lang_order(doc: dict) -> int:
    """Where a version stands among a story's: uk, en, ru, then any other language."""
    return LANGS.index(doc["lang"]) if doc.get("lang") in LANGS else len(LANGS)
