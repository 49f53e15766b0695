"""The one owner of the Elasticsearch client in the web app (like flaskr's db.py)."""
from __future__ import annotations

import threading

from elasticsearch import Elasticsearch
from flask import Flask, current_app

from indexer.cluster.client import make_client, node_from_config

_KEY = "trimova_es"
#: request threads (gunicorn --threads) make the app's shared objects one at a time
_MAKING = threading.Lock()


def get_es() -> Elasticsearch:
    """The app's client; a new one when the managed local node came back at another URL.

    A NodeError (a 503 page) while the local node is down. With ES_URL set the client is
    made once: the transport itself retries the cluster's nodes when they come back.
    """
    config = current_app.config
    url = "" if config.get("ES_URL") else _local_url(config)
    slot = current_app.extensions.get(_KEY)
    if slot is not None and slot[0] == url:
        return slot[1]
    with _MAKING:  # one thread builds the new client; the others wait and take it
        slot = current_app.extensions.get(_KEY)
        if slot is None or slot[0] != url:
            old, slot = slot, (url, make_client(config))
            current_app.extensions[_KEY] = slot
            if old is not None:
                old[1].close()
    return slot[1]


def _local_url(config) -> str:
    """The URL the managed node's state file records now (NodeError if it is down)."""
    node = current_app.extensions.get("trimova_node")
    if node is None:
        node = current_app.extensions["trimova_node"] = node_from_config(config)
    return node.connection()["url"]


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
