"""The one owner of the Elasticsearch client in the web app (like flaskr's db.py)."""
from __future__ import annotations

import threading

from elasticsearch import Elasticsearch
from flask import Flask, current_app

from indexer.cluster.client import make_client

_KEY = "trimova_es"
#: request threads (gunicorn --threads) make the app's shared objects one at a time
_MAKING = threading.Lock()


def get_es() -> Elasticsearch:
    """The app's client, created on first use (a NodeError if the local node is down)."""
    client = current_app.extensions.get(_KEY)
    if client is None:
        with _MAKING:
            client = current_app.extensions.get(_KEY)  # another thread may have made it
            if client is None:
                client = make_client(current_app.config)
                current_app.extensions[_KEY] = client
    return client


def get_translator():
    """Machine translation for query expansion, or None without argostranslate or models."""
    from pathlib import Path

    from translations import translator_for

    key = "trimova_translator"
    with _MAKING:
        if key not in current_app.extensions:
            current_app.extensions[key] = translator_for(Path(current_app.config["DATA_DIR"]) /
                                                         "models")
    return current_app.extensions[key]


def get_embedder():
    """The query and paragraph embedder the settings ask for (None with EMBEDDING=off).

    Created once per app; the local model itself loads on the first query.
    """
    from indexer.embedding import get_embedder as make_embedder

    key = "trimova_embedder"
    with _MAKING:
        if key not in current_app.extensions:
            current_app.extensions[key] = make_embedder(current_app.config)
    return current_app.extensions[key]


def get_alias() -> str:
    """The index alias the app reads."""
    return current_app.config["INDEX"]


def init_app(app: Flask) -> None:
    """Register the client slot and trimova's commands with the app."""
    from indexer.cli import COMMANDS

    app.extensions[_KEY] = app.extensions.get(_KEY)
    for command in COMMANDS:
        app.cli.add_command(command)
