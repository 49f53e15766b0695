"""Exceptions raised by the archive readers."""
from __future__ import annotations


SUPPORTED = ("pasted page text (.txt), HTML (.html/.htm), JSON Lines (.jsonl), CSV (.csv/.tsv), "
             "WARC (.warc/.warc.gz), WACZ (.wacz) and zip or gzip files of these")


class ArchiveError(Exception):
    """Base class for every error raised by :mod:`archive`."""


class UnsupportedFormatError(ArchiveError):
    """The input is not in a format trimova can read.

    ``path`` names the input; the message lists the formats that are supported.
    """

    def __init__(self, path: str, detail: str = ""):
        self.path = path
        msg = f"{path}: not a format trimova can import"
        if detail:
            msg += f" ({detail})"
        super().__init__(f"{msg}; supported: {SUPPORTED}")


class RecordError(ArchiveError):
    """One record is unusable; carries the reason and where it was."""

    def __init__(self, reason: str, position: str = "", excerpt: str = ""):
        self.reason = reason
        self.position = position
        self.excerpt = excerpt
        super().__init__(reason)


class DecodeError(RecordError):
    """The bytes of an input are not text in any encoding trimova accepts.

    Raised for binary data (NUL bytes outside UTF-16) and for text whose encoding
    cannot be told without guessing; the reason says what to do about it.
    """


class LimitExceeded(ArchiveError):
    """Reading an input would expand it past a safety limit (a possible zip bomb).

    ``scope`` is ``"member"`` when only the member being read must be given up and
    ``"container"`` when the whole zip must be; the message says which limit and the fix.
    """

    def __init__(self, message: str, scope: str = "member"):
        self.scope = scope
        super().__init__(message)
