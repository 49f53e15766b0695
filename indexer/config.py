"""Loading trimova's settings: defaults, the TRIMOVA_CONFIG file, TRIMOVA_* variables.

The one loader for the CLI (through the app), the web app and the benchmarks. The config
file is checked against :data:`~indexer.settings.SETTINGS`: an unknown key or a value of the
wrong type is an error naming the file and the key, not a setting silently ignored.
Values from the environment are converted to the type of the setting's default, so
``TRIMOVA_ES_PASSWORD=12e3`` stays the string it is (Flask's ``from_prefixed_env``
would parse it as JSON and hand the client a number).
"""
from __future__ import annotations

import difflib
import json
import os
import re
import tomllib
from typing import Any, Mapping

from indexer.settings import PREFIX, SETTINGS, Setting, defaults

#: the variable naming the config file
CONFIG_VAR = f"{PREFIX}_CONFIG"

_BY_NAME = {s.name: s for s in SETTINGS}
_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}
#: what a config file's value must be, by the type of the setting's default
_EXPECTED = {bool: "true or false", int: "an integer", float: "a number",
             list: "a list of strings", str: "a string"}


class ConfigError(ValueError):
    """A setting has a value trimova cannot use; the message names the variable."""


def load_settings(environ: Mapping[str, str] | None = None,
                  overrides: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """Every setting: defaults, the TRIMOVA_CONFIG file, TRIMOVA_* variables, ``overrides``.

    :param environ: where ``TRIMOVA_*`` come from; None: ``os.environ``.
    :param overrides: applied last, unchecked (tests pass Flask's own keys this way).
    :raise ConfigError: a value trimova cannot use, named with where it came from.
    """
    environ = os.environ if environ is None else environ
    config = defaults()
    if environ.get(CONFIG_VAR):
        config.update(from_file(environ[CONFIG_VAR]))
    config.update(from_environ(environ))
    config.update(overrides or {})
    check(config)
    return config


def from_file(path: str) -> dict[str, Any]:
    """The settings in a TOML config file, each key and value checked."""
    data = _read_toml(path)
    return {key: _from_toml(path, key, value) for key, value in data.items()}


def _read_toml(path: str) -> dict[str, Any]:
    """The parsed file; ConfigError (naming the file) if it is missing or not TOML."""
    try:
        with open(path, "rb") as fh:
            return tomllib.load(fh)
    except OSError as exc:
        raise ConfigError(f"{CONFIG_VAR}={path}: cannot read the config file "
                          f"({exc.strerror or exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not a valid TOML file: {exc}") from None


def _from_toml(path: str, key: str, value: Any) -> Any:
    """``value`` if it fits setting ``key``; ConfigError naming the file and the key if not."""
    setting = _BY_NAME.get(key)
    if setting is None:
        raise ConfigError(f"{path}: unknown setting {key!r}{_did_you_mean(key)}")
    kind = type(setting.default)
    if not _fits(kind, value):
        raise ConfigError(f"{path}: {key} must be {_EXPECTED[kind]}, got {value!r}")
    return float(value) if kind is float else value


def _did_you_mean(key: str) -> str:
    """A hint naming the closest setting, or the list of them (keys take no prefix).

    >>> _did_you_mean("TRIMOVA_INDEX")
    "; did you mean 'INDEX'?"
    >>> _did_you_mean("page_size")
    "; did you mean 'PAGE_SIZE'?"
    """
    close = difflib.get_close_matches(key.upper().removeprefix(f"{PREFIX}_"), _BY_NAME, n=1)
    if close:
        return f"; did you mean {close[0]!r}?"
    return " (keys are the setting names of README's Configuration table, without a prefix)"


def _fits(kind: type, value: Any) -> bool:
    """Whether a TOML value has the type of a default of type ``kind``.

    >>> _fits(float, 1), _fits(int, True), _fits(list, ["a", 1])
    (True, False, False)
    """
    if kind is list:
        return isinstance(value, list) and all(isinstance(v, str) for v in value)
    if kind in (int, float) and isinstance(value, bool):
        return False  # a bool is an int to Python, not a number to a reader
    return isinstance(value, (int, float) if kind is float else kind)


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
