"""Zip, WACZ and gzip containers: their members as streams, with bounded expansion.

Nothing here parses articles: :mod:`archive.readers` reads each member with the
importer of its format. What lives here is opening members and metering what they
expand to, counted on the bytes actually read (never on what a header claims):

- a member that expands past :data:`ZIP_MAX_MEMBER_BYTES`, or past
  :data:`ZIP_MAX_RATIO` times the compressed bytes read once it is over
  :data:`ZIP_RATIO_AFTER`, raises :class:`~archive.exceptions.LimitExceeded` (scope
  ``"member"``: give up that member);
- all members of one zip (nested zips included) together past
  :data:`ZIP_MAX_TOTAL_BYTES` raise it with scope ``"container"`` (give up the zip).

Gzip files are metered the same way as one member.
"""
from __future__ import annotations

import io
import logging
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import BinaryIO, Iterator

from archive.exceptions import LimitExceeded
from archive.streams import CHUNK, format_size

log = logging.getLogger(__name__)

ZIP_MAX_MEMBER_BYTES = 4 << 30     # one member may expand to at most this much
ZIP_MAX_TOTAL_BYTES = 64 << 30     # all members of one zip (and zips inside it) together
ZIP_MAX_RATIO = 200                # expanded : compressed bytes read, once past ZIP_RATIO_AFTER
ZIP_RATIO_AFTER = 1 << 20
ZIP_MAX_DEPTH = 2                  # a zip inside a zip, no deeper

GZIP_MAGIC = b"\x1f\x8b"
ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")  # a local file header; an empty archive


@dataclass
class Limits:
    """The expansion limits in force, taken from the module constants when made."""

    member: int = 0
    total: int = 0
    ratio: float = 0
    ratio_after: int = 0

    def __post_init__(self) -> None:
        self.member = self.member or ZIP_MAX_MEMBER_BYTES
        self.total = self.total or ZIP_MAX_TOTAL_BYTES
        self.ratio = self.ratio or ZIP_MAX_RATIO
        self.ratio_after = self.ratio_after or ZIP_RATIO_AFTER


class Budget:
    """The bytes all members of one container (and containers inside it) expanded to."""

    def __init__(self, limits: Limits | None = None):
        self.limits = limits or Limits()
        self.used = 0

    def spend(self, count: int, where: str) -> None:
        """Add ``count`` expanded bytes; LimitExceeded (container) past the total limit."""
        self.used += count
        if self.used > self.limits.total:
            raise LimitExceeded(
                f"possible zip bomb: {where}: the archive expands to more than "
                f"{format_size(self.limits.total)} in all; nothing after this point was read; "
                "unpack it yourself and import the files if it is genuine", scope="container")


class CountingFile:
    """A seekable file that counts the bytes read from it (the compressed side of a zip)."""

    def __init__(self, raw: BinaryIO):
        self.raw = raw
        self.count = 0

    def read(self, size: int = -1) -> bytes:
        """Read and count."""
        data = self.raw.read(size)
        self.count += len(data)
        return data

    def seek(self, offset: int, whence: int = 0) -> int:
        """Seek the underlying file."""
        return self.raw.seek(offset, whence)

    def tell(self) -> int:
        """The underlying file's position."""
        return self.raw.tell()

    def seekable(self) -> bool:
        """Whether the underlying file can seek."""
        return self.raw.seekable()


