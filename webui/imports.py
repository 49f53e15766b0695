"""Imports from the web UI: upload a smaller batch, run it in the background, keep a history.

Each import lives in ``DATA_DIR/imports/<id>/``: the uploads in ``files/`` (the folder to
give ``trimova import`` if the import was interrupted), ``status.json`` (its state, progress
and closing summary, rewritten atomically), and the rejects and dead-letter files. The
history is the list of those folders, so it survives restarts. Every import has a thread of
its own, but they take turns across all the server's processes (:mod:`webui.import_queue`):
at most one runs at a time, the others wait as "queued".
"""
from __future__ import annotations

import json
import logging
import os
import re
import secrets
import shlex
import shutil
import tempfile
import threading
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Mapping

from babel.dates import format_datetime
from flask import (
    Blueprint,
    abort,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    send_file,
    session,
    url_for,
)
from flask_babel import gettext, lazy_gettext
from werkzeug.utils import secure_filename

from archive.article import UnitDone
from archive.readers import FORMATS

from . import i18n, import_queue
from .auth import login_required

bp = Blueprint("imports", __name__)
log = logging.getLogger(__name__)

ID_PATTERN = re.compile(r"\d{8}-\d{6}-[0-9a-f]{6}")
STATUS = "status.json"
FILES = "files"
REJECTS = "rejects.jsonl"
DEAD_LETTERS = "dead-letters.jsonl"
DETECT = "detect"
WRITE_EVERY = 0.5  # seconds between status writes while an import runs
ACTIVE = ("queued", "running")
STATES = {"queued": lazy_gettext("queued"), "running": lazy_gettext("running"),
          "finished": lazy_gettext("finished"), "failed": lazy_gettext("failed"),
          "interrupted": lazy_gettext("interrupted")}
#: how the format menu names the importers (codes not listed here are shown as they are)
FORMAT_NAMES = {"text": lazy_gettext("pasted page text"), "html": "HTML", "jsonl": "JSON Lines",
                "csv": "CSV", "warc": "WARC", "wacz": "WACZ", "zip": "ZIP"}
#: the summary's counts, as the CLI prints them
COUNTS = ("read", "new", "updated", "unchanged", "duplicates", "rejected", "skipped", "failed",
          "groups",
          "multi_version_groups", "suggestions")

_threads: dict[str, threading.Thread] = {}  # import folder → its worker, in this process
_threads_lock = threading.Lock()


# --- status files ---------------------------------------------------------------------------

def imports_dir(config: Mapping[str, Any]) -> Path:
    """The folder holding one sub-folder per import."""
    return Path(config["DATA_DIR"]) / "imports"


def new_id() -> str:
    """A time-sortable, hard-to-guess import id: ``YYYYmmdd-HHMMSS-<6 hex>``."""
    return datetime.now(timezone.utc).strftime("%Y%m%d-%H%M%S-") + secrets.token_hex(3)


