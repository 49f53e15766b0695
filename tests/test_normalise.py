"""Mixed-script repair and index folding."""
from __future__ import annotations

import pytest

from indexer.text.normalise import fold_for_index, repair_mixed_script, script_of

# (input, expected): Latin letters are written as \u escapes nowhere; the mixing is
# visible in the comments instead.
REPAIRS = [
    ("Kиїв", "Київ"),                    # Latin K
    ("Kedк", "Кедк"),                    # only look-alikes, no context: Cyrillic
    ("Пpeзидeнт", "Президент"),          # Latin p, e
    ("мiсто", "місто"),                  # Latin i -> Ukrainian і
    ("ОДЕСA", "ОДЕСА"),                  # Latin A at the end of a capitalised word
    ("м'ясo", "м'ясо"),                  # Latin o after an apostrophe
    ("Kuїв", "Kuїв"),                    # u has no Cyrillic look-alike, и none in Latin
    ("Ukrаine", "Ukraine"),              # Cyrillic а in a Latin word
    ("Kyіv", "Kyiv"),                    # Cyrillic і
    ("NАТО", "NATO"),                    # Cyrillic А, Т, О; Latin N decides
    ("met in Tокyo", "met in Tokyo"),    # look-alikes only: the English context decides
    ("Micтo Київ", "Місто Київ"),        # look-alikes only: the Cyrillic context decides
    ("COVIDний", "COVIDний"),            # genuine mixture: left alone
    ("Бахмут і Lviv", "Бахмут і Lviv"),  # single-script words untouched
    ("iPhone 16 Pro", "iPhone 16 Pro"),
    ("2024 рік", "2024 рік"),
    ("", ""),
]


@pytest.mark.parametrize("text,expected", REPAIRS)
def test_repair_mixed_script(text, expected):
    assert repair_mixed_script(text) == expected


@pytest.mark.parametrize("text", [t for t, _ in REPAIRS])
def test_repair_keeps_length_and_is_idempotent(text):
    repaired = repair_mixed_script(text)
    assert len(repaired) == len(text)
    assert repair_mixed_script(repaired) == repaired


def test_repair_whole_sentence():
    text = "Bибyх у Xapкoві: пoшкoджeнo бyдинoк на вyлиці Cyмській"
    assert repair_mixed_script(text) == "Вибух у Харкові: пошкоджено будинок на вулиці Сумській"


def test_single_script_latin_word_in_cyrillic_text_stays():
    # A whole Latin word is never changed, even a lone look-alike: "вітамін C" is real.
    assert repair_mixed_script("вітаміни A і C, y лікарні") == "вітаміни A і C, y лікарні"


def test_repaired_words_are_single_script():
    text = "Пpeзидeнт пpибyв дo Kиєвa, a Ukrаine чекає"
    for word in repair_mixed_script(text).replace(",", "").split():
        scripts = {script_of(ch) for ch in word} - {"other"}
        assert len(scripts) == 1, word


@pytest.mark.parametrize("text,expected", [
    ("Ёлка", "Елка"),
    ("ещё всё", "еще все"),
    ("м’ясо", "м'ясо"),        # U+2019
    ("пʼять", "п'ять"),        # U+02BC
    ("сім‘я", "сім'я"),        # U+2018
    ("об`єкт", "об'єкт"),      # backtick
    ("пір′я", "пір'я"),        # prime
    ("В´ячеслав", "В'ячеслав"),  # acute accent used as an apostrophe
    ("Украі\u0308на", "Україна"),  # decomposed ї
    ("Зелен\u00adський", "Зеленський"),  # soft hyphen
    ("Лу\u200bкашенко", "Лукашенко"),  # zero-width space
    ("доро\u0301га", "дорога"),  # stress mark
    ("й Й ї Ї", "й Й ї Ї"),  # breve and diaeresis are letters, not accents
    ("Café Müller", "Café Müller"),
    ("Київ — Lviv, 2024", "Київ — Lviv, 2024"),
])
def test_fold_for_index(text, expected):
    assert fold_for_index(text) == expected


def test_fold_keeps_case():
    assert fold_for_index("ЁЖ Ёж ёж") == "ЕЖ Еж еж"


def test_fold_is_idempotent():
    text = "Пʼятниця: ЁЛКА, м’ясо, доро\u0301га"
    assert fold_for_index(fold_for_index(text)) == fold_for_index(text)
