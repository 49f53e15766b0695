"""Shared fixtures: a real Elasticsearch node for the session, an index per test, the app.

With TRIMOVA_ES_URL set (plus TRIMOVA_ES_USERNAME/PASSWORD or TRIMOVA_ES_API_KEY) the tests
use that cluster; otherwise they start the project's managed node under var/test and stop
it at the end. There is no skipping: without a node the suite fails, loudly.
"""
from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest
from elasticsearch import Elasticsearch

from indexer.alignment.overrides import drop_all
from indexer.cluster.localnode import LocalNode
from indexer.store.schema import drop_index
from webui import create_app

ROOT = Path(__file__).resolve().parent.parent
#: the archivist's password in the test app (the generated-password path has its own test)
PASSWORD = "correct horse"
TEST_DATA_DIR = ROOT / "var" / "test"


def _external() -> dict | None:
    url = os.environ.get("TRIMOVA_ES_URL")
    if not url:
        return None
    conf = {"ES_URL": url}
    for key in ("ES_USERNAME", "ES_PASSWORD", "ES_API_KEY", "ES_CA_CERTS"):
        if os.environ.get(f"TRIMOVA_{key}"):
            conf[key] = os.environ[f"TRIMOVA_{key}"]
    return conf


@pytest.fixture(scope="session")
def test_node():
    """The managed node the tests run against (None when TRIMOVA_ES_URL is used)."""
    if _external():
        yield None
        return
    # a node of its own per session (removed afterwards), so two runs never share one
    yield from running_node(uuid.uuid4().hex[:12])


def running_node(name: str, **options):
    """Start a managed node under var/test/<name>, yield it, then remove it."""
    node = LocalNode(TEST_DATA_DIR / name,
                     version=os.environ.get("TRIMOVA_ES_VERSION", "8.19.7"), **options)
    try:
        node.start(timeout=240)
        yield node
    finally:
        node.destroy()


@pytest.fixture(scope="session")
def es_config(test_node) -> dict:
    """Settings that point the app and the CLI at the test cluster, with credentials."""
    external = _external()
    if external:
        return external
    conn = test_node.connection()
    return {"ES_URL": conn["url"], "ES_USERNAME": conn["username"],
            "ES_PASSWORD": conn["password"]}


@pytest.fixture(scope="session")
def es(es_config) -> Elasticsearch:
    """One client for the whole session."""
    from indexer.cluster.client import client_options
    from indexer.settings import defaults

    client = Elasticsearch(**client_options({**defaults(), **es_config}))
    health = client.cluster.health(wait_for_status="yellow", timeout="60s")
    assert health["status"] in ("yellow", "green"), health
    yield client
    client.close()


@pytest.fixture
def alias(es) -> str:
    """A fresh, uniquely named index alias, deleted after the test."""
    name = f"trimova-test-{uuid.uuid4().hex[:10]}"
    yield name
    drop_index(es, name)
    drop_all(es, name)


@pytest.fixture
def app(es_config, alias, tmp_path):
    """The real app, pointed at the test cluster and a fresh index."""
    return create_app({"TESTING": True, "INDEX": alias, "DATA_DIR": str(tmp_path),
                       "SECRET_KEY": "test", "ADMIN_PASSWORD": PASSWORD, **es_config},
                      environ={})


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


@pytest.fixture
def stories(es, alias, tmp_path) -> dict[str, dict]:
    """tests/data/stories.jsonl imported; each document's source and id by external id."""
    from tests.helpers_es import DATA, import_paths
    import_paths(es, alias, [DATA / "stories.jsonl"], tmp_path)
    hits = es.search(index=alias, size=50, query={"match_all": {}})["hits"]["hits"]
    return {h["_source"]["external_id"]: h["_source"] | {"id": h["_id"]} for h in hits}
