"""The real app on a real socket: werkzeug's threaded server in a background thread.

Used by the browser tests (a page needs a URL, not a test client) and by the search load
benchmark. It binds 127.0.0.1 on a port the kernel picks, so runs never collide.
"""
from __future__ import annotations

import threading
from contextlib import contextmanager
from typing import Any, Callable, Iterator

from werkzeug.serving import make_server

HOST = "127.0.0.1"


@contextmanager
def serve(app: Callable[..., Any], host: str = HOST) -> Iterator[str]:
    """Serve ``app`` while the block runs; yield its base URL (no trailing slash)."""
    server = make_server(host, 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, name="live-server", daemon=True)
    thread.start()
    try:
        yield f"http://{host}:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)
