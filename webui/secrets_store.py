"""Secrets the web app makes on first use and keeps in DATA_DIR (mode 0600).

Several server processes may start together on an empty DATA_DIR; each secret must still
end up made once. The value is written whole to a private temporary file, then linked to
its name: linking fails when the name exists, so exactly one process wins and the others
read the winner's value. A reader never sees half a file.
"""
from __future__ import annotations

import os
import secrets
import tempfile
from pathlib import Path


class SecretFileError(RuntimeError):
    """A kept secret's file exists but holds nothing usable."""


def kept_secret(data_dir: str, name: str, make=lambda: secrets.token_hex(32)) -> str:
    """A secret kept in ``DATA_DIR/<name>`` (mode 0600), made on first use by one process."""
    path = Path(data_dir) / name
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        _create(path, make())
    value = path.read_text(encoding="utf-8").strip()
    if not value:
        raise SecretFileError(f"{path} is empty: delete it and a new secret is made "
                              "at the next start")
    return value


def _create(path: Path, value: str) -> None:
    """Write ``value`` to ``path`` unless another process got there first (then keep theirs)."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:  # mkstemp makes it 0600
            fh.write(value)
            fh.flush()
            os.fsync(fh.fileno())
        try:
            os.link(tmp, path)  # atomic and exclusive, like O_EXCL, for a complete file
        except FileExistsError:
            pass  # another process won: its value is the one kept
    finally:
        os.unlink(tmp)


def secret_key(data_dir: str) -> str:
    """The session key kept in ``DATA_DIR/secret_key``."""
    return kept_secret(data_dir, "secret_key")


def admin_password(data_dir: str) -> str:
    """The web UI password kept in ``DATA_DIR/admin-password``."""
    return kept_secret(data_dir, "admin-password", lambda: secrets.token_urlsafe(12))
