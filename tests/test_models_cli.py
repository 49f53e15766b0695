"""`trimova models`: install from a file and from a package index served on loopback."""
from __future__ import annotations

import functools
import http.server
import json
import threading

import pytest

from indexer.cli import models_group
from tests.argos_tiny import build_tiny_model


@pytest.fixture
def index_server(tmp_path):
    """A tiny Argos package index on 127.0.0.1 offering one uk→en model."""
    build_tiny_model(tmp_path).rename(tmp_path / "uk_en.argosmodel")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp_path))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    (tmp_path / "index.json").write_text(json.dumps([
        {"from_code": "uk", "to_code": "en", "links": [f"{base}/uk_en.argosmodel"]}]))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"{base}/index.json"
    server.shutdown()


def test_install_from_file_then_list(runner, tmp_path):
    model = build_tiny_model(tmp_path)
    assert "no models installed" in runner.invoke(models_group, ["list"]).output
    result = runner.invoke(models_group, ["install", str(model)])
    assert result.exit_code == 0 and "installed uk→en" in result.output
    assert "uk→en" in runner.invoke(models_group, ["list"]).output


def test_install_from_index(runner, app, index_server):
    app.config["MODELS_INDEX_URL"] = index_server
    result = runner.invoke(models_group, ["install", "--from-index", "uk-en"])
    assert result.exit_code == 0, result.output
    assert "uk→en" in runner.invoke(models_group, ["list"]).output
    result = runner.invoke(models_group, ["install", "--from-index", "ru-en"])
    assert result.exit_code == 1 and "has no ru→en model" in result.output


def test_unreachable_index_names_the_offline_fix(runner, app):
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    app.config["MODELS_INDEX_URL"] = f"http://127.0.0.1:{port}/index.json"
    result = runner.invoke(models_group, ["install", "--from-index", "uk-en"])
    assert result.exit_code == 1 and "trimova models install FILE" in result.output


@pytest.mark.parametrize("args", [[], ["x.argosmodel", "--from-index", "uk-en"]])
def test_file_or_index_not_both(runner, tmp_path, args):
    if args:
        (tmp_path / "x.argosmodel").write_text("x")
        args = [str(tmp_path / "x.argosmodel"), *args[1:]]
    assert runner.invoke(models_group, ["install", *args]).exit_code == 2


def test_a_broken_file_is_refused_clearly(runner, tmp_path):
    bad = tmp_path / "bad.argosmodel"
    bad.write_text("not a zip")
    result = runner.invoke(models_group, ["install", str(bad)])
    assert result.exit_code == 1 and "zip" in result.output.lower()
