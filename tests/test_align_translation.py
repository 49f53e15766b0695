"""Alignment with machine-translated evidence, on a real (tiny, random) Argos model."""
from __future__ import annotations

from indexer.alignment.scoring import Version, score_pair
from tests.argos_tiny import build_tiny_model
from tests.helpers_es import DATA, import_paths
from translations import install_model, translator_for


def test_no_models_means_no_translator(tmp_path):
    assert translator_for(tmp_path / "models") is None


def test_translated_title_becomes_evidence(tmp_path):
    models = tmp_path / "models"
    install_model(build_tiny_model(tmp_path), models)
    translator = translator_for(models)
    assert translator is not None
    assert translator("Міська рада затверджує бюджет", "ru", "en") is None  # no ru model
    uk = Version(id="u", lang="uk", title="Міська рада затверджує бюджет", numbers=("2025",),
                 char_count=100, para_count=2)
    en = Version(id="e", lang="en", title="The city council approves the budget",
                 numbers=("2025",), char_count=110, para_count=2)
    with_mt = score_pair(uk, en, translator=translator)[1]
    without = score_pair(uk, en)[1]
    assert "translated" in with_mt and 0.0 <= with_mt["translated"] <= 1.0
    assert "translated" not in without
    # a random model's output is gibberish, but the same input gives the same evidence
    assert score_pair(uk, en, translator=translator) == score_pair(uk, en, translator=translator)


def test_import_aligns_with_a_model_installed(es, alias, tmp_path):
    models = tmp_path / "models"
    install_model(build_tiny_model(tmp_path), models)
    summary = import_paths(es, alias, [DATA / "stories.jsonl"], tmp_path,
                           translator=translator_for(models))
    assert summary.read == 8 and summary.multi_version_groups == 2
