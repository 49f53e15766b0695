"""Reader for CSV and TSV exports: one article per row, columns named as in JSON Lines.

The first row is the header. Known columns: ``id``, ``url``, ``lang``, ``title``,
``text``, ``published``, ``author``, ``source``, ``section`` and ``translations``
(ids or URLs separated by ``|`` or white space); names are matched without regard to
case or surrounding spaces, other columns are ignored (logged once). ``title`` and
``text`` must be there. Each row goes through the JSON Lines
:func:`~archive.readers.jsonl.record_to_article`, so checks and messages are shared;
an empty cell counts as absent.

The delimiter (``,`` ``;`` or tab) is taken from the header row; the encoding (UTF-8,
cp1251, KOI8-U/R, UTF-16) from the first 64 KiB. The file is read as a stream, row by
row; a row with more or fewer cells than the header, or longer than
:data:`~archive.streams.MAX_RECORD_BYTES`, is refused with its row number (the header
is row 1, as a spreadsheet counts). ``resume_at`` is the byte offset after a row, for
every encoding but UTF-16, where it is None.
"""
from __future__ import annotations

import codecs
import csv
import io
import logging
import re
from typing import BinaryIO, Iterator

from archive.article import Article, Rejected
from archive.encoding import excerpt_bytes, sniff_encoding
from archive.exceptions import RecordError
from archive.pagetext import clip
from archive.readers.jsonl import record_to_article
from archive.streams import format_size, iter_lines, prefixed, record_limit, seekable, skip_to

log = logging.getLogger(__name__)

COLUMNS = ("id", "url", "lang", "title", "text", "published", "author", "source", "section",
           "translations")
REQUIRED = ("title", "text")
DELIMITERS = (",", ";", "\t")
SNIFF_BYTES = 64 * 1024
_REF_SEPARATORS = re.compile(r"[|\s]+")


def header_names(line: str, delimiter: str) -> list[str]:
    """The column names of a header line, lower case, stripped.

    >>> header_names(' Title ;TEXT;"url"', ";")
    ['title', 'text', 'url']
    """
    cells = next(csv.reader([line], delimiter=delimiter), [])
    return [c.strip().lstrip("\ufeff").strip().lower() for c in cells]


def sniff_delimiter(line: str) -> str | None:
    """The delimiter that splits a header line into columns including title and text.

    >>> sniff_delimiter("id;title;text"), sniff_delimiter("title\\ttext"), sniff_delimiter("x")
    (';', '\\t', None)
    """
    for delimiter in DELIMITERS:
        if set(REQUIRED) <= set(header_names(line, delimiter)):
            return delimiter
    return None


def split_refs(cell: str) -> list[str]:
    """The ids or URLs of a ``translations`` cell.

    >>> split_refs(" 102 | https://x.ua/ru/1  103 ")
    ['102', 'https://x.ua/ru/1', '103']
    """
    return [ref for ref in _REF_SEPARATORS.split(cell) if ref]


def row_record(names: list[str], cells: list[str]) -> dict:
    """The JSON Lines record of one row: known columns with a non-empty cell.

    >>> row_record(["title", "extra", "translations"], ["Заголовок", "x", "1|2"])
    {'title': 'Заголовок', 'translations': ['1', '2']}
    """
    record: dict = {}
    for name, cell in zip(names, cells):
        if name in COLUMNS and cell.strip():
            record[name] = split_refs(cell) if name == "translations" else cell
    return record


class _Rows:
    """Decoded lines of a CSV stream, with the byte offset reached and the current row's size.

    An iterator that survives the errors it raises, so reading goes on at the next line.
    UTF-16 is read through a transcoding reader: its byte offsets are not the file's.
    """

    def __init__(self, stream: BinaryIO, encoding: str, start: int):
        utf16 = codecs.lookup(encoding).name.startswith("utf-16")
        self.lines = iter_lines(_Utf8Of(stream, encoding) if utf16 else stream, start)
        self.encoding = "utf-8" if utf16 else encoding
        self.decoder = codecs.getincrementaldecoder(self.encoding)("strict")
        self.resumable = not utf16
        self.offset, self.row_bytes = start, 0

    def __iter__(self) -> _Rows:
        return self

    def __next__(self) -> str:
        """The next line as text; RecordError for one that is too long or not decodable."""
        line = next(self.lines)
        self.offset = line.offset + line.size
        self.row_bytes += line.size
        if line.data is None or self.row_bytes > record_limit():
            raise RecordError(f"longer than {format_size(record_limit())}; it was skipped: "
                              "shorten its text or import it as JSON Lines")
        try:
            return self.decoder.decode(line.data)
        except UnicodeDecodeError as exc:
            self.decoder.reset()
            raise RecordError(f"not valid {self.encoding} text (byte {exc.start + 1} of a "
                              "line); save the file as UTF-8") from exc


