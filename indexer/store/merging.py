"""Merging an archive's segments after a large write, so that search by meaning stays cheap.

A kNN search walks the HNSW graph of every segment. On the 150,000-article bench index
(bench/search_load.py), one language's nearest articles cost about 7 ms of Elasticsearch's
time in the 13 segments a large write left, and 3 ms once merged into one; the page's p95
with the kNN leg went to 1.5x the page without it. So an import (or a backfill) that wrote
many documents asks Elasticsearch to merge the index's segments, in the background: the
command does not wait, and searches go on meanwhile.

Elasticsearch's own merging leaves a segment of 5 GB alone from then on, so the target
keeps each merged segment below :data:`SEGMENT_BYTES`.
"""
from __future__ import annotations

import logging
import math
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from elasticsearch import Elasticsearch

log = logging.getLogger(__name__)

#: documents written (new or changed) from which a merge is asked for
AFTER = 10_000
#: the largest merged segment aimed at
SEGMENT_BYTES = 4 * 2**30


def worth_merging(written: int) -> bool:
    """True when a write of ``written`` documents is large enough to merge after.

    >>> worth_merging(9_999), worth_merging(10_000)
    (False, True)
    """
    return written >= AFTER


def target_segments(size_bytes: int) -> int:
    """Segments to merge an index of ``size_bytes`` into, each below SEGMENT_BYTES.

    >>> target_segments(0), target_segments(1_300_000_000), target_segments(9 * 2**30)
    (1, 1, 3)
    """
    return max(1, math.ceil(size_bytes / SEGMENT_BYTES))


def merge(client: Elasticsearch, alias: str, *, wait: bool = False) -> bool:
    """Ask Elasticsearch to merge the segments of the index behind ``alias`` (in the
    background unless ``wait``); False, with a warning, when the cluster refuses (an API
    key without the ``maintenance`` privilege): searches are only slower then."""
    from elasticsearch import ApiError

    if wait:  # a merge of a gigabyte takes a minute or two
        client = client.options(request_timeout=3600)
    try:
        stats = client.indices.stats(index=alias, metric="store")
        size = stats["_all"]["primaries"]["store"]["size_in_bytes"]
        client.indices.forcemerge(index=alias, max_num_segments=target_segments(size),
                                  wait_for_completion=wait)
    except ApiError as exc:
        log.warning("could not ask Elasticsearch to merge %s's segments (%s); search by "
                    "meaning stays slower until its own merging catches up", alias, exc)
        return False
    return True
