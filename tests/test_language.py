"""Language detection: code normalisation, the detectors, and the hint logic."""
from __future__ import annotations

import dataclasses

import pytest

from indexer.text import language as ld
from indexer.text.language import (
    CueDetector,
    Detection,
    LangdetectDetector,
    LinguaDetector,
    default_detector,
    detect_language,
    lang_from_url,
)

UK_SHORT = [
    "Міст через Десну відкриють у квітні",
    "Ціни на гречку зросли вдвічі",
    "Він подав у відставку",
    "Синоптики: завтра знову дощі",
]
UK_LONG = [
    "Рада громади вирішила спрямувати кошти, зекономлені на закупівлях, на утеплення двох "
    "шкіл і дитячого садка, а роботи мають завершити до початку опалювального сезону.",
    "Після трьох тижнів переговорів профспілка шахтарів погодилася на нову угоду: зарплати "
    "зростуть на п'ятнадцять відсотків, а підприємство оновить захисне спорядження.",
]
RU_SHORT = [
    "Мост через Десну откроют в апреле",
    "Цены на гречку выросли вдвое",
    "Этим летом жара будет дольше",
    "Объявлен конкурс для молодых архитекторов",
]
RU_LONG = [
    "Совет общины решил направить средства, сэкономленные на закупках, на утепление двух "
    "школ и детского сада, а работы должны завершить до начала отопительного сезона.",
    "После трёх недель переговоров профсоюз шахтёров согласился на новое соглашение: "
    "зарплаты вырастут на пятнадцать процентов, а предприятие обновит защитное снаряжение.",
]
EN_SHORT = [
    "Bridge over the Desna to reopen in April",
    "Buckwheat prices double",
    "He has resigned",
]
EN_LONG = [
    "The community council decided to spend the money saved on procurement on insulating "
    "two schools and a kindergarten, with the work due to finish before the heating season.",
]

# uk/ru pairs without any letter unique to either language: only statistics can tell.
NO_UNIQUE_LETTERS = [
    ("uk", "Суд заочно арештував депутата"), ("ru", "Суд заочно арестовал депутата"),
    ("uk", "Курс долара: прогноз на червень"), ("ru", "Курс доллара: прогноз на июнь"),
    ("uk", "Погода на завтра: сонячно та тепло"), ("ru", "Погода на завтра: солнечно и тепло"),
    ("uk", "Парламент ухвалив закон про мову"), ("ru", "Парламент принял закон о праве"),
    ("uk", "Команда програла з рахунком 1:2"), ("ru", "Команда проиграла со счетом 1:2"),
]


def _cases(lang, texts):
    return [(lang, text) for text in texts]


ALL_TEXTS = (_cases("uk", UK_SHORT + UK_LONG) + _cases("ru", RU_SHORT + RU_LONG)
             + _cases("en", EN_SHORT + EN_LONG))


# --- language from URLs ---------------------------------------------------------------

@pytest.mark.parametrize("url,expected", [
    ("https://news.example/ukr/politics/123", "uk"),
    ("https://news.example/ua/politics/123", "uk"),
    ("https://news.example/uk/politics/123", "uk"),
    ("https://news.example/rus/politics/123", "ru"),
    ("https://news.example/ru/politics/123", "ru"),
    ("https://news.example/en/politics/123", "en"),
    ("https://news.example/eng/politics/123", "en"),
    ("https://news.example/news/EN/123.html", "en"),
    ("https://news.example/article?id=5&lang=ua", "uk"),
    ("/ru/a.html", "ru"),
    ("https://news.example/politics/123", None),
    ("https://news.example/ukraine/russia-talks", None),
    ("https://en.example/politics", None),  # host names are not read
    (None, None), ("", None),
])
def test_lang_from_url(url, expected):
    assert lang_from_url(url) == expected


# --- Detection and the detectors -------------------------------------------------------

def test_detection_is_frozen():
    found = Detection("uk", 0.9, "letters")
    with pytest.raises(dataclasses.FrozenInstanceError):
        found.lang = "ru"  # type: ignore[misc]


@pytest.mark.parametrize("gold,text", ALL_TEXTS)
def test_cue_detector(gold, text):
    found = CueDetector().detect(text)
    assert found.lang == gold
    assert 0.5 < found.confidence <= 1.0
    if gold == "en":
        assert found.method == "script"


