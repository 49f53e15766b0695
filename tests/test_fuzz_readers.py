"""Property-based fuzzing of every reader: random and mutated inputs never raise.

Whatever bytes come in, each reader yields only Article, Rejected (Skipped included) and
UnitDone items, and every Rejected says why.
"""
from __future__ import annotations

import gzip
import io
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from archive.article import Article, Rejected, UnitDone
from archive.readers import get_reader, read_source
from tests.archive_inputs import Capture, jsonl_line, news_captures, story_page, write_warc

FUZZ = settings(max_examples=60, deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow])


def _zip(members: dict[str, bytes]) -> bytes:
    """A zip in memory."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buf.getvalue()


CSV_SAMPLE = 'id;title;text;translations\n1;Новий міст;"Абзац.\n\nЩе абзац.";2|3\n2;B;Body;1\n'
SAMPLES = {
    "text": "URL: https://news.example.ua/uk/1\nЗаголовок новини\n\nПерший абзац тексту.\n\n"
            "Другий абзац тексту.\n".encode(),
    "html": story_page(0),
    "jsonl": "\n".join(jsonl_line(i) for i in range(3)).encode(),
    "csv": CSV_SAMPLE.encode("cp1251"),
    "warc": write_warc(news_captures(2) + [
        Capture("https://news.example.ua/x.png", b"\x89PNG", content_type="image/png")]),
    "warc-plain": write_warc(news_captures(2), gzip=False),
}
SAMPLES["zip"] = _zip({"a.jsonl": SAMPLES["jsonl"], "b.csv": SAMPLES["csv"],
                       "c.warc.gz": SAMPLES["warc"]})
SAMPLES["wacz"] = _zip({"archive/data.warc.gz": SAMPLES["warc"], "datapackage.json": b"{}"})
SAMPLES["gzip"] = gzip.compress(SAMPLES["jsonl"])


@st.composite
def mutated(draw, sample: bytes) -> bytes:
    """``sample`` with a few bytes flipped, a slice cut out or inserted, or truncated."""
    data = bytearray(sample)
    for _ in range(draw(st.integers(1, 4))):
        if not data:
            break
        at = draw(st.integers(0, len(data) - 1))
        kind = draw(st.sampled_from(["flip", "cut", "insert", "truncate"]))
        if kind == "flip":
            data[at] ^= draw(st.integers(1, 255))
        elif kind == "cut":
            del data[at: at + draw(st.integers(1, 64))]
        elif kind == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=32))
        else:
            del data[at:]
    return bytes(data)


def _check(items: list) -> None:
    """Only the record types come out, and every refusal has a reason."""
    for item in items:
        assert isinstance(item, (Article, Rejected, UnitDone))
        if isinstance(item, Rejected):
            assert item.reason and item.position


def _read(fmt: str, data: bytes) -> list:
    """Every item one importer yields for ``data``."""
    return list(get_reader(fmt).read(io.BytesIO(data), f"fuzz.{fmt}"))


def _source(data: bytes, name: str = "fuzz.bin") -> list:
    """Every item the dispatcher yields for ``data`` (format detected, containers opened)."""
    return list(read_source(io.BytesIO(data), name, data[:4096]))


@FUZZ
@given(data=st.binary(max_size=2048))
def test_random_bytes_never_raise(data: bytes) -> None:
    for fmt in ("text", "html", "jsonl", "csv", "warc", "wacz", "zip"):
        _check(_read(fmt, data))
    _check(_source(data))


@pytest.mark.parametrize("fmt", ["text", "html", "jsonl", "csv"])
@FUZZ
@given(data=st.data())
def test_mutated_samples_of_each_text_format(fmt: str, data: st.DataObject) -> None:
    _check(_read(fmt, data.draw(mutated(SAMPLES[fmt]))))


@FUZZ
@given(data=st.one_of(mutated(SAMPLES["warc"]), mutated(SAMPLES["warc-plain"])))
def test_mutated_warc(data: bytes) -> None:
    _check(_read("warc", data))
    _check(_source(data, "fuzz.warc.gz"))


@FUZZ
@given(data=st.one_of(mutated(SAMPLES["zip"]), mutated(SAMPLES["wacz"])))
def test_mutated_zip_and_wacz(data: bytes) -> None:
    _check(_source(data, "fuzz.zip"))
    _check(_read("wacz", data))


@FUZZ
@given(data=mutated(SAMPLES["gzip"]))
def test_mutated_gzip(data: bytes) -> None:
    _check(_source(data, "fuzz.jsonl.gz"))
    _check(_source(data))


def test_samples_are_read_whole() -> None:
    """The unmutated samples really are valid, so mutations start from good input."""
    assert [type(i).__name__ for i in _read("jsonl", SAMPLES["jsonl"])] == ["Article"] * 3
    assert [type(i).__name__ for i in _read("csv", SAMPLES["csv"])] == ["Article"] * 2
    assert [type(i).__name__ for i in _read("warc", SAMPLES["warc"])] == [
        "Article", "Article", "Skipped"]
    kinds = [type(i).__name__ for i in _source(SAMPLES["zip"], "x.zip")]
    assert kinds.count("Article") == 3 + 2 + 2 and "Rejected" not in kinds
    assert [type(i).__name__ for i in _source(SAMPLES["wacz"], "x.wacz")] == [
        "Article", "Article", "Skipped", "UnitDone"]