class _Utf8Of:
    """A UTF-16 stream read as UTF-8 bytes, so lines split the same way; forward only."""

    def __init__(self, stream: BinaryIO, encoding: str):
        self.text = io.TextIOWrapper(stream, encoding=encoding, errors="strict", newline="")

    def readline(self, size: int = -1) -> bytes:
        """One line, at most ``size`` characters, as UTF-8; RecordError if not UTF-16."""
        try:
            return self.text.readline(size).encode("utf-8")
        except UnicodeError as exc:
            raise RecordError("not valid UTF-16 text from here on; save the file as "
                              "UTF-8") from exc

    def seekable(self) -> bool:
        """Always False: offsets in the transcoded stream are not the file's."""
        return False


class CsvReader:
    """Reads a CSV (or TSV) file with a header row, one article per row, streaming."""

    format = "csv"

    def read(self, stream: BinaryIO, origin: str, start: int = 0
             ) -> Iterator[Article | Rejected]:
        """Yield an Article or a Rejected per row; one Rejected if the header is unusable."""
        head = stream.read(SNIFF_BYTES)
        try:
            encoding = sniff_encoding(head)
            names, delimiter = _header(head, encoding)
        except RecordError as exc:
            yield Rejected(origin, "whole file", exc.reason, excerpt_bytes(head))
            return
        _warn_unknown(names, origin)
        _raise_field_limit()
        rows = _Rows(_reopen(stream, head, start), encoding, start)
        yield from _read_rows(rows, names, delimiter, origin, start)


def _read_rows(rows: _Rows, names: list[str], delimiter: str, origin: str,
               start: int) -> Iterator[Article | Rejected]:
    """The records of every row after the header (or from ``start``)."""
    number, row_start = (0 if not start else None), start
    while True:
        try:
            for cells in csv.reader(rows, delimiter=delimiter):
                number = number + 1 if number is not None else None
                where = f"row {number}" if number is not None else f"byte {row_start}"
                if cells and number != 1:
                    yield _row(names, cells, origin, where, rows)
                rows.row_bytes, row_start = 0, rows.offset
            return
        except (RecordError, csv.Error) as exc:
            number = number + 1 if number is not None else None
            where = f"row {number}" if number is not None else f"byte {row_start}"
            reason = (f"{where} is {exc.reason}" if isinstance(exc, RecordError)
                      else f"{where} cannot be read as CSV ({exc})")
            yield _reject(origin, where, reason, rows)
            rows.row_bytes, row_start = 0, rows.offset


def _row(names: list[str], cells: list[str], origin: str, where: str,
         rows: _Rows) -> Article | Rejected:
    """The Article of one row, or a Rejected naming the row and what is wrong."""
    if len(cells) != len(names):
        reason = (f"{where} has {len(cells)} cells, but the header has {len(names)} columns; "
                  "quote cells that contain the delimiter or line breaks, and give every row "
                  "the same number of cells")
        return _reject(origin, where, reason, rows, cells)
    try:
        article = record_to_article(row_record(names, cells), f"{origin}:{where}")
    except RecordError as exc:
        return _reject(origin, where, exc.reason, rows, cells)
    article.resume_at = rows.offset if rows.resumable else None
    return article


def _reject(origin: str, where: str, reason: str, rows: _Rows,
            cells: list[str] | None = None) -> Rejected:
    """A Rejected for one row, resumable after it when offsets are known."""
    excerpt = clip(" | ".join(cells)) if cells else ""
    return Rejected(origin, where, reason, excerpt,
                    resume_at=rows.offset if rows.resumable else None)


def _header(head: bytes, encoding: str) -> tuple[list[str], str]:
    """The column names and the delimiter; RecordError when title or text is missing."""
    text = codecs.decode(head[: len(head) // 2 * 2] if encoding.startswith("utf-16") else head,
                         encoding, "replace")
    line = text.lstrip("\ufeff").splitlines()[0] if text.strip() else ""
    delimiter = sniff_delimiter(line)
    if delimiter is None:
        found = [n for n in header_names(line, max(DELIMITERS, key=line.count)) if n]
        raise RecordError(f"the header row has no {' and '.join(REQUIRED)} columns (found: "
                          f"{', '.join(found) or 'nothing'}); the first row must name the "
                          f"columns, among: {', '.join(COLUMNS)}")
    return header_names(line, delimiter), delimiter


def _warn_unknown(names: list[str], origin: str) -> None:
    """Log the header's columns that are not in the schema (once per file)."""
    unknown = [n for n in names if n not in COLUMNS]
    if unknown:
        log.warning("%s: ignoring unknown columns %s (known: %s)", origin, ", ".join(unknown),
                    ", ".join(COLUMNS))


def _raise_field_limit() -> None:
    """Let csv read fields as long as a record may be (its own default is 128 KiB)."""
    if csv.field_size_limit() < record_limit():
        csv.field_size_limit(record_limit())


def _reopen(stream: BinaryIO, head: bytes, start: int) -> BinaryIO:
    """``stream`` placed at ``start``; one that cannot seek is read on after ``head``."""
    if seekable(stream):
        stream.seek(start)
        return stream
    rest = prefixed(head, stream)
    skip_to(rest, start)
    return rest
