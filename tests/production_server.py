"""The real production server, ``trimova serve`` (gunicorn), as a subprocess on a free port.

Used by the tests of node restarts and abusive requests, and by ``bench/serve_load.py``.
"""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Mapping

ROOT = Path(__file__).resolve().parent.parent
TRIMOVA = Path(sys.executable).parent / "trimova"
HOST = "127.0.0.1"


def free_port() -> int:
    """A TCP port on 127.0.0.1 nothing listens on now."""
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def get(url: str, timeout: float = 10) -> tuple[int, str, dict]:
    """GET ``url``: (status, body, headers), an HTTP error being an answer like any other."""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as resp:
            return resp.status, resp.read().decode("utf-8", "replace"), dict(resp.headers)
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode("utf-8", "replace"), dict(exc.headers)


@contextmanager
def production_server(env: Mapping[str, str], log_path: Path, *args: str,
                      ready_path: str = "/login", timeout: float = 90) -> Iterator[str]:
    """Run ``trimova serve`` with ``env`` (on top of ours) until the block ends; yield its URL.

    Stopped with SIGTERM (gunicorn's graceful stop) and waited for.
    """
    proc, base = start(env, log_path, *args, ready_path=ready_path, timeout=timeout)
    try:
        yield base
    finally:
        stop(proc)


def start(env: Mapping[str, str], log_path: Path, *args: str, ready_path: str = "/login",
          timeout: float = 90) -> tuple[subprocess.Popen, str]:
    """Start ``trimova serve``; return it and its URL once ``ready_path`` answers at all."""
    port = free_port()
    base = f"http://{HOST}:{port}"
    with open(log_path, "wb") as log:
        proc = subprocess.Popen([str(TRIMOVA), "serve", "--host", HOST, "--port", str(port),
                                 *args], cwd=ROOT, env={**os.environ, **env}, stdout=log,
                                stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    try:
        _wait_ready(base + ready_path, proc, log_path, timeout)
    except BaseException:
        stop(proc)
        raise
    return proc, base


def stop(proc: subprocess.Popen, timeout: float = 40) -> int:
    """SIGTERM the server we started and wait for it (SIGKILL after ``timeout``)."""
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    return proc.returncode


def _wait_ready(url: str, proc: subprocess.Popen, log_path: Path, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"trimova serve exited with {proc.returncode}:\n"
                               f"{log_path.read_text(errors='replace')[-2000:]}")
        try:
            get(url, timeout=5)
            return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"trimova serve did not answer within {timeout:.0f} s")
