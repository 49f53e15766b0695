"""The transliteration routes of a query: which words may take them, and where they matched.

The ``translit`` and ``skeleton`` fields hold keys of the text, not the text, so
Elasticsearch cannot highlight what they matched. The words are found here instead: a word
of a result whose own key is a query word's key. Only name-like words take these routes:
the keys of common words meet unrelated words (``missle`` and «мысль``, ``выборы`` and
«Выбор»), while names are what is spelt differently across the alphabets.
``bench/search_precision.py`` measures the false matches this lets through.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from indexer.text.features import bridge_key, skeleton_words

#: shortest key a name may be searched by alone: shorter keys meet unrelated words
#: (``Поле`` and "poles", ``Цена`` and «сцена»); a first name beside another name may be one
#: letter shorter (``Iryna Lytvyn``)
MIN_KEY = 5
MIN_KEY_BESIDE_NAME = 4
#: shortest consonant skeleton searched: ``Forest`` (frst) meets "first", ``Большой`` (blsh)
#: meets "больше" (bench/search_precision.py)
MIN_SKELETON = 5
_TOKEN = re.compile(r"[^\W_]+(?:['’ʼ-][^\W_]+)*", re.UNICODE)
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
SNIPPET_CHARS = 240


def name_like(word: str, min_key: int = MIN_KEY) -> bool:
    """True for a word written as a name: a capital first letter, then not all capitals
    (an acronym's key is its letters), a key of ``min_key`` letters or more.

    >>> [name_like(w) for w in ("Lukashenko", "lukashenko", "NATO", "Ось", "Mostobud-Pivden")]
    [True, False, False, False, True]
    """
    if not word[:1].isupper() or (len(word) > 1 and word.isupper()):
        return False
    return len(bridge_key(word).replace(" ", "")) >= min_key


def name_words(words: list[str]) -> list[str]:
    """The words of a query that take the transliteration routes: names, and shorter
    names next to a name (a first name, a surname).

    >>> name_words(["Iryna", "Lytvyn"]), name_words(["Iryna"]), name_words(["Поле", "чудес"])
    (['Iryna', 'Lytvyn'], [], [])
    """
    out = []
    for i, word in enumerate(words):
        beside = words[max(0, i - 1):i] + words[i + 1:i + 2]
        if name_like(word) or (name_like(word, MIN_KEY_BESIDE_NAME)
                               and any(name_like(w, MIN_KEY_BESIDE_NAME) for w in beside)):
            out.append(word)
    return out


def name_skeletons(word: str) -> list[str]:
    """The consonant skeleton a name-like word is searched by, if it is long enough.

    >>> name_skeletons("Lukashenko"), name_skeletons("Forest")
    (['lkshnk'], [])
    """
    return [s for s in skeleton_words(word)[:1] if len(s) >= MIN_SKELETON]


def alphabet(word: str) -> str | None:
    """``cyrillic``, ``latin`` or None (digits, other scripts)."""
    if _CYRILLIC.search(word):
        return "cyrillic"
    return "latin" if _LATIN.search(word) else None


@dataclass
class Names:
    """The name-like words of a query, by key and by consonant skeleton."""

    keys: dict[str, str] = field(default_factory=dict)
    skeletons: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, words: list[str]) -> "Names":
        names = cls()
        for word in name_words(words):
            names.keys[bridge_key(word)] = word
            for skeleton in name_skeletons(word):
                names.skeletons[skeleton] = word
        return names

    def __bool__(self) -> bool:
        return bool(self.keys)

    def query_word(self, token: str) -> str | None:
        """The query word ``token`` is a spelling of, if any."""
        key = bridge_key(token)
        if key in self.keys:
            return self.keys[key]
        for skeleton in skeleton_words(token)[:1]:
            if skeleton in self.skeletons:
                return self.skeletons[skeleton]
        return None


def mark(segments: list[dict[str, Any]], names: Names) -> list[dict[str, Any]]:
    """``segments`` with the words that are spellings of the query's names marked too."""
    if not names:
        return segments
    out: list[dict[str, Any]] = []
    for seg in segments:
        if seg["hit"]:
            out.append(seg)
            continue
        pos = 0
        for m in _TOKEN.finditer(seg["text"]):
            if names.query_word(m.group()) is None:
                continue
            if m.start() > pos:
                out.append({"text": seg["text"][pos:m.start()], "hit": False})
            out.append({"text": m.group(), "hit": True})
            pos = m.end()
        if pos < len(seg["text"]):
            out.append({"text": seg["text"][pos:], "hit": False})
    return out


def passage(paragraphs: list[str], names: Names,
            chars: int = SNIPPET_CHARS) -> list[dict[str, Any]] | None:
    """The stretch of text around the first spelling of a query name, marked; None if the
    paragraphs hold none (the match was in the title, or by a word the key merged)."""
    for para in paragraphs:
        for m in _TOKEN.finditer(para):
            if names.query_word(m.group()) is None:
                continue
            start = max(0, m.start() - chars // 3)
            start = para.rfind(" ", 0, start) + 1 if start else 0
            text = para[start:start + chars]
            text = ("…" if start else "") + text + ("…" if start + chars < len(para) else "")
            return mark([{"text": text, "hit": False}], names)
    return None


def other_alphabet(segments: list[dict[str, Any]], names: Names) -> bool:
    """True when a marked word is a query name spelt in another alphabet than the query's."""
    for seg in segments:
        if seg["hit"]:
            word = names.query_word(seg["text"])
            if word and alphabet(word) and alphabet(seg["text"]) not in (None, alphabet(word)):
                return True
    return False
