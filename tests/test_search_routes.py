"""Search that degrades gracefully and says truly how it matched, against the real node."""
from __future__ import annotations

import pytest

from indexer.search import stories as search
from tests.helpers_es import DATA, import_paths


@pytest.fixture(scope="module")
def loaded(es, tmp_path_factory):
    """The story fixture in an index of its own, shared by the module's read-only tests."""
    from indexer.alignment.overrides import drop_all
    from indexer.store.schema import drop_index
    import uuid
    alias = f"trimova-test-routes-{uuid.uuid4().hex[:8]}"
    import_paths(es, alias, [DATA / "stories.jsonl"], tmp_path_factory.mktemp("routes"))
    yield alias
    drop_index(es, alias)
    drop_all(es, alias)


def _titles(result) -> list[str]:
    return [s["best"]["title"] for s in result["stories"]]


def test_a_missing_word_ranks_lower_instead_of_emptying_the_list(es, loaded):
    """Two words: either may match, and the story with both comes first."""
    titles = _titles(search.search_stories(es, loaded, "Zhytomyr drill"))
    assert titles[0] == "Air defence drill near Zhytomyr"
    assert "В Житомире открыли новый сквер" in titles  # Zhytomyr only


def test_three_words_need_two(es, loaded):
    assert _titles(search.search_stories(es, loaded, "ferry passengers zeppelin")) == [
        "Ferry crossing on the Dnipro to reopen in spring"]
    assert search.search_stories(es, loaded, "ferry zeppelin airship")["stories"] == []


def test_a_misspelt_word_finds_near_spellings_and_suggests_the_archives_word(es, loaded):
    result = search.search_stories(es, loaded, "pasengers")
    assert result["did_you_mean"] == "passengers"
    assert "fuzzy" in result["stories"][0]["matched_via"]
    marked = [s["text"] for s in result["stories"][0]["best"]["snippet"] if s["hit"]]
    assert "passengers" in marked  # the near spelling the route matched is highlighted


def test_a_word_the_archive_holds_gets_no_suggestion(es, loaded):
    assert search.search_stories(es, loaded, "passengers")["did_you_mean"] is None


def test_a_common_word_takes_no_transliteration_route(es, loaded):
    """«выборы» (elections) has the key of «виборов» (won): only a name may meet that way."""
    assert search.search_stories(es, loaded, "выборы")["stories"] == []


def test_a_name_in_another_alphabet_is_marked_and_said_so(es, loaded):
    story = search.search_stories(es, loaded, "Rudenko")["stories"][0]
    assert story["matched_via"] == ["translit"] and story["other_alphabet"]
    assert [s["text"] for s in story["best"]["snippet"] if s["hit"]] == ["Руденко"]


def test_a_name_in_the_same_alphabet_is_not_called_another_alphabet(es, loaded):
    story = search.search_stories(es, loaded, "Руденка")["stories"][0]
    assert "Руденко" in [s["text"] for s in story["best"]["snippet"] if s["hit"]]
    assert not story["other_alphabet"]


def test_the_language_filter_keeps_stories_with_that_version(es, loaded):
    result = search.search_stories(es, loaded, "ракети", lang="en")
    assert _titles(result) == ["Навчання протиповітряної оборони під Житомиром"]
    assert search.search_stories(es, loaded, "хор", lang="en")["stories"] == []


def test_an_author_filter_takes_every_spelling_of_the_name(es, loaded):
    result = search.search_stories(es, loaded, "", filters=search.Filters(author="Marta Hnatiuk"))
    assert result["total_articles"] == 3 and result["total_stories"] == 1


def test_undated_stories_have_a_bucket_and_a_filter(es, loaded):
    result = search.search_stories(es, loaded, "", filters=search.Filters(undated=True))
    assert _titles(result)[0].startswith(("Поромна", "Ferry", "Паромная"))
    assert result["total_stories"] == 1


def test_a_date_range_says_how_many_stories_it_leaves_out(es, loaded):
    result = search.search_stories(es, loaded, "", filters=search.Filters(date_from="2025-01-01"))
    assert result["left_out"] == 1  # the ferry story has no date
    assert search.search_stories(es, loaded, "")["left_out"] is None


LIFT_RECORDS = [
    # a short article saying one of the two words again and again ...
    {"id": "one-word", "lang": "en", "source": "lift.example", "published": "2025-02-01",
     "url": "https://lift.example/1", "title": "Kherson, Kherson, Kherson",
     "text": "Kherson today. Kherson tonight. Kherson again, and Kherson tomorrow."},
    # ... and a long one with both words once each, the word "bridge" common in the archive
    {"id": "both-words", "lang": "en", "source": "lift.example", "published": "2025-02-02",
     "url": "https://lift.example/2", "title": "The city council met on Tuesday",
     "text": "The council of Kherson discussed the budget for the coming year at length, "
             "with schools, roads, parks, water pipes, street lights and the old bridge "
             "all on an agenda that ran for several hours and ended late in the evening."},
] + [{"id": f"filler-{i}", "lang": "en", "source": "lift.example", "published": "2025-02-03",
      "url": f"https://lift.example/f{i}", "title": f"Bridge repairs, part {i}",
      "text": f"The bridge on street number {i} will be repaired by the end of the month."}
     for i in range(6)]


def test_a_story_with_every_word_ranks_above_one_repeating_a_word(es, alias, tmp_path):
    import json
    path = tmp_path / "lift.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in LIFT_RECORDS), encoding="utf-8")
    import_paths(es, alias, [path], tmp_path)
    titles = _titles(search.search_stories(es, alias, "kherson bridge"))
    assert titles[0] == "The city council met on Tuesday"
    assert "Kherson, Kherson, Kherson" in titles


def _cache_hits(es, alias: str) -> int:
    stats = es.indices.stats(index=alias, metric="request_cache")
    return stats["_all"]["total"]["request_cache"]["hit_count"]


def test_a_repeated_search_takes_its_page_of_hits_from_the_request_cache(es, loaded):
    """Elasticsearch keeps answers without hits by default (the counts, the languages
    matched); the page's hits are asked to be kept too: three answers from the cache."""
    search.search_stories(es, loaded, "")
    before = _cache_hits(es, loaded)
    again = search.search_stories(es, loaded, "")
    assert _cache_hits(es, loaded) - before == 3
    assert again == search.search_stories(es, loaded, "")
