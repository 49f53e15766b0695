"""Paragraph alignment of one story's language versions, without Elasticsearch."""
from __future__ import annotations

import pytest

from indexer.comparison.paragraphs import align_versions, discrepancies, missing_from, pair_align
from indexer.text.features import extract_numbers

# A council story: numbers and names in most paragraphs.
DEPOT = {
    "uk": [
        "Львівська міська рада в четвер затвердила програму оновлення трамвайного депо на "
        "вулиці Городоцькій. На роботи до кінця 2026 року виділять 84 мільйони гривень, "
        "повідомив секретар ради Маркіян Лопачак.",
        "За словами директора підприємства «Львівелектротранс» Олега Волошина, депо не "
        "ремонтували понад сорок років. Дах протікає, а опалення в ремонтних цехах узимку "
        "давно не працює.",
        "Спершу замінять покрівлю та вікна. Потім встановлять нове обладнання для "
        "обслуговування 36 низькопідлогових вагонів, які місто отримало впродовж останніх "
        "п'яти років.",
        "Близько 30 мільйонів гривень надасть Європейський інвестиційний банк у межах "
        "кредитної програми для міського транспорту України.",
        "Депутати від опозиції критикували проєкт через відсутність відкритого тендеру на "
        "проєктні роботи. Мер Андрій Садовий відповів, що тендер оголосять у березні.",
        "Під час ремонту трамваї обслуговуватимуть у депо на Личаківській, тож пасажири не "
        "мають помітити змін у розкладі руху.",
    ],
    "en": [
        "Lviv city council on Thursday approved a programme to renovate the tram depot on "
        "Horodotska Street. The work will receive 84 million hryvnias by the end of 2026, "
        "council secretary Markiian Lopachak said.",
        "According to Oleh Voloshyn, director of the Lvivelektrotrans company, the depot has "
        "not been repaired for more than forty years. The roof leaks and the heating in the "
        "repair shops has long stopped working in winter.",
        "First the roof and windows will be replaced. Then new equipment will be installed to "
        "service the 36 low-floor cars the city has received over the past five years.",
        "About 30 million hryvnias will come from the European Investment Bank under its "
        "lending programme for urban transport in Ukraine.",
        "Opposition councillors criticised the project because there was no open tender for "
        "the design work. Mayor Andriy Sadovyi replied that the tender would be announced in "
        "March.",
        "During the renovation, trams will be serviced at the Lychakivska depot, so passengers "
        "should not notice any changes to the timetable.",
    ],
    "ru": [
        "Львовский городской совет в четверг утвердил программу обновления трамвайного депо "
        "на улице Городоцкой. На работы до конца 2026 года выделят 84 миллиона гривен, "
        "сообщил секретарь совета Маркиян Лопачак.",
        "По словам директора предприятия «Львовэлектротранс» Олега Волошина, депо не "
        "ремонтировали более сорока лет. Крыша протекает, а отопление в ремонтных цехах зимой "
        "давно не работает.",
        "Сначала заменят кровлю и окна. Затем установят новое оборудование для обслуживания "
        "36 низкопольных вагонов, которые город получил за последние пять лет.",
        "Около 30 миллионов гривен предоставит Европейский инвестиционный банк в рамках "
        "кредитной программы для городского транспорта Украины.",
        "Депутаты от оппозиции критиковали проект из-за отсутствия открытого тендера на "
        "проектные работы. Мэр Андрей Садовый ответил, что тендер объявят в марте.",
        "Во время ремонта трамваи будут обслуживать в депо на Лычаковской, поэтому пассажиры "
        "не должны заметить изменений в расписании движения.",
    ],
}
UK_EXTRA = ("Окремо в мерії нагадали, що з понеділка на мосту через Полтву обмежать рух "
            "автомобілів: там замінюватимуть асфальт і бордюри.")
RU_EXTRA = ("Отдельно городские власти пообещали до конца года обновить навесы на 12 "
            "остановках трамвая, поставить там скамейки и электронные табло.")
EN_SPLIT = ["First the roof and windows will be replaced.",
            "Then new equipment will be installed to service the 36 low-floor cars the city "
            "has received over the past five years."]
