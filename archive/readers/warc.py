"""Reader for web archives: WARC files, plain or gzip-compressed per record.

warcio reads the records. Taken: ``response`` records with HTTP status 200 and an HTML
content type, and ``resource`` records of an HTML type; each is read like a saved page
(:func:`~archive.readers.html.parse_html`, the HTTP charset first), with
``WARC-Target-URI`` as the address when the page names none and ``WARC-Date`` as the
capture date. Passed over in silence: ``warcinfo``, ``request``, ``metadata`` and
``conversion`` records. Passed over as :class:`~archive.article.Skipped`: other
responses (not HTML, not status 200). A record cut off by the end of the file, or data
that is not a WARC record, ends the file with one Rejected.

A revisit is resolved against the originals of the whole import
(:mod:`archive.readers.warc_originals`): the original read again by its offset gives the
page at the revisit's address and date; a revisit of the same address as its original
adds nothing and is Skipped, as is one whose original is in none of the inputs.

Positions are ``offset N``, the record's offset in the file (in the compressed file
for ``.warc.gz``, where each record is its own gzip member); ``resume_at`` is the
offset of the next record, where reading can restart.
"""
from __future__ import annotations

import logging
from contextvars import ContextVar
from typing import Any, BinaryIO, Generator, Iterator
from urllib.parse import urlsplit

from warcio.archiveiterator import ArchiveIterator

from archive.article import Article, PendingPage, Rejected, Skipped
from archive.encoding import excerpt_bytes
from archive.exceptions import LimitExceeded, RecordError
from archive.pagetext import normalise_date
from archive.readers.html import absolute_url, parse_html
from archive.readers.warc_originals import ORIGINALS, Originals, Revisit, Where, read_original
from archive.streams import CHUNK, format_size, record_limit, skip_to

log = logging.getLogger(__name__)

HTML_TYPES = ("text/html", "application/xhtml+xml")
#: whether captures come out as PendingPage (see :func:`archive.readers.deferred_pages`)
DEFER_PAGES: ContextVar[bool] = ContextVar("trimova_defer_pages", default=False)
SILENT_TYPES = ("warcinfo", "request", "metadata", "conversion", "continuation")
CUT_FIX = ("the records before it were read; copy the file again from its source "
           "(`warcio check FILE` tells whether a copy is whole; `warcio recompress IN OUT` "
           "can rebuild a damaged archive)")
ONE_GZIP_FIX = ("the .warc.gz is one gzip stream instead of one gzip member per record; "
                "rebuild it with `warcio recompress IN OUT` and import the result")
ARC_FIX = ("an ARC file (the format before WARC), which trimova does not read; convert it "
           "with `warcio recompress IN.arc.gz OUT.warc.gz` and import the WARC")


def media_type(content_type: str | None) -> tuple[str, str | None]:
    """The media type of a Content-Type value, lower case, and its charset if any.

    >>> media_type("Text/HTML; Charset=windows-1251")
    ('text/html', 'windows-1251')
    >>> media_type(None), media_type("image/png")
    (('', None), ('image/png', None))
    """
    parts = (content_type or "").split(";")
    charset = None
    for param in parts[1:]:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and value.strip(" \t'\""):
            charset = value.strip(" \t'\"")
    return parts[0].strip().lower(), charset


def looks_like_html(head: bytes) -> bool:
    """True when a payload without a content type starts like an HTML page.

    >>> looks_like_html(b"  <!DOCTYPE html><html>"), looks_like_html(b"GIF89a")
    (True, False)
    """
    return head.lstrip()[:15].lower().startswith((b"<!doctype html", b"<html"))


class _Tally:
    """The raw stream as warcio sees it: counts bytes so offsets work without seeking."""

    def __init__(self, raw: BinaryIO, start: int):
        self.raw, self.position, self.ended = raw, start, False

    def read(self, size: int = -1) -> bytes:
        """Read from the raw stream, counting; note when it has ended."""
        data = self.raw.read(size)
        self.position += len(data)
        if not data and size != 0:
            self.ended = True
        return data

    def tell(self) -> int:
        """Bytes read so far, counted from the file's start."""
        return self.position


