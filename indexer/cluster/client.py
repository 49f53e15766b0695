"""Building the Elasticsearch client from trimova's settings, and saying in one line what
went wrong when the cluster cannot be used (:func:`describe_error`)."""
from __future__ import annotations

import re
from typing import Any, Mapping
from urllib.parse import urlsplit

from elasticsearch import ApiError, ConnectionTimeout, Elasticsearch, TransportError
from elasticsearch import SSLError as TlsError

from indexer.cluster.localnode import LocalNode, NodeError


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


def safe_hosts(config: Mapping[str, Any]) -> str:
    """The configured hosts without any ``user:password@`` part, for messages."""
    hosts = []
    for url in str(config.get("ES_URL") or "").split(","):
        parts = urlsplit(url.strip())
        if parts.hostname:
            port = f":{parts.port}" if parts.port else ""
            hosts.append(f"{parts.scheme}://{parts.hostname}{port}")
    return ", ".join(hosts) or "the local node"


def describe_error(exc: Exception, config: Mapping[str, Any]) -> str:
    """One line that says what went wrong with the cluster and what to check.

    It names hosts and settings, never a credential, and carries no traceback.
    """
    hosts = safe_hosts(config)
    if isinstance(exc, NodeError):
        return str(exc)
    if isinstance(exc, TlsError):
        return (f"Elasticsearch at {hosts}: the TLS certificate could not be verified "
                f"({_tls_reason(exc)}); TRIMOVA_ES_CA_CERTS must name the CA that signed "
                "the cluster's certificate")
    if isinstance(exc, ConnectionTimeout):
        return (f"Elasticsearch at {hosts} did not answer within {config.get('ES_TIMEOUT')} s "
                "(TRIMOVA_ES_TIMEOUT)")
    if isinstance(exc, TransportError):
        return (f"Elasticsearch is not reachable at {hosts} ({_connection_reason(exc)}); "
                "check TRIMOVA_ES_URL and that the cluster runs")
    if isinstance(exc, ApiError) and exc.meta.status == 401:
        return (f"Elasticsearch at {hosts} refused trimova's credentials (401): check "
                f"{_credentials_setting(config)}")
    if isinstance(exc, ApiError) and exc.meta.status == 403:
        return (f"Elasticsearch at {hosts} denied {_denied_action(exc)} (403): the API key's "
                "or user's role lacks a privilege trimova needs (see docs/deploy.md)")
    if isinstance(exc, ApiError):
        return f"Elasticsearch at {hosts} answered {exc.meta.status} ({_error_type(exc)})"
    return f"Elasticsearch at {hosts} failed: {type(exc).__name__}"


def _credentials_setting(config: Mapping[str, Any]) -> str:
    """Where the credentials that were refused came from."""
    if config.get("ES_API_KEY"):
        return "TRIMOVA_ES_API_KEY"
    if config.get("ES_USERNAME"):
        return "TRIMOVA_ES_USERNAME and TRIMOVA_ES_PASSWORD"
    if "@" in str(config.get("ES_URL") or ""):
        return "the user and password in TRIMOVA_ES_URL"
    return "TRIMOVA_ES_API_KEY (or TRIMOVA_ES_USERNAME and TRIMOVA_ES_PASSWORD): none is set"


def _tls_reason(exc: Exception) -> str:
    text = str(exc)
    for reason in ("certificate verify failed", "CERTIFICATE_VERIFY_FAILED", "hostname mismatch",
                   "self-signed certificate", "unable to get local issuer certificate",
                   "wrong version number"):
        if reason.lower() in text.lower():
            return reason.lower()
    return "TLS handshake failed"


def _connection_reason(exc: Exception) -> str:
    text = str(exc)
    for reason in ("Connection refused", "Name or service not known", "No route to host",
                   "Network is unreachable", "timed out", "Connection reset"):
        if reason.lower() in text.lower():
            return reason.lower()
    return "no connection"


def _denied_action(exc: ApiError) -> str:
    """``action [x] on indices [y]`` from a 403, without the key's id or the user name."""
    text = str(exc.message if isinstance(exc.message, str) else "") + " " + str(exc.body)
    action = re.search(r"action \[([^\]]+)\]", text)
    indices = re.search(r"on indices \[([^\]]+)\]", text)
    said = f"the action {action.group(1)}" if action else "an action"
    return said + (f" on {indices.group(1)}" if indices else "")


def _error_type(exc: ApiError) -> str:
    body = exc.body if isinstance(exc.body, dict) else {}
    error = body.get("error")
    return error.get("type", "error") if isinstance(error, dict) else str(exc.message)[:80]
