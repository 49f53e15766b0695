"""The bad-input corpus: every broken file is one clear Rejected, good records beside it read.

Each input is built here at test time. The size limits are module constants the tests
lower where the real ones would make a test slow; the 50 MiB line uses the real limit.
"""
from __future__ import annotations

import gzip
import io
import json
import tracemalloc
import zipfile
import zlib
from pathlib import Path

import pytest

from archive import containers, streams
from archive.article import Article, Rejected, UnitDone
from archive.readers import iter_records
from tests.archive_inputs import (
    STORIES,
    jsonl_line,
    news_captures,
    page_html,
    warc_with_offsets,
    write_zip,
)

BINARY = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)) * 4


def _lines(*indexes: int) -> bytes:
    """JSON Lines of the given stories."""
    return "".join(jsonl_line(i) + "\n" for i in indexes).encode()


def _by_unit(items: list) -> dict[str, list]:
    """(kind, position, reason or title) per item, grouped by unit file name."""
    grouped: dict[str, list] = {}
    for item in items:
        if isinstance(item, UnitDone):
            continue
        name = "!".join([Path(item.unit.split("!")[0]).name] + item.unit.split("!")[1:])
        grouped.setdefault(name, []).append(
            ("Article", item.title) if isinstance(item, Article)
            else (type(item).__name__, item.position, item.reason))
    return grouped


