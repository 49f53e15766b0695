"""The managed node: the parts that need no running node, and `trimova es` against one."""
from __future__ import annotations

import os
import stat

import pytest

from indexer.cluster import localnode as esnode
from indexer.cluster.localnode import LocalNode, NodeError


def test_password_file_is_private_and_stable(tmp_path):
    node = LocalNode(tmp_path)
    pw = node.password()
    assert pw == LocalNode(tmp_path).password() and len(pw) >= 24
    assert stat.S_IMODE(os.stat(node.credentials_file).st_mode) == 0o600


def test_connection_to_a_stopped_node_names_the_fix(tmp_path):
    with pytest.raises(NodeError, match="trimova es start"):
        LocalNode(tmp_path).connection()
    assert LocalNode(tmp_path).status().running is False
    assert LocalNode(tmp_path).stop() is False


def test_missing_dictionary_names_the_package(monkeypatch):
    monkeypatch.setattr(esnode, "HUNSPELL_DIRS", ("/nonexistent",))
    with pytest.raises(NodeError, match="apt-get install hunspell-uk"):
        esnode.find_hunspell_dir("uk_UA")


def test_missing_maven_names_the_fix(tmp_path, monkeypatch):
    monkeypatch.setattr(esnode.shutil, "which", lambda name: None)
    node = LocalNode(tmp_path, version="0.0.0-not-cached")
    monkeypatch.setattr(LocalNode, "cache_dir", property(lambda self: tmp_path / "dist"))
    with pytest.raises(NodeError, match="apt-get install maven"):
        node.es_home()


def test_es_home_must_be_a_distribution(tmp_path):
    with pytest.raises(NodeError, match="no bin/elasticsearch"):
        LocalNode(tmp_path, es_home=str(tmp_path)).es_home()


def test_free_port_is_bindable():
    import socket
    port = esnode.free_port()
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", port))


def test_running_test_node_reports_status(test_node, es):
    if test_node is None:  # an external cluster: the managed node is not in use
        assert es.cluster.health()["status"] in ("green", "yellow")
        return
    status = test_node.status()
    assert status.running and status.health in ("green", "yellow")
    assert status.url.startswith("http://127.0.0.1:")
    if os.geteuid() == 0:  # Elasticsearch refuses root: the node runs as its own user
        import pwd
        owner = os.stat(test_node.runtime_dir / "data").st_uid
        assert pwd.getpwuid(owner).pw_name == test_node.run_as


def test_security_is_on(es_config):
    """Without credentials the cluster refuses us: the auth path is real."""
    from elasticsearch import AuthenticationException, Elasticsearch
    anonymous = Elasticsearch(es_config["ES_URL"].split(",")[0])
    with pytest.raises(AuthenticationException):
        anonymous.cluster.health()


def test_a_second_start_waits_and_reuses_the_node(test_node):
    if test_node is None:
        return  # an external cluster
    again = LocalNode(test_node.data_dir).start(timeout=60)
    assert again.running and again.pid == test_node.status().pid


def test_the_first_port_is_kept_for_the_next_starts(tmp_path):
    port = LocalNode(tmp_path).http_port()
    assert LocalNode(tmp_path).http_port() == port
    assert LocalNode(tmp_path).port_file.read_text().strip() == str(port)
    other = esnode.free_port()
    assert LocalNode(tmp_path, port=other).http_port() == other  # TRIMOVA_ES_PORT wins
    assert LocalNode(tmp_path).http_port() == port  # and is not kept


def test_a_kept_port_taken_by_another_program_is_named(tmp_path):
    import socket
    port = LocalNode(tmp_path).http_port()
    with socket.socket() as squatter:
        squatter.bind(("127.0.0.1", port))
        squatter.listen()
        with pytest.raises(NodeError, match=f"port {port} .*is taken by another program.*"
                                            "TRIMOVA_ES_PORT"):
            LocalNode(tmp_path).http_port()
