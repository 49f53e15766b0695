"""Paragraph alignment by meaning, with the real model: an adapted English version (merged,
condensed, one paragraph left out) pairs up right with vectors, and without them the aligner
is the lexical one it was."""
from __future__ import annotations

import logging

import numpy
import pytest

from indexer.comparison import meaning
from indexer.comparison.paragraphs import align_versions, pair_align
from indexer.comparison.vectors import paragraph_vectors
from indexer.embedding import EmbeddingError
from indexer.embedding.local import LocalEmbedder

# Our own story. No numbers and one name: only lengths (and meaning) to go by.
UK = [
    "У селі Вербівка після ремонту знову відкрилася сільська бібліотека. Тепер у ній є окрема "
    "кімната для дітей, нові стелажі та швидкий інтернет.",
    "Бібліотекарка розповіла, що найбільше відвідувачів приходить увечері, коли закінчуються "
    "уроки і батьки повертаються з роботи.",
    "Тому бібліотека працюватиме довше, ніж раніше: у будні двері зачинятимуть пізно ввечері, "
    "а в суботу відкриватимуть зранку.",
    "Місцеві підприємці подарували бібліотеці кавоварку та кілька м'яких крісел, а школярі "
    "намалювали для стін великі картини про історію села.",
    "Наступного місяця тут почне працювати клуб для літніх людей, які хочуть навчитися "
    "користуватися смартфоном і говорити з онуками через відеозв'язок. Заняття будуть "
    "безкоштовними, а вести їх погодилися студенти-волонтери з районного коледжу, які вже "
    "мають досвід таких курсів.",
]
RU = [
    "В селе Вербовка после ремонта снова открылась сельская библиотека. Теперь в ней есть "
    "отдельная комната для детей, новые стеллажи и быстрый интернет.",
    "Библиотекарь рассказала, что больше всего посетителей приходит вечером, когда "
    "заканчиваются уроки и родители возвращаются с работы.",
    "Поэтому библиотека будет работать дольше, чем раньше: в будни двери будут закрывать "
    "поздно вечером, а в субботу открывать с утра.",
    "Местные предприниматели подарили библиотеке кофеварку и несколько мягких кресел, а "
    "школьники нарисовали для стен большие картины об истории села.",
    "В следующем месяце здесь начнет работать клуб для пожилых людей, которые хотят научиться "
    "пользоваться смартфоном и говорить с внуками по видеосвязи. Занятия будут бесплатными, а "
    "вести их согласились студенты-волонтеры из районного колледжа, у которых уже есть опыт "
    "таких курсов.",
]
# adapted for English readers: the opening condensed, the hours merged into one paragraph,
# the gifts left out, the club cut to one short sentence (as long as the gifts paragraph)
EN = [
    "The village library in Verbivka has reopened after renovation, with a children's room, "
    "new shelves and fast internet.",
    "The librarian said most visitors come in the evening, once lessons are over and parents "
    "are back from work, so the library will stay open later: until late on weekdays, and from "
    "the morning on Saturdays.",
    "Next month, student volunteers will start free classes for older people on using "
    "smartphones and video-calling their grandchildren.",
]


@pytest.fixture(scope="module")
def embedder() -> LocalEmbedder:
    return LocalEmbedder()


@pytest.fixture(scope="module")
def vectors(embedder) -> dict[str, numpy.ndarray]:
    return paragraph_vectors(embedder, {"uk": UK, "en": EN, "ru": RU})


def test_lengths_alone_pair_the_short_club_paragraph_with_the_gifts():
    # the premise: what the lexical aligner does with this adaptation
    rows = pair_align(UK, EN, lang_a="uk", lang_b="en")
    assert rows == [([0], [0]), ([1, 2], [1]), ([3], [2]), ([4], [])]


def test_vectors_pair_the_adapted_version_by_meaning(vectors):
    rows = pair_align(UK, EN, lang_a="uk", lang_b="en", vectors=(vectors["uk"], vectors["en"]))
    assert rows == [([0], [0]), ([1, 2], [1]), ([3], []), ([4], [2])]
    assert align_versions({"en": EN, "uk": UK}, vectors) == [
        {"en": [0], "uk": [0]}, {"en": [1], "uk": [1, 2]}, {"uk": [3]}, {"en": [2], "uk": [4]}]


def test_three_versions_by_meaning(vectors):
    rows = align_versions({"uk": UK, "en": EN, "ru": RU}, vectors)
    assert rows == [{"uk": [0], "en": [0], "ru": [0]}, {"uk": [1, 2], "en": [1], "ru": [1, 2]},
                    {"uk": [3], "ru": [3]}, {"uk": [4], "en": [2], "ru": [4]}]


def test_without_vectors_the_alignment_is_the_lexical_one():
    # what the aligner gave before vectors existed (the club still paired with the gifts)
    versions = {"uk": UK, "en": EN, "ru": RU}
    assert paragraph_vectors(None, versions) is None
    assert align_versions(versions, None) == [
        {"uk": [0], "en": [0], "ru": [0]}, {"uk": [1, 2], "en": [1], "ru": [1, 2]},
        {"uk": [3], "en": [2], "ru": [3]}, {"uk": [4], "ru": [4]}]


def test_a_merge_costs_what_the_joined_rows_cost(vectors):
    # the aligner's 2-1 grid and the row cost of settle() read the same joined vector
    grid = meaning.match_costs(vectors["uk"], vectors["en"])
    assert grid[2, 1][1][1] == pytest.approx(
        meaning.group_cost(meaning.Version.of(vectors["uk"]), meaning.Version.of(vectors["en"]),
                           [1, 2], [1]))
    assert grid[1, 1][4][2] < grid[1, 1][3][2]


def test_a_paragraph_without_text_has_no_vector_and_no_say(embedder):
    got = paragraph_vectors(embedder, {"uk": [UK[0], "  "], "en": [EN[0]]})
    assert numpy.isnan(got["uk"][1]).all() and not numpy.isnan(got["uk"][0]).any()
    grid = meaning.match_costs(got["uk"], got["en"])
    assert grid[1, 1][1][0] == 0.0 and grid[1, 1][0][0] < 0.0


class _Failing(LocalEmbedder):
    """The real embedder, answering with an error (a server's 400, say)."""

    def passages(self, texts):
        raise EmbeddingError("the model refused")


def test_an_embedder_that_fails_leaves_the_lexical_comparison(caplog):
    with caplog.at_level(logging.WARNING, logger="indexer.comparison.vectors"):
        assert paragraph_vectors(_Failing(), {"uk": UK, "en": EN}) is None
    assert "the model refused" in caplog.text