def _corpus(folder: Path) -> dict[str, int]:
    """Write the bad-input corpus (and a good file) into ``folder``; return cut points."""
    full = gzip.compress(b"".join(jsonl_line(n % 4, seq=n * 7919).encode() + b"\n"
                                  for n in range(80)))
    (folder / "cut.jsonl.gz").write_bytes(full[: len(full) * 2 // 3])
    unpacked = zlib.decompressobj(31).decompress(full[: len(full) * 2 // 3])
    plain, offsets = warc_with_offsets(news_captures(3), gzip=False)
    plain_cut = offsets[2] + 200
    (folder / "cut.warc").write_bytes(plain[:plain_cut])
    packed, zoffsets = warc_with_offsets(news_captures(3))
    packed_cut = zoffsets[2] + 100
    (folder / "cut.warc.gz").write_bytes(packed[:packed_cut])
    for name in ("binary.txt", "binary.jsonl", "binary.csv"):
        (folder / name).write_bytes(BINARY)
    (folder / "empty.jsonl").write_bytes(b"")
    (folder / "good.jsonl").write_bytes(_lines(0, 1))
    (folder / "invalid-utf8.jsonl").write_bytes(
        _lines(2) + b'{"title": "\xd0\x9a\xff\xfe", "text": "x"}\n' + _lines(3))
    (folder / "no-body.html").write_text(page_html("Архів", []), encoding="utf-8")
    (folder / "no-body-at-all.html").write_text("<html><head><title>Т</title></head></html>")
    (folder / "wrong-types.jsonl").write_text(
        json.dumps({"title": 5, "text": "x"}) + "\n" + json.dumps({"title": "T", "text": "x",
                                                                   "translations": {"a": 1}})
        + "\n" + jsonl_line(1) + "\n", encoding="utf-8")
    (folder / "ragged.csv").write_text(
        "id,title,text\n1,Перший,Текст першого\n2,Лише два\n3,Третій,Текст,зайве\n4,Ok,Body\n",
        encoding="utf-8")
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as archive:
        archive.writestr("deep.jsonl", _lines(3))
        archive.writestr("deep-binary.csv", BINARY)
    write_zip(folder / "nested.zip", {"inner.zip": inner.getvalue(), "top.jsonl": _lines(2)})
    return {"gz_lines": unpacked.count(b"\n"), "gz_done": unpacked.rfind(b"\n") + 1,
            "plain_cut": plain_cut, "plain_at": offsets[2], "packed_cut": packed_cut,
            "packed_at": zoffsets[2]}


def test_bad_input_corpus(tmp_path: Path) -> None:
    cuts = _corpus(tmp_path)
    got = _by_unit(list(iter_records(tmp_path)))
    binary = "not a format trimova can import (binary data, not text, despite the {} extension)"
    for name in ("binary.txt", "binary.jsonl", "binary.csv"):
        [(kind, position, reason)] = got.pop(name)
        assert (kind, position) == ("Rejected", "whole file")
        assert binary.format(name[6:]) in reason
    assert got.pop("empty.jsonl") == [("Rejected", "whole file",
                                       f"{tmp_path / 'empty.jsonl'}: not a format trimova can "
                                       "import (empty file: nothing to import); supported: "
                                       "pasted page text (.txt), HTML (.html/.htm), JSON Lines "
                                       "(.jsonl), CSV (.csv/.tsv), WARC (.warc/.warc.gz), WACZ "
                                       "(.wacz) and zip or gzip files of these")]
    assert got.pop("good.jsonl") == [("Article", STORIES[0][0]), ("Article", STORIES[1][0])]
    cut_gz = got.pop("cut.jsonl.gz")
    assert cuts["gz_lines"] > 10
    assert [k for k, *_ in cut_gz] == ["Article"] * cuts["gz_lines"] + ["Rejected"]
    assert cut_gz[-1][2].startswith("the gzip file is cut off (")
    assert cut_gz[-1][1] == f"byte {cuts['gz_done']}"
    assert f"the records before byte {cuts['gz_done']} of the unpacked data were read" in (
        cut_gz[-1][2])
    for name, cut, at in (("cut.warc", cuts["plain_cut"], cuts["plain_at"]),
                          ("cut.warc.gz", cuts["packed_cut"], cuts["packed_at"])):
        items = got.pop(name)
        assert items[:2] == [("Article", STORIES[0][0]), ("Article", STORIES[1][0])]
        assert items[2][:2] == ("Rejected", f"offset {at}")
        assert items[2][2].startswith(f"the WARC is cut off at byte {cut}: the records before")
        assert len(items) == 3
    assert got.pop("invalid-utf8.jsonl") == [
        ("Article", STORIES[2][0]),
        ("Rejected", "line 2", "not valid UTF-8 (byte 14 of the line); save the file as UTF-8"),
        ("Article", STORIES[3][0])]
    for name in ("no-body.html", "no-body-at-all.html"):
        [(kind, position, reason)] = got.pop(name)
        assert kind == "Rejected" and reason.startswith("no article text found")
    wrong = got.pop("wrong-types.jsonl")
    assert [w[:2] for w in wrong] == [("Rejected", "line 1"), ("Rejected", "line 2"),
                                      ("Article", STORIES[1][0])]
    assert wrong[0][2].startswith('"title" must be a string, not a number (5)')
    assert wrong[1][2].startswith('"translations" must be an array of ids or URLs')
    ragged = got.pop("ragged.csv")
    assert [r[:2] for r in ragged] == [("Article", "Перший"), ("Rejected", "row 3"),
                                       ("Rejected", "row 4"), ("Article", "Ok")]
    assert ragged[1][2].startswith("row 3 has 2 cells, but the header has 3 columns")
    assert ragged[2][2].startswith("row 4 has 4 cells, but the header has 3 columns")
    assert got.pop("nested.zip!inner.zip!deep.jsonl") == [("Article", STORIES[3][0])]
    [(kind, _, reason)] = got.pop("nested.zip!inner.zip!deep-binary.csv")
    assert kind == "Rejected" and "binary data" in reason
    assert got.pop("nested.zip!top.jsonl") == [("Article", STORIES[2][0])]
    assert got == {}


def test_a_line_over_50_mib_is_skipped_without_being_held(tmp_path: Path) -> None:
    path = tmp_path / "huge.jsonl"
    size = streams.MAX_RECORD_BYTES + (1 << 20)
    with path.open("wb") as fh:
        fh.write(_lines(0))
        fh.write(b'{"title": "Huge", "text": "')
        chunk = b"x" * (1 << 20)
        for _ in range(size // len(chunk)):
            fh.write(chunk)
        fh.write(b'"}\n')
        fh.write(_lines(1))
    tracemalloc.start()
    try:
        items = [i for i in iter_records(path) if not isinstance(i, UnitDone)]
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 8 * (1 << 20)                          # never near the 51 MiB line
    assert [type(i).__name__ for i in items] == ["Article", "Rejected", "Article"]
    assert items[1].position == "line 2"
    assert items[1].reason.startswith("line 2 is longer than 50 MiB (51 MiB); it was skipped")
    assert items[2].title == STORIES[1][0] and items[2].resume_at == path.stat().st_size


def _spaces_member(archive: zipfile.ZipFile, name: str, size: int) -> None:
    """A member of ``size`` spaces (text that compresses about 1000 to 1), written streaming."""
    chunk = b" " * (1 << 20)
    with archive.open(name, "w", force_zip64=True) as member:
        for _ in range(size >> 20):
            member.write(chunk)


def test_zip_bomb_member_is_refused_and_the_rest_read(tmp_path: Path) -> None:
    path = tmp_path / "bomb.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("a.jsonl", _lines(0))
        _spaces_member(archive, "bomb.jsonl", 128 << 20)
        archive.writestr("b.jsonl", _lines(1))
    assert path.stat().st_size < 1 << 20
    got = _by_unit(list(iter_records(path)))
    assert got["bomb.zip!a.jsonl"] == [("Article", STORIES[0][0])]
    assert got["bomb.zip!b.jsonl"] == [("Article", STORIES[1][0])]
    [(kind, position, reason)] = got["bomb.zip!bomb.jsonl"]
    assert kind == "Rejected" and position.startswith("byte ")
    assert reason.startswith(f"possible zip bomb: {path}!bomb.jsonl expanded to ")
    assert "(more than 200 to 1)" in reason
    assert int(position.split()[1]) < 64 << 20           # stopped long before the end


def _text_member(seed: int, size: int) -> bytes:
    """``size`` bytes of varied text lines (compresses poorly: no ratio alarm)."""
    words = [f"{w}{seed * 7 + n}" for n, w in enumerate(("місто", "city", "город") * 50)]
    out, n = [], 0
    while sum(map(len, out)) < size:
        out.append((" ".join(words[n % 40: n % 40 + 20]) + f" {n * 7919 % 100003}\n").encode())
        n += 1
    return b"".join(out)[:size]


def test_member_size_limit(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(containers, "ZIP_MAX_MEMBER_BYTES", 256 << 10)
    path = write_zip(tmp_path / "big.zip", {"big.txt": _text_member(1, 600 << 10),
                                            "a.jsonl": _lines(2)})
    got = _by_unit(list(iter_records(path)))
    [(kind, position, reason)] = got["big.zip!big.txt"]
    assert kind == "Rejected" and reason.startswith(
        f"possible zip bomb: {path}!big.txt expands to more than 256 KiB")
    assert got["big.zip!a.jsonl"] == [("Article", STORIES[2][0])]


def test_total_expansion_limit_stops_the_zip(monkeypatch: pytest.MonkeyPatch,
                                             tmp_path: Path) -> None:
    monkeypatch.setattr(containers, "ZIP_MAX_TOTAL_BYTES", 600 << 10)
    members = {f"m{n}.jsonl": _lines(n % 4) + _text_member(n, 250 << 10).replace(b"\n", b" ")
               + b"\n" for n in range(5)}
    path = write_zip(tmp_path / "many.zip", members)
    items = list(iter_records(path))
    rejected = [i for i in items if isinstance(i, Rejected)]
    assert [type(i).__name__ for i in rejected] == ["Rejected"] * len(rejected)
    bomb = [r for r in rejected if "possible zip bomb" in r.reason]
    assert len(bomb) == 1 and bomb[0].unit == f"{path}!m2.jsonl"
    assert "expands to more than 600 KiB in all" in bomb[0].reason
    done = [i.unit for i in items if isinstance(i, UnitDone)]
    assert done == [f"{path}!m0.jsonl", f"{path}!m1.jsonl", str(path)]   # m3, m4 never read
    assert [a.title for a in items if isinstance(a, Article)][:2] == [STORIES[0][0],
                                                                      STORIES[1][0]]
