"""Cyrillic to Latin: readable transliteration and a coarse cross-script matching key.

:func:`transliterate` is for people (display, URLs, file names): the Ukrainian national
system of 2010 for Ukrainian, a BGN-like press style for Russian.

:func:`translit_key` is for machines: a lower-case key per word on which the same name
meets whether it was written in Ukrainian, Russian or any common Latin spelling.
:func:`skeleton_key` is a looser key still, for names whose vowels differ between
Ukrainian and Russian (``Харків``/``Харьков``).
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from archive.languages import normalise_lang
from indexer.text.normalise import fold_for_index, repair_mixed_script

UK_ONLY = frozenset("іїєґ")
RU_ONLY = frozenset("ыэъё")

_APOSTROPHES = "'’ʼ‘`′´"
_WORD = re.compile(rf"[^\W\d_]+(?:[{_APOSTROPHES}][^\W\d_]+)*")
_VOWELS = frozenset("аеєиіїоуюяёыэ")

# Ukrainian national system (Cabinet of Ministers resolution No. 55, 2010).  The
# Russian-only letters get a readable fallback for quotations inside Ukrainian text.
_UK = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie",
    "ж": "zh", "з": "z", "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l",
    "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ь": "",
    "ю": "iu", "я": "ia", "ё": "io", "ы": "y", "э": "e", "ъ": "",
}
# At the start of a word these letters are written with Y.
_UK_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}

# Russian, BGN/PCGN simplified the way the English-language press writes it: no
# diacritics, signs dropped, ``-ий``/``-ый`` at the end of a word as ``y``.
_RU = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya", "і": "i", "ї": "yi", "є": "ye", "ґ": "g",
}

# The matching key's own table: one spelling per sound that Ukrainian and Russian
# share, so г/ґ, и/і/ы/й, е/є/э meet before the Latin rules below even run.
_KEY = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "h", "д": "d", "е": "e", "є": "ye",
    "ё": "yo", "ж": "zh", "з": "z", "и": "i", "і": "i", "ї": "yi", "й": "y", "к": "k",
    "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
    "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya", "ў": "u",
}
_KEY_TABLE = str.maketrans({**_KEY, **{k.upper(): v for k, v in _KEY.items()},
                            "'": "", "ʹ": "", "ʺ": ""})
# Latin spelling variants folded in order; each rule assumes the ones before it.
_KEY_RULES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"x"), "ks"),
    (re.compile(r"w"), "v"),
    (re.compile(r"q"), "k"),
    (re.compile(r"kh|g"), "h"),          # Kharkiv/Harkiv; Ukrainian h = Russian g
    (re.compile(r"shch|shh"), "sch"),
    (re.compile(r"[jy]"), "i"),          # Zelenskyi/Zelenskij/Zelensky
    (re.compile(r"i+"), "i"),
    (re.compile(r"i(?=[aeou])"), ""),    # ye/ie/e, yu/iu/u, ya/ia/a, yo/io/o
    (re.compile(r"([a-z])\1+"), r"\1"),  # Odessa/Odesa, Ivanna/Ivana
    (re.compile(r"(zh|sh|ch|ts)\1+"), r"\1"),  # Zaporizhzhia/Zaporozhye
]
_NON_KEY = re.compile(r"[^a-z0-9]+")
_COMBINING = re.compile("[\u0300-\u036f]")


def guess_lang(text: str) -> str:
    """``uk`` or ``ru`` from the letters only one of them has; ``uk`` when undecided.

    >>> guess_lang("Зустріч"), guess_lang("Объявление"), guess_lang("Москва")
    ('uk', 'ru', 'uk')
    """
    lower = text.lower()
    uk = sum(lower.count(ch) for ch in UK_ONLY)
    ru = sum(lower.count(ch) for ch in RU_ONLY)
    return "ru" if ru > uk else "uk"


def _uk_letter(ch: str, prev: str, initial: bool) -> str:
    """One lower-case Ukrainian letter in the 2010 system."""
    if initial and ch in _UK_INITIAL:
        return _UK_INITIAL[ch]
    if ch == "г" and prev == "з":
        return "gh"  # Згорани -> Zghorany: keeps зг apart from ж
    return _UK[ch]


def _ru_letter(word: str, i: int) -> str:
    """The letter ``word[i]`` of a lower-case Russian word, BGN-like."""
    ch = word[i]
    prev = word[i - 1] if i else ""
    if ch == "е" and (not i or prev in _VOWELS or prev in "ъьй"):
        return "ye"
    if ch == "ё":
        return "o" if prev in "жчшщ" else "yo"
    if i >= 1 and word.endswith(("ий", "ый")) and i >= len(word) - 2:
        return "y" if ch != "й" else ""  # -ий/-ый at the end: Zelensky
    return _RU[ch]


def _translit_word(word: str, lang: str) -> str:
    """One word, keeping its capitalisation style (``Щука`` Shchuka, ``ЩУКА`` SHCHUKA)."""
    upper = sum(ch.isupper() for ch in word)
    all_caps = upper > 1 and not any(ch.islower() for ch in word)
    lower = word.lower()
    out: list[str] = []
    for i, ch in enumerate(lower):
        prev = lower[i - 1] if i else ""
        nxt = lower[i + 1] if i + 1 < len(lower) else ""
        if ch in _APOSTROPHES:
            # Ukrainian drops the apostrophe; elsewhere keep a plain one.
            out.append("" if lang == "uk" and prev in _UK and nxt in _UK else "'")
            continue
        if ch not in _UK and ch not in _RU:
            out.append(word[i])  # Latin letters and anything unknown pass through
            continue
        latin = _uk_letter(ch, prev, i == 0) if lang == "uk" else _ru_letter(lower, i)
        if word[i].isupper():
            latin = latin.upper() if all_caps else latin.capitalize()
        out.append(latin)
    return "".join(out)


def transliterate(text: str, lang: str | None = None) -> str:
    """Readable Latin for Cyrillic text; Latin and other characters pass through.

    ``lang`` (any spelling :func:`~archive.languages.normalise_lang` knows) picks the
    system; without it, or for a language other than uk/ru, :func:`guess_lang` does.

    >>> transliterate("Зеленський у Києві", "ua")
    'Zelenskyi u Kyievi'
    >>> transliterate("Згорани, Знам'янка, Їжакевич, Юрій", "uk")
    'Zghorany, Znamianka, Yizhakevych, Yurii'
    >>> transliterate("Зеленский, Ельцин, Фёдор и Горбачёв", "ru")
    'Zelensky, Yeltsin, Fyodor i Gorbachov'
    >>> transliterate("ЩУКА і Щука, NATO")
    'SHCHUKA i Shchuka, NATO'
    """
    text = unicodedata.normalize("NFC", text)
    code = normalise_lang(lang)
    if code not in ("uk", "ru"):
        code = guess_lang(text)
    return _WORD.sub(lambda m: _translit_word(m.group(), code), text)


def _key_words(text: str) -> str:
    """The matching key of lower-case ASCII words separated by single spaces."""
    for pattern, repl in _KEY_RULES:
        text = pattern.sub(repl, text)
    return text


def translit_key(text: str) -> str:
    """A coarse lower-case Latin key per word, so spellings across scripts meet.

    Equal keys: ``Лукашенко``/``Lukashenko``; ``Зеленський``/``Зеленский``/
    ``Zelensky``/``Zelenskyy``/``Zelenskyi``; ``Орешник``/``Орєшнік``/``Oreshnik``;
    ``Одеса``/``Одесса``/``Odessa``; ``Гончаренко``/``Goncharenko``/``Honcharenko``.
    Case endings stay (``Лукашенка`` only shares the prefix), and so do vowels, so
    Ukrainian and Russian forms whose vowels differ do not meet: ``Харків`` equals
    ``Kharkiv`` and ``Харьков`` equals ``Kharkov``, but the two pairs differ (likewise
    ``Дніпро``/``Dnipro`` vs ``Днепр``/``Dnepr``, ``Київ``/``Kyiv`` vs ``Киев``/``Kiev``).
    :func:`skeleton_key` joins those.  Words are separated by one space; punctuation,
    apostrophes and soft signs are dropped; digits stay.

    >>> translit_key("Зеленський"), translit_key("Zelenskyy"), translit_key("Зеленский")
    ('zelenski', 'zelenski', 'zelenski')
    >>> translit_key("Харків, Kharkiv!"), translit_key("Харьков")
    ('harkiv harkiv', 'harkov')
    >>> translit_key("Івано-Франківськ, 2024")
    'ivano frankivsk 2024'
    """
    return " ".join(filter(None, map(token_key, folded_tokens(text))))


def folded_tokens(text: str) -> list[str]:
    """The whitespace-separated pieces of ``text`` once repaired and folded for the key.

    Everything :func:`token_key` does next maps each character on its own and turns
    white space into a word break, so keying piece by piece equals keying the whole.

    >>> folded_tokens("Ёлка  м’ясо")
    ['Елка', "м'ясо"]
    """
    return fold_for_index(repair_mixed_script(text)).split()


@lru_cache(maxsize=65_536)  # pieces are mostly words, and words repeat (Zipf)
def token_key(token: str) -> str:
    """The :func:`translit_key` of one piece of :func:`folded_tokens` ('' if it has none).

    >>> token_key("Івано-Франківськ,"), token_key("—")
    ('ivano frankivsk', '')
    """
    text = token.translate(_KEY_TABLE).lower()
    if not text.isascii():
        text = _COMBINING.sub("", unicodedata.normalize("NFKD", text))  # Lwów -> lwow
    return _key_words(_NON_KEY.sub(" ", text).strip())


@lru_cache(maxsize=100_000)  # called word by word for names, which repeat
def skeleton_key(text: str) -> str:
    """:func:`translit_key` with vowels dropped after each word's first letter.

    Much looser (many unrelated words collide), but Ukrainian/Russian/English forms
    of place names meet: ``Харків``/``Харьков``/``Kharkov``, ``Київ``/``Kiev``.

    >>> skeleton_key("Харків") == skeleton_key("Харьков") == skeleton_key("Kharkov")
    True
    >>> skeleton_key("Дніпро Днепр Dnieper")
    'dnpr dnpr dnpr'
    """
    words = []
    for word in translit_key(text).split():
        rest = re.sub(r"[aeiou]", "", word[1:])
        words.append(re.sub(r"([a-z])\1+", r"\1", word[0] + rest))
    return " ".join(words)
