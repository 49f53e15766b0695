"""Search under load: the HTML search page against the raw Elasticsearch query it runs.

Builds a synthetic archive (``--stories`` stories of three versions, from
``bench/align_scale.py``) straight into a fresh index, without the importer's alignment:
each record becomes an Article, then a document with its language detected, then one bulk
upsert, the story's versions already grouped (``group_id = g-s<key>``). Then it serves the
real app in a subprocess (``trimova serve`` on a free 127.0.0.1 port, ``TRIMOVA_INDEX``
pointing at the new alias) and runs, one after the other on the same fixed list of
queries, ``--clients`` threads of ``--requests`` requests each against ``/?q=...``, the
same number through the app's search function (``indexer.search.stories.search_stories``
with ten stories a page: every request it sends Elasticsearch, as the page runs it) and the
same number of a plain ``multi_match`` over the same fields (ten hits, nothing else), the
baseline, in ``--rounds`` rounds (3), the order of the legs reversed every other round. It
prints the load time, each round's p50/p95/p99 latencies, requests/s, errors (any non-200
or exception) and ratios of the p95s, then the median of each ratio over the rounds; then
drops the index unless ``--keep``. After loading, the index's segments are merged, as an
import of that size asks Elasticsearch to (:mod:`indexer.store.merging`), and waited for;
``--no-merge`` measures the segments the load leaves.
``--load-only`` builds an index and keeps it; ``--alias`` measures one built before.

With an embedding model configured (``EMBEDDING``, local by default) the index gets
vectors of it as well, unless ``--no-vectors`` (``TRIMOVA_EMBEDDING=off``: none). Two
hours of two cores would embed 150,000 texts, so the model embeds ``--pool`` synthetic
passages and each story's versions get mixes of two of those vectors plus a little noise:
real vectors' distribution, each one distinct, which is what the kNN search's cost depends
on. The page and the app's search then run twice, by meaning (the kNN leg, the query
embedded by the real model) and by words (a second server with ``EMBEDDING=off``), and it
prints the kNN leg's p95 ratio too. Queries repeat (40 of them), so the app's memory of
query vectors and Elasticsearch's request cache answer some of the work; ``--fresh`` gives
every request a query of its own.

    python bench/search_load.py                  # 50,000 stories = 150,000 articles
    python bench/search_load.py --stories 5000   # a quick check
    python bench/search_load.py --fresh          # no query twice: no cache helps
    TRIMOVA_EMBEDDING=off python bench/search_load.py --alias trimova-bench-x  # words only

Needs the local node running (``trimova es start``), or TRIMOVA_ES_URL and credentials.
Only 127.0.0.1 traffic; every loop is bounded by count and by ``--max-seconds``.
"""
from __future__ import annotations

import argparse
import os
import random
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
import uuid
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Callable, Iterator
from urllib.parse import quote

import numpy

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from align_scale import story  # noqa: E402

from archive.readers.jsonl import record_to_article  # noqa: E402
from indexer.alignment.overrides import drop_all  # noqa: E402
from indexer.embedding.passages import lead_passage  # noqa: E402
from indexer.search.stories import search_body, search_stories, text_fields  # noqa: E402
from indexer.store.document import build_document, doc_id  # noqa: E402
from indexer.store import merging  # noqa: E402
from indexer.store.schema import drop_index, ensure_index  # noqa: E402
from indexer.store.vectors import (KEY_FIELD, ensure_vectors, recorded_model,  # noqa: E402
                                   vector_doc)
from indexer.store.writer import expand_action, write  # noqa: E402
from indexer.text.language import detect_language  # noqa: E402

TRIMOVA = ROOT / ".venv" / "bin" / "trimova"
HOST = "127.0.0.1"
SEED = 7
START = date(2024, 1, 1)
# urllib without proxies: every request goes straight to 127.0.0.1
OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


# ---------------------------------------------------------------- the synthetic archive


def records(stories: int, seed: int = SEED) -> Iterator[tuple[int, list[dict]]]:
    """``(key, three records)`` for each synthetic story, deterministic for a seed."""
    rng = random.Random(seed)
    for key in range(stories):
        day = START + timedelta(days=rng.randint(0, 729))
        yield key, story(rng, key, day)


