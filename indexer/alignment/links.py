"""What counts as an explicit link between two versions: the one rule, used everywhere.

Two documents are explicitly linked when one names the other (its ``translations`` hold the
other's archivist id or address, or its ``hreflang`` alternates hold the other's address),
or when both carry the same site article number (sibling URLs, ``ALIGN_URL_RULES``). A
document *offers* keys by which others may name it and *wants* the keys that would tie
another document to it; a link is a wanted key that another document offers. The
cluster's query (:func:`query`), the import's in-memory pool and the pairing in memory
(:func:`pairs`) all read the keys from here.
"""
from __future__ import annotations

from typing import Iterable, Iterator

from archive.languages import LANGS
from indexer.text.features import canonical_url

#: a document's references looked up (a record naming thousands is broken input)
MAX_REFS = 100
#: the indexed fields the rule reads
FIELDS = ("external_id", "url_key", "site_article_id", "translations", "alternate_urls")

Key = tuple[str, str]


def offered(src: dict) -> Iterator[Key]:
    """(field, value) keys by which other documents may name ``src``.

    >>> sorted(offered({"external_id": "a1", "translations": ["b1"], "url_key": None}))
    [('external_id', 'a1'), ('translations', 'b1')]
    """
    for name in ("external_id", "url_key", "site_article_id"):
        if src.get(name):
            yield name, str(src[name])
    for ref in _refs(src):
        yield "translations", ref
    for url in _alternates(src):
        yield "alternate_urls", url


def wanted(src: dict) -> Iterator[Key]:
    """(field, value) keys whose holder would be linked to ``src``, in either direction.

    >>> sorted(wanted({"external_id": "a1", "translations": ["https://Example.com/b"]}))
    ... # doctest: +NORMALIZE_WHITESPACE
    [('external_id', 'https://Example.com/b'), ('translations', 'a1'),
     ('url_key', 'https://example.com/b')]
    """
    for ref in _refs(src):
        yield "external_id", ref
        url = canonical_url(ref)
        if url and "://" in url:
            yield "url_key", url
    for url in _alternates(src):
        yield "url_key", url
    for value in (src.get("external_id"), src.get("url_key")):
        if value:
            yield "translations", str(value)
    if src.get("url_key"):
        yield "alternate_urls", str(src["url_key"])
    if src.get("site_article_id"):
        yield "site_article_id", str(src["site_article_id"])


def query(sources: Iterable[dict]) -> dict | None:
    """One bool query for every document linked to any of ``sources``; None if none can be.

    >>> query([{"external_id": "a1"}])
    {'bool': {'should': [{'terms': {'translations': ['a1']}}], 'minimum_should_match': 1}}
    """
    values: dict[str, set[str]] = {}
    for src in sources:
        for name, value in wanted(src):
            values.setdefault(name, set()).add(value)
    should = [{"terms": {name: sorted(values[name])}} for name in FIELDS if name in values]
    if not should:
        return None
    return {"bool": {"should": should, "minimum_should_match": 1}}


def may_link(a: dict, b: dict) -> bool:
    """Explicit links join other languages of one source (or of sources not known).

    Only uk, en and ru are aligned: a page in another language (``pl``) or of no determined
    one is kept apart even when the site links it as a translation.

    >>> may_link({"lang": "uk"}, {"lang": "en"}), may_link({"lang": "uk"}, {"lang": "uk"})
    (True, False)
    >>> may_link({"lang": "uk"}, {"lang": "pl"}), may_link({"lang": "und"}, {"lang": "en"})
    (False, False)
    """
    if a.get("lang") == b.get("lang") or not {a.get("lang"), b.get("lang")} <= set(LANGS):
        return False
    return not (a.get("source_key") and b.get("source_key")
                and a["source_key"] != b["source_key"])


def pairs(sources: dict[str, dict], found: dict[str, dict]) -> set[tuple[str, str]]:
    """Explicitly linked pairs (ids in order) with at least one of ``sources``, among those
    and ``found`` (a document in both counts as the one in ``sources``)."""
    every = {**found, **sources}
    holders: dict[Key, list[str]] = {}
    for doc_id, src in every.items():
        for key in offered(src):
            holders.setdefault(key, []).append(doc_id)
    out = set()
    for doc_id, src in every.items():
        for key in wanted(src):
            for other in holders.get(key, ()):
                if other != doc_id and (doc_id in sources or other in sources) \
                        and may_link(src, every[other]):
                    out.add((min(doc_id, other), max(doc_id, other)))
    return out


def _refs(src: dict) -> list[str]:
    return [str(r) for r in (src.get("translations") or [])[:MAX_REFS]]


def _alternates(src: dict) -> list[str]:
    return [str(u) for u in (src.get("alternate_urls") or [])[:MAX_REFS]]
