"""Memory of a search export: the whole result set streamed, a small one as the baseline.

Loads the synthetic archive of ``bench/search_load.py`` (``--stories`` stories of three
versions) into a fresh index, then runs the real app in this process and reads
``/api/search/export`` (JSON Lines, then CSV) to the end through its streaming response,
sampling this process' resident memory (RSS) every 1,000 rows (CSV rows include the
header). The baseline is the export
of the first two weeks of the archive (``to=2024-01-14``, about 2% of it) in the same run.
It prints rows, bytes, seconds and the RSS growth over the start of each export, and the
ratio of the full export's growth to the baseline's (flat memory: near 1, not ~50); last,
for reference, the growth when the same rows are held in a list, as an unstreamed export
would hold them.

    python bench/export_memory.py                  # 50,000 stories = 150,000 articles
    python bench/export_memory.py --stories 2000   # a quick check

Needs the local node running (``trimova es start``), or TRIMOVA_ES_URL and credentials.
"""
from __future__ import annotations

import argparse
import csv
import io
import os
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from search_load import load  # noqa: E402

from indexer.alignment.overrides import drop_all  # noqa: E402
from indexer.search.results_export import iter_matches  # noqa: E402
from indexer.store.schema import drop_index  # noqa: E402

PAGE = os.sysconf("SC_PAGE_SIZE")
SAMPLE_EVERY = 1000


def rss() -> int:
    """This process' resident memory in bytes."""
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * PAGE


def export(client, query: str) -> dict:
    """Read one export to the end; rows, bytes, seconds and the peak RSS growth."""
    start_rss = peak = rss()
    started = time.perf_counter()
    resp = client.get("/api/search/export?" + query)
    if resp.status_code != 200:
        raise SystemExit(f"export answered {resp.status_code}: {resp.get_data(as_text=True)}")
    rows = size = 0
    for chunk in resp.response:  # the streaming body, piece by piece
        text = chunk.decode("utf-8") if isinstance(chunk, bytes) else chunk
        size += len(text.encode("utf-8"))
        before = rows
        rows += sum(1 for _ in csv.reader(io.StringIO(text))) if "format=csv" in query \
            else text.count("\n")
        if rows // SAMPLE_EVERY != before // SAMPLE_EVERY:
            peak = max(peak, rss())
    resp.close()
    peak = max(peak, rss())
    return {"rows": rows, "bytes": size, "seconds": time.perf_counter() - started,
            "growth": peak - start_rss, "start": start_rss}


def report(name: str, m: dict) -> None:
    """One line per export."""
    print(f"{name:<28} {m['rows']:>8} rows {m['bytes'] / 2**20:8.1f} MiB "
          f"{m['seconds']:7.1f} s  RSS at start {m['start'] / 2**20:6.1f} MiB, "
          f"peak growth {m['growth'] / 2**20:6.1f} MiB", flush=True)


def collected(es, alias: str) -> dict:
    """The reference a streamed export is spared: every row held in a list at once."""
    start_rss = rss()
    started = time.perf_counter()
    rows = list(iter_matches(es, alias, ""))
    return {"rows": len(rows), "bytes": 0, "seconds": time.perf_counter() - started,
            "growth": rss() - start_rss, "start": start_rss}


def measure(app, es, alias: str) -> None:
    """The baseline and the full exports, in both formats, then the rows in a list."""
    client = app.test_client()
    for fmt in ("jsonl", "csv"):
        small = export(client, f"format={fmt}&to=2024-01-14")
        full = export(client, f"format={fmt}")
        report(f"{fmt} first two weeks", small)
        report(f"{fmt} everything", full)
        # growth below 1 MiB is within the sampling's noise: count it as 1 MiB
        ratio = max(full["growth"], 2**20) / max(small["growth"], 2**20)
        print(f"{fmt}: {full['rows'] / max(small['rows'], 1):.0f}x the rows, "
              f"{ratio:.2f}x the RSS growth (growths under 1 MiB counted as 1 MiB)", flush=True)
    held = collected(es, alias)
    report("every row in a list", held)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--stories", type=int, default=50_000, help="stories of three versions")
    parser.add_argument("--chunk", type=int, default=500, help="documents per bulk request")
    parser.add_argument("--keep", action="store_true", help="keep the index afterwards")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Load the synthetic archive, export it, clean up."""
    args = parse_args(argv)
    os.chdir(ROOT)
    from indexer.cluster.client import make_client
    from indexer.config import load_settings
    from webui import create_app

    es = make_client(load_settings())
    alias = f"trimova-bench-{uuid.uuid4().hex[:8]}"
    try:
        print(f"loading {args.stories} stories into {alias} ...", flush=True)
        articles, seconds = load(es, alias, args.stories, args.chunk)
        print(f"loaded {articles} articles in {seconds:.1f} s", flush=True)
        measure(create_app({"INDEX": alias, "EMBEDDING": "off"}), es, alias)
    finally:
        if args.keep:
            print(f"kept index {alias}")
        else:
            drop_index(es, alias)
            drop_all(es, alias)
        es.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
