"""The JSON API: the same data as the pages, under /api/."""
from __future__ import annotations

from flask import Blueprint, abort, current_app, jsonify, redirect, request, url_for

from indexer.comparison.versions import compare_versions
from indexer.search import stories as searcher

from .es import get_alias, get_es, get_translator
from .params import search_args

bp = Blueprint("api", __name__, url_prefix="/api")


@bp.route("/search")
def search():
    """Stories matching ``q`` (optionally ``lang``, ``page``, ``sort``), grouped per story."""
    size = current_app.config["PAGE_SIZE"]
    args = search_args(request.args, size)
    return jsonify(searcher.search_stories(get_es(), get_alias(), args["q"],
                                           filters=args["filters"], page=args["page"],
                                           size=size, sort=args["sort"],
                                           translator=get_translator()))


@bp.route("/articles/<doc_id>")
def article(doc_id: str):
    """One article's fields."""
    doc = searcher.get_article(get_es(), get_alias(), doc_id)
    if doc is None:
        abort(404, f"No article with id {doc_id!r}.")
    return jsonify(doc)


@bp.route("/groups/<group_id>")
def group(group_id: str):
    """Every version of one story."""
    versions = searcher.get_group(get_es(), get_alias(), group_id)
    if not versions:
        moved = searcher.current_group_id(get_es(), get_alias(), group_id)
        if moved:
            return redirect(url_for("api.group", group_id=moved), 301)
        abort(404, f"No story with id {group_id!r}.")
    editions = searcher.get_group(get_es(), get_alias(), group_id, editions=True)
    return jsonify({"group_id": group_id, "langs": [v["lang"] for v in versions],
                    "versions": versions, "editions": editions})


@bp.route("/groups/<group_id>/compare")
def compare(group_id: str):
    """The versions' paragraphs aligned row by row, with what each version leaves out."""
    versions = searcher.get_group(get_es(), get_alias(), group_id)
    if not versions:
        abort(404, f"No story with id {group_id!r}.")
    return jsonify({"group_id": group_id, **compare_versions(versions)})
