"""Search and retrieval over the article index, returning plain data for the web UI and API.

A query runs against every language's stemmed and surface-form fields, plus the
transliteration key (so ``Lukashenko`` meets ``Лукашенко``), and the hits are collapsed
to one per story (``group_id``). Highlights come back between private-use markers and are
split into (text, is_hit) segments: the UI escapes the text, never trusting HTML from ES.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Callable, Iterator

from elasticsearch import Elasticsearch, NotFoundError

from indexer.alignment.scoring import Translator
from indexer.search import facets, fusion, meaning, routes, story_versions, suggest
from indexer.store.document import HL_END, HL_START, clean
from indexer.store.schema import LANGS, UNDETERMINED
from indexer.text.features import bridge_key
from indexer.text.language import detect_language
from indexer.text.normalise import fold_for_index

if TYPE_CHECKING:
    from indexer.embedding.base import Embedder

log = logging.getLogger(__name__)
SORTS = ("relevance", "date", "oldest")
DISPLAY_FIELDS = ["lang", "lang_confidence", "title", "url", "source", "author", "published",
                  "group_id", "paragraphs", "external_id"]
SNIPPET_CHARS = 240
#: articles read for each story found by meaning alone in one language: its version first
EDITIONS_SHOWN = 5
Segment = dict[str, Any]


def text_fields(langs: tuple[str, ...] = (*LANGS, "any", "other")) -> list[str]:
    """The fields a query searches, with their boosts (``other``: articles in another
    language, ``pl`` or ``bg``, by their words as they are)."""
    fields = []
    for lang in langs:
        fields += [f"title_{lang}^3", f"body_{lang}"]
        if lang not in ("any", "other"):
            fields += [f"title_{lang}.exact^3", f"body_{lang}.exact"]
    return fields


@dataclass
class Filters:
    """Narrowing of a search: stories with a version in a language, source, author (every
    spelling of the name: :func:`facets.author_spellings` fills ``authors``), dates or
    undated only, stories missing a version."""

    lang: str | None = None
    source: str | None = None
    author: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    missing: str | None = None
    undated: bool = False
    authors: list[str] | None = None

    def clauses(self) -> list[dict[str, Any]]:
        """Elasticsearch filter clauses."""
        out: list[dict[str, Any]] = []
        if self.lang:  # the story has a version in lang, whichever version matched
            out.append({"term": {"group_langs": self.lang}})
        if self.source:
            out.append({"term": {"source": self.source}})
        if self.author:
            out.append({"terms": {"author": self.authors or [self.author]}})
        if self.dated():
            rng = {k: v for k, v in (("gte", self.date_from), ("lte", self.date_to)) if v}
            out.append({"range": {"published": rng}})
        if self.undated:
            out.append({"bool": {"must_not": {"exists": {"field": "published"}}}})
        if self.missing:
            out.append({"bool": {"must_not": {"term": {"group_langs": self.missing}}}})
        return out

    def dated(self) -> bool:
        """True when a date range narrows the search (and so leaves undated stories out)."""
        return bool(self.date_from or self.date_to)

    def left_out(self) -> "Filters":
        """The same filters, but for the undated stories the date range leaves out."""
        return replace(self, date_from=None, date_to=None, undated=True)


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


#: shortest word matched by near spellings: one letter off a short word is another word
FUZZY_MIN = 4
#: fewer lexical stories than this and the words are tried again with near spellings
FEW = 3


def needed_words(count: int) -> int:
    """How many of ``count`` content words a result must match: all of one, either of
    two, all but a third (rounded down) of three or more. Results with every word rank
    first (:func:`_words_query`).

    >>> [needed_words(n) for n in range(1, 8)]
    [1, 1, 2, 3, 4, 4, 5]
    """
    return 1 if count <= 2 else count - count // 3


def _word_clause(word: str, fuzzy: bool = False, name: bool = False) -> dict[str, Any]:
    """One word matching through its stems or surface form; a name-like word
    (``name``: :func:`routes.name_words`) also through its transliteration key or skeleton; with
    ``fuzzy``, through near spellings of its surface form too."""
    text = fold_for_index(clean(word))
    should: list[dict] = [{"multi_match": {"query": text, "fields": text_fields(),
                                           "_name": "text"}}]
    if name:
        should.append({"match": {"translit": {"query": bridge_key(word), "operator": "and",
                                              "boost": 0.5, "_name": "translit"}}})
        skeleton = routes.name_skeletons(word)
        if skeleton:
            should.append({"match": {"skeleton": {"query": skeleton[0], "boost": 0.2,
                                                  "_name": "translit"}}})
    if fuzzy and word.isalpha() and len(word) >= FUZZY_MIN:  # not numbers, not short words
        should.append({"multi_match": {"query": text, "fields": EXACT_FIELDS, "boost": 0.3,
                                       "fuzziness": "AUTO", "prefix_length": 1,
                                       "max_expansions": 20, "_name": "fuzzy"}})
    return {"bool": {"should": should, "minimum_should_match": 1}}


EXACT_FIELDS = [f"{part}_{lang}.exact" for lang in LANGS for part in ("title", "body")] + [
    "title_any", "body_any"]


def _words_query(words: list[str], fuzzy: bool = False) -> dict[str, Any]:
    """Enough content words must match (:func:`needed_words`), each by any route; function
    words only add score. Every content word matching lifts a result above those missing
    one: each word clause scores far below :data:`ALL_WORDS`."""
    content = [w for w in words if w.lower() not in STOPWORDS] or words
    names = routes.name_words(words)
    clauses = [_named(_word_clause(w, fuzzy, w in names), f"w{i}")
               for i, w in enumerate(content)]
    query: dict[str, Any] = {"bool": {"should": clauses,
                                      "minimum_should_match": needed_words(len(content))}}
    if len(content) > 1:
        # unnamed: the clauses above already say which words and routes matched, and each
        # named clause costs Elasticsearch a pass of its own over the hits
        query["bool"]["should"] = clauses + [{"constant_score": {
            "filter": {"bool": {"must": unnamed(clauses)}}, "boost": ALL_WORDS}}]
        query["bool"]["minimum_should_match"] = needed_words(len(content))
    return query


#: the score a result gets for matching every content word
ALL_WORDS = 100.0


def _named(clause: dict[str, Any], name: str) -> dict[str, Any]:
    clause["bool"]["_name"] = name
    return clause


def unnamed(query: Any, keep: Callable[[str], bool] = lambda name: False) -> Any:
    """A copy of ``query`` without the names of its clauses (but those ``keep`` keeps).

    >>> unnamed({"bool": {"_name": "w0", "should": [{"match": {"_name": "text"}}]}},
    ...         keep=lambda name: name == "text")
    {'bool': {'should': [{'match': {'_name': 'text'}}]}}
    """
    if isinstance(query, dict):
        return {k: unnamed(v, keep) for k, v in query.items()
                if not (k == "_name" and not keep(v))}
    if isinstance(query, list):
        return [unnamed(v, keep) for v in query]
    return query


def build_query(q: str, filters: Filters | None = None,
                expanded: dict[str, Any] | None = None, fuzzy: bool = False) -> dict[str, Any]:
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
    should: list[dict] = [_words_query(words, fuzzy)] if words else [{"simple_query_string": {
        "query": fold_for_index(clean(q)), "fields": text_fields(), "default_operator": "and",
        "_name": "text"}}]
    for lang, text in expanded.get("translations", {}).items():
        should.append({"simple_query_string": {
            "query": fold_for_index(clean(text)), "fields": text_fields((lang,)),
            "default_operator": "and", "boost": 0.7, "_name": "translation"}})
    return {"bool": {"should": should, "minimum_should_match": 1,
                     "filter": filters.clauses()}}


def search_body(q: str, *, filters: Filters | None = None, page: int = 1, size: int = 10,
                sort: str = "relevance", expanded: dict[str, Any] | None = None,
                fuzzy: bool = False, query: dict[str, Any] | None = None) -> dict[str, Any]:
    """The request for a page of hits, one per story: ids, group ids and the named clauses
    matched, nothing else. Counts and facets come from :func:`facets_body`, the display
    fields and highlights of the page's hits alone from :func:`page_body`, so that neither
    is computed for hits no one sees. With ``fuzzy``, near spellings and the archive's
    suggestions for the words too. ``query``: :func:`build_query`'s, when already built."""
    body: dict[str, Any] = {
        "query": query or build_query(q, filters, expanded, fuzzy),
        # the group id comes with the collapse (``fields``): no stored document is read
        "from": (page - 1) * size, "size": size, "_source": False,
        "collapse": {"field": "group_id"}, "track_total_hits": False,
    }
    if fuzzy:
        body["suggest"] = suggest.request(fold_for_index(clean(q)))
    if sort in ("date", "oldest"):
        order = "desc" if sort == "date" else "asc"
        body["sort"] = [{"published": {"order": order, "missing": "_last"}}, "_score"]
    return body