EN_EDITOR = ("Editor's note: this story was updated on Friday with the mayor's reply to the "
             "opposition.")
EN_NOTE = ["The European Investment Bank will lend Lviv about 30 million hryvnias for the "
           "renovation of its tram depot, part of a programme for urban transport in Ukraine."]

# A story without a single number: only lengths (and a few names) to go by.
THEATRE = {
    "uk": [
        "Одеський театр опери та балету відновив вистави після тривалої перерви. Перший показ "
        "відбувся в суботу ввечері, і квитки розкупили ще за тиждень до прем'єри.",
        "Директорка театру Наталія Кравченко розповіла, що трупа готувала нову постановку "
        "майже пів року, попри постійні повітряні тривоги та перебої зі світлом.",
        "Глядачам пояснили, що під час тривоги вистава зупиняється, а всі мають спуститися до "
        "укриття в підвалі будівлі.",
        "Музиканти оркестру зізналися, що грати перед повною залою знову було зворушливо.",
        "Наступні вистави заплановані на кінець місяця, а восени театр обіцяє гастролі до "
        "Києва та Львова.",
    ],
    "en": [
        "The Odesa Opera and Ballet Theatre has resumed performances after a long break. The "
        "first show took place on Saturday evening, and tickets sold out a week before the "
        "premiere.",
        "Theatre director Natalia Kravchenko said the company had spent almost six months "
        "preparing the new production despite constant air raid alerts and power cuts.",
        "The audience was told that during an alert the performance stops and everyone must go "
        "down to the shelter in the basement of the building.",
        "Orchestra musicians admitted that playing to a full house again was moving.",
        "Further performances are planned for the end of the month, and in the autumn the "
        "theatre promises to tour Kyiv and Lviv.",
    ],
    "ru": [
        "Одесский театр оперы и балета возобновил спектакли после долгого перерыва. Первый "
        "показ состоялся в субботу вечером, и билеты раскупили ещё за неделю до премьеры.",
        "Директор театра Наталья Кравченко рассказала, что труппа готовила новую постановку "
        "почти полгода, несмотря на постоянные воздушные тревоги и перебои со светом.",
        "Зрителям объяснили, что во время тревоги спектакль останавливается, а все должны "
        "спуститься в укрытие в подвале здания.",
        "Музыканты оркестра признались, что играть перед полным залом снова было трогательно.",
        "Следующие спектакли запланированы на конец месяца, а осенью театр обещает гастроли в "
        "Киев и Львов.",
    ],
}


def without(paragraphs: list[str], k: int) -> list[str]:
    return paragraphs[:k] + paragraphs[k + 1:]


def inserted(paragraphs: list[str], k: int, extra: list[str]) -> list[str]:
    return paragraphs[:k] + extra + paragraphs[k:]


def one_to_one(langs, n: int) -> list[dict[str, list[int]]]:
    return [{lang: [k] for lang in langs} for k in range(n)]


# every multi-version example below, for the property check
CASES = {
    "depot": DEPOT,
    "theatre": THEATRE,
    "ru added": {**DEPOT, "ru": inserted(DEPOT["ru"], 4, [RU_EXTRA])},
    "en dropped": {**DEPOT, "en": without(DEPOT["en"], 4)},
    "en split": {**DEPOT, "en": DEPOT["en"][:2] + EN_SPLIT + DEPOT["en"][3:]},
    "pivot lacks": {**DEPOT, "en": [EN_EDITOR] + DEPOT["en"][:2] + EN_SPLIT + DEPOT["en"][3:4]
                    + DEPOT["en"][5:]},
    "uk and ru extras": {"uk": inserted(DEPOT["uk"], 4, [UK_EXTRA]), "en": DEPOT["en"],
                         "ru": inserted(DEPOT["ru"], 4, [RU_EXTRA])},
    "note": {"uk": DEPOT["uk"], "en": EN_NOTE},
    "two versions": {"ru": DEPOT["ru"], "uk": without(DEPOT["uk"], 1)},
    "theatre dropped": {"uk": THEATRE["uk"], "en": without(THEATRE["en"], 2)},
    "theatre en dropped": {**THEATRE, "en": without(THEATRE["en"], 1)},
    "one empty": {"uk": DEPOT["uk"], "en": [], "ru": DEPOT["ru"]},
    "all empty": {"uk": [], "en": [], "ru": []},
}


