"""Search and retrieval over the article index, returning plain data for the web UI and API.

A query runs against every language's stemmed and surface-form fields, plus the
transliteration key (so ``Lukashenko`` meets ``Лукашенко``), and the hits are collapsed
to one per story (``group_id``). Highlights come back between private-use markers and are
split into (text, is_hit) segments: the UI escapes the text, never trusting HTML from ES.
"""
from __future__ import annotations

from typing import Any

from elasticsearch import Elasticsearch, NotFoundError

from .document import HL_END, HL_START, clean
from .schema import LANGS
from .textnorm import fold_for_index
from .features import bridge_key

SORTS = ("relevance", "date")
DISPLAY_FIELDS = ["lang", "lang_confidence", "title", "url", "source", "author", "published",
                  "group_id", "paragraphs", "external_id"]
SNIPPET_CHARS = 240
Segment = dict[str, Any]


def text_fields() -> list[str]:
    """The fields a query searches, with their boosts."""
    fields = []
    for lang in (*LANGS, "any"):
        fields += [f"title_{lang}^3", f"body_{lang}"]
        if lang != "any":
            fields += [f"title_{lang}.exact^3", f"body_{lang}.exact"]
    return fields


def build_query(q: str, lang: str | None = None) -> dict[str, Any]:
    """The bool query for a user's text; ``simple_query_string`` never fails on syntax."""
    if not q.strip():
        base: dict[str, Any] = {"bool": {"must": [{"match_all": {}}]}}
        if lang:
            base["bool"]["filter"] = [{"term": {"lang": lang}}]
        return base
    folded = fold_for_index(clean(q))
    should: list[dict] = [{"simple_query_string": {
        "query": folded, "fields": text_fields(), "default_operator": "and"}}]
    key = bridge_key(q)
    if key:
        should.append({"match": {"translit": {"query": key, "operator": "and", "boost": 0.5}}})
    query: dict[str, Any] = {"bool": {"should": should, "minimum_should_match": 1}}
    if lang:
        query["bool"]["filter"] = [{"term": {"lang": lang}}]
    return query


def search_body(q: str, *, lang: str | None = None, page: int = 1, size: int = 10,
                sort: str = "relevance") -> dict[str, Any]:
    """The whole search request: query, collapse per story, highlight, facets."""
    hl_fields = {f"{part}_{lang_}": {} for lang_ in (*LANGS, "any") for part in ("title", "body")}
    body: dict[str, Any] = {
        "query": build_query(q, lang),
        "from": (page - 1) * size, "size": size,
        "_source": DISPLAY_FIELDS,
        "collapse": {"field": "group_id",
                     "inner_hits": {"name": "matched", "size": len(LANGS), "_source": ["lang"]}},
        "highlight": {"fields": hl_fields, "pre_tags": [HL_START], "post_tags": [HL_END],
                      "fragment_size": 180, "number_of_fragments": 2, "encoder": "default"},
        "aggs": {"stories": {"cardinality": {"field": "group_id"}},
                 "lang": {"terms": {"field": "lang", "size": 10}},
                 "source": {"terms": {"field": "source", "size": 20}}},
        "track_total_hits": True,
    }
    if sort == "date":
        body["sort"] = [{"published": {"order": "desc", "missing": "_last"}}, "_score"]
    return body


def split_highlight(fragment: str) -> list[Segment]:
    """Split a highlighted fragment into plain and hit segments.

    >>> split_highlight("a \\ue000b\\ue001 c")
    [{'text': 'a ', 'hit': False}, {'text': 'b', 'hit': True}, {'text': ' c', 'hit': False}]
    """
    segments = []
    for i, part in enumerate(fragment.split(HL_START)):
        hit, _, rest = part.partition(HL_END) if i else ("", "", part)
        if hit:
            segments.append({"text": hit, "hit": True})
        if rest:
            segments.append({"text": rest, "hit": False})
    return segments


