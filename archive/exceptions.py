"""Exceptions raised by the archive readers."""
from __future__ import annotations


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
        msg += "; supported: pasted page text (.txt), HTML (.html/.htm), JSON Lines (.jsonl)"
        super().__init__(msg)


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
