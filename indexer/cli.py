"""trimova's commands. Each parses its arguments, reads the config at the edge and hands off.

The commands run inside the Flask app context (``webui.cli`` builds the group), so the
CLI and the web app share one configuration.
"""
from __future__ import annotations

import signal
import sys
import threading
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

import click
from elasticsearch import ApiError
from elasticsearch import ConnectionError as ESConnectionError
from elasticsearch import TransportError
from flask import current_app
from flask.cli import with_appcontext

from archive.languages import LANGS, UNDETERMINED
from archive.readers import FORMATS
from indexer.alignment import aligner, overrides
from indexer.cluster.client import describe_error, make_client, node_from_config, safe_hosts
from indexer.cluster.localnode import NodeError
from indexer.embedding import EmbeddingError, get_embedder
from indexer.ingest import backfill
from indexer.ingest.journal import Journal, JournalError, journal_key
from indexer.ingest.pipeline import ImportSummary, Importer
from indexer.ingest.progress import Progress
from indexer.search.lookup import AmbiguousAddress, resolve_article
from indexer.store import export as exporter
from indexer.store import id_fill, merging, rewrite, schema, vector_split, writer
from indexer.store.schema import ensure_index
from indexer.store.writer import ClusterUnavailable

EXIT_REJECTED = 2  # some records were refused (see the rejects file); the rest went in
EXIT_FAILED = 1
EXIT_UNAVAILABLE = 3  # the cluster stayed away; the journal knows where to resume
EXIT_INTERRUPTED = 130  # Ctrl-C or SIGTERM; the journal knows where to resume


def _config() -> dict:
    return current_app.config


def _client():
    try:
        return make_client(_config())
    except NodeError as exc:
        raise click.ClickException(str(exc)) from exc


def _alias() -> str:
    return _config()["INDEX"]


def _data_dir() -> Path:
    return Path(_config()["DATA_DIR"])


def _translator():
    """Machine translation for alignment evidence, when argostranslate and a model are there."""
    from translations import translator_for
    return translator_for(_data_dir() / "models")


@click.group("es")
def es_group() -> None:
    """Manage the local Elasticsearch node (not used when TRIMOVA_ES_URL is set)."""


@es_group.command("start")
@click.option("--timeout", default=180, show_default=True, help="Seconds to wait for health.")
@with_appcontext
def es_start(timeout: int) -> None:
    """Fetch (once), configure and start the local node; wait until it is healthy."""
    if _config().get("ES_URL"):
        click.echo(f"TRIMOVA_ES_URL is set: using {_safe_url()}; no local node started.")
        return
    node = node_from_config(_config())
    running = node.status()
    if running.running:  # say so: a second node on one data folder cannot start
        click.echo(f"A node is already running in {node.data_dir}: pid {running.pid}, "
                   f"{running.url}; `trimova es stop` stops it.")
    try:
        status = node.start(timeout=timeout)
    except NodeError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"Elasticsearch {status.version} is up at {status.url} "
               f"(health {status.health}, pid {status.pid}).")


@es_group.command("stop")
@with_appcontext
def es_stop() -> None:
    """Stop the local node."""
    stopped = node_from_config(_config()).stop()
    click.echo("Elasticsearch stopped." if stopped else "Elasticsearch was not running.")


@es_group.command("status")
@with_appcontext
def es_status() -> None:
    """Say whether the node runs, where, and its health; exit 1 if it is down."""
    if _config().get("ES_URL"):
        try:
            health = _client().cluster.health()["status"]
        except (TransportError, ApiError) as exc:
            raise click.ClickException(describe_error(exc, _config())) from exc
        click.echo(f"Using {_safe_url()} (health {health}).")
        return
    node = node_from_config(_config())
    status = node.status()
    if not status.running:
        click.echo("Elasticsearch is not running (start it with `trimova es start`).")
        sys.exit(1)
    click.echo(f"Elasticsearch {status.version} at {status.url}: pid {status.pid}, "
               f"health {status.health}; password in {node.credentials_file}")


def _safe_url() -> str:
    """ES_URL without any user:password part."""
    return safe_hosts(_config())


@click.command("import")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, allow_dash=True))
@click.option("--format", "fmt", type=click.Choice(list(FORMATS)),
              help="Read every input as this format instead of detecting it from content.")
