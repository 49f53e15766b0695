"""Tests for archive.readers: format detection, file walking and the three importers."""
from __future__ import annotations

import codecs
import io
import json
import logging
import re
from pathlib import Path

import lxml.html
import pytest
from lxml import etree

from archive.article import Article, Rejected
from archive.exceptions import RecordError, UnsupportedFormatError
from archive.readers import html as page_reader
from archive.readers import FORMATS, detect_format, get_reader, iter_articles, iter_inputs
from archive.readers.html import HtmlReader
from archive.readers.jsonl import JsonlReader
from archive.readers.text import TextReader, lang_from_filename
from tests.helpers import DATA_DIR, IMPORT_DIR, get_test_file

BODY_UK = "Міська рада затвердила новий графік руху тролейбусів. Зміни почнуться з понеділка."


def _read(importer, name: str) -> list[Article | Rejected]:
    """Every item an importer yields for a fixture file."""
    path = get_test_file(name)
    with path.open("rb") as stream:
        return list(importer.read(stream, str(path)))


def _read_bytes(importer, data: bytes, origin: str = "mem") -> list[Article | Rejected]:
    """Every item an importer yields for some bytes."""
    return list(importer.read(io.BytesIO(data), origin))


# --- format detection and walking -------------------------------------------------

@pytest.mark.parametrize("name, head, expected", [
    ("a.txt", b"{", "text"), ("a.TEXT", b"", "text"),
    ("a.html", b"", "html"), ("a.HTM", b"", "html"), ("a.xhtml", b"", "html"),
    ("a.jsonl", b"<", "jsonl"), ("a.ndjson", b"", "jsonl"), ("a.json-lines", b"", "jsonl"),
    ("dump", b'  \n{"id": 1}', "jsonl"),
    ("dump.json", codecs.BOM_UTF8 + b'{"id": 1}', "jsonl"),
    ("dump.dat", codecs.BOM_UTF16_LE + '{"id": 1}'.encode("utf-16-le"), "jsonl"),
    ("page", b"<!DOCTYPE html><html>", "html"),
    ("page.php", b"\n<html lang='uk'>", "html"),
    ("news", "Заголовок\n\nТекст".encode("cp1251"), "text"),
    ("news", "Заголовок новини про ремонт мосту".encode("utf-8")[:-1], "text"),  # cut character
])
def test_detect_format(name: str, head: bytes, expected: str) -> None:
    assert detect_format(Path(name), head) == expected


@pytest.mark.parametrize("head, words", [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    (b"", "empty"),
    (b"  \n ", "empty"),
    (b'[{"id": 1}]', "JSON array"),
])
def test_detect_format_refuses(head: bytes, words: str) -> None:
    with pytest.raises(UnsupportedFormatError) as info:
        detect_format(Path("input.bin"), head)
    assert words in str(info.value) and "input.bin" in str(info.value)


def test_get_importer() -> None:
    assert FORMATS == ("text", "html", "jsonl", "csv", "warc", "wacz", "zip")
    assert [get_reader(f).format for f in FORMATS] == list(FORMATS)
    with pytest.raises(ValueError, match="unknown format"):
        get_reader("pdf")


def test_iter_inputs_walks_sorted_and_skips_hidden(tmp_path: Path) -> None:
    for rel in ["b/2.txt", "b/1.txt", "a.txt", ".hidden.txt", ".git/x.txt", "b/.cache/y.txt",
                "c/d/3.jsonl"]:
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("x")
    found = [p.relative_to(tmp_path).as_posix() for p in iter_inputs([tmp_path])]
    assert found == ["a.txt", "b/1.txt", "b/2.txt", "c/d/3.jsonl"]
    single = tmp_path / ".hidden.txt"
    assert list(iter_inputs(single)) == [single]   # a file named explicitly is taken


