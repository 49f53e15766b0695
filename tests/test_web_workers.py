"""Several web worker processes on one DATA_DIR: one import at a time, one set of secrets.

Real gunicorn processes (tests/web_workers.py), the real cluster, our own fixture files.
"""
from __future__ import annotations

import json
import multiprocessing
import os
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from tests.conftest import PASSWORD
from tests.web_workers import Browser, start
from webui import import_queue, imports
from webui.secrets_store import kept_secret

#: towns and sentences for the fixture files, per language (our own writing)
TOWNS = {"uk": ["Вінниця", "Полтава", "Ужгород", "Чернігів"],
         "en": ["Vinnytsia", "Poltava", "Uzhhorod", "Chernihiv"],
         "ru": ["Винница", "Полтава", "Ужгород", "Чернигов"]}
TITLES = {"uk": "{town}: громада відремонтувала міст номер {n}",
          "en": "{town} reopens bridge number {n} after repairs",
          "ru": "{town}: община отремонтировала мост номер {n}"}
TEXTS = {"uk": "У громаді {town} завершили ремонт мосту номер {n} через річку. Роботи тривали "
               "{months} місяців, і тепер ним знову їздять автобуси.\n\nМісцеві мешканці "
               "подякували будівельникам за швидку роботу.",
         "en": "Repairs of bridge number {n} over the river in {town} are finished. The work "
               "took {months} months, and buses use it again.\n\nLocal residents thanked the "
               "builders for the quick work.",
         "ru": "В общине {town} завершили ремонт моста номер {n} через реку. Работы длились "
               "{months} месяцев, и теперь по нему снова ходят автобусы.\n\nМестные жители "
               "поблагодарили строителей за быструю работу."}
BATCHES = ("uk", "en", "ru", "uk")  # the language of each uploaded file
ARTICLES = 15  # per file, and one broken line


def _batch(k: int, lang: str) -> bytes:
    """Upload ``k``: ARTICLES articles in ``lang``, then a line cut off."""
    lines = []
    for n in range(1, ARTICLES + 1):
        town = TOWNS[lang][(k + n) % 4]
        values = {"town": town, "n": 100 * k + n, "months": n % 9 + 2}
        lines.append(json.dumps({"id": f"bridge-{k}-{n}", "lang": lang,
                                 "title": TITLES[lang].format(**values),
                                 "text": TEXTS[lang].format(**values)}, ensure_ascii=False))
    lines.append('{"id": "cut", "title": "Рядок обірвано')
    return ("\n".join(lines) + "\n").encode("utf-8")


def _settings(es_config: dict, alias: str, data_dir: Path, **more: str) -> dict[str, str]:
    """The server's TRIMOVA_* environment."""
    values = {**es_config, "INDEX": alias, "DATA_DIR": str(data_dir), **more}
    return {f"TRIMOVA_{key}": str(value) for key, value in values.items()}


def _until_ended(browser: Browser, base: str, ids: list[str], timeout: float = 300):
    """Poll every import (through whichever worker answers) until all have ended.

    Returns the last records and every state each import was ever seen in."""
    seen: dict[str, set] = {i: set() for i in ids}
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        records = {}
        for import_id in ids:
            status, _, body = browser.request(f"{base}/api/imports/{import_id}")
            assert status == 200, body
            records[import_id] = json.loads(body)
            seen[import_id].add(records[import_id]["state"])
        if all(r["state"] not in ("queued", "running") for r in records.values()):
            return records, seen
        time.sleep(0.1)
    raise AssertionError(f"the imports did not end in {timeout} s: {seen}")


def test_imports_through_several_workers_take_turns(es, es_config, alias, tmp_path):
    server = start(_settings(es_config, alias, tmp_path / "data", ADMIN_PASSWORD=PASSWORD,
                             EMBEDDING="off", IMPORT_WORKERS=0), tmp_path, workers=4, threads=4)
    try:
        server.wait_ready()
        browser = Browser()
        assert browser.login(server.url, PASSWORD) == 302
        token = browser.token(server.url + "/imports")  # the session's, before it is shared
        # all at once, each on its own connection: the workers take them as they come
        with ThreadPoolExecutor(len(BATCHES)) as pool:
            ids = list(pool.map(lambda k: browser.upload(
                server.url, f"bridges-{k}.jsonl", _batch(k, BATCHES[k]), token),
                range(len(BATCHES))))
        records, seen = _until_ended(browser, server.url, ids)
    finally:
        server.stop()

    # nobody was ever said to be interrupted, and every import finished with its counts
    assert all(states <= {"queued", "running", "finished"} for states in seen.values()), seen
    for k, import_id in enumerate(ids):
        summary = records[import_id]["summary"]
        assert records[import_id]["state"] == "finished", records[import_id]
        assert {key: summary[key] for key in ("read", "new", "updated", "unchanged",
                                              "duplicates", "rejected", "failed")} == {
            "read": ARTICLES, "new": ARTICLES, "updated": 0, "unchanged": 0,
            "duplicates": 0, "rejected": 1, "failed": 0}, import_id
        assert summary["languages"] == {BATCHES[k]: ARTICLES}
    es.indices.refresh(index=alias)
    assert es.count(index=alias)["count"] == ARTICLES * len(BATCHES)
    # more than one worker process ran them, yet one at a time: each started after the
    # one before it finished
    assert len({r["pid"] for r in records.values()}) >= 2, records
    runs = sorted((r["started"], r["finished"]) for r in records.values())
    for (_, finished), (started, _) in zip(runs, runs[1:]):
        assert started >= finished, runs


