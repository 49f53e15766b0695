"""Reader for text pasted from a news page: one article per ``.txt`` file."""
from __future__ import annotations

import re
from typing import BinaryIO, Iterator

from archive.article import Article, Rejected
from archive.encoding import decode_bytes, excerpt_bytes
from archive.exceptions import RecordError
from archive.pagetext import parse_page_text
from archive.streams import read_limited

_LANG_SUFFIX = re.compile(r"[-_.](uk|ua|en|ru)\.(?:txt|text)$", re.I)


def lang_from_filename(name: str) -> str | None:
    """The language code a file name ends with (``-uk.txt``, ``_en.txt``, ``.ru.txt``).

    The code is returned as written (``ua`` stays ``ua``): it is a hint, like any
    language the input declares, and the indexer normalises and checks it.

    >>> lang_from_filename("in/lviv-bridge-UA.txt"), lang_from_filename("x_en.text")
    ('ua', 'en')
    >>> lang_from_filename("notes.ru.md") is None, lang_from_filename("menu.txt") is None
    (True, True)
    """
    match = _LANG_SUFFIX.search(name)
    return match[1].lower() if match else None


class TextReader:
    """Reads a file of text pasted from one news page (see :mod:`archive.pagetext`)."""

    format = "text"

    def read(self, stream: BinaryIO, origin: str, start: int = 0
             ) -> Iterator[Article | Rejected]:
        """Yield the file's one Article, or one Rejected saying why it cannot be used."""
        data = b""
        try:
            data = read_limited(stream)
            item: Article | Rejected = parse_page_text(
                decode_bytes(data), origin, lang_hint=lang_from_filename(origin))
        except RecordError as exc:
            item = Rejected(origin, "whole file", exc.reason, exc.excerpt or excerpt_bytes(data))
        yield item
