"""Tests for archive.readers.warc: what a WARC yields, positions, resumption, damage."""
from __future__ import annotations

import gzip
import io
from pathlib import Path

import pytest

from archive import streams
from archive.article import Article, Rejected, Skipped, UnitDone
from archive.readers import detect_format, iter_records
from archive.readers.warc import WarcReader
from tests.archive_inputs import (
    STORIES,
    Capture,
    news_captures,
    page_html,
    story_page,
    warc_with_offsets,
    write_warc,
)

HOST = "https://news.example.ua"


def _read(data: bytes, start: int = 0, origin: str = "crawl.warc") -> list:
    """Every item the WARC importer yields for some bytes."""
    return list(WarcReader().read(io.BytesIO(data), origin, start))


def _summary(items: list) -> list[tuple]:
    """(kind, position or origin, title or reason) per item: what a test compares."""
    return [(type(i).__name__,
             i.origin.rsplit(":", 1)[1] if isinstance(i, Article) else i.position,
             i.title if isinstance(i, Article) else i.reason) for i in items]


def _mixed_crawl() -> list[Capture]:
    """Pages, an image, a 404, a stylesheet, a request, an HTML resource and a revisit."""
    pages = news_captures(3)
    return [
        pages[0],
        Capture(f"{HOST}/logo.png", b"\x89PNG\r\n\x1a\n", content_type="image/png"),
        Capture(f"{HOST}/uk/story-0", kind="request"),
        Capture(f"{HOST}/gone", b"<html><body>Not found</body></html>", status="404 Not Found"),
        pages[1],
        Capture(f"{HOST}/site.css", b"body{color:red}", content_type="text/css"),
        Capture(f"{HOST}/saved/story-3", story_page(3), kind="resource",
                content_type="text/html; charset=utf-8"),
        Capture(pages[0].uri, kind="revisit"),
        pages[2],
    ]


@pytest.mark.parametrize("compressed", [True, False])
def test_warc_takes_html_pages_and_skips_the_rest(compressed: bool) -> None:
    data, offsets = warc_with_offsets(_mixed_crawl(), gzip=compressed)
    items = _read(data)
    at = [f"offset {o}" for o in offsets]
    assert _summary(items) == [
        ("Article", at[0], STORIES[0][0]),
        ("Skipped", at[1], "not an HTML page (image/png)"),
        ("Skipped", at[3], "HTTP status 404, not a page to import"),
        ("Article", at[4], STORIES[1][0]),
        ("Skipped", at[5], "not an HTML page (text/css)"),
        ("Article", at[6], STORIES[3][0]),
        ("Skipped", at[7], f"a revisit of {HOST}/uk/story-0: the same page as the capture "
                           f"at {at[0]}, already read"),
        ("Article", at[8], STORIES[2][0]),
    ]
    # resume_at is where the next record starts; the request record yields nothing
    assert [i.resume_at for i in items] == [offsets[n + 1] for n in (0, 1, 3, 4, 5, 6, 7, 8)]
    assert items[-1].resume_at == len(data)
    assert {i.excerpt for i in items if isinstance(i, Skipped)} >= {f"{HOST}/logo.png"}


def test_warc_article_fields_come_from_the_capture() -> None:
    [article] = [i for i in _read(write_warc(news_captures(1))) if isinstance(i, Article)]
    assert article.url == f"{HOST}/uk/story-0"              # no canonical: WARC-Target-URI
    assert article.source == "news.example.ua"
    assert article.captured == "2024-10-14T09:30:00+00:00"
    assert article.published == article.captured            # the page gives no date
    assert article.lang_hint == "uk" and article.paragraphs == STORIES[0][1]


def test_warc_page_metadata_wins_over_the_capture() -> None:
    title, paragraphs, lang = STORIES[1]
    body = page_html(title, paragraphs, lang, canonical="https://kharkiv.example.com/metro",
                     published="2024-10-12T18:00:00+03:00").encode()
    [article] = _read(write_warc([Capture(f"{HOST}/amp/metro?x=1", body)], warcinfo=False))
    assert article.url == "https://kharkiv.example.com/metro"
    assert article.published == "2024-10-12T18:00:00+03:00"
    assert article.captured == "2024-10-14T09:30:00+00:00"


def test_warc_http_charset_is_used() -> None:
    title, paragraphs, lang = STORIES[2]
    html = page_html(title, paragraphs, lang).replace('<meta charset="utf-8">', "")
    capture = Capture(f"{HOST}/ru/pier", html.encode("cp1251"),
                      content_type="text/html; charset=windows-1251")
    [article] = _read(write_warc([capture]))
    assert article.title == title and article.paragraphs == paragraphs


@pytest.mark.parametrize("body, words", [
    (b"<html><body>" + b"\x00\x01\x02\x03" * 64 + b"</body></html>", "binary data"),
    (page_html("Menu", []).encode(), "no article text found"),
])
def test_warc_unusable_pages_are_rejected(body: bytes, words: str) -> None:
    captures = [Capture(f"{HOST}/bad", body)] + news_captures(1)
    data, offsets = warc_with_offsets(captures)
    bad, good = _read(data)
    assert type(bad) is Rejected and words in bad.reason
    assert bad.position == f"offset {offsets[0]}" and bad.excerpt == f"{HOST}/bad"
    assert isinstance(good, Article) and good.title == STORIES[0][0]