@pytest.mark.parametrize("story", [DEPOT, THEATRE], ids=["depot", "theatre"])
def test_identical_structure_aligns_one_to_one(story):
    assert align_versions(story) == one_to_one(story, len(story["uk"]))


@pytest.mark.parametrize("lang_a,lang_b", [("uk", "en"), ("en", "uk"), ("uk", "ru"),
                                           ("ru", "en")])
@pytest.mark.parametrize("story", [DEPOT, THEATRE], ids=["depot", "theatre"])
def test_pair_align_one_to_one(story, lang_a, lang_b):
    rows = pair_align(story[lang_a], story[lang_b], lang_a=lang_a, lang_b=lang_b)
    assert rows == [([k], [k]) for k in range(len(story[lang_a]))]


def test_added_paragraph_in_ru_is_a_row_of_its_own():
    rows = align_versions(CASES["ru added"])
    assert rows[4] == {"ru": [4]}
    assert rows[:4] == one_to_one(DEPOT, 4)
    assert rows[5:] == [{"uk": [4], "en": [4], "ru": [5]}, {"uk": [5], "en": [5], "ru": [6]}]


@pytest.mark.parametrize("k", [1, 4])
def test_dropped_paragraph_in_en_leaves_uk_and_ru_together(k):
    rows = align_versions({**DEPOT, "en": without(DEPOT["en"], k)})
    assert rows[k] == {"uk": [k], "ru": [k]}
    assert [row for row in rows if "en" in row] == [
        {"uk": [i], "en": [i - (i > k)], "ru": [i]} for i in range(6) if i != k]


def test_split_in_en_is_one_row_with_two_en_paragraphs():
    rows = align_versions(CASES["en split"])
    assert rows[2] == {"uk": [2], "en": [2, 3], "ru": [2]}
    assert rows[3:] == [{"uk": [i], "en": [i + 1], "ru": [i]} for i in range(3, 6)]


def test_what_the_pivot_lacks_is_paired_across_the_other_two():
    # en has most paragraphs (an editor's note, a split) but not the opposition paragraph
    rows = align_versions(CASES["pivot lacks"])
    assert rows[0] == {"en": [0]}
    assert {"uk": [4], "ru": [4]} in rows
    assert rows[-1] == {"uk": [5], "en": [6], "ru": [5]}


def test_unrelated_uk_and_ru_extras_in_one_gap_stay_apart():
    rows = pair_align(CASES["uk and ru extras"]["uk"], CASES["uk and ru extras"]["ru"],
                      lang_a="uk", lang_b="ru")
    assert ([4], []) in rows and ([], [4]) in rows
    assert {"uk": [4]} in align_versions(CASES["uk and ru extras"])


def test_two_versions():
    rows = align_versions(CASES["two versions"])
    assert rows == [{"ru": [0], "uk": [0]}, {"ru": [1]}] + [
        {"ru": [i], "uk": [i - 1]} for i in range(2, 6)]
    assert list(rows[0]) == ["ru", "uk"]  # languages in the order given


def test_short_note_matches_only_its_counterpart():
    rows = pair_align(DEPOT["uk"], EN_NOTE, lang_a="uk", lang_b="en")
    assert rows == [([i], [0] if i == 3 else []) for i in range(6)]
    assert discrepancies(align_versions(CASES["note"]), ["uk", "en"]) == {"uk": 5, "en": 0}


def test_paragraphs_without_numbers_align_by_length():
    assert not any(extract_numbers(p) for version in THEATRE.values() for p in version)
    rows = align_versions(CASES["theatre dropped"])
    assert rows == [{"uk": [0], "en": [0]}, {"uk": [1], "en": [1]}, {"uk": [2]},
                    {"uk": [3], "en": [2]}, {"uk": [4], "en": [3]}]


