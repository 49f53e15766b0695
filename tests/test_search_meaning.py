"""Search by meaning, against the real node and the real model: the kNN leg, its fusion with
the lexical ranking, its filters, when it stays out, and how the page and the API say so.

tests/data/meaning.jsonl is our own writing: a story about a record honey harvest exists
only in Ukrainian; the others (uk, en, ru, some in two or three languages) are about
other things, one of them (sugar beet) close to it in English. tests/data/meaning_late_name.jsonl
(also ours) is a Russian story that names its swimming coach past the words its vector holds.
"""
from __future__ import annotations

import logging
import uuid

import pytest

from indexer.alignment.overrides import drop_all
from indexer.embedding.local import MODEL, LocalEmbedder
from indexer.embedding.remote import HttpEmbedder
from indexer.search import meaning
from indexer.search.stories import Filters, search_stories
from indexer.store.schema import drop_index
from tests.conftest import PASSWORD
from tests.embedding_servers import free_port
from tests.helpers_es import DATA, import_paths
from webui import create_app

HONEY_EN = "record honey harvest"
HONEY_HEADLINE = "Beekeepers in Polissia gather a record honey harvest"
HONEY_TITLE = "Пасічники Полісся зібрали рекордний урожай меду"
NOTE = {"en": "Matched by meaning only: your words themselves are not in this story.",
        "uk": "Знайдено лише за змістом: самих ваших слів у цьому сюжеті немає.",
        "ru": "Найдено только по смыслу: самих ваших слов в этом сюжете нет."}


@pytest.fixture(scope="module")
def embedder() -> LocalEmbedder:
    return LocalEmbedder()


@pytest.fixture(scope="module")
def archive(es, embedder, tmp_path_factory) -> str:
    """tests/data/meaning.jsonl imported with vectors, once for the module."""
    name = f"trimova-test-{uuid.uuid4().hex[:10]}"
    import_paths(es, name, [DATA / "meaning.jsonl"], tmp_path_factory.mktemp("meaning"),
                 embedder=embedder)
    yield name
    drop_index(es, name)
    drop_all(es, name)


@pytest.fixture(scope="module")
def late_name(es, embedder, tmp_path_factory) -> str:
    """Both files imported with vectors, once for the module."""
    name = f"trimova-test-{uuid.uuid4().hex[:10]}"
    import_paths(es, name, [DATA / "meaning.jsonl", DATA / "meaning_late_name.jsonl"],
                 tmp_path_factory.mktemp("late-name"), embedder=embedder)
    yield name
    drop_index(es, name)
    drop_all(es, name)


def _app(es_config, alias, tmp_path, **settings):
    return create_app({"TESTING": True, "INDEX": alias, "DATA_DIR": str(tmp_path),
                       "SECRET_KEY": "test", "ADMIN_PASSWORD": PASSWORD, **es_config,
                       **settings}, environ={})


def _ids(result) -> list[str]:
    return [s["best"]["external_id"] for s in result["stories"]]


def _meaning_only(result) -> list[str]:
    return [s["best"]["external_id"] for s in result["stories"] if s["matched_via"] == ["meaning"]]


@pytest.mark.parametrize("query", [HONEY_EN, HONEY_HEADLINE])
def test_a_story_only_in_ukrainian_is_found_by_english_words(es, archive, embedder, query):
    assert search_stories(es, archive, query)["stories"] == []  # no word of it is there
    result = search_stories(es, archive, query, embedder=embedder)
    assert result["by_meaning"]
    story = result["stories"][0]
    assert story["best"]["title"] == HONEY_TITLE
    assert story["matched_via"] == ["meaning"] and story["matched_langs"] == ["uk"]
    assert story["best"]["snippet"][0]["text"].startswith("Цього літа пасічники")


def test_word_matches_are_fused_with_meaning(es, archive, embedder):
    lexical = search_stories(es, archive, "Lutsk bus routes")
    result = search_stories(es, archive, "Lutsk bus routes", embedder=embedder)
    first = result["stories"][0]
    assert first["group_id"] == lexical["stories"][0]["group_id"]
    assert first["matched_via"][0] == "text" and first["matched_via"][-1] == "meaning"
    assert "honey-uk" in _meaning_only(result)
    # the totals add the stories found by meaning only; the facets count word matches
    assert lexical["total_stories"] == 1
    assert result["total_stories"] == 1 + len(_meaning_only(result)) == len(result["stories"])
    assert result["facets"] == lexical["facets"]