def test_missing_input_fails_before_anything_is_read(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Заголовок\n\n" + BODY_UK, encoding="utf-8")
    with pytest.raises(FileNotFoundError, match="no-such-file.txt"):
        iter_inputs([good, tmp_path / "no-such-file.txt"])
    with pytest.raises(FileNotFoundError):
        iter_articles([good, tmp_path / "no-such-file.txt"])  # raises at the call itself


def test_iter_articles_unknown_format() -> None:
    with pytest.raises(ValueError, match="unknown format"):
        iter_articles([IMPORT_DIR], fmt="docx")


def test_iter_articles_over_fixture_folder() -> None:
    items = list(iter_articles([IMPORT_DIR]))
    articles = [i for i in items if isinstance(i, Article)]
    rejected = [i for i in items if isinstance(i, Rejected)]
    assert len(articles) == 4 + 2 + 3            # text files, HTML pages, good JSONL lines
    assert len(rejected) == 7                    # the broken JSONL lines
    assert {Path(a.origin.split(":line")[0]).name for a in articles} >= {
        "lviv-bridge_en.txt", "lviv-bridge-ua.txt", "lviv-bridge.ru.txt", "kharkiv-metro-uk.txt",
        "lviv-bridge.html", "odesa-embankment-cp1251.html", "mixed.jsonl"}


def test_iter_articles_turns_bad_files_into_rejects(tmp_path: Path) -> None:
    (tmp_path / "a-photo.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01")
    (tmp_path / "b-empty.dat").write_bytes(b"")
    (tmp_path / "c-gone.txt").symlink_to(tmp_path / "nowhere.txt")
    (tmp_path / "d-good.txt").write_text("Заголовок\n\n" + BODY_UK, encoding="utf-8")
    items = list(iter_articles(tmp_path))
    assert [type(i).__name__ for i in items] == ["Rejected", "Rejected", "Rejected", "Article"]
    assert "binary" in items[0].reason and "empty" in items[1].reason
    assert "cannot read" in items[2].reason
    assert all(r.position == "whole file" for r in items[:3])


def test_iter_articles_forced_format(tmp_path: Path) -> None:
    path = tmp_path / "export.data"
    lines = [json.dumps({"title": t, "text": BODY_UK}, ensure_ascii=False) for t in ("А", "Б")]
    path.write_text("\n".join(lines), encoding="utf-8")
    sniffed = list(iter_articles([path]))                        # "{" at the start: JSONL
    assert [a.title for a in sniffed] == ["А", "Б"]
    [forced] = iter_articles([path], fmt="text")
    assert isinstance(forced, Article) and forced.title.startswith('{"title": "А"')


# --- text ---------------------------------------------------------------------------

@pytest.mark.parametrize("name, expected", [
    ("kyiv-uk.txt", "uk"), ("kyiv-ua.txt", "ua"), ("kyiv_en.txt", "en"), ("kyiv.ru.txt", "ru"),
    ("dir/kyiv-EN.TXT", "en"), ("kyiv.txt", None), ("ukraine.txt", None), ("kyiv-de.txt", None),
])
def test_lang_from_filename(name: str, expected: str | None) -> None:
    assert lang_from_filename(name) == expected


@pytest.mark.parametrize("name, lang", [
    ("lviv-bridge_en.txt", "en"), ("lviv-bridge-ua.txt", "ua"), ("lviv-bridge.ru.txt", "ru"),
    ("kharkiv-metro-uk.txt", "uk"),
])
def test_text_importer_fixtures(name: str, lang: str) -> None:
    [article] = _read(TextReader(), name)
    assert isinstance(article, Article)
    assert article.lang_hint == lang and article.origin.endswith(name)
    assert article.title and article.author and len(article.paragraphs) >= 3


@pytest.mark.parametrize("data, words", [
    (b"", "no title"),
    ("Лише заголовок\n".encode("utf-8"), "no body"),
    (b"\x00\x01\x02\x03binary\x00", "binary"),
])
def test_text_importer_rejects(data: bytes, words: str) -> None:
    [item] = _read_bytes(TextReader(), data, "bad-uk.txt")
    assert isinstance(item, Rejected)
    assert item.position == "whole file" and item.origin == "bad-uk.txt"
    assert words in item.reason and len(item.excerpt) <= 120


# --- HTML ---------------------------------------------------------------------------

def test_html_page_with_alternates() -> None:
    [article] = _read(HtmlReader(), "lviv-bridge.html")
    assert isinstance(article, Article)
    assert article.title == "Львів відкрив пішохідний міст над залізницею після дворічного ремонту"
    assert article.url == "https://news.example.ua/lviv-bridge-reopens"       # canonical wins
    assert article.alternates == {
        "uk": "https://news.example.ua/lviv-bridge-reopens",
        "en": "https://news.example.ua/en/lviv-bridge-reopens",
        "ru": "https://news.example.ua/ru/lviv-bridge-reopens",                # made absolute
    }
    assert article.published == "2024-10-14T09:30:00+03:00"
    assert (article.source, article.author, article.lang_hint) == (
        "Приклад Новини", "Олена Ткачук", "uk")
    assert len(article.paragraphs) == 6
    assert article.paragraphs[3] == "Що зміниться для пасажирів"               # subheading kept
    assert article.paragraphs[0].startswith("Пішохідний міст")                 # no h1 repeat


@pytest.mark.parametrize("boilerplate", ["Політика", "cookie", "Читайте також", "Контакти",
                                         "Усі права захищено", "Поділитися", "Одеса ремонтує"])
def test_html_boilerplate_is_left_out(boilerplate: str) -> None:
    [article] = _read(HtmlReader(), "lviv-bridge.html")
    assert boilerplate not in article.text


def test_html_cp1251_page() -> None:
    [article] = _read(HtmlReader(), "odesa-embankment-cp1251.html")
    assert isinstance(article, Article)
    assert article.title == "В Одессе начали ремонт набережной у Ланжерона"
    assert len(article.paragraphs) == 4 and "Ланжерон" in article.paragraphs[0]
    assert "Главная" not in article.text and "права защищены" not in article.text
    assert article.published is None            # no date in the markup: none is guessed
    assert article.url is None and article.source is None and article.alternates == {}


def _page(body: str, head: str = "") -> bytes:
    """A small UTF-8 HTML page."""
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8">{head}</head>'
            f"<body>{body}</body></html>").encode("utf-8")


