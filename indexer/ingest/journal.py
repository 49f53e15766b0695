"""The import journal: which inputs an import finished and how far it got in the others.

A rerun of the same import asks the journal before reading each input unit (a file, a
zip member): a unit finished with the same fingerprint is skipped, a unit cut off part
way restarts at the last offset whose records Elasticsearch confirmed. Only confirmed
positions are recorded, so a crash or SIGKILL at any moment costs at most the records
after the last save, and those are re-sent under the same ids (an update, never a copy).
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import time
from pathlib import Path
from typing import Iterable

from archive.readers import FINISHED

log = logging.getLogger(__name__)

VERSION = 1


class JournalError(Exception):
    """The journal file exists but cannot be used; the message names the fix."""


def journal_key(alias: str, paths: Iterable[str], fmt: str | None) -> str:
    """A name for the journal of one import command: same inputs and index, same journal.

    >>> journal_key("a", ["x.jsonl"], None) == journal_key("a", ["./x.jsonl"], None)
    True
    >>> journal_key("a", ["x.jsonl"], None) == journal_key("b", ["x.jsonl"], None)
    False
    """
    parts = [alias, fmt or ""] + sorted(os.path.abspath(p) if p != "-" else p for p in paths)
    return hashlib.sha1("\0".join(parts).encode("utf-8")).hexdigest()[:16]


class Journal:
    """Units finished or partly read, kept in a JSON file written atomically."""

    def __init__(self, path: str | Path, *, save_every: float = 1.0):
        self.path = Path(path)
        self.save_every = save_every
        self.units: dict[str, dict] = self._load()
        self.resumed: dict[str, int] = {}   # unit -> offset we restarted at (this run)
        self.skipped: list[str] = []        # units skipped as already finished (this run)
        self._fingerprints: dict[str, str] = {}
        self._saved_at = time.monotonic()
        self._dirty = False

    def _load(self) -> dict[str, dict]:
        if not self.path.exists():
            return {}
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            units = data["units"]
            if data.get("version") != VERSION or not isinstance(units, dict):
                raise ValueError("unknown layout")
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise JournalError(f"the import journal {self.path} cannot be read ({exc}); "
                               "delete it or pass --restart to import everything again "
                               "(re-imported records update, never duplicate)") from exc
        return units

    def resume(self, unit: str, fingerprint: str) -> int | None:
        """Where to start reading ``unit``: None (from the start), FINISHED, or an offset."""
        self._fingerprints[unit] = fingerprint
        entry = self.units.get(unit)
        if not entry or entry.get("fingerprint") != fingerprint:
            return None
        if entry.get("done"):
            self.skipped.append(unit)
            return FINISHED
        offset = entry.get("offset")
        if offset:
            self.resumed[unit] = offset
        return offset or None

    def advance(self, unit: str, offset: int | None) -> None:
        """Records of ``unit`` up to byte ``offset`` are safely in the index."""
        if not unit or offset is None or unit not in self._fingerprints:
            return  # a unit we cannot restart inside (standard input) is never journalled
        self.units[unit] = {"fingerprint": self._fingerprints[unit], "done": False,
                            "offset": offset}
        self._touch()

    def finish(self, unit: str, fingerprint: str) -> None:
        """Every record of ``unit`` is safely in the index (or in the rejects file)."""
        if not fingerprint:
            return
        self.units[unit] = {"fingerprint": fingerprint, "done": True, "offset": None}
        self._touch()

    def _touch(self) -> None:
        self._dirty = True
        if time.monotonic() - self._saved_at >= self.save_every:
            self.save()

    def save(self) -> None:
        """Write the journal now (temporary file, fsync, atomic rename)."""
        if not self._dirty:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(self.path.name + ".tmp")
        with tmp.open("w", encoding="utf-8") as fh:
            json.dump({"version": VERSION, "units": self.units}, fh, ensure_ascii=False)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, self.path)
        self._saved_at = time.monotonic()
        self._dirty = False
