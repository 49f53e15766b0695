"""Secrets the web app makes on first use and keeps in DATA_DIR (mode 0600)."""
from __future__ import annotations

import os
import secrets
from pathlib import Path


def kept_secret(data_dir: str, name: str, make=lambda: secrets.token_hex(32)) -> str:
    """A secret kept in ``DATA_DIR/<name>`` (mode 0600), made on first use."""
    path = Path(data_dir) / name
    if path.exists():
        return path.read_text().strip()
    path.parent.mkdir(parents=True, exist_ok=True)
    value = make()
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(value)
    return value


def secret_key(data_dir: str) -> str:
    """The session key kept in ``DATA_DIR/secret_key``."""
    return kept_secret(data_dir, "secret_key")


def admin_password(data_dir: str) -> str:
    """The web UI password kept in ``DATA_DIR/admin-password``."""
    return kept_secret(data_dir, "admin-password", lambda: secrets.token_urlsafe(12))
