"""The web UI's import page: upload, background run, status, rejects, history; real ES."""
from __future__ import annotations

import json
import re
import time
from io import BytesIO

import pytest

from tests.conftest import PASSWORD
from tests.helpers_web import csrf_token, logged_in
from webui import create_app, import_queue, imports

#: two versions of one story and a broken line (our own writing)
BATCH = "\n".join([
    json.dumps({"id": "tram-uk", "lang": "uk", "url": "https://lviv-wire.example/ukr/news/7301",
                "title": "У Львові запустили новий трамвайний маршрут",
                "published": "2025-04-02", "translations": ["tram-en"],
                "text": "Новий маршрут номер дванадцять з'єднав Сихів із центром міста. "
                        "Трамваї ходитимуть щодесять хвилин.\n\nМіська рада придбала для "
                        "маршруту чотири нові вагони."}, ensure_ascii=False),
    '{"id": "broken", "title": "Обірваний рядок без кінця',
    json.dumps({"id": "tram-en", "lang": "en", "url": "https://lviv-wire.example/en/news/7301",
                "title": "Lviv opens a new tram route", "published": "2025-04-02",
                "text": "The new route number twelve links Sykhiv with the city centre. Trams "
                        "will run every ten minutes.\n\nThe city council bought four new "
                        "carriages for the route."}),
]) + "\n"
ONE_RU = json.dumps({"id": "ferry-ru", "lang": "ru", "url": "https://odesa-wire.example/rus/7302",
                     "title": "В Одессе возобновили паромное сообщение",
                     "text": "Паром снова ходит между Одессой и Черноморском дважды в день."},
                    ensure_ascii=False) + "\n"


@pytest.fixture(autouse=True)
def _no_leftover_threads():
    """Every import a test starts has ended before the next test."""
    yield
    assert imports.wait_for_imports(60), "an import thread is still running"


def _upload(client, files, fmt="detect", token=True):
    data = {"files": [(BytesIO(body.encode("utf-8")), name) for name, body in files],
            "format": fmt}
    if token:
        data["csrf_token"] = csrf_token(client, "/imports")
    return client.post("/imports", data=data, content_type="multipart/form-data")


