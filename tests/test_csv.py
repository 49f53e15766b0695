"""Tests for archive.readers.csv: columns, delimiters, encodings, bad rows, resumption."""
from __future__ import annotations

import io
import logging
from pathlib import Path

import pytest

from archive import streams
from archive.article import Rejected
from archive.readers import detect_format, iter_articles
from archive.readers.csv import CsvReader
from tests.archive_inputs import STORIES


def _csv(rows: list[list[str]], delimiter: str = ",") -> str:
    """CSV text with every cell quoted (so cells may hold delimiters and newlines)."""
    return "".join(delimiter.join('"' + c.replace('"', '""') + '"' for c in row) + "\r\n"
                   for row in rows)


def _story_row(index: int) -> list[str]:
    """id, url, lang, title, text (paragraphs on separate lines) for one story."""
    title, paragraphs, lang = STORIES[index]
    return [f"s{index}", f"https://news.example.ua/{lang}/{index}", lang, title,
            "\n\n".join(paragraphs)]


HEADER = ["id", "url", "lang", "title", "text"]


def _read(data: bytes, start: int = 0) -> list:
    """Every item the CSV importer yields for some bytes."""
    return list(CsvReader().read(io.BytesIO(data), "export.csv", start))


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1251", "koi8-u", "utf-16"])
def test_csv_reads_every_row(delimiter: str, encoding: str) -> None:
    text = _csv([HEADER] + [_story_row(i) for i in (0, 2, 3)], delimiter)
    items = _read(text.encode(encoding))
    assert [(a.title, a.external_id, a.lang_hint) for a in items] == [
        (STORIES[i][0], f"s{i}", STORIES[i][2]) for i in (0, 2, 3)]
    assert [a.paragraphs for a in items] == [STORIES[i][1] for i in (0, 2, 3)]
    assert [a.origin for a in items] == [f"export.csv:row {n}" for n in (2, 3, 4)]


def test_csv_fields_map_like_json_lines(caplog: pytest.LogCaptureFixture) -> None:
    header = [" Title", "TEXT", "published", "author", "source", "section", "translations",
              "notes", "likes"]
    row = ["Новий міст", "Абзац один.\nАбзац два.", "14.10.2024", "Олена Ткачук",
           "Новини Львова", "Місто", "s1 | https://news.example.ua/ru/1   s2", "ignored", "5"]
    with caplog.at_level(logging.WARNING, logger="archive.readers.csv"):
        [article] = _read(_csv([header, row, row]).encode())[:1]
    assert (article.title, article.published, article.author, article.source,
            article.section) == ("Новий міст", "2024-10-14", "Олена Ткачук", "Новини Львова",
                                 "Місто")
    assert article.paragraphs == ["Абзац один.", "Абзац два."]
    assert article.translations == ["s1", "https://news.example.ua/ru/1", "s2"]
    assert article.url is None and article.external_id is None       # empty = absent
    assert caplog.text.count("ignoring unknown columns notes, likes") == 1


def test_csv_bad_rows_are_rejected_and_the_rest_read() -> None:
    rows = [HEADER, _story_row(0),
            ["s9", "", "uk", "Лише три"],                               # too few cells
            _story_row(1) + ["extra"],                                  # too many
            ["s8", "", "", "", ""],                                     # no title, no text
            _story_row(2)]
    text = _csv(rows).replace('"Лише три"\r\n', '"Лише три"\r\n\r\n')   # a blank line too
    items = _read(text.encode())
    assert [(type(i).__name__, getattr(i, "position", "")) for i in items] == [
        ("Article", ""), ("Rejected", "row 3"), ("Rejected", "row 5"), ("Rejected", "row 6"),
        ("Article", "")]
    assert items[1].reason.startswith("row 3 has 4 cells, but the header has 5 columns")
    assert items[2].reason.startswith("row 5 has 6 cells, but the header has 5 columns")
    assert items[3].reason.startswith("title is missing and the body is empty")
    assert items[1].excerpt == "s9 | | uk | Лише три"
    assert items[4].origin == "export.csv:row 7" and items[4].title == STORIES[2][0]


