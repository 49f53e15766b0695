"""Installing a model from an Argos package index (needs a network; the tests serve one locally)."""
from __future__ import annotations

import json
import tempfile
import urllib.error
import urllib.request
from pathlib import Path

from translations.errors import TranslationUnavailable
from translations.packages import lang_code

FETCH_TIMEOUT = 60


def default_index_url() -> str:
    """argostranslate's own package index address (read from its settings, not written here)."""
    from translations.engine import _import_argos
    return _import_argos(Path(tempfile.gettempdir())).settings.remote_package_index


def find_package(index: list[dict], source: str, target: str) -> dict:
    """The index entry translating source → target; TranslationUnavailable if there is none.

    >>> find_package([{"from_code": "uk", "to_code": "en", "links": ["u"]}], "ua", "en")["links"]
    ['u']
    """
    for entry in index:
        if (lang_code(entry.get("from_code", "")), lang_code(entry.get("to_code", ""))) == (
                lang_code(source), lang_code(target)) and entry.get("links"):
            return entry
    pairs = ", ".join(f"{e.get('from_code')}→{e.get('to_code')}" for e in index) or "none"
    raise TranslationUnavailable(f"the package index has no {source}→{target} model "
                                 f"(it has: {pairs})")


def _fetch(url: str) -> bytes:
    try:
        with urllib.request.urlopen(url, timeout=FETCH_TIMEOUT) as resp:
            return resp.read()
    except (urllib.error.URLError, OSError, ValueError) as exc:
        raise TranslationUnavailable(
            f"cannot download {url} ({exc}); without a network, fetch the .argosmodel file "
            "elsewhere and run `trimova models install FILE`") from exc


def install_from_index(source: str, target: str, models_dir: str | Path,
                       index_url: str | None = None) -> tuple[str, str]:
    """Download the source → target model named by the package index and install it."""
    url = index_url or default_index_url()
    try:
        index = json.loads(_fetch(url))
    except ValueError as exc:
        raise TranslationUnavailable(f"{url} is not a package index (not JSON: {exc})") from exc
    entry = find_package(index if isinstance(index, list) else [], source, target)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "model.argosmodel"
        path.write_bytes(_fetch(entry["links"][0]))
        from translations import install_model
        return install_model(path, models_dir)
