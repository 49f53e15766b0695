"""Validating request arguments once, for the pages and the API alike."""
from __future__ import annotations

from datetime import date
from typing import Any, Mapping

from flask_babel import gettext
from werkzeug.exceptions import BadRequest

from archive.languages import OTHER_LANGS, UNDETERMINED
from indexer.search.stories import SORTS, Filters
from indexer.store.export import FORMATS as EXPORT_FORMATS
from indexer.store.schema import LANGS

#: what ``lang`` may show: the three, the other languages told apart, and undetermined text
#: (``missing`` takes only the three: other languages are never a story's version)
SHOWN_LANGS = (*LANGS, *OTHER_LANGS, UNDETERMINED)

MAX_QUERY = 500
MAX_FIELD = 200
MAX_RESULTS = 10_000  # Elasticsearch's default max_result_window
MAX_SIZE = 100  # stories per page of /api/search (the export has no limit)


def search_args(args: Mapping[str, str], page_size: int) -> dict[str, Any]:
    """Every search argument from a query string, checked; BadRequest naming the fix."""
    q = args.get("q", "").strip()
    if len(q) > MAX_QUERY:
        raise BadRequest(gettext("The query is too long (%(length)s characters; at most "
                                 "%(max)s).", length=len(q), max=MAX_QUERY))
    sort = args.get("sort", "relevance")
    if sort not in SORTS:
        raise BadRequest(gettext("Unknown sort %(sort)r: use one of %(choices)s.",
                                 sort=sort, choices=", ".join(SORTS)))
    date_from, date_to = _day(args, "from"), _day(args, "to")
    if date_from and date_to and date_from > date_to:
        raise BadRequest(gettext("The date range is reversed: from %(start)s is after to "
                                 "%(end)s.", start=date_from, end=date_to))
    filters = Filters(lang=_lang(args, "lang", SHOWN_LANGS), source=_text(args, "source"),
                      author=_text(args, "author"), date_from=date_from, date_to=date_to,
                      missing=_lang(args, "missing", LANGS), undated=_flag(args, "undated"))
    size = _size(args, page_size)
    return {"q": q, "lang": filters.lang, "page": _page(args, size), "size": size, "sort": sort,
            "filters": filters, "source": filters.source, "author": filters.author,
            "from": date_from, "to": date_to, "missing": filters.missing,
            "undated": filters.undated}


def _flag(args: Mapping[str, str], name: str) -> bool:
    value = args.get(name, "").strip().lower()
    if value not in ("", "0", "1"):
        raise BadRequest(gettext("%(name)s takes 1 or 0, not %(value)r.", name=name,
                                 value=value))
    return value == "1"


def _lang(args: Mapping[str, str], name: str, allowed: tuple[str, ...]) -> str | None:
    lang = args.get(name, "").strip().lower() or None
    if lang == "ua":
        lang = "uk"
    if lang and lang not in allowed:
        raise BadRequest(gettext("Unknown language %(lang)r for %(name)s: use one of "
                                 "%(choices)s.", lang=lang, name=name,
                                 choices=", ".join(allowed)))
    return lang


def _text(args: Mapping[str, str], name: str) -> str | None:
    value = args.get(name, "").strip() or None
    if value and len(value) > MAX_FIELD:
        raise BadRequest(gettext("%(name)s is too long (%(length)s characters; at most "
                                 "%(max)s).", name=name, length=len(value), max=MAX_FIELD))
    return value


def _day(args: Mapping[str, str], name: str) -> str | None:
    value = args.get(name, "").strip()
    if not value:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise BadRequest(gettext("%(name)s must be a date as YYYY-MM-DD, not %(value)r.",
                                 name=name, value=value)) from None


def _size(args: Mapping[str, str], default: int) -> int:
    raw = args.get("size", "").strip()
    if not raw:
        return default
    if not raw.isdigit() or not 1 <= int(raw) <= MAX_SIZE:
        raise BadRequest(gettext("size must be a whole number from 1 to %(max)s, not "
                                 "%(size)r; to get every result, use the export.",
                                 max=MAX_SIZE, size=raw))
    return int(raw)


def export_format(args: Mapping[str, str]) -> str:
    """The export's ``format`` (``csv`` or ``jsonl``); BadRequest for another."""
    fmt = args.get("format", "jsonl").strip().lower()
    if fmt not in EXPORT_FORMATS:
        raise BadRequest(gettext("Unknown export format %(format)r: use one of %(choices)s.",
                                 format=fmt, choices=", ".join(EXPORT_FORMATS)))
    return fmt


def _page(args: Mapping[str, str], page_size: int) -> int:
    raw_page = args.get("page", "1")
    if not raw_page.isdigit() or int(raw_page) < 1:
        raise BadRequest(gettext("page must be a whole number from 1, not %(page)r.",
                                 page=raw_page))
    page = int(raw_page)
    if page * page_size > MAX_RESULTS:
        raise BadRequest(gettext("page %(page)s is past the last page that can be shown "
                                 "(%(last)s); narrow the search instead.",
                                 page=page, last=MAX_RESULTS // page_size))
    return page