@pytest.mark.parametrize("header, found", [
    ("id,url,headline,body", "id, url, headline, body"),
    ("title;body;url", "title, body, url"),
    ("", "nothing"),
])
def test_csv_without_title_and_text_columns(header: str, found: str) -> None:
    [item] = _read((header + "\n1,2,3,4\n").encode())
    assert type(item) is Rejected and item.position == "whole file"
    assert item.reason == (f"the header row has no title and text columns (found: {found}); "
                           "the first row must name the columns, among: id, url, lang, title, "
                           "text, published, author, source, section, translations")


def test_csv_field_over_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(streams, "MAX_RECORD_BYTES", 4096)
    rows = [HEADER, _story_row(0), ["s5", "", "en", "Long", "word " * 2000], _story_row(1)]
    items = _read(_csv(rows).encode())
    assert [type(i).__name__ for i in items] == ["Article", "Rejected", "Article"]
    assert items[1].position == "row 3"
    assert items[1].reason.startswith("row 3 is longer than 4 KiB; it was skipped")


def test_csv_undecodable_line_is_rejected_and_reading_goes_on() -> None:
    good = _csv([HEADER] + [_story_row(0)] * 200).encode()     # the encoding is told from
    assert len(good) > 64 * 1024                               # the first 64 KiB: UTF-8
    bad = "s7,,uk,Заголовок,Текст\r\n".encode("cp1251")
    items = _read(good + bad + _csv([_story_row(3)]).encode())
    assert [type(i).__name__ for i in items] == ["Article"] * 200 + ["Rejected", "Article"]
    assert items[200].position == "row 202"
    assert items[200].reason.startswith("row 202 is not valid utf-8 text")
    assert items[201].title == STORIES[3][0] and items[201].origin == "export.csv:row 203"


def test_csv_mixed_encodings_in_the_first_bytes() -> None:
    data = _csv([HEADER, _story_row(0)]).encode() + "s7,,uk,Заголовок,Текст\r\n".encode("cp1251")
    [item] = _read(data)
    assert type(item) is Rejected and item.position == "whole file"
    assert "cannot tell the text encoding" in item.reason


@pytest.mark.parametrize("encoding", ["utf-8", "cp1251"])
def test_csv_resumes_after_every_row(encoding: str) -> None:
    rows = [HEADER, _story_row(0), ["bad", "", "", "Лише", "заголовок", "зайве"],
            _story_row(1), _story_row(2)]
    data = _csv(rows, ";").encode(encoding)
    everything = _read(data)
    assert [type(i).__name__ for i in everything] == ["Article", "Rejected", "Article", "Article"]
    assert everything[-1].resume_at == len(data)
    for n, item in enumerate(everything):
        rest = _read(data, item.resume_at)
        expected = everything[n + 1:]
        assert [(type(i).__name__, getattr(i, "title", None), i.resume_at) for i in rest] == [
            (type(i).__name__, getattr(i, "title", None), i.resume_at) for i in expected]


def test_csv_utf16_is_not_resumable() -> None:
    items = _read(_csv([HEADER, _story_row(0)]).encode("utf-16"))
    assert [i.resume_at for i in items] == [None]


def test_csv_detected_by_content_and_extension(tmp_path: Path) -> None:
    text = _csv([HEADER, _story_row(1)], "\t").replace('"', "")
    assert detect_format(Path("export.tsv"), b"") == "csv"
    assert detect_format(Path("export.dat"), text.encode()) == "csv"
    path = tmp_path / "export"
    path.write_text(text.replace("\n\n", " "), encoding="cp1251")
    [article] = iter_articles(path)
    assert article.title == STORIES[1][0]