def write_status(folder: Path, record: Mapping[str, Any]) -> None:
    """Replace ``status.json`` atomically (a reader never sees half a file)."""
    fd, tmp = tempfile.mkstemp(prefix=".status-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(record, fh, ensure_ascii=False, indent=1)
        os.replace(tmp, folder / STATUS)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def read_status(folder: Path) -> dict[str, Any] | None:
    """An import's record, its state "interrupted" if it stopped without finishing.

    Stopped means that no process holds its life lock any more (the server that ran it was
    stopped or killed); an import that another server process runs is not interrupted.
    """
    try:
        record = json.loads((folder / STATUS).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if record.get("state") in ACTIVE and not import_queue.is_alive(folder):
        record["state"] = "interrupted"
    record["has_rejects"] = (folder / REJECTS).is_file()
    return record


def history(config: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Every import's record, newest first."""
    root = imports_dir(config)
    folders = sorted((p for p in root.iterdir() if ID_PATTERN.fullmatch(p.name)),
                     key=lambda p: p.name, reverse=True) if root.is_dir() else []
    return [r for r in map(read_status, folders) if r is not None]


# --- the background run ---------------------------------------------------------------------

class _Run:
    """One import's worker: counts records, writes the status now and then, then the summary."""

    def __init__(self, config: dict[str, Any], folder: Path, record: dict[str, Any],
                 life: import_queue.Life):
        self.config = config
        self.folder = folder
        self.record = record
        self.life = life
        self.started = 0.0
        self.last_write = 0.0

    def __call__(self) -> None:
        root = self.folder.parent
        try:
            import_queue.wait_turn(root, self.record["id"])
            self._run()
        finally:
            self.life.end()  # after the last status write: ended, and it says how
            import_queue.leave(root, self.record["id"])

    def _run(self) -> None:
        self.started = time.monotonic()
        self._update(state="running", started=_now(), pid=os.getpid())
        try:
            summary = self._import()
        except Exception as exc:  # the thread's end: whatever broke is the import's failure
            message = _safe_message(exc, self.config)
            log.error("import %s failed: %s: %s", self.record["id"], type(exc).__name__, message)
            self._update(state="failed", error=message, finished=_now())
            return
        self._update(state="finished", finished=_now(), summary=summary)

    def _import(self) -> dict[str, Any]:
        from indexer.cluster.client import make_client
        from indexer.ingest.pipeline import Importer

        cfg = self.config
        client = make_client(cfg)
        try:
            importer = Importer.from_config(client, cfg, rejects=self.folder / REJECTS,
                                            dead_letters=self.folder / DEAD_LETTERS,
                                            progress=self.tick)
            # records and rejects name each file as it was uploaded, not where it is kept
            names = {str(self.folder / FILES / f["saved"]): f["name"]
                     for f in self.record["files"]}
            fmt = self.record.get("format")
            summary = importer.process_all(list(names), None if fmt == DETECT else fmt,
                                           names=names)
        finally:
            client.close()
        self._progress()
        return _summary_record(summary)

    def tick(self, item: object = None) -> None:
        """Count one record read; rewrite the status at most every WRITE_EVERY seconds."""
        if isinstance(item, UnitDone):  # the end of an input file, not a record
            return
        self.record["read"] += 1
        if time.monotonic() - self.last_write >= WRITE_EVERY:
            self._update()

    def _progress(self) -> None:
        elapsed = max(time.monotonic() - self.started, 1e-6)
        self.record["elapsed"] = round(elapsed, 2)
        self.record["rate"] = round(self.record["read"] / elapsed, 1)

    def _update(self, **changes: Any) -> None:
        self.record.update(changes)
        self._progress()
        write_status(self.folder, self.record)
        self.last_write = time.monotonic()


def _now() -> str:
    # milliseconds: the order of two imports' ends and starts shows they took turns
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


def _summary_record(summary: Any) -> dict[str, Any]:
    """The counts of an ImportSummary as plain JSON data."""
    out = {name: getattr(summary, name, 0) for name in COUNTS}
    out["languages"] = dict(sorted(summary.languages.items()))
    return out


def _safe_message(exc: BaseException, config: Mapping[str, Any]) -> str:
    """The exception's text without credentials (``user:pass@`` in URLs, secret settings).

    >>> _safe_message(ValueError("GET https://elastic:pw@es:9200/x: 401"), {})
    'GET https://***@es:9200/x: 401'
    """
    text = re.sub(r"(\w+://)[^/@\s]+@", r"\1***@", str(exc) or type(exc).__name__)
    for key in ("ES_PASSWORD", "ES_API_KEY", "ES_USERNAME", "SECRET_KEY", "ADMIN_PASSWORD"):
        secret = str(config.get(key) or "")
        if len(secret) >= 3:
            text = text.replace(secret, "***")
    return text


def start(config: Mapping[str, Any], folder: Path, record: dict[str, Any]) -> threading.Thread:
    """Queue an import whose files are saved in ``folder``; its thread waits for its turn."""
    life = import_queue.Life(folder)  # held first: "queued" never reads as interrupted
    try:
        write_status(folder, record)
        import_queue.join(folder.parent, record["id"])
    except BaseException:
        life.end()
        raise
    thread = threading.Thread(target=_Run(dict(config), folder, record, life),
                              name=f"import-{record['id']}", daemon=True)
    with _threads_lock:
        for key in [k for k, t in _threads.items() if not t.is_alive()]:
            del _threads[key]  # ended: their status files say how
        _threads[str(folder)] = thread
    thread.start()
    return thread


def wait_for_imports(timeout: float = 60.0) -> bool:
    """Wait until every import started in this process has ended; False on timeout."""
    deadline = time.monotonic() + timeout
    with _threads_lock:
        threads = list(_threads.values())
    for thread in threads:
        thread.join(max(deadline - time.monotonic(), 0))
    return not any(t.is_alive() for t in threads)


# --- the pages ------------------------------------------------------------------------------

def _folder(import_id: str) -> Path:
    """The folder of an existing import; 404 for a malformed or unknown id."""
    if not ID_PATTERN.fullmatch(import_id):
        abort(404, gettext("No import with id %(id)r.", id=import_id))
    folder = imports_dir(current_app.config) / import_id
    if not (folder / STATUS).is_file():
        abort(404, gettext("No import with id %(id)r.", id=import_id))
    return folder


def _record(import_id: str) -> dict[str, Any]:
    """An existing import's record; 404 when its status file is missing or unreadable."""
    record = read_status(_folder(import_id))
    if record is None:
        abort(404, gettext("No import with id %(id)r.", id=import_id))
    return record


def _size_limit() -> int:
    return int(current_app.config["IMPORT_MAX_UPLOAD"])


@bp.url_value_preprocessor
def _limit_uploads(endpoint: str | None, values: dict | None) -> None:
    # runs before every before_request (the CSRF check reads the form): refuse early
    if request.method == "POST":
        request.max_content_length = _size_limit()


@bp.app_template_filter("moment")
def format_moment(value: str | None) -> str:
    """An ISO time stamp as the interface language writes date and time (UTC)."""
    try:
        moment = datetime.fromisoformat(str(value))
    except ValueError:
        return str(value or "")
    return format_datetime(moment, "medium", tzinfo=timezone.utc,
                           locale=i18n.DATE_LOCALES.get(i18n.select_ui(), "en_GB")) + " UTC"


def format_size(size: int) -> str:
    """A number of bytes in the largest fitting binary unit (200 MB, 1,5 кБ, 900 bytes)."""
    from babel.units import format_unit
    from flask_babel import get_locale

    value, unit = float(size), "byte"
    for bigger in ("kilobyte", "megabyte", "gigabyte"):
        if value < 1024:
            break
        value, unit = value / 1024, bigger
    value = round(value, 1) if value % 1 else int(value)
    length = "long" if unit == "byte" else "short"  # "1,000 bytes", but "200 MB"
    return format_unit(value, f"digital-{unit}", length, locale=str(get_locale()))


@bp.app_context_processor
def _globals() -> dict[str, Any]:
    return {"format_size": format_size, "import_state": lambda s: str(STATES.get(s, s))}


@bp.route("/imports")
@login_required
def upload():
    """The upload form and the history of imports, newest first."""
    return _upload_page()


def _upload_page(status: int = 200):
    formats = [(f, str(FORMAT_NAMES.get(f, f))) for f in FORMATS]
    return render_template("imports/upload.html", formats=formats, limit=_size_limit(),
                           imports=history(current_app.config)), status


@bp.route("/imports", methods=("POST",))
@login_required
def create():
    """Save the uploaded files and start importing them in the background."""
    files = [f for f in request.files.getlist("files") if f.filename]
    fmt = request.form.get("format") or DETECT
    if fmt != DETECT and fmt not in FORMATS:
        abort(400, gettext("Unknown format %(format)r: choose one of %(choices)s.",
                           format=fmt, choices=", ".join((DETECT, *FORMATS))))
    if not files:
        flash(gettext("Choose at least one file to import."))
        return _upload_page(400)
    import_id = new_id()
    folder = imports_dir(current_app.config) / import_id
    saved = _save(files, folder / FILES)
    empty = [f["name"] for f in saved if not f["size"]]
    if empty:
        shutil.rmtree(folder, ignore_errors=True)
        flash(gettext("Nothing imported: %(names)s is empty. Choose files that hold articles.",
                      names=", ".join(empty)))
        return _upload_page(400)
    record = {"id": import_id, "state": "queued", "created": _now(), "started": None,
              "finished": None, "user": session.get("user"), "format": fmt, "files": saved,
              "folder": str((folder / FILES).resolve()), "read": 0, "rate": 0.0,
              "elapsed": 0.0, "summary": None, "error": None}
    start(current_app.config, folder, record)
    return redirect(url_for("imports.status", import_id=import_id))


def _save(files: list, target: Path) -> list[dict[str, Any]]:
    """Write the uploads under safe, distinct names; their original names stay in the record."""
    target.mkdir(parents=True, exist_ok=True)
    saved = []
    for n, upload in enumerate(files, 1):
        name = _safe_name(upload.filename, n, {s["saved"] for s in saved})
        upload.save(target / name)
        saved.append({"name": upload.filename, "saved": name,
                      "size": (target / name).stat().st_size})
    return saved


def _safe_name(original: str, n: int, taken: set[str]) -> str:
    """A file name safe to write, keeping the extension the importers detect formats by.

    >>> _safe_name("../../etc/passwd", 1, set()), _safe_name("новини.warc.gz", 2, set())
    ('etc_passwd', 'upload-2.warc.gz')
    >>> _safe_name("a.jsonl", 3, {"a.jsonl"})
    '3-a.jsonl'
    """
    suffix = "".join(s for s in Path(original).suffixes if re.fullmatch(r"\.[A-Za-z0-9]{1,8}", s))
    name = secure_filename(original)
    if not name or (suffix and not name.endswith(suffix)) or name == suffix.lstrip("."):
        name = f"upload-{n}{suffix}"
    return f"{n}-{name}" if name in taken else name


@bp.route("/imports/<import_id>")
@login_required
def status(import_id: str):
    """One import: its state, progress and, when finished, the summary."""
    record = _record(import_id)
    return render_template("imports/status.html", record=record,
                           running=record["state"] in ACTIVE, resume_command=_resume(record))


def _resume(record: Mapping[str, Any]) -> str:
    """The command that finishes an interrupted import on the server.

    >>> _resume({"format": "jsonl", "folder": "/var/imports/x y/files"})
    "trimova import --format jsonl '/var/imports/x y/files'"
    """
    fmt = record.get("format")
    option = f" --format {fmt}" if fmt and fmt != DETECT else ""
    return f"trimova import{option} {shlex.quote(str(record.get('folder', '')))}"


@bp.route("/imports/<import_id>/rejects")
@login_required
def rejects(import_id: str):
    """The refused records of one import, as JSON Lines."""
    path = _folder(import_id) / REJECTS
    if not path.is_file():
        abort(404, gettext("Import %(id)s refused no records.", id=import_id))
    return send_file(path.resolve(), mimetype="application/x-ndjson", as_attachment=True,
                     download_name=f"rejects-{import_id}.jsonl")


@bp.route("/api/imports/<import_id>")
def api_status(import_id: str):
    """One import's status record as JSON (archivists only)."""
    if not session.get("user"):
        abort(401, gettext("Log in as the archivist to see imports."))
    return _record(import_id)
