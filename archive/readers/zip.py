"""Importers for zip files and WACZ web archives: every member is an input unit of its own.

A zip member is read like a file of its own (any supported format, a zip inside a zip
too, up to :data:`~archive.containers.ZIP_MAX_DEPTH` deep) and named
``<zip path>!<member name>``; hidden members and ``__MACOSX`` are left out. A WACZ is a
zip whose ``archive/`` folder holds the WARC files: only those are read, each as a unit
``<wacz path>!archive/<name>``. A member's fingerprint is its size and CRC; resume
offsets are offsets in the member's unpacked stream. Expansion is bounded (see
:mod:`archive.containers`).
"""
from __future__ import annotations

import logging
import zipfile
import zlib
from typing import BinaryIO, Iterator

from archive.article import Article, Rejected, UnitDone
from archive.containers import (
    ZIP_MAX_DEPTH,
    Budget,
    Member,
    iter_members,
    open_member,
    open_zip,
    zip_flavour,
)
from archive.exceptions import LimitExceeded
from archive.readers.base import FINISHED, ReadSource, Record, ResumeFn
from archive.streams import seekable

log = logging.getLogger(__name__)

MEMBER_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError,
                 OSError, ValueError)


class ZipReader:
    """Reads every supported file inside a zip (each member its own unit).

    ``read_member`` reads a member's stream by its format: the dispatcher's
    :func:`~archive.readers.read_source`, handed in so that this module needs no import of it.
    """

    format = "zip"
    wacz = False

    def __init__(self, read_member: ReadSource):
        self.read_member = read_member

    def read(self, stream: BinaryIO, origin: str, start: int = 0
             ) -> Iterator[Article | Rejected]:
        """The records of every member (the Reader protocol: no unit markers)."""
        for item in self.read_units(stream, origin):
            if not isinstance(item, UnitDone):
                yield item

    def read_units(self, stream: BinaryIO, origin: str, fmt: str | None = None,
                   resume: ResumeFn | None = None, depth: int = 0,
                   budget: Budget | None = None) -> Iterator[Record]:
        """The records of every member, each member closed by its UnitDone.

        ``fmt`` forces a format on the members; ``depth`` is how deep in zips this one is.
        """
        opened = _open(stream, origin, depth)
        if isinstance(opened, Rejected):
            opened.unit = origin
            yield opened
            return
        archive, source = opened
        wacz = self.wacz or (self.format == "zip" and fmt is None and
                             zip_flavour(archive) == "wacz")
        members = list(iter_members(archive, origin, wacz))
        if wacz and not members:
            yield Rejected(origin, "whole file", "a WACZ without WARC files under archive/; "
                           "nothing to import", unit=origin)
        owner = budget is None
        budget = budget or Budget()
        for member in members:
            try:
                yield from _member(self.read_member, archive, source, member,
                                   "warc" if wacz else fmt, resume, depth, budget)
            except LimitExceeded as exc:
                if not owner:
                    raise
                yield Rejected(member.unit, "whole file", str(exc), unit=member.unit)
                return


class WaczReader(ZipReader):
    """Reads the WARC files of a WACZ (``archive/*.warc``, ``archive/*.warc.gz``)."""

    format = "wacz"
    wacz = True


def _open(stream: BinaryIO, origin: str, depth: int
          ) -> tuple[zipfile.ZipFile, object] | Rejected:
    """The zip and its byte counter, or the Rejected saying why it cannot be opened."""
    if depth >= ZIP_MAX_DEPTH:
        return Rejected(origin, "whole file", f"a zip nested more than {ZIP_MAX_DEPTH} deep; "
                        "unpack the outer zips and import the result")
    if not seekable(stream):
        return Rejected(origin, "whole file", "a zip cannot be read from a stream (standard "
                        "input or inside a gzip file): save it as a file and import that")
    try:
        return open_zip(stream)
    except LimitExceeded:
        raise
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        return Rejected(origin, "whole file", f"not a readable zip file ({exc}); the file is "
                        "damaged or cut off: copy it again, or repair it with `zip -FF`")


def _member(read_source: ReadSource, archive: zipfile.ZipFile, source, member: Member,
            fmt: str | None, resume: ResumeFn | None, depth: int, budget: Budget
            ) -> Iterator[Record]:
    """The records of one member then its UnitDone; nothing when the journal has it done."""
    start = resume(member.unit, member.fingerprint) if resume else None
    if start == FINISHED:
        return
    stream = None
    try:
        stream = open_member(archive, source, member, budget)
        head = stream.read(4096)
        stream.seek(0)
        yield from read_source(stream, member.unit, head, fmt, start or 0, resume,
                               depth + 1, budget)
    except LimitExceeded as exc:
        if exc.scope == "container":
            raise
        yield Rejected(member.unit, _where(stream), str(exc), unit=member.unit)
    except MEMBER_ERRORS as exc:
        yield Rejected(member.unit, _where(stream), f"cannot read this member of the zip "
                       f"({exc}); the zip is damaged: copy it again, or unpack what can be "
                       "unpacked and import the files", unit=member.unit)
    yield UnitDone(member.unit, member.fingerprint)


def _where(stream) -> str:
    """Where reading a member stopped: ``byte N`` of its unpacked data, or the whole file."""
    expanded = getattr(stream, "expanded", 0)
    return f"byte {expanded}" if expanded else "whole file"