def _finished(client, import_id: str, timeout: float = 60) -> dict:
    """Poll the status JSON until the import has ended (bounded)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        record = client.get(f"/api/imports/{import_id}").get_json()
        if record["state"] not in ("queued", "running"):
            return record
        time.sleep(0.2)
    raise AssertionError(f"import {import_id} did not end within {timeout} s")


def _id_from(resp) -> str:
    assert resp.status_code == 302, resp.get_data(as_text=True)
    return re.fullmatch(r"/imports/([\w-]+)", resp.headers["Location"]).group(1)


def _fake(app, import_id: str, state: str, **more) -> None:
    """A status file as an earlier import (or an earlier server process) left it."""
    folder = imports.imports_dir(app.config) / import_id
    (folder / imports.FILES).mkdir(parents=True)
    record = {"id": import_id, "state": state, "created": "2025-03-14T09:30:00+00:00",
              "finished": None, "format": "jsonl", "read": 7, "rate": 3.5, "summary": None,
              "files": [{"name": f"{import_id}.jsonl", "saved": "a.jsonl", "size": 10}],
              "folder": str(folder / imports.FILES), "error": None, **more}
    imports.write_status(folder, record)


# --- access ---------------------------------------------------------------------------------

def test_import_pages_need_a_login(client):
    for url in ("/imports", "/imports/20250314-093000-abcdef",
                "/imports/20250314-093000-abcdef/rejects"):
        resp = client.get(url)
        assert resp.status_code == 302 and "/login" in resp.headers["Location"], url
    resp = client.get("/api/imports/20250314-093000-abcdef")
    assert resp.status_code == 401 and resp.get_json()["error"]["status"] == 401
    resp = client.post("/imports", data={"csrf_token": csrf_token(client)})
    assert resp.status_code == 302 and "/login" in resp.headers["Location"]


def test_upload_needs_the_csrf_token(client, app):
    logged_in(client)
    resp = _upload(client, [("a.jsonl", ONE_RU)], token=False)
    assert resp.status_code == 400 and "expired" in resp.get_data(as_text=True)
    assert not imports.imports_dir(app.config).exists()


# --- a real import --------------------------------------------------------------------------

def test_upload_runs_in_the_background_and_reports(client, es, alias):
    logged_in(client)
    import_id = _id_from(_upload(client, [("новини трамвай.jsonl", BATCH)]))
    record = _finished(client, import_id)
    assert record["state"] == "finished", record
    assert record["summary"] == {
        "read": 2, "new": 2, "updated": 0, "unchanged": 0, "duplicates": 0, "rejected": 1,
        "skipped": 0, "failed": 0, "languages": {"en": 1, "uk": 1}, "groups": 1,
        "multi_version_groups": 1, "suggestions": 0}
    assert record["read"] == 3 and record["has_rejects"] and record["error"] is None
    assert record["files"][0]["name"] == "новини трамвай.jsonl"
    assert re.fullmatch(r"[\w.-]+\.jsonl", record["files"][0]["saved"])
    es.indices.refresh(index=alias)
    assert es.count(index=alias)["count"] == 2
    docs = es.search(index=alias, query={"match_all": {}})["hits"]["hits"]
    assert {d["_source"]["external_id"] for d in docs} == {"tram-uk", "tram-en"}
    assert len({d["_source"]["group_id"] for d in docs}) == 1

    page = client.get(f"/imports/{import_id}?ui=en").get_data(as_text=True)
    assert "Finished" in page and 'http-equiv="refresh"' not in page
    assert "3 records read" in page and '<progress max="1" value="1"' in page
    for label, count in (("articles read", 2), ("new", 2), ("rejected", 1),
                         ("language: English", 1),
                         ("language: Ukrainian", 1), ("stories touched", 1)):
        assert f'<th scope="row">{label}</th><td>{count}</td>' in page, label

    resp = client.get(f"/imports/{import_id}/rejects")
    assert resp.status_code == 200 and resp.mimetype == "application/x-ndjson"
    assert resp.headers["Content-Disposition"].startswith("attachment;")
    rows = [json.loads(line) for line in resp.get_data(as_text=True).splitlines()]
    assert len(rows) == 1 and rows[0]["position"] == "line 2"
    assert "Обірваний рядок" in rows[0]["excerpt"] and rows[0]["reason"]
    # the file as it was uploaded, not where the server keeps it
    assert rows[0]["input"] == "новини трамвай.jsonl"
    origins = {d["_source"]["origin"] for d in docs}
    assert origins == {"новини трамвай.jsonl:line 1", "новини трамвай.jsonl:line 3"}


def test_imports_take_turns_and_history_is_newest_first(client, es, alias):
    logged_in(client)
    first = _id_from(_upload(client, [("one.jsonl", ONE_RU)], fmt="jsonl"))
    time.sleep(1.1)  # ids sort by the second they were made in
    second = _id_from(_upload(client, [("two.jsonl", ONE_RU)]))
    a, b = _finished(client, first), _finished(client, second)
    assert a["state"] == b["state"] == "finished"
    assert a["summary"]["new"] == 1 and b["summary"]["new"] == 0  # re-imported, not doubled
    es.indices.refresh(index=alias)
    assert es.count(index=alias)["count"] == 1
    assert b["started"] >= a["finished"]  # one at a time
    assert not (client.get(f"/api/imports/{first}").get_json()["has_rejects"])
    assert client.get(f"/imports/{first}/rejects").status_code == 404
    page = client.get("/imports?ui=en").get_data(as_text=True)
    assert page.index(f"/imports/{second}") < page.index(f"/imports/{first}")
    assert "two.jsonl" in page and "one.jsonl" in page


def test_a_failed_import_says_why_without_secrets(tmp_path, es_config):
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    app = create_app({"TESTING": True, "DATA_DIR": str(tmp_path), "SECRET_KEY": "test",
                      "ADMIN_PASSWORD": PASSWORD, "ES_TIMEOUT": 2, "ES_USERNAME": "elastic",
                      "ES_PASSWORD": "hunter2-secret",
                      "ES_URL": f"http://elastic:hunter2-secret@127.0.0.1:{port}"}, environ={})
    client = app.test_client()
    logged_in(client)
    import_id = _id_from(_upload(client, [("a.jsonl", ONE_RU)]))
    record = _finished(client, import_id)
    assert record["state"] == "failed" and record["error"]
    page = client.get(f"/imports/{import_id}").get_data(as_text=True)
    assert "The import failed" in page and "Traceback" not in page
    assert "hunter2" not in page and "hunter2" not in json.dumps(record)


# --- refusals -------------------------------------------------------------------------------

def test_an_upload_over_the_limit_is_refused(app, client):
    logged_in(client)
    app.config["IMPORT_MAX_UPLOAD"] = 1000
    resp = _upload(client, [("big.jsonl", ONE_RU * 20)])
    page = resp.get_data(as_text=True)
    assert resp.status_code == 413
    assert "larger than the limit of 1,000 bytes" in page and "trimova import" in page
    assert "`" not in page  # a command in words, not Markdown the page shows raw
    assert not imports.imports_dir(app.config).exists()
    client.get("/imports?ui=uk")
    page = _upload(client, [("big.jsonl", ONE_RU * 20)]).get_data(as_text=True)
    assert "перевищує межу в 1 000 байтів" in page.replace("\xa0", " ")


def test_an_empty_upload_is_refused(app, client):
    logged_in(client)
    resp = _upload(client, [("empty.jsonl", "")])
    assert resp.status_code == 400
    assert "empty.jsonl is empty" in resp.get_data(as_text=True)
    resp = client.post("/imports", data={"csrf_token": csrf_token(client, "/imports"),
                                         "format": "detect"})
    assert resp.status_code == 400
    assert "Choose at least one file" in resp.get_data(as_text=True)
    resp = _upload(client, [("a.jsonl", ONE_RU)], fmt="pdf")
    assert resp.status_code == 400 and "Unknown format" in resp.get_data(as_text=True)
    assert not list(imports.imports_dir(app.config).glob("*"))


# --- status pages ---------------------------------------------------------------------------

def test_an_interrupted_import_is_shown_as_such(app, client):
    logged_in(client)
    _fake(app, "20250314-093000-abcdef", "running")
    record = client.get("/api/imports/20250314-093000-abcdef").get_json()
    assert record["state"] == "interrupted"
    page = client.get("/imports/20250314-093000-abcdef").get_data(as_text=True)
    assert "The import was interrupted" in page and 'http-equiv="refresh"' not in page
    folder = imports.imports_dir(app.config) / "20250314-093000-abcdef" / "files"
    assert f"trimova import --format jsonl {folder}" in page
    assert "Interrupted" in page or "interrupted" in page


def test_a_running_import_refreshes_itself(app, client):
    logged_in(client)
    _fake(app, "20250314-093000-abcdef", "running")
    folder = imports.imports_dir(app.config) / "20250314-093000-abcdef"
    life = import_queue.Life(folder)  # as the process running it holds it
    try:
        page = client.get("/imports/20250314-093000-abcdef").get_data(as_text=True)
        assert '<meta http-equiv="refresh" content="2">' in page
        assert "<progress aria-labelledby" in page and "7 records read" in page
        assert "Running" in page
    finally:
        life.end()


@pytest.mark.parametrize("url", ["/imports/nope", "/imports/..%2F..%2Fetc",
                                 "/imports/20250314-093000-abcdeg",
                                 "/imports/20990101-000000-abcdef",
                                 "/imports/20990101-000000-abcdef/rejects"])
def test_unknown_or_malformed_ids_are_404(client, url):
    logged_in(client)
    assert client.get(url).status_code == 404
    assert client.get("/api" + url.split("/rejects")[0]).status_code == 404


@pytest.mark.parametrize("ui,heading,state", [
    ("en", "Import files", "finished"), ("uk", "Імпорт файлів", "завершено"),
    ("ru", "Импорт файлов", "завершён"),
])
def test_the_pages_speak_the_interface_language(app, client, ui, heading, state):
    logged_in(client)
    _fake(app, "20250314-093000-abcdef", "finished", summary={
        "read": 1, "new": 1, "updated": 0, "unchanged": 0, "duplicates": 0, "rejected": 0,
        "failed": 0, "languages": {"ru": 1}, "groups": 1, "multi_version_groups": 0,
        "suggestions": 0})
    page = client.get(f"/imports?ui={ui}").get_data(as_text=True)
    assert f'<html lang="{ui}">' in page and f"<h1>{heading}</h1>" in page
    assert state in page
    page = client.get(f"/imports/20250314-093000-abcdef?ui={ui}").get_data(as_text=True)
    assert {"en": "language: Russian", "uk": "мова: російська", "ru": "язык: русский"}[ui] in page
    if ui != "en":
        for english in ("Import files", "Summary", "records read", "articles read"):
            assert english not in page, english