ARTICLE_BODY = "".join(f"<p>{BODY_UK} Абзац номер {n} розповідає про нові маршрути.</p>"
                       for n in range(1, 5))


def test_html_source_falls_back_to_host() -> None:
    head = ('<title>Нічні тролейбуси</title>'
            '<meta property="og:url" content="https://kyiv.example.ua/news/night-trolleybus">'
            '<meta property="article:published_time" content="not a date">')
    [article] = _read_bytes(HtmlReader(), _page(f"<article><h1>Нічні тролейбуси</h1>"
                                                f"{ARTICLE_BODY}</article>", head))
    assert isinstance(article, Article)
    assert article.url == "https://kyiv.example.ua/news/night-trolleybus"
    assert article.source in ("kyiv.example.ua", "example.ua")
    assert article.published is None


def test_xhtml_with_xml_declaration() -> None:
    data = ('<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml"'
            ' lang="ru"><head><title>Паром в Стамбул</title></head><body><article>'
            "<h1>Паром в Стамбул</h1>"
            + ARTICLE_BODY + "</article></body></html>").encode("utf-8")
    [article] = _read_bytes(HtmlReader(), data)
    assert isinstance(article, Article) and article.lang_hint == "ru"
    assert article.title == "Паром в Стамбул"


@pytest.mark.parametrize("data, words", [
    (_page('<nav><a href="/1">Новини</a> <a href="/2">Спорт</a></nav>',
           "<title>Архів новин</title>"), "no article text"),
    (b"", "not readable as HTML"),
    (b"\x00\x01\x02binary", "binary"),
])
def test_html_rejects(data: bytes, words: str) -> None:
    [item] = _read_bytes(HtmlReader(), data, "page.html")
    assert isinstance(item, Rejected) and item.position == "whole file"
    assert words in item.reason and len(item.excerpt) <= 120


# --- the page reader's shortcuts read what lxml.html's stock tree gives -------------------

#: text in a <div> cut by <br>s: trafilatura's fast pass finds none, its fallbacks do
FALLBACK_PAGE = _page("<div>" + "<br><br>".join(f"{BODY_UK} Рядок {n} про нові маршрути."
                                                for n in range(1, 6)) + "</div>",
                      "<title>Нові тролейбуси</title>")
