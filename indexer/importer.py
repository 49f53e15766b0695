"""The import pipeline: read → detect language → write → align, with a full account.

``Indexer.process_all`` streams records from the archive readers, so memory stays flat;
every refused record lands in the rejects file (JSON Lines: input, position, reason,
excerpt) and every document the cluster refuses in the dead-letter file.
"""
from __future__ import annotations

import json
import logging
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, Sequence

from archive.article import Article, Rejected
from archive.importers import iter_articles

from . import aligner, writer
from .align import Translator
from .document import build_document, doc_id
from .langdetect import detect_language
from .schema import ensure_index

if TYPE_CHECKING:
    from elasticsearch import Elasticsearch

log = logging.getLogger(__name__)


@dataclass
class ImportSummary:
    """Counts of one import, for the closing summary and the exit code."""

    read: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0
    failed: int = 0
    duplicates: int = 0
    languages: Counter = field(default_factory=Counter)
    groups: int = 0
    multi_version_groups: int = 0
    suggestions: int = 0
    rejects_file: str | None = None
    dead_letter_file: str | None = None

    @property
    def ok(self) -> bool:
        """True when no record was rejected or refused."""
        return not (self.rejected or self.failed)


class RejectsFile:
    """Appends one JSON line per refused record; created only when there is one."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.count = 0

    def add(self, item: Rejected) -> None:
        """Record one refused input record."""
        self.count += 1
        self.path.parent.mkdir(parents=True, exist_ok=True)
        row = {"input": item.origin, "position": item.position, "reason": item.reason,
               "excerpt": item.excerpt}
        with self.path.open("a", encoding="utf-8") as fh:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


class Indexer:
    """Imports inputs into the index behind ``alias``.

    :param progress: called once per record read (the CLI drives its progress bar with it).
    """

    def __init__(self, client: Elasticsearch, alias: str, *, rejects: str | Path,
                 dead_letters: str | Path, chunk_size: int = 500, min_score: float = 0.55,
                 window_days: int = 3, url_rules: Sequence[str] = (),
                 translator: Translator | None = None,
                 progress: Callable[[], None] | None = None):
        self.client = client
        self.alias = alias
        self.rejects = RejectsFile(rejects)
        self.dead_letters = writer.DeadLetters(dead_letters)
        self.chunk_size = chunk_size
        self.min_score = min_score
        self.window_days = window_days
        self.url_rules = tuple(url_rules)
        self.translator = translator
        self.progress = progress or (lambda: None)

    def process_all(self, paths: Iterable[str | Path], fmt: str | None = None) -> ImportSummary:
        """Import every record of every path; align what was written; return the counts."""
        summary = ImportSummary(rejects_file=str(self.rejects.path),
                                dead_letter_file=str(self.dead_letters.path))
        index = ensure_index(self.client, self.alias)
        written: list[str] = []
        actions = self._actions(iter_articles(paths, fmt), index, summary, written)
        result = writer.write(self.client, actions, chunk_size=self.chunk_size,
                              dead_letters=self.dead_letters)
        summary.new, summary.updated = result.counts["created"], result.counts["updated"]
        summary.unchanged, summary.failed = result.counts["noop"], result.failed
        ok_ids = sorted(set(written) - set(result.failed_ids))
        if ok_ids:
            self._align(index, ok_ids, summary)
        return summary

    def _actions(self, items: Iterable[Article | Rejected], index: str, summary: ImportSummary,
                 written: list[str]) -> Iterator[dict]:
        seen: set[str] = set()
        for item in items:
            self.progress()
            if isinstance(item, Rejected):
                summary.rejected += 1
                self.rejects.add(item)
                continue
            summary.read += 1
            action = self.process_one(item, index)
            if action["_id"] in seen:
                # the same record twice in one import: the later copy wins
                summary.duplicates += 1
            seen.add(action["_id"])
            summary.languages[action["upsert"]["lang"]] += 1
            written.append(action["_id"])
            yield action

    def process_one(self, article: Article, index: str) -> dict:
        """The bulk action for one article, its language decided."""
        detection = detect_language(article.title + "\n" + article.text,
                                    declared=article.lang_hint, url=article.url)
        doc = build_document(article, detection, url_rules=self.url_rules)
        return writer.expand_action(doc_id(article), doc, index)

    def _align(self, index: str, ids: list[str], summary: ImportSummary) -> None:
        result = aligner.align(self.client, self.alias, ids, min_score=self.min_score,
                               window_days=self.window_days, translator=self.translator)
        summary.groups = result.groups
        summary.multi_version_groups = result.multi_version_groups
        summary.suggestions = len(result.suggestions)