def test_workers_starting_together_keep_one_set_of_secrets(es_config, alias, tmp_path):
    data = tmp_path / "data"  # empty: the workers make the secrets
    settings = _settings(es_config, alias, data)
    servers = [start(settings, tmp_path, workers=1, threads=2) for _ in range(4)]
    try:
        for server in servers:
            server.wait_ready()
        assert sorted(p.name for p in data.iterdir() if not p.is_dir()) == [
            "admin-password", "secret_key"]  # and no temporary file left behind
        password = (data / "admin-password").read_text().strip()
        for server in servers:  # each process checks the one password
            assert Browser().login(server.url, password) == 302, server.url
        browser = Browser()
        assert browser.login(servers[0].url, password) == 302
        for server in servers:  # a session one process signed is valid in every other
            status, headers, _ = browser.request(server.url + "/imports")
            assert status == 200, (server.url, status, headers.get("Location"))
    finally:
        for server in servers:
            server.stop()


def _make_secret(folder: str, barrier, out) -> None:
    barrier.wait()
    out.put(kept_secret(folder, "secret_key"))


def test_processes_racing_for_a_secret_agree(tmp_path):
    ctx = multiprocessing.get_context("fork")
    for attempt in range(20):
        folder = tmp_path / f"round-{attempt}"
        barrier, out = ctx.Barrier(6), ctx.Queue()
        procs = [ctx.Process(target=_make_secret, args=(str(folder), barrier, out))
                 for _ in range(6)]
        for proc in procs:
            proc.start()
        values = [out.get(timeout=60) for _ in procs]
        for proc in procs:
            proc.join(30)
        kept = (folder / "secret_key").read_text()
        assert len(set(values)) == 1 and values[0] == kept and len(kept) == 64, values
        assert os.listdir(folder) == ["secret_key"]
        assert oct(os.stat(folder / "secret_key").st_mode & 0o777) == "0o600"


def test_request_threads_share_one_client_and_translator(es_config, alias, tmp_path):
    from webui import create_app
    from webui.es import get_es, get_translator

    for attempt in range(5):  # fresh apps: each first use is a race between 8 threads
        app = create_app({"INDEX": alias, "DATA_DIR": str(tmp_path), "SECRET_KEY": "test",
                          "ADMIN_PASSWORD": PASSWORD, **es_config}, environ={})
        barrier = threading.Barrier(8)

        def first_use(_):
            with app.app_context():
                barrier.wait()
                return get_es(), get_translator()

        switch = sys.getswitchinterval()
        sys.setswitchinterval(1e-6)  # threads take turns often: a race shows, if there is one
        try:
            with ThreadPoolExecutor(8) as pool:
                made = list(pool.map(first_use, range(8)))
        finally:
            sys.setswitchinterval(switch)
        assert len({id(client) for client, _ in made}) == 1, attempt
        with app.app_context():
            kept = get_es()  # the one the app keeps: made again only if the node moves
        assert all(client is kept for client, _ in made)
        assert {translator for _, translator in made} == {None}  # no models: no translation


def _hold_forever(folder: str, ready) -> None:
    life = import_queue.Life(Path(folder))  # noqa: F841 (held until the process dies)
    ready.set()
    time.sleep(600)


def test_an_import_is_interrupted_only_once_its_process_is_gone(tmp_path):
    import signal

    root = tmp_path / "imports"
    first, second = root / "20250314-093000-aaaaaa", root / "20250314-093001-bbbbbb"
    for folder in (first, second):
        folder.mkdir(parents=True)
        imports.write_status(folder, {"id": folder.name, "state": "running"})
    ctx = multiprocessing.get_context("fork")
    ready = ctx.Event()
    holder = ctx.Process(target=_hold_forever, args=(str(first), ready))
    holder.start()
    try:
        assert ready.wait(30)
        mine = import_queue.Life(second)
        import_queue.join(root, first.name)
        import_queue.join(root, second.name)
        # another process runs the first: it is not interrupted, and the second waits
        assert imports.read_status(first)["state"] == "running"
        assert not import_queue.is_turn(root, second.name)
    finally:
        os.kill(holder.pid, signal.SIGKILL)
        holder.join(30)
    # that process is gone: the first is interrupted and the second's turn has come
    assert imports.read_status(first)["state"] == "interrupted"
    assert imports.read_status(second)["state"] == "running"  # its lock is held here
    assert import_queue.is_turn(root, second.name)
    assert json.loads((root / import_queue.QUEUE).read_text()) == [second.name]
    mine.end()
    import_queue.leave(root, second.name)
    assert imports.read_status(second)["state"] == "interrupted"
    assert json.loads((root / import_queue.QUEUE).read_text()) == []
