"""The production server (`trimova serve`, gunicorn) under abusive requests.

Each abuse gets a clear 4xx (or a 408 and a close, for the slow ones) while normal requests
keep being answered. One real server for the module, over the shared test cluster.
"""
from __future__ import annotations

import signal
import socket
import threading
import time
from urllib.parse import quote

import pytest

from indexer.store.schema import ensure_index
from tests.production_server import HOST, get, production_server, start, stop

#: short, so the slow clients' test stays quick
CLIENT_TIMEOUT = 3
SLOW_CLIENTS = 1000

pytestmark = pytest.mark.es


def _env(es_config: dict, alias: str, folder) -> dict[str, str]:
    env = {f"TRIMOVA_{k}": str(v) for k, v in es_config.items()}
    env.update(TRIMOVA_INDEX=alias, TRIMOVA_DATA_DIR=str(folder), TRIMOVA_EMBEDDING="off",
               TRIMOVA_WEB_CLIENT_TIMEOUT=str(CLIENT_TIMEOUT), TRIMOVA_ADMIN_PASSWORD="x")
    return env


@pytest.fixture(scope="module")
def server(es, es_config, tmp_path_factory):
    """`trimova serve` with 2 workers x 2 threads over an empty index; yield its URL."""
    from indexer.store.schema import drop_index
    alias = f"trimova-test-serve-{int(time.time())}"
    ensure_index(es, alias)
    folder = tmp_path_factory.mktemp("serve")
    env = _env(es_config, alias, folder)
    try:
        with production_server(env, folder / "serve.log", "--workers", "2",
                               "--threads", "2", ready_path="/?q=x") as base:
            yield base
    finally:
        drop_index(es, alias)


def _raw(base: str, request: bytes, timeout: float = 15) -> bytes:
    """Send ``request`` on a fresh connection (a failed send is fine) and read the answer."""
    with socket.create_connection((HOST, _port(base)), timeout=timeout) as sock:
        sender = threading.Thread(target=_send_all, args=(sock, request), daemon=True)
        sender.start()
        answer = b""
        try:
            while chunk := sock.recv(65536):
                answer += chunk
        except OSError:
            pass
        sender.join(timeout)
        return answer


def _send_all(sock: socket.socket, data: bytes) -> None:
    try:
        sock.sendall(data)
    except OSError:
        pass  # the server answered and closed before reading it all: that is the point


def _port(base: str) -> int:
    return int(base.rsplit(":", 1)[1])


def _normal_requests_work(base: str, count: int = 3, within: float = 8) -> None:
    for _ in range(count):
        started = time.monotonic()
        status, _body, _headers = get(f"{base}/?q={quote('ракета')}", timeout=within)
        assert status == 200 and time.monotonic() - started < within


def test_ten_megabyte_query_string_is_a_400(server):
    answer = _raw(server, b"GET /?q=" + b"a" * (10 * 1024 * 1024) + b" HTTP/1.1\r\nHost: x\r\n\r\n")
    assert answer.startswith(b"HTTP/1.1 414 ") or answer.startswith(b"HTTP/1.1 400 "), \
        answer[:200]
    assert b"Request Line is too large" in answer
    _normal_requests_work(server)


def test_raw_utf8_in_the_request_line_is_understood(server):
    request = "GET /api/search?q=ракета HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
    answer = _raw(server, request.encode())
    assert answer.startswith(b"HTTP/1.1 200 "), answer[:300]
    assert '"q":"ракета"' in answer.decode().replace(" ", "") or "ракета" in answer.decode()


def test_malformed_multipart_is_a_400_that_says_so(server):
    body = (b"--b0undary\r\nContent-Disposition: form-data; name=\"files\"; "
            b"filename=\"a.jsonl\"\r\n\r\n{\"url\": \"http://x.example/1\"")  # no end
    status, page, _ = _post(server + "/imports?ui=en", body,
                            "multipart/form-data; boundary=b0undary")
    assert status == 400 and "multipart body is malformed or cut short" in page
    status, page, _ = _post(server + "/imports?ui=uk", body, "multipart/form-data")  # no boundary
    assert status == 400 and "тіло multipart пошкоджене" in page
    _normal_requests_work(server)


