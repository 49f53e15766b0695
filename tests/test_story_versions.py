"""A search page's story versions, read from doc values (schema 5), and older archives
written once more to have them, against the real node."""
from __future__ import annotations

from indexer.search import stories as search
from indexer.search import story_versions
from indexer.store import id_fill, schema
from indexer.store.writer import expand_action, write
from tests.helpers_es import DATA, import_paths

#: our own story in three versions, and a story of one, as an archive of schema 4 held them
OLD = {"old-uk": ("uk", "g-bees", "Пасічники Полісся зібрали рекордний урожай меду"),
       "old-en": ("en", "g-bees", "Polissia beekeepers gather a record honey harvest"),
       "old-ru": ("ru", "g-bees", "Пасечники Полесья собрали рекордный урожай мёда"),
       "old-solo": ("en", "g-bus", "Lutsk changes its bus routes for the spring")}


def _schema_4_archive(es, alias) -> str:
    old = schema.mappings()
    old["properties"].pop("doc_id")
    old["properties"]["title"] = {"type": "text", "index": False}
    old["_meta"] = {"schema_version": 4}
    name = f"{alias}-v4"
    es.indices.create(index=name, settings=schema.index_body("plain")["settings"], mappings=old)
    es.indices.put_alias(index=name, name=alias)
    for doc_id, (lang, group, title) in OLD.items():
        es.index(index=alias, id=doc_id, document={
            "lang": lang, "title": title, "paragraphs": [title], "group_id": group,
            f"title_{lang}": title, f"body_{lang}": title})
    es.indices.refresh(index=alias)
    return name


def _page_versions(es, alias, query: str) -> dict[str, list]:
    found = search.search_stories(es, alias, query)["stories"]
    return {s["group_id"]: s["versions"] for s in found}


def _in_doc_values(es, alias) -> dict[str, str]:
    answer = es.search(index=alias, **story_versions.members_body(["g-bees", "g-bus"]))
    read = [story_versions.from_doc_values(h) for h in answer["hits"]["hits"]]
    return {m["id"]: m["title"] for m in read if m is not None}


def test_an_archive_of_schema_4_is_written_again_and_reads_the_same_versions(es, alias):
    name = _schema_4_archive(es, alias)
    before = _page_versions(es, alias, "honey beekeepers")  # from the stored documents
    assert [v["lang"] for v in before["g-bees"]] == ["uk", "en", "ru"]
    assert _in_doc_values(es, alias) == {}
    told = []
    schema.ensure_index(es, alias, on_fill=lambda done, total: told.append((done, total)))
    assert told == [(4, 4)]
    mapping = es.indices.get_mapping(index=name)[name]["mappings"]
    assert mapping["_meta"]["schema_version"] == schema.SCHEMA_VERSION == 5
    assert "keyword" in mapping["properties"]["title"]["fields"]
    assert _in_doc_values(es, alias) == {doc_id: title for doc_id, (_, _, title) in OLD.items()}
    assert _page_versions(es, alias, "honey beekeepers") == before
    assert id_fill.fill(es, name) == 0  # once


def test_imported_articles_have_their_versions_in_doc_values(es, alias, tmp_path):
    import_paths(es, alias, [DATA / "stories.jsonl"], tmp_path)
    hits = es.search(index=alias, size=100)["hits"]["hits"]
    groups = sorted({h["_source"]["group_id"] for h in hits})
    answer = es.search(index=alias, **story_versions.members_body(groups))
    read = [story_versions.from_doc_values(h) for h in answer["hits"]["hits"]]
    stored = es.search(index=alias, **story_versions.stored_members_body(groups))
    assert None not in read and len(read) == len(hits)
    assert (story_versions.by_story(read)
            == story_versions.by_story([story_versions.from_source(h)
                                        for h in stored["hits"]["hits"]]))


def test_a_title_too_long_for_doc_values_is_read_from_the_document(es, alias):
    schema.ensure_index(es, alias)
    long_title = "Довга назва " * (schema.TITLE_KEPT // 10)
    docs = {"long": ("uk", long_title), "short": ("en", "A short title")}
    write(es, [expand_action(doc_id, {"lang": lang, "title": title, "group_id": "g-long"},
                             alias) for doc_id, (lang, title) in docs.items()])
    es.indices.refresh(index=alias)
    answer = es.search(index=alias, **story_versions.members_body(["g-long"]))
    in_doc_values = [story_versions.from_doc_values(h) for h in answer["hits"]["hits"]]
    assert sorted(str(m and m["id"]) for m in in_doc_values) == ["None", "short"]
    read = story_versions.members(es, alias, answer)
    assert {m["id"]: m["title"] for m in read} == {k: t for k, (_, t) in docs.items()}
