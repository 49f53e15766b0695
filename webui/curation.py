"""Archivists' write actions: link and unlink versions (and undo), review suggested links."""
from __future__ import annotations

from flask import (Blueprint, abort, current_app, flash, redirect, render_template, request,
                   session, url_for)
from flask_babel import gettext

from indexer.alignment import aligner, overrides
from indexer.search import stories as searcher
from indexer.search.lookup import AmbiguousAddress, resolve_article

from .auth import login_required
from .es import get_alias, get_es

bp = Blueprint("curation", __name__)
REVIEW_PAGE = 25  # suggestions per page of /review
DECISIONS = ("link", "apart")


def _resolve(value: str) -> str | None:
    """The article a form names by id, by its /articles/ address or by its source URL; None
    (after flashing why) when there is none or several."""
    try:
        found = resolve_article(get_es(), get_alias(), value)
    except AmbiguousAddress as exc:
        flash(gettext("Not linked: %(reason)s.", reason=exc))
        return None
    if found is None:
        flash(gettext("No article has the id or address %(value)r.", value=value.strip()))
    return found


def _back_to_story(doc_id: str, **args: str):
    doc = searcher.get_article(get_es(), get_alias(), doc_id)
    if doc is None or not doc.get("group_id"):
        return redirect(url_for("pages.search"))
    return redirect(url_for("pages.compare", group_id=doc["group_id"], **args))


@bp.route("/groups/<group_id>/link", methods=("POST",))
@login_required
def link(group_id: str):
    """Add an article (by id, address or source URL) to this story; it displaces a version
    in the same language."""
    versions = searcher.get_group(get_es(), get_alias(), group_id)
    if not versions:
        abort(404, gettext("No story with id %(id)r.", id=group_id))
    value = request.form.get("article", "")
    if not value.strip():
        abort(400, gettext("Give the id (or the address) of the article to add."))
    other = _resolve(value)
    if other is None:
        return redirect(url_for("pages.compare", group_id=group_id))
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
    """Take one version (by id, address or source URL) out of this story; the story's page
    then offers to undo it."""
    versions = (searcher.get_group(get_es(), get_alias(), group_id)
                + searcher.get_group(get_es(), get_alias(), group_id, editions=True))
    value = request.form.get("article", "")
    doc_id = _resolve(value) if value.strip() else None
    rest = [v["id"] for v in versions if v["id"] != doc_id]
    if doc_id is None or len(rest) == len(versions):
        abort(400, gettext("Article %(article)r is not in story %(story)r.",
                           article=value, story=group_id))
    aligner.unlink(get_es(), get_alias(), doc_id, by=session["user"])
    if not rest:
        return redirect(url_for("pages.search"))
    return _back_to_story(rest[0], unlinked=doc_id)


@bp.route("/groups/<group_id>/relink", methods=("POST",))
@login_required
def relink(group_id: str):
    """Undo an unlink: put the article back into the story it was taken out of."""
    versions = searcher.get_group(get_es(), get_alias(), group_id)
    doc_id = request.form.get("article", "").strip()
    if not versions or not doc_id:
        abort(400, gettext("Article %(article)r is not in story %(story)r.",
                           article=doc_id, story=group_id))
    try:
        aligner.link(get_es(), get_alias(), versions[0]["id"], doc_id, by=session["user"])
    except aligner.CurationError as exc:
        flash(gettext("Not linked: %(reason)s.", reason=exc))
        return redirect(url_for("pages.compare", group_id=group_id))
    flash(gettext("Undone: the version is back in this story."))
    return _back_to_story(versions[0]["id"])


def _review_page() -> int:
    raw = request.args.get("page", "1")
    if not raw.isdigit() or int(raw) < 1:
        abort(400, gettext("page must be a whole number from 1, not %(page)r.", page=raw))
    return int(raw)


def _pending(offset: int) -> tuple[int, list[dict]]:
    """(total, rows) of suggestions still open; ones a later alignment settled, or whose
    articles are gone, are dropped as they are met, so the total stays true."""
    client, alias = get_es(), get_alias()
    for _ in range(3):
        total, found = overrides.page_suggestions(client, alias, offset=offset,
                                                  size=REVIEW_PAGE)
        rows, stale = [], []
        for s in found:
            a = searcher.get_article(client, alias, s["a"])
            b = searcher.get_article(client, alias, s["b"])
            if a and b and a.get("group_id") != b.get("group_id"):
                rows.append({"score": s["score"], "a": a, "b": b})
            else:
                stale.append((s["a"], s["b"]))
        if not stale:
            return total, rows
        overrides.drop_suggestions(client, alias, stale)
    return total - len(stale), rows


