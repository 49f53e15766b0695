"""Dev-corpus benchmark: alignment, language detection and cross-language search on real
translations (``../shared/dev-corpus``, outside the repository; see its README.md).

The corpus is for measuring only: none of its text goes into the project, and nothing but
this script reads it. When the folder is absent the script says so and exits 0.

Alignment and language, per corpus file: every document is written to a temporary JSON
Lines file with only ``id``, ``title``, ``text`` and one ``source`` per file (no language,
no links, no group), imported with ``Importer.from_config`` into a fresh index, as
``trimova import`` does, and read back with the export. Same-story pairs (two documents
sharing ``group_id``, against two sharing the corpus ``group``) are scored with precision,
recall and F1 over all documents; detected languages against the corpus ``lang``.

Cross-language search on WMT24: only the uk and ru documents indexed, each story's English
headline queried through ``search_stories``; then only the English ones, queried with the
uk and the ru headline. A hit: a result story (in the top 10) holding a document of the
story. Recall@10 and MRR.

Every figure is given on all groups and on two halves, split by group: a group is in the
**tuning** half when the first byte of sha1(group id) is even; choose thresholds there
only. The **held-out** half (odd first byte) must never be tuned on; report it beside.

    .venv/bin/python bench/dev_corpus_eval.py --limit-groups 15

Needs a running node (``trimova es start``) or TRIMOVA_ES_URL. Writes the figures to
``bench/out/dev_corpus_eval.json`` too.
"""
from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter, defaultdict
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from elasticsearch import Elasticsearch  # noqa: E402

from archive.languages import normalise_lang  # noqa: E402
from indexer.alignment.overrides import drop_all  # noqa: E402
from indexer.cluster.client import make_client  # noqa: E402
from indexer.config import load_settings  # noqa: E402
from indexer.embedding import get_embedder  # noqa: E402
from indexer.ingest.pipeline import Importer  # noqa: E402
from indexer.search.stories import search_stories  # noqa: E402
from indexer.settings import public_view  # noqa: E402
from indexer.store.export import iter_rows  # noqa: E402
from indexer.store.schema import drop_index  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "dev-corpus"
OUT = ROOT / "bench" / "out" / "dev_corpus_eval.json"
#: corpus file → the one ``source`` (outlet) its documents are imported under
SOURCES = {"wmt24_docs.jsonl": "wmt24", "manpages_dev.jsonl": "manpages"}
SEARCH_FILE = "wmt24_docs.jsonl"
DOMAINS = ("news", "social", "speech", "literary")
PARTS = ("all", "tuning", "held-out")
LANGS = ("uk", "en", "ru")
TOP_K = 10
MIN_QUERY_WORDS = 3
CONFUSION_HEAD = "corpus \\ detected"
DIRECTIONS = (("en→uk/ru", "en", ("uk", "ru")), ("uk→en", "uk", ("en",)),
              ("ru→en", "ru", ("en",)))
Doc = dict[str, Any]


# ------------------------------------------------------------------ corpus


def half(group: str) -> str:
    """``tuning`` or ``held-out``: the even/odd first byte of the group id's sha1.

    >>> half("CPU_SET.3"), half("wmt24:test-en-news_beverly_press.3585")
    ('tuning', 'held-out')
    """
    return "tuning" if hashlib.sha1(group.encode("utf-8")).digest()[0] % 2 == 0 else "held-out"


def gold_lang(doc: Doc) -> str:
    """The corpus language, ``ua`` read as ``uk``."""
    return normalise_lang(doc["lang"]) or doc["lang"]


def load_docs(path: Path, limit_groups: int | None) -> list[Doc]:
    """The file's documents, only those of its first ``limit_groups`` groups if given."""
    docs = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    if limit_groups is None:
        return docs
    keep = set(list(dict.fromkeys(d["group"] for d in docs))[:limit_groups])
    return [d for d in docs if d["group"] in keep]


def record(doc: Doc, source: str) -> Doc:
    """What is imported of a document: its id, title, text and the file's source."""
    return {"id": doc["id"], "title": doc["title"], "text": doc["text"], "source": source}


def subsets(docs: list[Doc]) -> dict[str, set[str]]:
    """Document ids per part (``all``, the two halves) and per WMT24 domain."""
    parts: dict[str, set[str]] = defaultdict(set)
    for d in docs:
        parts["all"].add(d["id"])
        parts[half(d["group"])].add(d["id"])
        if d.get("domain"):
            parts[f"domain {d['domain']}"].add(d["id"])
    return parts


# ------------------------------------------------------------------ index


