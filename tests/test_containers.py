"""Tests for zip, WACZ, gzip and standard input: units, fingerprints, limits, resumption."""
from __future__ import annotations

import gzip
import io
import sys
import zipfile
from pathlib import Path

import pytest

from archive import containers
from archive.article import Article, Rejected, UnitDone
from archive.readers import FINISHED, detect_format, iter_records
from tests.archive_inputs import (
    STORIES,
    jsonl_line,
    news_captures,
    warc_with_offsets,
    write_wacz,
    write_warc,
    write_zip,
)


def _kinds(items: list) -> list[tuple[str, str]]:
    """(kind, unit without the test folder) per item."""
    return [(type(i).__name__, "!".join([Path(i.unit.split("!")[0]).name]
                                        + i.unit.split("!")[1:])) for i in items]


def _jsonl(*indexes: int) -> bytes:
    """JSON Lines of the given stories."""
    return "".join(jsonl_line(i) + "\n" for i in indexes).encode()


def test_zip_members_are_units(tmp_path: Path) -> None:
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as archive:
        archive.writestr("deep.jsonl", _jsonl(3))
    path = write_zip(tmp_path / "batch.zip", {
        "news/a.jsonl": _jsonl(0, 1), "__MACOSX/news/._a.jsonl": b"\x00\x05junk",
        "news/.DS_Store": b"\x00\x00", "news/": b"", "inner.zip": inner.getvalue(),
        "logo.png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "b.csv": b"title,text\nT,Body\n",
        "c.jsonl.gz": gzip.compress(_jsonl(2))})
    items = list(iter_records(path))
    assert _kinds(items) == [
        ("Article", "batch.zip!news/a.jsonl"), ("Article", "batch.zip!news/a.jsonl"),
        ("UnitDone", "batch.zip!news/a.jsonl"),
        ("Article", "batch.zip!inner.zip!deep.jsonl"),
        ("UnitDone", "batch.zip!inner.zip!deep.jsonl"), ("UnitDone", "batch.zip!inner.zip"),
        ("Rejected", "batch.zip!logo.png"), ("UnitDone", "batch.zip!logo.png"),
        ("Article", "batch.zip!b.csv"), ("UnitDone", "batch.zip!b.csv"),
        ("Article", "batch.zip!c.jsonl.gz"), ("UnitDone", "batch.zip!c.jsonl.gz"),
        ("UnitDone", "batch.zip")]
    assert [a.title for a in items if isinstance(a, Article)] == [
        STORIES[0][0], STORIES[1][0], STORIES[3][0], "T", STORIES[2][0]]
    assert "binary data" in items[6].reason and items[6].origin.endswith("batch.zip!logo.png")
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("news/a.jsonl")
    assert items[2].fingerprint == f"{info.file_size}:{info.CRC:08x}"
    assert items[-1].fingerprint.startswith(f"{path.stat().st_size}:")


def test_zip_nested_too_deep(tmp_path: Path) -> None:
    level2 = io.BytesIO()
    with zipfile.ZipFile(level2, "w") as archive:
        archive.writestr("x.jsonl", _jsonl(0))
    level1 = io.BytesIO()
    with zipfile.ZipFile(level1, "w") as archive:
        archive.writestr("level2.zip", level2.getvalue())
    path = write_zip(tmp_path / "outer.zip", {"level1.zip": level1.getvalue(),
                                              "y.jsonl": _jsonl(1)})
    items = list(iter_records(path))
    assert _kinds(items) == [
        ("Rejected", "outer.zip!level1.zip!level2.zip"),
        ("UnitDone", "outer.zip!level1.zip!level2.zip"), ("UnitDone", "outer.zip!level1.zip"),
        ("Article", "outer.zip!y.jsonl"), ("UnitDone", "outer.zip!y.jsonl"),
        ("UnitDone", "outer.zip")]
    assert items[0].reason.startswith("a zip nested more than 2 deep")


