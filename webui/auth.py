"""Login for write actions, and CSRF protection for every form that changes something."""
from __future__ import annotations

import functools
import hmac
import secrets
from typing import Any, Callable

from flask import (Blueprint, abort, current_app, flash, redirect, render_template, request,
                   session, url_for)
from flask_babel import gettext

from .secrets_store import admin_password

bp = Blueprint("auth", __name__)
CSRF_FIELD = "csrf_token"


def csrf_token() -> str:
    """This session's CSRF token (made on first use); templates put it in every form."""
    if CSRF_FIELD not in session:
        session[CSRF_FIELD] = secrets.token_urlsafe(32)
    return session[CSRF_FIELD]


@bp.before_app_request
def check_csrf() -> None:
    """Refuse a state-changing request whose form does not carry this session's token."""
    if request.method in ("GET", "HEAD", "OPTIONS"):
        return
    sent = request.form.get(CSRF_FIELD, "")
    if not sent or not hmac.compare_digest(sent, session.get(CSRF_FIELD, "")):
        abort(400, gettext("This form has expired or did not come from this site: reload "
                           "the page and try again."))


@bp.app_context_processor
def _inject() -> dict[str, Any]:
    return {"csrf_token": csrf_token, "logged_in": bool(session.get("user"))}


def _password() -> str:
    return current_app.config["ADMIN_PASSWORD"] or admin_password(current_app.config["DATA_DIR"])


def login_required(view: Callable) -> Callable:
    """Send anonymous users to the login page, then back."""
    @functools.wraps(view)
    def wrapped(**kwargs: Any):
        if not session.get("user"):
            return redirect(url_for("auth.login", next=request.full_path))
        return view(**kwargs)
    return wrapped


def _safe_next(target: str | None) -> str:
    # only same-site paths: an attacker's ?next=https://evil.example must not redirect away
    if target and target.startswith("/") and not target.startswith("//"):
        return target
    return url_for("pages.search")


@bp.route("/login", methods=("GET", "POST"))
def login():
    """Ask for the archivist's user name and password."""
    if request.method == "POST":
        user_ok = hmac.compare_digest(request.form.get("username", ""),
                                      current_app.config["ADMIN_USER"])
        pw_ok = hmac.compare_digest(request.form.get("password", ""), _password())
        if user_ok and pw_ok:
            session.clear()
            session["user"] = current_app.config["ADMIN_USER"]
            return redirect(_safe_next(request.args.get("next")))
        flash(gettext("Wrong user name or password."))
        return render_template("auth/login.html"), 401
    return render_template("auth/login.html")


@bp.route("/logout", methods=("POST",))
def logout():
    """Forget the login."""
    session.clear()
    return redirect(url_for("pages.search"))
