"""A gunicorn threaded worker that reads each request's head before it takes a thread.

gunicorn's own ``gthread`` worker hands a connection to a thread as soon as its first bytes
arrive, and the thread then blocks until the headers are complete, however slowly they
come. A few hundred clients trickling their headers (slowloris) hold every thread and the
archive stops answering. This worker keeps a connection in its event loop, collecting
bytes without blocking, until the head is complete (or too large for the parser to accept,
which then answers 400 at once); only then does a thread parse and serve it. A head not
complete after ``client_timeout`` seconds is answered 408 and closed. Kept-alive
connections go through the same gate for their next request. While a thread serves a
connection, its socket waits at most ``client_timeout`` for each read or write: a body
trickled in, or a response never read, frees the thread after that (a form body then
gives a 408, see :mod:`webui.forms`).

A request line with raw UTF-8 (``curl '...?q=ракети'``), which gunicorn's parser refuses,
gets those bytes percent-encoded first, as a browser would have sent them.
"""
from __future__ import annotations

import errno
import selectors
import time
from collections import deque
from functools import partial
from urllib.parse import quote

from gunicorn.workers.gthread import ThreadWorker, TConn

#: bytes that end a request's head
HEAD_END = b"\r\n\r\n"
#: past this many bytes without an end, the head goes to the parser, which rejects it
#: (request line over 8190 bytes, header field over 8190) with a 400
MAX_HEAD = 64 * 1024
TIMEOUT_RESPONSE = (b"HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n"
                    b"Content-Type: text/plain; charset=utf-8\r\nContent-Length: 44\r\n\r\n"
                    b"The request's headers took too long to send\n")


def encode_raw_target(head: bytes) -> bytes:
    """The head with the non-ASCII bytes of its request line percent-encoded.

    >>> encode_raw_target("GET /?q=ракета HTTP/1.1\\r\\nHost: x\\r\\n\\r\\n".encode())
    b'GET /?q=%D1%80%D0%B0%D0%BA%D0%B5%D1%82%D0%B0 HTTP/1.1\\r\\nHost: x\\r\\n\\r\\n'
    """
    line, sep, rest = bytes(head).partition(b"\n")
    if line.isascii():
        return bytes(head)
    return quote(line, safe=bytes(range(128))).encode("ascii") + sep + rest


class TimedConn(TConn):
    """A connection whose socket never blocks a thread longer than ``client_timeout``."""

    client_timeout: float = 10.0

    def init(self):
        # gunicorn makes the socket blocking (no timeout) before each request; bound it
        super().init()
        self.sock.settimeout(self.client_timeout)


class HeadFirstWorker(ThreadWorker):
    """``gthread`` with request heads collected in the event loop (see the module's doc)."""

    #: seconds a client has to send a whole head, and may stay silent later; set by the
    #: server from WEB_CLIENT_TIMEOUT
    client_timeout: float = 10.0

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.reading_conns: deque[TConn] = deque()  # oldest deadline first

    def accept(self, listener):
        """A new connection waits in the event loop for its head, holding no thread."""
        try:
            sock, addr = listener.accept()
        except OSError as exc:
            if exc.errno in (errno.EAGAIN, errno.ECONNABORTED, errno.EWOULDBLOCK,
                             errno.EMFILE, errno.ENFILE):
                return  # out of descriptors: leave it in the backlog until one is freed
            raise
        self.nr_conns += 1
        conn = TimedConn(self.cfg, sock, addr, listener.getsockname())
        conn.client_timeout = self.client_timeout
        self._await_head(conn)

    def on_client_socket_readable(self, conn, client):
        """A kept-alive connection's next request goes through the same gate."""
        self.poller.unregister(client)
        self.keepalived_conns.remove(conn)
        self._await_head(conn)

    def _await_head(self, conn: TConn) -> None:
        conn.sock.setblocking(False)
        conn.head = bytearray()
        conn.timeout = time.monotonic() + self.client_timeout
        self.reading_conns.append(conn)
        self.poller.register(conn.sock, selectors.EVENT_READ, partial(self._on_head_bytes, conn))

    def _on_head_bytes(self, conn: TConn, _sock) -> None:
        try:
            data = conn.sock.recv(65536)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            data = b""
        if not data:  # the client went away
            self._stop_reading(conn)
            self._drop(conn)
            return
        conn.head += data
        if HEAD_END in conn.head or b"\n\n" in conn.head or len(conn.head) > MAX_HEAD:
            self._stop_reading(conn)
            conn.data_ready = True
            conn.head = encode_raw_target(conn.head)
            self.enqueue_req(conn)

    def _stop_reading(self, conn: TConn) -> None:
        self.poller.unregister(conn.sock)
        self.reading_conns.remove(conn)

    def _drop(self, conn: TConn) -> None:
        self.nr_conns -= 1
        conn.close()

    def handle(self, conn):
        """Serve a connection whose head is in memory: give the bytes to its parser first."""
        head = getattr(conn, "head", None)
        if head is not None:
            conn.head = None
            conn.sock.setblocking(True)
            conn.init()
            conn.parser.unreader.unread(bytes(head))
        return super().handle(conn)

    def murder_pending(self):
        """Besides gunicorn's own, close heads past their deadline with a 408."""
        super().murder_pending()
        now = time.monotonic()
        while self.reading_conns and self.reading_conns[0].timeout <= now:
            conn = self.reading_conns[0]
            self._stop_reading(conn)
            try:
                conn.sock.send(TIMEOUT_RESPONSE)  # best effort: the socket is non-blocking
            except OSError:
                pass
            self._drop(conn)