@contextmanager
def fresh_index(es: Elasticsearch, keep: bool) -> Iterator[str]:
    """A unique alias, dropped (with its decision indices) afterwards unless ``keep``."""
    alias = f"trimova-dev-corpus-{uuid.uuid4().hex[:8]}"
    try:
        yield alias
    finally:
        if keep:
            print(f"kept index {alias}")
        else:
            drop_index(es, alias)
            drop_all(es, alias)


def import_docs(es: Elasticsearch, settings: dict, alias: str, docs: list[Doc],
                source: str) -> tuple[list[dict], dict]:
    """Import ``docs`` into ``alias`` as ``trimova import`` would; the export rows, the counts."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "corpus.jsonl"
        path.write_text("".join(json.dumps(record(d, source), ensure_ascii=False) + "\n"
                                for d in docs), encoding="utf-8")
        importer = Importer.from_config(es, {**settings, "INDEX": alias},
                                        rejects=Path(tmp) / "rejects.jsonl",
                                        dead_letters=Path(tmp) / "dead.jsonl")
        start = time.perf_counter()
        summary = importer.process_all([str(path)])
        seconds = time.perf_counter() - start
    es.indices.refresh(index=alias)
    rows = list(iter_rows(es, alias))
    info = {"documents": len(docs), "seconds": round(seconds, 2),
            "docs_per_s": round(len(docs) / seconds, 1) if seconds else None,
            "rejected": summary.rejected, "failed": summary.failed,
            "indexed": len(rows), "translator": importer.translator is not None}
    return rows, info


# ------------------------------------------------------------------ alignment scores


def pairs_of(labels: dict[str, str]) -> set[frozenset]:
    """Every pair of ids sharing a label.

    >>> sorted(map(sorted, pairs_of({"a": "1", "b": "1", "c": "2"})))
    [['a', 'b']]
    """
    groups: dict[str, list[str]] = defaultdict(list)
    for doc_id, label in labels.items():
        if label is not None:
            groups[label].append(doc_id)
    return {frozenset(p) for ids in groups.values() for p in itertools.combinations(ids, 2)}


def prf(predicted: set[frozenset], truth: set[frozenset], members: set[str]) -> dict:
    """Pairwise precision/recall/F1 over the pairs with at least one document in ``members``.

    >>> s = prf({frozenset("ab"), frozenset("cd")}, {frozenset("ab"), frozenset("ce")}, set("ab"))
    >>> s["tp"], s["fp"], s["fn"], s["f1"]
    (1, 0, 0, 1.0)
    """
    predicted = {p for p in predicted if p & members}
    truth = {p for p in truth if p & members}
    tp, fp, fn = len(predicted & truth), len(predicted - truth), len(truth - predicted)
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"docs": len(members), "tp": tp, "fp": fp, "fn": fn,
            "precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3)}


def language_scores(docs: list[Doc], detected: dict[str, str], members: set[str]) -> dict:
    """Accuracy of the detected languages and the corpus → detected confusion counts."""
    confusion: dict[str, Counter] = defaultdict(Counter)
    for d in docs:
        if d["id"] in members:
            confusion[gold_lang(d)][detected.get(d["id"]) or "missing"] += 1
    n = sum(sum(c.values()) for c in confusion.values())
    right = sum(c[gold] for gold, c in confusion.items())
    return {"n": n, "correct": right, "accuracy": round(right / n, 3) if n else None,
            "confusion": {gold: dict(c) for gold, c in sorted(confusion.items())}}


def align_file(es: Elasticsearch, settings: dict, path: Path, limit: int | None,
               keep: bool) -> dict:
    """Import one corpus file content-only; score its groups and languages per part."""
    docs = load_docs(path, limit)
    with fresh_index(es, keep) as alias:
        rows, info = import_docs(es, settings, alias, docs, SOURCES[path.name])
    predicted = pairs_of({r["external_id"]: r["group_id"] for r in rows})
    truth = pairs_of({d["id"]: d["group"] for d in docs})
    detected = {r["external_id"]: r["lang"] for r in rows}
    parts = subsets(docs)
    return {"import": info, "groups": len({d["group"] for d in docs}),
            "groups_per_half": dict(Counter(half(g) for g in {d["group"] for d in docs})),
            "pairs": {name: prf(predicted, truth, ids) for name, ids in parts.items()},
            "language": {name: language_scores(docs, detected, parts[name]) for name in PARTS}}


# ------------------------------------------------------------------ search


def stories_of(docs: list[Doc]) -> dict[str, dict[str, Doc]]:
    """Corpus group → its documents by language."""
    out: dict[str, dict[str, Doc]] = defaultdict(dict)
    for d in docs:
        out[d["group"]][gold_lang(d)] = d
    return out


def rank_of(resp: dict, wanted: set[str], external: dict[str, str]) -> int | None:
    """The 1-based rank of the first result story holding one of the ``wanted`` external ids."""
    for rank, story in enumerate(resp["stories"], 1):
        ids = ({story["best"]["id"]} | {v["id"] for v in story["versions"]}
               | {e["id"] for e in story.get("editions", [])})
        if {external.get(i) for i in ids} & wanted:
            return rank
    return None


def run_queries(es: Elasticsearch, alias: str, stories: dict[str, dict[str, Doc]],
                query_lang: str, external: dict[str, str], translator: Any,
                embedder: Any = None) -> list[dict]:
    """One query per story (its ``query_lang`` title); skipped ones say why."""
    results = []
    for group, versions in stories.items():
        doc = versions.get(query_lang)
        if doc is None:
            results.append({"group": group, "skip": "absent"})
            continue
        if len(doc["title"].split()) < MIN_QUERY_WORDS:
            results.append({"group": group, "skip": "short"})
            continue
        wanted = {d["id"] for lang, d in versions.items() if lang != query_lang}
        resp = search_stories(es, alias, doc["title"], size=TOP_K, translator=translator,
                              embedder=embedder)
        results.append({"group": group, "rank": rank_of(resp, wanted, external)})
    return results


def search_summary(results: list[dict]) -> dict[str, dict]:
    """Recall@10, MRR and skip counts per part."""
    out = {}
    for part in PARTS:
        rows = [r for r in results if part == "all" or half(r["group"]) == part]
        asked = [r for r in rows if "skip" not in r]
        hits = [r for r in asked if r["rank"] is not None]
        n = len(asked)
        out[part] = {"n": n, "skipped_short": sum(r.get("skip") == "short" for r in rows),
                     "absent": sum(r.get("skip") == "absent" for r in rows),
                     "recall_at_10": round(len(hits) / n, 3) if n else None,
                     "mrr": round(sum(1 / r["rank"] for r in hits) / n, 3) if n else None}
    return out


def search_direction(es: Elasticsearch, settings: dict, docs: list[Doc], query_langs: list[str],
                     indexed: tuple[str, ...], keep: bool) -> dict[str, dict]:
    """Index only the ``indexed`` languages; query with each of ``query_langs``' titles."""
    stories = stories_of(docs)
    with fresh_index(es, keep) as alias:
        rows, info = import_docs(es, settings, alias,
                                 [d for d in docs if gold_lang(d) in indexed], "wmt24")
        external = {r["id"]: r["external_id"] for r in rows}
        translator = _translator(settings) if info["translator"] else None
        embedder = get_embedder(settings)  # the web UI's: it searches by meaning too
        return {lang: {"import": info, **search_summary(
            run_queries(es, alias, stories, lang, external, translator, embedder))}
            for lang in query_langs}


