"""Bounded reading of binary input streams, shared by the importers.

No record may make a reader hold more than :data:`MAX_RECORD_BYTES`: a longer line,
page or WARC payload is refused (a Rejected), skipped in bounded chunks, and reading
goes on with what follows it.
"""
from __future__ import annotations

import io
import logging
from typing import BinaryIO, Iterator, NamedTuple

from archive.exceptions import RecordError

log = logging.getLogger(__name__)

#: the largest record (line, page, WARC payload, CSV row) any importer holds in memory
MAX_RECORD_BYTES = 50 * 1024 * 1024
CHUNK = 1024 * 1024  # bytes read at a time where a record may be long


class Line(NamedTuple):
    """One line of a stream: where it starts, its bytes (None when too long), its size."""

    offset: int
    data: bytes | None
    size: int


def format_size(size: int) -> str:
    """A byte count the way a reject reason says it.

    >>> format_size(50 * 1024 * 1024), format_size(1536), format_size(100)
    ('50 MiB', '1.5 KiB', '100 bytes')
    """
    for unit, scale in (("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)):
        if size >= scale:
            return f"{size / scale:.1f}".removesuffix(".0") + f" {unit}"
    return f"{size} bytes"


def record_limit(limit: int | None = None) -> int:
    """``limit``, or :data:`MAX_RECORD_BYTES` as it is set now (tests lower it).

    >>> record_limit(10), record_limit() == MAX_RECORD_BYTES
    (10, True)
    """
    return MAX_RECORD_BYTES if limit is None else limit


def read_limited(stream: BinaryIO, limit: int | None = None) -> bytes:
    """All of ``stream``, or RecordError when it holds more than ``limit`` bytes.

    >>> read_limited(io.BytesIO(b"short"), 10)
    b'short'
    """
    limit = record_limit(limit)
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise RecordError(f"the input is larger than {format_size(limit)}, the most trimova "
                          "reads as one article; split it into smaller files")
    return data


def skip_to(stream: BinaryIO, start: int) -> None:
    """Move ``stream`` to byte ``start``: seek when it can, else read and drop bytes."""
    if not start:
        return
    if seekable(stream):
        stream.seek(start)
        return
    left = start
    while left > 0:
        data = stream.read(min(left, CHUNK))
        if not data:
            return
        left -= len(data)


def seekable(stream: BinaryIO) -> bool:
    """True when ``stream`` says it can seek (and does not fail saying so)."""
    try:
        return bool(stream.seekable())
    except (AttributeError, ValueError, OSError):
        return False


def iter_lines(stream: BinaryIO, start: int = 0, limit: int | None = None) -> Iterator[Line]:
    """Every line of ``stream`` from offset ``start``, none held longer than ``limit``.

    A longer line comes as ``Line(offset, None, size)``: it was skipped in chunks.

    >>> [tuple(x) for x in iter_lines(io.BytesIO(b"ab\\nlonger line\\nc"), limit=5)]
    [(0, b'ab\\n', 3), (3, None, 12), (15, b'c', 1)]
    """
    limit = record_limit(limit)
    offset = start
    while True:
        first = stream.readline(min(CHUNK, limit + 1))
        if not first:
            return
        data: bytes | None = first
        size = len(first)
        if not first.endswith(b"\n") and size == min(CHUNK, limit + 1):
            data, size = _long_line(stream, first, limit)
        yield Line(offset, data, size)
        offset += size


def _long_line(stream: BinaryIO, first: bytes, limit: int) -> tuple[bytes | None, int]:
    """The rest of a line longer than one chunk: (its bytes or None if over ``limit``, size)."""
    if seekable(stream):
        begin = stream.tell() - len(first)
        size = len(first) + _skip_line(stream)
        if size > limit:
            return None, size
        stream.seek(begin)
        return stream.read(size), size
    return _gather_line(stream, first, limit)


def _gather_line(stream: BinaryIO, first: bytes, limit: int) -> tuple[bytes | None, int]:
    """Read a long line from a stream that cannot seek back, dropping it once over ``limit``."""
    parts: list[bytes] | None = [first]
    size, last = len(first), first
    while not last.endswith(b"\n"):
        last = stream.readline(CHUNK)
        if not last:
            break
        size += len(last)
        if parts is not None:
            parts.append(last)
            if size > limit:
                parts = None
    return (b"".join(parts) if parts is not None else None), size


def _skip_line(stream: BinaryIO) -> int:
    """Read to the end of the current line in chunks, keeping nothing; the bytes skipped."""
    skipped = 0
    while True:
        part = stream.readline(CHUNK)
        skipped += len(part)
        if not part or part.endswith(b"\n"):
            return skipped


class PrefixedStream(io.RawIOBase):
    """A non-seekable stream whose first bytes were already read (to sniff its format)."""

    def __init__(self, head: bytes, rest: BinaryIO):
        self._head = memoryview(head)
        self._rest = rest

    def readable(self) -> bool:
        """Always True."""
        return True

    def readinto(self, buffer) -> int:  # type: ignore[override]
        """Fill ``buffer`` from the head first, then from the rest of the stream."""
        if self._head:
            count = min(len(buffer), len(self._head))
            buffer[:count] = self._head[:count]
            self._head = self._head[count:]
            return count
        data = self._rest.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def prefixed(head: bytes, rest: BinaryIO) -> BinaryIO:
    """A buffered stream that reads ``head`` and then ``rest`` (standard input after a peek).

    >>> prefixed(b"ab", io.BytesIO(b"c\\nd")).readline()
    b'abc\\n'
    """
    return io.BufferedReader(PrefixedStream(head, rest), buffer_size=CHUNK)
