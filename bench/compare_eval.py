"""Compare-page benchmark on real literal translations: how many paragraphs are marked as
having no counterpart (``../shared/dev-corpus``, outside the repository; see its README.md).

Every story of WMT24 (and, with ``--files``, the man pages with two languages) has versions
that translate each other segment by segment, so every paragraph has a counterpart: each one
the compare page marks as present in its version only is a false discrepancy. The versions'
paragraphs (the blank-line separated segments) are aligned with ``align_versions`` as the
compare page does, without and with paragraph vectors (from the embedder the settings ask
for, through ``paragraph_vectors`` as the app gets them; kept in memory for the run, no
Elasticsearch). Figures per half of the groups: **tuning** when the first byte of sha1(group
id) is even (choose weights there only), **held-out** otherwise; and per domain.

Literal translations only show false discrepancies. To see true ones found, each story is
also measured **edited** as an adapting editor might: in one version (chosen by the group's
sha1) one paragraph is dropped and two others are joined into one. Every paragraph of the
other versions at the dropped one's place has no counterpart there; the joined one has two.
Discrepancy precision and recall count (paragraph, version it lacks a counterpart in) units,
as bench/align_eval.py does. The man pages are not paragraph-parallel (their renderings split
paragraphs differently), so their share of lone paragraphs is an upper bound, not an error rate.

    .venv/bin/python bench/compare_eval.py --limit-groups 20

Embedding costs 0.1-0.2 s of CPU per paragraph (WMT24 has about 3,000): ``--limit-groups N``
measures N groups of each half, the domains in turn (a fixed sample: sha1 order in each).
When the corpus folder is absent the script says so and exits 0.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any, Callable, Mapping

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import numpy  # noqa: E402

from indexer.comparison.paragraphs import align_versions, discrepancies  # noqa: E402
from indexer.comparison.vectors import paragraph_vectors  # noqa: E402
from indexer.config import load_settings  # noqa: E402
from indexer.embedding import get_embedder  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "dev-corpus"
FILES = ("wmt24_docs.jsonl", "manpages_dev.jsonl")
HALVES = ("tuning", "held-out")
Versions = dict[str, list[str]]
Row = dict[str, list[int]]


class MemoryCache:
    """Paragraph vectors kept for the run, in the shape of the archive's cache."""

    def __init__(self) -> None:
        self.vectors: dict[str, numpy.ndarray] = {}

    def get(self, model: str, keys: list[str]) -> dict[str, numpy.ndarray]:
        """The kept vectors of ``keys``."""
        return {k: self.vectors[k] for k in keys if k in self.vectors}

    def put(self, model: str, vectors: Mapping[str, numpy.ndarray]) -> None:
        """Keep ``vectors``."""
        self.vectors.update(vectors)


def half(group: str) -> str:
    """``tuning`` or ``held-out``: the even/odd first byte of the group id's sha1.

    >>> half("CPU_SET.3"), half("wmt24:test-en-news_beverly_press.3585")
    ('tuning', 'held-out')
    """
    return "tuning" if _sha1(group)[0] % 2 == 0 else "held-out"


def _sha1(text: str) -> bytes:
    return hashlib.sha1(text.encode("utf-8")).digest()


def paragraphs(text: str) -> list[str]:
    """A corpus text's paragraphs: its blank-line separated segments, blank ones left out.

    >>> paragraphs("One.\\n\\n  \\n\\nTwo\\nlines.")
    ['One.', 'Two\\nlines.']
    """
    return [p.strip() for p in text.split("\n\n") if p.strip()]


def load_stories(path: Path) -> dict[str, dict[str, Any]]:
    """Group id → its domain and versions (language → paragraphs), two languages or more."""
    stories: dict[str, dict[str, Any]] = defaultdict(lambda: {"versions": {}})
    for line in path.open(encoding="utf-8"):
        if line.strip():
            doc = json.loads(line)
            story = stories[doc["group"]]
            story["domain"] = doc.get("domain") or path.stem.split("_")[0]
            story["versions"][doc["lang"]] = paragraphs(doc["text"])
    return {g: s for g, s in stories.items() if sum(1 for v in s["versions"].values() if v) > 1}


def sample(stories: dict[str, dict], limit: int | None) -> dict[str, dict]:
    """``limit`` groups of each half, the domains taken in turn, each in sha1 order (all
    groups without a limit)."""
    chosen = {}
    for part in HALVES:
        rank: dict[str, int] = {}
        turns: dict[str, int] = defaultdict(int)
        for group in sorted((g for g in stories if half(g) == part), key=_sha1):
            rank[group] = turns[stories[group]["domain"]]
            turns[stories[group]["domain"]] += 1
        groups = sorted(rank, key=lambda g: (rank[g], _sha1(g)))
        chosen.update({g: stories[g] for g in groups[:limit]})
    return chosen


def edited(group: str, versions: Versions) -> tuple[Versions, list[Row]] | None:
    """The versions with one edited (a paragraph dropped, two joined), and the true rows;
    None when the version chosen has fewer than 5 paragraphs."""
    digest = _sha1(group)
    langs = list(versions)
    target = langs[digest[1] % len(langs)]
    count = len(versions[target])
    if count < 5:
        return None
    drop = digest[2] % count
    joinable = [i for i in range(count - 1) if drop not in (i, i + 1)]
    join = joinable[digest[3] % len(joinable)]
    kept: list[str] = []
    new_index = {}
    for i, text in enumerate(versions[target]):
        if i == join + 1:
            kept[-1] += " " + text
        elif i != drop:
            kept.append(text)
        new_index[i] = len(kept) - 1
    rows = [{**{lang: [i] for lang in langs if lang != target},
             **({target: [new_index[i]]} if i != drop else {})} for i in range(count)]
    return {**versions, target: kept}, rows


