"""The names records carry as their ``origin``: the file as the user named it, no server path.

Readers set ``origin`` from the path they opened (``/srv/imports/x/files/a.jsonl:line 3``).
That path means nothing to a reader of the archive and says too much about the server, so
the import shows each input under the name the user gave it: a web upload under its
uploaded file name, a file given to ``trimova import`` as it was typed when relative, or by
its own name when absolute; a file found in a given folder under that folder's name and its
path inside it. What follows the path (``:line 3``, ``!member.warc:offset 9``) stays.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable, Iterator, Mapping

from archive.article import Rejected, UnitDone
from archive.readers import Record


class OriginNames:
    """Rewrites origins that start with one of the import's input paths.

    :param paths: the inputs as given to the import (files, folders, ``-``).
    :param names: a shown name for some of them (a web upload's own file name).

    >>> names = OriginNames(["/srv/in/a.jsonl", "/srv/crawls", "b.csv"])
    >>> names.shown("/srv/in/a.jsonl:line 3"), names.shown("/srv/crawls/2024/x.warc:offset 9")
    ('a.jsonl:line 3', 'crawls/2024/x.warc:offset 9')
    >>> names.shown("b.csv:row 2"), names.shown("<stdin>:line 1")
    ('b.csv:row 2', '<stdin>:line 1')
    >>> OriginNames(["/tmp/u/1.jsonl"], {"/tmp/u/1.jsonl": "новини.jsonl"}).shown("/tmp/u/1.jsonl")
    'новини.jsonl'
    """

    def __init__(self, paths: Iterable[str | os.PathLike[str]],
                 names: Mapping[str, str] | None = None):
        given = {str(Path(p)): name for p, name in (names or {}).items()}
        roots = {str(Path(p)) for p in paths if str(p) != "-"}
        # the longest first: a file given beside its own folder keeps its own name
        self.roots = sorted(((r, given.get(r) or _public(r)) for r in roots),
                            key=lambda pair: len(pair[0]), reverse=True)

    def shown(self, origin: str) -> str:
        """``origin`` with its input path replaced by the name shown for it."""
        for root, name in self.roots:
            if origin.startswith(root):
                rest = origin[len(root):]
                if not rest or rest[0] in (os.sep, "!", ":"):
                    return (name + rest) if name else rest.lstrip(os.sep)
        return origin

    def shown_in(self, text: str) -> str:
        """``text`` (a reason that quotes the file) with each input path shown by its name.

        >>> OriginNames(["/srv/in/a.gz"]).shown_in("/srv/in/a.gz: damaged gzip data")
        'a.gz: damaged gzip data'
        """
        for root, name in self.roots:
            if name and root in text:
                text = text.replace(root, name)
        return text

    def rename(self, records: Iterable[Record]) -> Iterator[Record]:
        """The records with their origins shown (``unit`` keeps the path, for the journal)."""
        for item in records:
            if not isinstance(item, UnitDone):
                item.origin = self.shown(item.origin)
                if isinstance(item, Rejected):
                    item.reason = self.shown_in(item.reason)
            yield item


def _public(path: str) -> str:
    """A relative path as given; an absolute one by its last part (``/`` by nothing)."""
    return Path(path).name if os.path.isabs(path) else path
