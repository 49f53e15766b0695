"""Resumable imports: the journal, SIGKILL mid-import, and Elasticsearch going away.

The outage tests start a node of their own (on a fixed port, so it comes back where the
client expects it) and really stop it in the middle of an import.
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

import pytest
from elasticsearch import Elasticsearch

from archive.readers import FINISHED
from indexer.cluster.client import client_options
from indexer.cluster.localnode import LocalNode, free_port
from indexer.ingest.journal import Journal, JournalError, journal_key
from indexer.ingest.pipeline import Importer
from indexer.settings import defaults
from indexer.store.writer import ClusterUnavailable
from tests.conftest import ROOT, running_node

PLACES = [("Київ", "Kyiv", "Киев"), ("Львів", "Lviv", "Львов"), ("Одеса", "Odesa", "Одесса"),
          ("Харків", "Kharkiv", "Харьков"), ("Полтава", "Poltava", "Полтава")]
TEXTS = {
    "uk": ("У місті {p} відкрили {n}-й громадський сад; волонтери висадили {m} дерев.",
           "Міська рада обіцяє щороку додавати ще {k} ділянок для мешканців."),
    "en": ("Community garden number {n} opened in {p}; volunteers planted {m} trees.",
           "The city council promises to add another {k} plots for residents every year."),
    "ru": ("В городе {p} открыли {n}-й общественный сад; волонтёры высадили {m} деревьев.",
           "Городской совет обещает ежегодно добавлять ещё {k} участков для жителей."),
}


def write_archive(path: Path, stories: int) -> int:
    """A JSON Lines file of ``stories`` stories in three languages; returns the line count."""
    with path.open("w", encoding="utf-8") as fh:
        for n in range(stories):
            for i, lang in enumerate(("uk", "en", "ru")):
                place = PLACES[n % len(PLACES)][i]
                first, second = TEXTS[lang]
                text = (first.format(p=place, n=n + 1, m=20 + n % 70) + "\n\n"
                        + second.format(k=3 + n % 9))
                row = {"id": f"g{n}-{lang}", "title": f"{place}: {n + 1}", "text": text,
                       "lang": lang, "source": "test-wire", "published": "2026-05-01",
                       "translations": [f"g{n}-{o}" for o in ("uk", "en", "ru") if o != lang]}
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return stories * 3


# --- the journal on its own ----------------------------------------------------------------

def test_journal_skips_finished_units_and_resumes_cut_off_ones(tmp_path):
    journal = Journal(tmp_path / "j.json", save_every=0)
    assert journal.resume("a.jsonl", "10:1") is None
    journal.advance("a.jsonl", 400)
    assert journal.resume("b.jsonl", "20:2") is None
    journal.finish("b.jsonl", "20:2")
    again = Journal(tmp_path / "j.json")
    assert again.resume("a.jsonl", "10:1") == 400
    assert again.resume("b.jsonl", "20:2") == FINISHED
    assert again.resume("b.jsonl", "21:3") is None     # the file changed: read it again
    assert again.resumed == {"a.jsonl": 400} and again.skipped == ["b.jsonl"]


def test_journal_ignores_units_it_was_not_asked_about(tmp_path):
    journal = Journal(tmp_path / "j.json", save_every=0)
    journal.advance("<stdin>", 100)                   # never asked: cannot resume inside
    journal.save()
    assert not (tmp_path / "j.json").exists()


@pytest.mark.parametrize("content", ["{not json", '{"version": 99, "units": {}}', "[]"])
def test_a_damaged_journal_names_the_fix(tmp_path, content):
    (tmp_path / "j.json").write_text(content)
    with pytest.raises(JournalError, match="--restart"):
        Journal(tmp_path / "j.json")


def test_journal_key_depends_on_inputs_format_and_index():
    base = journal_key("idx", ["a", "b"], None)
    assert base == journal_key("idx", ["b", "a"], None)
    assert len({base, journal_key("idx", ["a"], None), journal_key("idx", ["a", "b"], "csv"),
                journal_key("other", ["a", "b"], None)}) == 4


# --- SIGKILL in the middle of `trimova import` -----------------------------------------------

def _cli_env(es_config: dict, alias: str, data_dir: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRIMOVA_")}
    env.update({f"TRIMOVA_{k}": str(v) for k, v in es_config.items()})
    env.update(TRIMOVA_INDEX=alias, TRIMOVA_DATA_DIR=str(data_dir), TRIMOVA_BULK_CHUNK="50",
               TRIMOVA_ALIGN_BATCH="300")
    return env


def _trimova(env: dict, *args: str, **kwargs) -> subprocess.Popen:
    cmd = [sys.executable, "-c", "from webui.cli import main; main()", "import",
           "--no-progress", *args]
    return subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, **kwargs)


def _wait_for_progress(journal_dir: Path, proc: subprocess.Popen, timeout: float = 120) -> int:
    """The first journalled offset of a running import (it has confirmed some writes)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        for path in journal_dir.glob("*.json"):
            try:
                units = json.loads(path.read_text())["units"]
            except (OSError, ValueError, KeyError):
                continue
            offsets = [u["offset"] for u in units.values() if not u["done"] and u["offset"]]
            if offsets:
                return offsets[0]
        time.sleep(0.02)
    raise AssertionError(f"the import never journalled progress: {proc.communicate()}")


