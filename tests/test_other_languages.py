"""Articles in a language other than uk/en/ru: told apart, stored with their code,
searchable by their own words, never aligned with the three (fixtures of our own writing)."""
from __future__ import annotations

import json

import pytest

from indexer.alignment import overrides
from indexer.cli import import_command
from indexer.search.stories import search_stories
from indexer.text.language import detect_language
from tests.helpers_es import DATA, import_paths

FIXTURE = DATA / "other_languages.jsonl"
RECORDS = {json.loads(line)["id"].split("-")[1]: json.loads(line)
           for line in FIXTURE.read_text("utf-8").splitlines()}
OTHERS = [lang for lang in RECORDS if lang not in ("uk", "en", "ru")]


@pytest.mark.parametrize("lang", list(RECORDS))
def test_each_language_is_told_by_its_text(lang):
    text = RECORDS[lang]["text"][:200]  # a short text of a close language counts
    assert detect_language(text).lang == lang


def test_a_declared_other_language_is_kept_and_a_wrong_site_wide_one_is_not():
    pl = RECORDS["pl"]["text"]
    assert detect_language("Most w Płocku", declared="pl-PL").lang == "pl"
    assert detect_language(pl, declared="en").lang == "pl"
    assert detect_language(RECORDS["bg"]["text"], declared="ru").lang == "bg"
    # an English text under a wrong declaration stays English
    assert detect_language(RECORDS["en"]["text"], declared="de").lang == "en"


@pytest.fixture
def imported(es, alias, tmp_path):
    summary = import_paths(es, alias, [FIXTURE], tmp_path)
    hits = es.search(index=alias, size=50, query={"match_all": {}})["hits"]["hits"]
    return summary, {h["_source"]["external_id"].split("-")[1]: h for h in hits}


def test_stored_with_their_code_in_the_neutral_fields(imported):
    summary, docs = imported
    assert {lang: docs[lang]["_source"]["lang"] for lang in RECORDS} == {
        lang: lang for lang in RECORDS}
    for lang in OTHERS:
        src = docs[lang]["_source"]
        assert src["title_other"] and src["body_other"]
        assert not any(f"body_{home}" in src for home in ("uk", "en", "ru", "any"))
    assert {k: n for k, n in summary.languages.items()} == {lang: 1 for lang in RECORDS}


def test_never_aligned_with_uk_en_ru_nor_suggested(es, alias, imported):
    _, docs = imported
    home = {docs[lang]["_source"]["group_id"] for lang in ("uk", "en", "ru")}
    assert len(home) == 1  # the explicit links join the three
    for lang in OTHERS:
        assert docs[lang]["_source"]["group_id"] not in home
        assert docs[lang]["_source"].get("group_langs") in (None, [lang], lang)
    others = {docs[lang]["_id"] for lang in OTHERS}
    for suggestion in overrides.list_suggestions(es, alias):
        assert not others & {suggestion.get("a"), suggestion.get("b")}, suggestion


def test_searchable_by_their_words_with_a_facet_of_their_own(es, alias, imported):
    _, docs = imported
    found = search_stories(es, alias, "Wiśle Płocku")
    assert [s["best"]["id"] for s in found["stories"]] == [docs["pl"]["_id"]]
    found = search_stories(es, alias, "Мостът Пловдив")
    assert [s["best"]["lang"] for s in found["stories"]] == ["bg"]
    facets = search_stories(es, alias, "")["facets"]["lang"]
    assert facets["pl"] == facets["de"] == facets["crh"] == 1
    only = search_stories(es, alias, "", lang="sr")
    assert [s["best"]["lang"] for s in only["stories"]] == ["sr"]


def test_the_search_page_names_them_and_filters_by_them(client, imported):
    page = client.get("/?browse=1&lang=pl").get_data(as_text=True)
    assert "Polish" in page and "Most na Wiśle" in page
    assert client.get("/api/search?lang=xx").status_code == 400


def test_the_import_summary_has_a_line_for_them(runner):
    result = runner.invoke(import_command, ["--no-progress", str(FIXTURE)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert "languages: en 1, ru 1, uk 1" in lines
    assert ("other languages, kept apart: be 1, bg 1, crh 1, cs 1, de 1, fr 1, mk 1, pl 1, "
            "sk 1, sr 1") in lines
