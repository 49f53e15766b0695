"""The HTML pages: search, article, compare."""
from __future__ import annotations

from flask import Blueprint, abort, current_app, redirect, render_template, request, url_for
from flask_babel import gettext

from indexer.comparison.versions import compare_versions
from indexer.search import stories as searcher
from indexer.store.schema import LANGS

from .es import get_alias, get_es, get_translator
from .params import search_args

bp = Blueprint("pages", __name__)
LANG_NAMES = {"uk": "Українська", "en": "English", "ru": "Русский", "und": "?"}


@bp.app_context_processor
def _globals():
    return {"LANGS": LANGS, "LANG_NAMES": LANG_NAMES}


@bp.route("/")
def search():
    """The search page; with ``q`` it lists stories grouped across languages."""
    size = current_app.config["PAGE_SIZE"]
    args = search_args(request.args, size)
    result = None
    if args["q"] or request.args.get("browse"):
        result = searcher.search_stories(get_es(), get_alias(), args["q"],
                                         filters=args["filters"], page=args["page"], size=size,
                                         sort=args["sort"], translator=get_translator())
    return render_template("pages/search.html", args=args, result=result, size=size)


@bp.route("/articles/<doc_id>")
def article(doc_id: str):
    """One article, with links to its other versions."""
    doc = searcher.get_article(get_es(), get_alias(), doc_id)
    if doc is None:
        abort(404, gettext("No article with id %(id)r.", id=doc_id))
    versions = searcher.get_group(get_es(), get_alias(), doc["group_id"]) if doc.get(
        "group_id") else [doc]
    return render_template("pages/article.html", doc=doc, versions=versions)


@bp.route("/groups/<group_id>")
def compare(group_id: str):
    """The versions of one story side by side."""
    versions = searcher.get_group(get_es(), get_alias(), group_id)
    if not versions:
        moved = searcher.current_group_id(get_es(), get_alias(), group_id)
        if moved:  # an old address of a story that has since changed its id
            return redirect(url_for("pages.compare", group_id=moved), 301)
        abort(404, gettext("No story with id %(id)r.", id=group_id))
    editions = searcher.get_group(get_es(), get_alias(), group_id, editions=True)
    return render_template("pages/compare.html", group_id=group_id, versions=versions,
                           editions=editions, comparison=compare_versions(versions))
