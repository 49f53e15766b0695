"""Bulk writes against the real node: upserts, no-ops, dead letters."""
from __future__ import annotations

import json

from indexer import writer
from indexer.schema import ensure_index


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