def snippet(hit: dict) -> list[Segment]:
    """The best highlighted fragment of a hit, or the start of its body."""
    highlights = hit.get("highlight", {})
    for name in sorted(highlights, key=lambda f: not f.startswith("body_")):
        frags = highlights[name]
        if frags:
            return split_highlight(" … ".join(frags))
    paras = hit["_source"].get("paragraphs") or [""]
    text = paras[0]
    return [{"text": text[:SNIPPET_CHARS] + ("…" if len(text) > SNIPPET_CHARS else ""),
             "hit": False}]


def search_stories(client: Elasticsearch, alias: str, q: str, *, lang: str | None = None,
                   page: int = 1, size: int = 10, sort: str = "relevance") -> dict[str, Any]:
    """One page of stories matching ``q``, each with its versions, plus facets."""
    resp = client.search(index=alias, **search_body(q, lang=lang, page=page, size=size,
                                                    sort=sort))
    hits = resp["hits"]["hits"]
    versions = group_versions(client, alias, [h["_source"]["group_id"] for h in hits])
    stories = [_story(h, versions.get(h["_source"]["group_id"], [])) for h in hits]
    aggs = resp["aggregations"]
    return {
        "query": q, "lang": lang, "page": page, "size": size, "sort": sort,
        "total_stories": aggs["stories"]["value"],
        "total_articles": resp["hits"]["total"]["value"],
        "facets": {name: {b["key"]: b["doc_count"] for b in aggs[name]["buckets"]}
                   for name in ("lang", "source")},
        "stories": stories,
    }


def _story(hit: dict, versions: list[dict]) -> dict[str, Any]:
    src = hit["_source"]
    matched = [h["_source"]["lang"] for h in hit["inner_hits"]["matched"]["hits"]["hits"]]
    best = {k: src.get(k) for k in DISPLAY_FIELDS if k != "paragraphs"}
    best["id"] = hit["_id"]
    best["snippet"] = snippet(hit)
    return {"group_id": src["group_id"], "best": best, "matched_langs": sorted(set(matched)),
            "versions": versions}


def _lang_order(doc: dict) -> int:
    return LANGS.index(doc["lang"]) if doc.get("lang") in LANGS else len(LANGS)


def group_versions(client: Elasticsearch, alias: str, group_ids: list[str]) -> dict[str, list]:
    """For each group id, its versions (id, lang, title), in uk, en, ru order."""
    if not group_ids:
        return {}
    resp = client.search(index=alias, size=len(group_ids) * 6,
                         query={"terms": {"group_id": sorted(set(group_ids))}},
                         source=["lang", "title", "group_id"])
    out: dict[str, list] = {}
    for h in resp["hits"]["hits"]:
        out.setdefault(h["_source"]["group_id"], []).append(
            {"id": h["_id"], "lang": h["_source"].get("lang"), "title": h["_source"]["title"]})
    return {g: sorted(v, key=_lang_order) for g, v in out.items()}


PUBLIC_FIELDS = ["external_id", "lang", "lang_confidence", "lang_method", "title", "paragraphs",
                 "author", "source", "section", "url", "published", "imported_at", "group_id",
                 "group_method", "group_score", "translations", "alternates", "origin"]


def get_article(client: Elasticsearch, alias: str, doc_id: str) -> dict[str, Any] | None:
    """One article's public fields and id, or None if there is none."""
    try:
        resp = client.get(index=alias, id=doc_id, source_includes=PUBLIC_FIELDS)
    except NotFoundError:
        return None
    return {"id": resp["_id"], **resp["_source"]}


def get_group(client: Elasticsearch, alias: str, group_id: str) -> list[dict[str, Any]]:
    """Every version of one story (public fields), in uk, en, ru order; empty if unknown."""
    resp = client.search(index=alias, size=50, query={"term": {"group_id": group_id}},
                         source=PUBLIC_FIELDS)
    docs = [{"id": h["_id"], **h["_source"]} for h in resp["hits"]["hits"]]
    return sorted(docs, key=_lang_order)
