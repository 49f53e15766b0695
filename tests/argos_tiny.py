"""Build a tiny random Argos Translate package offline, without torch, for the tests.

Real models cannot be downloaded here, so the tests exercise the real install and translate
paths on a 2+2-layer Transformer with random weights: its output is gibberish, but it is a
genuine CTranslate2 model with a genuine SentencePiece tokenizer in the genuine package layout.
"""
from __future__ import annotations

import io
import itertools
import json
import os
import zipfile
from pathlib import Path

# Our own news-like phrases, combined into a few hundred lines for the tokenizer to learn from.
UK_SUBJECTS = [
    "Міська рада", "Уряд", "Національний банк", "Мерія Харкова", "Міністерство освіти",
    "Обласна адміністрація", "Волонтерський штаб", "Залізнична компанія",
    "Парламентський комітет", "Університет", "Служба порятунку", "Агенція новин",
]
UK_PREDICATES = [
    "оголошує новий план ремонту доріг", "затверджує бюджет на наступний рік",
    "відкриває центр допомоги переселенцям", "повідомляє про зростання цін на пальне",
    "запускає програму підтримки малого бізнесу", "проводить нараду щодо енергетичної безпеки",
    "представляє звіт про якість питної води", "попереджає про сильний вітер і дощі",
    "подовжує години роботи укриттів", "публікує підсумки збору врожаю",
]
UK_TAILS = [
    "у понеділок", "цього тижня", "після тривалих обговорень", "вранці у вівторок",
    "за словами речника", "попри складні погодні умови", "до кінця місяця",
    "на прохання мешканців",
]
EN_SUBJECTS = [
    "The city council", "The government", "The national bank", "The Kharkiv mayor's office",
    "The education ministry", "The regional administration", "A volunteer headquarters",
    "The railway company", "A parliamentary committee", "The university",
    "The rescue service", "The news agency",
]
EN_PREDICATES = [
    "announces a new plan to repair roads", "approves the budget for next year",
    "opens a help centre for displaced people", "reports a rise in fuel prices",
    "launches a programme to support small businesses", "holds a meeting on energy security",
    "presents a report on drinking water quality", "warns of strong wind and rain",
    "extends the opening hours of shelters", "publishes the results of the harvest",
]
EN_TAILS = [
    "on Monday", "this week", "after long discussions", "on Tuesday morning",
    "according to a spokesperson", "despite difficult weather", "by the end of the month",
    "at the request of residents",
]
NAMES = {"uk": "Ukrainian", "en": "English", "ru": "Russian"}
D_MODEL = 16
FFN = 32
HEADS = 4


def corpus() -> list[str]:
    """A few hundred Ukrainian and English news-like lines of our own."""
    lines = []
    for parts in (UK_SUBJECTS, UK_PREDICATES, UK_TAILS), (EN_SUBJECTS, EN_PREDICATES, EN_TAILS):
        combos = itertools.product(*parts)
        # Every third combination keeps it to ~320 lines a language while covering each phrase.
        lines += [f"{s} {p} {t}." for i, (s, p, t) in enumerate(combos) if i % 3 == 0]
    return lines


def build_tiny_model(tmp_dir: str | Path, source: str = "uk", target: str = "en",
                     version: str = "0.1") -> Path:
    """Build a random `translate-SOURCE_TARGET-…` .argosmodel zip in tmp_dir; return its path."""
    tmp_dir = Path(tmp_dir)
    root = f"translate-{source}_{target}-{version.replace('.', '_')}"
    build = tmp_dir / f"build-{root}"
    sp_model = _train_sentencepiece()
    _save_model(build / "model", _pieces(sp_model))
    metadata = {"package_version": version, "argos_version": "1.9", "type": "translate",
                "from_code": source, "from_name": NAMES.get(source, source),
                "to_code": target, "to_name": NAMES.get(target, target)}
    out = tmp_dir / f"{root}.argosmodel"
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(f"{root}/metadata.json", json.dumps(metadata, indent=2))
        zf.writestr(f"{root}/sentencepiece.model", sp_model)
        for path in sorted((build / "model").iterdir()):
            zf.write(path, f"{root}/model/{path.name}")
    return out


def _train_sentencepiece() -> bytes:
    # Imported here, not at module level: without the translate extra the test module must
    # fail test by test, not break the collection of the whole suite.
    import sentencepiece as spm

    model = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(corpus()), model_writer=model, vocab_size=300,
        hard_vocab_limit=False, character_coverage=1.0, num_threads=1, minloglevel=2,
    )
    return model.getvalue()


def _pieces(sp_model: bytes) -> list[str]:
    import sentencepiece as spm

    sp = spm.SentencePieceProcessor(model_proto=sp_model)
    # Ids 0-2 are <unk>, <s>, </s>: the special tokens CTranslate2 expects by default.
    return [sp.id_to_piece(i) for i in range(sp.get_piece_size())]


def _save_model(model_dir: Path, vocabulary: list[str]) -> None:
    import numpy as np
    from ctranslate2.specs import TransformerSpec

    spec = TransformerSpec.from_config((2, 2), HEADS)
    rng = np.random.default_rng(1234)
    for name, value in spec.variables().items():
        if value is None:  # unset weights; flags, numbers and optional biases are left alone
            shape = _shape(name, len(vocabulary))
            array = np.ones(shape) if name.endswith("gamma") else rng.normal(0, 0.5, shape)
            if name.endswith("beta"):
                array = np.zeros(shape)
            _set(spec, name, array.astype(np.float32))
    spec.register_source_vocabulary(vocabulary)
    spec.register_target_vocabulary(vocabulary)
    spec.validate()
    spec.optimize("int8")
    os.makedirs(model_dir)
    spec.save(str(model_dir))


def _shape(name: str, vocab: int) -> tuple[int, ...]:
    """The shape CTranslate2 expects for the weight at `name` (scope/…/leaf)."""
    d = D_MODEL
    if name.endswith(("gamma", "beta")):
        return (d,)
    if "embeddings" in name or "projection" in name:
        return (vocab, d)
    if "/ffn/" in name:
        return (FFN, d) if "linear_0" in name else (d, FFN)
    if "/self_attention/linear_0" in name:  # fused query, key, value
        return (3 * d, d)
    if "/attention/linear_1" in name:  # encoder-decoder attention: fused key, value
        return (2 * d, d)
    return (d, d)


def _set(spec, name: str, value) -> None:
    """Set a variable by its scoped name; `layer_0` means the list `layer`, item 0."""
    *scopes, leaf = name.split("/")
    node = spec
    for scope in scopes:
        if hasattr(node, scope):
            node = getattr(node, scope)
        else:
            base, _, index = scope.rpartition("_")
            node = getattr(node, base)[int(index)]
    setattr(node, leaf, value)
