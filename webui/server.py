"""``trimova serve``: the web app on gunicorn (production) or Werkzeug's reloader (``--dev``).

gunicorn runs WEB_WORKERS processes of WEB_THREADS threads each. Every worker builds its
own app with :func:`webui.create_app` (no preloading: the embedding model and the
Elasticsearch client are made after the fork, never shared across it). SIGTERM stops
gracefully: the workers stop accepting, finish the requests in flight (at most
GRACEFUL_TIMEOUT seconds) and exit.
"""
from __future__ import annotations

import gc
import resource
from typing import Any, Callable, Mapping

from gunicorn.app.base import BaseApplication

from .head_worker import HeadFirstWorker

#: seconds a stopping worker gives the requests in flight
GRACEFUL_TIMEOUT = 30
#: seconds a worker may stay silent (one request blocking the event loop) before it is
#: restarted; requests themselves run in threads and are bounded by ES_TIMEOUT
WORKER_TIMEOUT = 120
#: the longest request line: a search of a few hundred Cyrillic letters, percent-encoded,
#: fits; anything longer is answered 400
MAX_REQUEST_LINE = 8190


def gunicorn_options(config: Mapping[str, Any], host: str, port: int) -> dict[str, Any]:
    """gunicorn's settings for trimova's: bind, workers, threads, timeouts, logs.

    >>> opts = gunicorn_options({"WEB_WORKERS": 3, "WEB_THREADS": 2}, "0.0.0.0", 8000)
    >>> opts["bind"], opts["workers"], opts["threads"]
    (['0.0.0.0:8000'], 3, 2)
    """
    return {
        "bind": [f"{host}:{port}"],
        "workers": int(config["WEB_WORKERS"]),
        "threads": int(config["WEB_THREADS"]),
        "worker_class": f"{HeadFirstWorker.__module__}.{HeadFirstWorker.__name__}",
        # slow heads wait in each worker's event loop, costing a descriptor, not a thread
        "worker_connections": _connection_limit(),
        "graceful_timeout": GRACEFUL_TIMEOUT,
        "timeout": WORKER_TIMEOUT,
        "keepalive": 5,
        "limit_request_line": MAX_REQUEST_LINE,
        "accesslog": "-",
        "errorlog": "-",
        "proc_name": "trimova-serve",
        # gunicorn's runtime control socket: one fixed path per user, which two servers on
        # one machine would share; trimova has no use for it
        "control_socket_disable": True,
    }


def _connection_limit() -> int:
    """Connections one worker may hold: 1000, or fewer if the descriptor limit is low."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard != resource.RLIM_INFINITY and soft < hard:
        resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))  # allowed without privilege
        soft = hard
    return max(16, min(1000, soft - 100))  # keep descriptors for ES, logs and the model


class ProductionServer(BaseApplication):
    """gunicorn with options given in code and the app made by ``factory`` in each worker."""

    def __init__(self, factory: Callable[[], Any], options: Mapping[str, Any]):
        self.factory = factory
        self.options = dict(options)
        super().__init__()

    def load_config(self) -> None:
        for key, value in self.options.items():
            self.cfg.set(key, value)

    def load(self):
        app = self.factory()
        # what the worker built at startup (catalogues, Babel's locale data, a model) stays
        # for its life: out of the collector's sight, a full collection in a search page's
        # worker took 1 ms instead of 32 (80,000 objects)
        gc.freeze()
        return app


def run_production(factory: Callable[[], Any], config: Mapping[str, Any], host: str,
                   port: int) -> None:
    """Serve until SIGTERM or SIGINT (gunicorn's graceful stop)."""
    HeadFirstWorker.client_timeout = float(config["WEB_CLIENT_TIMEOUT"])
    ProductionServer(factory, gunicorn_options(config, host, port)).run()


def run_development(app: Any, host: str, port: int) -> None:
    """Werkzeug's server with the reloader and the interactive debugger: never in production."""
    from werkzeug.serving import run_simple

    run_simple(host, port, app, threaded=True, use_reloader=True, use_debugger=True)
