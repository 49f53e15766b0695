"""One web import at a time across every server process: a queue file and a lock per import.

Several web workers (``gunicorn -w 4``) share ``DATA_DIR`` but no memory, so the turns are
kept on disk, in ``DATA_DIR/imports/``:

- ``queue.json`` lists the imports waiting or running, in the order they came. It is read
  and rewritten only under ``queue.lock`` (an exclusive ``fcntl.flock``, held for a moment).
- ``<id>/alive`` is locked (``flock``, exclusive) by the thread that runs the import, from
  the moment it is queued until it has written how it ended. The kernel lets go of the lock
  when that process ends, however it ends, so a queued or running import whose lock is free
  was cut off: it is *interrupted*. Any other import, in any process, is not.

An import runs when it is the first live one in the queue; it stays first until it ends,
so exactly one runs at a time, and the others follow in order. Waiting imports look again
every :data:`POLL` seconds; whoever looks drops the dead entries from the queue.
"""
from __future__ import annotations

import fcntl
import json
import os
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

QUEUE = "queue.json"
QUEUE_LOCK = "queue.lock"
ALIVE = "alive"
POLL = 0.2  # seconds between two looks at the queue while waiting


class Life:
    """The lock that says an import's thread is alive; hold it from queueing to the end."""

    def __init__(self, folder: Path):
        self.fd = os.open(folder / ALIVE, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
        try:
            fcntl.flock(self.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # a new import: nobody has it
        except BaseException:
            os.close(self.fd)
            raise

    def end(self) -> None:
        """Let go: from now on the import counts as ended (its status says how)."""
        if self.fd >= 0:
            os.close(self.fd)
            self.fd = -1


def is_alive(folder: Path) -> bool:
    """True while some thread, in any process, holds the import's life lock."""
    try:
        fd = os.open(folder / ALIVE, os.O_RDONLY | os.O_CLOEXEC)
    except FileNotFoundError:  # made before locks existed, or not yet queued
        return False
    try:
        # a shared probe: two processes looking at once do not mistake each other for it
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)
    return False


@contextmanager
def _queue_locked(root: Path) -> Iterator[list[str]]:
    """The queue's ids under the queue lock; changes to the list are written back."""
    root.mkdir(parents=True, exist_ok=True)
    fd = os.open(root / QUEUE_LOCK, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        ids = _read(root)
        before = list(ids)
        yield ids
        if ids != before:
            _write(root, ids)
    finally:
        os.close(fd)


def _read(root: Path) -> list[str]:
    try:
        return list(json.loads((root / QUEUE).read_text(encoding="utf-8")))
    except FileNotFoundError:
        return []


def _write(root: Path, ids: list[str]) -> None:
    fd, tmp = tempfile.mkstemp(prefix=".queue-", suffix=".tmp", dir=root)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(ids, fh)
        os.replace(tmp, root / QUEUE)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def join(root: Path, import_id: str) -> None:
    """Put an import (its life lock already held) at the end of the queue."""
    with _queue_locked(root) as ids:
        ids.append(import_id)


def leave(root: Path, import_id: str) -> None:
    """Take an import that has ended out of the queue."""
    with _queue_locked(root) as ids:
        ids[:] = [i for i in ids if i != import_id]


def is_turn(root: Path, import_id: str) -> bool:
    """True when ``import_id`` is the first live import in the queue (dead ones are dropped)."""
    with _queue_locked(root) as ids:
        ids[:] = [i for i in ids if is_alive(root / i)]
        return bool(ids) and ids[0] == import_id


def wait_turn(root: Path, import_id: str) -> None:
    """Return when ``import_id`` may run."""
    while not is_turn(root, import_id):
        time.sleep(POLL)
