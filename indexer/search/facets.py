"""The facets of a search: what its results hold, in counts a filter would give.

* ``lang``: stories with a version in each language (the ``lang`` filter's meaning);
* ``author``: one entry per person, whatever the alphabet: the spellings of a name share
  a transliteration key (Олексій Коваленко, Алексей Коваленко, Oleksii Kovalenko), and the
  entry shows the most frequent one; filtering by it takes every spelling
  (:func:`author_spellings`);
* ``year``: articles per year, plus :data:`UNDATED` for those without a date, which no
  date filter keeps.
"""
from __future__ import annotations

from typing import Any

from elasticsearch import Elasticsearch

from indexer.text.features import bridge_key

UNDATED = "undated"
#: author spellings read to merge them: the entries shown come from these
AUTHOR_SPELLINGS = 60
#: spellings of one name looked up when filtering by it
MAX_SPELLINGS = 10_000


#: language facet entries: more than the codes we name (3 + 10 + und), for declared others
LANG_BUCKETS = 30


def aggregations() -> dict[str, Any]:
    """The ``aggs`` of a search request."""
    return {
        "stories": {"cardinality": {"field": "group_id"}},
        # uk/en/ru, the other languages told apart and und: room for every one of them
        "lang": {"terms": {"field": "group_langs", "size": LANG_BUCKETS},
                 "aggs": {"stories": {"cardinality": {"field": "group_id"}}}},
        "source": {"terms": {"field": "source", "size": 20}},
        "author": {"terms": {"field": "author", "size": AUTHOR_SPELLINGS}},
        "year": {"date_histogram": {"field": "published", "calendar_interval": "year",
                                    "format": "yyyy", "min_doc_count": 1}},
        UNDATED: {"missing": {"field": "published"}},
    }


def read(aggs: dict[str, Any]) -> dict[str, dict[str, int]]:
    """Facet name -> {value: count}, in the order to show them."""
    facets = {"lang": {b["key"]: b["stories"]["value"] for b in aggs["lang"]["buckets"]},
              "source": {b["key"]: b["doc_count"] for b in aggs["source"]["buckets"]},
              "author": merge_authors({b["key"]: b["doc_count"]
                                       for b in aggs["author"]["buckets"]})}
    facets["year"] = {b["key_as_string"]: b["doc_count"]
                      for b in sorted(aggs["year"]["buckets"], key=lambda b: -b["key"])}
    if aggs[UNDATED]["doc_count"]:
        facets["year"][UNDATED] = aggs[UNDATED]["doc_count"]
    return facets


def author_key(name: str) -> str:
    """The transliteration key of a name, each word's first vowel sound folded the way
    Ukrainian and Russian spell one name apart (Олексій / Алексей, Євген / Евгений).

    >>> author_key("Олексій Коваленко") == author_key("Алексей Коваленко") != ""
    True
    """
    words = []
    for word in bridge_key(name).split():
        if word.startswith("ye"):
            word = word[1:]
        words.append("a" + word[1:] if word.startswith("o") else word)
    return " ".join(words) or name


def merge_authors(counts: dict[str, int], limit: int = 20) -> dict[str, int]:
    """One entry per transliteration key: its most frequent spelling, the summed count.

    >>> merge_authors({"Олексій Коваленко": 3, "Oleksii Kovalenko": 2, "Анна Бойко": 4})
    {'Олексій Коваленко': 5, 'Анна Бойко': 4}
    """
    groups: dict[str, list[tuple[int, str]]] = {}
    for name, n in counts.items():
        groups.setdefault(author_key(name), []).append((n, name))
    merged = {max(spellings)[1]: sum(n for n, _ in spellings) for spellings in groups.values()}
    return dict(sorted(merged.items(), key=lambda kv: -kv[1])[:limit])


def author_spellings(client: Elasticsearch, alias: str, name: str) -> list[str]:
    """Every spelling of ``name`` the archive's authors have (at least ``name`` itself)."""
    key = author_key(name)
    resp = client.search(index=alias, size=0, aggs={"a": {"terms": {
        "field": "author", "size": MAX_SPELLINGS}}})
    found = {b["key"] for b in resp["aggregations"]["a"]["buckets"] if author_key(b["key"]) == key}
    return sorted(found | {name})
