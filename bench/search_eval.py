"""Search benchmark: recall@10 and MRR of the archive search on our labelled query set.

The corpus is the alignment evaluation set (``bench/data/align_eval``, imported with the real
importer into a fresh index, exactly as ``bench/align_eval.py`` does); the queries are
``bench/data/search_queries.py`` (uk, en and ru; inflected forms, names in the other
script, short phrases and queries in a language the story was never published in). Every
query goes through :func:`indexer.search.stories.search_stories`, the function behind the web UI
and the API, and a result story counts for every story key among its versions.

Two runs: without translation models, then with the models installed in DATA_DIR/models
(imported with them as alignment evidence and, when ``search_stories`` takes a
``translator``, searched with them too). Prints recall@10 and MRR per query type, per
query language and overall; ``--errors`` lists every query that missed a relevant story.
Both runs import and search with the app's embedder (vectors, and the search by meaning);
``TRIMOVA_EMBEDDING=off`` measures the search by words alone.

Needs a running node (``trimova es start``) or TRIMOVA_ES_URL.
``.venv/bin/python bench/search_eval.py --errors``
"""
from __future__ import annotations

import argparse
import inspect
import json
import runpy
import sys
import tempfile
import uuid
from collections import defaultdict
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(BENCH))

import align_eval  # noqa: E402
from elasticsearch import Elasticsearch, helpers  # noqa: E402

from indexer.alignment.overrides import drop_all  # noqa: E402
from indexer.alignment.scoring import Translator  # noqa: E402
from indexer.embedding import get_embedder  # noqa: E402
from indexer.ingest.pipeline import Importer  # noqa: E402
from indexer.search.stories import build_query, search_stories  # noqa: E402
from indexer.store.schema import drop_index  # noqa: E402

QUERY_FILE = BENCH / "data" / "search_queries.py"
TYPES = ("inflected", "other-script-name", "phrase", "other-language")
LANGS = ("uk", "en", "ru")
TOP_K = 10
NO_MODELS = "with translation models: none installed (install with trimova models install FILE)"


def load_queries(path: Path = QUERY_FILE) -> list[dict]:
    """The benchmark queries."""
    return runpy.run_path(str(path))["QUERIES"]


def story_key(external_id: str) -> str:
    """The story key of a version id: ``a03-uk`` → ``a03``."""
    return external_id.rsplit("-", 1)[0]


def accepts_translator() -> bool:
    """True once ``search_stories`` takes a ``translator`` keyword argument."""
    return "translator" in inspect.signature(search_stories).parameters


# ------------------------------------------------------------------ scoring


def score(relevant: list[str], ranked: list[set[str]],
          in_lang: list[str] | None = None) -> dict[str, Any]:
    """Recall@k and reciprocal rank of one query's ranked result stories (sets of keys).

    ``in_lang`` (the relevant stories with a version in the query's language) also gives
    the recall over those alone, None when there are none.

    >>> s = score(["a01", "a21"], [{"b02"}, {"a01"}], in_lang=["a01"])
    >>> s["recall"], s["rr"], s["recall_in_lang"]
    (0.5, 0.5, 1.0)
    """
    found = set(relevant) & set().union(*ranked) if ranked else set()
    first = next((i for i, keys in enumerate(ranked, 1) if keys & set(relevant)), None)
    in_lang = in_lang or []
    return {"recall": len(found) / len(relevant), "rr": 1.0 / first if first else 0.0,
            "found": sorted(found), "rank": first,
            "recall_in_lang": len(found & set(in_lang)) / len(in_lang) if in_lang else None}


def summarise(results: list[dict]) -> dict[str, dict[str, float]]:
    """Mean recall@k and MRR per type, per language and overall (``all``)."""
    groups: dict[str, list[dict]] = defaultdict(list)
    for r in results:
        for name in (f"type {r['type']}", f"lang {r['lang']}", "all"):
            groups[name].append(r)
    return {name: _means(rows) for name, rows in groups.items()}


def _means(rows: list[dict]) -> dict[str, Any]:
    n = len(rows)
    in_lang = [r["recall_in_lang"] for r in rows if r["recall_in_lang"] is not None]
    return {"n": n, "recall": sum(r["recall"] for r in rows) / n,
            "mrr": sum(r["rr"] for r in rows) / n, "n_in_lang": len(in_lang),
            "recall_in_lang": sum(in_lang) / len(in_lang) if in_lang else None}


