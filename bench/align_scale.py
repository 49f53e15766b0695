"""Scaling benchmark: does an article cost the same to import into a big archive as a small one?

Generates a synthetic archive (stories in uk/en/ru with shared numbers and transliterated
names, spread over two years and 20 outlets, no explicit links), imports N articles into a
fresh index with the real pipeline (detection, bulk write, alignment through the index) and
prints the time per article for each size, their ratio, and pairwise grouping accuracy.

    python bench/align_scale.py --sizes 5000 50000
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
import uuid
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from elasticsearch import helpers  # noqa: E402

from indexer.alignment.overrides import drop_all  # noqa: E402
from indexer.ingest.pipeline import Importer  # noqa: E402
from indexer.store.schema import drop_index  # noqa: E402
from indexer.text.translit import transliterate  # noqa: E402

UK_SYL = ["ко", "ва", "рі", "ні", "ло", "те", "ми", "да", "су", "ча", "ґа", "ї", "єв", "ця", "ри"]
RU_SYL = ["ко", "ва", "ры", "ни", "ло", "те", "мы", "да", "су", "ча", "ё", "эт", "ъе", "ца", "ри"]
EN_WORDS = ("city council budget bridge repair school market river harvest station tram "
            "district heating library museum festival hospital road water park plant").split()
NAME_SYL = ["Ма", "ри", "Ко", "ва", "Ле", "нко", "Бо", "дан", "Тка", "чук", "Сав", "Ір"]


def _word(rng: random.Random, syllables: list[str]) -> str:
    return "".join(rng.choice(syllables) for _ in range(rng.randint(2, 4)))


def _name(rng: random.Random) -> str:
    return "".join(rng.choice(NAME_SYL) for _ in range(3)).capitalize()


def _sentence(rng: random.Random, lang: str, names: list[str], numbers: list[int]) -> str:
    if lang == "en":
        words = [rng.choice(EN_WORDS) for _ in range(rng.randint(8, 14))]
    else:
        words = [_word(rng, UK_SYL if lang == "uk" else RU_SYL) for _ in range(rng.randint(8, 14))]
    name = rng.choice(names)
    words.insert(rng.randrange(len(words)), transliterate(name, "uk") if lang == "en" else name)
    words.insert(rng.randrange(len(words)), str(rng.choice(numbers)))
    return " ".join(words).capitalize() + "."


def story(rng: random.Random, key: int, day: date) -> list[dict]:
    """Three versions of one synthetic story sharing names, numbers, outlet and date."""
    names = [_name(rng) for _ in range(3)]
    numbers = [rng.randint(10, 99999) for _ in range(4)]
    paragraphs = rng.randint(3, 7)
    source = f"outlet{rng.randint(1, 20)}.example"
    out = []
    for lang in ("uk", "en", "ru"):
        seed = rng.random()
        local = random.Random(f"{key}-{lang}-{seed}")
        paras = [" ".join(_sentence(local, lang, names, numbers) for _ in range(2))
                 for _ in range(paragraphs)]
        out.append({"id": f"s{key}-{lang}", "title": _sentence(local, lang, names, numbers),
                    "text": "\n\n".join(paras), "source": source,
                    "published": (day + timedelta(hours=local.randint(0, 20))).isoformat()})
    return out


def write_archive(path: Path, articles: int, seed: int = 7) -> None:
    """A JSONL file of ``articles`` synthetic articles (stories of three versions)."""
    rng = random.Random(seed)
    start = date(2024, 1, 1)
    with path.open("w", encoding="utf-8") as fh:
        written, key = 0, 0
        while written < articles:
            day = start + timedelta(days=rng.randint(0, 729))
            for rec in story(rng, key, day)[: articles - written]:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
                written += 1
            key += 1


def run(size: int, tmp: Path) -> dict:
    """Import ``size`` articles into a fresh index; return timings and grouping accuracy."""
    from indexer.cluster.client import make_client
    from indexer.config import load_settings

    path = tmp / f"synthetic-{size}.jsonl"
    write_archive(path, size)
    es = make_client(load_settings())
    alias = f"trimova-scale-{uuid.uuid4().hex[:8]}"
    # lexical only (no embedder): this measures how alignment's cost grows with the archive,
    # and embedding 50,000 articles would take hours here (bench/embed_bench.py measures it)
    importer = Importer(es, alias, rejects=tmp / "r.jsonl", dead_letters=tmp / "d.jsonl")
    try:
        started = time.perf_counter()
        summary = importer.process_all([str(path)])
        elapsed = time.perf_counter() - started
        correct = _correct_groups(es, alias)
    finally:
        drop_index(es, alias)
        drop_all(es, alias)
    return {"size": size, "seconds": elapsed, "ms_per_article": 1000 * elapsed / summary.read,
            "read": summary.read, "correct_groups": correct}


def _correct_groups(es, alias) -> float:
    groups = defaultdict(set)
    for hit in helpers.scan(es, index=alias, query={"query": {"match_all": {}}}):
        groups[hit["_source"]["group_id"]].add(hit["_source"]["external_id"].split("-")[0])
    return sum(1 for g in groups.values() if len(g) == 1) / len(groups)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[5000, 50000])
    args = parser.parse_args(argv)
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            r = run(size, Path(tmp))
            results.append(r)
            print(f"{r['size']:>7} articles: {r['seconds']:8.1f} s, {r['ms_per_article']:.2f} "
                  f"ms/article, {r['read'] / r['seconds']:.0f} articles/s, "
                  f"groups holding one story only: {r['correct_groups']:.3f}", flush=True)
    base = results[0]["ms_per_article"]
    for r in results[1:]:
        print(f"cost per article at {r['size']} / at {results[0]['size']}: "
              f"{r['ms_per_article'] / base:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
