"""Turning the bytes of an input file into text, refusing rather than guessing wrong.

Order of evidence: a byte-order mark, then the charset the input declared (HTTP
header or ``<meta>``), then strict UTF-8, then UTF-16 without a mark, then
detection limited to the encodings news from this region actually comes in.
"""
from __future__ import annotations

import codecs
import logging
import re

import charset_normalizer

from archive.exceptions import DecodeError

log = logging.getLogger(__name__)

# Besides UTF-8, Ukrainian and Russian text files come in these; allowing more
# (cp1252, mac-cyrillic, ...) makes detection pick plausible-looking mojibake.
CANDIDATES = ("cp1251", "koi8_u", "koi8_r", "utf_16")

_BOMS = (  # the mark, the codec of the rest, the codec that reads the mark too
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
)
# C0/C1 control characters other than tab, newlines and form feed never occur in
# real text; seeing them means the bytes were read with the wrong encoding.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_UNICODE_FAMILY = ("utf-8", "utf-16", "utf-16-le", "utf-16-be")
#: the bytes that stand for themselves in UTF-8 and are allowed in text: deleting them
#: from UTF-8 leaves only the C0 controls of :data:`_CONTROL`
_CLEAN_BYTES = bytes([9, 10, 12, 13, *range(0x20, 0x7F), *range(0x80, 0x100)])
#: the C1 controls (U+0080 to U+009F) in UTF-8
_C1_UTF8 = re.compile(rb"\xc2[\x80-\x9f]")


def decode_bytes(data: bytes, declared: str | None = None) -> str:
    """Decode an input's bytes; raise DecodeError instead of returning mojibake.

    >>> decode_bytes("Київ".encode("cp1251"), "windows-1251")
    'Київ'
    >>> decode_bytes(codecs.BOM_UTF8 + "Одеса".encode("utf-8"))
    'Одеса'
    >>> decode_bytes(b"ok", "no-such-charset")
    'ok'
    """
    return _decode(data, declared)[0] if data else ""


