"""Schema 4's one-off move of each article's vector into its language's field.

Archives of schema 3 and before keep every vector in ``title_vector``; schema 4 keeps it in
``title_vector_uk``, ``_en``, ``_ru`` or ``_other`` (:mod:`indexer.store.vectors` says why).
The move copies the stored vectors: nothing is embedded again. It runs when an import or
``trimova embed`` opens such an archive, a page at a time; an interrupted move goes on at the
next run, and search by meaning covers the articles already moved meanwhile.
"""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Callable

from indexer.store import rewrite, vectors

if TYPE_CHECKING:
    from elasticsearch import Elasticsearch

log = logging.getLogger(__name__)

_UNMOVED = {"exists": {"field": vectors.VECTOR_FIELD}}
#: articles moved by one bulk request
PAGE = rewrite.PAGE
_LOGGED = rewrite.every(10_000, lambda done, total: log.info(
    "... %d of %d vectors moved", done, total))


class SplitIncomplete(RuntimeError):
    """Elasticsearch refused to move some vectors (what moved stays moved)."""


def unmoved(client: Elasticsearch, index: str) -> int:
    """How many articles still have their vector in the old field."""
    mapping = next(iter(client.indices.get_mapping(index=index).values()))["mappings"]
    if vectors.VECTOR_FIELD not in mapping.get("properties", {}):
        return 0
    return client.count(index=index, query=_UNMOVED)["count"]


def split(client: Elasticsearch, index: str,
          progress: Callable[[int, int], None] | None = None) -> int:
    """Move every vector still in the old field into its language's field; how many moved.

    ``progress`` is called with the articles moved so far and the total (by default, a line
    of the log every 10,000).
    """
    total = unmoved(client, index)
    if not total:
        return 0
    # a warning, so that an import that pauses here says why: a one-off of minutes
    log.warning("moving the vectors of %d articles into their languages' fields (once, "
                "nothing is embedded again)", total)
    vectors.add_language_fields(client, index)

    def refused(failed: int, of: int) -> Exception:
        return SplitIncomplete(f"Elasticsearch refused to move {failed} of {of} vectors in "
                               f"{index}; run the command again")

    return rewrite.rewrite(client, index, _UNMOVED, ["lang", *vectors.SOURCE_FIELDS],
                           lambda hit: _move(index, hit), progress or _LOGGED, total,
                           refused)


def _move(index: str, hit: dict) -> dict:
    """The partial update that moves one article's vector (a vector its language's field
    already holds, written by an import since, is newer and stays)."""
    src = hit["_source"]
    own = vectors.vector_field(src.get("lang"))
    doc = {vectors.VECTOR_FIELD: None}
    if not src.get(own):
        doc.update(vectors.vector_doc(src.get("lang"), src[vectors.VECTOR_FIELD]))
    return {"_op_type": "update", "_index": index, "_id": hit["_id"], "doc": doc}