def facets_body(q: str, filters: Filters | None = None, expanded: dict[str, Any] | None = None,
                fuzzy: bool = False, query: dict[str, Any] | None = None) -> dict[str, Any]:
    """The request for a search's totals and facets (no hits: Elasticsearch's request
    cache keeps it, so paging and repeated searches reuse it until the index changes)."""
    return {"query": query or build_query(q, filters, expanded, fuzzy), "size": 0,
            "aggs": facets.aggregations(), "track_total_hits": True}


#: the fields a page highlights: the text of each language kind, whole words as stored
HIGHLIGHTED = tuple(f"{part}_{kind}" for kind in (*LANGS, "any", "other")
                    for part in ("title", "body"))


def page_body(ids: list[str], query: dict[str, Any],
              versions: list[tuple[str, str]] = (), near: list[str] = ()) -> dict[str, Any]:
    """The request for the display fields of a page's articles, highlighted by ``query``
    (and the ``near`` spellings its fuzzy route may have matched): those of ``ids``, and the
    articles of each ``(group id, language)`` of ``versions`` (a version before its
    editions)."""
    which = [{"ids": {"values": ids}}] + [
        {"bool": {"filter": [{"term": {"group_id": g}}, {"term": {"lang": lang}}]}}
        for g, lang in versions]
    return {"query": {"bool": {"should": which}}, "_source": DISPLAY_FIELDS,
            "size": len(ids) + EDITIONS_SHOWN * len(versions),
            "sort": [{"duplicate_of": {"missing": "_first"}}, "_doc"],
            "highlight": {"fields": {f: {} for f in HIGHLIGHTED},
                          "pre_tags": [HL_START], "post_tags": [HL_END],
                          "fragment_size": 180, "number_of_fragments": 2,
                          "encoder": "default",
                          "highlight_query": highlight_query(query, near)}}