def test_a_body_that_stops_coming_is_a_408(server):
    head = (b"POST /imports HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n"
            b"Content-Type: multipart/form-data; boundary=b0undary\r\n\r\n")
    with socket.create_connection((HOST, _port(server)), timeout=CLIENT_TIMEOUT + 10) as sock:
        sock.sendall(head + b"--b0undary\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n")
        started = time.monotonic()
        answer = sock.recv(65536)
        assert answer.startswith(b"HTTP/1.1 408 "), answer[:200]
        assert time.monotonic() - started < CLIENT_TIMEOUT + 5
    _normal_requests_work(server)


def test_a_thousand_slow_clients_do_not_starve_the_server(server):
    slow = []
    try:
        for _ in range(SLOW_CLIENTS):
            sock = socket.create_connection((HOST, _port(server)), timeout=10)
            sock.sendall(b"GET /?q=x HTTP/1.1\r\nHost: x\r\n")
            slow.append(sock)
        # they all trickle a header line now and then, and never finish
        for sock in slow:
            sock.sendall(b"X-Slow: 1\r\n")
        _normal_requests_work(server, count=5, within=5)
        for sock in slow:
            sock.sendall(b"X-Slow: 2\r\n")
        time.sleep(CLIENT_TIMEOUT + 2.5)  # past their deadline: answered 408 and closed
        timed_out = sum(_answered_408(sock) for sock in slow)
        assert timed_out == SLOW_CLIENTS
        _normal_requests_work(server)
    finally:
        for sock in slow:
            sock.close()


def _answered_408(sock: socket.socket) -> bool:
    sock.settimeout(5)
    try:
        return sock.recv(200).startswith(b"HTTP/1.1 408 ")
    except OSError:
        return False


def _post(url: str, body: bytes, content_type: str) -> tuple[int, str, dict]:
    import urllib.error
    import urllib.request
    req = urllib.request.Request(url, data=body, headers={"Content-Type": content_type})
    try:
        with urllib.request.urlopen(req, timeout=15) as resp:
            return resp.status, resp.read().decode(), dict(resp.headers)
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode(), dict(exc.headers)


def test_sigterm_finishes_the_requests_in_flight(es_config, tmp_path):
    proc, base = start(_env(es_config, "trimova-test-unused", tmp_path), tmp_path / "log",
                       "--workers", "1")
    try:
        form = b"username=archivist&password=wrong"
        with socket.create_connection((HOST, _port(base)), timeout=20) as sock:
            sock.sendall(b"POST /login HTTP/1.1\r\nHost: x\r\nContent-Length: "
                         + str(len(form)).encode() + b"\r\nContent-Type: "
                         b"application/x-www-form-urlencoded\r\n\r\n" + form[:10])
            time.sleep(1)  # the request is in a thread now, reading its body
            proc.send_signal(signal.SIGTERM)
            time.sleep(1)
            sock.sendall(form[10:])
            answer = sock.recv(65536)
        # answered (the CSRF check refuses the form), not dropped; then a clean exit
        assert answer.startswith(b"HTTP/1.1 400 "), answer[:200]
        assert proc.wait(timeout=30) == 0
    finally:
        stop(proc)


def test_a_worker_keeps_what_it_built_at_startup_out_of_the_collectors_sight():
    """A full collection skips frozen objects: the app's, built once per worker."""
    import gc

    from webui.server import ProductionServer
    assert gc.get_freeze_count() == 0
    built = []
    try:
        app = ProductionServer(lambda: built.append([object() for _ in range(1000)]) or "app",
                               {"bind": "127.0.0.1:0"}).load()
        assert app == "app" and gc.get_freeze_count() >= 1000
    finally:
        gc.unfreeze()
