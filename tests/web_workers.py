"""The real app under a real multi-process WSGI server, and a small cookie-keeping client.

:func:`start` is the one place that knows how the server is started (``trimova
serve``, the production server, with settings from ``TRIMOVA_*`` variables).
"""
from __future__ import annotations

import http.cookiejar
import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"


@dataclass
class Server:
    """A started server: its process, base URL and log file."""

    process: subprocess.Popen
    url: str
    log: Path
    workers: int

    def wait_ready(self, timeout: float = 120) -> None:
        """Return once every worker has booted and the server answers; fail with its log."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(f"the server ended early:\n{self.log.read_text()}")
            booted = self.log.read_text().count("Booting worker")
            if booted >= self.workers and _answers(self.url + "/login"):
                return
            time.sleep(0.2)
        raise AssertionError(f"the server was not ready in {timeout} s:\n{self.log.read_text()}")

    def stop(self) -> None:
        """Stop gracefully (SIGTERM), then for good if it lingers."""
        self.process.terminate()
        try:
            self.process.wait(30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(10)


def start(settings: dict[str, str], log_dir: Path, workers: int = 4, threads: int = 4) -> Server:
    """Start ``workers`` processes of ``threads`` threads on a free port (not waiting)."""
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRIMOVA_")}
    env.update(settings)
    trimova = Path(sys.executable).parent / "trimova"
    log = log_dir / f"server-{port}-{uuid.uuid4().hex[:6]}.log"
    with log.open("w") as out:
        process = subprocess.Popen(
            [str(trimova), "serve", "--workers", str(workers), "--threads", str(threads),
             "--host", HOST, "--port", str(port)],
            cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    return Server(process, f"http://{HOST}:{port}", log, workers)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=5):
            return True
    except (OSError, urllib.error.URLError):
        return False


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):  # a 302 is an answer to look at
        return None


class Browser:
    """Keeps cookies like a browser (shareable between servers); never follows redirects."""

    def __init__(self, cookies: http.cookiejar.CookieJar | None = None):
        self.cookies = cookies if cookies is not None else http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(self.cookies), _NoRedirect())

    def request(self, url: str, data: bytes | None = None,
                headers: dict[str, str] | None = None) -> tuple[int, dict, str]:
        """(status, headers, body) of one request."""
        req = urllib.request.Request(url, data=data, headers=headers or {})
        try:
            with self.opener.open(req, timeout=60) as resp:
                return resp.status, dict(resp.headers), resp.read().decode("utf-8")
        except urllib.error.HTTPError as err:
            return err.code, dict(err.headers), err.read().decode("utf-8")

    def token(self, url: str) -> str:
        """The CSRF token of the form on ``url``."""
        status, _, page = self.request(url)
        assert status == 200, (url, status)
        return re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)

    def login(self, base: str, password: str) -> int:
        """Log in as the archivist; the status (302 on success)."""
        fields = {"username": "archivist", "password": password,
                  "csrf_token": self.token(base + "/login")}
        body, ctype = _multipart(fields, [])
        return self.request(base + "/login", body, {"Content-Type": ctype})[0]

    def upload(self, base: str, name: str, content: bytes, token: str) -> str:
        """Upload one file on /imports with the session's CSRF ``token``; the import's id."""
        fields = {"format": "detect", "csrf_token": token}
        body, ctype = _multipart(fields, [("files", name, content)])
        status, headers, page = self.request(base + "/imports", body, {"Content-Type": ctype})
        assert status == 302, (status, page)
        return re.fullmatch(r"/imports/([\w-]+)", headers["Location"]).group(1)


def _multipart(fields: dict[str, str], files: list[tuple[str, str, bytes]]) -> tuple[bytes, str]:
    """A multipart/form-data body and its content type."""
    boundary = uuid.uuid4().hex
    parts = []
    for key, value in fields.items():
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{key}"\r\n\r\n'
                     f"{value}\r\n".encode("utf-8"))
    for key, name, content in files:
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{key}"; '
                     f'filename="{name}"\r\nContent-Type: application/octet-stream\r\n\r\n'
                     .encode("utf-8") + content + b"\r\n")
    parts.append(f"--{boundary}--\r\n".encode("utf-8"))
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"