class WarcReader:
    """Reads the HTML pages of a WARC (or WARC.GZ) file, record by record."""

    format = "warc"

    def read(self, stream: BinaryIO, origin: str, start: int = 0
             ) -> Iterator[Article | Rejected]:
        """Yield an Article, Rejected or Skipped per page-like record from offset ``start``."""
        skip_to(stream, start)
        tally = _Tally(stream, start)
        records = ArchiveIterator(tally)
        seen = ORIGINALS.get() or Originals()  # alone, a file's revisits look only in it
        while True:
            offset = records.offset
            try:
                record = next(records)
            except StopIteration:
                if tally.position > records.offset:  # bytes left that made no record
                    yield _broken(origin, records.offset, tally, EOFError())
                return
            except LimitExceeded:
                raise
            except Exception as exc:  # warcio raises many kinds on damaged data
                yield _broken(origin, offset, tally, exc)
                return
            if record.format != "warc":
                yield Rejected(origin, f"offset {offset}", f"{origin}: {ARC_FIX}")
                return
            stop = yield from _pinned(_one_record(record, records, tally, origin, seen),
                                      seen.pinned.get(origin))
            if stop:
                return


def _pinned(items: Generator[Article | Rejected, None, bool], pin: int | None
            ) -> Generator[Article | Rejected, None, bool]:
    """``items`` restarting at most at ``pin`` (a deferred revisit's offset, not done yet)."""
    while True:
        try:
            item = next(items)
        except StopIteration as stop:
            return stop.value
        if pin is not None and item.resume_at is not None:
            item.resume_at = min(item.resume_at, pin)
        yield item


def _one_record(record: Any, records: ArchiveIterator, tally: _Tally, origin: str,
                seen: Originals) -> Generator[Article | Rejected, None, bool]:
    """The item for one record (none for silent types), then one Rejected if it was cut.

    Returns True when reading must stop (the file ends inside this record).
    """
    verdict = _verdict(record)
    payload = _payload(record) if verdict is None and record.rec_type != "revisit" else None
    try:
        offset, after = records.get_record_offset(), records.offset
    except LimitExceeded:
        raise
    except Exception as exc:
        yield _broken(origin, records.offset, tally, exc)
        return True
    if record.rec_headers.get_header("Content-Length") is None:  # headers cut off or garbled
        yield _broken(origin, offset, tally, ValueError("no Content-Length header"))
        return True
    if after <= offset:  # offsets run backwards: warcio is unpacking one long gzip stream
        yield Rejected(origin, "whole file", ONE_GZIP_FIX)
        return True
    cut = _was_cut(record, records)
    if record.rec_type in ("response", "resource") and not cut:
        seen.add(record, origin, offset)
    if verdict != "" and not (cut and _body_left(record)):
        item = _item(record, verdict, payload, origin, offset, seen)
        if item is not None:
            item.resume_at = after
            yield item
    if cut:
        reason = f"the WARC is cut off at byte {tally.position}: {CUT_FIX}"
        yield Rejected(origin, f"offset {offset}", reason, _uri(record))
    return cut


def _verdict(record: Any) -> str | None:
    """Why a record is passed over ("" for in silence), or None when it is a page to read
    (a revisit: when its original is found)."""
    kind = record.rec_type
    if kind in SILENT_TYPES:
        return ""
    if kind == "revisit":
        return None
    if kind == "resource":
        mtype, _ = media_type(record.rec_headers.get_header("Content-Type"))
        return None if mtype in HTML_TYPES else f"not an HTML page ({mtype or 'no type'})"
    if kind != "response":
        return f"a {kind} record, not a page"
    if record.http_headers is None:
        mtype, _ = media_type(record.rec_headers.get_header("Content-Type"))
        return f"not an HTTP response ({mtype or 'no type'})"
    status = record.http_headers.get_statuscode()
    if status != "200":
        return f"HTTP status {status}, not a page to import"
    mtype, _ = media_type(record.http_headers.get_header("Content-Type"))
    if mtype in HTML_TYPES or not mtype:
        return None
    return f"not an HTML page ({mtype})"