@pytest.mark.parametrize("query", ["Микола Гайдученко", "Mykola Haiduchenko"])
def test_a_surname_ranks_before_the_weak_finds_by_meaning(es, late_name, embedder, query):
    """«Микола» is «Николай» in the Russian story, and the coach is named past what its
    vector holds: the story matches one word of the two, and the meaning leg finds it no
    better than any other. It comes before every weak find, not after them all."""
    assert _ids(search_stories(es, late_name, query)) == ["pool-ru"]  # the surname alone
    result = search_stories(es, late_name, query, size=20, embedder=embedder)
    order = [s["group_id"] for s in result["stories"]]
    vector = meaning.query_vector(es, late_name, embedder, query)
    near = meaning.nearest([es.search(index=late_name, **body)
                            for body in meaning.requests(vector, [])])
    weak = [n.group_id for n in near if not n.strong]
    pool = order[_ids(result).index("pool-ru")]
    assert pool in weak and len(weak) > 3
    assert all(order.index(pool) < order.index(g) for g in weak if g != pool)


@pytest.mark.parametrize("query", ["after", "міська", "новых", "Lutsk bus routes"])
def test_pages_of_a_fused_search_agree(es, archive, embedder, query):
    pages = [search_stories(es, archive, query, page=page, size=1, embedder=embedder)
             for page in range(1, 10)]
    listed = [s["group_id"] for result in pages for s in result["stories"]]
    assert len(listed) == len(set(listed)) == pages[0]["total_stories"]


@pytest.mark.parametrize("query", ['"record honey harvest"', "honey -sugar", "hone*"])
def test_queries_with_operators_stay_exact(es, archive, embedder, query):
    result = search_stories(es, archive, query, embedder=embedder)
    assert not result["by_meaning"]
    assert result == search_stories(es, archive, query)
    assert "honey-uk" not in _ids(result)


def test_a_pasted_headline_has_punctuation_not_operators(es, archive, embedder):
    pasted = ('Beekeepers in Polissia gather a "record" honey harvest (the best in years, '
              'says the union of beekeepers)')
    result = search_stories(es, archive, pasted, embedder=embedder)
    assert result["by_meaning"] and _ids(result)[0] == "honey-uk"


def test_newest_first_lists_word_matches_only(es, archive, embedder):
    result = search_stories(es, archive, "Lutsk", sort="date", embedder=embedder)
    assert not result["by_meaning"]
    assert result == search_stories(es, archive, "Lutsk", sort="date")


@pytest.mark.parametrize("filters,present", [
    (Filters(lang="en"), False),
    (Filters(lang="uk"), True),
    (Filters(source="test-wire.example"), False),
    (Filters(source="forest-news.example"), True),
    (Filters(date_to="2025-07-01"), False),
    (Filters(date_from="2025-07-01", date_to="2025-07-31"), True),
    (Filters(missing="uk"), False),
])
def test_filters_apply_to_the_meaning_leg(es, archive, embedder, filters, present):
    result = search_stories(es, archive, HONEY_EN, filters=filters, embedder=embedder)
    assert result["by_meaning"] and result["stories"]
    assert ("honey-uk" in _ids(result)) is present
    for story in result["stories"]:
        best = story["best"]
        if filters.lang:
            assert filters.lang in [v["lang"] for v in story["versions"]]
        if filters.source:
            assert best["source"] == filters.source
        if filters.date_from:
            assert best["published"] >= filters.date_from
        if filters.date_to:
            assert best["published"] <= filters.date_to
        if filters.missing:
            assert filters.missing not in [v["lang"] for v in story["versions"]]


def test_an_index_without_vectors_is_searched_by_words(es, alias, stories, embedder):
    """``stories`` is imported without an embedder: the index records no model."""
    result = search_stories(es, alias, "Житомир", embedder=embedder)
    assert not result["by_meaning"]
    assert result == search_stories(es, alias, "Житомир")


def test_an_embeddings_server_that_is_away_leaves_the_search_lexical(es, archive, caplog):
    away = HttpEmbedder(f"http://127.0.0.1:{free_port()}", MODEL)
    with caplog.at_level(logging.WARNING, logger="indexer.search.meaning"):
        result = search_stories(es, archive, "Lutsk bus routes", embedder=away)
    assert not result["by_meaning"]
    assert result == search_stories(es, archive, "Lutsk bus routes")
    assert "searching by words only" in caplog.text