def test_warc_revisit_of_a_capture_not_in_the_file() -> None:
    data, offsets = warc_with_offsets([Capture(f"{HOST}/elsewhere", kind="revisit")])
    [item] = _read(data)
    assert type(item) is Skipped and item.position == f"offset {offsets[0]}"
    assert item.reason.startswith(f"a revisit of {HOST}/elsewhere: its original capture "
                                  "(payload digest sha1:AAAA) is in none of the inputs")


def test_warc_record_over_the_size_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    padding = b"<p>" + b"x" * 20000 + b"</p></article>"
    big = Capture(f"{HOST}/huge", story_page(0).replace(b"</article>", padding))
    data, offsets = warc_with_offsets([big] + news_captures(2), gzip=False)
    monkeypatch.setattr(streams, "MAX_RECORD_BYTES", 8 * 1024)
    items = _read(data)
    assert _summary(items)[0] == ("Rejected", f"offset {offsets[0]}",
                                  "the record holds more than 8 KiB, the most trimova reads as "
                                  "one page; it was skipped")
    assert [i.title for i in items[1:]] == [STORIES[0][0], STORIES[1][0]]


@pytest.mark.parametrize("compressed", [True, False])
def test_warc_cut_off_mid_record(compressed: bool) -> None:
    data, offsets = warc_with_offsets(news_captures(3), gzip=compressed)
    cut = offsets[2] + (offsets[3] - offsets[2]) // 2
    items = _read(data[:cut])
    assert [i.title for i in items[:2]] == [STORIES[0][0], STORIES[1][0]]
    [last] = items[2:]
    assert type(last) is Rejected and last.position == f"offset {offsets[2]}"
    assert last.reason.startswith(f"the WARC is cut off at byte {cut}: the records before it "
                                  "were read")
    assert "warcio recompress" in last.reason and last.resume_at is None


@pytest.mark.parametrize("compressed", [True, False])
def test_warc_cut_inside_the_record_headers(compressed: bool) -> None:
    data, offsets = warc_with_offsets(news_captures(2), gzip=compressed)
    cut = offsets[1] + 30
    items = _read(data[:cut])
    assert [type(i).__name__ for i in items] == ["Article", "Rejected"]
    assert items[1].position == f"offset {offsets[1]}"
    assert f"cut off at byte {cut}" in items[1].reason


def test_warc_in_one_gzip_stream_names_the_fix() -> None:
    data = gzip.compress(write_warc(news_captures(2), gzip=False))
    [item] = _read(data)
    assert type(item) is Rejected and item.position == "whole file"
    assert "warcio recompress" in item.reason and "one gzip stream" in item.reason


def test_warc_garbage_after_records() -> None:
    data, offsets = warc_with_offsets(news_captures(1), gzip=False)
    items = _read(data + b"this is not a record\r\n\r\n")
    assert [type(i).__name__ for i in items] == ["Article", "Rejected"]
    assert items[1].position == f"offset {len(data)}"
    assert items[1].reason.startswith(f"not a WARC record at offset {len(data)}")


@pytest.mark.parametrize("compressed", [True, False])
def test_warc_resumes_after_every_record(compressed: bool) -> None:
    data = write_warc(_mixed_crawl()[:-2] + news_captures(4)[2:], gzip=compressed)
    everything = _read(data)
    assert len(everything) == 8
    for n, item in enumerate(everything):
        rest = _read(data, start=item.resume_at)
        assert _summary(rest) == _summary(everything[n + 1:])
        assert [i.resume_at for i in rest] == [i.resume_at for i in everything[n + 1:]]


class _Pipe(io.RawIOBase):
    """A stream that cannot seek or tell, like a pipe."""

    def __init__(self, data: bytes):
        self.data = io.BytesIO(data)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        chunk = self.data.read(min(len(buffer), 1000))
        buffer[: len(chunk)] = chunk
        return len(chunk)


def test_warc_from_a_stream_that_cannot_seek() -> None:
    data, offsets = warc_with_offsets(news_captures(3))
    items = list(WarcReader().read(io.BufferedReader(_Pipe(data)), "pipe"))
    assert [i.origin for i in items] == [f"pipe:offset {o}" for o in offsets[:3]]
    assert [i.resume_at for i in items] == offsets[1:]
    rest = list(WarcReader().read(io.BufferedReader(_Pipe(data)), "pipe", offsets[1]))
    assert [i.title for i in rest] == [STORIES[1][0], STORIES[2][0]]


@pytest.mark.parametrize("name, compressed", [("crawl.warc.gz", True), ("crawl.warc", False),
                                              ("crawl.bin", True), ("crawl", False)])
def test_warc_detected_and_read_through_iter_records(tmp_path: Path, name: str,
                                                     compressed: bool) -> None:
    path = tmp_path / name
    path.write_bytes(write_warc(news_captures(2), gzip=compressed))
    assert detect_format(path, path.read_bytes()[:4096]) == "warc"
    items = list(iter_records(path))
    assert [type(i).__name__ for i in items] == ["Article", "Article", "UnitDone"]
    assert all(i.unit == str(path) for i in items)
    assert isinstance(items[-1], UnitDone) and items[-1].fingerprint


def test_arc_files_are_refused_with_the_fix(tmp_path: Path) -> None:
    path = tmp_path / "old.arc"
    path.write_bytes(b"filedesc://old.arc 0.0.0.0 20041014093000 text/plain 76\n1 0 Test\n")
    [item, done] = iter_records(path)
    assert type(item) is Rejected and "ARC file" in item.reason
    assert "warcio recompress" in item.reason and isinstance(done, UnitDone)
