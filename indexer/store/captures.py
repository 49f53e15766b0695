"""Several captures of one address: the latest is the article, the earlier texts are kept.

A crawl may fetch one page more than once; all captures share the document id (it comes
from the URL). The capture with the latest ``captured`` date (``WARC-Date``) is the
article; every other distinct text is kept in the document's ``captures`` list (date,
title, paragraphs, checksum, origin), oldest first, so an archivist can see what an
outlet changed after publication. A capture whose text equals the article's or one
already listed adds nothing, so re-imports rewrite nothing. Order of input does not
matter: the comparison is by date, ties broken by checksum.

Done without scripts (the test node has no painless): before a batch is written, the
stored documents with the same ids are read (``mget`` is real-time, no refresh needed)
and each action is rewritten with :func:`merge_capture`.
"""
from __future__ import annotations

from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any, Iterable

if TYPE_CHECKING:
    from elasticsearch import Elasticsearch

Document = dict[str, Any]
#: what a kept capture holds (``captured`` first: the list is sorted by it)
CAPTURE_FIELDS = ("captured", "checksum", "title", "paragraphs", "origin")
#: what is read back of a stored document to merge a new capture into it
STORED_FIELDS = CAPTURE_FIELDS + ("captures", "published")


def capture_key(doc: Document) -> tuple[datetime, str]:
    """What orders captures: the capture date (as an aware datetime), then the checksum.

    >>> capture_key({"captured": "2024-10-14T09:30:00", "checksum": "a"})[0].tzinfo
    datetime.timezone.utc
    """
    when = datetime.fromisoformat(doc["captured"])
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return when, doc.get("checksum") or ""


def as_capture(doc: Document) -> Document:
    """The entry kept for an earlier capture of a document.

    >>> as_capture({"captured": "2024-01-01", "checksum": "c", "title": "T",
    ...             "paragraphs": ["p"], "origin": "a.warc:offset 0", "lang": "uk"})["title"]
    'T'
    """
    return {k: doc.get(k) for k in CAPTURE_FIELDS}


def merge_capture(stored: Document | None, doc: Document) -> tuple[bool, Document] | None:
    """How to write ``doc`` over ``stored``: ``(replace, fields)``, or None to write ``doc``.

    ``fields`` go into the action's partial document, or replace it when ``replace``
    (an older capture: only the list of captures changes). None also when either has no
    capture date: a record that is not a crawl's capture replaces the stored one, as any
    re-import does.

    >>> old = {"captured": "2024-01-01", "checksum": "a", "title": "Old"}
    >>> merge_capture(old, {"captured": "2024-02-01", "checksum": "b"})[1]["captures"]
    [{'captured': '2024-01-01', 'checksum': 'a', 'title': 'Old', 'paragraphs': None, \
'origin': None}]
    >>> merge_capture(old, {"captured": "2024-02-01", "checksum": "a"})[1]["captured"]
    '2024-01-01'
    """
    if not stored or not doc.get("captured") or not stored.get("captured"):
        return None
    kept = list(stored.get("captures") or [])
    if doc.get("checksum") == stored.get("checksum"):
        # same text: nothing new; the stored dates stay, so the write is a no-op
        return False, {k: stored.get(k) for k in ("captured", "published", "origin")}
    if capture_key(doc) > capture_key(stored):
        kept = [c for c in kept if c.get("checksum") != doc.get("checksum")]
        return False, {"captures": _sorted(kept + [as_capture(stored)])}
    if not any(c.get("checksum") == doc.get("checksum") for c in kept):
        kept = _sorted(kept + [as_capture(doc)])
    return True, {"captures": kept}


def _sorted(captures: Iterable[Document]) -> list[Document]:
    return sorted(captures, key=capture_key)


def apply_stored(actions: list[dict], stored: dict[str, Document]) -> None:
    """Rewrite upsert actions (in order) so each merges its capture into the stored one.

    ``stored`` maps ids to the documents in the index; it is updated as actions are
    rewritten, so two captures of one page in one batch merge with each other too.
    """
    for action in actions:
        before = stored.get(action["_id"])
        merged = merge_capture(before, action["upsert"])
        if merged is None:
            state = action["upsert"]
        else:
            replace, fields = merged
            action["doc"] = fields if replace else {**action["doc"], **fields}
            state = {**before, **fields} if replace else {**action["upsert"], **fields}
            if not replace and "captures" not in fields:
                state["captures"] = before.get("captures")
        stored[action["_id"]] = {k: state.get(k) for k in STORED_FIELDS}


def merge_with_index(client: Elasticsearch, alias: str, actions: list[dict]) -> None:
    """Rewrite a batch's actions for the captures already in the index (see module doc)."""
    ids = sorted({a["_id"] for a in actions if a["upsert"].get("captured")})
    if not ids:
        return
    stored = {}
    if client.indices.exists(index=alias):
        resp = client.mget(index=alias, ids=ids, source_includes=list(STORED_FIELDS))
        stored = {d["_id"]: d["_source"] for d in resp["docs"] if d.get("found")}
    apply_stored([a for a in actions if a["upsert"].get("captured")], stored)


def get_captures(client: Elasticsearch, alias: str, doc_id: str, *, dates_only: bool = False
                 ) -> list[Document] | None:
    """The earlier captures kept for a document (oldest first); None if there is none.

    ``dates_only`` reads only their dates (the article page's list), not their texts.
    """
    from elasticsearch import NotFoundError
    wanted = ["captures.captured"] if dates_only else ["captures"]
    try:
        resp = client.get(index=alias, id=doc_id, source_includes=wanted)
    except NotFoundError:
        return None
    return list(resp["_source"].get("captures") or [])