@click.option("--rejects", type=click.Path(dir_okay=False),
              help="Where to list refused and skipped records "
                   "(default: DATA_DIR/rejects/import-<time>.jsonl).")
@click.option("--journal", "journal_path", type=click.Path(dir_okay=False),
              help="Journal of finished inputs and offsets, for resuming (default: one per "
                   "set of inputs and index, under DATA_DIR/journals/).")
@click.option("--restart", is_flag=True,
              help="Ignore the journal: read every input again from the start.")
@click.option("--dry-run", is_flag=True,
              help="Read and check everything, say what would be new, updated or unchanged; "
                   "write nothing.")
@click.option("--progress/--no-progress", default=None,
              help="Progress bar (default: on when stderr is a terminal; plain lines otherwise).")
@with_appcontext
def import_command(paths: tuple[str, ...], fmt: str | None, rejects: str | None,
                   journal_path: str | None, restart: bool, dry_run: bool,
                   progress: bool | None) -> None:
    """Import files, folders, zips and web archives of articles; `-` reads standard input.

    Formats: pasted page text, HTML, JSON Lines, CSV, WARC/WARC.GZ, WACZ, zip (detected
    from content). Rerunning the same command resumes an import that was interrupted.
    An import that writes 10,000 articles or more asks Elasticsearch to merge the index's
    segments, in the background.

    Exit status: 0 every record imported; 2 some records refused (listed in the rejects
    file; the others were imported); 3 Elasticsearch stayed unreachable (rerun to resume);
    130 interrupted (rerun to resume); 1 the import could not run.
    """
    stamp = datetime.now(timezone.utc).strftime("%Y%m%d-%H%M%S")
    rejects = rejects or str(_data_dir() / "rejects" / f"import-{stamp}.jsonl")
    dead = str(_data_dir() / "dead-letters" / f"import-{stamp}.jsonl")
    try:
        journal = None if dry_run else _journal(journal_path, paths, fmt, restart)
    except JournalError as exc:
        raise click.ClickException(str(exc)) from exc
    bar = Progress(sys.stderr.isatty() if progress is None else progress, paths)
    importer = _importer(rejects, dead, bar)
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, _interrupt)
    try:
        summary = importer.process_all(paths, fmt, journal=journal, dry_run=dry_run)
    except ClusterUnavailable as exc:
        _stop(bar, journal, f"{_unavailable(exc)}. The import stopped cleanly: every record "
                            "confirmed so far is in the index", EXIT_UNAVAILABLE)
    except KeyboardInterrupt:
        _stop(bar, journal, "Interrupted. Every record confirmed so far is in the index",
              EXIT_INTERRUPTED)
    except (ESConnectionError, TransportError, ApiError) as exc:
        _stop(bar, journal, describe_error(exc, _config()), EXIT_FAILED)
    except EmbeddingError as exc:
        _stop(bar, journal, f"The import stopped: {exc}. Every record confirmed so far is in "
                            "the index", EXIT_FAILED)
    except (FileNotFoundError, NodeError, JournalError) as exc:
        bar.close()
        raise click.ClickException(str(exc)) from exc
    bar.close()
    _print_summary(summary, journal)
    sys.exit(0 if summary.ok else (EXIT_REJECTED if not summary.failed else EXIT_FAILED))


def _unavailable(exc: ClusterUnavailable) -> str:
    """What stayed away and for how long, in one line without the transport's details."""
    if isinstance(exc.cause, (TransportError, ApiError)):
        return f"{describe_error(exc.cause, _config())} (waited {exc.waited:.0f} s)"
    return str(exc)


def _interrupt(signum, frame) -> None:
    """SIGTERM stops an import the way Ctrl-C does: journal saved, exit 130."""
    raise KeyboardInterrupt


def _importer(rejects: str, dead: str, bar: Progress) -> Importer:
    try:
        return Importer.from_config(_client(), _config(), rejects=rejects, dead_letters=dead,
                                    progress=bar.tick, embedded=bar.embed)
    except EmbeddingError as exc:
        raise click.ClickException(str(exc)) from exc