def _revisit(record: Any, origin: str, offset: int, seen: Originals
             ) -> Article | Rejected | PendingPage | None:
    """The item of a revisit whose original is known; None when it is deferred."""
    revisit = Revisit.of(record, origin, offset, _uri(record), _capture_date(record))
    where = seen.find(revisit)
    if where is None and ORIGINALS.get() is seen:
        seen.defer(revisit)  # the original may come later in the import
        return None
    return resolve_revisit(revisit, where)


def resolve_revisit(revisit: Revisit, where: Where | None) -> Article | Rejected | PendingPage:
    """What a revisit gives, its original at ``where`` (None: in none of the inputs)."""
    pos, uri = f"offset {revisit.offset}", revisit.uri
    if where is None:
        return Skipped(revisit.unit, pos, f"a revisit of {uri}: its original capture "
                       f"({revisit.describe()}) is in none of the inputs of this import; "
                       "import the WARC that holds it together with this one", uri)
    at = f"offset {where[1]}" + (f" of {where[0]}" if where[0] != revisit.unit else "")
    try:
        return read_original(where, lambda original: _from_original(original, revisit, at))
    except LimitExceeded:
        raise
    except Exception as exc:  # the original cannot be read again (standard input, damage)
        if (revisit.refers_uri or uri).strip() == uri:
            return Skipped(revisit.unit, pos, _already_read(uri, at), uri)
        return Skipped(revisit.unit, pos, f"a revisit of {uri}: its original at {at} cannot "
                       f"be read again ({_describe(exc)})", uri)


def _already_read(uri: str, at: str) -> str:
    return f"a revisit of {uri}: the same page as the capture at {at}, already read"


def _from_original(original: Any, revisit: Revisit, at: str
                   ) -> Article | Rejected | PendingPage:
    """The page a revisit repeats, read from its original record, at the revisit's address."""
    pos, uri = f"offset {revisit.offset}", revisit.uri
    verdict = _verdict(original)
    if verdict or original.rec_type == "revisit":
        return Skipped(revisit.unit, pos, f"a revisit of {uri}: its original at {at} is "
                       f"passed over ({verdict or 'a revisit'})", uri)
    if _uri(original) == uri:
        return Skipped(revisit.unit, pos, _already_read(uri, at), uri)
    payload = _payload(original)
    if isinstance(payload, RecordError):
        return Rejected(revisit.unit, pos, payload.reason, uri)
    return _page(original, payload, revisit.unit, pos, uri, revisit.date)


def _payload(record: Any) -> bytes | RecordError:
    """The record's content (transfer and content encodings undone), bounded in size."""
    limit = record_limit()
    try:
        stream = record.content_stream()
        parts, size = [], 0
        while size <= limit:
            data = stream.read(min(CHUNK, limit + 1 - size))
            if not data:
                return b"".join(parts)
            parts.append(data)
            size += len(data)
    except LimitExceeded:
        raise
    except Exception as exc:
        return RecordError(f"the page's content cannot be decoded ({_describe(exc)}); "
                           "the capture is damaged")
    return RecordError(f"the record holds more than {format_size(limit)}, the most trimova "
                       "reads as one page; it was skipped")


def _item(record: Any, verdict: str | None, payload: bytes | RecordError | None, origin: str,
          offset: int, seen: Originals) -> Article | Rejected | PendingPage | None:
    """The Article, Rejected or Skipped for one record that is not passed over in silence
    (None for a revisit deferred to the end of the import)."""
    where, uri = f"offset {offset}", _uri(record)
    if record.rec_type == "revisit":
        return _revisit(record, origin, offset, seen)
    if verdict is not None:
        return Skipped(origin, where, verdict, uri)
    if isinstance(payload, RecordError) or payload is None:
        reason = payload.reason if payload is not None else "no content"
        return Rejected(origin, where, reason, uri)
    if not looks_like_html(payload[:512]) and record.rec_type == "response" and not (
            media_type(record.http_headers.get_header("Content-Type"))[0]):
        return Skipped(origin, where, "not an HTML page (no type, and not HTML)", uri)
    return _page(record, payload, origin, where, uri, _capture_date(record))


