"""Loading trimova's settings: defaults, an optional config file, then TRIMOVA_* variables.

Values from the environment are converted to the type of the setting's default, so
``TRIMOVA_ES_PASSWORD=12e3`` stays the string it is (Flask's ``from_prefixed_env``
would parse it as JSON and hand the client a number).
"""
from __future__ import annotations

import os
import secrets
from pathlib import Path
from typing import Any, Mapping

from indexer.settings import PREFIX, SETTINGS, Setting

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


class ConfigError(ValueError):
    """A setting has a value trimova cannot use; the message names the variable."""


def coerce(setting: Setting, raw: str, origin: str) -> Any:
    """Convert a string to the type of ``setting``'s default.

    >>> coerce(Setting("PORT", 5000, ""), "5001", "env")
    5001
    """
    kind = type(setting.default)
    try:
        if kind is bool:
            low = raw.strip().lower()
            if low not in _TRUE | _FALSE:
                raise ValueError
            return low in _TRUE
        return kind(raw) if kind in (int, float) else raw
    except ValueError:
        raise ConfigError(f"{origin}: expected {kind.__name__}, got {raw!r}") from None


def from_environ(environ: Mapping[str, str]) -> dict[str, Any]:
    """The settings given as ``TRIMOVA_<NAME>`` variables, typed."""
    out = {}
    for s in SETTINGS:
        key = f"{PREFIX}_{s.name}"
        if key in environ:
            out[s.name] = coerce(s, environ[key], key)
    return out


def secret_key(data_dir: str) -> str:
    """The session key kept in ``DATA_DIR/secret_key`` (mode 0600), made on first use."""
    path = Path(data_dir) / "secret_key"
    if path.exists():
        return path.read_text().strip()
    path.parent.mkdir(parents=True, exist_ok=True)
    key = secrets.token_hex(32)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(key)
    return key
