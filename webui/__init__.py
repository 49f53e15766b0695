"""The trimova web app: search, article, compare pages and a JSON API."""
from __future__ import annotations

from typing import Any, Mapping

from flask import Flask

from indexer.config import load_settings

from .secrets_store import secret_key


def create_app(test_config: Mapping[str, Any] | None = None,
               environ: Mapping[str, str] | None = None) -> Flask:
    """Build the app: defaults, TRIMOVA_CONFIG file, TRIMOVA_* variables, test_config."""
    app = Flask(__name__)
    app.config.update(load_settings(environ, test_config))
    if not app.config["SECRET_KEY"]:
        app.config["SECRET_KEY"] = secret_key(app.config["DATA_DIR"])
    app.config.setdefault("SESSION_COOKIE_SAMESITE", "Lax")
    app.json.ensure_ascii = False

    from . import auth, captures, curation, errors, es, imports, pages
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
    app.register_blueprint(captures.bp)
    return app
