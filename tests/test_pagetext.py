"""Tests for archive.pagetext: text pasted from news pages."""
from __future__ import annotations

import logging

import pytest

from archive.encoding import decode_bytes
from archive.exceptions import RecordError
from archive.pagetext import normalise_date, parse_page_text, split_paragraphs, switcher_languages
from tests.helpers import get_test_file

BODY = ("Міська рада затвердила новий графік руху тролейбусів.\n\n"
        "Зміни набудуть чинності з понеділка.")


def _parse_fixture(name: str, lang_hint: str | None = None):
    """The Article parsed from a fixture file."""
    return parse_page_text(decode_bytes(get_test_file(name).read_bytes()), name,
                           lang_hint=lang_hint)


@pytest.mark.parametrize("name, title_start, author, count, subheading", [
    ("lviv-bridge_en.txt", "Lviv reopens pedestrian bridge", "Olena Tkachuk", 6,
     "What changes for commuters"),
    ("lviv-bridge-ua.txt", "Львів відкрив пішохідний міст", "Олена Ткачук", 6,
     "Що зміниться для пасажирів"),
    ("lviv-bridge.ru.txt", "Львов открыл пешеходный мост", "Елена Ткачук", 5,
     "Что изменится для пассажиров"),
    ("kharkiv-metro-uk.txt", "Харківське метро продовжить", "Ігор Ґудзь", 3, None),
])
def test_fixture_pages(name: str, title_start: str, author: str, count: int,
                       subheading: str | None) -> None:
    article = _parse_fixture(name, lang_hint="xx")
    assert article.title.startswith(title_start)
    assert article.author == author
    assert len(article.paragraphs) == count
    assert article.lang_hint == "xx" and article.origin == name
    text = article.text
    assert "Photo:" not in text and "Фото:" not in text
    assert article.title not in text                 # the repeated title is gone
    assert not any(switcher_languages(p) for p in article.paragraphs)
    if subheading:                                   # a subheading stays in its place
        index = article.paragraphs.index(subheading)
        assert 0 < index < len(article.paragraphs) - 1


def test_first_and_last_paragraph() -> None:
    article = _parse_fixture("lviv-bridge_en.txt")
    assert article.paragraphs[0].startswith("The pedestrian bridge linking")
    assert article.paragraphs[-1].startswith("The council said it plans")


def test_header_lines() -> None:
    article = _parse_fixture("lviv-bridge.ru.txt")
    assert article.url == "https://news.example.ua/ru/lviv-bridge-reopens"
    assert article.published == "2024-10-14T09:30:00"
    assert article.source == "Пример Новости"


def test_koi8_header_in_ukrainian() -> None:
    article = _parse_fixture("kharkiv-metro-uk.txt")
    assert (article.source, article.published) == ("Харківські вісті", "2003-02-17")


@pytest.mark.parametrize("switcher", ["ua en ru", "UA | EN | RU", "Укр Eng Рус", "EN / UA",
                                      "ua  ·  ru"])
def test_language_switcher_is_dropped(switcher: str) -> None:
    article = parse_page_text(f"{switcher}\n\nЗаголовок новини\n\n{BODY}")
    assert article.title == "Заголовок новини"
    assert len(article.paragraphs) == 2


@pytest.mark.parametrize("lead", [
    "Заголовок новини Фото: Тролейбус на Хрещатику (архів)\nАвтор: Марія Коваль",
    "Заголовок новини\nФото: Тролейбус на Хрещатику (архів)\nАвтор: Марія Коваль",
    "Автор: Марія Коваль\n\nФото: Тролейбус на Хрещатику",
    "Заголовок новини\n\nАвтор:   Марія Коваль  ",
])
def test_repeated_title_caption_and_author(lead: str) -> None:
    article = parse_page_text(f"Заголовок новини\n\n{lead}\n\n{BODY}")
    assert article.title == "Заголовок новини"
    assert article.author == "Марія Коваль"
    assert article.paragraphs == BODY.split("\n\n")


