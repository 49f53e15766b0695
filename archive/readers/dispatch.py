"""The dispatcher: picks the reader for each input and runs it.

``iter_records(paths)`` is the entry point: it walks files and folders, picks the
reader for each file and streams every record, turning whatever cannot be used
into a :class:`~archive.article.Rejected` instead of stopping, and closes each input
unit with a :class:`~archive.article.UnitDone`. ``iter_articles`` is the same stream
without the unit markers.

Resuming: every record carries ``unit`` (the input unit it came from) and ``resume_at``
(the byte offset in that unit where reading may restart after it, or None where the
reader cannot restart inside the unit). ``iter_records(..., resume=f)`` asks
``f(unit, fingerprint)`` before reading each unit: None reads it whole, :data:`FINISHED`
skips it, an offset restarts there.

Units: a file; each member of a zip or WACZ (``<zip path>!<member>``, the zip file
itself closing after its members); standard input (``-``, named ``<stdin>``, never
resumable inside). Zip and gzip files are opened here and their content read with the
reader of its own format (:func:`read_source`).
"""
from __future__ import annotations

import logging
import os
import sys
import zlib
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator, Union

from archive.article import Article, Rejected, UnitDone
from archive.containers import GZIP_MAGIC, ZIP_MAGIC, Budget, MeteredStream, inner_name, open_gzip
from archive.encoding import decode_bytes, excerpt_bytes
from archive.exceptions import DecodeError, LimitExceeded, UnsupportedFormatError
from archive.readers.base import FINISHED, Reader, Record, ResumeFn
from archive.readers.csv import CsvReader, sniff_delimiter
from archive.readers.html import HtmlReader
from archive.readers.jsonl import JsonlReader
from archive.readers.text import TextReader
from archive.readers.warc import ARC_FIX, DEFER_PAGES, WarcReader, resolve_revisit
from archive.readers.warc_originals import ORIGINALS, Originals
from archive.readers.zip import WaczReader, ZipReader
from archive.streams import prefixed

log = logging.getLogger(__name__)


FORMATS = ("text", "html", "jsonl", "csv", "warc", "wacz", "zip")
CONTAINERS = ("zip", "wacz")
HEAD_SIZE = 4096  # bytes read to sniff a format when the extension says nothing
STDIN = "<stdin>"
_EXTENSIONS = {
    ".txt": "text", ".text": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json-lines": "jsonl",
    ".csv": "csv", ".tsv": "csv",
    ".warc": "warc", ".wacz": "wacz", ".zip": "zip",
}
_READERS = {"text": TextReader, "html": HtmlReader, "jsonl": JsonlReader,
            "csv": CsvReader, "warc": WarcReader, "wacz": WaczReader, "zip": ZipReader}
_DOCUMENTS = (".docx", ".xlsx", ".pptx", ".odt", ".ods", ".odp", ".epub", ".jar", ".apk")

PathLike = Union[str, "os.PathLike[str]"]


def get_reader(fmt: str) -> Reader:
    """A new importer for one of :data:`FORMATS`; ValueError for any other name."""
    if fmt not in _READERS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt in CONTAINERS:
        return _READERS[fmt](read_source)  # members are read like files, by this module
    return _READERS[fmt]()


