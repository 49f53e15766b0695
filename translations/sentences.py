"""Sentence splitting for uk/en/ru news text, done here so that nothing is ever downloaded.

argostranslate 1.11 splits with MiniSBD (an ONNX model fetched on first use) or Stanza
(which needs torch and fetches its own models); neither works offline nor without torch.
"""
from __future__ import annotations

import re

# A sentence may end after . ! ? … (and closing quotes or brackets), before whitespace and
# something that can start a sentence: a capital, a digit, an opening quote, bracket or dash.
_BOUNDARY = re.compile(r"[.!?…]+[\"'»”’)\]]*\s+(?=[\"'«„“(\[—–-]*[A-ZА-ЯЁІЇЄҐ0-9])")
# Abbreviations that end in a dot but hardly ever end a sentence.
_ABBREVIATIONS = frozenset("""
    mr mrs ms dr prof st no vs gen col lt sgt rev jr sr inc ltd co corp
    вул пл просп ім див проф акад ген пп ст смт обл ул им тов пер
""".split())
MAX_CHARS = 400  # longer "sentences" (lists, tables) are cut so the model sees bounded input


def split_sentences(text: str) -> list[str]:
    """Split one paragraph into sentences, keeping their punctuation.

    >>> split_sentences("Київ прокинувся. Дощ ішов до ранку! Чи зміниться погода?")
    ['Київ прокинувся.', 'Дощ ішов до ранку!', 'Чи зміниться погода?']
    >>> split_sentences("Президент В. Зеленський прибув до м. Одеса. Mr. Smith met him.")
    ['Президент В. Зеленський прибув до м. Одеса.', 'Mr. Smith met him.']
    >>> split_sentences("   ")
    []
    """
    sentences, start = [], 0
    for match in _BOUNDARY.finditer(text):
        if not _after_abbreviation(text, match.start()):
            sentences.append(text[start:match.end()])
            start = match.end()
    sentences.append(text[start:])
    return [chunk for s in sentences if s.strip() for chunk in _bounded(s.strip())]


def _after_abbreviation(text: str, dot: int) -> bool:
    if text[dot] != ".":
        return False
    word = re.search(r"\w+$", text[:dot])
    if word is None:
        return False
    word = word.group()
    # A single letter before a dot is an initial ("В. Зеленський"), not a sentence end.
    return (len(word) == 1 and word.isalpha()) or word.lower() in _ABBREVIATIONS


def _bounded(sentence: str) -> list[str]:
    """Cut a sentence longer than MAX_CHARS at whitespace (or hard, if it has none)."""
    chunks = []
    while len(sentence) > MAX_CHARS:
        cut = sentence.rfind(" ", 0, MAX_CHARS)
        cut = cut if cut > 0 else MAX_CHARS
        chunks.append(sentence[:cut].strip())
        sentence = sentence[cut:].strip()
    return chunks + [sentence] if sentence else chunks
