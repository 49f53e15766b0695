"""Memory of resolving revisits across the WARCs of one import: an index, not payloads.

Writes two WARCs under a temporary folder (our own generated pages): ``revisits.warc.gz``,
N revisits at mirror addresses, read *first*, so every one is deferred to the end pass;
and ``originals.warc.gz``, the N original captures (about ``--kb`` KB of HTML each). Then
reads them with :func:`archive.readers.iter_records` in deferred-pages mode (as an import
does; the pages themselves are read by workers) and measures with tracemalloc:

- the baseline: the peak while reading ``originals.warc.gz`` alone;
- the peak while reading both, revisits first (N deferred, resolved at the end);
- the size of the originals index (``Originals.places``) and of the deferred revisits,
  per capture, against the payload bytes.

    python bench/revisit_memory.py [--records 5000] [--kb 8]

The ratios printed (peak both / peak baseline; index / payload) are what to compare from
run to run and between record counts: the peak holds no payload beyond the one in hand.
"""
from __future__ import annotations

import argparse
import io
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from warcio.statusandheaders import StatusAndHeaders  # noqa: E402
from warcio.warcwriter import WARCWriter  # noqa: E402

from archive.readers import deferred_pages, iter_records  # noqa: E402
from archive.readers import warc_originals  # noqa: E402

WORDS = ("міська рада оголосила новий конкурс на ремонт мосту через річку біля вокзалу "
         "роботи триватимуть до осені а кошти виділить обласний бюджет").split()


def page(i: int, kb: int) -> bytes:
    """A news page of about ``kb`` KB, different for each ``i``."""
    words = [WORDS[(i * 7 + k) % len(WORDS)] for k in range(kb * 100)]
    paras = "".join(f"<p>{' '.join(words[k:k + 40])} {i}.</p>"
                    for k in range(0, len(words), 40))
    return (f'<!DOCTYPE html><html lang="uk"><head><title>Новина {i}</title></head>'
            f"<body><article><h1>Новина номер {i}</h1>{paras}</article></body></html>"
            ).encode()


def write(folder: Path, count: int, kb: int) -> tuple[Path, Path, int]:
    """The two WARCs; the payload bytes of the originals."""
    originals, revisits = io.BytesIO(), io.BytesIO()
    out, back = WARCWriter(originals, gzip=True), WARCWriter(revisits, gzip=True)
    http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                            protocol="HTTP/1.1")
    payload = 0
    for i in range(count):
        body = page(i, kb)
        payload += len(body)
        rec = out.create_warc_record(f"https://news.example.ua/n/{i}", "response",
                                     payload=io.BytesIO(body), http_headers=http,
                                     warc_headers_dict={"WARC-Date": "2025-04-01T07:00:00Z"})
        out.write_record(rec)
        rev = back.create_revisit_record(f"https://mirror.example.ua/n/{i}",
                                         rec.rec_headers.get_header("WARC-Payload-Digest"),
                                         f"https://news.example.ua/n/{i}",
                                         "2025-04-01T07:00:00Z")
        back.write_record(rev)
    a, b = folder / "originals.warc.gz", folder / "revisits.warc.gz"
    a.write_bytes(originals.getvalue())
    b.write_bytes(revisits.getvalue())
    return a, b, payload


def measure(paths: list[Path]) -> tuple[int, dict[str, int], int, float]:
    """(peak bytes, index and deferred bytes, items, seconds) of reading ``paths``."""
    sizes: dict[str, int] = {}
    real_take = warc_originals.Originals.take_deferred

    def take(self):  # measure the index and the deferred list when the end pass begins
        sizes["index"], sizes["deferred"] = _deep_size(self.places), _deep_size(self.deferred)
        return real_take(self)

    warc_originals.Originals.take_deferred = take
    tracemalloc.start()
    started, items = time.perf_counter(), 0
    try:
        with deferred_pages():
            for _ in iter_records([str(p) for p in paths]):
                items += 1
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
        warc_originals.Originals.take_deferred = real_take
    return peak, sizes, items, time.perf_counter() - started


def _deep_size(value) -> int:
    """Bytes of a dict of ints or a list of small dataclasses, and what they hold."""
    size = sys.getsizeof(value)
    if isinstance(value, dict):
        return size + sum(sys.getsizeof(k) + sys.getsizeof(v) for k, v in value.items())
    return size + sum(sys.getsizeof(x) + sum(sys.getsizeof(v) for v in vars(x).values())
                      for x in value)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--records", type=int, default=5000)
    parser.add_argument("--kb", type=int, default=8, help="HTML size of each page, in KB")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        originals, revisits, payload = write(Path(tmp), args.records, args.kb)
        base_peak, _, _, base_s = measure([originals])
        peak, index, items, secs = measure([revisits, originals])
    n = args.records
    print(f"{n} captures, {payload / 1e6:.1f} MB of HTML; {n} revisits read first (deferred)")
    print(f"baseline (originals alone): peak {base_peak / 1e6:.1f} MB traced, {base_s:.1f} s")
    print(f"with the revisits:          peak {peak / 1e6:.1f} MB traced, {secs:.1f} s, "
          f"{items} items")
    print(f"peak ratio with/without revisits: {peak / base_peak:.2f}")
    for name, size in index.items():
        print(f"{name}: {size / 1e6:.2f} MB = {size / n:.0f} bytes a capture; "
              f"{name} / payload = {size / payload:.4f}")


if __name__ == "__main__":
    main()
