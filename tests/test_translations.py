"""The machine-translation layer on real argostranslate + CTranslate2, with tiny random models.

A random model translates into gibberish, so these tests check the plumbing (install, list,
route, split, batch, cache, errors) and determinism, never meaning. argostranslate missing is
a failure here, not a skip: `make init` installs it (scripts/install-translate.sh).
"""
from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import translations
from tests.argos_tiny import build_tiny_model
from translations import InvalidModel, TranslationUnavailable, engine
from translations.sentences import MAX_CHARS, split_sentences

ROOT = Path(__file__).resolve().parent.parent
TEXT = "Міська рада оголошує новий план ремонту доріг. Уряд затверджує бюджет на наступний рік."
LONG = "\n".join([
    "Волонтерський штаб відкриває центр допомоги переселенцям у понеділок. Служба порятунку "
    "попереджає про сильний вітер і дощі! Чи подовжить мерія години роботи укриттів?",
    "",
    " ".join(f"Агенція новин публікує підсумок номер {i}." for i in range(1, 25)),
    "Президент В. Зеленський прибув до м. Одеса, а за словами речника — «надовго».",
])


@pytest.fixture(scope="session")
def model_files(tmp_path_factory) -> dict[str, Path]:
    """The tiny packages, built once: uk→en (two versions) and en→ru."""
    out = tmp_path_factory.mktemp("argos-models")
    return {"uk_en": build_tiny_model(out), "en_ru": build_tiny_model(out, "en", "ru"),
            "uk_en_v2": build_tiny_model(out, version="0.2")}


@pytest.fixture
def models_dir(tmp_path, model_files) -> Path:
    """A models folder with the uk→en package installed."""
    models = tmp_path / "models"
    assert translations.install_model(model_files["uk_en"], models) == ("uk", "en")
    return models


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """Everything here must work offline: any connection attempt fails the test."""
    def refuse(*args, **kwargs):
        raise AssertionError(f"network access attempted: {args}")
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def test_argostranslate_is_installed(tmp_path):
    assert translations.is_installed(), "argostranslate missing: run `make init`"
    engine._import_argos(tmp_path)  # as translate() imports it: without stanza or torch
    assert "torch" not in sys.modules and "stanza" not in sys.modules


def test_install_and_list(models_dir):
    assert translations.installed_pairs(models_dir) == [("uk", "en")]
    [model] = translations.list_models(models_dir)
    assert model == {"source": "uk", "target": "en", "name": "translate-uk_en-0_1",
                     "version": "0.1", "path": str(models_dir.resolve() / "translate-uk_en-0_1")}
    assert sorted(os.listdir(models_dir)) == ["translate-uk_en-0_1"]  # no staging left behind


def test_argostranslate_reads_the_installed_package(models_dir):
    argos = engine._import_argos(models_dir)
    pkg = argos.package.Package(models_dir / "translate-uk_en-0_1")
    assert (pkg.from_code, pkg.to_code, pkg.type) == ("uk", "en", "translate")
    assert pkg.tokenizer.encode("Уряд оголошує")


def test_can_translate(models_dir):
    assert translations.can_translate("uk", "en", models_dir)
    assert translations.can_translate("ua", "EN", models_dir)
    assert translations.can_translate("ru", "ru", models_dir)  # nothing to do
    assert not translations.can_translate("ru", "en", models_dir)
    assert not translations.can_translate("en", "uk", models_dir)


def test_translate_is_deterministic(models_dir):
    first = translations.translate(TEXT, "uk", "en", models_dir)
    assert isinstance(first, str) and first.strip() and "\n" not in first
    assert translations.translate(TEXT, "uk", "en", models_dir) == first
    engine.forget(models_dir.resolve())  # a freshly loaded translator gives the same text
    assert translations.translate(TEXT, "uk", "en", models_dir) == first


def test_translate_empty_and_blank(models_dir):
    assert translations.translate("", "uk", "en", models_dir) == ""
    assert translations.translate(" \n ", "uk", "en", models_dir) == " \n "


def test_translate_long_text_keeps_paragraphs(models_dir):
    result = translations.translate(LONG, "uk", "en", models_dir)
    lines = result.split("\n")
    assert len(lines) == 4 and lines[1] == "" and all(lines[i] for i in (0, 2, 3))
    assert translations.translate(LONG, "uk", "en", models_dir) == result


def test_ua_means_uk(models_dir):
    expected = translations.translate(TEXT, "uk", "en", models_dir)
    assert translations.translate(TEXT, "ua", "en", models_dir) == expected
    assert translations.translate(TEXT, "uk-UA", "en_GB", models_dir) == expected


def test_same_language_is_identity(tmp_path):
    assert translations.translate(TEXT, "ua", "uk", tmp_path) == TEXT


def test_missing_pair_names_the_fix(models_dir):
    with pytest.raises(TranslationUnavailable) as err:
        translations.translate(TEXT, "ru", "en", models_dir)
    message = str(err.value)
    assert "ru→en" in message and "trimova models install FILE" in message
    assert "uk→en" in message  # what is installed


def test_missing_argostranslate_names_the_fix(models_dir, monkeypatch):
    monkeypatch.setattr(translations, "is_installed", lambda: False)
    assert not translations.can_translate("uk", "en", models_dir)
    with pytest.raises(TranslationUnavailable, match="make init"):
        translations.translate(TEXT, "uk", "en", models_dir)


