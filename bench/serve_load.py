"""The production server under load: ``trimova serve`` (gunicorn) and many clients at once.

Loads the synthetic archive of ``bench/search_load.py`` (its loader: ``--stories`` stories
of three versions, 50,000 = 150,000 articles) into a fresh index, or reuses one it kept
(``--alias``, after ``search_load.py --keep``). Serves it with ``trimova serve`` on a free
127.0.0.1 port (workers and threads from the settings, TRIMOVA_WEB_WORKERS and
TRIMOVA_WEB_THREADS, or ``--workers``/``--threads``), warms it up, then runs ``--clients``
threads, each sending search-page requests (``/?q=...``, the same fixed queries) back to back
for ``--seconds``. As a baseline measured in the same run, the same clients send the page's
Elasticsearch query straight to the cluster for the same time. Prints requests/s,
p50/p95/p99 and errors (any non-200, timeout or exception) for both, their p95 ratio, and the
load average before and after.

    python bench/serve_load.py                          # 150,000 articles, 32 clients, 60 s
    python bench/serve_load.py --alias trimova-bench-x  # an index search_load.py kept
    python bench/serve_load.py --stories 2000 --seconds 10   # a quick check
    python bench/serve_load.py --load-only              # load now, measure later (--alias)

Needs the local node running (``trimova es start``), or TRIMOVA_ES_URL and credentials.
"""
from __future__ import annotations

import argparse
import os
import sys
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))

from search_load import (  # noqa: E402
    Result, es_request, html_request, load, queries, report, start_server, stop_server,
    wait_ready, free_port, HOST, run_load,
)

from indexer.alignment.overrides import drop_all  # noqa: E402
from indexer.store.schema import drop_index  # noqa: E402


def run_for(request, qs: list[str], clients: int, seconds: float) -> Result:
    """``clients`` threads sending requests back to back until ``seconds`` have passed."""
    return run_load(request, qs, clients, per_client=sys.maxsize, max_seconds=seconds)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--stories", type=int, default=50_000,
                        help="synthetic stories to load (three articles each)")
    parser.add_argument("--alias", help="an index alias already loaded (search_load.py --keep)")
    parser.add_argument("--clients", type=int, default=32, help="concurrent clients")
    parser.add_argument("--seconds", type=float, default=60, help="length of each load phase")
    parser.add_argument("--workers", type=int, help="gunicorn workers (default: setting)")
    parser.add_argument("--threads", type=int, help="threads per worker (default: setting)")
    parser.add_argument("--chunk", type=int, default=500, help="documents per bulk request")
    parser.add_argument("--keep", action="store_true", help="keep the index it loaded")
    parser.add_argument("--load-only", action="store_true",
                        help="load and keep the index, print its alias, measure nothing")
    return parser.parse_args(argv)


def measure(es, alias: str, args: argparse.Namespace, config: dict) -> None:
    """Serve ``alias``, warm up, load the page, then Elasticsearch straight."""
    if args.workers:
        os.environ["TRIMOVA_WEB_WORKERS"] = str(args.workers)
    if args.threads:
        os.environ["TRIMOVA_WEB_THREADS"] = str(args.threads)
    qs = queries()
    port = free_port()
    base = f"http://{HOST}:{port}"
    log_path = ROOT / "var" / f"serve-load-{port}.log"
    proc = start_server(alias, port, log_path)
    try:
        wait_ready(base, proc)
        page, raw = html_request(base), es_request(es, alias)
        for q in qs:  # warm-up, unmeasured
            page(q)
            raw(q)
        workers = os.environ.get("TRIMOVA_WEB_WORKERS", config["WEB_WORKERS"])
        threads = os.environ.get("TRIMOVA_WEB_THREADS", config["WEB_THREADS"])
        print(f"trimova serve: {workers} workers x {threads} threads; {args.clients} clients "
              f"for {args.seconds:.0f} s each; load average before: {_load()}", flush=True)
        html = run_for(page, qs, args.clients, args.seconds)
        after_page = _load()
        direct = run_for(raw, qs, args.clients, args.seconds)
    finally:
        stop_server(proc)
    html_p95 = report("HTML page", html)
    es_p95 = report("raw ES", direct)
    print(f"p95 ratio page / ES: {html_p95 / es_p95:.2f}x; load average after the page "
          f"phase: {after_page}, at the end: {_load()} (server log: {log_path})")


def _load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.1f} {five:.1f} {fifteen:.1f} on {os.cpu_count()} cores"


def main(argv: list[str] | None = None) -> int:
    """Load (or reuse) the synthetic archive, measure, clean up what we loaded."""
    args = parse_args(argv)
    os.chdir(ROOT)  # DATA_DIR defaults to the relative "var"
    from indexer.cluster.client import make_client
    from indexer.config import load_settings

    config = load_settings()
    es = make_client(config)
    alias = args.alias or f"trimova-bench-{uuid.uuid4().hex[:8]}"
    try:
        if args.alias:
            print(f"using {alias}: {es.count(index=alias)['count']} articles", flush=True)
        else:
            print(f"loading {args.stories} stories into {alias} ...", flush=True)
            articles, seconds = load(es, alias, args.stories, args.chunk)
            print(f"loaded {articles} articles in {seconds:.1f} s", flush=True)
        if args.load_only:
            args.keep = True
            return 0
        measure(es, alias, args, config)
    finally:
        if not args.alias and not args.keep:
            drop_index(es, alias)
            drop_all(es, alias)
        elif not args.alias:
            print(f"kept index {alias}")
        es.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
