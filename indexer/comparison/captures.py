"""Two captures of one version compared paragraph by paragraph: what changed after publication.

The paragraphs are aligned in order with the compare page's alignment
(:func:`~indexer.comparison.paragraphs.pair_align`, both sides in one language, so the
text itself is the evidence); a pair whose text differs is split into words, and the
words kept, removed and added are marked.
"""
from __future__ import annotations

import difflib
from typing import Any

from archive.article import normalise_text
from indexer.comparison.paragraphs import pair_align

#: one piece of a changed paragraph: ``("same" | "removed" | "added", text)``
Piece = tuple[str, str]


def word_changes(old: str, new: str) -> list[Piece]:
    """The words of ``old`` and ``new`` as pieces kept, removed and added, in reading order.

    >>> word_changes("Загинули двоє людей", "Загинули троє людей")
    [('same', 'Загинули'), ('removed', 'двоє'), ('added', 'троє'), ('same', 'людей')]
    """
    a, b = old.split(), new.split()
    pieces: list[Piece] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            pieces.append(("same", " ".join(a[i1:i2])))
            continue
        if i2 > i1:
            pieces.append(("removed", " ".join(a[i1:i2])))
        if j2 > j1:
            pieces.append(("added", " ".join(b[j1:j2])))
    return pieces


def compare_captures(older: dict[str, Any], newer: dict[str, Any], lang: str
                     ) -> dict[str, Any]:
    """Rows of the two captures' paragraphs, each ``same``, ``changed``, ``removed`` or
    ``added``, with word pieces for the changed ones; and counts of each kind.

    ``older`` and ``newer`` hold ``title`` and ``paragraphs`` (a capture or the article).
    """
    a, b = older.get("paragraphs") or [], newer.get("paragraphs") or []
    rows = []
    for left, right in pair_align(a, b, lang_a=lang, lang_b=lang):
        old, new = "\n".join(a[i] for i in left), "\n".join(b[j] for j in right)
        rows.append(_row(old, new))
    counts = {kind: sum(r["kind"] == kind for r in rows)
              for kind in ("same", "changed", "removed", "added")}
    title = _row(older.get("title") or "", newer.get("title") or "")
    return {"rows": rows, "counts": counts, "title": title}


def _row(old: str, new: str) -> dict[str, Any]:
    """One row: its kind, both texts, and the word pieces when the text changed."""
    if not new:
        return {"kind": "removed", "old": old, "new": "", "pieces": []}
    if not old:
        return {"kind": "added", "old": "", "new": new, "pieces": []}
    if normalise_text(old) == normalise_text(new):
        return {"kind": "same", "old": old, "new": new, "pieces": []}
    return {"kind": "changed", "old": old, "new": new, "pieces": word_changes(old, new)}