def detect_format(path: Path, head: bytes) -> str:
    """The format of a file: from magic bytes (gzip, zip, WARC), its extension, else content.

    For a gzip file the format is that of what it holds (``warc`` for a WARC.GZ).

    >>> detect_format(Path("a.NDJSON"), b""), detect_format(Path("page"), b"\\n <!doctype html>")
    ('jsonl', 'html')
    >>> detect_format(Path("dump"), b'{"title": "x"}'), detect_format(Path("README"), b"Title")
    ('jsonl', 'text')
    >>> detect_format(Path("crawl.bin"), b"WARC/1.1\\r\\n"), detect_format(Path("x"), b"title;text")
    ('warc', 'csv')
    """
    name = path.name.lower()
    if head.startswith(GZIP_MAGIC):
        return _gzip_format(path, head)
    if head.startswith(ZIP_MAGIC):
        return _zip_format(path)
    if head.startswith(b"WARC/"):
        return "warc"
    if head.startswith(b"filedesc://") or name.endswith((".arc", ".arc.gz")):
        raise UnsupportedFormatError(str(path), ARC_FIX)
    fmt = _EXTENSIONS.get(path.suffix.lower())
    if fmt in CONTAINERS or name.endswith(".gz"):
        raise UnsupportedFormatError(str(path), f"named {path.suffix} but not "
                                     f"{'zip' if fmt else 'gzip'} data: damaged or misnamed")
    if fmt and (fmt == "warc" or _sniff_text(head) is not None or b"\x00" not in head):
        return fmt
    if fmt:
        raise UnsupportedFormatError(str(path), f"binary data, not text, despite the "
                                     f"{path.suffix} extension")
    return _content_format(path, head)


def _content_format(path: Path, head: bytes) -> str:
    """The format of text by its first characters: JSON Lines, HTML, CSV or page text."""
    start = _sniff_text(head)
    if start is None:
        raise UnsupportedFormatError(str(path), "binary data, not text")
    start = start.lstrip("\ufeff \t\r\n")
    if not start:
        raise UnsupportedFormatError(str(path), "empty file")
    if start.startswith("["):
        raise UnsupportedFormatError(str(path), "a JSON array: write one object per line "
                                                "(JSON Lines) in a .jsonl file")
    if start.startswith("{"):
        return "jsonl"
    if start.startswith("<"):
        return "html"
    return "csv" if sniff_delimiter(start.splitlines()[0]) else "text"


def _gzip_format(path: Path, head: bytes) -> str:
    """The format of what a gzip file holds, from its unpacked first bytes and inner name."""
    try:
        inner = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, HEAD_SIZE)
    except zlib.error as exc:
        raise UnsupportedFormatError(str(path), f"damaged gzip data ({exc})") from exc
    if inner.startswith(b"WARC/"):
        return "warc"
    if inner.startswith(b"filedesc://"):
        raise UnsupportedFormatError(str(path), ARC_FIX)
    if inner.startswith(GZIP_MAGIC) or inner.startswith(ZIP_MAGIC):
        raise UnsupportedFormatError(str(path), "an archive inside a gzip file; unpack it "
                                     "and import what it holds")
    inside = Path(inner_name(path.name))
    if not inner and inside.suffix.lower() in _EXTENSIONS:
        return _EXTENSIONS[inside.suffix.lower()]
    return detect_format(inside, inner)


def _zip_format(path: Path) -> str:
    """``wacz`` for a .wacz name, else ``zip``; office documents and e-books are refused."""
    suffix = path.suffix.lower()
    if suffix in _DOCUMENTS:
        raise UnsupportedFormatError(str(path), f"a {suffix} document; save or export its "
                                     "text as .txt, .html or .csv")
    return "wacz" if suffix == ".wacz" else "zip"


def _sniff_text(head: bytes) -> str | None:
    """The first bytes as text, or None if they are binary."""
    for cut in range(4):  # the head may end in the middle of a multi-byte character
        try:
            return decode_bytes(head[: len(head) - cut])
        except DecodeError:
            continue
    return None


