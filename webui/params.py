"""Validating request arguments once, for the pages and the API alike."""
from __future__ import annotations

from typing import Any, Mapping

from werkzeug.exceptions import BadRequest

from indexer.schema import LANGS
from indexer.search import SORTS

MAX_QUERY = 500
MAX_RESULTS = 10_000  # Elasticsearch's default max_result_window


def search_args(args: Mapping[str, str], page_size: int) -> dict[str, Any]:
    """``q``, ``lang``, ``page``, ``sort`` from a query string; BadRequest naming the fix."""
    q = args.get("q", "").strip()
    if len(q) > MAX_QUERY:
        raise BadRequest(f"The query is too long ({len(q)} characters; at most {MAX_QUERY}).")
    lang = args.get("lang", "").strip().lower() or None
    if lang == "ua":
        lang = "uk"
    if lang and lang not in LANGS:
        raise BadRequest(f"Unknown language {lang!r}: use one of {', '.join(LANGS)}.")
    sort = args.get("sort", "relevance")
    if sort not in SORTS:
        raise BadRequest(f"Unknown sort {sort!r}: use one of {', '.join(SORTS)}.")
    raw_page = args.get("page", "1")
    if not raw_page.isdigit() or int(raw_page) < 1:
        raise BadRequest(f"page must be a whole number from 1, not {raw_page!r}.")
    page = int(raw_page)
    if page * page_size > MAX_RESULTS:
        raise BadRequest(f"page {page} is past the last page that can be shown "
                         f"({MAX_RESULTS // page_size}); narrow the search instead.")
    return {"q": q, "lang": lang, "page": page, "sort": sort}