@pytest.mark.parametrize("name", sorted(CASES))
def test_every_paragraph_appears_once_in_order(name):
    versions = CASES[name]
    rows = align_versions(versions)
    for lang, paragraphs in versions.items():
        assert [i for row in rows for i in row.get(lang, [])] == list(range(len(paragraphs)))
    assert all(row and all(row.values()) and set(row) <= set(versions) for row in rows)


@pytest.mark.parametrize("name", sorted(CASES))
def test_pair_align_covers_both_sides_in_order(name):
    (lang_a, a), (lang_b, b) = list(CASES[name].items())[:2]
    rows = pair_align(a, b, lang_a=lang_a, lang_b=lang_b)
    assert [i for ia, _ in rows for i in ia] == list(range(len(a)))
    assert [j for _, ib in rows for j in ib] == list(range(len(b)))
    assert all(ia or ib for ia, ib in rows)


@pytest.mark.parametrize("a,b,expected", [
    ([], [], []),
    (["Один абзац."], [], [([0], [])]),
    ([], ["One paragraph.", "Another."], [([], [0]), ([], [1])]),
])
def test_pair_align_empty(a, b, expected):
    assert pair_align(a, b, lang_a="uk", lang_b="en") == expected


@pytest.mark.parametrize("versions,expected", [
    ({"uk": [], "en": []}, []),
    ({"uk": [], "en": ["One.", "Two."]}, [{"en": [0]}, {"en": [1]}]),
    ({"uk": DEPOT["uk"][:2], "en": [], "ru": DEPOT["ru"][:2]},
     [{"uk": [0], "ru": [0]}, {"uk": [1], "ru": [1]}]),
])
def test_align_versions_empty(versions, expected):
    assert align_versions(versions) == expected


@pytest.mark.parametrize("versions", [{"uk": DEPOT["uk"]}, {**DEPOT, "de": ["Ein Absatz."]}])
def test_align_versions_takes_two_or_three(versions):
    with pytest.raises(ValueError, match="2 or 3 versions"):
        align_versions(versions)


@pytest.mark.parametrize("name,expected", [
    ("depot", {"uk": 0, "en": 0, "ru": 0}),
    ("ru added", {"uk": 0, "en": 0, "ru": 1}),
    ("en dropped", {"uk": 1, "en": 0, "ru": 1}),
    ("en split", {"uk": 0, "en": 0, "ru": 0}),
    ("one empty", {"uk": 6, "en": 0, "ru": 6}),
])
def test_discrepancies(name, expected):
    versions = CASES[name]
    assert discrepancies(align_versions(versions), list(versions)) == expected


@pytest.mark.parametrize("row,expected", [
    ({"uk": [0], "en": [0], "ru": [0]}, []),
    ({"uk": [4], "ru": [4]}, ["en"]),
    ({"ru": [4]}, ["uk", "en"]),
    ({"uk": [1], "en": []}, ["en", "ru"]),
])
def test_missing_from(row, expected):
    assert missing_from(row, ["uk", "en", "ru"]) == expected


def test_long_article_stays_on_the_diagonal():
    # eight copies of the story: 48 paragraphs, one English paragraph dropped in the middle
    long = {lang: paragraphs * 8 for lang, paragraphs in DEPOT.items()}
    rows = align_versions({**long, "en": without(long["en"], 27)})
    assert len(rows) == 48 and rows[27] == {"uk": [27], "ru": [27]}
    assert rows[47] == {"uk": [47], "en": [46], "ru": [47]}


def test_third_version_places_en_next_to_its_translations():
    # uk alone cannot tell which of two numberless, similar-length en paragraphs went
    # missing; ru, through its text match with uk, can
    versions = {**THEATRE, "en": without(THEATRE["en"], 1)}
    assert pair_align(THEATRE["uk"], versions["en"], lang_a="uk", lang_b="en")[1] != ([1], [])
    rows = align_versions(versions)
    assert rows[1] == {"uk": [1], "ru": [1]}
    assert rows[2] == {"uk": [2], "en": [1], "ru": [2]}
