"""`trimova` commands through the real app context: import, export, align, es status."""
from __future__ import annotations

import csv
import io
import json
import re
from urllib.parse import quote, urlsplit

from indexer.cli import align_group, es_status, export_command, import_command
from tests.helpers_es import DATA


def test_import_then_export_jsonl(runner, tmp_path):
    result = runner.invoke(import_command, ["--no-progress", str(DATA / "stories.jsonl")])
    assert result.exit_code == 0, result.output
    assert "read 8 articles: 8 new" in result.output
    out = tmp_path / "export.jsonl"
    result = runner.invoke(export_command, ["-o", str(out)])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 8
    for row in rows:
        for key in ("id", "external_id", "lang", "lang_confidence", "group_id", "source", "url",
                    "title", "published"):
            assert key in row
        assert row["lang"] in ("uk", "en", "ru") and 0 < row["lang_confidence"] <= 1
    groups = {r["external_id"]: r["group_id"] for r in rows}
    assert groups["b-uk"] == groups["b-en"] == groups["b-ru"]


def test_export_csv(runner):
    runner.invoke(import_command, ["--no-progress", str(DATA / "stories.jsonl")])
    result = runner.invoke(export_command, ["--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert len(rows) == 8 and {r["lang"] for r in rows} == {"uk", "en", "ru"}


def test_import_with_rejects_exits_2_and_lists_them(runner, tmp_path):
    path = tmp_path / "broken.jsonl"
    good = (DATA / "stories.jsonl").read_text(encoding="utf-8").splitlines()[0]
    path.write_text(good + "\n{broken\n", encoding="utf-8")
    rejects = tmp_path / "rejects.jsonl"
    result = runner.invoke(import_command, ["--no-progress", "--rejects", str(rejects), str(path)])
    assert result.exit_code == 2, result.output
    assert "1 rejected" in result.output and str(rejects) in result.output
    row = json.loads(rejects.read_text(encoding="utf-8"))
    assert row["position"] == "line 2" and "JSON" in row["reason"]


def test_import_missing_path_is_a_usage_error(runner, tmp_path):
    result = runner.invoke(import_command, [str(tmp_path / "nope.jsonl")])
    assert result.exit_code == 2 and "does not exist" in result.output


def test_export_before_any_import_says_so(runner):
    result = runner.invoke(export_command, [])
    assert result.exit_code == 1 and "no archive yet" in result.output


def _stories_and_writes(es, alias) -> dict[str, tuple]:
    """Each document's story fields and the (seq_no, primary term, version) of its last write."""
    es.indices.refresh(index=alias)
    hits = es.search(index=alias, size=50, query={"match_all": {}}, version=True,
                     seq_no_primary_term=True)["hits"]["hits"]
    return {h["_id"]: (h["_source"]["group_id"], h["_source"]["group_method"],
                       h["_source"]["group_langs"], h["_seq_no"], h["_primary_term"],
                       h["_version"]) for h in hits}


def _writes(es, alias) -> dict[str, int]:
    """The index's counts of documents indexed, deleted and updated to no effect."""
    stats = es.indices.stats(index=alias, metric="indexing")["_all"]["primaries"]["indexing"]
    return {key: stats[key] for key in ("index_total", "delete_total", "noop_update_total")}


def test_align_all_is_idempotent(runner, es, alias):
    assert runner.invoke(import_command,
                         ["--no-progress", str(DATA / "stories.jsonl")]).exit_code == 0
    first = runner.invoke(align_group, ["--all"])
    assert first.exit_code == 0, first.output
    assert "aligned 8 articles into 4 stories" in first.output
    before, writes = _stories_and_writes(es, alias), _writes(es, alias)
    assert len(before) == 8 and len({story[0] for story in before.values()}) == 4
    second = runner.invoke(align_group, ["--all"])
    assert second.exit_code == 0, second.output
    assert second.output == first.output  # same counts: articles, stories, links, suggestions
    # the same story for every document, and no document written again (seq_no, version)
    assert _stories_and_writes(es, alias) == before
    # not even an update Elasticsearch found to change nothing (a "noop")
    assert _writes(es, alias) == writes


def _with_userinfo(urls: str, user: str, password: str) -> str:
    """ES_URL with ``user:password@`` in each of its URLs."""
    userinfo = f"{quote(user, safe='')}:{quote(password, safe='')}@"
    return ",".join(url.strip().replace("://", "://" + userinfo, 1) for url in urls.split(","))


def _assert_no_credentials(output: str, user: str | None, *secrets: str | None) -> None:
    for secret in filter(None, secrets):
        assert secret not in output and quote(secret, safe="") not in output
        if user:
            assert f"{user}:{secret}" not in output
    assert not re.search(r"://[^/\s]*@", output), output  # no user:password@ in a URL


def test_es_status_with_an_external_url(runner, app, es_config):
    user, password = es_config.get("ES_USERNAME"), es_config.get("ES_PASSWORD")
    result = runner.invoke(es_status, [])
    assert result.exit_code == 0 and "health" in result.output
    assert f"://{urlsplit(es_config['ES_URL'].split(',')[0]).hostname}" in result.output
    _assert_no_credentials(result.output, user, password, es_config.get("ES_API_KEY"))
    # credentials written in the URL itself are left out too, when the node answers ...
    if user and password:
        app.config.update(ES_URL=_with_userinfo(es_config["ES_URL"], user, password),
                          ES_USERNAME="", ES_PASSWORD="")
        result = runner.invoke(es_status, [])
        assert result.exit_code == 0 and "health" in result.output, result.output
        _assert_no_credentials(result.output, user, password)
    # ... and when it refuses them
    app.config.update(ES_URL=_with_userinfo(es_config["ES_URL"], "status-probe", "not-it-3141"),
                      ES_USERNAME="", ES_PASSWORD="", ES_API_KEY="")
    result = runner.invoke(es_status, [])
    assert result.exit_code == 1, result.output
    assert "refused trimova's credentials (401)" in result.output, result.output
    _assert_no_credentials(result.output, "status-probe", "not-it-3141")


def test_console_script_lists_its_commands_and_version():
    from click.testing import CliRunner

    from webui.cli import main
    result = CliRunner().invoke(main, ["--help"])
    assert result.exit_code == 0
    for command in ("align", "es", "export", "import", "models", "reset", "serve"):
        assert f"  {command} " in result.output
    assert "--app" not in result.output
    result = CliRunner().invoke(main, ["--version"])
    assert result.exit_code == 0 and result.output.startswith("trimova ")


def test_dry_run_classifies_and_writes_nothing(runner, es, alias):
    stories = str(DATA / "stories.jsonl")
    result = runner.invoke(import_command, ["--no-progress", "--dry-run", stories])
    assert result.exit_code == 0, result.output
    assert "dry run, nothing written: read 8 articles, which would be 8 new" in result.output
    assert not es.indices.exists(index=alias)
    runner.invoke(import_command, ["--no-progress", stories])
    result = runner.invoke(import_command, ["--no-progress", "--dry-run", stories])
    assert "which would be 0 new, 0 updated, 8 unchanged" in result.output


def test_a_rerun_skips_finished_inputs_unless_restarted(runner):
    stories = str(DATA / "stories.jsonl")
    assert runner.invoke(import_command, ["--no-progress", stories]).exit_code == 0
    again = runner.invoke(import_command, ["--no-progress", stories])
    assert again.exit_code == 0 and "read 0 articles" in again.output
    assert "1 inputs already imported were skipped" in again.output
    restarted = runner.invoke(import_command, ["--no-progress", "--restart", stories])
    assert "read 8 articles: 0 new, 0 updated, 8 unchanged" in restarted.output


def test_standard_input_is_read_with_its_format_detected(runner, es, alias):
    lines = (DATA / "stories.jsonl").read_bytes()
    result = runner.invoke(import_command, ["--no-progress", "-"], input=lines)
    assert result.exit_code == 0, result.output
    assert "read 8 articles: 8 new" in result.output
    es.indices.refresh(index=alias)
    assert es.count(index=alias)["count"] == 8


def test_a_damaged_journal_is_a_clear_error(runner, app, tmp_path):
    (tmp_path / "journal.json").write_text("{half")
    result = runner.invoke(import_command, ["--no-progress", "--journal",
                                            str(tmp_path / "journal.json"),
                                            str(DATA / "stories.jsonl")])
    assert result.exit_code == 1 and "--restart" in result.output