def iter_inputs(paths: Iterable[PathLike] | PathLike) -> Iterator[Path]:
    """The files to import: files as given, folders walked (sorted, hidden names skipped).

    Every path is checked first, so a typo fails before anything is read. ``-`` stands
    for standard input.
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    paths = [Path(p) for p in paths]
    missing = [str(p) for p in paths if str(p) != "-" and not p.exists()]
    if missing:
        raise FileNotFoundError(f"no such file or folder: {', '.join(missing)}; "
                                "nothing was imported")
    return _walk(paths)


def _walk(paths: list[Path]) -> Iterator[Path]:
    """Files under ``paths`` in order; within a folder, names sorted, hidden ones skipped."""
    for path in paths:
        if str(path) == "-" or not path.is_dir():
            yield path
            continue
        found = False
        for folder, dirs, files in os.walk(path):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(f for f in files if not f.startswith(".")):
                found = True
                yield Path(folder, name)
        if not found:
            log.warning("%s: the folder holds no files to import", path)


def iter_articles(paths: Iterable[PathLike] | PathLike,
                  fmt: str | None = None) -> Iterator[Article | Rejected]:
    """Every record of every input, streamed; ``fmt`` forces one format for all files.

    Unknown formats and missing paths raise at once; a file that cannot be read or
    is in no supported format becomes a Rejected for the whole file.
    """
    records = iter_records(paths, fmt)
    return (item for item in records if not isinstance(item, UnitDone))


@contextmanager
def deferred_pages() -> Iterator[None]:
    """Within it (in this thread), WARC captures come out of the readers as
    :class:`~archive.article.PendingPage`, for the caller to read where it likes
    (:func:`read_pending`: the import does it in its worker processes)."""
    token = DEFER_PAGES.set(True)
    try:
        yield
    finally:
        DEFER_PAGES.reset(token)


def iter_records(paths: Iterable[PathLike] | PathLike, fmt: str | None = None, *,
                 resume: ResumeFn | None = None) -> Iterator[Record]:
    """Like :func:`iter_articles`, plus a UnitDone after each input unit; see module doc.

    WARC revisits are resolved against the captures of every input
    (:mod:`archive.readers.warc_originals`); those whose original was not read yet come at
    the end, and their unit's UnitDone after them.
    """
    if fmt is not None:
        get_reader(fmt)  # an unknown name is the caller's mistake: fail before reading
    files = iter_inputs(paths)
    return _read_all(files, fmt, resume)


def _read_all(files: Iterator[Path], fmt: str | None, resume: ResumeFn | None
              ) -> Iterator[Record]:
    """Every unit's records, then the deferred revisits and the UnitDone held for them."""
    originals, held = Originals(), []
    resume = _noting_skips(resume, originals)
    try:
        for path in files:
            ORIGINALS.set(originals)  # in the thread reading now: readers look it up
            for item in _read_unit(path, fmt, resume):
                if isinstance(item, UnitDone) and item.unit in originals.pinned:
                    held.append(item)
                    continue
                yield item
        for revisit in originals.take_deferred():
            item = resolve_revisit(revisit, originals.find(revisit))
            item.unit, item.resume_at = revisit.unit, None
            yield item
        yield from held
    finally:
        ORIGINALS.set(None)


def _noting_skips(resume: ResumeFn | None, originals: Originals) -> ResumeFn | None:
    """``resume`` noting the units it skips as finished: a revisit may need their originals."""
    if resume is None:
        return None

    def noting(unit: str, mark: str) -> int | None:
        start = resume(unit, mark)
        if start == FINISHED:
            originals.skipped.append(unit)
        return start
    return noting


def fingerprint(path: Path) -> str:
    """What changes when a file's content does: its size and modification time."""
    st = path.stat()
    return f"{st.st_size}:{st.st_mtime_ns}"


def _read_unit(path: Path, fmt: str | None, resume: ResumeFn | None) -> Iterator[Record]:
    """The records of one file then its UnitDone; nothing if the journal says it is done."""
    if str(path) == "-":
        yield from _read_stdin(fmt)
        return
    unit = str(path)
    try:
        mark = fingerprint(path)
    except OSError:
        mark = ""
    start = resume(unit, mark) if resume and mark else None
    if start == FINISHED:
        return
    yield from _read_file(path, fmt, start or 0, resume)
    yield UnitDone(unit, mark)


def _read_stdin(fmt: str | None) -> Iterator[Record]:
    """The records of standard input (never resumable inside: no offsets, no fingerprint)."""
    raw = sys.stdin.buffer
    head = raw.read(HEAD_SIZE)
    for item in read_source(prefixed(head, raw), STDIN, head, fmt):
        if not isinstance(item, UnitDone):
            item.resume_at = None
        yield item
    yield UnitDone(STDIN, "")


