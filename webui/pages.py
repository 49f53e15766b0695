"""The archive's resources (search, article, story) as HTML pages and as JSON under /api/.

Each view serves two URL rules: the page's, and its /api/ twin with ``fmt="json"``. It fetches
the data once, then renders the page's template or returns the JSON. ``url_for("pages.<view>")``
builds the page's URL; ``url_for("pages.<view>", fmt="json")`` the API's.
"""
from __future__ import annotations

from typing import Callable

from flask import (Blueprint, Response, abort, current_app, jsonify, redirect, render_template,
                   request, session, stream_with_context, url_for)
from flask_babel import gettext

from indexer.comparison.vectors import paragraph_vectors
from indexer.comparison.versions import compare_versions
from indexer.embedding import EmbeddingError
from indexer.search import results_export
from indexer.search import stories as searcher
from indexer.store.captures import get_captures
from indexer.store.paragraph_vectors import ParagraphVectorCache
from indexer.store.schema import LANGS

from .es import get_alias, get_embedder, get_es, get_translator
from .params import MAX_RESULTS, export_format, search_args
from .template_helpers import article_url, story_url, version_in

bp = Blueprint("pages", __name__)


@bp.app_context_processor
def _globals():
    return {"LANGS": LANGS, "MAX_RESULTS": MAX_RESULTS,
            "export_url": _export_url, "version_in": version_in, "article_url": article_url,
            "story_url": story_url}


def _page_and_api(page_rule: str, api_rule: str) -> Callable:
    """Register a view at ``page_rule`` (HTML) and ``api_rule`` (JSON), passing it ``fmt``."""
    def register(view: Callable) -> Callable:
        # the page's rule first: url_for without fmt builds the first rule that fits
        bp.add_url_rule(page_rule, view_func=view, defaults={"fmt": "html"})
        bp.add_url_rule(api_rule, view_func=view, defaults={"fmt": "json"})
        return view
    return register


@_page_and_api("/", "/api/search")
def search(fmt: str):
    """Stories matching ``q`` (and the filters), grouped across languages, one per story.

    The page searches only with ``q`` or ``browse`` (else it explains); the API always does.
    """
    args = search_args(request.args, current_app.config["PAGE_SIZE"])
    size = args["size"]
    result = None
    if fmt == "json" or args["q"] or request.args.get("browse"):
        result = searcher.search_stories(get_es(), get_alias(), args["q"],
                                         filters=args["filters"], page=args["page"], size=size,
                                         sort=args["sort"], translator=get_translator(),
                                         embedder=_embedder("searching by words only"))
    if fmt == "json":
        return jsonify(result)
    return render_template("pages/search.html", args=args, result=result, size=size)


def _export_url(fmt: str) -> str:
    """The export of this page's search (every result, not one page) in ``fmt``."""
    kept = {k: v for k, v in request.args.items() if k not in ("page", "size", "browse", "ui")}
    return url_for("pages.export", **{**kept, "format": fmt})


@bp.route("/api/search/export")
def export():
    """Every article matching the search (not one page of stories), streamed as
    ``format=csv`` or ``format=jsonl``; a download from the search page too."""
    args = search_args(request.args, current_app.config["PAGE_SIZE"])
    fmt = export_format(request.args)
    rows = results_export.iter_matches(get_es(), get_alias(), args["q"], filters=args["filters"],
                                       sort=args["sort"], translator=get_translator())
    name = f"trimova-search.{fmt}"
    return Response(stream_with_context(results_export.serialise(rows, fmt)),
                    mimetype=results_export.MEDIA_TYPES[fmt],
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})


def _embedder(without: str):
    """The app's embedder; None, with a warning that says what runs ``without`` it, when the
    settings name one that cannot be made (the page then works without vectors)."""
    try:
        return get_embedder()
    except EmbeddingError as exc:
        current_app.logger.warning("%s: %s", without, exc)
        return None


@_page_and_api("/articles/<doc_id>", "/api/articles/<doc_id>")
def article(doc_id: str, fmt: str):
    """One article: its fields as JSON, or the page with links to its other versions."""
    doc = searcher.get_article(get_es(), get_alias(), doc_id)
    if doc is None:
        abort(404, gettext("No article with id %(id)r.", id=doc_id))
    _for_reader([doc])
    if fmt == "json":
        return jsonify(doc)
    versions = _for_reader(searcher.get_group(get_es(), get_alias(), doc["group_id"])) if doc.get(
        "group_id") else [doc]
    return render_template("pages/article.html", doc=doc, versions=versions,
                           captures=get_captures(get_es(), get_alias(), doc_id, dates_only=True))


@_page_and_api("/groups/<group_id>", "/api/groups/<group_id>")
def compare(group_id: str, fmt: str):
    """Every version of one story: listed as JSON, or side by side on the page."""
    versions = _versions(group_id)
    editions = _for_reader(searcher.get_group(get_es(), get_alias(), group_id, editions=True))
    if fmt == "json":
        return jsonify({"group_id": group_id, "langs": [v["lang"] for v in versions],
                        "versions": versions, "editions": editions})
    gone = request.args.get("unlinked") if session.get("user") else None
    return render_template("pages/compare.html", group_id=group_id, versions=versions,
                           editions=editions, comparison=_compared(versions),
                           unlinked=searcher.get_article(get_es(), get_alias(), gone)
                           if gone else None)


@bp.route("/api/groups/<group_id>/compare")
def comparison(group_id: str):
    """The versions' paragraphs aligned row by row, with what each version leaves out."""
    return jsonify({"group_id": group_id, **_compared(_versions(group_id))})


def _compared(versions: list[dict]) -> dict:
    """The side-by-side rows, aligned by meaning too when an embedder is configured."""
    embedder = _embedder("comparing without paragraph vectors")
    texts = {v["lang"]: v.get("paragraphs") or [] for v in versions}
    cache = ParagraphVectorCache(get_es(), get_alias())
    return compare_versions(versions, paragraph_vectors(embedder, texts, cache))


def _versions(group_id: str) -> list[dict]:
    """One story's versions; 301 to this URL with the story's new id if it moved, else 404."""
    versions = _for_reader(searcher.get_group(get_es(), get_alias(), group_id))
    if versions:
        return versions
    moved = searcher.current_group_id(get_es(), get_alias(), group_id)
    if moved:  # an old address of a story that has since changed its id: same rule, new id
        abort(redirect(url_for(request.endpoint, **{**request.view_args, "group_id": moved}),
                       301))
    abort(404, gettext("No story with id %(id)r.", id=group_id))


def _for_reader(docs: list[dict]) -> list[dict]:
    """``docs`` without ``origin`` (the imported file and line) unless an archivist is
    logged in: which files the archive was made from is the archivists' business."""
    if not session.get("user"):
        for doc in docs:
            doc.pop("origin", None)
    return docs