#: UTF-8 bytes under a stale <meta charset> (a re-saved page), read by trafilatura
STALE_CHARSET_PAGE = _page("<div>" + "".join(f"<p>{BODY_UK} Абзац {n}.</p>" for n in range(5))
                           + "</div>", "<title>Нові тролейбуси</title>"
                           ).replace(b'charset="utf-8"', b'charset="windows-1251"')
OWN_PAGES = {path.name: path.read_bytes()
             for path in sorted([*(DATA_DIR / "pages").glob("*.html"), *IMPORT_DIR.glob("*.html")])}
OWN_PAGES.update({"fallback": FALLBACK_PAGE, "stale charset": STALE_CHARSET_PAGE})


def _article_or_reason(data: bytes) -> Article | str:
    try:
        return page_reader.parse_html(data, "page.html")
    except RecordError as exc:
        return exc.reason


def _stock_tree(text: str, utf8: bytes | None = None) -> etree._Element:
    """The tree lxml.html makes by default: its own parser and classes, from the text."""
    return lxml.html.document_fromstring(re.sub(r"^\s*<\?xml[^>]*\?>", "", text, count=1))


@pytest.mark.parametrize("name", OWN_PAGES)
def test_page_reads_as_from_lxml_html_stock_tree(name: str, monkeypatch) -> None:
    # the reader parses UTF-8 bytes as they are, with element classes chosen in C, and
    # hands that tree to trafilatura: every field must be what the stock tree gives
    data = OWN_PAGES[name]
    read = _article_or_reason(data)
    monkeypatch.setattr(page_reader, "_parse_tree", _stock_tree)
    assert read == _article_or_reason(data)


@pytest.mark.parametrize("name", OWN_PAGES)
def test_trafilatura_leaves_the_tree_it_is_given_as_it_was(name: str) -> None:
    # its fallback pass reads the same tree again instead of a new parse
    data = OWN_PAGES[name]
    text, codec = page_reader.decode_with_codec(data, page_reader.declared_charset(data))
    tree = page_reader._parse_tree(text, data if codec == "utf-8" else None)
    before = etree.tostring(tree, encoding="unicode")
    for fast in (True, False):
        page_reader._extract(tree, None, fast=fast)
        assert etree.tostring(tree, encoding="unicode") == before


def test_page_read_by_trafilatura_fallbacks_and_under_a_stale_charset() -> None:
    fallback, stale = map(_article_or_reason, (FALLBACK_PAGE, STALE_CHARSET_PAGE))
    assert isinstance(fallback, Article) and "Рядок 5 про нові маршрути" in fallback.text
    assert isinstance(stale, Article) and stale.title == "Нові тролейбуси"
    assert "Абзац 4" in stale.text


# --- JSONL --------------------------------------------------------------------------

BROKEN_LINES = {
    4: "not valid JSON",
    5: '"title" must be a string, not a number (5)',
    6: '"translations" must be an array of ids or URLs',
    7: "title is missing and the body is empty",
    8: '"published": not a date',
    9: "not an object",
    10: "not valid UTF-8",
}


def test_jsonl_mixed_file() -> None:
    items = _read(JsonlReader(), "mixed.jsonl")
    rejected = {int(r.position.split()[1]): r for r in items if isinstance(r, Rejected)}
    articles = [a for a in items if isinstance(a, Article)]
    assert sorted(rejected) == sorted(BROKEN_LINES)
    for number, words in BROKEN_LINES.items():
        assert rejected[number].position == f"line {number}"
        assert words in rejected[number].reason
        assert 0 < len(rejected[number].excerpt) <= 120
        assert rejected[number].origin.endswith("mixed.jsonl")
    assert [a.external_id for a in articles] == ["101", "102", "111"]
    assert [a.origin.rsplit(":", 1)[1] for a in articles] == ["line 1", "line 3", "line 11"]


