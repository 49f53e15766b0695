""""Did you mean": spellings of a query's words that the archive itself holds.

Elasticsearch's term suggester reads the surface-form fields (``*.exact``, lower case,
unstemmed), so a suggestion is always a word some article contains. It only runs when a
search found little (see :data:`indexer.search.stories.FEW`), in the request that retries
the words with fuzzy matching.
"""
from __future__ import annotations

from typing import Any

from indexer.store.schema import LANGS

FIELDS = [f"body_{lang}.exact" for lang in LANGS] + ["body_any"]


def request(text: str) -> dict[str, Any]:
    """The ``suggest`` section of a search body for the query ``text``."""
    section: dict[str, Any] = {"text": text}
    for i, name in enumerate(FIELDS):
        # "missing": a word the field already holds keeps its spelling
        section[f"dym{i}"] = {"term": {"field": name, "suggest_mode": "missing",
                                       "min_word_length": 3, "size": 3}}
    return section


def did_you_mean(text: str, suggest: dict[str, Any] | None, absent: set[str]) -> str | None:
    """The query with each word of ``absent`` (lower case: words no result matched) replaced
    by the archive's most frequent near spelling, or None when no word changes.

    >>> opts = {"dym0": [{"text": "ракта", "offset": 0, "length": 5,
    ...                   "options": [{"text": "ракета", "score": 0.8, "freq": 12}]}]}
    >>> did_you_mean("ракта", opts, {"ракта"}), did_you_mean("ракта", opts, set())
    ('ракета', None)
    """
    best: dict[int, tuple[int, float, str, int]] = {}  # offset -> (freq, score, text, length)
    for entries in (suggest or {}).values():
        for entry in entries:
            if entry["text"] not in absent:
                continue
            for opt in entry["options"]:
                cand = (opt["freq"], opt["score"], opt["text"], entry["length"])
                if cand[:2] > best.get(entry["offset"], (0, 0.0, "", 0))[:2]:
                    best[entry["offset"]] = cand
    if not best:
        return None
    out, pos = [], 0
    for off in sorted(best):
        _freq, _score, word, length = best[off]
        out += [text[pos:off], word]
        pos = off + length
    return "".join(out) + text[pos:]


def near_spellings(suggest: dict[str, Any] | None) -> list[str]:
    """Every spelling the suggester offered, most frequent first: the words a search's
    near-spelling route can have matched, which the page marks in its highlights.

    >>> near_spellings({"dym0": [{"text": "ракта", "offset": 0, "length": 5, "options": [
    ...     {"text": "ракета", "score": 0.8, "freq": 12}, {"text": "ракети", "score": 0.7,
    ...     "freq": 30}]}], "dym1": [{"text": "ракта", "offset": 0, "length": 5, "options": [
    ...     {"text": "ракета", "score": 0.8, "freq": 5}]}]})
    ['ракети', 'ракета']
    """
    freq: dict[str, int] = {}
    for entries in (suggest or {}).values():
        for entry in entries:
            for opt in entry["options"]:
                freq[opt["text"]] = freq.get(opt["text"], 0) + opt["freq"]
    return sorted(freq, key=lambda word: -freq[word])