@pytest.mark.parametrize("name", ["crawl.wacz", "crawl.zip"])
def test_wacz_reads_each_warc_as_a_unit(tmp_path: Path, name: str) -> None:
    one, two = write_warc(news_captures(2)), write_warc(news_captures(3), gzip=False)
    path = write_wacz(tmp_path / name, {"one.warc.gz": one, "two.warc": two},
                      pages=["https://news.example.ua/uk/story-0"])
    assert detect_format(path, path.read_bytes()[:4096]) == name.rsplit(".", 1)[1]
    items = list(iter_records(path))
    assert _kinds(items) == [
        ("Article", f"{name}!archive/one.warc.gz"), ("Article", f"{name}!archive/one.warc.gz"),
        ("UnitDone", f"{name}!archive/one.warc.gz"),
        ("Article", f"{name}!archive/two.warc"), ("Article", f"{name}!archive/two.warc"),
        ("Article", f"{name}!archive/two.warc"), ("UnitDone", f"{name}!archive/two.warc"),
        ("UnitDone", name)]
    assert items[0].url == "https://news.example.ua/uk/story-0"
    assert items[0].origin.startswith(f"{path}!archive/one.warc.gz:offset ")


def test_wacz_without_warcs(tmp_path: Path) -> None:
    path = write_wacz(tmp_path / "empty.wacz", {})
    [item, done] = iter_records(path)
    assert type(item) is Rejected and "without WARC files" in item.reason
    assert isinstance(done, UnitDone) and done.unit == str(path)


def test_wacz_resumes_inside_a_member_and_skips_finished_ones(tmp_path: Path) -> None:
    one = write_warc(news_captures(2))
    two, offsets = warc_with_offsets(news_captures(4))
    path = write_wacz(tmp_path / "crawl.wacz", {"one.warc.gz": one, "two.warc.gz": two})
    everything = list(iter_records(path))
    units = {i.unit: i.fingerprint for i in everything if isinstance(i, UnitDone)}
    asked = []

    def resume(unit: str, fingerprint: str) -> int | None:
        asked.append(unit)
        if unit.endswith("one.warc.gz"):
            return FINISHED
        return offsets[2] if unit.endswith("two.warc.gz") else None

    rest = list(iter_records(path, resume=resume))
    assert asked == [str(path), f"{path}!archive/one.warc.gz", f"{path}!archive/two.warc.gz"]
    assert [(type(i).__name__, getattr(i, "title", None)) for i in rest] == [
        ("Article", STORIES[2][0]), ("Article", STORIES[3][0]), ("UnitDone", None),
        ("UnitDone", None)]
    assert rest[-2].fingerprint == units[f"{path}!archive/two.warc.gz"]
    assert [i.resume_at for i in rest[:2]] == offsets[3:]
    assert list(iter_records(path, resume=lambda u, f: FINISHED)) == []


def test_zip_and_wacz_resume_after_every_record(tmp_path: Path) -> None:
    warc = write_warc(news_captures(3))
    path = write_wacz(tmp_path / "c.wacz", {"a.warc.gz": warc})
    zipped = write_zip(tmp_path / "d.zip", {"x.jsonl": _jsonl(0, 1, 2, 3)})
    for archive in (path, zipped):
        everything = [i for i in iter_records(archive) if not isinstance(i, UnitDone)]
        assert len(everything) in (3, 4)
        for n, item in enumerate(everything):
            rest = [i for i in iter_records(archive, resume=lambda u, f, at=item: (
                    at.resume_at if u == at.unit else None)) if not isinstance(i, UnitDone)]
            assert [(r.title, r.resume_at) for r in rest] == [
                (e.title, e.resume_at) for e in everything[n + 1:]]