class MeteredStream(io.RawIOBase):
    """A decompressing stream that raises LimitExceeded once it expands too far.

    ``source`` counts the compressed bytes read; the expanded size is the furthest
    position reached. Forward seeks read through the meter; ``can_seek`` False makes
    the stream forward-only (gzip, where a backward seek starts over from the top).
    """

    def __init__(self, inner: BinaryIO, source: CountingFile, budget: Budget, name: str,
                 can_seek: bool = True):
        self.inner, self.source, self.budget, self.name = inner, source, budget, name
        self.can_seek = can_seek
        self.start_count = source.count
        self.expanded = 0

    def readable(self) -> bool:
        """Always True."""
        return True

    def seekable(self) -> bool:
        """True when a seek is cheap enough to offer (zip members, not gzip)."""
        return self.can_seek

    def readinto(self, buffer) -> int:  # type: ignore[override]
        """Read into ``buffer`` and check the limits."""
        data = self.inner.read(len(buffer))
        buffer[: len(data)] = data
        self._meter()
        return len(data)

    def read(self, size: int = -1) -> bytes:
        """Read at most ``size`` bytes (all when negative), metering every chunk."""
        parts, left = [], CHUNK if size is None or size < 0 else size
        while left > 0:
            data = self.inner.read(min(left, CHUNK))
            self._meter()
            if not data:
                break
            parts.append(data)
            left = left - len(data) if size is not None and size >= 0 else CHUNK
        return b"".join(parts)

    def readline(self, size: int | None = -1) -> bytes:  # type: ignore[override]
        """One line, at most ``size`` bytes (a member stream's own readline, metered)."""
        data = self.inner.readline(-1 if size is None else size)
        self._meter()
        return data

    def tell(self) -> int:
        """The position in the expanded stream."""
        return self.inner.tell()

    def seek(self, offset: int, whence: int = 0) -> int:
        """Seek: forward by metered reading, backward by the member stream's own seek."""
        here = self.inner.tell()
        target = offset if whence == 0 else here + offset if whence == 1 else None
        if target is None:  # from the end: read to it through the meter
            while self.read(CHUNK):
                pass
            return self.inner.seek(offset, 2)
        while here < target:
            data = self.read(min(CHUNK, target - here))
            if not data:
                break
            here += len(data)
        if target < here:
            if not self.can_seek:
                raise io.UnsupportedOperation("this stream only reads forward")
            self.inner.seek(target)
        return self.inner.tell()

    def _meter(self) -> None:
        """Count newly expanded bytes; LimitExceeded past a limit."""
        position = self.inner.tell()
        if position <= self.expanded:
            return
        self.budget.spend(position - self.expanded, self.name)
        self.expanded = position
        limits = self.budget.limits
        if position > limits.member:
            raise LimitExceeded(f"possible zip bomb: {self.name} expands to more than "
                                f"{format_size(limits.member)}; unpack it yourself and "
                                "import the result if it is genuine")
        packed = max(self.source.count - self.start_count, 1)
        if position > limits.ratio_after and position / packed > limits.ratio:
            raise LimitExceeded(f"possible zip bomb: {self.name} expanded to "
                                f"{format_size(position)} from {format_size(packed)} "
                                f"(more than {limits.ratio:g} to 1); unpack it yourself and "
                                "import the result if it is genuine")


@dataclass
class Member:
    """One file inside a zip: its name, its unit name and its fingerprint."""

    name: str
    unit: str
    fingerprint: str
    info: zipfile.ZipInfo


def is_hidden(name: str) -> bool:
    """True for names a zip reader leaves out: folders, hidden files, ``__MACOSX``.

    >>> is_hidden("__MACOSX/._a.txt"), is_hidden("news/.DS_Store"), is_hidden("news/a.txt")
    (True, True, False)
    """
    parts = PurePosixPath(name).parts
    return not parts or name.endswith("/") or any(
        p.startswith(".") or p == "__MACOSX" for p in parts)


def is_wacz_warc(name: str) -> bool:
    """True for the WARC files of a WACZ: ``archive/*.warc`` or ``archive/*.warc.gz``.

    >>> is_wacz_warc("archive/data.warc.gz"), is_wacz_warc("pages/pages.jsonl")
    (True, False)
    """
    lower = name.lower()
    return lower.startswith("archive/") and lower.endswith((".warc", ".warc.gz"))


