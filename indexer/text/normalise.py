"""Text normalisation shared by indexing and querying.

Two independent steps:

* :func:`repair_mixed_script` undoes Latin/Cyrillic homoglyph mix-ups inside a word
  (``Kиїв`` typed with a Latin ``K``), which otherwise split one word into two
  spellings that never match and also mislead language detection;
* :func:`fold_for_index` folds the differences that the search must treat as equal
  (``ё``/``е``, the many Ukrainian apostrophes, stress marks, invisible characters).

Both keep case and (almost) length, so offsets for highlighting stay usable.
"""
from __future__ import annotations

import logging
import re
import unicodedata
from functools import lru_cache
from typing import Iterable

log = logging.getLogger(__name__)

# Latin letter -> Cyrillic look-alike.  Upper case: true homoglyphs.  Lower case: the
# true ones (a c e i o p x y, ï) plus the letters that OCR and careless typing confuse
# (k m t h b d: к м т н ь д look like small caps or italics of them).  Latin ``i`` is
# Ukrainian ``і`` because Russian has no such letter.  The map is one-to-one, so its
# inverse is the Cyrillic -> Latin map used for mostly-Latin words.
_LAT_TO_CYR: dict[str, str] = {
    "a": "а", "b": "ь", "c": "с", "d": "д", "e": "е", "h": "н", "i": "і", "ï": "ї",
    "k": "к", "m": "м", "o": "о", "p": "р", "t": "т", "x": "х", "y": "у",
    "A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "I": "І", "Ï": "Ї", "K": "К",
    "M": "М", "O": "О", "P": "Р", "T": "Т", "X": "Х", "Y": "У",
}
_CYR_TO_LAT: dict[str, str] = {cyr: lat for lat, cyr in _LAT_TO_CYR.items()}
_TO_CYR = str.maketrans(_LAT_TO_CYR)
_TO_LAT = str.maketrans(_CYR_TO_LAT)

# Letters of each script, as script_of() classifies them (regexes: for speed).
_CYRILLIC = re.compile("[\u0400-\u0481\u048a-\u052f\u1c80-\u1c8f\ua640-\ua66e\ua680-\ua69d]")
_LATIN = re.compile("[A-Za-z\u00aa\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"
                    "\u1e00-\u1eff]")

# A word: letters, possibly joined by apostrophes (Ukrainian ``м'ясо`` is one word).
_WORD = re.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*")

_APOSTROPHES = "’ʼ‘`′´"  # U+2019 U+02BC U+2018 U+0060 U+2032 U+00B4
# (character, replacement) pairs rather than a str.translate table: on Cyrillic text
# translate looks up every character, while replacing just the characters present is a
# few fast scans (and equal, since no replacement is itself replaced).
_FOLD_PAIRS = (("ё", "е"), ("Ё", "Е"), *((ch, "'") for ch in _APOSTROPHES))
# Invisible characters that break words apart in the middle: soft hyphen, zero-width
# space/joiners, word joiner, BOM.
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
# A combining acute (stress mark) or grave left over after NFC: Cyrillic vowels have no
# precomposed accented forms, so whatever NFC could not absorb is a stress mark.
_STRESS = re.compile("[\u0300\u0301]")


@lru_cache(maxsize=4096)
def script_of(ch: str) -> str:
    """The script of one character: ``cyrillic``, ``latin`` or ``other``.

    >>> script_of("ї"), script_of("ï"), script_of("7")
    ('cyrillic', 'latin', 'other')
    """
    if not ch.isalpha():
        return "other"
    if "\u0400" <= ch <= "\u052f" or "\u1c80" <= ch <= "\u1c8f" or "\ua640" <= ch <= "\ua69f":
        return "cyrillic"
    if ch.isascii() or unicodedata.name(ch, "").startswith("LATIN"):
        return "latin"
    return "other"


def _strong_letters(word: str) -> tuple[int, int]:
    """How many Cyrillic and how many Latin letters of ``word`` have no look-alike."""
    cyr_strong = lat_strong = 0
    for ch in word:
        script = script_of(ch)
        if script == "cyrillic":
            cyr_strong += ch not in _CYR_TO_LAT
        elif script == "latin":
            lat_strong += ch not in _LAT_TO_CYR
    return cyr_strong, lat_strong


