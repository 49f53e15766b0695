"""Argos model packages in a models directory: install from a file, list, find by pair.

Plain zipfile and json: installing and listing models work without argostranslate.
"""
from __future__ import annotations

import json
import shutil
import tempfile
import zipfile
from pathlib import Path, PurePosixPath

from translations.errors import InvalidModel

_ALIASES = {"ua": "uk"}  # "ua" is the country, but it is what people type for Ukrainian


def lang_code(code: str) -> str:
    """Normalise a language code: lower case, no region, `ua` → `uk`."""
    base = code.strip().lower().replace("_", "-").split("-")[0]
    return _ALIASES.get(base, base)


def installed(models_dir: str | Path) -> dict[tuple[str, str], Path]:
    """Installed translation packages by (source, target); on duplicates the last name wins."""
    models_dir = Path(models_dir).resolve()
    if not models_dir.is_dir():
        return {}
    found = {}
    for pkg_dir in sorted(models_dir.iterdir()):
        meta = _metadata(pkg_dir)
        if meta is not None:
            found[lang_code(meta["from_code"]), lang_code(meta["to_code"])] = pkg_dir
    return found


def list_packages(models_dir: str | Path) -> list[dict]:
    """One dict per installed translation package, sorted by language pair."""
    return [{"source": source, "target": target, "name": pkg_dir.name,
             "version": str(_metadata(pkg_dir).get("package_version", "")), "path": str(pkg_dir)}
            for (source, target), pkg_dir in sorted(installed(models_dir).items())]


def install_package(path: str | Path, models_dir: str | Path) -> tuple[str, str]:
    """Unpack an .argosmodel into models_dir, replacing any model for the same pair."""
    path, models_dir = Path(path), Path(models_dir)
    if not path.is_file():
        raise InvalidModel(f"{path}: no such file")
    if not zipfile.is_zipfile(path):
        raise InvalidModel(f"{path} is not an Argos model package (.argosmodel): not a zip archive")
    with zipfile.ZipFile(path) as zf:
        root, meta = _check_archive(path, zf)
        pair = lang_code(meta["from_code"]), lang_code(meta["to_code"])
        models_dir.mkdir(parents=True, exist_ok=True)
        # Unpack beside the target, then rename: a failed install leaves the old model intact.
        staging = Path(tempfile.mkdtemp(prefix=".installing-", dir=models_dir))
        try:
            _extract(path, zf, staging)
            old = installed(models_dir).get(pair)
            for stale in {old, models_dir / root} - {None}:
                shutil.rmtree(stale, ignore_errors=True)
            (staging / root).rename(models_dir / root)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    return pair


def _check_archive(path: Path, zf: zipfile.ZipFile) -> tuple[str, dict]:
    """The archive's top folder and metadata, or InvalidModel saying what is wrong."""
    names = [n for n in zf.namelist() if n.strip("/")]
    for name in names:
        parts = PurePosixPath(name).parts
        if name.startswith("/") or "\\" in name or ".." in parts:
            raise InvalidModel(f"{path}: unsafe path in archive: {name}")
    roots = sorted({PurePosixPath(n).parts[0] for n in names})
    if len(roots) != 1 or f"{roots[0]}/metadata.json" not in names:
        raise InvalidModel(f"{path} is not an Argos model package: it must hold one folder with "
                           f"metadata.json in it; found {', '.join(roots[:5]) or 'nothing'}")
    root = roots[0]
    try:
        meta = json.loads(zf.read(f"{root}/metadata.json"))
    except (ValueError, zipfile.BadZipFile) as exc:
        raise InvalidModel(f"{path}: unreadable {root}/metadata.json ({exc})") from exc
    if not _is_translation(meta):
        raise InvalidModel(f"{path}: {root}/metadata.json names no from_code and to_code "
                           "of a translation model")
    if not any(n.startswith(f"{root}/model/") for n in names):
        raise InvalidModel(f"{path}: no {root}/model/ folder (the CTranslate2 model)")
    if not {f"{root}/sentencepiece.model", f"{root}/bpe.model"} & set(names):
        raise InvalidModel(f"{path}: no {root}/sentencepiece.model or bpe.model (the tokenizer)")
    return root, meta


def _extract(path: Path, zf: zipfile.ZipFile, dest: Path) -> None:
    try:
        zf.extractall(dest)
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise InvalidModel(f"{path}: damaged archive ({exc})") from exc


def _metadata(pkg_dir: Path) -> dict | None:
    """A package folder's metadata if it holds a translation model (staging folders do not)."""
    if pkg_dir.name.startswith(".") or not (pkg_dir / "metadata.json").is_file():
        return None
    try:
        meta = json.loads((pkg_dir / "metadata.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return meta if _is_translation(meta) else None


def _is_translation(meta: object) -> bool:
    return (isinstance(meta, dict) and meta.get("type", "translate") == "translate"
            and isinstance(meta.get("from_code"), str) and isinstance(meta.get("to_code"), str))
