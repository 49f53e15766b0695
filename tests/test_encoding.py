"""Tests for archive.encoding.decode_bytes."""
from __future__ import annotations

import codecs
import random

import pytest

from archive.encoding import (
    _is_clean_utf8,
    decode_bytes,
    decode_with_codec,
    excerpt_bytes,
    is_clean_text,
    known_encoding,
    looks_misdeclared,
)
from archive.exceptions import DecodeError, RecordError
from tests.helpers import get_test_file

UK = ("Київська міська рада ухвалила рішення про нову трамвайну лінію через Поділ. "
      "Її ґрунтові роботи почнуться навесні.")
RU = ("Городской совет Одессы утвердил ремонт набережной. "
      "Работы начнутся в мае и продлятся до конца лета.")
EN = "The city council approved a new tram line; construction starts in spring."


def _noise(size: int) -> bytes:
    """Reproducible random bytes without NULs."""
    rnd = random.Random(7)
    return bytes(rnd.randrange(1, 256) for _ in range(size))


@pytest.mark.parametrize("data, declared, expected", [
    (codecs.BOM_UTF8 + UK.encode("utf-8"), None, UK),
    (codecs.BOM_UTF16_LE + RU.encode("utf-16-le"), None, RU),
    (codecs.BOM_UTF16_BE + UK.encode("utf-16-be"), None, UK),
    (codecs.BOM_UTF8 + UK.encode("utf-8"), "windows-1251", UK),   # the mark beats the meta tag
    (UK.encode("cp1251"), "windows-1251", UK),
    (RU.encode("koi8-r"), "KOI8-R", RU),
    (UK.encode("koi8-u"), "koi8-r", UK),                       # KOI8-U mislabelled as KOI8-R
    (UK.encode("utf-8"), None, UK),
    (EN.encode("ascii"), "iso-8859-1", EN),
    (UK.encode("utf-8"), "no-such-charset", UK),               # unknown names are ignored
    (UK.encode("utf-8"), "windows-1251", UK),                  # stale declaration, bytes are UTF-8
    (UK.encode("cp1251"), "utf-8", UK),                        # wrong declaration, detected
    (UK.encode("cp1251"), "iso-8859-1", UK),                   # would be mojibake, detected
    (RU.encode("cp1251"), "koi8-r", RU),                       # would be upper-case soup
    (UK.encode("cp1251"), None, UK),
    (UK.encode("koi8-u"), None, UK),
    (RU.encode("koi8-r"), None, RU),
    (UK.encode("utf-16-le"), None, UK),                        # no BOM: told by the NUL pattern
    (RU.encode("utf-16-be"), None, RU),
    (b"", None, ""),
])
def test_decode_bytes(data: bytes, declared: str | None, expected: str) -> None:
    assert decode_bytes(data, declared) == expected


@pytest.mark.parametrize("data, words", [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
    (b"PK\x03\x04\x14\x00\x06\x00" + bytes(range(40)), "binary"),
    (UK.encode("utf-8") + b"\x00\x00\x00", "binary"),
    (_noise(400), "encoding"),
])
def test_decode_bytes_refuses(data: bytes, words: str) -> None:
    with pytest.raises(DecodeError) as info:
        decode_bytes(data)
    assert words in info.value.reason
    assert isinstance(info.value, RecordError)


def test_declared_utf16_with_binary_is_refused() -> None:
    with pytest.raises(DecodeError):
        decode_bytes(b"\x00\x01\x02\x03\xff\xfe\x00\x00", "utf-16")


def test_fixture_files_decode() -> None:
    koi = decode_bytes(get_test_file("kharkiv-metro-uk.txt").read_bytes())
    assert "Харківське метро" in koi and "Ґудзь" in koi
    page = decode_bytes(get_test_file("odesa-embankment-cp1251.html").read_bytes(), "windows-1251")
    assert "набережной у Ланжерона" in page


@pytest.mark.parametrize("name, expected", [
    ("utf8", "utf-8"), ("CP1251", "cp1251"), ("koi8-r", "koi8-u"), ("base64", None),
    ("", None), (None, None), ("unicode-1-1-utf-7-nonsense", None),
])
def test_known_encoding(name: str | None, expected: str | None) -> None:
    assert known_encoding(name) == expected


@pytest.mark.parametrize("text, expected", [
    (UK.encode("cp1251").decode("latin-1"), True),
    (RU.encode("cp1251").decode("koi8-r"), True),
    (UK, False), (RU, False), (EN, False),
    ("Zürich, Genève, Besançon — Élysée et Hôtel de Ville sont fermés aujourd'hui.", False),
])
def test_looks_misdeclared(text: str, expected: bool) -> None:
    assert looks_misdeclared(text) is expected


def test_utf8_is_checked_for_control_characters_from_its_bytes() -> None:
    # every character that is one or two bytes in UTF-8, and some of three, alone and in text
    for code in [*range(0x800), *range(0x2000, 0x2100), 0xFEFF, 0xFFFD]:
        for text in (chr(code), f"{UK} {chr(code)} {EN}"):
            assert _is_clean_utf8(text.encode("utf-8")) is is_clean_text(text), hex(code)


@pytest.mark.parametrize("text", [UK + "\x85", "\x07" + EN, UK + "\x9f" + RU])
def test_utf8_with_control_characters_is_not_read_as_utf8(text: str) -> None:
    data = text.encode("utf-8")
    try:
        codec = decode_with_codec(data, "utf-8")[1]
    except DecodeError:
        codec = None
    assert codec != "utf-8"
    assert decode_with_codec(UK.encode("utf-8"), "utf-8") == (UK, "utf-8")


def test_excerpt_bytes_is_short_and_printable() -> None:
    excerpt = excerpt_bytes(b"\x00\x01" + UK.encode("utf-8") * 5)
    assert len(excerpt) <= 120 and excerpt.startswith("Київська")