def matrix(results: list[dict]) -> dict[tuple[str, str], dict[str, float]]:
    """Mean recall@k and MRR per (type, language) cell."""
    cells: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for r in results:
        cells[r["type"], r["lang"]].append(r)
    return {cell: _means(rows) for cell, rows in cells.items()}


# ------------------------------------------------------------------ index and search


def import_corpus(es: Elasticsearch, alias: str, config: dict, stories: list[dict],
                  translator: Translator | None, embedder: Any = None) -> dict[str, str]:
    """Import the set into ``alias`` with the real importer (with the app's embedder, as
    ``trimova import`` does); map each doc id to its version."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "corpus.jsonl"
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n"
                                for r in align_eval.records(stories)), encoding="utf-8")
        importer = Importer(es, alias, rejects=Path(tmp) / "r.jsonl",
                            dead_letters=Path(tmp) / "d.jsonl",
                            min_score=config["ALIGN_MIN_SCORE"],
                            window_days=config["ALIGN_WINDOW_DAYS"], translator=translator,
                            embedder=embedder)
        importer.process_all([str(path)])
    es.indices.refresh(index=alias)
    return {hit["_id"]: hit["_source"]["external_id"]
            for hit in helpers.scan(es, index=alias, query={"query": {"match_all": {}}},
                                    _source=["external_id"])}


def result_keys(story: dict, version_of: dict[str, str]) -> set[str]:
    """Every story key among a result's versions and editions (a group may hold several)."""
    ids = ({story["best"]["id"]} | {v["id"] for v in story["versions"]}
           | {e["id"] for e in story.get("editions", [])})
    return {story_key(version_of[i]) for i in ids if i in version_of}


def run_query(es: Elasticsearch, alias: str, query: dict, version_of: dict[str, str],
              search_kwargs: dict) -> dict:
    """One query through ``search_stories``: its scores and its top results."""
    resp = search_stories(es, alias, query["q"], size=TOP_K, **search_kwargs)
    ranked = [result_keys(s, version_of) for s in resp["stories"]]
    top = [(s["best"]["title"], sorted(keys)) for s, keys in zip(resp["stories"], ranked)]
    versions = set(version_of.values())
    in_lang = [k for k in query["relevant"] if f"{k}-{query['lang']}" in versions]
    translations = resp.get("expanded", {}).get("translations", {})
    return {**query, **score(query["relevant"], ranked, in_lang), "top": top,
            "translations": translations}


def _matches(es: Elasticsearch, alias: str, q: str, ids: list[str]) -> bool:
    """True if the search query for ``q`` matches one of the docs ``ids``."""
    query = {"bool": {"must": [build_query(q)], "filter": [{"ids": {"values": ids}}]}}
    return es.count(index=alias, query=query)["count"] > 0


def why_missed(es: Elasticsearch, alias: str, result: dict,
               version_of: dict[str, str]) -> dict[str, str]:
    """For each missed relevant story, why: no version in the query's language, words
    that match none of its versions, words that match only one at a time, or ranking.

    The words are tried as typed (text and transliteration clauses, no translation).
    """
    ids_of: dict[str, list[str]] = defaultdict(list)
    for doc_id, version in version_of.items():
        ids_of[story_key(version)].append(doc_id)
    reasons = {}
    for key in sorted(set(result["relevant"]) - set(result["found"])):
        ids = ids_of[key]
        notes = []
        if f"{key}-{result['lang']}" not in {version_of[i] for i in ids}:
            notes.append(f"no {result['lang']} version")
        words = [w for w in dict.fromkeys(result["q"].split()) if not _matches(es, alias, w, ids)]
        if words:
            notes.append("unmatched: " + " ".join(words))
        elif not _matches(es, alias, result["q"], ids):
            notes.append("each word matches, not all together")
        else:
            notes.append(f"matches, ranked below {TOP_K}")
        reasons[key] = "; ".join(notes)
    return reasons


def evaluate(es: Elasticsearch, config: dict, stories: list[dict], queries: list[dict],
             translator: Translator | None) -> list[dict]:
    """Import into a fresh index, run every query, drop the index; one result per query.

    The embedder is the app's (EMBEDDING and its settings): searches go by meaning too unless
    EMBEDDING=off."""
    alias = f"trimova-search-eval-{uuid.uuid4().hex[:8]}"
    kwargs: dict[str, Any] = {"embedder": get_embedder(config)}
    if translator and accepts_translator():
        kwargs["translator"] = translator
    try:
        version_of = import_corpus(es, alias, config, stories, translator, kwargs["embedder"])
        results = [run_query(es, alias, q, version_of, kwargs) for q in queries]
        for r in results:
            r["why"] = why_missed(es, alias, r, version_of)
        return results
    finally:
        drop_index(es, alias)
        drop_all(es, alias)


