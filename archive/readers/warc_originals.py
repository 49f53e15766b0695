"""The originals of one import's captures, so that a revisit finds its original in any input.

A revisit record repeats a capture made earlier, maybe in another WARC (a crawl split over
files, a WACZ with several WARCs). While an import reads its inputs, every ``response`` and
``resource`` record is remembered by what a revisit may name it with: its
``WARC-Record-ID`` (``WARC-Refers-To``), its URI and date (``WARC-Refers-To-Target-URI`` and
``WARC-Refers-To-Date``) and its ``WARC-Payload-Digest``. Only 64-bit hashes of those keys
and where the record starts (input unit, byte offset) are kept, never payloads: a few
dozen bytes a record. A revisit's original is read again from its file by that offset when
the revisit is resolved.

A revisit whose original has not been read yet is deferred: the readers note it
(:class:`Revisit`, a few strings) and the dispatcher resolves the deferred ones once every
input has been read (:meth:`Originals.resolve_deferred`). Their unit's end (UnitDone) is
held back until then, and the unit's later records carry the revisit's offset as where
reading may restart, so an import cut off before the end pass reads the revisit again.
"""
from __future__ import annotations

import hashlib
import zipfile
from contextlib import ExitStack
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, Iterator, Optional

from warcio.archiveiterator import ArchiveIterator

from archive.streams import skip_to

#: the originals of the import being read (None: each file is read on its own)
ORIGINALS: ContextVar[Optional["Originals"]] = ContextVar("trimova_originals", default=None)
#: where a record starts: (input unit, byte offset)
Where = tuple[str, int]
_OFFSET_BITS = 40  # a packed place: unit number above, offset (up to 1 TB) below


def key_hash(kind: str, value: str) -> int:
    """A 64-bit hash of one key a revisit may use to name its original.

    >>> key_hash("digest", "sha1:AB") == key_hash("digest", " sha1:AB ")
    True
    """
    data = f"{kind}\0{value.strip()}".encode("utf-8")
    return int.from_bytes(hashlib.blake2b(data, digest_size=8).digest(), "little")


def _date_key(value: str) -> str:
    """A WARC date as compared between a revisit and its original (fraction and zone kept).

    >>> _date_key("2024-10-14T09:30:00Z") == _date_key("2024-10-14T09:30:00+00:00")
    True
    """
    value = value.strip()
    return value[:-1] + "+00:00" if value.endswith("Z") else value


@dataclass
class Revisit:
    """What a revisit record says of itself and of its original (plain strings)."""

    unit: str
    offset: int
    uri: str
    date: str | None
    refers_to: str | None = None
    refers_uri: str | None = None
    refers_date: str | None = None
    digest: str | None = None

    @classmethod
    def of(cls, record: Any, unit: str, offset: int, uri: str, date: str | None) -> Revisit:
        """The revisit of a warcio record."""
        get = record.rec_headers.get_header
        return cls(unit, offset, uri, date, get("WARC-Refers-To"),
                   get("WARC-Refers-To-Target-URI"), get("WARC-Refers-To-Date"),
                   get("WARC-Payload-Digest"))

    def keys(self) -> Iterator[int]:
        """The hashed keys its original may be known by, the most precise first."""
        if self.refers_to:
            yield key_hash("id", self.refers_to)
        if self.refers_uri and self.refers_date:
            yield key_hash("uri", f"{self.refers_uri.strip()} {_date_key(self.refers_date)}")
        if self.digest:
            yield key_hash("digest", self.digest)

    def describe(self) -> str:
        """How the revisit names its original, for a reason."""
        if self.digest:
            return f"payload digest {self.digest}"
        if self.refers_to:
            return f"record {self.refers_to}"
        return f"{self.refers_uri or self.uri} captured {self.refers_date or '?'}"


