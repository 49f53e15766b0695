"""Archivists' write actions: link and unlink versions, review suggested links."""
from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, session, url_for
from flask_babel import gettext

from indexer.alignment import aligner, overrides
from indexer.search import stories as searcher

from .auth import login_required
from .es import get_alias, get_es

bp = Blueprint("curation", __name__)


def _article_id(value: str) -> str:
    """An article id from a form: the id itself or an /articles/<id> address."""
    value = value.strip().rstrip("/")
    return value.rsplit("/articles/", 1)[-1] if "/articles/" in value else value


def _back_to_story(doc_id: str):
    doc = searcher.get_article(get_es(), get_alias(), doc_id)
    if doc is None or not doc.get("group_id"):
        return redirect(url_for("pages.search"))
    return redirect(url_for("pages.compare", group_id=doc["group_id"]))


@bp.route("/groups/<group_id>/link", methods=("POST",))
@login_required
def link(group_id: str):
    """Add an article to this story (it displaces a version in the same language)."""
    versions = searcher.get_group(get_es(), get_alias(), group_id)
    if not versions:
        abort(404, gettext("No story with id %(id)r.", id=group_id))
    other = _article_id(request.form.get("article", ""))
    if not other:
        abort(400, gettext("Give the id (or the address) of the article to add."))
    try:
        aligner.link(get_es(), get_alias(), versions[0]["id"], other, by=session["user"])
    except aligner.CurationError as exc:
        flash(gettext("Not linked: %(reason)s.", reason=exc))
        return redirect(url_for("pages.compare", group_id=group_id))
    flash(gettext("Linked. Re-alignment will keep this decision."))
    return _back_to_story(versions[0]["id"])


@bp.route("/groups/<group_id>/unlink", methods=("POST",))
@login_required
def unlink(group_id: str):
    """Take one version out of this story."""
    versions = (searcher.get_group(get_es(), get_alias(), group_id)
                + searcher.get_group(get_es(), get_alias(), group_id, editions=True))
    doc_id = request.form.get("article", "")
    rest = [v["id"] for v in versions if v["id"] != doc_id]
    if len(rest) == len(versions):
        abort(400, gettext("Article %(article)r is not in story %(story)r.",
                           article=doc_id, story=group_id))
    aligner.unlink(get_es(), get_alias(), doc_id, by=session["user"])
    flash(gettext("Unlinked. Re-alignment will not put it back."))
    return _back_to_story(rest[0]) if rest else redirect(url_for("pages.search"))


@bp.route("/review")
@login_required
def review():
    """Suggested links below the auto-link threshold, lowest confidence first."""
    rows = []
    for s in overrides.list_suggestions(get_es(), get_alias()):
        a = searcher.get_article(get_es(), get_alias(), s["a"])
        b = searcher.get_article(get_es(), get_alias(), s["b"])
        if a and b and a.get("group_id") != b.get("group_id"):
            rows.append({"score": s["score"], "a": a, "b": b})
    return render_template("curation/review.html", rows=rows)


@bp.route("/review/decide", methods=("POST",))
@login_required
def decide():
    """Accept (link) or reject (keep apart) one suggestion."""
    a, b = request.form.get("a", ""), request.form.get("b", "")
    decision = request.form.get("decision")
    if decision not in ("link", "apart") or not a or not b:
        abort(400, gettext("A decision needs two article ids and decision=link or "
                           "decision=apart."))
    try:
        if decision == "link":
            aligner.link(get_es(), get_alias(), a, b, by=session["user"])
        else:
            overrides.record(get_es(), get_alias(), [(a, b)], overrides.UNLINK, session["user"])
    except aligner.CurationError as exc:
        flash(gettext("Not linked: %(reason)s.", reason=exc))
    return redirect(url_for("curation.review"))
