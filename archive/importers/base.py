"""What the importers share: the Importer protocol and the record stream's types.

Kept apart from :mod:`archive.importers` so that container importers (zip, WACZ), which
read their members through the dispatcher there, can name these without a cycle.
"""
from __future__ import annotations

from typing import BinaryIO, Callable, Iterator, Optional, Protocol, Union

from archive.article import Article, PendingPage, Rejected, UnitDone

Record = Union[Article, Rejected, UnitDone, PendingPage]
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
