"""Import the sample archive into a fresh index and score alignment against samples/truth.

Prints pairwise precision / recall / F1 of "same story" decisions and lists every wrong
merge and every miss. Needs a running node (`trimova es start`) or TRIMOVA_ES_URL.

    python bench/align_samples.py
"""
from __future__ import annotations

import itertools
import json
import sys
import tempfile
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from elasticsearch import helpers  # noqa: E402

from indexer.cluster.client import make_client  # noqa: E402
from indexer.config import load_settings  # noqa: E402
from indexer.embedding import get_embedder  # noqa: E402
from indexer.ingest.pipeline import Importer  # noqa: E402
from indexer.store.schema import drop_index  # noqa: E402

SAMPLES = ROOT / "samples"


def truth_pairs() -> tuple[set[frozenset], dict[str, str]]:
    """True same-story pairs, keyed by record key (external id or samples-relative path)."""
    pairs: set[frozenset] = set()
    for path in sorted((ROOT / "bench" / "data" / "sample-truth").glob("*.json")):
        for group in json.loads(path.read_text())["groups"]:
            pairs |= {frozenset(p) for p in itertools.combinations(group, 2)}
    return pairs


def record_key(src: dict) -> str:
    """The key the truth files use: the JSONL id, or the file path under samples/."""
    if src.get("external_id"):
        return src["external_id"]
    return str(Path(src["origin"]).resolve().relative_to(SAMPLES))


def predicted_pairs(es, alias: str) -> tuple[set[frozenset], dict]:
    groups: dict[str, list[str]] = {}
    for hit in helpers.scan(es, index=alias, query={"query": {"match_all": {}}}):
        groups.setdefault(hit["_source"]["group_id"], []).append(record_key(hit["_source"]))
    pairs = {frozenset(p) for g in groups.values() for p in itertools.combinations(g, 2)}
    return pairs, groups


def main() -> int:
    settings = load_settings()
    alias = f"trimova-bench-{uuid.uuid4().hex[:8]}"
    es = make_client(settings)
    with tempfile.TemporaryDirectory() as tmp:
        importer = Importer(es, alias, rejects=Path(tmp) / "r.jsonl",
                            dead_letters=Path(tmp) / "d.jsonl",
                            min_score=settings["ALIGN_MIN_SCORE"],
                            window_days=settings["ALIGN_WINDOW_DAYS"],
                            embedder=get_embedder(settings))  # as `trimova import` does
        summary = importer.process_all([str(SAMPLES / d) for d in ("jsonl", "pages", "html")])
    try:
        truth = truth_pairs()
        predicted, _ = predicted_pairs(es, alias)
    finally:
        drop_index(es, alias)
    tp = len(truth & predicted)
    precision = tp / len(predicted) if predicted else 1.0
    recall = tp / len(truth) if truth else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"articles {summary.read}, rejected {summary.rejected}, "
          f"languages {dict(summary.languages)}")
    print(f"pairs: true {len(truth)}, predicted {len(predicted)}, correct {tp}")
    print(f"precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}")
    for pair in sorted(map(sorted, predicted - truth)):
        print("  wrong merge:", " + ".join(pair))
    for pair in sorted(map(sorted, truth - predicted)):
        print("  missed:     ", " + ".join(pair))
    return 0


if __name__ == "__main__":
    sys.exit(main())
