"""Translation with an installed Argos package: argostranslate + CTranslate2, imported lazily.

Only `argostranslate.package` (metadata, tokenizers) is used, never `argostranslate.translate`:
that module imports `argostranslate.sbd`, which imports stanza (and so torch) at import time
and picks a sentence splitter that downloads its model. The translate loop below follows
argostranslate's `apply_packaged_translation`, with our own sentence splitting.
"""
from __future__ import annotations

import os
import sys
import threading
from pathlib import Path

from translations.errors import INSTALL_HINT, TranslationUnavailable
from translations.sentences import split_sentences

MAX_DECODING_LENGTH = 512  # tokens; sentences are at most MAX_CHARS characters anyway
_lock = threading.Lock()
# package folder -> (metadata.json mtime, argostranslate Package, ctranslate2.Translator)
_loaded: dict[Path, tuple] = {}


def translate_text(text: str, pkg_dir: Path) -> str:
    """Translate text with the package in pkg_dir, paragraph by paragraph (lines kept)."""
    pkg, translator = _load(pkg_dir)
    paragraphs = [split_sentences(line) for line in text.split("\n")]
    done = iter(_translate_sentences(pkg, translator, [s for p in paragraphs for s in p]))
    return "\n".join(" ".join(next(done) for _ in sentences) for sentences in paragraphs)


def forget(models_dir: Path) -> None:
    """Drop cached translators of models_dir (after an install replaced a package)."""
    with _lock:
        for pkg_dir in [d for d in _loaded if d.parent == models_dir]:
            del _loaded[pkg_dir]


def _load(pkg_dir: Path) -> tuple:
    # The stamp notices a package replaced by another process (`trimova models install`).
    stamp = (pkg_dir / "metadata.json").stat().st_mtime_ns
    with _lock:
        if _loaded.get(pkg_dir, (None,))[0] != stamp:
            argos = _import_argos(pkg_dir.parent)
            import ctranslate2

            s = argos.settings
            translator = ctranslate2.Translator(
                str(pkg_dir / "model"), device=s.device, inter_threads=s.inter_threads,
                intra_threads=s.intra_threads, compute_type=s.compute_type)
            _loaded[pkg_dir] = stamp, argos.package.Package(pkg_dir), translator
        return _loaded[pkg_dir][1:]


def _import_argos(models_dir: Path):
    """argostranslate, its settings pointed at models_dir if this is the first import."""
    if "argostranslate.settings" not in sys.modules:
        # settings reads ARGOS_PACKAGES_DIR once, at import, and creates that folder: give it
        # ours during the import only, so child processes do not inherit it.
        previous = os.environ.get("ARGOS_PACKAGES_DIR")
        os.environ["ARGOS_PACKAGES_DIR"] = str(models_dir)
        try:
            return _import_package()
        finally:
            if previous is None:
                del os.environ["ARGOS_PACKAGES_DIR"]
            else:
                os.environ["ARGOS_PACKAGES_DIR"] = previous
    return _import_package()


def _import_package():
    try:
        import argostranslate.package
        import argostranslate.settings  # noqa: F401  (device, threads, beam size)
    except ImportError as exc:
        raise TranslationUnavailable(
            f"machine translation is not installed ({exc}): {INSTALL_HINT}") from exc
    return argostranslate


def _translate_sentences(pkg, translator, sentences: list[str]) -> list[str]:
    if not sentences:
        return []
    from argostranslate import settings as s  # already imported by _load

    tokens = [pkg.tokenizer.encode(sentence) for sentence in sentences]
    prefix = [[pkg.target_prefix]] * len(tokens) if pkg.target_prefix else None
    # A translation is seldom twice as long as its source: the bound stops a model that loops
    # on one token from decoding CTranslate2's default 256 steps for every sentence.
    limit = min(2 * max(map(len, tokens)) + 16, MAX_DECODING_LENGTH)
    results = translator.translate_batch(
        tokens, target_prefix=prefix, replace_unknowns=True, max_batch_size=s.batch_size,
        beam_size=s.beam_size, num_hypotheses=1, length_penalty=0.2, max_decoding_length=limit)
    return [_decode(pkg, result.hypotheses[0]) for result in results]


def _decode(pkg, tokens: list[str]) -> str:
    text = pkg.tokenizer.decode(tokens)
    if pkg.target_prefix and text.startswith(pkg.target_prefix):
        text = text[len(pkg.target_prefix):]
    return text.strip()
