"""Merging an archive's segments after a large write, on the real node: the merge happens,
an import that wrote enough asks for it and says so, a small one does not."""
from __future__ import annotations

import pytest

from indexer.cli import import_command
from indexer.store import merging, schema
from tests.helpers_es import DATA

pytestmark = pytest.mark.es


def _segments(es, alias) -> int:
    return sum(1 for s in es.cat.segments(index=alias, format="json") if s["prirep"] == "p")


def test_a_merge_leaves_one_segment(es, alias):
    schema.ensure_index(es, alias)
    for i in range(3):  # a refresh after each write: three segments
        es.index(index=alias, id=f"m-{i}", refresh=True,
                 document={"lang": "uk", "title": f"Нотатка {i}", "paragraphs": ["Текст."]})
    assert _segments(es, alias) == 3
    assert merging.merge(es, alias, wait=True)
    assert _segments(es, alias) == 1
    assert es.count(index=alias)["count"] == 3


@pytest.mark.parametrize("after, asked", [(8, True), (9, False)])
def test_an_import_that_wrote_enough_asks_for_a_merge(
        runner, app, es, alias, monkeypatch, after, asked):
    monkeypatch.setattr(merging, "AFTER", after)  # the file has 8 articles
    app.config.update(EMBEDDING="off")
    result = runner.invoke(import_command, ["--no-progress", str(DATA / "stories.jsonl")])
    assert result.exit_code == 0, result.output
    assert ("merging the index's segments in the background" in result.output) == asked
