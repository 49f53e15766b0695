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
@click.option("--workers", type=click.IntRange(min=1),
              help="Worker processes (default: setting WEB_WORKERS, 2).")
@click.option("--threads", type=click.IntRange(min=1),
              help="Threads per worker (default: setting WEB_THREADS, 4).")
@click.option("--dev", is_flag=True,
              help="Flask's development server instead: reloads on code changes and shows "
                   "the interactive debugger on errors. Never on a reachable address.")
@with_appcontext
def serve_command(host: str | None, port: int | None, workers: int | None,
                  threads: int | None, dev: bool) -> None:
    """Serve the web UI on gunicorn: WEB_WORKERS processes of WEB_THREADS threads.

    SIGTERM (or Ctrl-C) stops gracefully: requests in flight are finished first. Put a
    reverse proxy (nginx, Caddy) in front for TLS; see README's Deploy section.
    """
    from .server import run_development, run_production

    app = current_app._get_current_object()
    host = host or app.config["HOST"]
    port = port or app.config["PORT"]
    if dev:
        click.echo(f"trimova development server on http://{host}:{port}/ (Ctrl-C to stop)")
        run_development(app, host, port)
        return
    config = {**app.config, "WEB_WORKERS": workers or app.config["WEB_WORKERS"],
              "WEB_THREADS": threads or app.config["WEB_THREADS"]}
    click.echo(f"trimova serving on http://{host}:{port}/ with {config['WEB_WORKERS']} "
               f"workers x {config['WEB_THREADS']} threads (SIGTERM or Ctrl-C stops gracefully)")
    run_production(create_app, config, host, port)


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