def test_jsonl_good_records() -> None:
    first, second, third = [a for a in _read(JsonlReader(), "mixed.jsonl")
                            if isinstance(a, Article)]
    assert first.title == "Lviv reopens pedestrian bridge over railway"   # BOM tolerated
    assert (first.lang_hint, first.published, first.section) == ("en", "2024-10-14T09:30:00",
                                                                 "Cities")
    assert first.translations == ["102", "https://news.example.ua/ru/lviv-bridge-reopens"]
    assert len(first.paragraphs) == 2 and first.author == "Olena Tkachuk"
    assert (second.lang_hint, second.translations) == ("ua", ["101"])
    assert second.paragraphs == ["Міст біля головного вокзалу відкрили в понеділок після двох "
                                 "років ремонту.", "З обох боків додали ліфти."]
    assert second.published == "2024-10-14T09:30:00+03:00"
    assert third.title.startswith("Одесский порт возобновил") and len(third.title) <= 80
    assert len(third.paragraphs) == 2


def test_jsonl_title_from_body_is_logged(caplog: pytest.LogCaptureFixture) -> None:
    line = json.dumps({"text": BODY_UK}, ensure_ascii=False).encode("utf-8")
    with caplog.at_level(logging.INFO, logger="archive.readers.jsonl"):
        [article] = _read_bytes(JsonlReader(), line)
    assert article.title == ("Міська рада затвердила новий графік руху тролейбусів. "
                             "Зміни почнуться з")                # 80 characters, cut at a word
    assert "no title" in caplog.text


@pytest.mark.parametrize("record, words", [
    ({"title": "T", "text": ["a"]}, '"text" must be a string, not an array'),
    ({"title": "T", "paragraphs": "a"}, '"paragraphs" must be an array of strings'),
    ({"title": "T", "paragraphs": ["a", 3]}, '"paragraphs" must be an array of strings'),
    ({"id": True, "title": "T", "text": "a"}, '"id" must be a string or an integer'),
    ({"id": 1.5, "title": "T", "text": "a"}, '"id" must be a string or an integer'),
    ({"title": "T", "text": "a", "translations": [{"id": 1}]}, '"translations" must be'),
    ({"title": "T", "text": "a", "translations": 7}, '"translations" must be'),
    ({"title": "T", "text": "a", "published": 20240101}, '"published" must be a string'),
    ({"title": "T", "text": "a", "published": "2024-02-30"}, '"published": not a date'),
    ({"title": "  ", "text": "\n\n"}, "title is missing"),
    ({"title": None, "paragraphs": []}, "title is missing"),
])
def test_jsonl_rejects(record: dict, words: str) -> None:
    [item] = _read_bytes(JsonlReader(), json.dumps(record).encode("utf-8"), "x.jsonl")
    assert isinstance(item, Rejected) and item.position == "line 1"
    assert words in item.reason
    assert any(fix in item.reason for fix in ("fix the value", "give", "use ISO 8601"))


@pytest.mark.parametrize("record, field, expected", [
    ({"id": 7, "title": "T", "text": "a"}, "external_id", "7"),
    ({"title": "T", "text": "a", "translations": "https://x.ua/uk/1"}, "translations",
     ["https://x.ua/uk/1"]),
    ({"title": "T", "text": "a", "translations": [5, " ", "u"]}, "translations", ["5", "u"]),
    ({"title": "T", "text": "a", "lang": "UA"}, "lang_hint", "UA"),
    ({"title": "T", "text": "a", "published": None}, "published", None),
    ({"title": "T", "text": "a", "unknown": {"x": 1}}, "title", "T"),
    ({"title": "T", "text": "ignored", "paragraphs": ["p1", "p2"]}, "paragraphs", ["p1", "p2"]),
    ({"title": "Тільки заголовок"}, "paragraphs", []),
])
def test_jsonl_fields(record: dict, field: str, expected: object) -> None:
    [article] = _read_bytes(JsonlReader(), json.dumps(record).encode("utf-8"))
    assert isinstance(article, Article)
    assert getattr(article, field) == expected


def test_jsonl_streams_line_by_line() -> None:
    line = json.dumps({"title": "Новина", "text": BODY_UK}, ensure_ascii=False).encode() + b"\n"
    stream = io.BytesIO(line * 1000)
    items = JsonlReader().read(stream, "big.jsonl")
    first = next(items)
    assert isinstance(first, Article) and stream.tell() < len(line) * 10
    assert sum(1 for _ in items) == 999