def _read_file(path: Path, fmt: str | None, start: int = 0,
               resume: ResumeFn | None = None) -> Iterator[Record]:
    """The records of one file, or one Rejected when it cannot be read at all."""
    origin, head = str(path), b""
    try:
        with path.open("rb") as stream:
            head = stream.read(HEAD_SIZE)
            stream.seek(0)
            yield from read_source(stream, origin, head, fmt, start, resume)
    except OSError as exc:
        reason = f"cannot read the file ({exc.strerror or exc}); check that it is a readable file"
        yield Rejected(origin, "whole file", reason, excerpt_bytes(head), unit=origin)


def read_source(stream: BinaryIO, unit: str, head: bytes, fmt: str | None = None,
                start: int = 0, resume: ResumeFn | None = None, depth: int = 0,
                budget: Budget | None = None) -> Iterator[Record]:
    """The records of one stream (a file, a zip member, standard input) by its format.

    ``head`` is its first bytes, already read (the stream is back at its start); ``unit``
    names it and is set on every record; zips and gzip files are opened up, their members
    read the same way. Nothing raises for bad input: it becomes a Rejected.
    """
    try:
        kind = _format_of(unit, head, fmt)
    except UnsupportedFormatError as exc:
        yield Rejected(unit, "whole file", str(exc), excerpt_bytes(head), unit=unit)
        return
    if kind in CONTAINERS:
        importer = get_reader(kind)
        yield from importer.read_units(stream, unit, fmt if fmt not in CONTAINERS else None,
                                       resume, depth, budget)
    elif head.startswith(GZIP_MAGIC) and kind != "warc":
        yield from _read_gzip(stream, unit, kind, start, budget)
    else:
        yield from _with_unit(get_reader(kind).read(stream, unit, start), unit)


def _format_of(unit: str, head: bytes, fmt: str | None) -> str:
    """The format to read a stream as: a forced one (zips still open up), else detected."""
    name = Path(unit.rsplit("!", 1)[-1])
    if not head:
        raise UnsupportedFormatError(unit, "empty file: nothing to import")
    if fmt in CONTAINERS or (fmt and not head.startswith(ZIP_MAGIC)):
        return fmt
    return detect_format(name, head)


def _read_gzip(stream: BinaryIO, unit: str, kind: str, start: int,
               budget: Budget | None) -> Iterator[Article | Rejected]:
    """The records of a gzip file's content; one Rejected where it is cut off or damaged."""
    content: MeteredStream = open_gzip(stream, budget or Budget(), unit)
    done = start  # the unpacked offset after the last complete record
    try:
        for item in _with_unit(get_reader(kind).read(content, unit, start), unit):
            done = item.resume_at if item.resume_at is not None else done
            yield item
    except (EOFError, OSError, zlib.error) as exc:
        yield _gzip_broken(unit, content, done, exc)
    except LimitExceeded as exc:
        if budget is not None:
            raise
        yield Rejected(unit, f"byte {content.expanded}", str(exc), unit=unit)


def _gzip_broken(unit: str, content: MeteredStream, done: int, exc: Exception) -> Rejected:
    """The Rejected for a gzip file that ends early or holds damaged data."""
    got = (f"after {content.source.count} bytes, {content.expanded} unpacked; the records "
           f"before byte {done} of the unpacked data were read")
    if isinstance(exc, EOFError):
        reason = f"the gzip file is cut off ({got}); copy the file again from its source"
    else:
        reason = f"the gzip data is damaged ({exc}; {got}); copy the file again from its source"
    return Rejected(unit, f"byte {done}", reason, unit=unit)


def _with_unit(items: Iterator[Article | Rejected], unit: str) -> Iterator[Article | Rejected]:
    """``items`` with ``unit`` set on each (an importer leaves it empty)."""
    for item in items:
        item.unit = item.unit or unit
        yield item
