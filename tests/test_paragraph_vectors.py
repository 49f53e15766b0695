"""The compare page by meaning, with the real model and the real node: paragraph vectors are
embedded on the first view, read back from ``<alias>-paragraph-vectors`` on every later one
(in any process), dropped with the archive, and without an embedder nothing changes."""
from __future__ import annotations

import json
import logging

import numpy
import pytest

from indexer.comparison.paragraphs import align_versions
from indexer.embedding.local import LocalEmbedder
from indexer.store import schema
from indexer.store.paragraph_vectors import ParagraphVectorCache, cache_index
from tests.helpers_es import import_paths
from tests.test_comparison_meaning import EN, RU, UK

pytestmark = pytest.mark.es

#: the rows the adapted story gets by meaning (tests/test_comparison_meaning.py: the lexical ones)
BY_MEANING = [{"uk": [0], "en": [0], "ru": [0]}, {"uk": [1, 2], "en": [1], "ru": [1, 2]},
              {"uk": [3], "ru": [3]}, {"uk": [4], "en": [2], "ru": [4]}]


class Counting(LocalEmbedder):
    """The real local model, counting the calls and texts it is asked to embed."""

    def __init__(self):
        super().__init__()
        self.calls: list[int] = []

    def passages(self, texts):
        self.calls.append(len(texts))
        return super().passages(texts)


@pytest.fixture
def group_id(es, alias, tmp_path) -> str:
    """The library story imported in three languages, linked as translations."""
    rows = [{"id": lang, "lang": lang, "title": f"Бібліотека {lang}", "source": "lib.example",
             "text": "\n\n".join(paras), "translations": ["uk", "en", "ru"]}
            for lang, paras in (("uk", UK), ("en", EN), ("ru", RU))]
    path = tmp_path / "library.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    import_paths(es, alias, [path], tmp_path)
    return es.search(index=alias, size=1)["hits"]["hits"][0]["_source"]["group_id"]


def _rows(data: dict) -> list[dict]:
    """The API's rows as ``{lang: [indexes]}``."""
    return [{lang: [p["index"] for p in cells] for lang, cells in row["cells"].items() if cells}
            for row in data["rows"]]


def _with_embedder(app, embedder):
    """The app's embedder replaced (``webui.es.get_embedder`` keeps it in the extensions)."""
    app.extensions["trimova_embedder"] = embedder
    return app.test_client()


def _app(es_config, alias, tmp_path, **settings):
    """Another app on the same archive (what a second server process would be)."""
    from webui import create_app
    return create_app({"TESTING": True, "INDEX": alias, "DATA_DIR": str(tmp_path),
                       "SECRET_KEY": "test", **es_config, **settings}, environ={})


def test_the_first_view_embeds_once_and_later_views_read_the_cache(
        app, es_config, es, alias, group_id, tmp_path):
    counting = Counting()
    client = _with_embedder(app, counting)
    first = client.get(f"/api/groups/{group_id}/compare").get_json()
    assert counting.calls == [13]  # every paragraph of the three versions, in one call
    assert _rows(first) == BY_MEANING
    assert first["present_only"] == {"uk": 1, "en": 0, "ru": 1}
    page = client.get(f"/groups/{group_id}").get_data(as_text=True)
    assert counting.calls == [13] and page.count('class="discrepancy"') == 1
    again = Counting()
    other = _with_embedder(_app(es_config, alias, tmp_path), again)
    assert other.get(f"/api/groups/{group_id}/compare").get_json() == first
    assert again.calls == []
    es.indices.refresh(index=cache_index(alias))
    assert es.count(index=cache_index(alias))["count"] == 13


def test_without_an_embedder_the_comparison_is_the_lexical_one(
        es_config, es, alias, group_id, tmp_path):
    app = _app(es_config, alias, tmp_path, EMBEDDING="off")
    data = app.test_client().get(f"/api/groups/{group_id}/compare").get_json()
    assert _rows(data) == align_versions({"uk": UK, "en": EN, "ru": RU}) != BY_MEANING
    assert not es.indices.exists(index=cache_index(alias))


def test_the_cache_goes_with_the_archive(client, es, alias, group_id):
    assert client.get(f"/api/groups/{group_id}/compare").status_code == 200
    assert es.indices.exists(index=cache_index(alias))
    schema.drop_index(es, alias)
    assert not es.indices.exists(index=cache_index(alias))


def test_cached_vectors_are_the_fresh_ones_exactly(es, alias):
    cache = ParagraphVectorCache(es, alias)
    assert cache.get("m", ["k1"]) == {}  # no index yet: nothing cached, no error
    vectors = LocalEmbedder().passages(UK[:2])
    cache.put("m", {"k1": vectors[0], "k2": vectors[1]})
    got = cache.get("m", ["k2", "k1", "k3"])
    assert set(got) == {"k1", "k2"} and numpy.array_equal(got["k1"], vectors[0])
    assert cache.get("another model", ["k1"]) == {}


def test_vectors_the_cache_cannot_take_are_logged_not_raised(es, alias, caplog):
    cache = ParagraphVectorCache(es, alias)
    cache.put("m", {"k1": numpy.ones(384, dtype=numpy.float32) / numpy.sqrt(384)})
    with caplog.at_level(logging.WARNING, logger="indexer.store.paragraph_vectors"):
        cache.put("m", {"k2": numpy.ones(8, dtype=numpy.float32)})
    assert "1 of 1 not cached" in caplog.text
    assert set(cache.get("m", ["k1", "k2"])) == {"k1"}