@bp.route("/review")
@login_required
def review():
    """Suggested links below the auto-link threshold, most likely first, a page at a time."""
    page = _review_page()
    total, rows = _pending((page - 1) * REVIEW_PAGE)
    done = _decided_row(request.args) if request.args.get("done") else None
    return render_template("curation/review.html", rows=rows, total=total, page=page,
                           last_page=max(1, -(-total // REVIEW_PAGE)), done=done,
                           per_page=REVIEW_PAGE, first=(page - 1) * REVIEW_PAGE + 1,
                           threshold=current_app.config["ALIGN_MIN_SCORE"])


def _decided_row(args) -> dict | None:
    """A row saying what was just decided (for browsers without JavaScript)."""
    a = searcher.get_article(get_es(), get_alias(), args.get("a", ""))
    b = searcher.get_article(get_es(), get_alias(), args.get("b", ""))
    if not a or not b or args.get("done") not in (*DECISIONS, "undone"):
        return None
    return {"a": a, "b": b, "score": _score(args.get("score")), "done": args["done"],
            "undo": args.get("undo") == "1"}


def _score(raw: str | None) -> float | None:
    try:
        score = float(raw or "")
    except ValueError:
        return None
    return score if 0 <= score <= 1 else None


def _decision_form() -> tuple[str, str, str]:
    a, b = request.form.get("a", ""), request.form.get("b", "")
    decision = request.form.get("decision", "")
    if decision not in DECISIONS or not a or not b:
        abort(400, gettext("A decision needs two article ids and decision=link or "
                           "decision=apart."))
    return a, b, decision


def _linking_can_be_undone(a: str, b: str) -> bool:
    """True when ``b`` stands alone and ``a``'s story has no version in ``b``'s language:
    then taking ``b`` out again restores what was there."""
    client, alias = get_es(), get_alias()
    doc_b = searcher.get_article(client, alias, b)
    doc_a = searcher.get_article(client, alias, a)
    if not doc_a or not doc_b:
        return False
    alone = len(searcher.get_group(client, alias, doc_b.get("group_id") or "")) <= 1
    langs = {v.get("lang") for v in searcher.get_group(client, alias, doc_a.get("group_id")
                                                       or "")}
    return alone and doc_b.get("lang") not in langs


def _answer(row: dict, page: str):
    """The decided row: as an HTML fragment for the page's script, else back to the page."""
    if request.headers.get("X-Requested-With") == "fetch":
        return render_template("curation/_review_row.html", row=row)
    args = {"a": row["a"]["id"], "b": row["b"]["id"], "done": row["done"],
            "undo": "1" if row.get("undo") else "0", "page": page}
    if row.get("score") is not None:
        args["score"] = f"{row['score']:.4f}"
    return redirect(url_for("curation.review", **args))


@bp.route("/review/decide", methods=("POST",))
@login_required
def decide():
    """Accept (link) or reject (keep apart) one suggestion; the row then says what was done."""
    a, b, decision = _decision_form()
    client, alias = get_es(), get_alias()
    found = overrides.get_suggestion(client, alias, a, b)
    undo = True
    try:
        if decision == "link":
            undo = _linking_can_be_undone(a, b)
            aligner.link(client, alias, a, b, by=session["user"])
        else:
            overrides.record(client, alias, [(a, b)], overrides.UNLINK, session["user"])
    except aligner.CurationError as exc:
        message = gettext("Not linked: %(reason)s.", reason=exc)
        if request.headers.get("X-Requested-With") == "fetch":
            return render_template("curation/_review_row.html", row={
                "a": searcher.get_article(client, alias, a), "score": found and found["score"],
                "b": searcher.get_article(client, alias, b), "error": message})
        flash(message)
        return redirect(url_for("curation.review", page=request.form.get("page", "1")))
    row = {"a": searcher.get_article(client, alias, a), "b": searcher.get_article(client, alias, b),
           "score": found["score"] if found else None, "done": decision, "undo": undo}
    return _answer(row, request.form.get("page", "1"))


@bp.route("/review/undo", methods=("POST",))
@login_required
def undo():
    """Take a review decision back: the pair is open for review again."""
    a, b, decision = _decision_form()
    client, alias = get_es(), get_alias()
    if decision == "link":
        doc_b = searcher.get_article(client, alias, b)
        members = searcher.get_group(client, alias, (doc_b or {}).get("group_id") or "")
        aligner.unlink(client, alias, b, by=session["user"])
        overrides.forget(client, alias, [(b, m["id"]) for m in members if m["id"] != b])
    overrides.forget(client, alias, [(a, b)])
    score = _score(request.form.get("score"))
    if score is not None:
        overrides.save_suggestions(client, alias, [(score, a, b)])
    row = {"a": searcher.get_article(client, alias, a), "b": searcher.get_article(client, alias, b),
           "score": score, "done": "undone", "undo": False}
    return _answer(row, request.form.get("page", "1"))