def _translator(settings: dict) -> Any:
    """The translator the web UI searches with (the one the import used)."""
    from translations import translator_for
    return translator_for(Path(settings["DATA_DIR"]) / "models")


def search_file(es: Elasticsearch, settings: dict, path: Path, limit: int | None,
                keep: bool) -> dict[str, dict]:
    """Both directions of cross-language search on the WMT24 file."""
    docs = load_docs(path, limit)
    out = search_direction(es, settings, docs, ["en"], ("uk", "ru"), keep)
    results = {"en→uk/ru": out["en"]}
    out = search_direction(es, settings, docs, ["uk", "ru"], ("en",), keep)
    results.update({"uk→en": out["uk"], "ru→en": out["ru"]})
    return results


# ------------------------------------------------------------------ report


def print_align(name: str, res: dict) -> None:
    """The import line, the pair table, language accuracy and the confusion table."""
    info, halves = res["import"], res["groups_per_half"]
    print(f"\n== alignment and language: {name} ({info['documents']} docs, {res['groups']} "
          f"groups: {halves.get('tuning', 0)} tuning, {halves.get('held-out', 0)} held-out) ==")
    print(f"import: {info['seconds']:.1f} s, {info['docs_per_s']} docs/s; "
          f"{info['rejected']} rejected, {info['failed']} refused, {info['indexed']} indexed")
    print(f"{'same-story pairs':<20}{'docs':>6}{'tp':>6}{'fp':>6}{'fn':>6}"
          f"{'precision':>11}{'recall':>8}{'F1':>7}")
    names = [*PARTS, *(f"domain {d}" for d in DOMAINS)]
    for part in [n for n in names if n in res["pairs"]]:
        s = res["pairs"][part]
        print(f"{part:<20}{s['docs']:>6}{s['tp']:>6}{s['fp']:>6}{s['fn']:>6}"
              f"{s['precision']:>11.3f}{s['recall']:>8.3f}{s['f1']:>7.3f}")
    print(f"{'language':<20}{'docs':>6}{'right':>6}{'accuracy':>10}")
    for part in PARTS:
        s = res["language"][part]
        acc = f"{s['accuracy']:.3f}" if s["accuracy"] is not None else "-"
        print(f"{part:<20}{s['n']:>6}{s['correct']:>6}{acc:>10}")
    print_confusion(res["language"]["all"]["confusion"])