@pytest.mark.parametrize("gold,text", _cases("uk", UK_SHORT + UK_LONG) + _cases("ru", RU_SHORT[1:]))
def test_unique_letters_decide_without_statistics(gold, text):
    class Refuses:
        name = "refuses"

        def detect_among(self, text, langs):
            raise AssertionError("statistics consulted")

    found = CueDetector(fallback=Refuses()).detect(text)  # type: ignore[arg-type]
    assert (found.lang, found.method) == (gold, "letters")


@pytest.mark.parametrize("gold,text", NO_UNIQUE_LETTERS)
def test_pairs_without_unique_letters_go_to_lingua(gold, text):
    found = CueDetector().detect(text)
    assert (found.lang, found.method) == (gold, "lingua")


@pytest.mark.parametrize("gold,text", ALL_TEXTS + NO_UNIQUE_LETTERS)
def test_lingua_detector(gold, text):
    found = LinguaDetector().detect(text)
    assert found.lang == gold and found.method == "lingua"


@pytest.mark.parametrize("gold,text", _cases("uk", UK_LONG) + _cases("ru", RU_LONG)
                         + _cases("en", EN_LONG))
def test_langdetect_detector_on_long_text(gold, text):
    found = LangdetectDetector().detect(text)
    assert found.lang == gold and found.method == "langdetect"


def test_langdetect_detector_is_repeatable():
    text = "Ціни на гречку зросли"
    assert len({LangdetectDetector().detect(text) for _ in range(5)}) == 1


@pytest.mark.parametrize("detector", [CueDetector(), LinguaDetector(), LangdetectDetector()],
                         ids=lambda d: d.name)
@pytest.mark.parametrize("text", ["", "   ", "2024", "12:30 — 14:45", "!!! ??? …", "+380 44 123"])
def test_nothing_to_read_is_undetermined(detector, text):
    found = detector.detect(text)
    assert found.lang == "und" and found.confidence < 0.5


@pytest.mark.parametrize("text", ["ОК", "Я", "OK", "a1"])
def test_too_short_is_undetermined(text):
    assert CueDetector().detect(text) == Detection("und", 0.0, "too-short")


def test_latin_only_text_cannot_be_cyrillic_language():
    # Ukrainian written in Latin letters is still no uk text for the cues
    assert CueDetector().detect("Slava Ukraini, heroyam slava").lang == "en"


@pytest.mark.parametrize("text,gold", [
    ("Apple представила новий iPhone і MacBook", "uk"),  # Latin brands in a uk text
    ("Google и Microsoft объявили о сделке", "ru"),
    ("Сбор", "ru"),  # Cyrillic: never en, whatever else it is
])
def test_cyrillic_text_with_latin_words(text, gold):
    found = CueDetector().detect(text)
    assert found.lang == gold


def test_quoted_ukrainian_word_does_not_make_russian_text_ukrainian():
    text = ("Министр финансов заявил на встрече в Києві, что правительство утвердило новую "
            "программу помощи для пострадавших от паводка")
    found = CueDetector().detect(text)
    assert found.lang == "ru" and found.method == "lingua"


def test_english_text_with_a_cyrillic_quote_stays_english():
    text = ("Protesters in the square held banners reading Свобода and chanted for hours "
            "before the police asked them to leave the road")
    assert CueDetector().detect(text).lang == "en"


def test_lingua_model_is_built_once():
    LinguaDetector().detect("Перевірка")
    first = ld._lingua()
    LinguaDetector().detect("Проверка")
    assert ld._lingua() is first


def test_default_detector_is_shared():
    assert default_detector() is default_detector()
    assert default_detector().name == "cue"


def test_long_text_is_fast_enough():
    text = " ".join(UK_LONG * 200)  # about 70 000 characters
    assert detect_language(text).lang == "uk"


# --- detect_language: hints ------------------------------------------------------------

@pytest.mark.parametrize("gold,text", ALL_TEXTS + NO_UNIQUE_LETTERS)
def test_detect_language_without_hints(gold, text):
    assert detect_language(text).lang == gold


@pytest.mark.parametrize("declared", ["ua", "UA", "uk-UA", "ukr", "uk"])
def test_declared_ua_is_ukrainian(declared):
    found = detect_language("Суд заочно арештував депутата", declared=declared)
    assert found == Detection("uk", max(found.confidence, 0.9), "declared")


