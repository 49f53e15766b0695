"""Earlier captures of one article: what an outlet changed after publication.

``/articles/<id>/captures/<n>`` compares capture ``n`` (0 is the oldest kept) with the next
newer one, or with capture ``?to=m``; the newest is the article itself. Its /api/ twin
returns the same rows as JSON.
"""
from __future__ import annotations

from flask import Blueprint, abort, jsonify, render_template, request
from flask_babel import gettext

from indexer.comparison.captures import compare_captures
from indexer.search import stories as searcher
from indexer.store.captures import get_captures

from .es import get_alias, get_es

bp = Blueprint("captures", __name__)


def _changes(doc_id: str, n: int, fmt: str):
    """Capture ``n`` against a newer one, as a page or as JSON."""
    doc = searcher.get_article(get_es(), get_alias(), doc_id)
    captures = get_captures(get_es(), get_alias(), doc_id) if doc else None
    if doc is None or captures is None:
        abort(404, gettext("No article with id %(id)r.", id=doc_id))
    later = captures + [{**doc, "current": True}]
    to = _target(n, len(later))
    if not 0 <= n < len(captures):
        abort(404, gettext("This article has no capture number %(n)s.", n=n))
    older, newer = later[n], later[to]
    result = compare_captures(older, newer, doc.get("lang") or "und")
    if fmt == "json":
        return jsonify({"id": doc_id, "from": _dated(older), "to": _dated(newer), **result})
    return render_template("captures/changes.html", doc=doc, older=older, newer=newer,
                           result=result, n=n, to=to, count=len(captures))


def _target(n: int, total: int) -> int:
    """The capture to compare with: ``?to=m`` when it is later than ``n``, else the next."""
    raw = request.args.get("to")
    if raw is None:
        return min(n + 1, total - 1)
    if not raw.isdigit() or not n < int(raw) < total:
        abort(400, gettext("to= must be the number of a later capture (%(low)s to %(high)s).",
                           low=n + 1, high=total - 1))
    return int(raw)


def _dated(capture: dict) -> dict:
    """What the JSON says of one side: its date, title and whether it is the article."""
    return {"captured": capture.get("captured"), "title": capture.get("title"),
            "current": bool(capture.get("current"))}


@bp.route("/articles/<doc_id>/captures/<int:n>")
def changes(doc_id: str, n: int):
    """The page: capture ``n`` and a later one side by side, changes marked."""
    return _changes(doc_id, n, "html")


@bp.route("/api/articles/<doc_id>/captures/<int:n>")
def changes_api(doc_id: str, n: int):
    """The same comparison as JSON."""
    return _changes(doc_id, n, "json")
