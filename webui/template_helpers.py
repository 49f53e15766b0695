"""What the page templates call once per result: cheaper forms of Flask's and Jinja's own.

A search page links some forty articles and looks up each story's versions by language.
``url_for`` matches the routing map each time (a tenth of the page's rendering), so
:func:`article_url` and :func:`story_url` build one address per request and fill in the ids.
"""
from __future__ import annotations

from urllib.parse import quote

from flask import g, url_for

#: an id no article or story has, marking where the id goes in an address
_MARK = "trimova-id-here"
#: what Werkzeug's converters leave unquoted in a path segment (the URL standard's set)
_SAFE = "!$&'()*+,/:;=@"


def version_in(versions: list[dict], lang: str) -> dict | None:
    """A story's version in ``lang``, or None (for its badges: a plain loop costs a tenth
    of Jinja's ``selectattr | first``, which a search page ran 30 times).

    >>> version_in([{"lang": "uk", "id": "a"}, {"lang": "en", "id": "b"}], "en")
    {'lang': 'en', 'id': 'b'}
    >>> version_in([], "ru") is None
    True
    """
    return next((v for v in versions if v.get("lang") == lang), None)


def article_url(doc_id: str) -> str:
    """The address of an article's page, as ``url_for("pages.article", doc_id=...)``."""
    return _filled("pages.article", "doc_id", doc_id)


def story_url(group_id: str) -> str:
    """The address of a story's comparison, as ``url_for("pages.compare", group_id=...)``."""
    return _filled("pages.compare", "group_id", group_id)


def _filled(endpoint: str, arg: str, value: str) -> str:
    built = g.setdefault("built_urls", {})
    if endpoint not in built:
        built[endpoint] = url_for(endpoint, **{arg: _MARK}).rpartition(_MARK)
    before, _, after = built[endpoint]
    return before + quote(str(value), safe=_SAFE) + after