def test_corrupt_zip_is_one_rejected(tmp_path: Path) -> None:
    data = (write_zip(tmp_path / "ok.zip", {"a.jsonl": _jsonl(0)})).read_bytes()
    path = tmp_path / "broken.zip"
    path.write_bytes(data[: len(data) // 2])
    [item, done] = iter_records(path)
    assert type(item) is Rejected and item.position == "whole file"
    assert item.reason.startswith("not a readable zip file") and "zip -FF" in item.reason


def test_damaged_member_is_rejected_and_the_others_read(tmp_path: Path) -> None:
    path = write_zip(tmp_path / "crc.zip", {"a.jsonl": _jsonl(0) * 30, "b.jsonl": _jsonl(1)})
    data = bytearray(path.read_bytes())
    spot = data.index(b"a.jsonl") + 60                   # inside a.jsonl's deflated data
    data[spot] ^= 0xFF
    path.write_bytes(bytes(data))
    items = list(iter_records(path))
    kinds = _kinds(items)
    assert ("Rejected", "crc.zip!a.jsonl") in kinds
    assert kinds[-3:] == [("Article", "crc.zip!b.jsonl"), ("UnitDone", "crc.zip!b.jsonl"),
                          ("UnitDone", "crc.zip")]
    [bad] = [i for i in items if isinstance(i, Rejected)]
    assert "cannot read this member of the zip" in bad.reason or "not valid" in bad.reason


@pytest.mark.parametrize("name, data", [
    ("news.jsonl.gz", gzip.compress(_jsonl(0, 1))),
    ("news.csv.gz", gzip.compress(b"title;text\n" + STORIES[2][0].encode() + b";Body\n")),
    ("news.gz", gzip.compress(_jsonl(2))),
    ("news.dat", gzip.compress(_jsonl(3))),
])
def test_gzip_files_are_read_through(tmp_path: Path, name: str, data: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    items = list(iter_records(path))
    assert all(isinstance(i, Article) for i in items[:-1]) and len(items) >= 2
    assert isinstance(items[-1], UnitDone) and all(i.unit == str(path) for i in items)


def test_gzip_resumes_at_unpacked_offsets(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl.gz"
    path.write_bytes(gzip.compress(_jsonl(0, 1, 2, 3)))
    everything = [i for i in iter_records(path) if isinstance(i, Article)]
    for n, item in enumerate(everything):
        rest = [i for i in iter_records(path, resume=lambda u, f, at=item.resume_at: at)
                if isinstance(i, Article)]
        assert [r.title for r in rest] == [e.title for e in everything[n + 1:]]


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    """Make standard input read ``data``."""
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))


@pytest.mark.parametrize("data, titles", [
    (_jsonl(0, 2), [STORIES[0][0], STORIES[2][0]]),
    (gzip.compress(_jsonl(1)), [STORIES[1][0]]),
    (write_warc(news_captures(2)), [STORIES[0][0], STORIES[1][0]]),
])
def test_stdin_is_read_by_content(monkeypatch: pytest.MonkeyPatch, data: bytes,
                                  titles: list[str]) -> None:
    _stdin(monkeypatch, data)
    asked = []
    items = list(iter_records(["-"], resume=lambda u, f: asked.append(u)))
    assert [a.title for a in items[:-1]] == titles
    assert all(i.unit == "<stdin>" and i.resume_at is None for i in items[:-1])
    assert items[-1] == UnitDone("<stdin>", "") and asked == []


def test_stdin_zip_is_refused(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    _stdin(monkeypatch, write_zip(tmp_path / "z.zip", {"a.jsonl": _jsonl(0)}).read_bytes())
    [item, done] = iter_records("-")
    assert type(item) is Rejected and "cannot be read from a stream" in item.reason


def test_forced_format_applies_to_zip_members(tmp_path: Path) -> None:
    path = write_zip(tmp_path / "pages.zip", {"one.txt": _jsonl(0), "two.txt": _jsonl(1)})
    detected = list(iter_records(path))                     # .txt: pasted page text
    assert [type(i).__name__ for i in detected] == [
        "Rejected", "UnitDone", "Rejected", "UnitDone", "UnitDone"]
    assert "no title" in detected[0].reason
    forced = [i for i in iter_records(path, fmt="jsonl") if not isinstance(i, UnitDone)]
    assert [a.title for a in forced] == [STORIES[0][0], STORIES[1][0]]


def test_limits_follow_the_module_constants(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(containers, "ZIP_MAX_MEMBER_BYTES", 1000)
    assert containers.Limits().member == 1000
    assert containers.Limits(member=5).member == 5
