"""Building the Elasticsearch client from trimova's settings."""
from __future__ import annotations

from typing import Any, Mapping

from elasticsearch import Elasticsearch

from indexer.cluster.localnode import LocalNode


def node_from_config(config: Mapping[str, Any]) -> LocalNode:
    """The managed local node described by the settings."""
    return LocalNode(config["DATA_DIR"], version=config["ES_VERSION"],
                     es_home=config.get("ES_HOME") or None, heap=config["ES_HEAP"],
                     port=config["ES_PORT"], run_as=config["ES_RUN_AS"])


def client_options(config: Mapping[str, Any]) -> dict[str, Any]:
    """Keyword arguments for :class:`Elasticsearch`: hosts, auth, TLS, timeouts.

    With ES_URL empty they point at the managed local node (NodeError if it is down).
    """
    opts: dict[str, Any] = {
        "request_timeout": float(config["ES_TIMEOUT"]),
        "retry_on_timeout": True,
        "max_retries": 3,
        "retry_on_status": (502, 503, 504),
    }
    if config.get("ES_URL"):
        opts["hosts"] = [h.strip() for h in str(config["ES_URL"]).split(",") if h.strip()]
        if config.get("ES_API_KEY"):
            opts["api_key"] = config["ES_API_KEY"]
        elif config.get("ES_USERNAME"):
            opts["basic_auth"] = (config["ES_USERNAME"], config.get("ES_PASSWORD", ""))
        if config.get("ES_CA_CERTS"):
            opts["ca_certs"] = config["ES_CA_CERTS"]
        opts["verify_certs"] = bool(config.get("ES_VERIFY_CERTS", True))
        return opts
    conn = node_from_config(config).connection()
    opts["hosts"] = [conn["url"]]
    opts["basic_auth"] = (conn["username"], conn["password"])
    return opts


def make_client(config: Mapping[str, Any]) -> Elasticsearch:
    """A client for the configured cluster."""
    return Elasticsearch(**client_options(config))