def test_title_header_and_trailing_author() -> None:
    text = ("Title: Kyiv extends night trolleybus routes\nDate: 14 October 2024, 21:05\n"
            "Source: Example News\n\nKyiv extends night trolleybus routes\n\n"
            "Two routes will run until 2 a.m.\n\nAuthor: Taras Melnyk\n")
    article = parse_page_text(text)
    assert article.title == "Kyiv extends night trolleybus routes"
    assert article.published == "2024-10-14T21:05:00"
    assert (article.source, article.author) == ("Example News", "Taras Melnyk")
    assert article.paragraphs == ["Two routes will run until 2 a.m."]


def test_single_newlines_and_hard_wrapping() -> None:
    text = ("Новый график движения\nГородской совет утвердил новый\nграфик троллейбусов.\n"
            "Подробности\nИзменения вступят в силу с понедельника.\n")
    article = parse_page_text(text)
    assert article.paragraphs == ["Городской совет утвердил новый график троллейбусов.",
                                  "Подробности", "Изменения вступят в силу с понедельника."]


def test_unreadable_date_is_dropped_and_logged(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="archive.pagetext"):
        article = parse_page_text(f"Дата: вчора ввечері\nЗаголовок\n\n{BODY}", "x.txt")
    assert article.published is None
    assert "вчора ввечері" in caplog.text


@pytest.mark.parametrize("text, words", [
    ("", "no title"),
    ("\n\n  \n", "no title"),
    ("URL: https://example.ua/a\nua en ru\n", "no title"),
    ("Заголовок без тексту\n\n", "no body"),
    ("Заголовок\n\nЗаголовок Фото: вулиця\nАвтор: Марія Коваль\n", "no body"),
    ("Дуже довгий рядок. " * 30 + "\n\nІнший абзац.", "no title"),
])
def test_errors(text: str, words: str) -> None:
    with pytest.raises(RecordError) as info:
        parse_page_text(text)
    assert info.value.reason.startswith(words)


@pytest.mark.parametrize("value, expected", [
    ("2024-10-14", "2024-10-14"),
    ("2024-10-14 09:30", "2024-10-14T09:30:00"),
    ("2024-10-14T09:30:00+03:00", "2024-10-14T09:30:00+03:00"),
    ("2024-10-14T06:30:00Z", "2024-10-14T06:30:00+00:00"),
    ("14.10.2024", "2024-10-14"),
    ("4.3.2022, 7:05", "2022-03-04T07:05:00"),
    ("14 жовтня 2024 р., 09:30", "2024-10-14T09:30:00"),
    ("3 июня 2009", "2009-06-03"),
    ("14 October 2024", "2024-10-14"),
    ("October 14, 2024 09:30", "2024-10-14T09:30:00"),
])
def test_normalise_date(value: str, expected: str) -> None:
    assert normalise_date(value) == expected


@pytest.mark.parametrize("value", ["yesterday", "2024-02-30", "31.02.2024", "14 Brumaire 2024",
                                   "", "2024-13-01 10:00"])
def test_normalise_date_rejects(value: str) -> None:
    with pytest.raises(ValueError):
        normalise_date(value)


@pytest.mark.parametrize("text, expected", [
    ("One.\n\nTwo.", ["One.", "Two."]),
    ("One.\nTwo.\r\nThree.", ["One.", "Two.", "Three."]),
    ("Heading\nBody starts here.", ["Heading", "Body starts here."]),
    ("A line that was\nwrapped by hand.\n\n  \n\nNext.", ["A line that was wrapped by hand.",
                                                          "Next."]),
    ("Spaces   inside\tare   folded.", ["Spaces inside are folded."]),
    ("", []),
])
def test_split_paragraphs(text: str, expected: list[str]) -> None:
    assert split_paragraphs(text) == expected


def test_empty_header_values_are_skipped() -> None:
    article = parse_page_text(f"Source:\nЗаголовок\nАвтор:\nФото:\n\n{BODY}")
    assert (article.title, article.author, article.source) == ("Заголовок", None, None)
    assert article.paragraphs == BODY.split("\n\n")
