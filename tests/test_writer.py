"""Bulk writes against the real node: upserts, no-ops, dead letters."""
from __future__ import annotations

import json

import pytest
from elastic_transport import ApiResponseMeta, HttpHeaders
from elasticsearch import BadRequestError, ConnectionError

from indexer.store import writer
from indexer.store.schema import ensure_index
from indexer.store.writer import Backoff, ClusterUnavailable, patiently


def _doc(title: str, **extra) -> dict:
    return {"title": title, "paragraphs": ["x"], "lang": "en", "imported_at": "2026-01-01",
            **extra}


def test_create_then_noop_then_update(es, alias):
    index = ensure_index(es, alias)
    first = writer.write(es, [writer.expand_action("d1", _doc("One"), index)])
    again = writer.write(es, [writer.expand_action("d1", _doc("One", imported_at="2027-01-01"),
                                                   index)])
    changed = writer.write(es, [writer.expand_action("d1", _doc("One, edited"), index)])
    assert first.counts["created"] == 1
    assert again.counts["noop"] == 1  # imported_at is written only on create
    assert changed.counts["updated"] == 1
    es.indices.refresh(index=alias)
    assert es.count(index=alias)["count"] == 1
    assert es.get(index=alias, id="d1")["_source"]["imported_at"] == "2026-01-01"


def test_update_keeps_fields_the_writer_did_not_send(es, alias):
    index = ensure_index(es, alias)
    writer.write(es, [writer.expand_action("d1", _doc("One", group_id="g-7"), index)])
    writer.write(es, [writer.expand_action("d1", _doc("One, edited"), index)])
    assert es.get(index=alias, id="d1")["_source"]["group_id"] == "g-7"


def test_refused_documents_go_to_the_dead_letter_file(es, alias, tmp_path):
    index = ensure_index(es, alias)
    dead = writer.DeadLetters(tmp_path / "dead.jsonl")
    actions = [writer.expand_action("ok", _doc("Fine"), index),
               writer.expand_action("bad", _doc("Bad date", published="not a date"), index),
               writer.expand_action("odd", _doc("Unknown field", colour="blue"), index)]
    summary = writer.write(es, actions, dead_letters=dead)
    assert summary.counts["created"] == 1 and summary.failed == 2
    rows = [json.loads(line) for line in (tmp_path / "dead.jsonl").read_text().splitlines()]
    assert sorted(r["id"] for r in rows) == ["bad", "odd"]
    assert all(r["document"]["title"] and r["error"] for r in rows)


def _unreachable() -> ConnectionError:
    return ConnectionError("connection refused")


def test_a_request_is_repeated_while_the_cluster_is_away_then_answers():
    calls, waits = [], []

    def call():
        calls.append(1)
        if len(calls) < 3:
            raise _unreachable()
        return "answer"

    backoff = Backoff(1, 30, outage=60, sleep=waits.append)
    assert patiently(call, backoff) == "answer"
    assert waits == [1, 2]  # exponential


def test_a_cluster_away_past_the_deadline_stops_with_cluster_unavailable():
    def call():
        raise _unreachable()

    with pytest.raises(ClusterUnavailable) as info:
        patiently(call, Backoff(1, 30, outage=0, sleep=lambda s: None), written=7)
    assert info.value.written == 7 and isinstance(info.value.cause, ConnectionError)


def test_a_request_the_cluster_refuses_is_not_repeated():
    calls = []

    def call():
        calls.append(1)
        meta = ApiResponseMeta(400, "1.1", HttpHeaders(), 0.0, None)
        raise BadRequestError("bad query", meta, {})

    with pytest.raises(BadRequestError):
        patiently(call, Backoff(1, 30, outage=60, sleep=lambda s: None))
    assert len(calls) == 1
