"""Archivists' link/unlink decisions on the real node: they survive re-alignment and re-import."""
from __future__ import annotations

import pytest

from indexer.alignment import aligner, overrides
from indexer.cli import align_group
from tests.helpers_es import DATA, import_paths

STORIES = DATA / "stories.jsonl"


@pytest.fixture
def loaded(es, alias, tmp_path):
    import_paths(es, alias, [STORIES], tmp_path)
    hits = es.search(index=alias, size=50, query={"match_all": {}})["hits"]["hits"]
    return {h["_source"]["external_id"]: h["_id"] for h in hits}


def _group(es, alias, doc_id):
    return es.get(index=alias, id=doc_id)["_source"]


def test_unlink_survives_align_all_and_reimport(es, alias, loaded, tmp_path):
    en = loaded["b-en"]
    aligner.unlink(es, alias, en, by="test")
    assert _group(es, alias, en)["group_method"] == "single"
    assert _group(es, alias, loaded["b-uk"])["group_id"] == _group(es, alias, loaded["b-ru"])[
        "group_id"]
    aligner.align_all(es, alias)
    import_paths(es, alias, [STORIES], tmp_path)
    aligner.align_all(es, alias)
    assert _group(es, alias, en)["group_method"] == "single"
    assert _group(es, alias, loaded["b-uk"])["group_id"] != _group(es, alias, en)["group_id"]


def test_link_joins_and_displaces_the_same_language(es, alias, loaded, tmp_path):
    # the archivist says the park note (ru) belongs with the drill story instead of a-ru
    gid = aligner.link(es, alias, loaded["a-uk"], loaded["d-ru"], by="test")
    assert _group(es, alias, loaded["d-ru"])["group_id"] == gid
    assert _group(es, alias, loaded["d-ru"])["group_method"] == "manual"
    assert _group(es, alias, loaded["a-ru"])["group_id"] != gid  # displaced
    aligner.align_all(es, alias)
    import_paths(es, alias, [STORIES], tmp_path)
    assert _group(es, alias, loaded["d-ru"])["group_id"] == _group(es, alias, loaded["a-en"])[
        "group_id"]
    assert _group(es, alias, loaded["a-ru"])["group_id"] != _group(es, alias, loaded["a-en"])[
        "group_id"]


def test_link_refuses_two_versions_in_one_language(es, alias, loaded):
    with pytest.raises(aligner.CurationError, match="one version per language"):
        aligner.link(es, alias, loaded["a-uk"], loaded["b-uk"], by="test")
    with pytest.raises(aligner.CurationError, match="no article"):
        aligner.link(es, alias, loaded["a-uk"], "nope", by="test")


def test_decisions_are_recorded(es, alias, loaded):
    aligner.unlink(es, alias, loaded["a-en"], by="test")
    decided = overrides.load(es, alias)
    assert frozenset((loaded["a-en"], loaded["a-uk"])) in decided.unlinks
    assert not decided.links


def test_cli_link_unlink_and_usage(runner, loaded):
    result = runner.invoke(align_group, [])
    assert result.exit_code == 2 and "--all" in result.output
    result = runner.invoke(align_group, ["unlink", loaded["c-uk"]])
    assert result.exit_code == 0 and "unlinked" in result.output
    result = runner.invoke(align_group, ["link", loaded["c-uk"], loaded["d-ru"]])
    assert result.exit_code == 0 and "linked" in result.output
    result = runner.invoke(align_group, ["link", loaded["c-uk"], loaded["b-uk"]])
    assert result.exit_code == 1 and "one version per language" in result.output


def test_a_story_keeps_its_address_when_a_version_joins_or_leaves(es, alias, loaded, client):
    gid = _group(es, alias, loaded["b-uk"])["group_id"]
    aligner.unlink(es, alias, loaded["b-en"], by="test")
    assert _group(es, alias, loaded["b-uk"])["group_id"] == gid  # the story kept its id
    assert _group(es, alias, loaded["b-en"])["group_id"] != gid  # the one taken out did not
    aligner.link(es, alias, loaded["b-uk"], loaded["b-en"], by="test")
    assert _group(es, alias, loaded["b-en"])["group_id"] == gid
    aligner.align_all(es, alias)
    assert _group(es, alias, loaded["b-ru"])["group_id"] == gid


def test_an_old_story_address_redirects(es, alias, loaded, client):
    old = "g-" + loaded["c-uk"]
    current = _group(es, alias, loaded["c-uk"])["group_id"]
    if current == old:  # make the address change: join c-uk to another story
        aligner.link(es, alias, loaded["d-ru"], loaded["c-uk"], by="test")
        current = _group(es, alias, loaded["c-uk"])["group_id"]
    assert current != old
    resp = client.get(f"/groups/{old}")
    assert resp.status_code == 301 and resp.headers["Location"].endswith(f"/groups/{current}")
    assert client.get(f"/api/groups/{old}").status_code == 301
