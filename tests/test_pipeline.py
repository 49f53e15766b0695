"""The import pipeline end to end on the real node: languages, groups, re-imports."""
from __future__ import annotations

import json

from tests.helpers_es import DATA, import_paths

STORIES = DATA / "stories.jsonl"


def _by_external(es, alias) -> dict[str, dict]:
    hits = es.search(index=alias, size=100, query={"match_all": {}})["hits"]["hits"]
    return {h["_source"]["external_id"]: h["_source"] | {"_id": h["_id"]} for h in hits}


def test_import_detects_languages_and_groups_translations(es, alias, tmp_path):
    summary = import_paths(es, alias, [STORIES], tmp_path)
    assert (summary.read, summary.new, summary.rejected, summary.failed) == (8, 8, 0, 0)
    docs = _by_external(es, alias)
    assert {k: v["lang"] for k, v in docs.items()} == {
        "a-uk": "uk", "a-en": "en", "a-ru": "ru", "b-uk": "uk", "b-en": "en", "b-ru": "ru",
        "c-uk": "uk", "d-ru": "ru"}
    group = lambda ext: docs[ext]["group_id"]  # noqa: E731
    assert group("a-uk") == group("a-en") == group("a-ru")
    assert docs["a-uk"]["group_method"] == "explicit"
    assert group("b-uk") == group("b-en") == group("b-ru") != group("a-uk")
    assert docs["b-uk"]["group_method"] == "content"
    assert 0 < docs["b-uk"]["group_score"] <= 1
    # a one-language story stays alone, even on the same day and site as another story
    assert len({group("c-uk"), group("d-ru"), group("a-uk"), group("b-uk")}) == 4
    assert docs["c-uk"]["group_method"] == "single"


def test_reimport_updates_nothing_and_duplicates_nothing(es, alias, tmp_path):
    import_paths(es, alias, [STORIES], tmp_path)
    before = _by_external(es, alias)
    again = import_paths(es, alias, [STORIES], tmp_path)
    assert (again.new, again.updated, again.unchanged) == (0, 0, 8)
    assert es.count(index=alias)["count"] == 8
    after = _by_external(es, alias)
    assert {k: v["group_id"] for k, v in before.items()} == \
        {k: v["group_id"] for k, v in after.items()}


def test_a_late_translation_joins_the_existing_group(es, alias, tmp_path):
    lines = STORIES.read_text(encoding="utf-8").splitlines()
    first = tmp_path / "first.jsonl"
    first.write_text("\n".join(r for r in lines if '"b-en"' not in r) + "\n", encoding="utf-8")
    late = tmp_path / "late.jsonl"
    late.write_text("\n".join(r for r in lines if '"b-en"' in r) + "\n", encoding="utf-8")
    import_paths(es, alias, [first], tmp_path)
    import_paths(es, alias, [late], tmp_path)
    docs = _by_external(es, alias)
    assert docs["b-en"]["group_id"] == docs["b-uk"]["group_id"] == docs["b-ru"]["group_id"]


def test_sibling_urls_sharing_an_article_number_are_linked(es, alias, tmp_path):
    rows = [
        {"id": "s1", "url": "https://site.example/ukr/news/55501-a", "title": "Короткий допис",
         "text": "Сьогодні в місті пройшов дощ."},
        {"id": "s2", "url": "https://site.example/en/news/55501-b", "title": "A short note",
         "text": "Completely different wording with nothing in common, it rained."},
    ]
    path = tmp_path / "siblings.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n")
    import_paths(es, alias, [path], tmp_path)
    docs = _by_external(es, alias)
    assert docs["s1"]["group_id"] == docs["s2"]["group_id"]
    assert docs["s1"]["group_method"] == "explicit"


def test_bad_lines_are_rejected_and_listed_good_lines_go_in(es, alias, tmp_path):
    path = tmp_path / "mixed.jsonl"
    good = STORIES.read_text(encoding="utf-8").splitlines()[:2]
    path.write_text("\n".join([good[0], "{not json", '{"title": 5, "text": "x"}', good[1],
                               "[1, 2]"]) + "\n", encoding="utf-8")
    summary = import_paths(es, alias, [path], tmp_path)
    assert (summary.read, summary.rejected) == (2, 3)
    assert es.count(index=alias)["count"] == 2
    rejects = [json.loads(line) for line in (tmp_path / "rejects.jsonl").read_text().splitlines()]
    assert [r["position"] for r in rejects] == ["line 2", "line 3", "line 5"]
    assert all(r["reason"] and r["input"].endswith("mixed.jsonl") for r in rejects)


def test_configured_url_rules_link_versions(es, alias, tmp_path):
    rows = [
        {"id": "r1", "url": "https://rules.example/uk/zhyttia/novyi-mist",
         "title": "Новий міст", "text": "Міст відкрили вранці."},
        {"id": "r2", "url": "https://rules.example/en/life/novyi-mist",
         "title": "A short unrelated-looking note", "text": "It opened."},
    ]
    path = tmp_path / "rules.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n")
    rule = r"rules\.example/\w\w/\w+/(?P<key>[\w-]+)$"
    import_paths(es, alias, [path], tmp_path, url_rules=[rule])
    docs = _by_external(es, alias)
    assert docs["r1"]["group_id"] == docs["r2"]["group_id"]
    assert docs["r1"]["group_method"] == "explicit"


