"""The search benchmark's query set (bench/data/search_queries.py): shape, coverage, truth.

Fast checks only, no Elasticsearch: every query is well formed, each language has enough
of each type, every relevant story exists, and the types mean what they say (an
``other-language`` query really targets stories with no version in its language).
"""
from __future__ import annotations

import re
import runpy
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / "data"
QUERIES = runpy.run_path(str(DATA / "search_queries.py"))["QUERIES"]
STORIES = {s["key"]: s
           for path in sorted((DATA / "align_eval").glob("stories_*.py"))
           for s in runpy.run_path(str(path))["STORIES"]}
LANGS = ("uk", "en", "ru")
TYPES = ("inflected", "other-script-name", "phrase", "other-language")
MIN_PER_LANG = 40
MIN_PER_TYPE_AND_LANG = 8
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def _ids(queries: list[dict]) -> list[str]:
    return [f"{q['lang']}:{q['q']}" for q in queries]


def of_type(name: str) -> list[dict]:
    """The queries of one type."""
    return [q for q in QUERIES if q["type"] == name]


def words(text: str) -> set[str]:
    """The case-folded words of a text (apostrophes unified)."""
    return {w.casefold() for w in WORD.findall(text.replace("’", "'"))}


def version_text(story: dict, lang: str) -> str:
    """Title and paragraphs of one version."""
    paras = [p for row in story["rows"] for p in row.get(lang, [])]
    return "\n".join([story["title"][lang], *paras])


def script(word: str) -> str:
    """``latin`` or ``cyrillic``: the script of a word's letters."""
    return "cyrillic" if any("\u0400" <= ch <= "\u04ff" for ch in word) else "latin"


def story_langs(key: str) -> set[str]:
    """The languages a story exists in, counting the original of a near-duplicate."""
    story = STORIES[key]
    langs = set(story["title"])
    if story.get("duplicate_of"):
        langs |= set(STORIES[story["duplicate_of"]]["title"])
    return langs


@pytest.mark.parametrize("query", QUERIES, ids=_ids(QUERIES))
def test_query_is_well_formed(query):
    assert set(query) == {"q", "lang", "type", "relevant"}
    assert isinstance(query["q"], str) and query["q"].strip() == query["q"] and query["q"]
    assert query["lang"] in LANGS
    assert query["type"] in TYPES
    relevant = query["relevant"]
    assert isinstance(relevant, list) and relevant
    assert len(set(relevant)) == len(relevant)
    assert set(relevant) <= set(STORIES), set(relevant) - set(STORIES)


def test_no_query_twice():
    assert not [q for q, n in Counter(_ids(QUERIES)).items() if n > 1]


@pytest.mark.parametrize("lang", LANGS)
def test_enough_queries_per_language_and_type(lang):
    mine = [q for q in QUERIES if q["lang"] == lang]
    assert len(mine) >= MIN_PER_LANG
    counts = Counter(q["type"] for q in mine)
    assert {t: counts[t] for t in TYPES if counts[t] < MIN_PER_TYPE_AND_LANG} == {}


@pytest.mark.parametrize("query", of_type("other-language"), ids=_ids(of_type("other-language")))
def test_other_language_targets_stories_missing_in_that_language(query):
    for key in query["relevant"]:
        assert query["lang"] not in story_langs(key), key


@pytest.mark.parametrize("query", of_type("phrase"), ids=_ids(of_type("phrase")))
def test_phrase_has_two_to_four_words(query):
    assert 2 <= len(query["q"].split()) <= 4


@pytest.mark.parametrize("query", of_type("phrase"), ids=_ids(of_type("phrase")))
def test_phrase_targets_a_story_written_in_its_language(query):
    assert any(query["lang"] in STORIES[k]["title"] for k in query["relevant"])


@pytest.mark.parametrize("query", of_type("inflected"), ids=_ids(of_type("inflected")))
def test_inflected_form_is_not_the_texts_own(query):
    texts = [version_text(STORIES[k], query["lang"]) for k in query["relevant"]
             if query["lang"] in STORIES[k]["title"]]
    assert texts, "no relevant story has a version in the query's language"
    in_text = set().union(*(words(t) for t in texts))
    assert words(query["q"]) - in_text, "every word of the query is in the text as it stands"


@pytest.mark.parametrize("query", of_type("other-script-name"),
                         ids=_ids(of_type("other-script-name")))
def test_other_script_name_is_not_written_that_way_in_its_stories(query):
    assert len({script(w) for w in WORD.findall(query["q"])}) == 1, "mixed scripts"
    for key in query["relevant"]:
        story = STORIES[key]
        for lang in story["title"]:
            shared = words(query["q"]) & words(version_text(story, lang))
            assert not shared, f"{key}-{lang} has {shared}"
