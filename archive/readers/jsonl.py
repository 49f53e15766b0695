"""Reader for JSON Lines: one news article per line.

Schema
------
One JSON object per line, UTF-8; a byte-order mark at the start of the file is
tolerated and blank lines are skipped. Every field is optional, but a record
needs a title or a body. ``null`` counts as absent; unknown fields are ignored.

``id``
    string or integer: the archivist's own identifier (kept as a string).
``url``
    string: the address of the article.
``lang``
    string: ``uk`` (``ua`` is accepted), ``en`` or ``ru``; a hint, kept as
    given: the indexer decides the language.
``title``
    string. When missing, the first 80 characters of the first paragraph
    (cut at a word) stand in for it.
``text``
    string: the body, paragraphs separated by blank lines (paragraphs separated
    by single newlines are accepted too).
``paragraphs``
    list of strings: the body, one paragraph per item; used instead of ``text``
    when both are given.
``published``
    string: an ISO 8601 date or date-time (``2024-10-14``,
    ``2024-10-14T09:30:00+03:00``); ``2024-10-14 09:30`` and ``14.10.2024``
    are accepted too. Stored as ISO 8601.
``author``, ``source``, ``section``
    strings.
``translations``
    list of the ids (strings or integers) or URLs of the other language versions
    of the same story; a single string is taken as a one-item list.

Example (one line)::

    {"id": 101, "lang": "en", "title": "Lviv reopens bridge", "text": "The bridge...",
     "published": "2024-10-14", "translations": [102, "https://example.ua/uk/bridge"]}

A line that is not valid UTF-8, not valid JSON or not an object, a field of the
wrong type (``"title": 5``, ``"translations": {}``), an unreadable date, or a
record with neither title nor body is reported as rejected with its line number;
the other lines are imported.
"""
from __future__ import annotations

import codecs
import json
import logging
from typing import Any, BinaryIO, Iterator

from archive.article import Article, Rejected
from archive.exceptions import RecordError
from archive.languages import LANGS, OTHER_LANGS, language_tag, normalise_lang
from archive.pagetext import clip, normalise_date, split_paragraphs
from archive.streams import format_size, iter_lines, record_limit, skip_to

log = logging.getLogger(__name__)

TITLE_FROM_BODY = 80
_STRING_FIELDS = ("url", "lang", "title", "text", "published", "author", "source", "section")


def json_type(value: Any) -> str:
    """How a JSON value's type is called in a reject reason.

    >>> json_type(5), json_type({}), json_type([1]), json_type(True), json_type("x")
    ('a number (5)', 'an object', 'an array', 'a boolean (true)', 'a string')
    """
    if isinstance(value, bool):
        return f"a boolean ({json.dumps(value)})"
    if isinstance(value, (int, float)):
        return f"a number ({json.dumps(value)})"
    return {dict: "an object", list: "an array", str: "a string"}.get(type(value), "null")


