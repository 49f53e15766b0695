"""The ``trimova`` console script's entry point, which imports the command line when called.

An import's worker processes run the script that started it again before their first task
(multiprocessing does so for every script; its fork server's own preload of the script
does not happen on Python 3.11). With the command line imported here, at the call, instead
of by the script, that costs each worker nothing: Flask, the web app and Elasticsearch's
client stay out of the workers, which have what they need from the fork server
(indexer/ingest/building.py).
"""
from __future__ import annotations


def main() -> None:
    """Run ``trimova`` (webui.cli's command group)."""
    from webui.cli import main as cli

    cli()