def print_confusion(confusion: dict[str, dict[str, int]]) -> None:
    """Corpus language (rows) against detected language (columns), all parts together."""
    cols = list(LANGS) + sorted({k for c in confusion.values() for k in c} - set(LANGS))
    print(f"{CONFUSION_HEAD:<20}" + "".join(f"{c:>8}" for c in cols))
    for gold in dict.fromkeys(g for g in (*LANGS, *sorted(confusion)) if g in confusion):
        row = confusion[gold]
        print(f"{gold:<20}" + "".join(f"{row.get(c, 0):>8}" for c in cols))


def print_search(name: str, res: dict[str, dict]) -> None:
    """Recall@10 and MRR per direction and part."""
    models = any(parts["import"]["translator"] for parts in res.values())
    print(f"\n== cross-language search: {name} (top {TOP_K}, headline as the query; "
          f"titles under {MIN_QUERY_WORDS} words skipped; translation models: "
          f"{'installed' if models else 'none'}) ==")
    print(f"{'direction':<12}{'part':<10}{'indexed':>8}{'queries':>8}{'skipped':>8}"
          f"{'absent':>7}{'recall@10':>11}{'MRR':>7}")
    for direction, parts in res.items():
        for part in PARTS:
            s = parts[part]
            rec = f"{s['recall_at_10']:.3f}" if s["n"] else "-"
            mrr = f"{s['mrr']:.3f}" if s["n"] else "-"
            print(f"{direction:<12}{part:<10}{parts['import']['indexed']:>8}{s['n']:>8}"
                  f"{s['skipped_short']:>8}{s['absent']:>7}{rec:>11}{mrr:>7}")


def commit() -> str | None:
    """The short commit of the working tree, None outside git."""
    out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT,
                         capture_output=True, text=True)
    return out.stdout.strip() or None


def relevant_settings(settings: dict) -> dict:
    """ALIGN_MIN_SCORE and every EMBEDDING* setting, secrets masked."""
    return {k: v for k, v in sorted(public_view(settings).items())
            if k == "ALIGN_MIN_SCORE" or k.startswith("EMBEDDING")}


# ------------------------------------------------------------------ main


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """The command line."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS,
                        help=f"the dev-corpus folder (default {DEFAULT_CORPUS})")
    parser.add_argument("--only", choices=("align", "search"), help="run one part only")
    parser.add_argument("--files", nargs="+", choices=list(SOURCES), default=list(SOURCES),
                        help="corpus files to measure (search runs on wmt24_docs.jsonl only)")
    parser.add_argument("--limit-groups", type=int, metavar="N",
                        help="only the first N groups of each file (a quick partial run)")
    parser.add_argument("--keep", action="store_true", help="keep the indexes for inspection")
    return parser.parse_args(argv)


def run(args: argparse.Namespace, es: Elasticsearch, settings: dict) -> dict:
    """Every measurement asked for, printed as it finishes; the figures."""
    figures: dict[str, dict] = {"align": {}, "search": {}}
    for name in args.files:
        path = args.corpus / name
        if not path.exists():
            print(f"\n{path} not found: skipped")
            continue
        if args.only != "search":
            figures["align"][name] = align_file(es, settings, path, args.limit_groups, args.keep)
            print_align(name, figures["align"][name])
        if args.only != "align" and name == SEARCH_FILE:
            figures["search"][name] = search_file(es, settings, path, args.limit_groups,
                                                  args.keep)
            print_search(name, figures["search"][name])
    return figures


def main(argv: list[str] | None = None) -> int:
    """Measure what is asked, print the tables, write the JSON; 0 also without a corpus."""
    args = parse_args(argv)
    if not args.corpus.is_dir():
        print(f"dev corpus not found at {args.corpus} (it is not part of the repository; "
              "pass --corpus DIR): nothing measured")
        return 0
    settings = load_settings()
    es = make_client(settings)
    meta = {"commit": commit(), "corpus": str(args.corpus), "limit_groups": args.limit_groups,
            "split": "tuning: sha1(group)[0] even; held-out: odd (never tune on it)",
            "settings": relevant_settings(settings)}
    print(f"dev corpus {args.corpus}, commit {meta['commit']}"
          + (f", first {args.limit_groups} groups per file" if args.limit_groups else ""))
    print("settings: " + ", ".join(f"{k}={v!r}" for k, v in meta["settings"].items()))
    print(f"halves by group: {meta['split']}")
    figures = run(args, es, settings)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps({**meta, **figures}, ensure_ascii=False, indent=2) + "\n",
                   encoding="utf-8")
    print(f"\nfigures written to {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
