"""What the importers share: the Reader protocol and the record stream's types.

Kept apart from :mod:`archive.readers` so that every reader, the container readers
(zip, WACZ) included, can name these without importing the dispatcher.
"""
from __future__ import annotations

from typing import BinaryIO, Callable, Iterator, Optional, Protocol, Union

from archive.article import Article, PendingPage, Rejected, UnitDone

Record = Union[Article, Rejected, UnitDone, PendingPage]
#: ``resume(unit, fingerprint)``: None (read whole), FINISHED (skip) or a byte offset
ResumeFn = Callable[[str, str], Optional[int]]
FINISHED = -1
#: ``read_source(stream, unit, head, fmt, start, resume, depth, budget)``: the dispatcher's
#: reading of one stream by its format, handed to the container readers for their members
ReadSource = Callable[..., Iterator[Record]]


class Reader(Protocol):
    """What every reader provides."""

    format: str

    def read(self, stream: BinaryIO, origin: str, start: int = 0) -> Iterator[Article | Rejected]:
        """Yield every record of ``stream`` from byte ``start``; never raise for a bad record.

        Readers that can restart inside a stream set ``resume_at`` on what they yield;
        the others ignore ``start`` (the caller only passes offsets they gave).
        """
