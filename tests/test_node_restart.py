"""A managed node of its own, stopped and started under a running `trimova serve`.

The pages answer 503 while the node is away and come back by themselves once it is up
again, at another URL, without restarting the server; a second start on the same data
folder says a node runs there instead of failing in Java.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from indexer.cluster.client import make_client
from indexer.cluster.localnode import LocalNode, free_port
from indexer.settings import defaults
from indexer.store.schema import ensure_index
from tests.conftest import running_node
from tests.production_server import get, production_server

TRIMOVA = Path(sys.executable).parent / "trimova"
ALIAS = "trimova-restart"


@pytest.fixture(scope="module")
def node():
    managed = running_node(f"restart-{uuid.uuid4().hex[:8]}", heap="512m")
    started = next(managed)
    yield started
    managed.close()  # stops and removes the node
    shutil.rmtree(started.data_dir, ignore_errors=True)  # and the app's files beside it


def _env(node: LocalNode) -> dict[str, str]:
    """Settings pointing the server and the CLI at the managed node (not the shared cluster)."""
    return {"TRIMOVA_ES_URL": "", "TRIMOVA_DATA_DIR": str(node.data_dir),
            "TRIMOVA_ES_VERSION": node.version, "TRIMOVA_INDEX": ALIAS,
            "TRIMOVA_EMBEDDING": "off", "TRIMOVA_ADMIN_PASSWORD": "x"}


def _wait_for(base: str, status: int, within: float) -> float:
    """Seconds until the search page answers ``status``; fails after ``within``."""
    started = time.monotonic()
    while time.monotonic() - started < within:
        if get(base + "/?q=x", timeout=10)[0] == status:
            return time.monotonic() - started
        time.sleep(0.5)
    pytest.fail(f"the search page did not answer {status} within {within:.0f} s")


def test_pages_recover_after_the_node_restarts_elsewhere(node, tmp_path):
    client = make_client({**defaults(), "DATA_DIR": str(node.data_dir)})
    ensure_index(client, ALIAS)
    client.close()
    with production_server(_env(node), tmp_path / "serve.log", "--workers", "2",
                           ready_path="/?q=x") as base:
        _wait_for(base, 200, 30)
        node.stop()
        status, page, headers = get(base + "/?q=x&ui=en")
        assert status == 503 and "This page will work again as soon as it is back" in page
        assert "`" not in page and headers["Retry-After"] == "5"
        # started again on another port: the URL the server's client knew is gone
        moved = LocalNode(node.data_dir, version=node.version, heap=node.heap, port=free_port())
        moved.start(timeout=240)
        assert moved.status().url != f"http://127.0.0.1:{node.port_file.read_text().strip()}"
        _wait_for(base, 200, 20)  # with both workers: each found the new URL by itself
        assert all(get(base + "/?q=x")[0] == 200 for _ in range(6))


def test_second_start_on_a_running_folder_names_the_node(node):
    env = {**os.environ, **_env(node)}
    status = node.status()
    proc = subprocess.run([str(TRIMOVA), "es", "start"], env=env, capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert f"already running in {node.data_dir}: pid {status.pid}, {status.url}" in proc.stdout
    # a node whose start record was lost: a second one must not be started beside it
    state = node.state_file.read_text()
    node.state_file.unlink()
    try:
        proc = subprocess.run([str(TRIMOVA), "es", "start"], env=env, capture_output=True,
                              text=True, timeout=120)
    finally:
        node.state_file.write_text(state)
    assert proc.returncode == 1
    assert f"a node is already running on {node.runtime_dir} (pid {status.pid}, " \
           f"{status.url})" in proc.stderr
    assert "Exception" not in proc.stderr and node.status().running