def _journal(path: str | None, paths: tuple[str, ...], fmt: str | None,
             restart: bool) -> Journal | None:
    """The journal for this import (None for standard input alone, which cannot resume)."""
    if all(p == "-" for p in paths):
        return None
    path = path or str(_data_dir() / "journals" / f"{journal_key(_alias(), paths, fmt)}.json")
    if restart and Path(path).exists():
        Path(path).unlink()
    return Journal(path)


def _stop(bar: "Progress", journal: Journal | None, message: str, code: int) -> None:
    """Close the bar, say what happened and how to go on, and exit with ``code``."""
    bar.close()
    if journal is not None:
        journal.save()
        message += (f"; progress is saved in {journal.path}. Run the same command again "
                    "to continue where it stopped.")
    else:
        message += "; run the same command again: records already imported are updated, " \
                   "not duplicated."
    click.echo(message, err=True)
    sys.exit(code)


def _print_summary(s: ImportSummary, journal: Journal | None = None) -> None:
    langs = ", ".join(f"{k} {v}" for k, v in sorted(s.languages.items()) if k in LANGS
                      or k == UNDETERMINED) or "none"
    others = ", ".join(f"{k} {v}" for k, v in sorted(s.languages.items())
                       if k not in LANGS and k != UNDETERMINED)
    counts = f"{s.new} new, {s.updated} updated, {s.unchanged} unchanged"
    head = (f"dry run, nothing written: read {s.read} articles, which would be {counts}"
            if s.dry_run else f"read {s.read} articles: {counts}")
    click.echo(f"{head}; {s.duplicates} duplicates; {s.rejected} rejected, {s.skipped} "
               f"skipped, {s.failed} refused by Elasticsearch")
    click.echo(f"languages: {langs}")
    if others:  # stored with their code, searchable, never aligned with uk/en/ru
        click.echo(f"other languages, kept apart: {others}")
    if s.skip_reasons:
        click.echo("skipped: " + "; ".join(f"{n} {k}" for k, n in s.skip_reasons.most_common()))
    if not s.dry_run:
        click.echo(f"stories: {s.groups} touched, {s.multi_version_groups} with several "
                   f"versions; {s.suggestions} suggested links below the threshold")
    if s.vectors is not None:
        v = s.vectors
        rate = f" in {v.seconds:.0f} s ({v.embedded / v.seconds:.1f}/s)" if v.seconds else ""
        click.echo(f"vectors: {v.embedded} embedded{rate}, {v.reused} kept (text unchanged), "
                   f"{v.empty} articles without text to embed")
    if s.merging:
        click.echo("Elasticsearch is merging the index's segments in the background: search "
                   "by meaning gets faster when it is done")
    if journal is not None and (s.skipped_units or s.resumed_units):
        click.echo(f"journal {journal.path}: {s.skipped_units} inputs already imported were "
                   f"skipped, {s.resumed_units} resumed part way (--restart reads all again)")
    if s.rejected or s.skipped:
        click.echo(f"rejected and skipped records are listed in {s.rejects_file}")
    if s.failed:
        click.echo(f"documents Elasticsearch refused are in {s.dead_letter_file}")


@click.command("export")
@click.option("--format", "fmt", type=click.Choice(list(exporter.FORMATS)), default="jsonl",
              show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True),
              help="File to write (default: standard output).")
@with_appcontext
def export_command(fmt: str, output: str | None) -> None:
    """Write every article (id, external_id, lang, group_id, ...) as JSON Lines or CSV."""
    client = _client()
    if not client.indices.exists_alias(name=_alias()):
        raise click.ClickException(f"no archive yet (index alias {_alias()!r} does not exist)")
    if output:
        with open(output, "w", encoding="utf-8", newline="") as out:
            count = exporter.export(client, _alias(), out, fmt)
        click.echo(f"exported {count} articles to {output}", err=True)
    else:
        exporter.export(client, _alias(), sys.stdout, fmt)