def test_the_app_with_embedding_off_searches_by_words(es, es_config, archive, tmp_path):
    client = _app(es_config, archive, tmp_path, EMBEDDING="off").test_client()
    data = client.get(f"/api/search?q={HONEY_EN}").get_json()
    assert not data["by_meaning"] and data["stories"] == []


def test_the_api_says_matched_by_meaning(es_config, archive, tmp_path):
    client = _app(es_config, archive, tmp_path).test_client()
    data = client.get(f"/api/search?q={HONEY_EN}").get_json()
    assert data["by_meaning"]
    assert data["stories"][0]["best"]["external_id"] == "honey-uk"
    assert data["stories"][0]["matched_via"] == ["meaning"]
    assert data["total_stories"] == len(data["stories"])


@pytest.mark.parametrize("ui", ["uk", "en", "ru"])
def test_the_page_notes_stories_matched_by_meaning_only(es_config, archive, tmp_path, ui):
    client = _app(es_config, archive, tmp_path).test_client()
    page = client.get(f"/?q={HONEY_EN}&ui={ui}").get_data(as_text=True)
    api = client.get(f"/api/search?q={HONEY_EN}").get_json()
    assert HONEY_TITLE in page
    assert page.count(NOTE[ui]) == len(_meaning_only(api)) >= 1
    exact = client.get(f'/?q="{HONEY_EN}"&ui={ui}').get_data(as_text=True)
    assert NOTE[ui] not in exact and HONEY_TITLE not in exact


def test_each_language_is_ranked_against_its_own_background():
    """An English query scores English stories higher across the board: a Ukrainian story
    that stands out among the Ukrainian ones comes first all the same."""
    def answer(lang: str, scores: list[float]) -> dict:
        # as the requests ask: the group id from the collapse, the language from doc values
        return {"hits": {"hits": [{"_id": f"{lang}{i}", "_score": score,
                                   "fields": {"group_id": [f"g-{lang}{i}"], "lang": [lang]}}
                                  for i, score in enumerate(scores)]}}

    near = meaning.nearest([answer("en", [0.93, 0.92, 0.92, 0.91]),
                            answer("uk", [0.90, 0.85, 0.84, 0.84])])
    assert [n.group_id for n in near][:2] == ["g-uk0", "g-en0"]
    assert near[0].langs == {"uk"} and not near[0].lexical


class _Counting(LocalEmbedder):
    """The real local model, counting the queries it is asked to embed."""

    def __init__(self):
        super().__init__()
        self.queries = 0

    def query(self, text):
        self.queries += 1
        return super().query(text)


def test_a_repeated_query_is_embedded_once(es, archive):
    counting = _Counting()
    first = search_stories(es, archive, HONEY_EN, embedder=counting)
    second = search_stories(es, archive, HONEY_EN, page=2, embedder=counting)
    search_stories(es, archive, HONEY_EN, filters=Filters(lang="uk"), embedder=counting)
    assert counting.queries == 1
    assert first["by_meaning"] and second["by_meaning"]
    search_stories(es, archive, "мед Полісся", embedder=counting)
    assert counting.queries == 2


@pytest.mark.parametrize("query", ["the", "in", "в"])
def test_a_story_past_the_word_window_with_the_words_is_not_meaning_only(
        es, archive, embedder, monkeypatch, query):
    """With a window of one story, the first page's lexical window holds two of the 4-5
    stories with the word; those the meaning leg brings from past it are not counted again
    as found by meaning alone, and no story with the word is called "meaning only"."""
    monkeypatch.setattr(meaning, "WINDOW", 1)
    with_words = {s["group_id"] for s in search_stories(es, archive, query, size=50)["stories"]}
    vector = meaning.query_vector(es, archive, embedder, query)
    near = {n.group_id for n in meaning.nearest([es.search(index=archive, **body)
                                                 for body in meaning.requests(vector, [])])}
    assert len(with_words) > 2 and near - with_words and near & with_words
    pages = [search_stories(es, archive, query, page=page, size=1, embedder=embedder)
             for page in range(1, 13)]
    assert pages[0]["total_stories"] == len(with_words | near)
    listed = [s for result in pages for s in result["stories"]]
    assert not {s["group_id"] for s in listed if s["matched_via"] == ["meaning"]} & with_words