def decode_with_codec(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """:func:`decode_bytes` and the codec that read the bytes (as :func:`detect_encoding`).

    A reader that got ``utf-8`` may hand the bytes themselves on (a parser reads UTF-8
    bytes faster than text).

    >>> decode_with_codec("Львів".encode("utf-8")), decode_with_codec(b"")
    (('Львів', 'utf-8'), ('', 'utf-8'))
    """
    return _decode(data, declared) if data else ("", "utf-8")


def detect_encoding(data: bytes, declared: str | None = None) -> str:
    """The codec :func:`decode_bytes` reads ``data`` with (a mark included); DecodeError if none.

    The name suits an incremental decoder started at the first byte: ``utf-8-sig`` and
    ``utf-16`` consume a byte-order mark.

    >>> detect_encoding(b"plain"), detect_encoding(codecs.BOM_UTF8 + b"x")
    ('utf-8', 'utf-8-sig')
    >>> detect_encoding("Міська рада затвердила бюджет на рік".encode("cp1251"))
    'cp1251'
    """
    return _decode(data, declared)[1] if data else "utf-8"


def sniff_encoding(head: bytes, declared: str | None = None) -> str:
    """:func:`detect_encoding` of a file's first bytes, which may end inside a character.

    Only whole lines are looked at (whole UTF-16 code units when there are NUL bytes).

    >>> sniff_encoding("Одеса\\nМиколаїв".encode("utf-8")[:-1])
    'utf-8'
    >>> sniff_encoding(codecs.BOM_UTF16_LE + "Одеса\\nКиїв".encode("utf-16-le")[:-1])
    'utf-16'
    """
    if b"\x00" in head:
        return detect_encoding(head[: len(head) // 2 * 2], declared)
    return detect_encoding(head[: head.rfind(b"\n") + 1] or head, declared)


def _decode(data: bytes, declared: str | None) -> tuple[str, str]:
    """``data`` as text and the codec that read it; DecodeError when none can."""
    found = _by_bom(data) or _by_declared(data, declared) or _strict(data, "utf-8")
    if found is None:
        found = _by_utf16_pattern(data) if b"\x00" in data else _by_detection(data)
    return found


def is_clean_text(text: str) -> bool:
    """True when ``text`` has no control characters that real text never has.

    >>> is_clean_text("line one\\n\\tline two")
    True
    >>> is_clean_text("PK\\x03\\x04")
    False
    """
    return _CONTROL.search(text) is None


def known_encoding(name: str | None) -> str | None:
    """The codec name for a declared charset, or None when Python has no such text codec.

    >>> known_encoding("Windows-1251"), known_encoding('"UTF-8"'), known_encoding("koi8-r")
    ('cp1251', 'utf-8', 'koi8-u')
    >>> known_encoding("x-user-defined") is None
    True
    """
    if not name or not name.strip(" \t'\""):
        return None
    name = name.strip(" \t'\"")
    try:
        "".encode(name)  # LookupError also for bytes-to-bytes codecs such as base64
        codec = codecs.lookup(name).name
    except LookupError:
        log.info("ignoring unknown charset name %r", name)
        return None
    # Ukrainian sites often label KOI8-U as KOI8-R; the two differ only where KOI8-R
    # has box-drawing characters, which news text does not contain.
    return "koi8-u" if codec == "koi8-r" else codec


def looks_misdeclared(text: str) -> bool:
    """True when text read with a single-byte charset has the typical shape of mojibake.

    Cyrillic bytes read as Latin-1/cp1252 become runs of accented Latin letters;
    cp1251 read as KOI8 (or the reverse) turns mostly-lowercase prose into capitals.

    >>> looks_misdeclared("Ïðåçèäåíò ï³äïèñàâ çàêîí ïðî áþäæåò")
    True
    >>> looks_misdeclared("оПЕГХДЕМР ОЁДОХЯЮБ ГЮЙНМ ОПН АЧДФЕР")
    True
    >>> looks_misdeclared("Президент підписав закон про бюджет на наступний рік")
    False
    """
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 20:
        return False
    latin1 = sum("\u00c0" <= c <= "\u00ff" for c in letters) / len(letters)
    upper = sum(c.isupper() for c in letters) / len(letters)
    return latin1 > 0.3 or upper > 0.6


def _strict(data: bytes, encoding: str) -> tuple[str, str] | None:
    """``data`` decoded strictly and ``encoding``, or None if it is not clean text that way."""
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None
    clean = _is_clean_utf8(data) if encoding == "utf-8" else is_clean_text(text)
    return (text, encoding) if clean else None


def _is_clean_utf8(data: bytes) -> bool:
    """:func:`is_clean_text` of valid UTF-8, told from the bytes (a page's text is hundreds
    of kilobytes: searching the bytes in C takes a fifth of the time of the text's regex).

    >>> _is_clean_utf8("Київ\\tрада\\n".encode()), _is_clean_utf8("a\\x85b".encode())
    (True, False)
    >>> _is_clean_utf8(b"PK\\x03\\x04")
    False
    """
    if data.translate(None, _CLEAN_BYTES):
        return False
    return b"\xc2" not in data or _C1_UTF8.search(data) is None


def _by_bom(data: bytes) -> tuple[str, str] | None:
    """Text decoded by the byte-order mark at the start, if there is a usable one."""
    for bom, encoding, with_mark in _BOMS:
        if data.startswith(bom):
            found = _strict(data[len(bom):], encoding)
            if found is None:
                log.warning("%s byte-order mark, but the rest is not clean %s; ignoring it",
                            encoding, encoding)
                return None
            return found[0], with_mark
    return None


def _by_declared(data: bytes, declared: str | None) -> tuple[str, str] | None:
    """Text decoded with the declared charset, unless the bytes contradict it."""
    encoding = known_encoding(declared)
    if encoding is None:
        return None
    if encoding not in _UNICODE_FAMILY and not data.isascii() and _strict(data, "utf-8"):
        # Non-ASCII bytes that happen to form valid UTF-8 are practically never
        # cp1251/KOI8 text: the declaration is stale (a re-saved page).
        log.warning("charset %r declared, but the bytes are UTF-8; reading them as UTF-8",
                    declared)
        return None
    found = _strict(data, encoding)
    if found is None or (encoding not in _UNICODE_FAMILY and looks_misdeclared(found[0])):
        log.warning("the bytes do not read as the declared charset %r; detecting it", declared)
        return None
    return found


def _by_utf16_pattern(data: bytes) -> tuple[str, str]:
    """UTF-16 without a byte-order mark, told by where its NUL bytes are; else binary."""
    even_nuls, odd_nuls = data[0::2].count(0), data[1::2].count(0)
    # ASCII characters in UTF-16LE are "X\0" (NUL at odd offsets), in UTF-16BE "\0X".
    encoding = None
    if len(data) % 2 == 0 and odd_nuls and not even_nuls:
        encoding = "utf-16-le"
    elif len(data) % 2 == 0 and even_nuls and not odd_nuls:
        encoding = "utf-16-be"
    found = _strict(data, encoding) if encoding else None
    if found is None:
        raise DecodeError(f"binary data, not text: NUL byte at offset {data.index(0)} "
                          "(not UTF-16 either); this is not a text file")
    log.info("no byte-order mark; read as %s from the NUL byte pattern", encoding)
    return found


def _by_detection(data: bytes) -> tuple[str, str]:
    """Text in the most coherent of the candidate encodings, or DecodeError."""
    match = charset_normalizer.from_bytes(data, cp_isolation=list(CANDIDATES)).best()
    text = str(match) if match is not None else None
    if text is None or not is_clean_text(text):
        raise DecodeError("cannot tell the text encoding: not UTF-8 and not clearly "
                          "cp1251, KOI8-U/KOI8-R or UTF-16; re-save the file as UTF-8")
    log.info("no usable charset declared; detected %s", match.encoding)
    return text, match.encoding


def excerpt_bytes(data: bytes, limit: int = 120) -> str:
    """A short, printable piece of raw input for a reject report, whatever its encoding.

    >>> excerpt_bytes(b"PK\\x03\\x04 binary \\xff")
    'PK binary'
    """
    text = _CONTROL.sub(" ", data[: limit * 4].decode("utf-8", "replace").replace("\ufffd", " "))
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
