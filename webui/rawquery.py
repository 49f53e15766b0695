"""Accept raw UTF-8 in query strings (``curl '...?q=ракети'``), whatever the WSGI server.

PEP 3333 hands the query string over as latin-1-decoded bytes (Werkzeug's own server even
encodes it twice); Werkzeug parses it as if it were percent-encoded ASCII, so raw UTF-8
turns into mojibake. Percent-encoding the
non-ASCII bytes first gives the same result as a browser's properly encoded request.
"""
from __future__ import annotations

from typing import Any, Callable
from urllib.parse import quote


def percent_encode_raw(query: str) -> str:
    """Percent-encode the non-ASCII bytes of a latin-1-decoded query string.

    >>> percent_encode_raw("q=\\u00d1\\u0080&lang=uk")
    'q=%D1%80&lang=uk'
    >>> percent_encode_raw("q=%D1%80")
    'q=%D1%80'
    """
    if query.isascii():
        return query
    raw = query.encode("latin-1", errors="replace")
    return quote(_undo_double_encoding(raw), safe="".join(map(chr, range(33, 127))))


def _undo_double_encoding(raw: bytes) -> bytes:
    """Werkzeug's dev server UTF-8-encodes the latin-1 request line once more; undo that.

    >>> _undo_double_encoding("р".encode().decode("latin-1").encode())
    b'\\xd1\\x80'
    >>> _undo_double_encoding("р".encode())
    b'\\xd1\\x80'
    """
    try:
        inner = raw.decode("utf-8").encode("latin-1")
        inner.decode("utf-8")
    except (UnicodeDecodeError, UnicodeEncodeError):
        return raw
    return inner


class RawQueryMiddleware:
    """WSGI middleware applying :func:`percent_encode_raw` to ``QUERY_STRING``."""

    def __init__(self, app: Callable[..., Any]):
        self.app = app

    def __call__(self, environ: dict, start_response: Callable[..., Any]) -> Any:
        environ["QUERY_STRING"] = percent_encode_raw(environ.get("QUERY_STRING", ""))
        return self.app(environ, start_response)
