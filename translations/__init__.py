"""Optional machine translation of archive texts: argostranslate models run by CTranslate2.

argostranslate is imported only inside functions, so trimova works fully without it; install
it with scripts/install-translate.sh (no torch). Models are Argos `.argosmodel` packages in an
explicit models_dir (trimova's DATA_DIR/models); nothing is ever downloaded.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

from translations import engine
from translations.errors import INSTALL_HINT, InvalidModel, TranslationUnavailable
from translations.packages import install_package, installed, lang_code, list_packages

__all__ = ["InvalidModel", "TranslationUnavailable", "can_translate", "install_model",
           "installed_pairs", "is_installed", "lang_code", "list_models", "translate"]


def is_installed() -> bool:
    """True when argostranslate, CTranslate2 and SentencePiece are there (none is imported)."""
    return all(importlib.util.find_spec(name) is not None
               for name in ("argostranslate", "ctranslate2", "sentencepiece"))


def installed_pairs(models_dir: str | Path) -> list[tuple[str, str]]:
    """The (source, target) pairs that installed models translate directly."""
    return sorted(installed(models_dir))


def can_translate(source: str, target: str, models_dir: str | Path) -> bool:
    """True if translate() can do source → target (directly or through one other language)."""
    source, target = lang_code(source), lang_code(target)
    return source == target or (is_installed() and _route(source, target, models_dir) is not None)


def translate(text: str, source: str, target: str, models_dir: str | Path) -> str:
    """Translate text; TranslationUnavailable (saying the fix) without argostranslate or model."""
    source, target = lang_code(source), lang_code(target)
    if source == target:
        return text
    if not is_installed():
        raise TranslationUnavailable(f"machine translation is not installed: {INSTALL_HINT}")
    route = _route(source, target, models_dir)
    if route is None:
        have = ", ".join(f"{a}→{b}" for a, b in installed_pairs(models_dir)) or "none"
        raise TranslationUnavailable(
            f"no translation model for {source}→{target} in {models_dir} (installed: {have}); "
            "get its Argos package (.argosmodel) and run `trimova models install FILE`")
    for pkg_dir in route if text.strip() else []:
        text = engine.translate_text(text, pkg_dir)
    return text


def install_model(path: str | Path, models_dir: str | Path) -> tuple[str, str]:
    """Install an .argosmodel file into models_dir; return its (source, target) pair."""
    pair = install_package(path, models_dir)
    engine.forget(Path(models_dir).resolve())
    return pair


def list_models(models_dir: str | Path) -> list[dict]:
    """Installed models: source, target, name, version and path of each."""
    return list_packages(models_dir)


def _route(source: str, target: str, models_dir: str | Path) -> list[Path] | None:
    """Package folders that translate source → target: one model, or two through a pivot."""
    models = installed(models_dir)
    if (source, target) in models:
        return [models[source, target]]
    for (first, pivot), pkg_dir in sorted(models.items()):
        if first == source and (pivot, target) in models:
            return [pkg_dir, models[pivot, target]]
    return None


def translator_for(models_dir: str | Path):
    """A cached ``(text, source, target) -> str | None`` over the installed models, or None.

    None when argostranslate or every model is missing, so callers skip the evidence
    instead of failing; the function itself answers None for a pair it cannot translate.
    """
    if not is_installed() or not installed_pairs(models_dir):
        return None
    from functools import lru_cache

    @lru_cache(maxsize=4096)
    def run(text: str, source: str, target: str) -> str | None:
        if not can_translate(source, target, models_dir):
            return None
        return translate(text, source, target, models_dir)

    return run