def zip_flavour(archive: zipfile.ZipFile) -> str:
    """``wacz`` when the zip holds ``archive/*.warc*`` or a ``datapackage.json``, else ``zip``."""
    names = archive.namelist()
    if "datapackage.json" in names or any(is_wacz_warc(n) for n in names):
        return "wacz"
    return "zip"


def open_zip(stream: BinaryIO) -> tuple[zipfile.ZipFile, CountingFile]:
    """The zip in ``stream`` and the counter of its compressed bytes; BadZipFile if corrupt."""
    source = CountingFile(stream)
    return zipfile.ZipFile(source), source  # type: ignore[arg-type]


def iter_members(archive: zipfile.ZipFile, origin: str, wacz: bool) -> Iterator[Member]:
    """The members to read, in the zip's order: all visible files, or a WACZ's WARCs."""
    for info in archive.infolist():
        if info.is_dir() or is_hidden(info.filename):
            continue
        if wacz and not is_wacz_warc(info.filename):
            log.debug("%s: leaving out %s (not a WARC under archive/)", origin, info.filename)
            continue
        yield Member(info.filename, f"{origin}!{info.filename}",
                     f"{info.file_size}:{info.CRC:08x}", info)


def open_member(archive: zipfile.ZipFile, source: CountingFile, member: Member,
                budget: Budget) -> MeteredStream:
    """A metered stream of one member; RuntimeError/NotImplementedError when it cannot open."""
    if member.info.flag_bits & 0x1:
        raise RuntimeError("the member is encrypted; trimova cannot read password-protected "
                           "zips: unpack it and import the files")
    inner = archive.open(member.info)
    return MeteredStream(inner, source, budget, member.unit)  # type: ignore[arg-type]


class GunzipStream(io.RawIOBase):
    """The unpacked content of a gzip stream (all its members), forward only.

    Unlike :class:`gzip.GzipFile`, everything that can be unpacked is handed out before
    a cut-off file raises EOFError, so the records before the cut are all read.
    """

    def __init__(self, source: BinaryIO):
        self.source = source
        self.unpacker = zlib.decompressobj(16 + zlib.MAX_WBITS)
        self.pending = b""
        self.position = 0

    def readable(self) -> bool:
        """Always True."""
        return True

    def tell(self) -> int:
        """Bytes unpacked and handed out so far."""
        return self.position

    def readinto(self, buffer) -> int:  # type: ignore[override]
        """Unpack into ``buffer``; EOFError when the input ends inside a member."""
        while not self.pending and self._unpack_more():
            pass
        count = min(len(buffer), len(self.pending))
        buffer[:count] = self.pending[:count]
        self.pending = self.pending[count:]
        self.position += count
        return count

    def _unpack_more(self) -> bool:
        """Unpack the next chunk into ``pending``; False at the clean end of the input."""
        data = self.unpacker.unconsumed_tail or self.unpacker.unused_data or self.source.read(
            CHUNK // 16)
        if self.unpacker.eof:
            if not data:
                return False
            self.unpacker = zlib.decompressobj(16 + zlib.MAX_WBITS)  # the next member
        elif not data:
            raise EOFError("the compressed data ends before its end-of-stream marker")
        self.pending = self.unpacker.decompress(data, CHUNK)
        return True


def open_gzip(raw: BinaryIO, budget: Budget, name: str) -> MeteredStream:
    """A metered, forward-only stream of a gzip file's content."""
    source = CountingFile(raw)
    inner = io.BufferedReader(GunzipStream(source), buffer_size=CHUNK // 16)  # type: ignore
    return MeteredStream(inner, source, budget, name, can_seek=False)  # type: ignore[arg-type]


def inner_name(name: str) -> str:
    """The name of what a ``.gz`` file holds.

    >>> inner_name("news/2024.jsonl.gz"), inner_name("dump.GZ"), inner_name("x.tgz")
    ('news/2024.jsonl', 'dump', 'x.tgz')
    """
    return name[:-3] if name.lower().endswith(".gz") else name
