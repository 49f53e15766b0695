"""Readers, one per input format (``csv``, ``html``, ``jsonl``, ``text``, ``warc``, ``zip``),
and the dispatcher that picks and runs them (:mod:`archive.readers.dispatch`).

The public entry points are named here; see the dispatcher for how inputs, units and
resume offsets work.
"""
from archive.readers.base import FINISHED, Reader, Record, ResumeFn
from archive.readers.dispatch import (FORMATS, deferred_pages, detect_format, get_reader,
                                      iter_articles, iter_inputs, iter_records, read_source)
from archive.readers.warc import read_pending

__all__ = ["FINISHED", "FORMATS", "Reader", "Record", "ResumeFn", "deferred_pages",
           "detect_format", "get_reader", "iter_articles", "iter_inputs", "iter_records",
           "read_pending", "read_source"]
