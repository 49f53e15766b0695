"""Finding an article from what a person pastes: its id, its page's address, or its source URL."""
from __future__ import annotations

from urllib.parse import unquote, urlsplit

from elasticsearch import Elasticsearch

from indexer.text.features import canonical_url


class AmbiguousAddress(ValueError):
    """Several articles were published at one address; the message asks for an id."""


def article_path_id(value: str) -> str | None:
    """The id in an ``/articles/<id>`` address (this archive's, on any host), else None.

    >>> article_path_id("https://archive.example/articles/a1b2/"), article_path_id("a1b2")
    ('a1b2', None)
    """
    path = urlsplit(value.strip()).path.rstrip("/")
    if "/articles/" not in path:
        return None
    return unquote(path.rsplit("/articles/", 1)[1]) or None


def resolve_article(client: Elasticsearch, alias: str, value: str) -> str | None:
    """The id of the article ``value`` names: an id, an /articles/<id> address, or the
    address it was published at (compared without tracking parameters, ``www.`` or a
    trailing slash). None when nothing matches.

    :raise AmbiguousAddress: the source URL belongs to several articles (not editions).
    """
    value = value.strip()
    if not value:
        return None
    doc_id = article_path_id(value) or value
    if client.exists(index=alias, id=doc_id):
        return doc_id
    key = canonical_url(value) if "://" in value else None
    return _by_source_url(client, alias, key) if key else None


def _by_source_url(client: Elasticsearch, alias: str, key: str) -> str | None:
    resp = client.search(index=alias, size=2, source=False, query={"bool": {"filter": [
        {"term": {"url_key": key}}], "must_not": [{"exists": {"field": "duplicate_of"}}]}})
    hits = resp["hits"]["hits"]
    if len(hits) > 1:
        raise AmbiguousAddress(f"several articles were published at {key}: give the id of "
                               "the one you mean")
    return hits[0]["_id"] if hits else None
