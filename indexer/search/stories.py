"""Search and retrieval over the article index, returning plain data for the web UI and API.

A query runs against every language's stemmed and surface-form fields, plus the
transliteration key (so ``Lukashenko`` meets ``Лукашенко``), and the hits are collapsed
to one per story (``group_id``). Highlights come back between private-use markers and are
split into (text, is_hit) segments: the UI escapes the text, never trusting HTML from ES.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from elasticsearch import Elasticsearch, NotFoundError

from indexer.alignment.scoring import Translator
from indexer.search import fusion, meaning
from indexer.store.document import HL_END, HL_START, clean
from indexer.store.schema import LANGS
from indexer.text.features import bridge_key, skeleton_words
from indexer.text.language import detect_language
from indexer.text.normalise import fold_for_index

if TYPE_CHECKING:
    from indexer.embedding.base import Embedder

log = logging.getLogger(__name__)
SORTS = ("relevance", "date")
DISPLAY_FIELDS = ["lang", "lang_confidence", "title", "url", "source", "author", "published",
                  "group_id", "paragraphs", "external_id"]
SNIPPET_CHARS = 240
Segment = dict[str, Any]


def text_fields(langs: tuple[str, ...] = (*LANGS, "any")) -> list[str]:
    """The fields a query searches, with their boosts."""
    fields = []
    for lang in langs:
        fields += [f"title_{lang}^3", f"body_{lang}"]
        if lang != "any":
            fields += [f"title_{lang}.exact^3", f"body_{lang}.exact"]
    return fields


@dataclass
class Filters:
    """Narrowing of a search: language shown, source, author, dates, a missing version."""

    lang: str | None = None
    source: str | None = None
    author: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    missing: str | None = None

    def clauses(self) -> list[dict[str, Any]]:
        """Elasticsearch filter clauses."""
        out: list[dict[str, Any]] = []
        for field_, value in (("lang", self.lang), ("source", self.source),
                              ("author", self.author)):
            if value:
                out.append({"term": {field_: value}})
        if self.date_from or self.date_to:
            rng = {k: v for k, v in (("gte", self.date_from), ("lte", self.date_to)) if v}
            out.append({"range": {"published": rng}})
        if self.missing:
            out.append({"bool": {"must_not": {"term": {"group_langs": self.missing}}}})
        return out


def expand_query(q: str, translator: Translator | None) -> dict[str, Any]:
    """The query's transliteration key and, with a model installed, its translations.

    The query's language is guessed from its letters; translations go to the other two.
    """
    expanded: dict[str, Any] = {"translit": bridge_key(q), "translations": {}}
    if translator is None or not q.strip():
        return expanded
    source = detect_language(q).lang
    sources = [source] if source in LANGS else list(LANGS)
    for target in LANGS:
        for src in sources:
            if src == target or target in expanded["translations"]:
                continue
            text = translator(q, src, target)
            if text and text.strip() and text.strip().lower() != q.strip().lower():
                expanded["translations"][target] = text.strip()
    return expanded


#: function words a query may contain without the text having them
STOPWORDS = frozenset("""
в у з із зі на до від по про для за під над при та й і а але що як це
во с со к от из о об про для за под над при без и а но что как это
the a an of in on at to for from by with and or but is are was were
""".split())
_OPERATORS = re.compile(r'["+|*~()\\]|(^|\s)-\S')
_TOKEN = re.compile(r"[^\W_]+(?:['’ʼ-][^\W_]+)*", re.UNICODE)
MAX_WORDS = 12


def query_words(q: str) -> list[str] | None:
    """The words of a plain query, or None when it uses operators (quotes, +, -, |, *, ~).

    >>> query_words("удар по Дніпру"), query_words('"exact phrase"')
    (['удар', 'по', 'Дніпру'], None)
    """
    if _OPERATORS.search(q):
        return None
    words = _TOKEN.findall(q)
    return words if 0 < len(words) <= MAX_WORDS else None


def _word_clause(word: str) -> dict[str, Any]:
    """One word matching through its stems or surface form, or through transliteration."""
    should: list[dict] = [{"simple_query_string": {
        "query": fold_for_index(clean(word)), "fields": text_fields(), "_name": "text"}}]
    key = bridge_key(word)
    if key:
        should.append({"match": {"translit": {"query": key, "operator": "and", "boost": 0.5,
                                              "_name": "translit"}}})
    skeleton = skeleton_words(word)
    if word[:1].isupper() and skeleton:  # names only: skeletons of common words collide
        should.append({"match": {"skeleton": {"query": skeleton[0], "boost": 0.2,
                                              "_name": "translit"}}})
    return {"bool": {"should": should, "minimum_should_match": 1}}


def _words_query(q: str, words: list[str]) -> dict[str, Any]:
    """Every content word must match (each by any route); function words only add score."""
    content = [w for w in words if w.lower() not in STOPWORDS] or words
    return {"bool": {
        "must": [_word_clause(w) for w in content],
        "should": [{"simple_query_string": {  # the whole query in one field ranks first
            "query": fold_for_index(clean(q)), "fields": text_fields(),
            "default_operator": "and", "boost": 2}}]}}


def build_query(q: str, filters: Filters | None = None,
                expanded: dict[str, Any] | None = None) -> dict[str, Any]:
    """The bool query for a user's text; ``simple_query_string`` never fails on syntax.

    A plain query matches word by word: each content word through its stems, its surface
    form or the transliteration key, so "Дніпром річкові" needs no single route for both.
    A query with operators goes to ``simple_query_string`` whole. Named clauses (``text``,
    ``translit``, ``translation``) tell which way a hit matched.
    """
    filters = filters or Filters()
    if not q.strip():
        return {"bool": {"must": [{"match_all": {}}], "filter": filters.clauses()}}
    expanded = expanded or {"translit": bridge_key(q), "translations": {}}
    words = query_words(q)
    should: list[dict] = [_words_query(q, words)] if words else [{"simple_query_string": {
        "query": fold_for_index(clean(q)), "fields": text_fields(), "default_operator": "and",
        "_name": "text"}}]
    for lang, text in expanded.get("translations", {}).items():
        should.append({"simple_query_string": {
            "query": fold_for_index(clean(text)), "fields": text_fields((lang,)),
            "default_operator": "and", "boost": 0.7, "_name": "translation"}})
    return {"bool": {"should": should, "minimum_should_match": 1,
                     "filter": filters.clauses()}}


def search_body(q: str, *, filters: Filters | None = None, page: int = 1, size: int = 10,
                sort: str = "relevance",
                expanded: dict[str, Any] | None = None) -> dict[str, Any]:
    """The whole search request: query, collapse per story, highlight, facets."""
    hl_fields = {f"{part}_{lang_}": {} for lang_ in (*LANGS, "any") for part in ("title", "body")}
    body: dict[str, Any] = {
        "query": build_query(q, filters, expanded),
        "from": (page - 1) * size, "size": size,
        "_source": DISPLAY_FIELDS,
        "collapse": {"field": "group_id",
                     "inner_hits": {"name": "matched", "size": len(LANGS), "_source": ["lang"]}},
        "highlight": {"fields": hl_fields, "pre_tags": [HL_START], "post_tags": [HL_END],
                      "fragment_size": 180, "number_of_fragments": 2, "encoder": "default"},
        "aggs": {"stories": {"cardinality": {"field": "group_id"}},
                 "lang": {"terms": {"field": "lang", "size": 10}},
                 "source": {"terms": {"field": "source", "size": 20}},
                 "author": {"terms": {"field": "author", "size": 20}},
                 "year": {"date_histogram": {"field": "published", "calendar_interval": "year",
                                             "format": "yyyy", "min_doc_count": 1}}},
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
                   filters: Filters | None = None, page: int = 1, size: int = 10,
                   sort: str = "relevance", translator: Translator | None = None,
                   embedder: Embedder | None = None) -> dict[str, Any]:
    """One page of stories matching ``q``, each with its versions, plus facets.

    :param translator: with a model installed, the query also runs translated into the
        other languages, and results say when they matched only that way.
    :param embedder: when the index holds vectors of its model, a plain query ranked by
        relevance also runs by meaning, fused with the lexical ranking (:func:`by_meaning`).
    """
    filters = filters or Filters(lang=lang)
    expanded = expand_query(q, translator)
    vector = (meaning.query_vector(client, alias, embedder, q)
              if embedder is not None and by_meaning(q, sort) else None)
    found = (_fused(client, alias, q, vector, filters, page, size, expanded)
             if vector is not None else None)
    if found is None:
        found = _Found(client.search(index=alias, **search_body(
            q, filters=filters, page=page, size=size, sort=sort, expanded=expanded)))
        found.entries = [(h, None, None) for h in found.lexical["hits"]["hits"]]
    members = _page_data(client, alias, found)
    stories = [_story(hit, members.get(hit["_source"]["group_id"], {}), langs, via)
               for hit, langs, via in found.entries]
    aggs = found.lexical["aggregations"]
    return {
        "query": q, "lang": filters.lang, "source": filters.source, "author": filters.author,
        "from": filters.date_from, "to": filters.date_to, "missing": filters.missing,
        "page": page, "size": size, "sort": sort,
        "total_stories": aggs["stories"]["value"] + found.stories,
        "total_articles": found.lexical["hits"]["total"]["value"] + found.articles,
        "facets": _facets(aggs),
        "expanded": expanded,
        "by_meaning": found.by_meaning,
        "stories": stories,
    }


def by_meaning(q: str, sort: str) -> bool:
    """True when a search may run by meaning too: it is ranked by relevance (newest first
    lists the stories with the words) and it has words but no operators, which stay exact.

    Past :data:`MAX_WORDS` words a query is pasted text (a headline, a sentence): its quotes
    and brackets are punctuation, not operators (9 of the 82 English queries of the dev
    corpus' tuning half have some).

    >>> by_meaning("удар по Дніпру", "relevance"), by_meaning('"удар"', "relevance")
    (True, False)
    >>> by_meaning("удар", "date"), by_meaning("  ", "relevance")
    (False, False)
    >>> by_meaning('Do not let the "new normal" set in, says the mayor of the city of Lviv',
    ...            "relevance")
    True
    """
    words = _TOKEN.findall(q)
    return (sort == "relevance" and bool(words)
            and (len(words) > MAX_WORDS or not _OPERATORS.search(q)))


@dataclass
class _Found:
    """The lexical answer (facets, totals), the page's hits, each with the languages and
    routes it matched by (None: read from the hit), and what the meaning leg added."""

    lexical: dict[str, Any]
    entries: list[tuple[dict, list[str] | None, list[str] | None]] = field(default_factory=list)
    stories: int = 0
    articles: int = 0
    by_meaning: bool = False


def _fused(client: Elasticsearch, alias: str, q: str, vector: list[float], filters: Filters,
           page: int, size: int, expanded: dict[str, Any]) -> _Found | None:
    """The lexical and meaning legs in one ``msearch``, their story rankings fused (RRF).

    The lexical leg ranks the first ``page * size + meaning.WINDOW`` stories: one past
    ``page * size`` cannot reach this page by its words alone, and the margin gives the
    stories found by meaning too their lexical rank, so that consecutive pages agree (without
    it 6 of 157 queries showed a story on two pages); a rank past the window counts as
    absent, as in RRF's rank window. None if a leg failed: the caller then searches by words.
    """
    body = search_body(q, filters=filters, size=page * size + meaning.WINDOW, expanded=expanded)
    legs = meaning.requests(vector, filters.clauses(), body["query"], lang=filters.lang)
    answers = _msearch(client, alias, [body, *legs])
    failed = [a["error"] for a in answers if "error" in a]
    if failed:
        log.warning("searching by words only: the fused search failed (%s)", failed[0])
        return None
    found = _Found(answers[0], by_meaning=True)
    lexical = {h["_source"]["group_id"]: h for h in answers[0]["hits"]["hits"]}
    near = {n.group_id: n for n in meaning.nearest(answers[1:])}
    for group_id in fusion.fuse(list(lexical), list(near))[(page - 1) * size:page * size]:
        found.entries.append(_entry(lexical.get(group_id), near.get(group_id)))
    only = [n for g, n in near.items() if g not in lexical and not n.lexical]
    found.stories, found.articles = len(only), sum(n.articles for n in only)
    return found


def _entry(hit: dict | None, near: meaning.Near | None) -> tuple[dict, list | None, list]:
    """A fused story: its lexical hit if it has one, else its nearest article."""
    if hit is not None:
        return hit, None, _routes(hit) + (["meaning"] if near else [])
    assert near is not None
    return near.hit, sorted(near.langs), [r for r in ROUTES if r in near.routes] + ["meaning"]


def _msearch(client: Elasticsearch, alias: str, bodies: list[dict]) -> list[dict]:
    """The answers to ``bodies``, in one round trip; a failed one holds its ``error``."""
    resp = client.msearch(index=alias, searches=[part for b in bodies for part in ({}, b)])
    return resp["responses"]


def _page_data(client: Elasticsearch, alias: str, found: _Found) -> dict[str, dict]:
    """The versions of the page's stories (:func:`group_versions`); the display fields of
    the articles found by meaning only, fetched once they are on the page, in the same trip."""
    hits = [hit for hit, _, _ in found.entries]
    group_ids = [h["_source"]["group_id"] for h in hits]
    bare = {h["_id"]: h for h in hits if "title" not in h["_source"]}
    if not bare or not group_ids:
        return group_versions(client, alias, group_ids)
    bodies = [_versions_body(group_ids), {"query": {"ids": {"values": list(bare)}},
                                          "size": len(bare), "_source": DISPLAY_FIELDS}]
    # a failed part is asked again alone: it then raises the client's own exception
    answers = [client.search(index=alias, **body) if "error" in answer else answer
               for body, answer in zip(bodies, _msearch(client, alias, bodies))]
    for doc in answers[1]["hits"]["hits"]:
        bare[doc["_id"]]["_source"] = doc["_source"]
    return _versions(answers[0])


def _facets(aggs: dict) -> dict[str, dict[str, int]]:
    facets = {name: {b["key"]: b["doc_count"] for b in aggs[name]["buckets"]}
              for name in ("lang", "source", "author")}
    facets["year"] = {b["key_as_string"]: b["doc_count"]
                      for b in sorted(aggs["year"]["buckets"], key=lambda b: -b["key"])}
    return facets


#: the named clauses of the lexical query, in the order results list them
ROUTES = ("text", "translit", "translation")


def _routes(hit: dict) -> list[str]:
    """The named clauses a lexical hit matched."""
    return [name for name in ROUTES if name in hit.get("matched_queries", ())]


def _story(hit: dict, members: dict[str, list], langs: list[str] | None = None,
           via: list[str] | None = None) -> dict[str, Any]:
    """A result: the story's best article, the languages and routes it matched by, its
    versions and editions (languages and routes read from a lexical hit unless given)."""
    src = hit["_source"]
    if langs is None:
        langs = [h["_source"]["lang"] for h in hit["inner_hits"]["matched"]["hits"]["hits"]]
    best = {k: src.get(k) for k in DISPLAY_FIELDS if k != "paragraphs"}
    best["id"] = hit["_id"]
    best["snippet"] = snippet(hit)
    return {"group_id": src["group_id"], "best": best, "matched_langs": sorted(set(langs)),
            "matched_via": _routes(hit) if via is None else via,
            "versions": members.get("versions", []), "editions": members.get("editions", [])}


def _lang_order(doc: dict) -> int:
    return LANGS.index(doc["lang"]) if doc.get("lang") in LANGS else len(LANGS)


_NOT_EDITION = {"bool": {"must_not": {"exists": {"field": "duplicate_of"}}}}


def group_versions(client: Elasticsearch, alias: str,
                   group_ids: list[str]) -> dict[str, dict[str, list]]:
    """For each group id, its ``versions`` and ``editions`` (id, lang, title).

    Versions come in uk, en, ru order; editions (re-publications of a version) are listed
    apart, since they take no language slot of their own.
    """
    if not group_ids:
        return {}
    return _versions(client.search(index=alias, **_versions_body(group_ids)))


def _versions_body(group_ids: list[str]) -> dict[str, Any]:
    """The request for every member of the groups ``group_ids``."""
    return {"size": len(group_ids) * 8, "query": {"terms": {"group_id": sorted(set(group_ids))}},
            "_source": ["lang", "title", "group_id", "duplicate_of"]}


def _versions(resp: dict) -> dict[str, dict[str, list]]:
    """The answer to :func:`_versions_body`, per group: versions (in language order) and
    editions."""
    out: dict[str, dict[str, list]] = {}
    for h in resp["hits"]["hits"]:
        src = h["_source"]
        kind = "editions" if src.get("duplicate_of") else "versions"
        entry = out.setdefault(src["group_id"], {"versions": [], "editions": []})
        entry[kind].append({"id": h["_id"], "lang": src.get("lang"), "title": src["title"]})
    for entry in out.values():
        entry["versions"].sort(key=_lang_order)
    return out


PUBLIC_FIELDS = ["external_id", "lang", "lang_confidence", "lang_method", "title", "paragraphs",
                 "author", "source", "section", "url", "published", "captured", "imported_at",
                 "group_id", "group_method", "group_score", "translations", "alternates", "origin",
                 "duplicate_of"]


def get_article(client: Elasticsearch, alias: str, doc_id: str) -> dict[str, Any] | None:
    """One article's public fields and id, or None if there is none."""
    try:
        resp = client.get(index=alias, id=doc_id, source_includes=PUBLIC_FIELDS)
    except NotFoundError:
        return None
    return {"id": resp["_id"], **resp["_source"]}


def get_group(client: Elasticsearch, alias: str, group_id: str,
              editions: bool = False) -> list[dict[str, Any]]:
    """Every version of one story (public fields), in uk, en, ru order; empty if unknown.

    :param editions: return the story's editions (re-publications of a version) instead.
    """
    kind = {"exists": {"field": "duplicate_of"}} if editions else _NOT_EDITION
    resp = client.search(index=alias, size=50, source=PUBLIC_FIELDS, query={"bool": {
        "filter": [{"term": {"group_id": group_id}}, kind]}})
    docs = [{"id": h["_id"], **h["_source"]} for h in resp["hits"]["hits"]]
    return sorted(docs, key=_lang_order)


def current_group_id(client: Elasticsearch, alias: str, old_group_id: str) -> str | None:
    """Where a story whose id changed now lives: group ids are made from a member's id.

    >>> current_group_id(None, "a", "not-a-group") is None
    True
    """
    if not old_group_id.startswith("g-"):
        return None
    doc = get_article(client, alias, old_group_id[2:].split("-")[0])
    if doc and doc.get("group_id") and doc["group_id"] != old_group_id:
        return doc["group_id"]
    return None
