"""How the quick markup reader compares with trafilatura, page by page.

For every page it reads the article both ways (``archive.readers.marked.read_marked``,
which may decline, and the trafilatura path it falls back to) and prints:

- how many pages the markup reader took, and how long each reader took per page;
- for the pages it took: how many came out identical, and the word overlap of the body
  (precision and recall of the markup reader's words against trafilatura's: trafilatura is
  the reference here, not the truth; read the listed differences to judge);
- the pages that differ most, with the words each reader alone kept.

    python bench/reader_eval.py                          # synthetic benchmark pages
    python bench/reader_eval.py --pages DIR [--show 10]  # saved pages: *.html, *.htm

The pages are not part of the project: point ``--pages`` at any folder of saved pages.
"""
from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from itertools import islice
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from archive.encoding import decode_bytes  # noqa: E402
from archive.exceptions import RecordError  # noqa: E402
from archive.readers import html as page_reader  # noqa: E402
from archive.readers.marked import read_marked  # noqa: E402


def synthetic_pages(count: int) -> list[tuple[str, bytes]]:
    """The benchmark's own pages (bench/import_bench.py), ``count`` of them."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import import_bench

    return [(rec["url"], import_bench.page_html(rec).encode("utf-8"))
            for rec in islice(import_bench.articles(count), count)]


def saved_pages(folder: Path) -> list[tuple[str, bytes]]:
    files = sorted(p for p in folder.rglob("*") if p.suffix.lower() in (".html", ".htm"))
    return [(str(p.relative_to(folder)), p.read_bytes()) for p in files]


def read_both(data: bytes) -> tuple[dict | None, dict | None, float, float]:
    """(markup reader's article or None, trafilatura's or None, seconds of each)."""
    text = decode_bytes(data, page_reader.declared_charset(data))
    started = time.perf_counter()
    tree = page_reader._parse_tree(text)
    meta = page_reader.page_metadata(tree)
    marked = read_marked(tree)
    quick = time.perf_counter() - started
    started = time.perf_counter()
    tree = page_reader._parse_tree(text)
    try:
        article = page_reader._read_with_trafilatura(tree, page_reader.page_metadata(tree), "")
        slow_article = {"title": article.title, "paragraphs": article.paragraphs,
                        "author": article.author, "published": article.published,
                        "source": article.source}
    except RecordError:
        slow_article = None
    slow = time.perf_counter() - started
    quick_article = None if marked is None else {
        "title": marked.title, "paragraphs": marked.paragraphs, "author": marked.author,
        "published": marked.published,
        "source": marked.sitename or page_reader._host(meta["url"])}
    return quick_article, slow_article, quick, slow


def words(paragraphs: list[str]) -> Counter:
    return Counter(w.lower() for p in paragraphs for w in p.split())


def overlap(mine: Counter, reference: Counter) -> tuple[float, float]:
    common = sum((mine & reference).values())
    return (common / max(1, sum(mine.values())), common / max(1, sum(reference.values())))


def evaluate(pages: list[tuple[str, bytes]], show: int) -> None:
    taken, same, quick_s, slow_s, rows = 0, Counter(), 0.0, 0.0, []
    sum_p = sum_r = 0.0
    for name, data in pages:
        quick, slow, q_s, s_s = read_both(data)
        quick_s, slow_s = quick_s + q_s, slow_s + s_s
        if quick is None:
            continue
        taken += 1
        if slow is None:
            rows.append((0.0, name, "trafilatura found no article", [], []))
            continue
        for key in ("title", "paragraphs", "author", "published", "source"):
            same[key] += quick[key] == slow[key]
        mine, ref = words(quick["paragraphs"]), words(slow["paragraphs"])
        precision, recall = overlap(mine, ref)
        sum_p, sum_r = sum_p + precision, sum_r + recall
        fields = [f"{k}: {quick[k]!r} / {slow[k]!r}" for k in ("title", "author", "published",
                                                               "source") if quick[k] != slow[k]]
        rows.append((min(precision, recall), name, "; ".join(fields),
                     list((mine - ref).elements())[:25], list((ref - mine).elements())[:25]))
    n = len(pages)
    print(f"pages: {n}; the markup reader took {taken} ({taken / max(1, n):.0%})")
    print(f"time per page: markup reader {quick_s / max(1, n) * 1000:.2f} ms (parsing included),"
          f" trafilatura path {slow_s / max(1, n) * 1000:.2f} ms")
    if taken:
        compared = max(1, taken - sum(1 for r in rows if r[2] == "trafilatura found no article"))
        print("identical to trafilatura, of the pages taken: "
              + ", ".join(f"{k} {v}/{compared}" for k, v in same.items()))
        print(f"body words against trafilatura's: precision {sum_p / compared:.3f}, "
              f"recall {sum_r / compared:.3f} (mean over pages)")
    for score, name, fields, only_mine, only_ref in sorted(rows)[:show]:
        print(f"\n{name}: word overlap {score:.2f} {fields}")
        print(f"  only the markup reader: {' '.join(only_mine)[:300]}")
        print(f"  only trafilatura: {' '.join(only_ref)[:300]}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=Path, help="a folder of saved pages (default: the "
                        "benchmark's synthetic pages)")
    parser.add_argument("--synthetic", type=int, default=1000, metavar="N",
                        help="synthetic pages to read when no --pages is given (%(default)s)")
    parser.add_argument("--show", type=int, default=10, metavar="K",
                        help="list the K pages that differ most (%(default)s)")
    args = parser.parse_args(argv)
    if args.pages is not None and not args.pages.is_dir():
        parser.error(f"--pages: {args.pages} is not a folder")
    pages = saved_pages(args.pages) if args.pages else synthetic_pages(args.synthetic)
    evaluate(pages, args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
