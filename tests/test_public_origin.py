"""Which file an article came from is for archivists, and never a server path."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.helpers_es import DATA, import_paths
from tests.helpers_web import logged_in


def _answers(client, doc: dict) -> dict[str, str]:
    """Every page and API answer that shows this article, by URL."""
    urls = [f"/articles/{doc['id']}", f"/api/articles/{doc['id']}",
            f"/groups/{doc['group_id']}", f"/api/groups/{doc['group_id']}",
            f"/api/groups/{doc['group_id']}/compare"]
    return {url: client.get(url + "?ui=en").get_data(as_text=True) for url in urls}


def test_anonymous_readers_see_no_origin(client, stories):
    doc = stories["a-uk"]
    assert doc["origin"] == "stories.jsonl:line 1"  # stored by the file's own name
    for url, body in _answers(client, doc).items():
        assert "stories.jsonl" not in body and str(DATA) not in body, url
        assert "Imported from" not in body, url
    data = client.get(f"/api/articles/{doc['id']}").get_json()
    assert "origin" not in data and data["title"] == doc["title"]
    group = client.get(f"/api/groups/{doc['group_id']}").get_json()
    assert all("origin" not in v for v in group["versions"] + group["editions"])


def test_archivists_see_the_file_name_only(client, stories):
    logged_in(client)
    doc = stories["a-uk"]
    data = client.get(f"/api/articles/{doc['id']}").get_json()
    assert data["origin"] == "stories.jsonl:line 1"
    group = client.get(f"/api/groups/{doc['group_id']}").get_json()
    assert {v["origin"] for v in group["versions"]} >= {"stories.jsonl:line 1"}
    page = client.get(f"/articles/{doc['id']}?ui=en").get_data(as_text=True)
    assert "Imported from <code>stories.jsonl:line 1</code>" in page
    for url, body in _answers(client, doc).items():
        assert str(DATA) not in body and str(ROOT) not in body, url


def test_cli_origins_name_files_as_the_user_gave_them(es, alias, tmp_path, monkeypatch):
    crawls = tmp_path / "crawls" / "2025"
    crawls.mkdir(parents=True)
    line = json.dumps({"id": "bridge-en", "lang": "en", "title": "A footbridge opens in Dnipro",
                       "text": "The new footbridge crosses the river near the park."})
    (crawls / "bridge.jsonl").write_text(line + "\n{broken\n", encoding="utf-8")
    (tmp_path / "here.jsonl").write_text(json.dumps(
        {"id": "well-uk", "lang": "uk", "title": "У Полтаві відкрили криницю",
         "text": "Стару криницю в парку відновили волонтери."}, ensure_ascii=False) + "\n",
        encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    # an absolute folder, and a relative file as typed
    import_paths(es, alias, [tmp_path / "crawls", Path("here.jsonl")], tmp_path)
    hits = es.search(index=alias, query={"match_all": {}})["hits"]["hits"]
    assert {h["_source"]["external_id"]: h["_source"]["origin"] for h in hits} == {
        "bridge-en": "crawls/2025/bridge.jsonl:line 1", "well-uk": "here.jsonl:line 1"}
    rows = [json.loads(r) for r in (tmp_path / "rejects.jsonl").read_text().splitlines()]
    assert [(r["input"], r["position"]) for r in rows] == [("crawls/2025/bridge.jsonl", "line 2")]


@pytest.mark.parametrize("ui,sentence", [
    ("en", "Linking and unlinking versions and importing files are for archivists."),
    ("uk", "Пов’язувати й від’єднувати версії та імпортувати файли можуть лише архівісти."),
    ("ru", "Связывать и отсоединять версии и импортировать файлы могут только архивисты."),
])
def test_the_login_page_does_not_say_where_the_password_is(client, ui, sentence):
    page = client.get(f"/login?ui={ui}").get_data(as_text=True)
    assert sentence in page
    for hint in ("admin-password", "DATA_DIR", "ADMIN_PASSWORD"):
        assert hint not in page, hint
    # the administrator reads it in the README instead
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "DATA_DIR/admin-password" in readme and "TRIMOVA_ADMIN_PASSWORD" in readme
