"""Documents built in worker processes: same actions, same order, nothing lost."""
from __future__ import annotations

import time
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool

import pytest

from archive.article import Article, PendingPage, Rejected, Skipped, UnitDone
from archive.readers import deferred_pages, iter_records, read_pending
from indexer.ingest import building
from tests.archive_inputs import Capture, news_captures, write_warc

PAGES = 300  # beyond building.WARMUP: workers start


def _crawl(tmp_path):
    captures = news_captures(PAGES)
    captures.insert(5, Capture("https://news.example.ua/logo.png", b"\x89PNG....",
                               content_type="image/png"))
    captures.insert(280, Capture("https://news.example.ua/empty", b"<html><body></body></html>"))
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(write_warc(captures))
    return path


def _plain(pairs):
    """What an import keeps of each built record: its kind, place, and the document."""
    out = []
    for item, action in pairs:
        doc = dict(action["upsert"]) if action else None
        if doc:
            doc.pop("imported_at")  # the clock, not the content
        out.append((type(item).__name__, item.unit, getattr(item, "resume_at", None), doc))
    return out


def test_the_records_of_a_crawl_come_back_as_pages_to_read_only_when_deferred(tmp_path):
    path = _crawl(tmp_path)
    plain = list(iter_records([path]))
    with deferred_pages():
        deferred = list(iter_records([path]))
    assert not any(isinstance(r, PendingPage) for r in plain)
    assert sum(isinstance(r, PendingPage) for r in deferred) == PAGES + 1  # the empty one too
    read = [read_pending(r) if isinstance(r, PendingPage) else r for r in deferred]
    assert [(type(r), r.unit, getattr(r, "resume_at", None)) for r in read] == \
        [(type(r), r.unit, getattr(r, "resume_at", None)) for r in plain]


def test_workers_build_the_same_documents_in_the_same_order(tmp_path):
    path = _crawl(tmp_path)
    with deferred_pages():
        here = _plain(building.built(iter_records([path]), "idx", workers=0))
        there = _plain(building.built(iter_records([path]), "idx", workers=1))
    assert there == here
    kinds = [kind for kind, *_ in here]
    assert kinds.count("Article") == PAGES and kinds.count("Skipped") == 1
    assert kinds.count("Rejected") == 1 and kinds[-1] == "UnitDone"  # the page with no text
    assert all(doc["lang"] in ("uk", "en", "ru") for *_, doc in here if doc)


def test_a_page_that_cannot_be_read_is_a_rejection_that_keeps_its_place():
    page = PendingPage(b"\x00\x01 not html", "crawl.warc", "offset 42", "https://x.example/a",
                       unit="crawl.warc", resume_at=99)
    [(item, action)] = building.built([page], "idx")
    assert isinstance(item, Rejected) and not isinstance(item, Skipped) and action is None
    assert (item.unit, item.resume_at, item.position) == ("crawl.warc", 99, "offset 42")


class _DeadPool:
    """A process pool whose workers could not start (as when a script lacks a main guard)."""

    def __init__(self, *args, **kwargs):
        pass

    def submit(self, fn, *args, **kwargs):
        future: Future = Future()
        future.set_exception(BrokenProcessPool("a worker died"))
        return future

    def shutdown(self, **kwargs):
        pass


def test_when_workers_cannot_start_this_process_builds_everything(monkeypatch, caplog):
    monkeypatch.setattr(building, "ProcessPoolExecutor", _DeadPool)
    records = [Article(title=f"Новина {i}", paragraphs=[f"Текст новини номер {i} про місто."],
                       external_id=f"n{i}", unit="in.jsonl", resume_at=i) for i in range(700)]
    records.insert(400, Rejected("in.jsonl", "line 400", "not JSON", unit="in.jsonl"))
    records.append(UnitDone("in.jsonl", "1:2"))
    out = list(building.built(records, "idx", workers=2))
    assert [item for item, _ in out] == records
    assert sum(action is not None for _, action in out) == 700
    assert "building documents in this process" in caplog.text


@pytest.mark.parametrize("setting,cores,expected,pages", [
    (3, 8, 3, 3), (0, 8, 0, 0), (-1, 1, 0, 0), (-1, 2, 1, 2), (-1, 8, 2, 2)])
def test_import_workers_setting(monkeypatch, setting, cores, expected, pages):
    monkeypatch.setattr(building.os, "sched_getaffinity", lambda pid: set(range(cores)),
                        raising=False)
    assert building.resolve_workers(setting) == expected
    assert building.resolve_workers(setting, heavy=True) == pages


class _CountingPool:
    """Records how many workers were asked for, and builds in this process."""

    asked: list[int] = []

    def __init__(self, max_workers, **kwargs):
        self.asked.append(max_workers)

    def submit(self, fn, *args, **kwargs):
        future: Future = Future()
        future.set_result(fn(*args, **kwargs))
        return future

    def shutdown(self, **kwargs):
        pass


def _spin(seconds: float) -> None:
    """Use ``seconds`` of this thread's CPU."""
    until = time.thread_time() + seconds
    while time.thread_time() < until:
        pass


