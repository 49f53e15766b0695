"""The Article model: one version (one language) of one news story."""
from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import asdict, dataclass, field


def normalise_text(text: str) -> str:
    """Fold case, Unicode form and white space so that copies compare equal.

    >>> normalise_text("  Ракета\\u00a0 LAUNCHED\\n")
    'ракета launched'
    """
    # split() takes the same white space as a regex's \s, and splitting and joining again
    # is faster than a substitution
    return " ".join(unicodedata.normalize("NFC", text).split()).lower()


@dataclass
class Article:
    """One language version of a story, as read from an input file.

    ``lang_hint`` is what the input itself declared (a JSON ``lang`` field, an HTML
    ``lang`` attribute); the indexer decides the language and may disagree.
    ``translations`` holds ids or URLs of the other versions, as the input gave them;
    ``alternates`` maps a language to the URL of that version (``hreflang``).
    ``origin`` says where the record came from (``path``, ``path:line 12``).
    ``captured`` is when a crawler fetched the page (a WARC's ``WARC-Date``), if known.
    """

    title: str
    paragraphs: list[str]
    url: str | None = None
    external_id: str | None = None
    source: str | None = None
    author: str | None = None
    published: str | None = None
    section: str | None = None
    lang_hint: str | None = None
    translations: list[str] = field(default_factory=list)
    alternates: dict[str, str] = field(default_factory=dict)
    origin: str = ""
    #: the input unit it came from and where reading may restart after it (see Progress)
    unit: str = ""
    resume_at: int | None = None
    captured: str | None = None

    @property
    def text(self) -> str:
        """The body as one string, paragraphs separated by blank lines."""
        return "\n\n".join(self.paragraphs)

    @property
    def checksum(self) -> str:
        """A hash of the normalised title and body: equal for identical copies."""
        data = normalise_text(self.title) + "\n" + normalise_text(self.text)
        return hashlib.sha1(data.encode("utf-8")).hexdigest()

    def to_dict(self) -> dict:
        """A plain dict of every field (for JSON)."""
        return asdict(self)


@dataclass
class Rejected:
    """A record an importer could not take, and why.

    ``position`` locates it inside ``origin`` (``line 7``, ``offset 1024``);
    ``excerpt`` is a short piece of the raw input so an archivist can find it.
    """

    origin: str
    position: str
    reason: str
    excerpt: str = ""
    unit: str = ""
    resume_at: int | None = None

    def to_dict(self) -> dict:
        """A plain dict of every field (for the rejects file)."""
        return asdict(self)


@dataclass
class Skipped(Rejected):
    """A record that is not an article and was passed over on purpose, and why.

    A WARC revisit whose capture is already imported, an image or a stylesheet in a crawl:
    nothing is wrong with the input, so it does not count as a rejection, but it is still
    accounted for (the summary counts it, the rejects file lists it as skipped).
    """


@dataclass
class PendingPage:
    """An HTML capture whose article is not read yet (plain data, cheap to pickle).

    Reading a page (HTML parsing, boilerplate removal) is the costly part of a crawl's
    import; a caller that asks for it (see :func:`archive.readers.deferred_pages`) gets
    these and reads them where it likes, e.g. in worker processes, with
    :func:`archive.readers.read_pending`. ``unit`` and ``resume_at`` are set like those of
    any record and pass on to the result.
    """

    payload: bytes
    origin: str
    position: str
    uri: str
    charset: str | None = None
    captured: str | None = None
    unit: str = ""
    resume_at: int | None = None


@dataclass
class UnitDone:
    """The end of one input unit (a file, a zip member, standard input).

    ``unit`` names it as the other records do; ``fingerprint`` changes when its content
    does (size and modification time, or a member's size and CRC), so a journal that saw
    the unit finished can tell whether a rerun may skip it.
    """

    unit: str
    fingerprint: str
