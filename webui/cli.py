"""The ``trimova`` console script: a FlaskGroup, so every command shares the app's config."""
from __future__ import annotations

import click
from flask import current_app
from flask.cli import FlaskGroup, with_appcontext

from indexer.cli import COMMANDS
from indexer.config import ConfigError

from . import create_app


@click.command("serve")
@click.option("--host", help="Address to bind (default: setting HOST, 127.0.0.1).")
@click.option("--port", type=int, help="Port (default: setting PORT, 5000).")
@with_appcontext
def serve_command(host: str | None, port: int | None) -> None:
    """Serve the web UI (threaded; put a WSGI server such as gunicorn in front for production)."""
    app = current_app._get_current_object()
    host = host or app.config["HOST"]
    port = port or app.config["PORT"]
    from werkzeug.serving import run_simple

    click.echo(f"trimova serving on http://{host}:{port}/ (Ctrl-C to stop)")
    # werkzeug's threaded server, not waitress: waitress refuses raw UTF-8 in the URL,
    # and `curl '...?q=ракети'` sends exactly that
    run_simple(host, port, app, threaded=True, use_reloader=False, use_debugger=False)


def _create(*_args) -> object:
    try:
        return create_app()
    except ConfigError as exc:  # a setting to fix, not a crash: no traceback
        raise click.ClickException(str(exc)) from None


main = FlaskGroup(name="trimova", create_app=_create, add_default_commands=False,
                  add_version_option=False, load_dotenv=False, set_debug_flag=False,
                  help="trimova: a trilingual (uk/en/ru) news archive. Settings come from "
                       "TRIMOVA_* environment variables (see README).")
# Flask's --app/--env-file/--debug make no sense for trimova, whose app is fixed
main.params = [p for p in main.params if p.name not in ("app", "env_file", "debug")]
main.params.append(click.Option(["--version"], is_flag=True, expose_value=False,
                                is_eager=True, help="Show trimova's version and exit.",
                                callback=lambda ctx, _p, value: value and ctx.exit(
                                    click.echo(f"trimova {_version()}") or 0)))


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version
    try:
        return version("trimova")
    except PackageNotFoundError:
        return "unknown"


for _command in (*COMMANDS, serve_command):
    main.add_command(_command)
