"""The trimova web app: search, article, compare pages and a JSON API."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping

if TYPE_CHECKING:
    from flask import Flask

# Flask and the settings are imported when an app is made: `trimova`'s entry point
# (webui.console) is in this package, and every import worker runs that script again


def create_app(test_config: Mapping[str, Any] | None = None,
               environ: Mapping[str, str] | None = None) -> Flask:
    """Build the app: defaults, TRIMOVA_CONFIG file, TRIMOVA_* variables, test_config."""
    from flask import Flask

    from indexer.config import load_settings

    from .forms import StrictFormRequest
    from .secrets_store import admin_password, secret_key

    app = Flask(__name__)
    app.request_class = StrictFormRequest  # a malformed form body is a clear 400
    app.config.update(load_settings(environ, test_config))
    if not app.config["SECRET_KEY"]:
        app.config["SECRET_KEY"] = secret_key(app.config["DATA_DIR"])
    if not app.config["ADMIN_PASSWORD"]:
        admin_password(app.config["DATA_DIR"])  # made at start, so every worker has the same
    app.config.setdefault("SESSION_COOKIE_SAMESITE", "Lax")
    app.json.ensure_ascii = False

    from . import auth, captures, curation, errors, es, imports, openapi, pages
    from . import i18n  # the interface in uk/en/ru
    from .rawquery import RawQueryMiddleware

    app.wsgi_app = RawQueryMiddleware(app.wsgi_app)
    es.init_app(app)
    i18n.init_app(app)
    errors.init_app(app)
    app.register_blueprint(auth.bp)
    app.register_blueprint(pages.bp)
    app.register_blueprint(curation.bp)
    app.register_blueprint(imports.bp)
    app.register_blueprint(openapi.bp)
    app.register_blueprint(captures.bp)
    return app
