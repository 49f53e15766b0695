"""Language codes: the archive's three languages and the many ways sources write them.

The one place that knows that news sites write ``ua`` for Ukrainian, that ``uk-UA``,
``ukr`` and ``Ukrainian`` mean the same, and which codes trimova indexes. Readers use
:func:`language_tag` to keep whatever language an input declares; the indexer uses
:func:`normalise_lang` to map a declaration onto one of :data:`LANGS`.
"""
from __future__ import annotations

import re

#: the languages trimova indexes and aligns, in the order pages show them
LANGS = ("uk", "en", "ru")
#: the code of a text whose language is not determined
UNDETERMINED = "und"
#: other languages told apart by name: stored with their code, never aligned with LANGS
OTHER_LANGS = ("be", "bg", "mk", "sr", "pl", "cs", "sk", "de", "fr", "crh")

#: names and codes sources use, each folded onto its ISO 639-1 code
ALIASES = {
    "uk": "uk", "ua": "uk", "ukr": "uk", "ukrainian": "uk", "українська": "uk", "укр": "uk",
    "ru": "ru", "rus": "ru", "russian": "ru", "русский": "ru", "рус": "ru",
    "en": "en", "eng": "en", "english": "en", "англ": "en",
    "bel": "be", "bul": "bg", "mkd": "mk", "mac": "mk", "srp": "sr", "pol": "pl",
    "ces": "cs", "cze": "cs", "slk": "sk", "slo": "sk", "deu": "de", "ger": "de",
    "fra": "fr", "fre": "fr", "polski": "pl", "deutsch": "de", "français": "fr",
}
_SUBTAG = re.compile(r"[-_]")


def language_tag(code: str | None) -> str | None:
    """The primary language subtag, lower case, with the known aliases folded; None if empty.

    >>> [language_tag(c) for c in ("UA", "ru-UA", "en_GB", "de-AT", "Ukrainian", " ")]
    ['uk', 'ru', 'en', 'de', 'uk', None]
    """
    if not code or not code.strip():
        return None
    code = code.strip().lower()
    if code in ALIASES:
        return ALIASES[code]
    primary = _SUBTAG.split(code, maxsplit=1)[0]
    return ALIASES.get(primary, primary) or None


def normalise_lang(code: str | None) -> str | None:
    """``uk``, ``ru`` or ``en`` for the many ways sites write them; None otherwise.

    >>> [normalise_lang(c) for c in ("ua", "UA", "uk-UA", "ukr", "Ukrainian")]
    ['uk', 'uk', 'uk', 'uk', 'uk']
    >>> normalise_lang("ru-RU"), normalise_lang("rus"), normalise_lang("en_GB")
    ('ru', 'ru', 'en')
    >>> normalise_lang("de"), normalise_lang(""), normalise_lang(None)
    (None, None, None)
    """
    tag = language_tag(code)
    return tag if tag in LANGS else None
