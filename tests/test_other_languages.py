"""Articles in a language other than uk/en/ru: told apart, stored with their code,
searchable by their own words, never aligned with the three (fixtures of our own writing)."""
from __future__ import annotations

import json

import pytest

from archive.article import Article
from indexer.alignment import aligner, overrides
from indexer.cli import import_command
from indexer.search.stories import search_stories
from indexer.store import schema
from indexer.store.document import build_document
from indexer.text.language import Detection, detect_language
from tests.helpers_es import DATA, import_paths

FIXTURE = DATA / "other_languages.jsonl"
RECORDS = {json.loads(line)["id"].split("-")[1]: json.loads(line)
           for line in FIXTURE.read_text("utf-8").splitlines()}
OTHERS = [lang for lang in RECORDS if lang not in ("uk", "en", "ru")]


@pytest.mark.parametrize("lang", list(RECORDS))
def test_each_language_is_told_by_its_text(lang):
    text = RECORDS[lang]["text"][:200]  # a short text of a close language counts
    assert detect_language(text).lang == lang


# Bulgarian with no ъ and few function words: its definite articles (-та, -те, -то) tell it
BULGARIAN_ARTICLES = (
    "Децата играят в двора, майките седят на пейките, а дядовците четат вестниците. Вечерта "
    "улиците утихват, прозорците светят, кучетата лаят далече. Така минават дните в малкия "
    "град при реката, между лозята и полето.")


def test_bulgarian_is_told_by_its_definite_articles():
    assert len(BULGARIAN_ARTICLES) >= 200 and "ъ" not in BULGARIAN_ARTICLES
    assert detect_language(BULGARIAN_ARTICLES).lang == "bg"


def test_a_latin_synopsis_without_english_words_is_not_english_unless_declared():
    synopsis = ("AUFRUF kopiere [--rekursiv] [--laut] [--nie-ersetzen] QUELLE ZIEL kopiere "
                "[--hilfe] kopiere [--version] kopiere [--still] [--ziel ORDNER] QUELLEN... "
                "kopiere [--loeschen] ALTE_DATEI NEUE_DATEI ... Rückgabewert")
    assert detect_language(synopsis).lang == "de"
    assert detect_language(synopsis, declared="en").lang == "en"  # a weak guess yields
    # one English function word keeps it English
    assert detect_language(synopsis.replace("ZIEL", "the ZIEL")).lang == "en"


def test_a_declared_other_language_is_kept_and_a_wrong_site_wide_one_is_not():
    pl = RECORDS["pl"]["text"]
    # too short for the text to tell: the declaration decides
    assert detect_language("Nowy most", declared="pl-PL").lang == "pl"
    assert detect_language("Nowy most").lang == "en"
    assert detect_language("Puente nuevo", declared="es").lang == "es"
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
        assert not any(src.get(f"{part}_{home}") for home in ("uk", "en", "ru", "any")
                       for part in ("title", "body"))
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
    assert "text" in found["stories"][0]["matched_via"]  # by its words, not transliterated
    found = search_stories(es, alias, "Мостът Пловдив")
    # every version names Plovdiv; only the Bulgarian has both words, so it comes first
    assert found["stories"][0]["best"]["lang"] == "bg"
    assert "text" in found["stories"][0]["matched_via"]
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


def _doc(es, alias, external_id):
    return es.search(index=alias, query={"term": {"external_id": external_id}})["hits"]["hits"][0]


def _schema_2_index(es, alias):
    """An index as schema 2 made it: no fields for other languages."""
    body = schema.index_body("hunspell")
    for name in ("title_other", "body_other"):
        del body["mappings"]["properties"][name]
    body["mappings"]["_meta"]["schema_version"] = 2
    es.indices.create(index=schema.index_name(alias, 2), **body)
    es.indices.put_alias(index=schema.index_name(alias, 2), name=alias)


def test_an_old_archive_is_migrated_and_a_misfiled_article_moves_on_reimport(
        es, alias, tmp_path):
    _schema_2_index(es, alias)
    home = [DATA / "other_languages.jsonl"]
    import_paths(es, alias, home, tmp_path)  # migrates, then imports
    mapping = next(iter(es.indices.get_mapping(index=alias).values()))["mappings"]
    assert mapping["_meta"]["schema_version"] == schema.SCHEMA_VERSION == 5
    assert mapping["properties"]["body_other"]["analyzer"] == "standard"
    # what schema 2 stored for the Polish article: English fields, the English story
    pl = RECORDS["pl"]
    en_doc, pl_id = _doc(es, alias, "bridge-en"), _doc(es, alias, "bridge-pl")["_id"]
    old = build_document(Article(title=pl["title"], paragraphs=[pl["text"]], url=pl["url"],
                                 external_id=pl["id"], source=pl["source"]),
                         Detection("en", 0.99, "script"))
    old.update(group_id=en_doc["_source"]["group_id"], group_langs=["en", "ru", "uk"])
    es.index(index=alias, id=pl_id, document=old, refresh=True)
    assert search_stories(es, alias, "remoncie")["stories"][0]["best"]["lang"] == "en"
    import_paths(es, alias, home, tmp_path)
    src = es.get(index=alias, id=pl_id)["_source"]
    assert src["lang"] == "pl" and src["body_other"]
    assert src.get("body_en") is None and src.get("title_en") is None
    assert src["group_id"] != en_doc["_source"]["group_id"]
    found = search_stories(es, alias, "remoncie")["stories"]
    assert [s["best"]["lang"] for s in found] == ["pl"]


def test_an_archivist_cannot_link_them_either(es, alias, imported):
    _, docs = imported
    with pytest.raises(aligner.CurationError, match="'pl'"):
        aligner.link(es, alias, docs["uk"]["_id"], docs["pl"]["_id"], by="tester")
    assert es.get(index=alias, id=docs["pl"]["_id"])["_source"]["group_id"] == (
        docs["pl"]["_source"]["group_id"])


def test_the_web_import_summary_has_lines_for_them(client, alias):
    from tests.helpers_web import logged_in
    from tests.test_imports_page import _finished, _id_from, _upload

    logged_in(client)
    body = "\n".join(json.dumps(RECORDS[lang], ensure_ascii=False) for lang in ("uk", "pl", "bg"))
    record = _finished(client, _id_from(_upload(client, [("mixed.jsonl", body)])))
    assert record["summary"]["languages"] == {"bg": 1, "pl": 1, "uk": 1}
    page = client.get(f"/imports/{record['id']}?ui=en").get_data(as_text=True)
    for label in ("language: Ukrainian", "other language, kept apart: Polish",
                  "other language, kept apart: Bulgarian"):
        assert f'<th scope="row">{label}</th><td>1</td>' in page, label
    page = client.get(f"/imports/{record['id']}?ui=uk").get_data(as_text=True)
    assert "інша мова, окремо від трьох: польська" in page