@pytest.mark.es
def test_sigkill_then_rerun_imports_every_record_once(es, es_config, alias, tmp_path):
    total = write_archive(tmp_path / "garden.jsonl", 900)
    env = _cli_env(es_config, alias, tmp_path / "data")
    proc = _trimova(env, str(tmp_path / "garden.jsonl"))
    offset = _wait_for_progress(tmp_path / "data" / "journals", proc)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    assert 0 < offset < (tmp_path / "garden.jsonl").stat().st_size

    rerun = _trimova(env, str(tmp_path / "garden.jsonl"))
    out, err = rerun.communicate(timeout=600)
    assert rerun.returncode == 0, (out, err)
    read = int(out.split("read ")[1].split()[0])
    assert read < total                               # it resumed instead of starting over
    assert "1 resumed part way" in out
    es.indices.refresh(index=alias)
    assert es.count(index=alias)["count"] == total
    unaligned = es.count(index=alias, query={"bool": {"must_not": {"exists": {
        "field": "group_id"}}}})["count"]
    assert unaligned == 0                             # the killed run's documents got aligned
    groups = es.search(index=alias, size=0, aggs={"g": {"cardinality": {"field": "group_id"}}})
    assert groups["aggregations"]["g"]["value"] == total // 3

    third = _trimova(env, str(tmp_path / "garden.jsonl"))
    out, err = third.communicate(timeout=120)
    assert third.returncode == 0 and out.startswith("read 0 articles"), (out, err)
    assert "1 inputs already imported were skipped" in out


@pytest.mark.es
def test_sigterm_stops_cleanly_and_says_how_to_resume(es_config, alias, tmp_path):
    write_archive(tmp_path / "garden.jsonl", 900)
    env = _cli_env(es_config, alias, tmp_path / "data")
    proc = _trimova(env, str(tmp_path / "garden.jsonl"))
    _wait_for_progress(tmp_path / "data" / "journals", proc)
    proc.send_signal(signal.SIGTERM)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, (out, err)
    assert "Interrupted" in err and "Run the same command again" in err


# --- Elasticsearch stopping and coming back --------------------------------------------------

@pytest.fixture(scope="module")
def own_node():
    """A node of this module's own on a fixed port, so a restart keeps its address."""
    yield from running_node(f"restart-{uuid.uuid4().hex[:8]}", port=free_port())


def _client(node: LocalNode) -> Elasticsearch:
    conn = node.connection()
    return Elasticsearch(**client_options({**defaults(), "ES_URL": conn["url"],
                                           "ES_USERNAME": conn["username"],
                                           "ES_PASSWORD": conn["password"]}))


def _importer(client, alias, tmp_path, **kwargs) -> Importer:
    return Importer(client, alias, rejects=tmp_path / "rejects.jsonl",
                    dead_letters=tmp_path / "dead.jsonl", chunk_size=50, align_batch=300,
                    **kwargs)


def _stop_after(node: LocalNode, records: int, restart_after: float | None,
                ready=lambda: True):
    """A progress callback that stops the node once ``records`` were read (and ``ready()``
    holds, waited for up to a minute)."""
    seen = {"n": 0}

    def progress(item):
        seen["n"] += 1
        if seen["n"] == records:
            deadline = time.monotonic() + 60
            while not ready() and time.monotonic() < deadline:
                time.sleep(0.05)
            node.stop()
            if restart_after is not None:
                threading.Timer(restart_after, node.start).start()
    return progress


@pytest.mark.es
def test_a_node_restart_mid_import_costs_nothing(own_node, tmp_path):
    total = write_archive(tmp_path / "garden.jsonl", 300)
    client, alias = _client(own_node), f"restart-{uuid.uuid4().hex[:8]}"
    journal = Journal(tmp_path / "journal.json")
    importer = _importer(client, alias, tmp_path, outage_timeout=240,
                         progress=_stop_after(own_node, 400, restart_after=2))
    summary = importer.process_all([tmp_path / "garden.jsonl"], journal=journal)
    assert own_node.status().running
    client.indices.refresh(index=alias)
    assert (summary.read, summary.new, summary.failed, summary.rejected) == (total, total, 0, 0)
    assert client.count(index=alias)["count"] == total
    assert not (tmp_path / "dead.jsonl").exists()
    assert all(u["done"] for u in json.loads(journal.path.read_text())["units"].values())


@pytest.mark.es
def test_a_node_that_stays_down_stops_the_import_and_the_rerun_finishes(own_node, tmp_path):
    total = write_archive(tmp_path / "garden.jsonl", 300)
    own_node.start()
    client, alias = _client(own_node), f"down-{uuid.uuid4().hex[:8]}"
    journal = Journal(tmp_path / "journal.json")
    # batches of 300: the node goes down at record 700, once the first batch is written,
    # aligned and journalled (the second may be in flight: it is written while the first
    # is aligned)
    importer = _importer(client, alias, tmp_path, outage_timeout=3,
                         progress=_stop_after(own_node, 700, restart_after=None,
                                              ready=lambda: bool(journal.units)))
    with pytest.raises(ClusterUnavailable) as info:
        importer.process_all([tmp_path / "garden.jsonl"], journal=journal)
    assert 0 < info.value.written < total
    saved = json.loads(journal.path.read_text())["units"]
    [entry] = saved.values()
    assert not entry["done"] and entry["offset"] > 0

    own_node.start()
    client = _client(own_node)
    again = _importer(client, alias, tmp_path / "second", outage_timeout=60)
    summary = again.process_all([tmp_path / "garden.jsonl"], journal=Journal(journal.path))
    client.indices.refresh(index=alias)
    assert summary.resumed_units == 1 and summary.read < total
    assert client.count(index=alias)["count"] == total
    ids = {h["_source"]["external_id"] for h in client.search(
        index=alias, size=total, _source=["external_id"])["hits"]["hits"]}
    assert len(ids) == total
    assert client.count(index=alias, query={"bool": {"must_not": {"exists": {
        "field": "group_id"}}}})["count"] == 0