@dataclass
class Originals:
    """The captures of one import by their keys, and the revisits still waiting."""

    units: list[str] = field(default_factory=list)
    places: dict[int, int] = field(default_factory=dict)
    deferred: list[Revisit] = field(default_factory=list)
    #: unit -> offset of its first deferred revisit (where it may restart at most)
    pinned: dict[str, int] = field(default_factory=dict)
    #: units the journal found finished and skipped: their originals are read if needed
    skipped: list[str] = field(default_factory=list)
    _unit_no: dict[str, int] = field(default_factory=dict)

    def add(self, record: Any, unit: str, offset: int) -> None:
        """Remember a response or resource record as a possible original."""
        get = record.rec_headers.get_header
        place = (self._number(unit) << _OFFSET_BITS) | offset
        keys = [("id", get("WARC-Record-ID")), ("digest", get("WARC-Payload-Digest"))]
        uri, date = get("WARC-Target-URI"), get("WARC-Date")
        if uri and date:
            keys.append(("uri", f"{uri.strip()} {_date_key(date)}"))
        for kind, value in keys:
            if value:
                self.places.setdefault(key_hash(kind, value), place)

    def _number(self, unit: str) -> int:
        if unit not in self._unit_no:
            self._unit_no[unit] = len(self.units)
            self.units.append(unit)
        return self._unit_no[unit]

    def find(self, revisit: Revisit) -> Where | None:
        """Where the revisit's original starts, if it was read in this import."""
        for key in revisit.keys():
            place = self.places.get(key)
            if place is not None:
                return self.units[place >> _OFFSET_BITS], place & ((1 << _OFFSET_BITS) - 1)
        return None

    def defer(self, revisit: Revisit) -> None:
        """Keep a revisit for the end of the import; its unit may restart there at most."""
        self.deferred.append(revisit)
        self.pinned.setdefault(revisit.unit, revisit.offset)

    def take_deferred(self) -> list[Revisit]:
        """The deferred revisits, in input order; their originals from skipped units are
        read first (the journal skipped those units this run)."""
        waiting, self.deferred = self.deferred, []
        if waiting and self.skipped and any(self.find(r) is None for r in waiting):
            for unit in self.skipped:
                self.index_unit(unit)
            self.skipped = []
        return waiting

    def index_unit(self, unit: str) -> None:
        """Remember the originals of a unit that was not read this run (headers only);
        a zip's (a WACZ's) WARC members when the unit is a whole zip."""
        if "!" not in unit and zipfile.is_zipfile(unit):
            with zipfile.ZipFile(unit) as archive:
                names = [n for n in archive.namelist() if n.lower().endswith((".warc",
                                                                              ".warc.gz"))]
            for name in names:
                self.index_unit(f"{unit}!{name}")
            return
        try:
            with open_unit(unit) as stream:
                records = ArchiveIterator(stream)
                for record in records:
                    if record.rec_type in ("response", "resource"):
                        self.add(record, unit, records.get_record_offset())
        except Exception:  # a unit that cannot be read again names no originals
            return


def open_unit(unit: str) -> ExitStack:
    """A context manager whose value is the stream of an input unit, read again: a file, or
    a member of a zip (``a.wacz!archive/b.warc.gz``, zips inside zips too).

    OSError when the unit cannot be opened again (standard input, a file gone).
    """
    parts = unit.split("!")
    stack = ExitStack()
    if not Path(parts[0]).is_file():
        raise OSError(f"{parts[0]} is not a file that can be read again")
    try:
        stream: BinaryIO = stack.enter_context(open(parts[0], "rb"))
        for name in parts[1:]:
            archive = stack.enter_context(zipfile.ZipFile(stream))
            stream = stack.enter_context(archive.open(name))
    except (zipfile.BadZipFile, KeyError) as exc:
        stack.close()
        raise OSError(f"{unit} cannot be opened again ({exc})") from exc
    return _Opened(stack, stream)


class _Opened(ExitStack):
    """An ExitStack whose ``with`` value is the opened stream."""

    def __init__(self, stack: ExitStack, stream: BinaryIO):
        super().__init__()
        self.push(stack)
        self.stream = stream

    def __enter__(self) -> BinaryIO:  # type: ignore[override]
        super().__enter__()
        return self.stream


def read_original(where: Where, handle: Any) -> Any:
    """Call ``handle(record)`` with the warcio record at ``where``, read again; its result.

    OSError when the unit cannot be read again or holds no record there.
    """
    unit, offset = where
    with open_unit(unit) as stream:
        skip_to(stream, offset)
        for record in ArchiveIterator(stream):
            return handle(record)
    raise OSError(f"no record at offset {offset} of {unit}")
