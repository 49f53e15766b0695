"""Compare the language detectors on the labelled lines in bench/data/langid.

Run from the repository root: ``python bench/langdetect_eval.py``.  Prints, per
detector, accuracy per language and length bucket (short: up to 60 characters, long:
over 150), the uk<->ru confusions, how many lines came back ``und``, and the speed.
"""
from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the script lives in bench/, the package at the root

from indexer.text.language import (  # noqa: E402
    CueDetector,
    Detector,
    LangdetectDetector,
    LinguaDetector,
)

DATA = ROOT / "bench" / "data" / "langid"
LANGS = ("uk", "ru", "en")
BUCKETS = ("short", "long")


def bucket(text: str) -> str:
    """``short`` (up to 60 characters), ``long`` (over 150) or ``medium``."""
    if len(text) <= 60:
        return "short"
    return "long" if len(text) > 150 else "medium"


def load(data_dir: Path) -> list[tuple[str, str]]:
    """(gold language, line) for every non-empty line of ``<lang>.txt``."""
    samples = []
    for lang in LANGS:
        for line in (data_dir / f"{lang}.txt").read_text(encoding="utf-8").splitlines():
            if line.strip():
                samples.append((lang, line.strip()))
    return samples


def evaluate(detector: Detector, samples: list[tuple[str, str]]) -> dict:
    """Predictions, the tallies the table needs, and texts per second."""
    detector.detect("Прогрів моделі перед вимірюванням")  # loading models is not speed
    start = time.perf_counter()
    predicted = [detector.detect(text).lang for _, text in samples]
    elapsed = time.perf_counter() - start
    hits: Counter[tuple[str, str]] = Counter()
    totals: Counter[tuple[str, str]] = Counter()
    confusions: Counter[tuple[str, str]] = Counter()
    errors = []
    for (gold, text), guess in zip(samples, predicted):
        key = (gold, bucket(text))
        totals[key] += 1
        hits[key] += guess == gold
        if guess != gold:
            confusions[(gold, guess)] += 1
            errors.append((gold, guess, text))
    return {"hits": hits, "totals": totals, "confusions": confusions, "errors": errors,
            "rate": len(samples) / elapsed if elapsed else float("inf")}


def table(results: dict[str, dict]) -> str:
    """The comparison as a plain fixed-width table."""
    cols = [f"{lang}-{b}" for lang in LANGS for b in BUCKETS]
    head = (f"{'detector':<11}" + "".join(f"{c:>9}" for c in cols)
            + f"{'all':>7}{'uk>ru':>7}{'ru>uk':>7}{'und':>5}{'texts/s':>10}")
    lines = [head, "-" * len(head)]
    for name, res in results.items():
        hits, totals, conf = res["hits"], res["totals"], res["confusions"]
        cells = []
        for lang in LANGS:
            for b in BUCKETS:
                n = totals[(lang, b)]
                cells.append(f"{hits[(lang, b)] / n:9.3f}" if n else f"{'-':>9}")
        accuracy = sum(hits.values()) / sum(totals.values())
        und = sum(v for (_, guess), v in conf.items() if guess == "und")
        lines.append(f"{name:<11}" + "".join(cells) + f"{accuracy:7.3f}"
                     f"{conf[('uk', 'ru')]:7d}{conf[('ru', 'uk')]:7d}{und:5d}"
                     f"{res['rate']:10.0f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Run every detector on the data and print the table (and errors with -v)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("-v", "--verbose", action="store_true", help="list every error")
    args = parser.parse_args(argv)
    samples = load(args.data)
    counts = Counter((lang, bucket(text)) for lang, text in samples)
    print(f"{len(samples)} lines: " + ", ".join(
        f"{lang} {counts[(lang, 'short')]} short/{counts[(lang, 'long')]} long"
        + (f"/{counts[(lang, 'medium')]} medium" if counts[(lang, 'medium')] else "")
        for lang in LANGS))
    detectors: list[Detector] = [LangdetectDetector(), LinguaDetector(), CueDetector()]
    results = {d.name: evaluate(d, samples) for d in detectors}
    print(table(results))
    if args.verbose:
        for name, res in results.items():
            for gold, guess, text in res["errors"]:
                print(f"{name}: {gold}->{guess}: {text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