# ------------------------------------------------------------------ report


def print_table(title: str, results: list[dict]) -> None:
    """Recall@k and MRR per type, per language and overall, then type × language.

    The last column is recall@k over the relevant stories that exist in the query's
    language (n: the queries that have one), which leaves translation out of it.
    """
    summary = summarise(results)
    print(f"\n{title}")
    print(f"{'':<26}{'n':>4}{'recall@10':>11}{'MRR':>7}{'in-lang recall@10 (n)':>24}")
    names = [f"type {t}" for t in TYPES] + [f"lang {lang}" for lang in LANGS] + ["all"]
    for name in names:
        if name in summary:
            s = summary[name]
            in_lang = (f"{s['recall_in_lang']:.3f} ({s['n_in_lang']})"
                       if s["recall_in_lang"] is not None else "-")
            print(f"{name:<26}{s['n']:>4}{s['recall']:>11.3f}{s['mrr']:>7.3f}{in_lang:>24}")
    cells = matrix(results)
    print(f"\n{'recall@10 / MRR':<26}" + "".join(f"{lang:>14}" for lang in LANGS))
    for t in TYPES:
        row = [cells.get((t, lang)) for lang in LANGS]
        print(f"{t:<26}" + "".join(f"{c['recall']:>8.2f} /{c['mrr']:>4.2f}" if c else f"{'-':>14}"
                                   for c in row))


def print_errors(results: list[dict]) -> None:
    """Every query that missed a relevant story (expected, why, what came first), then
    the queries whose first relevant story was not ranked first."""
    misses = [r for r in results if r["recall"] < 1.0]
    print(f"\nmisses ({len(misses)} of {len(results)} queries)")
    for r in misses:
        found = f" (found {', '.join(r['found'])})" if r["found"] else ""
        print(f"- [{r['lang']} {r['type']}] «{r['q']}» expected "
              f"{', '.join(r['relevant'])}{found}")
        for key, why in r["why"].items():
            print(f"    missed {key}: {why}")
        for lang, text in r["translations"].items():
            print(f"    translated to {lang}: «{text}»")
        print_top(r["top"])
    late = [r for r in results if r["rank"] and r["rank"] > 1]
    print(f"\nrelevant but not first ({len(late)} queries)")
    for r in late:
        print(f"- [{r['lang']} {r['type']}] «{r['q']}» first relevant at rank {r['rank']}")
        print_top(r["top"])


def print_top(top: list[tuple[str, list[str]]]) -> None:
    """The first three results of a query, or that there were none."""
    for i, (title, keys) in enumerate(top[:3], 1):
        print(f"    {i}. {title} [{', '.join(keys)}]")
    if not top:
        print("    (no results)")


def report(title: str, results: list[dict], errors: bool) -> None:
    """The table, and the misses if asked."""
    print_table(title, results)
    if errors:
        print_errors(results)


# ------------------------------------------------------------------ main


def translator_from(data_dir: str | Path) -> Translator | None:
    """The translator over DATA_DIR/models, or None when none is installed."""
    from translations import translator_for
    return translator_for(Path(data_dir) / "models")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--errors", action="store_true", help="list the queries that missed")
    args = parser.parse_args(argv)
    from indexer.cluster.client import make_client
    from indexer.config import load_settings

    stories, queries = align_eval.load_stories(), load_queries()
    config = load_settings()
    es = make_client(config)
    print(f"{len(queries)} queries over {len(stories)} stories "
          f"({len(align_eval.records(stories))} articles), top {TOP_K}, "
          f"EMBEDDING={config['EMBEDDING']}")
    report("without translation models", evaluate(es, config, stories, queries, None),
           args.errors)
    translator = translator_from(config["DATA_DIR"])
    if translator is None:
        print(f"\n{NO_MODELS}")
        return 0
    note = "" if accepts_translator() else " (import only: search_stories takes no translator)"
    report(f"with translation models{note}",
           evaluate(es, config, stories, queries, translator), args.errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
