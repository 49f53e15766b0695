"""Validating request arguments once, for the pages and the API alike."""
from __future__ import annotations

from datetime import date
from typing import Any, Mapping

from werkzeug.exceptions import BadRequest

from indexer.schema import LANGS
from indexer.search import SORTS, Filters

MAX_QUERY = 500
MAX_FIELD = 200
MAX_RESULTS = 10_000  # Elasticsearch's default max_result_window


def search_args(args: Mapping[str, str], page_size: int) -> dict[str, Any]:
    """Every search argument from a query string, checked; BadRequest naming the fix."""
    q = args.get("q", "").strip()
    if len(q) > MAX_QUERY:
        raise BadRequest(f"The query is too long ({len(q)} characters; at most {MAX_QUERY}).")
    sort = args.get("sort", "relevance")
    if sort not in SORTS:
        raise BadRequest(f"Unknown sort {sort!r}: use one of {', '.join(SORTS)}.")
    date_from, date_to = _day(args, "from"), _day(args, "to")
    if date_from and date_to and date_from > date_to:
        raise BadRequest(f"The date range is reversed: from {date_from} is after to {date_to}.")
    filters = Filters(lang=_lang(args, "lang"), source=_text(args, "source"),
                      author=_text(args, "author"), date_from=date_from, date_to=date_to,
                      missing=_lang(args, "missing"))
    return {"q": q, "lang": filters.lang, "page": _page(args, page_size), "sort": sort,
            "filters": filters, "source": filters.source, "author": filters.author,
            "from": date_from, "to": date_to, "missing": filters.missing}


def _lang(args: Mapping[str, str], name: str) -> str | None:
    lang = args.get(name, "").strip().lower() or None
    if lang == "ua":
        lang = "uk"
    if lang and lang not in LANGS:
        raise BadRequest(f"Unknown language {lang!r} for {name}: use one of {', '.join(LANGS)}.")
    return lang


def _text(args: Mapping[str, str], name: str) -> str | None:
    value = args.get(name, "").strip() or None
    if value and len(value) > MAX_FIELD:
        raise BadRequest(f"{name} is too long ({len(value)} characters; at most {MAX_FIELD}).")
    return value


def _day(args: Mapping[str, str], name: str) -> str | None:
    value = args.get(name, "").strip()
    if not value:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise BadRequest(f"{name} must be a date as YYYY-MM-DD, not {value!r}.") from None


def _page(args: Mapping[str, str], page_size: int) -> int:
    raw_page = args.get("page", "1")
    if not raw_page.isdigit() or int(raw_page) < 1:
        raise BadRequest(f"page must be a whole number from 1, not {raw_page!r}.")
    page = int(raw_page)
    if page * page_size > MAX_RESULTS:
        raise BadRequest(f"page {page} is past the last page that can be shown "
                         f"({MAX_RESULTS // page_size}); narrow the search instead.")
    return page