@pytest.mark.parametrize("text,declared,expected", [
    # declared agrees with the text
    (UK_LONG[0], "uk", ("uk", "declared")),
    (RU_SHORT[0], "ru", ("ru", "declared")),
    (EN_SHORT[0], "en-GB", ("en", "declared")),
    # the text cannot tell uk from ru: the declaration decides, either way
    ("Президент", "uk", ("uk", "declared")),
    ("Президент", "ru", ("ru", "declared")),
    ("Суд заочно арестовал депутата", "uk", ("uk", "declared")),
    # the script rules the declaration out
    (UK_SHORT[0], "en", ("uk", "letters")),
    (RU_SHORT[2], "en", ("ru", "letters")),
    ("Суд заочно арестовал депутата", "en", ("ru", "lingua")),
    (EN_LONG[0], "uk", ("en", "script")),
    (EN_LONG[0], "ru", ("en", "script")),
    # uk-only / ru-only letters clearly deny the declaration
    (RU_LONG[0], "uk", ("ru", "letters")),
    (UK_LONG[1], "ru", ("uk", "letters")),
    # an unknown declaration is ignored
    (UK_SHORT[1], "de", ("uk", "letters")),
])
def test_declared_versus_text(text, declared, expected):
    found = detect_language(text, declared=declared)
    assert (found.lang, found.method) == expected


def test_a_few_latin_words_do_not_override_declared_ukrainian():
    assert detect_language("iPhone 16 Pro Max", declared="uk").lang == "uk"
    assert detect_language("Apple Watch Ultra", declared="ru").lang == "ru"


@pytest.mark.parametrize("text,url,expected", [
    ("Президент", "https://news.example/ukr/1", ("uk", "url")),
    ("Президент", "https://news.example/rus/1", ("ru", "url")),
    (EN_SHORT[0], "https://news.example/eng/1", ("en", "url")),
    (EN_SHORT[0], "https://news.example/ua/1", ("en", "script")),  # script wins
    (RU_LONG[1], "https://news.example/ua/1", ("ru", "letters")),   # letters win
    (UK_SHORT[0], "https://news.example/1", ("uk", "letters")),     # no hint
])
def test_url_hint(text, url, expected):
    found = detect_language(text, url=url)
    assert (found.lang, found.method) == expected


def test_declared_beats_url_unless_the_text_backs_the_url():
    assert detect_language("Президент", declared="ru", url="/ukr/1").method == "declared"
    found = detect_language("Він подав у відставку", declared="ru", url="/ukr/1")
    assert (found.lang, found.method) == ("uk", "url")


def test_declared_ruled_out_falls_back_to_url():
    found = detect_language("Президент", declared="en", url="/rus/1")
    assert (found.lang, found.method) == ("ru", "url")


@pytest.mark.parametrize("text", ["", "2024", "…"])
def test_empty_text_without_hints_is_undetermined(text):
    found = detect_language(text)
    assert found.lang == "und" and found.confidence < 0.5


def test_empty_text_takes_the_declared_language():
    assert detect_language("", declared="ua").lang == "uk"
    assert detect_language("15:00", url="/eng/x").lang == "en"


def test_mixed_script_is_repaired_before_detection():
    # Latin look-alikes throughout: without repair this would read as Latin text
    text = "Bибyх y Xapкoві, пoшкoджeнo бyдинoк"
    found = detect_language(text, declared="en")
    assert found.lang == "uk"


class Fixed:
    """A stand-in detector that always gives the same answer."""

    name = "fixed"

    def __init__(self, lang: str, confidence: float = 0.7) -> None:
        self.answer = Detection(lang, confidence, self.name)

    def detect(self, text: str) -> Detection:
        return self.answer


def test_any_detector_can_be_plugged_in():
    assert detect_language("Президент", detector=Fixed("ru")) == Detection("ru", 0.7, "fixed")
    # agreeing hint: the hint is named, the confidence is the larger one
    assert detect_language("Президент", declared="ru", detector=Fixed("ru", 0.95)) == \
        Detection("ru", 0.95, "declared")
    # disagreeing statistics do not override a declaration
    assert detect_language("Президент", declared="uk", detector=Fixed("ru", 0.99)).lang == "uk"


def test_confidence_in_range_everywhere():
    for _, text in ALL_TEXTS + NO_UNIQUE_LETTERS:
        for declared in (None, "uk", "ru", "en"):
            found = detect_language(text, declared=declared)
            assert 0.0 <= found.confidence <= 1.0
            assert found.lang in ("uk", "ru", "en", "und")