def test_records_costly_to_build_get_the_heavy_workers_and_cheap_ones_the_others(
        tmp_path, monkeypatch):
    monkeypatch.setattr(building, "ProcessPoolExecutor", _CountingPool)
    monkeypatch.setattr(building, "HEAVY_RECORD", 0.002)
    _CountingPool.asked = []
    build_one = building._build_one
    costly = {"on": True}

    def timed_build(item, url_rules):
        if costly["on"]:
            _spin(0.003)
        return build_one(item, url_rules)

    monkeypatch.setattr(building, "_build_one", timed_build)
    with deferred_pages():
        pages = list(building.built(iter_records([_crawl(tmp_path)]), "idx", workers=1,
                                    heavy_workers=2))
    costly["on"] = False
    monkeypatch.setattr(building, "HEAVY_RECORD", 1.0)
    records = [Article(title=f"Новина {i}", paragraphs=[f"Текст новини номер {i}."],
                       external_id=f"n{i}", unit="in.jsonl", resume_at=i) for i in range(300)]
    articles = list(building.built(records, "idx", workers=1, heavy_workers=2))
    assert _CountingPool.asked == [2, 1]
    assert sum(a is not None for _, a in pages) == PAGES and len(articles) == 300


class _WatchingPool(_CountingPool):
    """Notes how many records were built before it started, and the size of each chunk."""

    started_after: list[int] = []
    chunks: list[int] = []
    built = 0

    def __init__(self, max_workers, **kwargs):
        self.started_after.append(_WatchingPool.built)

    def submit(self, fn, items, *args, **kwargs):
        self.chunks.append(len(items))
        return super().submit(fn, items, *args, **kwargs)


def _timed_builds(monkeypatch) -> tuple[dict[str, float], list[Article]]:
    """A watched pool, builds that each take ``cost["seconds"]`` of CPU (5 ms to start with)
    and 300 records to build."""
    _WatchingPool.started_after, _WatchingPool.chunks, _WatchingPool.built = [], [], 0
    build_one, cost = building._build_one, {"seconds": 0.005}

    def timed_build(item, url_rules):
        _WatchingPool.built += 1
        _spin(cost["seconds"])
        return build_one(item, url_rules)

    monkeypatch.setattr(building, "_build_one", timed_build)
    return cost, [Article(title=f"Новина {i}", paragraphs=[f"Текст новини номер {i}."],
                          external_id=f"n{i}", unit="in.jsonl", resume_at=i) for i in range(300)]


def test_records_costly_to_build_start_the_workers_early_in_small_chunks(monkeypatch):
    # pages read by trafilatura: 256 of them built here first would idle the workers' cores
    monkeypatch.setattr(building, "ProcessPoolExecutor", _WatchingPool)
    monkeypatch.setattr(building, "WARMUP_SECONDS", 0.05)
    cost, records = _timed_builds(monkeypatch)
    costly = list(building.built(records, "idx", workers=1, heavy_workers=2))
    heavy_chunks, _WatchingPool.chunks = _WatchingPool.chunks, []
    cost["seconds"], _WatchingPool.built = 0.0, 0
    # cheap builds, however slow a loaded machine makes them: the count ends the warm-up
    monkeypatch.setattr(building, "WARMUP_SECONDS", 60.0)
    cheap = list(building.built(records, "idx", workers=1, heavy_workers=2))
    assert _WatchingPool.started_after == [building.WARMUP_MIN, building.WARMUP]
    assert set(heavy_chunks[:-1]) == {building.HEAVY_CHUNK}
    assert set(_WatchingPool.chunks) == {len(records) - building.WARMUP}  # one chunk of 44
    assert [item for item, _ in costly] == [item for item, _ in cheap] == records
    assert [a["_id"] for _, a in costly] == [a["_id"] for _, a in cheap]


def test_an_input_built_during_the_warm_up_starts_no_pool(monkeypatch):
    # a pool's queues start a process of their own even when no worker is ever wanted
    monkeypatch.setattr(building, "ProcessPoolExecutor", _CountingPool)
    _CountingPool.asked = []
    records = [Article(title=f"Новина {i}", paragraphs=[f"Текст новини номер {i}."],
                       external_id=f"n{i}", unit="in.jsonl", resume_at=i) for i in range(20)]
    small = list(building.built(iter(records), "idx", workers=2))
    assert _CountingPool.asked == []
    more = [*records, *(Article(title=f"News {i}", paragraphs=[f"Story number {i}."],
                                external_id=f"e{i}", unit="in.jsonl", resume_at=i)
                        for i in range(building.WARMUP))]
    large = list(building.built(iter(more), "idx", workers=2))
    assert _CountingPool.asked == [2]
    assert [item for item, _ in small] == records and [item for item, _ in large] == more
    assert all(action is not None for _, action in [*small, *large])


def test_costly_records_end_the_warm_up_as_soon_as_there_are_enough_for_a_median(
        monkeypatch):
    monkeypatch.setattr(building, "ProcessPoolExecutor", _WatchingPool)
    monkeypatch.setattr(building, "WARMUP_SECONDS", 10.0)
    cost, records = _timed_builds(monkeypatch)
    costly = list(building.built(records, "idx", workers=1, heavy_workers=2))
    cost["seconds"], _WatchingPool.built = 0.0, 0
    # cheap builds, however slow a loaded machine makes them: the count ends the warm-up
    monkeypatch.setattr(building, "WARMUP_SECONDS", 60.0)
    cheap = list(building.built(records, "idx", workers=1, heavy_workers=2))
    assert _WatchingPool.started_after == [building.WARMUP_MIN, building.WARMUP]
    assert [a["_id"] for _, a in costly] == [a["_id"] for _, a in cheap]