def test_pivot_through_english(models_dir, model_files):
    assert translations.install_model(model_files["en_ru"], models_dir) == ("en", "ru")
    assert translations.installed_pairs(models_dir) == [("en", "ru"), ("uk", "en")]
    assert translations.can_translate("uk", "ru", models_dir)
    assert not translations.can_translate("ru", "uk", models_dir)
    result = translations.translate(TEXT, "uk", "ru", models_dir)
    assert isinstance(result, str) and result == translations.translate(TEXT, "uk", "ru",
                                                                        models_dir)


def test_reinstall_replaces_the_pair(models_dir, model_files):
    before = translations.translate(TEXT, "uk", "en", models_dir)
    assert translations.install_model(model_files["uk_en_v2"], models_dir) == ("uk", "en")
    assert [(m["name"], m["version"]) for m in translations.list_models(models_dir)] == [
        ("translate-uk_en-0_2", "0.2")]
    assert translations.translate(TEXT, "uk", "en", models_dir) == before  # same weights


def test_empty_or_missing_models_dir(tmp_path):
    assert translations.installed_pairs(tmp_path / "nowhere") == []
    assert translations.list_models(tmp_path / "nowhere") == []
    assert not translations.can_translate("uk", "en", tmp_path / "nowhere")


def _zip(path: Path, files: dict[str, str]) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    return path


GOOD_META = json.dumps({"from_code": "uk", "to_code": "en", "type": "translate"})


@pytest.mark.parametrize("files, error", [
    ({"readme.txt": "hello"}, "one folder with metadata.json"),
    ({"pkg/model/model.bin": "x", "pkg/sentencepiece.model": "x"}, "one folder with metadata"),
    ({"pkg/metadata.json": "{not json"}, "unreadable pkg/metadata.json"),
    ({"pkg/metadata.json": '{"type": "sbd"}'}, "names no from_code and to_code"),
    ({"pkg/metadata.json": GOOD_META, "pkg/sentencepiece.model": "x"}, "no pkg/model/ folder"),
    ({"pkg/metadata.json": GOOD_META, "pkg/model/model.bin": "x"}, "no pkg/sentencepiece.model"),
    ({"pkg/metadata.json": GOOD_META, "pkg/../../evil": "x"}, "unsafe path"),
])
def test_bad_zip_is_refused(tmp_path, models_dir, files, error):
    bad = _zip(tmp_path / "bad.argosmodel", files)
    with pytest.raises(InvalidModel, match=error):
        translations.install_model(bad, models_dir)
    assert translations.installed_pairs(models_dir) == [("uk", "en")]  # left as it was
    assert sorted(os.listdir(models_dir)) == ["translate-uk_en-0_1"]


def test_non_zip_and_missing_file_are_refused(tmp_path):
    not_zip = tmp_path / "model.argosmodel"
    not_zip.write_text("plain text, not a package")
    with pytest.raises(InvalidModel, match="not a zip archive"):
        translations.install_model(not_zip, tmp_path / "models")
    with pytest.raises(InvalidModel, match="no such file"):
        translations.install_model(tmp_path / "absent.argosmodel", tmp_path / "models")
    assert not (tmp_path / "models").exists()


def test_first_import_points_argostranslate_at_models_dir(tmp_path, model_files):
    """In a fresh process: argostranslate's package folder is ours, the environment untouched."""
    models = tmp_path / "models"
    script = (
        "import os, sys, translations\n"
        f"translations.install_model({str(model_files['uk_en'])!r}, {str(models)!r})\n"
        f"print(translations.translate('Уряд.', 'uk', 'en', {str(models)!r}) != '')\n"
        "from argostranslate import settings\n"
        "print(settings.package_data_dir, os.environ.get('ARGOS_PACKAGES_DIR'))\n"
        "print('stanza' in sys.modules, 'torch' in sys.modules)\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ARGOS_", "XDG_"))}
    env["HOME"] = str(tmp_path / "home")
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, text=True,
                          capture_output=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[:3] == ["True", f"{models.resolve()} None", "False False"]
    # argostranslate makes its own folders under HOME, but no default packages folder.
    assert not (tmp_path / "home/.local/share/argos-translate/packages").exists()


# Sentence splitting: ours, so that nothing is downloaded.

def test_split_sentences_news_punctuation():
    text = ("«Ми готові», — сказав мер. Він додав: «Роботи почнуться завтра». "
            "The U.S. envoy arrived on Monday... Talks began at 9 a.m. sharp. Дощ?! Так.")
    assert split_sentences(text) == [
        "«Ми готові», — сказав мер.", "Він додав: «Роботи почнуться завтра».",
        "The U.S. envoy arrived on Monday...", "Talks began at 9 a.m. sharp.", "Дощ?!", "Так."]


def test_split_sentences_keeps_abbreviations_and_initials():
    text = "Доповідав проф. Шевченко з вул. Хрещатик. Dr. Brown and J. R. Smith agreed."
    assert split_sentences(text) == ["Доповідав проф. Шевченко з вул. Хрещатик.",
                                     "Dr. Brown and J. R. Smith agreed."]


def test_split_sentences_after_numbers():
    assert split_sentences("Підсумок номер 1. Підсумок номер 22. Кінець") == [
        "Підсумок номер 1.", "Підсумок номер 22.", "Кінець"]
    assert len(split_sentences(LONG.split("\n")[2])) == 24


def test_split_sentences_bounds_long_runs():
    words = " ".join(["слово"] * 300)
    chunks = split_sentences(words)
    assert len(chunks) > 1 and all(len(c) <= MAX_CHARS for c in chunks)
    assert " ".join(chunks) == words
    assert all(len(c) <= MAX_CHARS for c in split_sentences("x" * (3 * MAX_CHARS)))
