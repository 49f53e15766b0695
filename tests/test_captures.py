"""Several captures of one page: the latest is the article, earlier texts kept and compared.

Our own crawls (written with warcio) imported into the real node; the page that shows what
changed is checked over HTTP here and in a real browser in test_browser_captures.py.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from indexer.store import export, schema
from indexer.store.captures import get_captures
from tests.archive_inputs import Capture, page_html, write_warc
from tests.helpers_es import import_paths

URL = "https://visti.example.ua/news/mist"
TITLE = "У Дніпрі відкрили новий пішохідний міст"
FIRST = ["Пішохідний міст через затоку відкрили у суботу вранці.",
         "За даними міськради, на церемонії було близько двохсот людей.",
         "Міст освітлюватимуть ліхтарі на сонячних батареях."]
#: the outlet's later edit: a figure corrected, a paragraph added, one removed
SECOND = ["Пішохідний міст через затоку відкрили у суботу вранці.",
          "За даними міськради, на церемонії було близько трьохсот людей.",
          "Наступного тижня на мосту встановлять лавки й велопарковку."]
EARLY, LATE = "2025-03-01T08:00:00Z", "2025-03-02T18:30:00Z"


def capture(paragraphs: list[str], date: str, title: str = TITLE) -> Capture:
    """One capture of the page at URL."""
    return Capture(URL, page_html(title, paragraphs, "uk").encode(), date=date)


def crawl(path: Path, *captures: Capture) -> Path:
    path.write_bytes(write_warc(list(captures)))
    return path


def stored(es, alias: str) -> dict:
    [hit] = es.search(index=alias, query={"term": {"url": URL}})["hits"]["hits"]
    return {"id": hit["_id"], **hit["_source"]}


@pytest.mark.parametrize("order", ["oldest first", "newest first"])
@pytest.mark.parametrize("files", ["one file", "two files"])
def test_the_latest_capture_is_the_article_and_the_earlier_is_kept(
        es, alias, tmp_path, order, files) -> None:
    caps = [capture(FIRST, EARLY), capture(SECOND, LATE)]
    if order == "newest first":
        caps.reverse()
    paths = ([crawl(tmp_path / "a.warc.gz", *caps)] if files == "one file" else
             [crawl(tmp_path / "a.warc.gz", caps[0]), crawl(tmp_path / "b.warc.gz", caps[1])])
    import_paths(es, alias, paths, tmp_path)
    doc = stored(es, alias)
    assert doc["paragraphs"] == SECOND
    assert doc["captured"] == "2025-03-02T18:30:00+00:00"
    [earlier] = doc["captures"]
    assert earlier["captured"] == "2025-03-01T08:00:00+00:00"
    assert earlier["paragraphs"] == FIRST and earlier["title"] == TITLE
    # the article's text is the one searched
    assert es.count(index=alias, query={"match": {"body_uk.exact": "трьохсот"}})["count"] == 1
    assert es.count(index=alias, query={"match": {"body_uk.exact": "двохсот"}})["count"] == 0


def test_reimporting_and_recapturing_the_same_text_rewrite_nothing(es, alias, tmp_path) -> None:
    a = crawl(tmp_path / "a.warc.gz", capture(FIRST, EARLY), capture(SECOND, LATE))
    import_paths(es, alias, [a], tmp_path)
    before = stored(es, alias)
    again = import_paths(es, alias, [a], tmp_path)
    assert (again.new, again.updated, again.unchanged) == (0, 0, 2)
    # a day later, the text already shown; a day earlier, the text already kept: neither
    # adds a capture entry nor writes anything
    same = crawl(tmp_path / "c.warc.gz", capture(SECOND, "2025-03-03T10:00:00Z"),
                 capture(FIRST, "2025-02-28T10:00:00Z"))
    summary = import_paths(es, alias, [same], tmp_path)
    assert (summary.new, summary.updated, summary.unchanged) == (0, 0, 2)
    after = stored(es, alias)
    assert after == before


def test_captures_page_and_api_show_what_changed(es, alias, tmp_path, client) -> None:
    a = crawl(tmp_path / "a.warc.gz", capture(SECOND, LATE), capture(FIRST, EARLY))
    import_paths(es, alias, [a], tmp_path)
    doc_id = stored(es, alias)["id"]
    page = client.get(f"/articles/{doc_id}?ui=en").get_data(as_text=True)
    assert "captured 2 March 2025" in page
    assert f'href="/articles/{doc_id}/captures/0"' in page
    assert client.get(f"/api/articles/{doc_id}").get_json()["captured"].startswith("2025-03-02")
    data = client.get(f"/api/articles/{doc_id}/captures/0").get_json()
    assert data["from"]["captured"].startswith("2025-03-01") and data["to"]["current"]
    assert data["counts"] == {"same": 1, "changed": 1, "removed": 1, "added": 1}
    [changed] = [r for r in data["rows"] if r["kind"] == "changed"]
    assert ["removed", "двохсот"] in changed["pieces"]
    assert ["added", "трьохсот"] in changed["pieces"]
    html = client.get(f"/articles/{doc_id}/captures/0?ui=uk").get_data(as_text=True)
    assert "<del>двохсот</del>" in html and "<ins>трьохсот</ins>" in html
    assert client.get(f"/articles/{doc_id}/captures/1").status_code == 404
    assert client.get(f"/articles/{doc_id}/captures/0?to=x").status_code == 400


def test_export_has_the_capture_date(es, alias, tmp_path, runner) -> None:
    import_paths(es, alias, [crawl(tmp_path / "a.warc.gz", capture(FIRST, EARLY))], tmp_path)
    out = tmp_path / "out.jsonl"
    result = runner.invoke(args=["export", "--output", str(out)])
    assert result.exit_code == 0, result.output
    [row] = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert row["captured"] == "2025-03-01T08:00:00+00:00"
    assert "captured" in export.COLUMNS
    assert get_captures(es, alias, "no-such-id") is None


def test_an_archive_of_schema_2_is_migrated_and_takes_captures(es, alias, tmp_path) -> None:
    old = schema.mappings()
    for name in ("captured", "captures"):
        old["properties"].pop(name)
    for field in old["properties"].values():  # schema 2 kept no offsets in the text fields
        field.pop("index_options", None)
    old["_meta"] = {"schema_version": 2, "embedding": {"model": "kept", "dims": 3}}
    index = f"{alias}-v2"
    es.indices.create(index=index, settings=schema.index_body("plain")["settings"], mappings=old)
    es.indices.put_alias(index=index, name=alias)
    es.index(index=alias, id="old-1", refresh=True, document={
        "lang": "uk", "title": "Стара стаття про ремонт мосту", "paragraphs": ["Текст."]})
    summary = import_paths(es, alias, [crawl(tmp_path / "a.warc.gz", capture(SECOND, LATE),
                                             capture(FIRST, EARLY))], tmp_path)
    assert (summary.failed, summary.read) == (0, 2)
    mapping = es.indices.get_mapping(index=index)[index]["mappings"]
    assert mapping["_meta"] == {"schema_version": schema.SCHEMA_VERSION,
                                "embedding": {"model": "kept", "dims": 3}}
    assert mapping["properties"]["captured"] == {"type": "date"}
    assert "index_options" not in mapping["properties"]["body_uk"]  # kept as it was
    doc = stored(es, alias)
    assert doc["captured"].startswith("2025-03-02") and len(doc["captures"]) == 1
    assert es.get(index=alias, id="old-1")["_source"]["title"] == "Стара стаття про ремонт мосту"
    # the capture date is a date: a range query finds the article
    found = es.count(index=alias, query={"range": {"captured": {"gte": "2025-03-02"}}})
    assert found["count"] == 1