def highlight_query(query: dict[str, Any], near: list[str] = ()) -> dict[str, Any]:
    """What of the search ``query`` the highlighter needs: its text clauses, each on the
    highlighted fields (a word matched in its exact form is marked too: a ``.exact`` field
    is not highlighted itself), and the ``near`` spellings (:func:`suggest.near_spellings`)
    for its fuzzy clauses. Not the filters (a page's articles are asked by id), the
    all-words copy of the clauses, nor the key fields no highlighter can mark
    (:func:`routes.mark` marks those): each clause costs the highlighter a pass over every
    field of every article, a quarter of the page's request. A fuzzy clause cost it 120 ms
    a page on 150,000 articles: it analyses each text again to find the near spellings.

    >>> highlight_query({"bool": {"should": [{"multi_match": {"query": "x", "_name": "t",
    ...     "fields": ["title_en^3", "title_en.exact^3"]}}], "filter": [{"term": {"lang": "en"}}]}})
    {'bool': {'should': [{'multi_match': {'query': 'x', 'fields': ['title_en']}}]}}
    """
    clauses = [c for c in _text_clauses(query) if "fuzziness" not in c.get("multi_match", {})]
    if near:
        clauses.append({"multi_match": {"query": " ".join(near), "fields": list(HIGHLIGHTED)}})
    return {"bool": {"should": clauses}} if clauses else {"match_none": {}}