def _context_script(text: str, mixed: list[str]) -> str | None:
    """The script of most letters outside the ``mixed`` words of ``text``, if any."""
    cyr = len(_CYRILLIC.findall(text)) - sum(len(_CYRILLIC.findall(w)) for w in mixed)
    lat = len(_LATIN.findall(text)) - sum(len(_LATIN.findall(w)) for w in mixed)
    if cyr == lat:
        return None
    return "cyrillic" if cyr > lat else "latin"


def _repair_word(word: str, context: str | None) -> str:
    """One mixed word turned into a single script, or unchanged if that is unsafe."""
    cyr_strong, lat_strong = _strong_letters(word)
    if cyr_strong and lat_strong:
        # Letters without look-alikes on both sides: not a typo but e.g. ``COVIDний``.
        log.debug("mixed-script word left alone: %r", word)
        return word
    if cyr_strong:
        target = "cyrillic"
    elif lat_strong:
        target = "latin"
    else:
        # Only look-alikes: the surrounding text decides; alone, Cyrillic wins because
        # stray Latin letters in Cyrillic words are by far the commoner accident here.
        target = context or "cyrillic"
    return word.translate(_TO_CYR if target == "cyrillic" else _TO_LAT)


def repair_mixed_script(text: str) -> str:
    """Replace homoglyphs so that each word is written in one script.

    A word mixing Cyrillic and Latin letters becomes all Cyrillic if its Latin letters
    all have Cyrillic look-alikes and it has a letter only Cyrillic has; the reverse
    for mostly Latin words.  A word made only of look-alikes follows the rest of the
    text (Cyrillic if there is no rest).  Single-script words are never touched.

    >>> repair_mixed_script("Kиїв")
    'Київ'
    >>> repair_mixed_script("Kedк")
    'Кедк'
    >>> repair_mixed_script("Micтo Київ, not Lviv")
    'Micto Київ, not Lviv'
    >>> repair_mixed_script("Micтo Київ")
    'Місто Київ'
    >>> repair_mixed_script("Ukrаine and Kуiv")
    'Ukraine and Kyiv'
    >>> repair_mixed_script("met in Tокyo")
    'met in Tokyo'
    >>> repair_mixed_script("COVIDний iPhone Київ")
    'COVIDний iPhone Київ'
    """
    text = unicodedata.normalize("NFC", text)
    if not _has_both_scripts(text):
        return text
    mixed = [m for m in _WORD.finditer(text) if _has_both_scripts(m.group())]
    if not mixed:
        return text
    context = _context_script(text, [m.group() for m in mixed])
    out, last = [], 0
    for match in mixed:
        out += [text[last:match.start()], _repair_word(match.group(), context)]
        last = match.end()
    return "".join(out) + text[last:]


def _has_both_scripts(text: str) -> bool:
    """Whether ``text`` has at least one Cyrillic and one Latin letter (fast path)."""
    return bool(_CYRILLIC.search(text) and _LATIN.search(text))


def fold_for_index(text: str) -> str:
    """Fold spellings the search treats as equal; case and word boundaries are kept.

    NFC; ``ё``→``е``; every apostrophe variant → ``'``; stress marks, soft hyphens
    and zero-width characters dropped.

    >>> fold_for_index("Ёлка, ещё")
    'Елка, еще'
    >>> fold_for_index("м’ясо пʼять сім`я")
    "м'ясо п'ять сім'я"
    >>> fold_for_index("Украі\\u0308на") == "Україна"  # decomposed ї
    True
    >>> fold_for_index("доро\\u0301га Зелен\\u00adський café")
    'дорога Зеленський café'
    """
    text = unicodedata.normalize("NFC", text)
    text = _INVISIBLE.sub("", text)
    text = _STRESS.sub("", text)
    return replace_each(text, _FOLD_PAIRS)


def replace_each(text: str, pairs: Iterable[tuple[str, str]]) -> str:
    """``text`` with each pair's first string replaced by its second, in turn.

    Equal to a ``str.translate`` of the same single characters when no replacement
    contains a source, and much faster on text where few of them occur.

    >>> replace_each("ёж’", (("ё", "е"), ("’", "'")))
    "еж'"
    """
    for old, new in pairs:
        if old in text:
            text = text.replace(old, new)
    return text