def story_documents(key: int, recs: list[dict],
                    pool: "numpy.ndarray | None" = None) -> list[tuple[str, dict]]:
    """``(id, document)`` for the versions of one story, grouped as the aligner would; with
    a ``pool``, each with a vector (:func:`mixed_vectors`)."""
    docs = []
    for rec in recs:
        article = record_to_article(rec, f"synthetic:story {key}")
        detection = detect_language(article.title + "\n" + article.text,
                                    declared=article.lang_hint, url=article.url)
        docs.append((doc_id(article), build_document(article, detection)))
    langs = sorted({doc["lang"] for _, doc in docs})
    for _, doc in docs:
        doc.update(group_id=f"g-s{key}", group_method="content", group_score=1.0,
                   group_langs=langs)
    if pool is not None:
        for (_, doc), vector in zip(docs, mixed_vectors(pool, key, len(docs))):
            doc.update(vector_doc(doc["lang"], vector, clear=False), **{KEY_FIELD: f"bench-{key}"})
    return docs


def vector_pool(embedder, size: int) -> numpy.ndarray:
    """The real model's vectors of the title and lead of ``size`` synthetic articles, uk,
    en and ru of each story in turn (embedding all 150,000 would take hours on two cores)."""
    passages = []
    for _key, recs in records(-(-size // 3), seed=SEED + 1):
        passages += [lead_passage(r["title"], r["text"].split("\n\n")) for r in recs]
    return embedder.passages(passages[:size])


def mixed_vectors(pool: numpy.ndarray, key: int, count: int) -> list[list[float]]:
    """``count`` unit vectors for the versions of story ``key`` (uk, en, ru, as
    :func:`story` writes them): each a mix of the same two synthetic stories' passages in
    its own language, plus a little noise.

    Real vectors' distribution, each one distinct, which is what the HNSW graph's cost
    depends on; and, as with real text, a version lies nearer to other texts in its language
    than to its own translations, so a search narrowed to one language explores the graph
    as it would on real archives. Their meaning is not the text's.
    """
    stories = pool[: len(pool) // 3 * 3].reshape(-1, 3, pool.shape[1])
    rng = numpy.random.default_rng(key)
    a, b = rng.choice(len(stories), size=2, replace=False)
    made = 0.7 * stories[a, :count] + 0.3 * stories[b, :count]
    made = made + rng.normal(0.0, 0.015, size=made.shape)
    made /= numpy.linalg.norm(made, axis=1, keepdims=True)
    return numpy.round(made, 6).tolist()


def actions(stories: int, index: str, counter: list[int],
            pool: "numpy.ndarray | None" = None) -> Iterator[dict]:
    """Bulk upserts of every version of every story; counts them in ``counter[0]``."""
    for key, recs in records(stories):
        for _id, doc in story_documents(key, recs, pool):
            counter[0] += 1
            yield expand_action(_id, doc, index)


def load(es, alias: str, stories: int, chunk: int, embedder=None,
         pool_size: int = 600, merge: bool = True) -> tuple[int, float]:
    """Create the index behind ``alias`` and fill it, with vectors of ``embedder``'s model
    when there is one, then merge its segments as an import would (unless not ``merge``);
    return (articles, seconds)."""
    started = time.perf_counter()
    index = ensure_index(es, alias)
    pool = None
    if embedder is not None:
        pool = vector_pool(embedder, pool_size)
        ensure_vectors(es, alias, embedder.model, pool.shape[1])
        print(f"{len(pool)} passages embedded by {embedder.model} in "
              f"{time.perf_counter() - started:.1f} s", flush=True)
    es.indices.put_settings(index=index, settings={"index": {"refresh_interval": "-1"}})
    counter = [0]
    summary = write(es, actions(stories, index, counter, pool), chunk_size=chunk)
    es.indices.put_settings(index=index, settings={"index": {"refresh_interval": None}})
    es.indices.refresh(index=alias)
    if summary.failed:
        raise SystemExit(f"{summary.failed} documents refused, e.g. {summary.failed_ids[:3]}")
    if merge and merging.worth_merging(counter[0]):
        # what an import of this size asks for; waited for, so that no merge runs
        # under the measurement
        merging.merge(es, alias, wait=True)
    return counter[0], time.perf_counter() - started


def queries(count: int = 40, seed: int = 11) -> list[str]:
    """A fixed mix of queries from words that occur in the synthetic texts.

    Cyrillic (uk and ru) and Latin, one and two words; a two-word query is two neighbours
    from one sentence of the first stories, so (``and`` between words) it has hits.
    """
    rng = random.Random(seed)
    texts: dict[str, list[list[str]]] = {"uk": [], "en": [], "ru": []}
    for _key, recs in records(60):
        for lang, rec in zip(("uk", "en", "ru"), recs):
            words = [w.strip(".").lower() for w in rec["text"].split()]
            texts[lang].append([w for w in words if len(w) > 3 and not w.isdigit()])
    out = []
    for i in range(count):
        words = rng.choice(texts[("uk", "en", "ru")[i % 3]])
        start = rng.randrange(len(words) - 1)
        out.append(" ".join(words[start:start + (1 if i % 2 else 2)]))
    return out


def zero_hit(es, alias: str, qs: list[str]) -> list[str]:
    """The queries that find nothing (there should be none)."""
    return [q for q in qs if not es.count(index=alias, query=search_body(q)["query"])["count"]]


# ---------------------------------------------------------------- the server


def free_port() -> int:
    """A free TCP port on 127.0.0.1."""
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def start_server(alias: str, port: int, log_path: Path,
                 env: dict[str, str] | None = None) -> subprocess.Popen:
    """``trimova serve`` on ``port`` reading ``alias`` (``env`` added to the environment);
    its output goes to ``log_path``."""
    env = {**os.environ, "TRIMOVA_INDEX": alias, **(env or {})}
    with log_path.open("wb") as log:
        return subprocess.Popen([str(TRIMOVA), "serve", "--host", HOST, "--port", str(port)],
                                cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
                                stdin=subprocess.DEVNULL)


def wait_ready(base: str, proc: subprocess.Popen, timeout: float = 60) -> None:
    """Poll the search page until it answers 200; SystemExit if the server dies or stalls."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"trimova serve exited with {proc.returncode}")
        try:
            with OPENER.open(base + "/", timeout=5) as resp:
                if resp.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.25)
    raise SystemExit(f"trimova serve did not answer within {timeout:.0f} s")


def stop_server(proc: subprocess.Popen) -> None:
    """Terminate the server we started (and only it)."""
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


# ---------------------------------------------------------------- the load


@dataclass
class Result:
    """Latencies (seconds) of the successful requests, the error count and the wall time."""

    latencies: list[float] = field(default_factory=list)
    errors: int = 0
    wall: float = 0.0
    first_error: str = ""
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, seconds: float | None, error: str = "") -> None:
        """Record one request: its latency, or an error."""
        with self.lock:
            if seconds is None:
                self.errors += 1
                self.first_error = self.first_error or error
            else:
                self.latencies.append(seconds)


def html_request(base: str) -> Callable[[str], None]:
    """A request function for the search page; raises on anything but 200."""
    def get(q: str) -> None:
        with OPENER.open(f"{base}/?q={quote(q)}", timeout=30) as resp:
            resp.read()
            if resp.status != 200:
                raise RuntimeError(f"HTTP {resp.status}")
    return get


def es_request(es, alias: str, embedder=None) -> Callable[[str], None]:
    """A request function running the search page's search in this process (by meaning
    too with ``embedder``)."""
    def get(q: str) -> None:
        search_stories(es, alias, q, size=10, embedder=embedder)
    return get


def plain_request(es, alias: str) -> Callable[[str], None]:
    """The baseline: one ``multi_match`` over the same fields, ten hits, nothing else."""
    def get(q: str) -> None:
        es.search(index=alias, query={"multi_match": {"query": q, "fields": text_fields()}},
                  size=10)
    return get


def run_load(request: Callable[[str], None], qs: list[str], clients: int, per_client: int,
             max_seconds: float) -> Result:
    """``clients`` threads, each sending ``per_client`` requests (or until the deadline)."""
    result = Result()
    deadline = time.monotonic() + max_seconds

    def client(n: int) -> None:
        for i in range(per_client):
            if time.monotonic() > deadline:
                return
            q = qs[(n * per_client + i) % len(qs)]
            started = time.perf_counter()
            try:
                request(q)
            except Exception as exc:  # noqa: BLE001 -- every failure is counted as an error
                result.add(None, f"{type(exc).__name__}: {exc}")
            else:
                result.add(time.perf_counter() - started)

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    result.wall = time.perf_counter() - started
    return result


def percentile(values: list[float], pct: float) -> float:
    """The nearest-rank percentile of ``values`` (NaN when empty).

    >>> percentile([1, 2, 3, 4], 50), percentile([1, 2, 3, 4], 99)
    (2, 4)
    """
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * pct // 100))
    return ordered[int(rank) - 1]


def report(name: str, result: Result) -> float:
    """Print one line of numbers; return the p95 in ms."""
    ms = [1000 * s for s in result.latencies]
    p50, p95, p99 = (percentile(ms, p) for p in (50, 95, 99))
    done = len(ms) + result.errors
    print(f"{name:<11} {done:>6} requests in {result.wall:6.1f} s = {done / result.wall:7.1f}/s"
          f"  p50 {p50:7.1f} ms  p95 {p95:7.1f} ms  p99 {p99:7.1f} ms  errors {result.errors}",
          flush=True)
    if result.first_error:
        print(f"{'':<11} first error: {result.first_error}", flush=True)
    return p95


# ---------------------------------------------------------------- main


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--stories", type=int, default=50_000,
                        help="synthetic stories to load (three articles each)")
    parser.add_argument("--clients", type=int, default=8, help="concurrent clients")
    parser.add_argument("--requests", type=int, default=60,
                        help="requests per client in each leg of a round")
    parser.add_argument("--max-seconds", type=float, default=600,
                        help="stop a load phase after this long, whatever is left")
    parser.add_argument("--chunk", type=int, default=500, help="documents per bulk request")
    parser.add_argument("--keep", action="store_true", help="keep the index afterwards")
    parser.add_argument("--alias", help="measure this existing bench index (loads nothing, "
                        "keeps it)")
    parser.add_argument("--rounds", type=int, default=3,
                        help="rounds of every leg, the order reversed every other round")
    parser.add_argument("--no-request-cache", action="store_true",
                        help="turn the index's shard request cache off while measuring: the "
                        "fixed queries repeat, so the app's counts would come from it (what the "
                        "app asks it to keep all the same, its hits and kNN requests, stays "
                        "kept: --fresh measures without any cache's help)")
    parser.add_argument("--load-only", action="store_true",
                        help="load and keep the index, measure nothing")
    parser.add_argument("--no-vectors", action="store_true",
                        help="load no vectors, even with an embedding model configured (by "
                        "default the index gets vectors of the configured model: mixes of the "
                        "model's vectors of --pool synthetic passages), so the search runs by "
                        "words only")
    parser.add_argument("--no-merge", action="store_true",
                        help="measure the segments the load leaves (by default they are "
                        "merged after it, as an import of that size asks Elasticsearch to)")
    parser.add_argument("--pool", type=int, default=600,
                        help="passages the model embeds for the vectors (three a story, "
                        "at least six)")
    parser.add_argument("--fresh", action="store_true",
                        help="every request a query of its own (clients x requests distinct "
                        "queries, warmed up on others): no query vector or request cache "
                        "helps; without it 40 queries repeat")
    return parser.parse_args(argv)


def measure(es, alias: str, args: argparse.Namespace, embedder=None) -> None:
    """Serve the app over ``alias``, warm up, then load the page, the app's search function
    and plain ``multi_match``; with ``embedder`` (the index holds its vectors), each of the
    first two by meaning too, the page from a second server with ``EMBEDDING=off``.

    ``--rounds`` times, the legs' order reversed every other round (the machine's load
    drifts, and a short leg's p95 moves with one pause); the median of each ratio last.
    """
    servers = [("", {})] + ([(", words", {"TRIMOVA_EMBEDDING": "off"})] if embedder else [])
    procs, legs = [], []
    try:
        for suffix, env in servers:
            port = free_port()
            log_path = ROOT / "var" / f"search-load-{port}.log"
            procs.append(start_server(alias, port, log_path, env))
            wait_ready(f"http://{HOST}:{port}", procs[-1])
            legs.append((f"page{suffix}", html_request(f"http://{HOST}:{port}")))
        legs.append(("app query", es_request(es, alias, embedder)))
        if embedder:
            legs.append(("app, words", es_request(es, alias, None)))
        legs.append(("multi_match", plain_request(es, alias)))
        for q in (queries(40, seed=12) if args.fresh else queries()):  # warm-up, unmeasured
            for _name, leg in legs:
                leg(q)
        found = [measure_round(es, alias, legs, args, n, embedder is not None)
                 for n in range(args.rounds)]
    finally:
        for proc in procs:
            stop_server(proc)
    print(f"median of {args.rounds} round(s): " + ", ".join(
        f"{name} {statistics.median(r[name] for r in found):.2f}x" for name in found[0]))


def measure_round(es, alias: str, legs: list[tuple[str, Callable[[str], None]]],
                  args: argparse.Namespace, n: int, meaning: bool) -> dict[str, float]:
    """One round of every leg (in reverse order every other round); its ratios."""
    total = args.clients * args.requests
    # --fresh: a set of queries of its own each round, or the second would find them cached
    qs = queries(total, seed=11 + 100 * n) if args.fresh else queries()
    print(f"round {n + 1}: {len(qs)} {'distinct ' if args.fresh else ''}queries, e.g. "
          f"{qs[:4]}, {len(zero_hit(es, alias, qs[:40]))} of the first 40 without hits; "
          f"{args.clients} clients x {args.requests} requests each", flush=True)
    order = legs if n % 2 == 0 else legs[::-1]
    results = {name: run_load(leg, qs, args.clients, args.requests, args.max_seconds)
               for name, leg in order}
    p95 = {name: report(name, results[name]) for name, _ in legs}
    return print_ratios(p95, meaning)


def print_ratios(p95: dict[str, float], meaning: bool) -> dict[str, float]:
    """Print and return the ratios of the p95s the issues set targets for."""
    words = ("page, words", "app, words") if meaning else ("page", "app query")
    plain = p95["multi_match"]
    ratios = {"app query / multi_match": p95[words[1]] / plain,
              "page / multi_match": p95[words[0]] / plain}
    print(f"p95 ratios by words: app query / multi_match {ratios['app query / multi_match']:.2f}x"
          f" (target 2.5x), page / multi_match {ratios['page / multi_match']:.2f}x (target 3x)")
    if meaning:
        ratios["page with kNN / without"] = p95["page"] / p95["page, words"]
        ratios["app with kNN / without"] = p95["app query"] / p95["app, words"]
        print(f"p95 ratios with the kNN leg: page {ratios['page with kNN / without']:.2f}x "
              f"the page without it (target 1.5x), app query "
              f"{ratios['app with kNN / without']:.2f}x", flush=True)
    return ratios


def main(argv: list[str] | None = None) -> int:
    """Load the synthetic archive, measure, clean up."""
    args = parse_args(argv)
    os.chdir(ROOT)  # DATA_DIR defaults to the relative "var"
    from indexer.cluster.client import make_client
    from indexer.config import load_settings
    from indexer.embedding import get_embedder

    config = load_settings()
    embedder = get_embedder(config)
    vectors = embedder is not None and not args.no_vectors
    es = make_client(config)
    alias = args.alias or f"trimova-bench-{uuid.uuid4().hex[:8]}"
    try:
        if not args.alias:
            print(f"loading {args.stories} stories into {alias} ...", flush=True)
            articles, seconds = load(es, alias, args.stories, args.chunk,
                                     embedder if vectors else None, args.pool,
                                     merge=not args.no_merge)
            print(f"loaded {articles} articles in {seconds:.1f} s "
                  f"({articles / seconds:.0f} articles/s)", flush=True)
        segments = sum(1 for s in es.cat.segments(index=alias, format="json")
                       if s["prirep"] == "p")
        print(f"{es.count(index=alias)['count']} articles in {alias}, {segments} segments",
              flush=True)
        if not args.load_only:
            cache = not args.no_request_cache
            es.indices.put_settings(index=alias, settings={"index.requests.cache.enable": cache})
            es.indices.clear_cache(index=alias, request=True)
            print(f"shard request cache {'on' if cache else 'off'}", flush=True)
            recorded = recorded_model(es, alias) or {}
            by_meaning = embedder is not None and recorded.get("model") == embedder.model
            print(f"vectors of {recorded['model']}" if recorded else "no vectors", flush=True)
            measure(es, alias, args, embedder if by_meaning else None)
    finally:
        if args.keep or args.alias or args.load_only:
            print(f"kept index {alias}")
        else:
            drop_index(es, alias)
            drop_all(es, alias)
        es.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