@click.group("align", invoke_without_command=True)
@click.option("--all", "all_", is_flag=True, help="Re-run alignment over the whole archive.")
@click.pass_context
@with_appcontext
def align_group(ctx: click.Context, all_: bool) -> None:
    """Group translations: re-run it (--all), or link and unlink versions by hand.

    Decisions made with link/unlink (or on the compare page) survive re-alignment and
    re-import.
    """
    if ctx.invoked_subcommand:
        return
    if not all_:
        raise click.UsageError("say `trimova align --all` to regroup the whole archive, or use "
                               "a subcommand: link, unlink, suggestions")
    cfg, client = _config(), _client()
    # alignment reads schema 4's vectors
    ensure_index(client, _alias(), on_split=_split_line, on_fill=_fill_line)
    result = aligner.align_all(client, _alias(), min_score=cfg["ALIGN_MIN_SCORE"],
                               window_days=cfg["ALIGN_WINDOW_DAYS"], translator=_translator())
    click.echo(f"aligned {result.aligned} articles into {result.groups} stories "
               f"({result.multi_version_groups} with several versions); "
               f"{len(result.suggestions)} suggested links below the threshold")


@align_group.command("link")
@click.argument("article")
@click.argument("other")
@with_appcontext
def align_link(article: str, other: str) -> None:
    """Put OTHER in the same story as ARTICLE (each an id, an /articles/ address or the
    address it was published at)."""
    article, other = _article(article), _article(other)
    try:
        gid = aligner.link(_client(), _alias(), article, other, by="cli")
    except aligner.CurationError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"linked {other} to {article}: story {gid}")


@align_group.command("unlink")
@click.argument("article")
@with_appcontext
def align_unlink(article: str) -> None:
    """Take ARTICLE (an id or an address) out of its story; re-alignment will not put it back."""
    article = _article(article)
    try:
        aligner.unlink(_client(), _alias(), article, by="cli")
    except aligner.CurationError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"unlinked {article}: it is a story of its own now")


def _article(value: str) -> str:
    """The id of the article VALUE names; a ClickException when none or several do."""
    try:
        found = resolve_article(_client(), _alias(), value)
    except AmbiguousAddress as exc:
        raise click.ClickException(str(exc)) from exc
    if found is None:
        raise click.ClickException(f"no article has the id or address {value!r}")
    return found


@align_group.command("suggestions")
@click.option("--limit", default=50, show_default=True)
@with_appcontext
def align_suggestions(limit: int) -> None:
    """List suggested links below the auto-link threshold (at least half of it), best first."""
    rows = overrides.list_suggestions(_client(), _alias(), size=limit)
    for row in rows:
        click.echo(f"{row['score']:.3f}  {row['a']}  {row['b']}")
    if not rows:
        click.echo("no suggestions")


@click.command("reset")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@with_appcontext
def reset_command(yes: bool) -> None:
    """Delete the whole archive index (the alias and its versioned indices)."""
    if not yes:
        click.confirm(f"Delete every article in {_alias()!r}?", abort=True)
    schema.drop_index(_client(), _alias())
    overrides.drop_all(_client(), _alias())
    click.echo(f"deleted {_alias()}")


@click.group("models")
def models_group() -> None:
    """Machine-translation models (Argos .argosmodel packages in DATA_DIR/models)."""


@models_group.command("install")
@click.argument("file", required=False, type=click.Path(exists=True, dir_okay=False))
@click.option("--from-index", "pair", metavar="SRC-TGT",
              help="Download the model for a pair (e.g. uk-en) from the Argos package index "
                   "(needs a network; TRIMOVA_MODELS_INDEX_URL overrides the index).")
@with_appcontext
def models_install(file: str | None, pair: str | None) -> None:
    """Install an Argos model package (.argosmodel) from FILE or from the package index."""
    from translations import InvalidModel, TranslationUnavailable, install_model
    from translations.index import install_from_index
    if bool(file) == bool(pair):
        raise click.UsageError("give either FILE or --from-index SRC-TGT (e.g. uk-en)")
    try:
        if file:
            source, target = install_model(file, _data_dir() / "models")
        else:
            src, _, tgt = pair.partition("-")
            source, target = install_from_index(src, tgt, _data_dir() / "models",
                                                _config()["MODELS_INDEX_URL"] or None)
    except (InvalidModel, TranslationUnavailable) as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"installed {source}→{target}")