def _text_clauses(query: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for kind, body in query.items():
        if kind == "bool":
            for key in ("must", "should"):
                for clause in body.get(key, []):
                    yield from _text_clauses(clause)
        elif kind in ("multi_match", "simple_query_string"):
            fields = [f for f in dict.fromkeys(f.split("^")[0].removesuffix(".exact")
                                               for f in body["fields"]) if f in HIGHLIGHTED]
            if fields:  # none would mean every field of the index
                yield {kind: {**{k: v for k, v in body.items() if k not in ("_name", "boost")},
                              "fields": fields}}


def left_out_body(q: str, filters: Filters, expanded: dict[str, Any] | None) -> dict[str, Any]:
    """The request counting the undated stories a date range leaves out of a search."""
    return {"query": build_query(q, filters.left_out(), expanded), "size": 0,
            "aggs": {"stories": {"cardinality": {"field": "group_id"}}},
            "track_total_hits": False}


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
    if filters.author and filters.authors is None:
        filters = replace(filters,
                          authors=facets.author_spellings(client, alias, filters.author))
    expanded = expand_query(q, translator)
    vector = (meaning.query_vector(client, alias, embedder, q)
              if embedder is not None and by_meaning(q, sort) else None)
    args = (client, alias, q, vector, filters, page, size, sort, expanded)
    found, suggestion = _found(*args), None
    words = query_words(q)
    if words and found.stories_found() < FEW:
        retry = _found(*args, fuzzy=True)
        suggestion = suggest.did_you_mean(fold_for_index(clean(q)), retry.lexical.get("suggest"),
                                          _absent(words, found))
        if retry.stories_found() > found.stories_found():
            found = retry
    members = _page_data(client, alias, found, found.query)
    names = routes.Names.of(words or [])
    stories = [_story(hit, members.get(hit["_source"]["group_id"], {}), langs, via, names)
               for hit, langs, via in found.entries]
    return {
        "query": q, "lang": filters.lang, "source": filters.source, "author": filters.author,
        "from": filters.date_from, "to": filters.date_to, "missing": filters.missing,
        "undated": filters.undated, "page": page, "size": size, "sort": sort,
        "total_stories": found.stories_found() + found.stories,
        "total_articles": found.counts["hits"]["total"]["value"] + found.articles,
        "left_out": _left_out(client, alias, q, filters, expanded),
        "facets": facets.read(found.counts["aggregations"]),
        "expanded": expanded,
        "by_meaning": found.by_meaning,
        "did_you_mean": suggestion,
        "stories": stories,
    }


def _found(client: Elasticsearch, alias: str, q: str, vector: list[float] | None,
           filters: Filters, page: int, size: int, sort: str, expanded: dict[str, Any],
           fuzzy: bool = False) -> _Found:
    """One page of hits and the search's counts: fused with the search by meaning when
    there is a vector. The query is built once, for every request that runs it."""
    query = build_query(q, filters, expanded, fuzzy)
    counts = facets_body(q, query=query)
    found = (_fused(client, alias, q, vector, filters, page, size, query, counts, fuzzy)
             if vector is not None else None)
    if found is None:
        hits = search_body(q, page=page, size=size, sort=sort, fuzzy=fuzzy, query=query)
        lexical, counted = _answers(client, alias, [repeatable(hits), counts])
        found = _Found(with_group_ids(lexical), counted, fuzzy=fuzzy)
        found.entries = [(h, None, None) for h in lexical["hits"]["hits"]]
    found.query = query
    return found


def with_group_ids(resp: dict[str, Any]) -> dict[str, Any]:
    """A collapsed answer whose hits hold their group id in ``_source``, as the rest reads it.

    >>> with_group_ids({"hits": {"hits": [{"fields": {"group_id": ["g-1"]}}]}})
    {'hits': {'hits': [{'fields': {'group_id': ['g-1']}, '_source': {'group_id': 'g-1'}}]}}
    """
    for hit in resp["hits"]["hits"]:
        hit.setdefault("_source", {})["group_id"] = hit["fields"]["group_id"][0]
    return resp


def _answers(client: Elasticsearch, alias: str, bodies: list[dict]) -> list[dict]:
    """The answers to ``bodies`` in one round trip; a failed one is asked again alone, to
    raise the client's own exception."""
    return [client.search(index=alias, **body) if "error" in answer else answer
            for body, answer in zip(bodies, _msearch(client, alias, bodies))]


def _absent(words: list[str], found: _Found) -> set[str]:
    """The content words (lower case, folded) no hit of ``found`` matched."""
    content = [w for w in words if w.lower() not in STOPWORDS] or words
    matched = {name for hit, _, _ in found.entries for name in hit.get("matched_queries", ())}
    return {fold_for_index(clean(w)).lower() for i, w in enumerate(content)
            if f"w{i}" not in matched}


def _left_out(client: Elasticsearch, alias: str, q: str, filters: Filters,
              expanded: dict[str, Any]) -> int | None:
    """How many undated stories would match but for the date range; None without one."""
    if not filters.dated():
        return None
    resp = client.search(index=alias, **left_out_body(q, filters, expanded))
    return resp["aggregations"]["stories"]["value"]


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
    counts: dict[str, Any]
    entries: list[tuple[dict, list[str] | None, list[str] | None]] = field(default_factory=list)
    stories: int = 0
    articles: int = 0
    by_meaning: bool = False
    fuzzy: bool = False
    #: the lexical query the answers come from (the page's highlights and versions use it)
    query: dict[str, Any] = field(default_factory=dict)
    #: the stories the meaning leg found past the lexical window, by group id
    beyond: dict[str, Any] = field(default_factory=dict)

    def stories_found(self) -> int:
        """The stories the words found."""
        return self.counts["aggregations"]["stories"]["value"]


def _fused(client: Elasticsearch, alias: str, q: str, vector: list[float], filters: Filters,
           page: int, size: int, query: dict[str, Any], counts: dict[str, Any],
           fuzzy: bool = False) -> _Found | None:
    """The lexical and meaning legs in one ``msearch``, their story rankings fused (RRF).

    The lexical leg ranks the first ``page * size + meaning.WINDOW`` stories: one past
    ``page * size`` cannot reach this page by its words alone, and the margin gives the
    stories found by meaning too their lexical rank, so that consecutive pages agree (without
    it 6 of 157 queries showed a story on two pages); a rank past the window counts as
    absent, as in RRF's rank window. None if a leg failed: the caller then searches by words.
    """
    body = search_body(q, size=page * size + meaning.WINDOW, fuzzy=fuzzy, query=query)
    # lang is a story's version, not the matched article's: every language's leg runs
    legs = meaning.requests(vector, filters.clauses(),
                            per_language=meaning.per_language(client, alias))
    answers = _msearch(client, alias, [repeatable(body), counts, *map(repeatable, legs)])
    failed = [a["error"] for a in answers if "error" in a]
    if failed:
        log.warning("searching by words only: the fused search failed (%s)", failed[0])
        return None
    found = _Found(with_group_ids(answers[0]), answers[1], by_meaning=True, fuzzy=fuzzy)
    lexical = {h["_source"]["group_id"]: h for h in answers[0]["hits"]["hits"]}
    near = {n.group_id: n for n in meaning.nearest(answers[2:])}
    for group_id in _fused_order(q, lexical, near)[(page - 1) * size:page * size]:
        found.entries.append(_entry(lexical.get(group_id), near.get(group_id)))
    # whether these have the words too is asked with the page's versions (_page_data)
    found.beyond = {g: n for g, n in near.items() if g not in lexical}
    _count_meaning_only(found)
    return found


def _count_meaning_only(found: _Found) -> None:
    """The stories and articles found by meaning alone: past the lexical window and without
    the words (as far as known: :func:`_with_words` tells)."""
    only = [n for n in found.beyond.values() if not n.lexical]
    found.stories, found.articles = len(only), sum(n.articles for n in only)


def _with_words(found: _Found, answer: dict[str, Any]) -> None:
    """The stories the meaning leg brought from past the lexical window that have the words
    as well (``answer`` to :func:`_words_body`): they are not "meaning only", and their
    routes are shown; the counts follow."""
    for hit in answer["hits"]["hits"]:
        near = found.beyond.get(hit["fields"]["group_id"][0])
        if near is not None:
            near.lexical, near.routes = True, set(_routes(hit))
    for i, (hit, langs, via) in enumerate(found.entries):
        near = found.beyond.get(hit["_source"]["group_id"])
        if near is not None:
            found.entries[i] = (hit, langs, _meaning_via(near))
    _count_meaning_only(found)


def _words_body(group_ids: list[str], query: dict[str, Any]) -> dict[str, Any]:
    """The request for which of ``group_ids`` have an article that matches ``query``, and
    through which routes (one article each). Asked once, for the stories the meaning leg
    brought from past the lexical window; asked in each language's kNN request, it cost
    a quarter of the meaning leg (150,000 articles, bench/search_load.py)."""
    return {"query": {"bool": {"filter": [{"terms": {"group_id": sorted(group_ids)}}],
                               "must": [unnamed(query, _is_route)]}},
            "size": len(group_ids), "collapse": {"field": "group_id"},
            "_source": False, "track_total_hits": False}


def _fused_order(q: str, lexical: dict[str, dict], near: dict[str, Any]) -> list[str]:
    """The stories with every word, fused with the strong finds by meaning; then the stories
    missing a word; then the weak finds (:attr:`meaning.Near.strong`). Fused too, the partial
    matches of a query in a language a story was never published in outranked what its
    meaning finds (MRR 0.73 to 0.69 on bench/search_eval.py's other-language queries); ahead
    of them, weak finds buried a story that has the query's rare name but not its first name
    (other-language recall@10 0.83 to 0.86)."""
    words = query_words(q) or []
    if len([w for w in words if w.lower() not in STOPWORDS]) < 2:
        return fusion.fuse(list(lexical), list(near))
    full = [g for g, hit in lexical.items() if (hit.get("_score") or 0) >= ALL_WORDS]
    every_word = set(full)
    # a story with every word keeps its rank by meaning, however weak
    ranked = [g for g, n in near.items() if n.strong or g in every_word]
    fused = fusion.fuse(full, ranked)
    seen = set(fused)
    partial = [g for g in lexical if g not in seen]
    seen.update(partial)
    return fused + partial + [g for g in near if g not in seen]


def _entry(hit: dict | None, near: meaning.Near | None) -> tuple[dict, list | None, list]:
    """A fused story: its lexical hit if it has one, else its nearest article."""
    if hit is not None:
        return hit, None, _routes(hit) + (["meaning"] if near else [])
    assert near is not None
    return near.hit, sorted(near.langs), _meaning_via(near)


def _meaning_via(near: meaning.Near) -> list[str]:
    """How a story found by meaning matched: the routes of its words, if it has them."""
    return [r for r in ROUTES if r in near.routes] + ["meaning"]


#: the options of one search that ``msearch`` takes in its header line, not in the body
HEADER_OPTIONS = ("request_cache",)


def repeatable(body: dict[str, Any]) -> dict[str, Any]:
    """``body`` with its answer kept in Elasticsearch's request cache, hits and all.

    The cache keeps only requests without hits unless asked; asked, it keeps the query
    phase's answer (ids, scores, collapse keys) until the index next refreshes, so that
    paging back, reloading and a popular search skip the scoring. On 150,000 articles a
    repeated page cost Elasticsearch 2.5 ms less of its 13 (bench/search_load.py).
    """
    return {**body, "request_cache": True}


def _msearch(client: Elasticsearch, alias: str, bodies: list[dict]) -> list[dict]:
    """The answers to ``bodies``, in one round trip; a failed one holds its ``error``."""
    searches = []
    for body in bodies:
        header = {k: body[k] for k in HEADER_OPTIONS if k in body}
        searches += [header, {k: v for k, v in body.items() if k not in HEADER_OPTIONS}]
    return client.msearch(index=alias, searches=searches)["responses"]


def _page_data(client: Elasticsearch, alias: str, found: _Found,
               query: dict[str, Any]) -> dict[str, dict]:
    """The versions of the page's stories (in uk, en, ru order; editions, re-publications
    of a version, apart) and the languages that matched ``query``; the display fields and
    highlights of the page's articles, in the same trip."""
    hits = {h["_id"]: h for h, _, _ in found.entries if "_id" in h}
    # a nearest article comes without its id (reading ids cost half of the meaning leg):
    # its story's version in its language stands for it
    nearest = {h["_source"]["group_id"]: h for h, _, _ in found.entries if "_id" not in h}
    group_ids = [h["_source"]["group_id"] for h, _, _ in found.entries]
    versions = [(g, h["_source"].get("lang") or UNDETERMINED) for g, h in nearest.items()]
    near = suggest.near_spellings(found.lexical.get("suggest")) if found.fuzzy else []
    bodies = [story_versions.members_body(group_ids),
              story_versions.matched_body(group_ids, query),
              page_body(list(hits), query, versions, near)] if group_ids else []
    if found.beyond:
        bodies.append(repeatable(_words_body(list(found.beyond), query)))
    answers = _answers(client, alias, bodies) if bodies else []
    if found.beyond:
        _with_words(found, answers.pop())
    if not group_ids:
        return {}
    members, matched, shown = answers
    _show(shown, hits, nearest)
    found.entries = [e for e in found.entries if "_id" in e[0]]  # gone since the search
    return story_versions.by_story(story_versions.members(client, alias, members), matched)


def _show(shown: dict[str, Any], hits: dict[str, dict], nearest: dict[str, dict]) -> None:
    """The display fields and highlights of :func:`page_body`'s answer, into the page's
    hits (by id) and the nearest articles (by story: the first, its version, stands)."""
    for doc in shown["hits"]["hits"]:
        hit = hits.get(doc["_id"]) or nearest.pop(doc["_source"]["group_id"], None)
        if hit is not None:
            hit.update(_id=doc["_id"], _source=doc["_source"], highlight=doc.get("highlight", {}))


#: the named clauses of the lexical query, in the order results list them
ROUTES = ("text", "translit", "fuzzy", "translation")


def _is_route(name: str) -> bool:
    return name in ROUTES


def _routes(hit: dict) -> list[str]:
    """The named clauses a lexical hit matched."""
    return [name for name in ROUTES if name in hit.get("matched_queries", ())]


def _story(hit: dict, members: dict[str, list], langs: list[str] | None = None,
           via: list[str] | None = None, names: routes.Names | None = None) -> dict[str, Any]:
    """A result: the story's best article, the languages and routes it matched by, its
    versions and editions (languages and routes read from a lexical hit unless given).

    The query's names are marked where they matched by transliteration (Elasticsearch
    cannot highlight a key field), and ``other_alphabet`` says whether such a match is
    spelt in another alphabet than the query's.
    """
    src = hit["_source"]
    names = names or routes.Names()
    if langs is None:
        langs = members.get("matched_langs", [])
    via = _routes(hit) if via is None else via
    best = {k: src.get(k) for k in DISPLAY_FIELDS if k != "paragraphs"}
    best["id"] = hit["_id"]
    best["snippet"] = routes.mark(snippet(hit), names)
    if "translit" in via and not any(seg["hit"] for seg in best["snippet"]):
        best["snippet"] = routes.passage(src.get("paragraphs") or [], names) or best["snippet"]
    title = routes.mark([{"text": src.get("title") or "", "hit": False}], names)
    return {"group_id": src["group_id"], "best": best, "matched_langs": sorted(set(langs)),
            "matched_via": via,
            "other_alphabet": routes.other_alphabet(best["snippet"] + title, names),
            "versions": members.get("versions", []), "editions": members.get("editions", [])}


_NOT_EDITION = {"bool": {"must_not": {"exists": {"field": "duplicate_of"}}}}


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
    return sorted(docs, key=story_versions.lang_order)


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
