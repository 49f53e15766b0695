"""The trimova web app: search, article, compare pages and a JSON API."""
from __future__ import annotations

import os
import tomllib
from typing import Any, Mapping

from flask import Flask

from indexer.settings import defaults

from . import config as cfg


def create_app(test_config: Mapping[str, Any] | None = None,
               environ: Mapping[str, str] | None = None) -> Flask:
    """Build the app: defaults, TRIMOVA_CONFIG file, TRIMOVA_* variables, test_config."""
    app = Flask(__name__)
    environ = os.environ if environ is None else environ
    app.config.from_mapping(defaults())
    config_file = environ.get("TRIMOVA_CONFIG")
    if config_file:
        app.config.from_file(config_file, load=tomllib.load, text=False)
    app.config.update(cfg.from_environ(environ))
    if test_config:
        app.config.update(test_config)
    cfg.check(app.config)
    if not app.config["SECRET_KEY"]:
        app.config["SECRET_KEY"] = cfg.secret_key(app.config["DATA_DIR"])
    app.config.setdefault("SESSION_COOKIE_SAMESITE", "Lax")
    app.json.ensure_ascii = False

    from . import api, auth, curation, errors, es, imports, pages
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
    app.register_blueprint(api.bp)
    return app