def lone_units(rows: list[Row], langs: list[str]) -> set[tuple[str, int, str]]:
    """(language, paragraph, other language) for every paragraph without counterpart there.

    >>> sorted(lone_units([{"uk": [0], "en": [0]}, {"uk": [1]}], ["uk", "en"]))
    [('uk', 1, 'en')]
    """
    return {(lang, i, other) for row in rows for lang, idxs in row.items() for i in idxs
            for other in langs if other != lang and not row.get(other)}


def score_story(versions: Versions, edit: tuple[Versions, list[Row]] | None,
                vectors: Callable[[Versions], Any]) -> dict[str, float]:
    """Lone paragraphs of the literal versions; discrepancy units found in the edited ones."""
    langs = list(versions)
    out = {"lone": sum(discrepancies(align_versions(versions, vectors(versions)),
                                     langs).values())}
    if edit is not None:
        found = lone_units(align_versions(edit[0], vectors(edit[0])), langs)
        truth = lone_units(edit[1], langs)
        out.update(tp=len(found & truth), fp=len(found - truth), fn=len(truth - found))
    return out


def measure(stories: dict[str, dict], embedder: Any, cache: MemoryCache) -> dict[str, dict]:
    """Paragraphs, lone ones and edits found, without and with vectors, per half and domain."""
    counts: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    ways = {"lexical": lambda versions: None}
    if embedder is not None:
        ways["meaning"] = lambda versions: paragraph_vectors(embedder, versions, cache)
    for group, story in stories.items():
        versions = story["versions"]
        edit = edited(group, versions)
        row = {"groups": 1, "paragraphs": sum(len(p) for p in versions.values()),
               "edited": int(edit is not None)}
        started = time.process_time()
        for way, vectors in ways.items():
            row.update({f"{key}_{way}": value
                        for key, value in score_story(versions, edit, vectors).items()})
        row["cpu_s"] = time.process_time() - started
        for part in (half(group), f"domain {story['domain']}", "all"):
            for key, value in row.items():
                counts[part][key] += value
    return {part: dict(c) for part, c in counts.items()}


def print_table(name: str, counts: dict[str, dict]) -> None:
    """One line per half and per domain: lone paragraphs, then the edits' discrepancies."""
    ways = [w for w in ("lexical", "meaning") if f"lone_{w}" in counts["all"]]
    print(f"\n{name}: paragraphs marked as having no counterpart (all are translated); "
          "edited stories: discrepancy precision / recall")
    print(f"{'part':<18}{'groups':>7}{'paras':>7}"
          + "".join(f"{'lone, ' + w:>17}" for w in ways) + f"{'edited':>8}"
          + "".join(f"{'P / R, ' + w:>20}" for w in ways))
    for part in sorted(counts, key=lambda p: (p == "all", not p.startswith("domain"), p)):
        c = counts[part]
        print(f"{part:<18}{int(c['groups']):>7}{int(c['paragraphs']):>7}"
              + "".join(f"{_share(c[f'lone_{w}'], c['paragraphs']):>17}" for w in ways)
              + f"{int(c['edited']):>8}" + "".join(f"{_pr(c, w):>20}" for w in ways))


def _share(lone: float, total: float) -> str:
    return f"{int(lone)} ({100 * lone / total:.1f} %)" if total else "-"


def _pr(c: dict[str, float], way: str) -> str:
    """Precision / recall of one way's discrepancy units."""
    tp, fp, fn = (c.get(f"{k}_{way}", 0) for k in ("tp", "fp", "fn"))
    if not tp + fp + fn:
        return "-"
    return f"{tp / (tp + fp) if tp + fp else 1:.3f} / {tp / (tp + fn) if tp + fn else 1:.3f}"


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """The command line."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS,
                        help=f"the dev-corpus folder (default {DEFAULT_CORPUS})")
    parser.add_argument("--files", nargs="+", choices=FILES, default=FILES[:1],
                        help="corpus files to measure (default: WMT24 only)")
    parser.add_argument("--limit-groups", type=int, metavar="N",
                        help="only N groups of each half (a quicker partial run)")
    parser.add_argument("--no-vectors", action="store_true",
                        help="the lexical aligner only (no embedding)")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Measure each file asked for and print its table; 0 also without a corpus."""
    args = parse_args(argv)
    if not args.corpus.is_dir():
        print(f"dev corpus not found at {args.corpus} (it is not part of the repository; "
              "pass --corpus DIR): nothing measured")
        return 0
    settings = load_settings()
    embedder = None if args.no_vectors else get_embedder(settings)
    print(f"dev corpus {args.corpus}; vectors: "
          f"{embedder.model if embedder else 'none (lexical only)'}; halves by group: "
          "tuning sha1(group)[0] even, held-out odd")
    cache = MemoryCache()
    for name in args.files:
        stories = sample(load_stories(args.corpus / name), args.limit_groups)
        counts = measure(stories, embedder, cache)
        print_table(name, counts)
        print(f"{len(cache.vectors)} distinct paragraphs embedded so far; "
              f"{counts['all']['cpu_s']:.0f} s of CPU for this file (embedding and aligning)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
