"""Alignment benchmark: group and compare our labelled evaluation set, score it per hard case.

The set (``bench/data/align_eval/stories_*.py``, our own writing) gives each story's
versions paragraph row by row, so it carries both truths: which versions are one story, and
which paragraphs have no counterpart in which version. The script imports every version
(no ``lang``, no ``translations``, no URL: content evidence only) into a fresh index with
the real importer, then prints:

- pairwise precision / recall / F1 of "same story" decisions, overall and per case type;
- precision / recall of discrepancy detection (paragraph i of version X has no counterpart
  in version Y) from the compare page's paragraph aligner, per case type, with paragraph
  vectors from the embedder the settings ask for, as the compare page gets them
  (``EMBEDDING=off``: the lexical aligner alone).

Needs a running node (``trimova es start``) or TRIMOVA_ES_URL.  ``make bench-align``.
"""
from __future__ import annotations

import argparse
import itertools
import json
import runpy
import sys
import tempfile
import uuid
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from elasticsearch import helpers  # noqa: E402

from indexer.alignment.overrides import drop_all  # noqa: E402
from indexer.comparison.paragraphs import align_versions  # noqa: E402
from indexer.comparison.vectors import paragraph_vectors  # noqa: E402
from indexer.config import load_settings  # noqa: E402
from indexer.embedding import get_embedder  # noqa: E402
from indexer.ingest.pipeline import Importer  # noqa: E402
from indexer.store.schema import drop_index  # noqa: E402

DATA = ROOT / "bench" / "data" / "align_eval"


def load_stories() -> list[dict]:
    """Every entry of every ``stories_*.py`` file."""
    stories = []
    for path in sorted(DATA.glob("stories_*.py")):
        stories += runpy.run_path(str(path))["STORIES"]
    return stories


def version_paragraphs(story: dict, lang: str) -> list[str]:
    """The paragraphs of one version, in order."""
    return [p for row in story["rows"] for p in row.get(lang, [])]


def records(stories: list[dict]) -> list[dict]:
    """One JSONL record per version: content only, as a bare export would give it."""
    out = []
    for s in stories:
        for lang, title in s["title"].items():
            rec = {"id": f"{s['key']}-{lang}", "title": title,
                   "text": "\n\n".join(version_paragraphs(s, lang))}
            if s.get("source"):
                rec["source"] = s["source"]
            if s.get("published"):
                rec["published"] = s["published"][lang]
            if s.get("author", {}).get(lang):
                rec["author"] = s["author"][lang]
            out.append(rec)
    return out


def true_pairs(stories: list[dict]) -> dict[frozenset, str]:
    """Same-story pairs → the case type of their story (near-duplicates excluded)."""
    pairs = {}
    for s in stories:
        if s["case"] == "near-duplicate":
            continue
        ids = [f"{s['key']}-{lang}" for lang in s["title"]]
        for pair in itertools.combinations(ids, 2):
            pairs[frozenset(pair)] = s["case"]
    return pairs


def canonical_groups(groups: list[list[str]], stories: list[dict]) -> list[list[str]]:
    """Read a near-duplicate as the version it duplicates.

    Beside that version (attached as an edition of its story) it adds no pair; in its place
    (a re-publication standing in for the original) it counts as the original. Either way it
    must not drag in a second story, which the pairs then show.
    """
    dup = {f"{s['key']}-{lang}": f"{s['duplicate_of']}-{lang}"
           for s in stories if s["case"] == "near-duplicate" for lang in s["title"]}
    out = []
    for g in groups:
        members = set(g)
        out.append([dup.get(m, m) for m in g if not (m in dup and dup[m] in members)])
    return out


def grouping_scores(stories: list[dict], groups: list[list[str]]) -> dict[str, dict]:
    """Pairwise precision/recall/F1, overall and per case type."""
    truth = true_pairs(stories)
    case_of = {f"{s['key']}-{lang}": s["case"] for s in stories for lang in s["title"]}
    predicted = {frozenset(p) for g in canonical_groups(groups, stories)
                 for p in itertools.combinations(sorted(set(g)), 2)}
    counts: dict[str, dict[str, int]] = defaultdict(lambda: {"tp": 0, "fp": 0, "fn": 0})
    for pair in predicted:
        if pair in truth:
            counts[truth[pair]]["tp"] += 1
        else:
            for case in {case_of[x] for x in pair}:
                counts[case]["fp"] += 1
            counts["all"]["fp"] += 1
    for pair, case in truth.items():
        if pair not in predicted:
            counts[case]["fn"] += 1
    counts["all"]["tp"] = len(predicted & set(truth))
    counts["all"]["fn"] = len(set(truth) - predicted)
    return {case: _prf(c) for case, c in counts.items()}


def _prf(c: dict[str, int]) -> dict:
    p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 1.0
    r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {**c, "precision": p, "recall": r, "f1": f}


