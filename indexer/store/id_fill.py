"""Schema 5's one-off rewrite of the articles an older archive holds.

Schema 5 keeps each article's id (``doc_id``) and title (``title.keyword``) in doc values,
where a search page reads its stories' versions: without them it opens every version's
stored document, 30 of them a page, and parses it whole (vectors, text and keys) for a
title. Elasticsearch fills a new field only for what it indexes from then on, so the
articles written before are written once more, each with its id; the title sub-field
comes with it. An interrupted rewrite goes on at the next run; meanwhile the page reads
the versions it lacks from the stored documents (:mod:`indexer.search.stories`).
"""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Callable

from indexer.store import rewrite

if TYPE_CHECKING:
    from elasticsearch import Elasticsearch

log = logging.getLogger(__name__)

#: the field schema 5 added; an article without it was written before
FIELD = "doc_id"
_UNFILLED = {"bool": {"must_not": {"exists": {"field": FIELD}}}}
#: articles written by one bulk request
PAGE = rewrite.PAGE
_LOGGED = rewrite.every(10_000, lambda done, total: log.info(
    "... %d of %d articles written with their ids", done, total))


class FillIncomplete(RuntimeError):
    """Elasticsearch refused to write some articles again (what was written stays)."""


def unfilled(client: Elasticsearch, index: str) -> int:
    """How many articles were written before schema 5 and not since."""
    return client.count(index=index, query=_UNFILLED)["count"]


def fill(client: Elasticsearch, index: str,
         progress: Callable[[int, int], None] | None = None) -> int:
    """Write every article without its id in doc values once more, with it; how many.

    ``progress`` is called with the articles written so far and the total (by default, a
    line of the log every 10,000).
    """
    total = unfilled(client, index)
    if not total:
        return 0
    # a warning, so that an import that pauses here says why: a one-off of minutes
    log.warning("writing %d articles once more, each with its id and title in doc values "
                "(once, for the search page's speed)", total)

    def refused(failed: int, of: int) -> Exception:
        return FillIncomplete(f"Elasticsearch refused to write {failed} of {of} articles in "
                              f"{index}; run the command again")

    return rewrite.rewrite(client, index, _UNFILLED, [FIELD],
                           lambda hit: _with_id(index, hit["_id"]), progress or _LOGGED,
                           total, refused)


def _with_id(index: str, doc_id: str) -> dict:
    """The partial update that gives an article its id: Elasticsearch indexes the whole
    document again, under today's mapping, so its title's sub-field is filled too."""
    return {"_op_type": "update", "_index": index, "_id": doc_id, "doc": {FIELD: doc_id}}
