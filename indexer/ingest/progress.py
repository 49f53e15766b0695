"""Import progress for people: a bar with rate and ETA on a terminal, plain lines otherwise.

The bar counts bytes of the inputs (known up front from their sizes, so it can show an
ETA) and the records read; where the size is unknown (standard input) it counts records.
"""
from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import Iterable

import click

LINE_EVERY = 1000  # records between plain progress lines


def input_sizes(paths: Iterable[str]) -> dict[str, int]:
    """The size of every file under ``paths`` (standard input and unreadable ones left out)."""
    sizes: dict[str, int] = {}
    for path in paths:
        if path == "-":
            continue
        base = Path(path)
        files = [base] if not base.is_dir() else (
            Path(d, f) for d, _, names in os.walk(base) for f in names)
        for file in files:
            try:
                sizes[str(file)] = file.stat().st_size
            except OSError:
                continue
    return sizes


class Progress:
    """Tracks records and bytes; draws a tqdm bar or writes a line every 1,000 records."""

    def __init__(self, bar: bool, paths: Iterable[str]):
        self.sizes = input_sizes(paths)
        self.total = sum(self.sizes.values()) or None
        self.records = 0
        self.embedded = 0            # texts given vectors so far
        self.done_bytes = 0          # bytes of the files finished so far
        self.unit: str | None = None
        self.position = 0
        self.started = time.monotonic()
        self.bar = None
        if bar:
            from tqdm import tqdm
            self.bar = tqdm(total=self.total, unit="B", unit_scale=True, unit_divisor=1024,
                            desc="importing", file=sys.stderr, mininterval=0.5)

    def tick(self, item: object = None) -> None:
        """One record read (an Article, Rejected or Skipped)."""
        self.records += 1
        self._advance(getattr(item, "unit", None), getattr(item, "resume_at", None))
        if self.bar is not None:
            self.bar.n = min(self.position, self.total or self.position)
            self.bar.set_postfix_str(self._counts(), refresh=False)
            self.bar.update(0)
        elif self.records % LINE_EVERY == 0:
            click.echo(self.line(), err=True)

    def embed(self, count: int) -> None:
        """``count`` more texts given their vectors (the embedding step, often the slowest)."""
        self.embedded += count
        if self.bar is not None:
            self.bar.set_postfix_str(self._counts(), refresh=False)
            self.bar.update(0)

    def _counts(self) -> str:
        elapsed = max(time.monotonic() - self.started, 1e-6)
        text = f"{self.records} records"
        if self.embedded:
            text += f", {self.embedded} embedded ({self.embedded / elapsed:.1f}/s)"
        return text

    def _advance(self, unit: str | None, offset: int | None) -> None:
        if unit != self.unit:
            if self.unit in self.sizes:
                self.done_bytes += self.sizes[self.unit]
            self.unit = unit
        inside = offset if (unit in self.sizes and offset is not None) else 0
        self.position = self.done_bytes + inside

    def line(self) -> str:
        """A plain progress line: records, rate and, when the size is known, share and ETA."""
        elapsed = max(time.monotonic() - self.started, 1e-6)
        text = f"... {self.records} records read ({self.records / elapsed:.0f}/s)"
        if self.embedded:
            text += f", {self.embedded} embedded ({self.embedded / elapsed:.1f}/s)"
        if self.total and self.position:
            share = min(self.position / self.total, 1.0)
            eta = elapsed * (1 - share) / share if share else 0
            text += f", {share:.0%} of {self.total / 2**20:.0f} MiB, about {eta:.0f} s left"
        return text

    def close(self) -> None:
        """Finish the bar (idempotent)."""
        if self.bar is not None:
            self.bar.close()
            self.bar = None
