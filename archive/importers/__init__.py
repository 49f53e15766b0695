"""Importers, one per input format, and the functions that pick and run them.

``iter_records(paths)`` is the entry point: it walks files and folders, picks the
importer for each file and streams every record, turning whatever cannot be used
into a :class:`~archive.article.Rejected` instead of stopping, and closes each input
unit with a :class:`~archive.article.UnitDone`. ``iter_articles`` is the same stream
without the unit markers.

Resuming: every record carries ``unit`` (the input unit it came from) and ``resume_at``
(the byte offset in that unit where reading may restart after it, or None where the
importer cannot restart inside the unit). ``iter_records(..., resume=f)`` asks
``f(unit, fingerprint)`` before reading each unit: None reads it whole, :data:`FINISHED`
skips it, an offset restarts there.
"""
from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import BinaryIO, Callable, Iterable, Iterator, Optional, Protocol, Union

from archive.article import Article, Rejected, UnitDone
from archive.encoding import decode_bytes, excerpt_bytes
from archive.exceptions import DecodeError, UnsupportedFormatError
from archive.importers.html import HtmlImporter
from archive.importers.jsonl import JsonlImporter
from archive.importers.text import TextImporter

log = logging.getLogger(__name__)

FORMATS = ("text", "html", "jsonl")
HEAD_SIZE = 4096  # bytes read to sniff a format when the extension says nothing
_EXTENSIONS = {
    ".txt": "text", ".text": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json-lines": "jsonl",
}
_IMPORTERS = {"text": TextImporter, "html": HtmlImporter, "jsonl": JsonlImporter}

PathLike = Union[str, "os.PathLike[str]"]
Record = Union[Article, Rejected, UnitDone]
#: ``resume(unit, fingerprint)``: None (read whole), FINISHED (skip) or a byte offset
ResumeFn = Callable[[str, str], Optional[int]]
FINISHED = -1


class Importer(Protocol):
    """What every importer provides."""

    format: str

    def read(self, stream: BinaryIO, origin: str, start: int = 0) -> Iterator[Article | Rejected]:
        """Yield every record of ``stream`` from byte ``start``; never raise for a bad record.

        Importers that can restart inside a stream set ``resume_at`` on what they yield;
        the others ignore ``start`` (the caller only passes offsets they gave).
        """


def get_importer(fmt: str) -> Importer:
    """A new importer for one of :data:`FORMATS`; ValueError for any other name."""
    if fmt not in _IMPORTERS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    return _IMPORTERS[fmt]()


def detect_format(path: Path, head: bytes) -> str:
    """The format of a file: from its extension, else from its first bytes.

    >>> detect_format(Path("a.NDJSON"), b""), detect_format(Path("page"), b"\\n <!doctype html>")
    ('jsonl', 'html')
    >>> detect_format(Path("dump"), b'{"title": "x"}'), detect_format(Path("README"), b"Title")
    ('jsonl', 'text')
    """
    fmt = _EXTENSIONS.get(path.suffix.lower())
    if fmt:
        return fmt
    start = _sniff_text(head)
    if start is None:
        raise UnsupportedFormatError(str(path), "binary data, not text")
    start = start.lstrip("\ufeff \t\r\n").lower()
    if not start:
        raise UnsupportedFormatError(str(path), "empty file")
    if start.startswith("["):
        raise UnsupportedFormatError(str(path), "a JSON array: write one object per line "
                                                "(JSON Lines) in a .jsonl file")
    return "jsonl" if start.startswith("{") else "html" if start.startswith("<") else "text"


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

    Every path is checked first, so a typo fails before anything is read.
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    paths = [Path(p) for p in paths]
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise FileNotFoundError(f"no such file or folder: {', '.join(missing)}; "
                                "nothing was imported")
    return _walk(paths)


def _walk(paths: list[Path]) -> Iterator[Path]:
    """Files under ``paths`` in order; within a folder, names sorted, hidden ones skipped."""
    for path in paths:
        if not path.is_dir():
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


def iter_records(paths: Iterable[PathLike] | PathLike, fmt: str | None = None, *,
                 resume: ResumeFn | None = None) -> Iterator[Record]:
    """Like :func:`iter_articles`, plus a UnitDone after each input unit; see module doc."""
    if fmt is not None:
        get_importer(fmt)  # an unknown name is the caller's mistake: fail before reading
    files = iter_inputs(paths)
    return (item for path in files for item in _read_unit(path, fmt, resume))


def fingerprint(path: Path) -> str:
    """What changes when a file's content does: its size and modification time."""
    st = path.stat()
    return f"{st.st_size}:{st.st_mtime_ns}"


def _read_unit(path: Path, fmt: str | None, resume: ResumeFn | None) -> Iterator[Record]:
    """The records of one file then its UnitDone; nothing if the journal says it is done."""
    unit = str(path)
    try:
        mark = fingerprint(path)
    except OSError:
        mark = ""
    start = resume(unit, mark) if resume and mark else None
    if start == FINISHED:
        return
    for item in _read_file(path, fmt, start or 0):
        item.unit = item.unit or unit
        yield item
    yield UnitDone(unit, mark)


def _read_file(path: Path, fmt: str | None, start: int = 0) -> Iterator[Article | Rejected]:
    """The records of one file, or one Rejected when it cannot be read at all."""
    origin, head = str(path), b""
    try:
        with path.open("rb") as stream:
            head = stream.read(HEAD_SIZE)
            importer = get_importer(fmt or detect_format(path, head))
            stream.seek(0)
            yield from importer.read(stream, origin, start)
    except UnsupportedFormatError as exc:
        yield Rejected(origin, "whole file", str(exc), excerpt_bytes(head))
    except OSError as exc:
        reason = f"cannot read the file ({exc.strerror or exc}); check that it is a readable file"
        yield Rejected(origin, "whole file", reason, excerpt_bytes(head))
