"""One error page for every HTTP error, JSON under /api/, and 503 when ES is away."""
from __future__ import annotations

from elasticsearch import ApiError, TransportError
from flask import Flask, jsonify, render_template, request
from flask_babel import gettext, lazy_gettext
from werkzeug.exceptions import HTTPException, RequestEntityTooLarge

from indexer.cluster.client import describe_error
from indexer.cluster.localnode import NodeError
from indexer.store.writer import certificate_rejected

from . import i18n

# what a reader can do about it: wait; the app reconnects by itself (webui/es.py)
UNAVAILABLE = lazy_gettext("The archive's search engine (Elasticsearch) is not reachable right "
                           "now. This page will work again as soon as it is back: try again in "
                           "a few seconds. If this lasts, the archive's administrator should "
                           "check the search engine.")
REFUSED = lazy_gettext("The archive's search engine (Elasticsearch) refused this server: its "
                       "certificate, credentials or permissions are wrong. The server's log "
                       "says which.")
#: seconds after which a client may try a 503 page again
RETRY_AFTER = 5


def _render(status: int, title: str, message: str):
    if request.path.startswith("/api/"):
        return jsonify({"error": {"status": status, "title": title, "message": message}}), status
    return render_template("error.html", status=status, title=title, message=message), status


def handle_http(exc: HTTPException):
    """Render an HTTP error with its status."""
    return _render(exc.code or 500, i18n.http_title(exc), i18n.http_description(exc))


def handle_too_large(exc: RequestEntityTooLarge):
    """An upload over IMPORT_MAX_UPLOAD: 413 naming the limit and the command for more."""
    from flask import current_app

    from .imports import format_size
    if exc.description != RequestEntityTooLarge.description:
        return handle_http(exc)
    limit = format_size(current_app.config["IMPORT_MAX_UPLOAD"])
    return _render(413, i18n.http_title(exc), gettext(
        "This upload is larger than the limit of %(limit)s (IMPORT_MAX_UPLOAD). Import larger "
        "batches on the server with the command trimova import FOLDER.", limit=limit))


def handle_unavailable(exc: Exception):
    """Elasticsearch is down, unreachable or refuses us: 503, not a traceback; the log
    line says what to fix, without credentials."""
    from flask import current_app
    current_app.logger.warning("%s", describe_error(exc, current_app.config))
    refused = certificate_rejected(exc) or (isinstance(exc, ApiError)
                                            and exc.meta.status in (401, 403))
    message = str(REFUSED if refused else UNAVAILABLE)
    response, status = _render(503, gettext("Service Unavailable"), message)
    response = current_app.make_response((response, status))
    if not refused:
        response.headers["Retry-After"] = str(RETRY_AFTER)
    return response


def handle_api_error(exc: ApiError):
    """Elasticsearch answered with an error: 503 for overload/unavailable, else 500."""
    from flask import current_app
    current_app.logger.error("Elasticsearch error %s: %s", exc.meta.status, exc.message)
    if exc.meta.status in (401, 403, 429, 502, 503, 504):
        return handle_unavailable(exc)
    if exc.meta.status == 404 and exc.error == "index_not_found_exception":
        # a new archive: nothing imported yet, so its index does not exist
        return _render(404, gettext("Not Found"), gettext(
            "The archive is empty: nothing has been imported into it yet. An archivist "
            "imports articles on the import page or with the command trimova import."))
    return _render(500, gettext("Internal Server Error"),
                   gettext("The search engine could not answer this request."))


def init_app(app: Flask) -> None:
    """Register the handlers."""
    app.register_error_handler(HTTPException, handle_http)
    app.register_error_handler(RequestEntityTooLarge, handle_too_large)
    app.register_error_handler(TransportError, handle_unavailable)
    app.register_error_handler(NodeError, handle_unavailable)
    app.register_error_handler(ApiError, handle_api_error)