def test_a_republication_joins_its_story_as_an_edition(es, alias, tmp_path, client):
    from indexer.search import stories as search
    rows = [json.loads(line) for line in STORIES.read_text(encoding="utf-8").splitlines()]
    update = next(r for r in rows if r["id"] == "b-uk") | {
        "id": "b-uk-upd", "url": "https://river-post.example/kherson-ferry-uk-update",
        "text": next(r for r in rows if r["id"] == "b-uk")["text"].replace("120", "140")
        + "\n\nОновлено: рейси почнуться раніше."}
    path = tmp_path / "with-update.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in [*rows, update]) + "\n",
                    encoding="utf-8")
    import_paths(es, alias, [path], tmp_path)
    docs = _by_external(es, alias)
    story = docs["b-en"]["group_id"]
    assert docs["b-uk-upd"]["group_id"] == story == docs["b-uk"]["group_id"]
    assert docs["b-uk-upd"]["group_method"] == "edition"
    assert docs["b-uk-upd"]["duplicate_of"] == docs["b-uk"]["_id"]
    assert docs["b-uk"]["duplicate_of"] is None
    # one story in search, three versions and one edition; the compare page has 3 columns
    found = search.search_stories(es, alias, "140 пасажирів")["stories"]
    assert len(found) == 1 and [v["lang"] for v in found[0]["versions"]] == ["uk", "en", "ru"]
    assert [e["id"] for e in found[0]["editions"]] == [docs["b-uk-upd"]["_id"]]
    data = client.get(f"/api/groups/{story}").get_json()
    assert data["langs"] == ["uk", "en", "ru"] and len(data["editions"]) == 1
    page = client.get(f"/groups/{story}").get_data(as_text=True)
    assert "Other editions of this story" in page
    # the same-day park note (ru) is a different text: it stays alone
    assert docs["d-ru"]["group_method"] == "single"


def _garden(n: int, lang: str) -> dict:
    """A story of a series told with the same words: only its numbers differ."""
    text = {"uk": "У Полтаві відкрили {n}-й громадський сад; волонтери висадили 60 дерев.",
            "en": "Community garden number {n} opened in Poltava; volunteers planted 60 trees.",
            "ru": "В Полтаве открыли {n}-й общественный сад; волонтёры высадили 60 деревьев."}
    return {"id": f"g{n}-{lang}", "lang": lang, "title": f"Сад {n}" if lang != "en" else
            f"Garden {n}", "text": text[lang].format(n=n), "source": "wire",
            "published": "2026-05-01",
            "translations": [f"g{n}-{o}" for o in ("uk", "en", "ru") if o != lang]}


def test_an_edition_becomes_a_version_when_its_translations_arrive(es, alias, tmp_path):
    first, late = tmp_path / "first.jsonl", tmp_path / "late.jsonl"
    rows = [_garden(1, lang) for lang in ("uk", "en", "ru")] + [_garden(2, "uk")]
    first.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    import_paths(es, alias, [first], tmp_path)
    docs = _by_external(es, alias)
    story = docs["g1-uk"]["group_id"]
    # alone, the second garden reads as a re-publication of the first (numbers differ)
    assert docs["g2-uk"]["group_method"] == "edition" and docs["g2-uk"]["group_id"] == story
    late.write_text("".join(json.dumps(_garden(2, lang), ensure_ascii=False) + "\n"
                            for lang in ("en", "ru")))
    import_paths(es, alias, [late], tmp_path)
    docs = _by_external(es, alias)
    assert docs["g1-uk"]["group_id"] == docs["g1-en"]["group_id"] == story  # address kept
    second = {docs[f"g2-{lang}"]["group_id"] for lang in ("uk", "en", "ru")}
    assert len(second) == 1 and story not in second
    assert docs["g2-uk"]["group_method"] == "explicit"


def _far_filler(n: int) -> dict:
    # unrelated one-language stories, a year away from the ones under test
    return {"id": f"filler-{n}", "lang": "uk", "source": "test-wire.example",
            "published": f"2024-{1 + n:02d}-15", "title": f"Звіт {n}",
            "text": f"Річний звіт номер {n} про ремонт мосту {1000 + 37 * n} оприлюднили."}


def test_translations_further_apart_than_the_pool_holds_still_meet(es, alias, tmp_path):
    """Batches of 2 and a pool of 3 batches: what left the pool is searched in the index."""
    lines = STORIES.read_text(encoding="utf-8").splitlines()
    late = [r for r in lines if '"b-en"' in r or '"a-ru"' in r]
    fillers = [json.dumps(_far_filler(n), ensure_ascii=False) for n in range(12)]
    path = tmp_path / "apart.jsonl"
    path.write_text("\n".join([r for r in lines if r not in late] + fillers + late) + "\n",
                    encoding="utf-8")
    summary = import_paths(es, alias, [path], tmp_path, align_batch=2, pool_size=1)
    assert (summary.read, summary.new) == (20, 20)
    docs = _by_external(es, alias)
    assert docs["b-en"]["group_id"] == docs["b-uk"]["group_id"] == docs["b-ru"]["group_id"]
    assert docs["a-ru"]["group_id"] == docs["a-uk"]["group_id"] == docs["a-en"]["group_id"]
    assert docs["b-uk"]["group_langs"] == ["en", "ru", "uk"]
    assert len({docs[f"filler-{n}"]["group_id"] for n in range(12)}) == 12


def test_a_new_document_is_written_once_with_its_story(es, alias, tmp_path):
    import_paths(es, alias, [STORIES], tmp_path)
    hits = es.search(index=alias, size=100, version=True,
                     query={"match_all": {}})["hits"]["hits"]
    assert len(hits) == 8 and all(h["_source"]["group_id"] for h in hits)
    assert {h["_version"] for h in hits} == {1}  # no second indexing to set its story