def title_from_body(paragraph: str, limit: int = TITLE_FROM_BODY) -> str:
    """A stand-in title: the start of the first paragraph, cut at a word.

    >>> title_from_body("Short news.")
    'Short news.'
    >>> title_from_body("The city council approved the budget for next year at last", 40)
    'The city council approved the budget'
    """
    if len(paragraph) <= limit:
        return paragraph
    cut = paragraph[:limit]
    space = cut.rfind(" ")
    return (cut[:space] if space > limit // 2 else cut).rstrip(" ,;:-–—")


def record_to_article(record: dict, origin: str = "") -> Article:
    """An Article from one decoded JSONL record; RecordError naming what is wrong."""
    _check_types(record)
    paragraphs = _body(record)
    title = (record.get("title") or "").strip()
    if not title and not paragraphs:
        raise RecordError('title is missing and the body is empty: give "title" and '
                          '"text" (or "paragraphs")')
    if not title:
        title = title_from_body(paragraphs[0])
        log.info("%s: no title; using the start of the body: %r", origin, title)
    if not paragraphs:
        log.warning("%s: the record has a title but no text", origin)
    return Article(title=title, paragraphs=paragraphs, url=_text(record, "url"),
                   external_id=_text(record, "id"), source=_text(record, "source"),
                   author=_text(record, "author"), published=_date(record.get("published")),
                   section=_text(record, "section"), lang_hint=_lang(record, origin),
                   translations=_translations(record.get("translations")), origin=origin)


def _check_types(record: dict) -> None:
    """RecordError for the first field whose JSON type the schema does not allow."""
    for name in _STRING_FIELDS:
        _expect(name, record.get(name), isinstance(record.get(name), str), "a string")
    value = record.get("id")
    _expect("id", value, isinstance(value, (str, int)) and not isinstance(value, bool),
            "a string or an integer")
    value = record.get("paragraphs")
    _expect("paragraphs", value,
            isinstance(value, list) and all(isinstance(p, str) for p in value),
            "an array of strings")
    value = record.get("translations")
    _expect("translations", value, isinstance(value, str) or (
        isinstance(value, list) and all(_is_ref(v) for v in value)),
        "an array of ids or URLs (strings or integers)")


def _expect(name: str, value: Any, ok: bool, wanted: str) -> None:
    """RecordError unless ``value`` is absent (None) or ``ok``."""
    if value is not None and not ok:
        raise RecordError(f'"{name}" must be {wanted}, not {json_type(value)}; fix the value '
                          f'or remove the field')


def _is_ref(value: Any) -> bool:
    """True for an id or URL in ``translations``: a string or an integer."""
    return isinstance(value, str) or (isinstance(value, int) and not isinstance(value, bool))


def _body(record: dict) -> list[str]:
    """The paragraphs from ``paragraphs`` if it has any, else from ``text``."""
    paragraphs = [" ".join(p.split()) for p in record.get("paragraphs") or []]
    paragraphs = [p for p in paragraphs if p]
    return paragraphs or split_paragraphs(record.get("text") or "")


def _text(record: dict, name: str) -> str | None:
    """A field as a stripped string, None when absent or empty."""
    value = record.get(name)
    return (str(value).strip() or None) if value is not None else None


def _date(value: str | None) -> str | None:
    """``published`` in ISO 8601; RecordError with the reason when it cannot be read."""
    if value is None or not value.strip():
        return None
    try:
        return normalise_date(value)
    except ValueError as exc:
        raise RecordError(f'"published": {exc}') from exc


def _lang(record: dict, origin: str) -> str | None:
    """``lang`` as given; an unexpected value is kept but logged."""
    lang = _text(record, "lang")
    if lang and normalise_lang(lang) is None and language_tag(lang) not in OTHER_LANGS:
        log.warning("%s: unexpected lang %r (expected one of %s)", origin, lang,
                    ", ".join(LANGS))
    return lang


def _translations(value: str | list | None) -> list[str]:
    """``translations`` as a list of non-empty strings."""
    items = [value] if isinstance(value, str) else value or []
    return [str(item).strip() for item in items if str(item).strip()]


class JsonlReader:
    """Reads JSON Lines, one article per line, streaming line by line."""

    format = "jsonl"

    def read(self, stream: BinaryIO, origin: str, start: int = 0
             ) -> Iterator[Article | Rejected]:
        """Yield an Article or a Rejected for every non-blank line of ``stream``.

        From ``start`` (an offset this importer gave as ``resume_at``) the stream is
        sought (or read up to it); line numbers then count from the restart point's line,
        which is not known, so positions say ``byte`` offsets instead. A line longer than
        :data:`~archive.streams.MAX_RECORD_BYTES` is refused without being held in memory.
        """
        skip_to(stream, start)
        for number, line in enumerate(iter_lines(stream, start), 1):
            raw = line.data
            if raw is not None and number == 1 and not start:
                raw = raw.removeprefix(codecs.BOM_UTF8)
            if raw is None or raw.strip():
                where = f"line {number}" if not start else f"byte {line.offset}"
                item = (self._read_line(raw, origin, where) if raw is not None
                        else _too_long(origin, where, line.size))
                item.resume_at = line.offset + line.size
                yield item

    def _read_line(self, raw: bytes, origin: str, where: str) -> Article | Rejected:
        """The Article of one line, or a Rejected giving the line number and the reason."""
        try:
            return record_to_article(_decode_line(raw), f"{origin}:{where}")
        except RecordError as exc:
            return Rejected(origin, where, exc.reason, clip(raw.decode("utf-8", "replace")))


def _too_long(origin: str, where: str, size: int) -> Rejected:
    """The Rejected for a line over the record limit (it was skipped, not read)."""
    reason = (f"{where} is longer than {format_size(record_limit())} ({format_size(size)}); "
              "it was skipped: split the record or shorten its text")
    return Rejected(origin, where, reason)


def _decode_line(raw: bytes) -> dict:
    """The JSON object on one line; RecordError for bad UTF-8, bad JSON or a non-object."""
    try:
        record = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise RecordError(f"not valid UTF-8 (byte {exc.start + 1} of the line); save the "
                          "file as UTF-8") from exc
    except json.JSONDecodeError as exc:
        raise RecordError(f"not valid JSON: {exc.msg} at column {exc.colno}; each line must "
                          "be one complete JSON object") from exc
    except RecursionError as exc:
        raise RecordError("JSON nested too deeply to read; flatten the record") from exc
    if not isinstance(record, dict):
        raise RecordError(f"the line holds {json_type(record)}, not an object; each line "
                          'must be one {"title": ..., "text": ...} object')
    return record