def _page(record: Any, payload: bytes, origin: str, where: str, uri: str, captured: str | None
          ) -> Article | Rejected | PendingPage:
    """The Article of an HTML capture, or a Rejected saying why there is none (or, when
    pages are deferred, what it takes to read it later)."""
    headers = record.http_headers if record.rec_type == "response" else record.rec_headers
    _, charset = media_type(headers.get_header("Content-Type"))
    page = PendingPage(payload, origin, where, uri, charset, captured)
    return page if DEFER_PAGES.get() else read_page(page)


def read_pending(page: PendingPage) -> Article | Rejected:
    """Read a deferred capture: its Article, or a Rejected saying why there is none.

    The result carries the capture's ``unit`` and ``resume_at``, like any record.
    """
    item = read_page(page)
    item.unit, item.resume_at = page.unit, page.resume_at
    return item


def read_page(page: PendingPage) -> Article | Rejected:
    """Read a capture's page: the Article, or a Rejected saying why there is none."""
    try:
        article = parse_html(page.payload, f"{page.origin}:{page.position}",
                             declared=page.charset)
    except RecordError as exc:
        return Rejected(page.origin, page.position, exc.reason,
                        page.uri or exc.excerpt or excerpt_bytes(page.payload))
    _complete(article, page.uri, page.captured)
    return article


def _complete(article: Article, uri: str, captured: str | None) -> None:
    """Fill what the page left out from the WARC: address, source, dates, absolute links."""
    if uri and uri.startswith(("http://", "https://")):
        article.url = article.url or uri
        article.alternates = {lang: absolute_url(uri, href)
                              for lang, href in article.alternates.items()}
    if not article.source and article.url:
        article.source = urlsplit(article.url).hostname
    article.captured = captured
    article.published = article.published or captured


def _capture_date(record: Any) -> str | None:
    """``WARC-Date`` in ISO 8601, or None when missing or unreadable."""
    value = record.rec_headers.get_header("WARC-Date")
    try:
        return normalise_date(value) if value else None
    except ValueError:
        log.warning("ignoring unreadable WARC-Date %r", value)
        return None


def _uri(record: Any) -> str:
    """The record's ``WARC-Target-URI`` ('' when it has none)."""
    return (record.rec_headers.get_header("WARC-Target-URI") or "").strip()


def _was_cut(record: Any, records: ArchiveIterator) -> bool:
    """True when the file ended inside this record (its block or its gzip member)."""
    left = getattr(record.raw_stream, "limit", 0)
    reader = records.reader
    decompressor = reader.decompressor if reader is not None else None
    return bool(left) or (decompressor is not None and not getattr(decompressor, "eof", True))


def _body_left(record: Any) -> bool:
    """True when part of the record's block never arrived (not just its gzip trailer)."""
    return bool(getattr(record.raw_stream, "limit", 0))


def _broken(origin: str, offset: int, tally: _Tally, exc: Exception) -> Rejected:
    """The one Rejected for data warcio cannot read as a record: cut off, or not a WARC."""
    text = _describe(exc)
    if "non-chunked gzip" in text:
        return Rejected(origin, "whole file", ONE_GZIP_FIX)
    if tally.ended:
        reason = f"the WARC is cut off at byte {tally.position}: {CUT_FIX}"
    else:
        reason = (f"not a WARC record at offset {offset} ({text}); the file is damaged from "
                  f"here on: {CUT_FIX}")
    return Rejected(origin, f"offset {offset}", reason)


def _describe(exc: Exception) -> str:
    """An exception as a short phrase for a reason.

    >>> _describe(ValueError("bad\\n  length")), _describe(EOFError())
    ('bad length', 'EOFError')
    """
    text = " ".join(str(exc).split())
    return text[:160] if text else type(exc).__name__
