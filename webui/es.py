"""The one owner of the Elasticsearch client in the web app (like flaskr's db.py)."""
from __future__ import annotations

import threading
from typing import Any, Callable

from elasticsearch import Elasticsearch
from flask import Flask, current_app

from indexer.cluster.client import make_client

_KEY = "trimova_es"
#: request threads (gunicorn --threads) make the app's shared objects one at a time
_MAKING = threading.Lock()


def _shared(key: str, make: Callable[[], Any]) -> Any:
    """``app.extensions[key]``, made by ``make`` on first use by exactly one thread."""
    extensions = current_app.extensions
    if extensions.get(key) is None:
        with _MAKING:
            if extensions.get(key) is None:  # another thread may have made it meanwhile
                extensions[key] = make()
    return extensions[key]


def get_es() -> Elasticsearch:
    """The app's client, created on first use (a NodeError if the local node is down)."""
    return _shared(_KEY, lambda: make_client(current_app.config))


def get_translator():
    """Machine translation for query expansion, or None without argostranslate or models."""
    from pathlib import Path

    from translations import translator_for

    models = Path(current_app.config["DATA_DIR"]) / "models"
    # kept in a tuple: None (no translation) is an answer, not "not made yet"
    return _shared("trimova_translator", lambda: (translator_for(models),))[0]


def get_embedder():
    """The query and paragraph embedder the settings ask for (None with EMBEDDING=off).

    Created once per app; the local model itself loads on the first query.
    """
    from indexer.embedding import get_embedder as make_embedder

    config = current_app.config
    return _shared("trimova_embedder", lambda: (make_embedder(config),))[0]


def get_alias() -> str:
    """The index alias the app reads."""
    return current_app.config["INDEX"]


def init_app(app: Flask) -> None:
    """Register the client slot and trimova's commands with the app."""
    from indexer.cli import COMMANDS

    app.extensions[_KEY] = app.extensions.get(_KEY)
    for command in COMMANDS:
        app.cli.add_command(command)