@models_group.command("list")
@with_appcontext
def models_list() -> None:
    """List the installed translation models."""
    from translations import list_models
    models = list_models(_data_dir() / "models")
    for m in models:
        click.echo(f"{m['source']}→{m['target']}  {m['name']}  {m['version']}")
    if not models:
        click.echo(f"no models installed in {_data_dir() / 'models'}; "
                   "install one with `trimova models install FILE`")


@click.command("embed")
@click.option("--progress/--no-progress", default=None,
              help="Show a progress bar (default: when standard error is a terminal).")
@with_appcontext
def embed_command(progress: bool | None) -> None:
    """Give every article without a vector the vector of its title and lead.

    For an archive imported with EMBEDDING=off or before vectors existed. An archive made
    before schema 4 first has its vectors moved to their languages' fields (copied, not
    embedded again), and one made before schema 5 its articles written once more with
    their ids and titles in doc values (the search page reads them there). Rerun it after
    an interruption: it embeds only what is still missing.
    After 10,000 articles or more, Elasticsearch is asked to merge the index's segments.
    """
    client = _client()
    if not client.indices.exists_alias(name=_alias()):
        raise click.ClickException(f"no archive yet (index alias {_alias()!r} does not exist)")
    try:
        embedder = get_embedder(_config())
        if embedder is None:
            raise click.ClickException("EMBEDDING is off: set it to local (or http with "
                                       "EMBEDDING_URL) to give the archive vectors")
        # an older archive gets the fields added since it was made, its vectors move to
        # their languages' fields and its articles get their ids in doc values
        ensure_index(client, _alias(), on_split=_split_line, on_fill=_fill_line)
        total = backfill.missing(client, _alias())
        bar = _embed_bar(total, sys.stderr.isatty() if progress is None else progress)
        done = backfill.backfill(client, _alias(), embedder, progress=bar,
                                 backoff=_embed_backoff())
    except (EmbeddingError, ClusterUnavailable, vector_split.SplitIncomplete,
            id_fill.FillIncomplete) as exc:
        raise click.ClickException(f"{exc}. Vectors written so far are kept; run `trimova "
                                   "embed` again to go on") from exc
    if merging.worth_merging(done.embedded) and merging.merge(client, _alias()):
        click.echo("Elasticsearch is merging the index's segments in the background")
    rate = f" ({done.embedded / done.seconds:.1f}/s)" if done.seconds else ""
    click.echo(f"embedded {done.embedded} of {done.missing} articles without a vector in "
               f"{done.seconds:.0f} s{rate}; {done.empty} without text to embed, "
               f"{done.failed} refused by Elasticsearch")
    sys.exit(EXIT_FAILED if done.failed else 0)


#: a line every 10,000 vectors an older archive has moved to their languages' fields
_split_line = rewrite.every(10_000, lambda done, total: click.echo(
    f"... moved {done} of {total} vectors to their languages' fields (once, nothing is "
    "embedded again)", err=True))
#: a line every 10,000 articles an older archive has written again with their ids
_fill_line = rewrite.every(10_000, lambda done, total: click.echo(
    f"... wrote {done} of {total} articles again with their ids and titles in doc values "
    "(once, for the search page)", err=True))


def _embed_bar(total: int, bar: bool) -> Callable[[int], None]:
    """A progress callback: a bar with rate and ETA, or a line every 1,000 articles."""
    if bar:
        from tqdm import tqdm
        meter = tqdm(total=total, unit=" articles", desc="embedding", file=sys.stderr)
        return meter.update
    started, seen = time.monotonic(), [0]

    def line(count: int) -> None:
        before, seen[0] = seen[0], seen[0] + count
        if seen[0] // 1000 > before // 1000 or seen[0] == total:
            rate = seen[0] / max(time.monotonic() - started, 1e-6)
            click.echo(f"... {seen[0]} of {total} embedded ({rate:.1f}/s, about "
                       f"{(total - seen[0]) / rate:.0f} s left)", err=True)
    return line


def _embed_backoff() -> writer.Backoff:
    """Waits for an embeddings server that is away, up to ES_OUTAGE_TIMEOUT."""
    return writer.Backoff(1, 30, _config()["ES_OUTAGE_TIMEOUT"], time.sleep)


COMMANDS = (es_group, import_command, export_command, align_group, reset_command, models_group,
            embed_command)