def unmatched_units(rows: list[dict[str, list[int]]], langs: list[str]) -> set[tuple]:
    """(lang, paragraph index, other lang) for every paragraph with no counterpart there."""
    units = set()
    for row in rows:
        for lang, idxs in row.items():
            for other in langs:
                if other != lang and not row.get(other):
                    units |= {(lang, i, other) for i in idxs}
    return units


def truth_rows(story: dict) -> list[dict[str, list[int]]]:
    """The story's rows as paragraph indexes per version."""
    counters = {lang: 0 for lang in story["title"]}
    rows = []
    for row in story["rows"]:
        out = {}
        for lang, paras in row.items():
            out[lang] = list(range(counters[lang], counters[lang] + len(paras)))
            counters[lang] += len(paras)
        rows.append(out)
    return rows


def discrepancy_scores(stories: list[dict], embedder=None) -> dict[str, dict]:
    """Precision/recall of unmatched-paragraph detection on every multi-version story."""
    counts: dict[str, dict[str, int]] = defaultdict(lambda: {"tp": 0, "fp": 0, "fn": 0})
    for s in stories:
        langs = list(s["title"])
        if len(langs) < 2:
            continue
        versions = {lang: version_paragraphs(s, lang) for lang in langs}
        vectors = paragraph_vectors(embedder, versions)
        predicted = unmatched_units(align_versions(versions, vectors), langs)
        truth = unmatched_units(truth_rows(s), langs)
        for case in (s["case"], "all"):
            counts[case]["tp"] += len(predicted & truth)
            counts[case]["fp"] += len(predicted - truth)
            counts[case]["fn"] += len(truth - predicted)
    return {case: _prf(c) for case, c in counts.items()}


def import_and_group(stories: list[dict], min_score: float | None) -> tuple[list[list[str]], dict]:
    """Import the set into a fresh index with the real pipeline; return the groups formed."""
    from indexer.cluster.client import make_client
    from indexer.config import load_settings

    settings = load_settings()
    alias = f"trimova-align-eval-{uuid.uuid4().hex[:8]}"
    with tempfile.TemporaryDirectory() as tmp:
        es = make_client(settings)
        path = Path(tmp) / "eval.jsonl"
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n"
                                for r in records(stories)), encoding="utf-8")
        score = settings["ALIGN_MIN_SCORE"] if min_score is None else min_score
        importer = Importer(es, alias, rejects=Path(tmp) / "r.jsonl",
                            dead_letters=Path(tmp) / "d.jsonl", min_score=score,
                            window_days=settings["ALIGN_WINDOW_DAYS"])
        try:
            summary = importer.process_all([str(path)])
            groups: dict[str, list[str]] = defaultdict(list)
            for hit in helpers.scan(es, index=alias, query={"query": {"match_all": {}}}):
                groups[hit["_source"]["group_id"]].append(hit["_source"]["external_id"])
        finally:
            drop_index(es, alias)
            drop_all(es, alias)
    info = {"articles": summary.read, "rejected": summary.rejected, "threshold": score}
    return list(groups.values()), info


def print_table(title: str, scores: dict[str, dict]) -> None:
    """One line per case type, "all" last."""
    print(f"\n{title}")
    print(f"{'case':<16}{'tp':>5}{'fp':>5}{'fn':>5}{'precision':>11}{'recall':>9}{'F1':>7}")
    for case in sorted(scores, key=lambda c: (c == "all", c)):
        s = scores[case]
        print(f"{case:<16}{s['tp']:>5}{s['fp']:>5}{s['fn']:>5}{s['precision']:>11.3f}"
              f"{s['recall']:>9.3f}{s['f1']:>7.3f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--min-score", type=float, help="auto-link threshold to test")
    parser.add_argument("--errors", action="store_true", help="list wrong merges and misses")
    args = parser.parse_args(argv)
    stories = load_stories()
    cases = defaultdict(int)
    for s in stories:
        cases[s["case"]] += 1
    groups, info = import_and_group(stories, args.min_score)
    print(f"{len(stories)} stories ({dict(cases)}), {info['articles']} articles, "
          f"threshold {info['threshold']}")
    grouping = grouping_scores(stories, groups)
    print_table("same-story decisions (pairwise)", grouping)
    embedder = get_embedder(load_settings())
    print_table("discrepancies (paragraph without counterpart in another version), vectors: "
                + (embedder.model if embedder else "none"), discrepancy_scores(stories, embedder))
    if args.errors:
        truth = true_pairs(stories)
        predicted = {frozenset(p) for g in canonical_groups(groups, stories)
                     for p in itertools.combinations(sorted(set(g)), 2)}
        for pair in sorted(map(sorted, predicted - set(truth))):
            print("wrong merge:", " + ".join(pair))
        for pair in sorted(map(sorted, set(truth) - predicted)):
            print("missed:     ", " + ".join(pair))
    return 0


if __name__ == "__main__":
    sys.exit(main())
