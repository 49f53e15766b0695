"""Loading trimova's settings: defaults, an optional config file, then TRIMOVA_* variables.

Values from the environment are converted to the type of the setting's default, so
``TRIMOVA_ES_PASSWORD=12e3`` stays the string it is (Flask's ``from_prefixed_env``
would parse it as JSON and hand the client a number).
"""
from __future__ import annotations

import json
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
        if kind is list:
            return _string_list(raw)
        if kind is bool:
            low = raw.strip().lower()
            if low not in _TRUE | _FALSE:
                raise ValueError
            return low in _TRUE
        return kind(raw) if kind in (int, float) else raw
    except (ValueError, json.JSONDecodeError):
        raise ConfigError(f"{origin}: expected {kind.__name__}, got {raw!r}") from None


def check(config: Mapping[str, Any]) -> None:
    """Settings that must make sense together; ConfigError naming the setting otherwise."""
    import re
    for rule in config.get("ALIGN_URL_RULES") or []:
        try:
            if "key" not in re.compile(rule).groupindex:
                raise ConfigError(f"ALIGN_URL_RULES: {rule!r} has no (?P<key>...) group")
        except re.error as exc:
            raise ConfigError(f"ALIGN_URL_RULES: {rule!r} is not a regular expression: "
                              f"{exc}") from None


def _string_list(raw: str) -> list[str]:
    """A JSON list of strings.

    >>> _string_list('["a", "b"]')
    ['a', 'b']
    """
    value = json.loads(raw)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError
    return value


def from_environ(environ: Mapping[str, str]) -> dict[str, Any]:
    """The settings given as ``TRIMOVA_<NAME>`` variables, typed."""
    out = {}
    for s in SETTINGS:
        key = f"{PREFIX}_{s.name}"
        if key in environ:
            out[s.name] = coerce(s, environ[key], key)
    return out


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
