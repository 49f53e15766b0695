"""Language detection (uk / ru / en) behind a small interface.

The indexer calls :func:`detect_language`.  Its default detector, :class:`CueDetector`,
decides by script and by the letters only one language has (``і ї є ґ`` are
Ukrainian, ``ы э ъ ё`` Russian) and asks lingua only about Cyrillic text those letters
leave open.  :class:`LinguaDetector` and :class:`LangdetectDetector` are plain
statistical detectors, kept for comparison (``bench/langdetect_eval.py``) and as
fall-backs.  Third-party models load lazily, once per process.
"""
from __future__ import annotations

import logging
import math
import re
import string
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import parse_qs, urlsplit

from archive.languages import LANGS, UNDETERMINED, language_tag, normalise_lang
from indexer.text.normalise import repair_mixed_script
from indexer.text.profiles import (
    CYRILLIC_LANGS,
    FUNCTION_WORDS,
    LATIN_LANGS,
    OTHER_LANGS,
    rank_languages,
    words_of,
)

log = logging.getLogger(__name__)

#: langdetect's profiles are loaded in this order (its seeded results depend on it)
_PROFILE_ORDER = ("uk", "ru", "en")
_CODE_LIKE = re.compile(r"^[a-z]{2,3}(?:[-_][a-z]{2,4})?$")
_URL_QUERY_KEYS = ("lang", "hl", "locale", "language")

_LATIN = re.compile("[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]")
_CYRILLIC_WORD = re.compile("[\u0400-\u0481\u048a-\u04ff]+(?:['’ʼ][\u0400-\u04ff]+)*")
_UK_LETTER = re.compile("[іїєґІЇЄҐ]")
_RU_LETTER = re.compile("[ыэъёЫЭЪЁ]")
# For counting in C rather than character by character in Python: in Cyrillic words joined
# by spaces, a word's first uk-only (ru-only) letter and the rest of the word (one match
# per word that has one); runs of the non-ASCII letters of _LATIN.
_UK_WORD = re.compile(_UK_LETTER.pattern + "[^ ]*")
_RU_WORD = re.compile(_RU_LETTER.pattern + "[^ ]*")
_NON_ASCII_LATIN_RUN = re.compile("[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]+")
_ASCII_LETTERS = string.ascii_letters.encode()
# What a Cyrillic word holds besides Cyrillic letters [\u0400-\u0481\u048a-\u04ff]:
# apostrophes, and after one the signs U+0482-U+0489.
_WORD_NON_LETTERS = ("'", "’", "ʼ", *map(chr, range(0x482, 0x48a)))

MIN_LETTERS = 3          # fewer letters than this: "und", never a guess
CYRILLIC_SHARE = 0.2     # Cyrillic share of letters above which a text is uk/ru
LETTERS_DECISIVE = 0.95  # letter-cue probability that needs no statistics
LETTERS_OVERRIDE = 0.99  # letter-cue probability that overrides a declared uk/ru
LATIN_OVERRIDE = 20      # Latin letters (and no Cyrillic) that override a declared uk/ru
HINT_SUPPORT = 0.8       # detection confidence that lets the text choose between hints
LINGUA_MAX_CHARS = 2000  # lingua's answer settles long before this; keeps it fast

# Expected share of Cyrillic words with a uk-only / ru-only letter in each language
# (about 0.36 and 0.18 in news text; Russian set lower because many sites write ё as
# е), and of words with the other language's letters (quoted names, typos).
_RATE_UK_IN_UK = 0.35
_RATE_RU_IN_RU = 0.15
_RATE_STRAY = 0.005

_HINT_CONFIDENCE = {"declared": 0.9, "url": 0.8}

# Another language (:mod:`indexer.text.profiles`) is named when its score beats the best of
# uk/en/ru by OTHER_MARGIN plus OTHER_MARGIN_SHARE per word of the script; a Latin text of
# UND_MIN_WORDS words or more with almost no English function words and many non-English
# letters, which no profile claims, is ``und`` rather than English; with no English function
# word at all, a letter English lacks and a profile with all its letters, it is that language.
OTHER_MARGIN = 3.0
OTHER_MARGIN_SHARE = 0.05
UND_MIN_WORDS = 20
UND_EN_HITS = 0.04
UND_FOREIGN = 0.1
NO_ENGLISH_CONFIDENCE = 0.6  # a Latin text without English function words, named by its letters
ENGLISH_SHARE = 0.15    # English function words that keep a Latin text English whatever declared
PROFILE_OVERRIDE = 0.95  # another language's confidence that overrides a declared uk/en/ru


def lang_from_url(url: str | None) -> str | None:
    """The language a URL names in a path segment (``/ua/``, ``/eng/``) or ``?lang=``.

    >>> lang_from_url("https://example.com/ukr/news/1"), lang_from_url("/rus/a.html")
    ('uk', 'ru')
    >>> lang_from_url("https://example.com/news?lang=en"), lang_from_url("https://example.com/a")
    ('en', None)
    >>> lang_from_url("https://example.com/ukraine/1") is None
    True
    """
    if not url:
        return None
    parts = urlsplit(url)
    for segment in parts.path.lower().split("/"):
        if _CODE_LIKE.match(segment) and normalise_lang(segment):
            return normalise_lang(segment)
    query = parse_qs(parts.query)
    for key in _URL_QUERY_KEYS:
        for value in query.get(key, []):
            if normalise_lang(value):
                return normalise_lang(value)
    return None


@dataclass(frozen=True)
class Detection:
    """A decided language (``uk``, ``en``, ``ru`` or ``und``), how sure, and what decided."""

    lang: str
    confidence: float
    method: str


class Detector(Protocol):
    """Anything that tells the language of a text."""

    name: str

    def detect(self, text: str) -> Detection:
        """The language of ``text``."""
        ...


@dataclass(frozen=True)
class LetterStats:
    """The counts the cues read: letters per script, Cyrillic words, and how many
    of those have a letter only Ukrainian (``uk_words``) or Russian (``ru_words``) has."""

    cyrillic: int
    latin: int
    words: int = 0
    uk_words: int = 0
    ru_words: int = 0

    @property
    def letters(self) -> int:
        """Cyrillic and Latin letters together."""
        return self.cyrillic + self.latin


def letter_stats(text: str) -> LetterStats:
    """Count what the cues need.

    >>> letter_stats("Їжак, ёж and 42")
    LetterStats(cyrillic=6, latin=3, words=2, uk_words=1, ru_words=1)
    """
    words = _CYRILLIC_WORD.findall(text)
    joined = " ".join(words)  # a Cyrillic word has no space in it
    # a word starts at any Cyrillic letter not already in one, so all are in the words
    cyrillic = len(joined) - joined.count(" ") - sum(map(joined.count, _WORD_NON_LETTERS))
    return LetterStats(
        cyrillic=cyrillic, latin=_latin_letters(text),
        words=len(words), uk_words=len(_UK_WORD.findall(joined)),
        ru_words=len(_RU_WORD.findall(joined)))


def _latin_letters(text: str) -> int:
    """How many letters of ``text`` :data:`_LATIN` matches.

    >>> _latin_letters("Lwów і Kyiv, ×2"), len(_LATIN.findall("Lwów і Kyiv, ×2"))
    (8, 8)
    """
    # The ASCII ones by deleting them from the UTF-8 bytes (a table look-up per byte, and
    # no other character's bytes are ASCII); the others are rare enough for the regex.
    data = text.encode("utf-8", "surrogatepass")
    ascii_letters = len(data) - len(data.translate(None, _ASCII_LETTERS))
    if text.isascii():
        return ascii_letters
    return ascii_letters + sum(map(len, _NON_ASCII_LATIN_RUN.findall(text)))


def script_of_text(stats: LetterStats) -> str | None:
    """``cyrillic``, ``latin``, or None when there are too few letters to say.

    A few Latin brand names do not make a Ukrainian text Latin, so Cyrillic wins from
    a modest share of the letters on.

    >>> script_of_text(letter_stats("Apple представила новий iPhone"))
    'cyrillic'
    >>> script_of_text(letter_stats("OK")), script_of_text(letter_stats("Hello"))
    (None, 'latin')
    """
    if stats.letters < MIN_LETTERS:
        return None
    if stats.cyrillic >= MIN_LETTERS and stats.cyrillic >= CYRILLIC_SHARE * stats.letters:
        return "cyrillic"
    return "latin"


def _poisson_log(count: int, rate: float) -> float:
    """log P(count) under Poisson(rate), without the count-only term (it cancels)."""
    return count * math.log(rate) - rate


def uk_probability(stats: LetterStats) -> float:
    """P(uk | words with uk-only and ru-only letters) for Cyrillic text, equal priors.

    Each language expects words with its own letters at a known rate and the other's
    rarely.  Words, not letters, are counted because a quoted name brings its letters
    in a bunch: one ``Києві`` in a long Russian text stays a quotation.

    >>> round(uk_probability(LetterStats(20, 0, words=4, uk_words=1)), 3)
    0.969
    >>> round(uk_probability(LetterStats(100, 0, words=15, uk_words=1)), 3)
    0.777
    >>> round(uk_probability(LetterStats(100, 0, words=15, uk_words=1, ru_words=2)), 3)
    0.004
    """
    n = max(stats.words, 1)
    as_uk = (_poisson_log(stats.uk_words, _RATE_UK_IN_UK * n)
             + _poisson_log(stats.ru_words, _RATE_STRAY * n))
    as_ru = (_poisson_log(stats.uk_words, _RATE_STRAY * n)
             + _poisson_log(stats.ru_words, _RATE_RU_IN_RU * n))
    return _sigmoid(as_uk - as_ru)


def _sigmoid(x: float) -> float:
    """The logistic function, safe for large arguments."""
    if x < -700:
        return 0.0
    return 1.0 / (1.0 + math.exp(-x)) if x < 700 else 1.0


def _length_confidence(letters: int) -> float:
    """How far a script-only decision can be trusted for a text this long.

    >>> _length_confidence(3), _length_confidence(98)
    (0.6, 0.98)
    """
    return round(min(0.99, letters / (letters + 2)), 4)


def _und(method: str) -> Detection:
    """The answer for text that gives nothing to go on."""
    return Detection(UNDETERMINED, 0.0, method)


# --- statistical detectors -------------------------------------------------------------

_lock = threading.Lock()
_lingua_model: Any = None
_langdetect_factory: Any = None


def _lingua() -> Any:
    """The process-wide lingua detector for uk/ru/en (built once; preloading 3 models is cheap)."""
    global _lingua_model
    with _lock:
        if _lingua_model is None:
            from lingua import Language, LanguageDetectorBuilder

            _lingua_model = LanguageDetectorBuilder.from_languages(
                Language.UKRAINIAN, Language.RUSSIAN, Language.ENGLISH,
            ).with_preloaded_language_models().build()
        return _lingua_model


def _langdetect() -> Any:
    """The process-wide langdetect factory with only the uk/ru/en profiles, seeded."""
    global _langdetect_factory
    with _lock:
        if _langdetect_factory is None:
            from langdetect import DetectorFactory
            from langdetect.detector_factory import PROFILES_DIRECTORY

            DetectorFactory.seed = 0  # langdetect is random without a seed
            factory = DetectorFactory()
            factory.load_json_profile([(Path(PROFILES_DIRECTORY) / lang).read_text("utf-8")
                                       for lang in _PROFILE_ORDER])
            factory.set_seed(0)
            _langdetect_factory = factory
        return _langdetect_factory


class LinguaDetector:
    """lingua restricted to uk/ru/en; the model is shared by every instance."""

    name = "lingua"

    def detect(self, text: str) -> Detection:
        """lingua's best language and its confidence; ``und`` when it has none."""
        return self.detect_among(text, LANGS)

    def detect_among(self, text: str, langs: tuple[str, ...]) -> Detection:
        """The best of ``langs``, confidences renormalised over them."""
        values = {v.language.iso_code_639_1.name.lower(): v.value
                  for v in _lingua().compute_language_confidence_values(
                      text[:LINGUA_MAX_CHARS])}
        total = sum(values.get(lang, 0.0) for lang in langs)
        if total <= 0:
            return _und(self.name)
        best = max(langs, key=lambda lang: values.get(lang, 0.0))
        return Detection(best, round(values.get(best, 0.0) / total, 4), self.name)


class LangdetectDetector:
    """langdetect (seeded, so repeatable) restricted to the uk/ru/en profiles."""

    name = "langdetect"

    def detect(self, text: str) -> Detection:
        """langdetect's best language; ``und`` when it finds no features."""
        from langdetect.lang_detect_exception import LangDetectException

        detector = _langdetect().create()
        detector.append(text)
        try:
            best = detector.get_probabilities()[0]
        except (LangDetectException, IndexError):
            return _und(self.name)
        if best.lang not in LANGS:
            return _und(self.name)
        return Detection(best.lang, round(best.prob, 4), self.name)


class CueDetector:
    """Script and unique letters first; lingua only for Cyrillic text they leave open."""

    name = "cue"

    def __init__(self, fallback: LinguaDetector | None = None) -> None:
        self.fallback = fallback or LinguaDetector()

    def detect(self, text: str) -> Detection:
        """uk/ru/en by cues, ``und`` for text with fewer than three letters."""
        return self.detect_counted(text, letter_stats(text))

    def detect_counted(self, text: str, stats: LetterStats) -> Detection:
        """:meth:`detect` for a text whose :func:`letter_stats` are already counted."""
        script = script_of_text(stats)
        if script is None:
            return _und("empty" if not stats.letters else "too-short")
        other = other_language(text, script)
        if other is not None:
            return other
        if script == "latin":
            return Detection("en", _length_confidence(stats.latin), "script")
        p_uk = uk_probability(stats)
        if stats.uk_words + stats.ru_words and max(p_uk, 1 - p_uk) >= LETTERS_DECISIVE:
            lang = "uk" if p_uk >= 0.5 else "ru"
            return Detection(lang, round(min(max(p_uk, 1 - p_uk), 0.999), 4), "letters")
        # Latin words (brands, names) only dilute lingua's uk-vs-ru evidence.
        cyrillic_only = " ".join(_CYRILLIC_WORD.findall(text[:LINGUA_MAX_CHARS * 2]))
        found = self.fallback.detect_among(cyrillic_only, ("uk", "ru"))
        if found.lang == UNDETERMINED:
            return _und("lingua")
        return Detection(found.lang, found.confidence, "lingua")


def other_language(text: str, script: str) -> Detection | None:
    """Another language (or ``und``) when the profiles clearly beat uk/en/ru; else None.

    >>> other_language("Вчера в София се проведе среща, на която министрите обсъдиха "
    ...                "бюджета и казаха, че ще има нови мерки.", "cyrillic").lang
    'bg'
    >>> other_language("Вчора в Києві відбулася зустріч міністрів.", "cyrillic") is None
    True
    """
    words = words_of(text)
    ranked = rank_languages(words, script)
    home = next(s for s in ranked if s.lang in LANGS)
    best = ranked[0]
    langs = CYRILLIC_LANGS if script == "cyrillic" else LATIN_LANGS
    counted = sum(1 for w in words if ("\u0400" <= w[0] <= "\u04ff") == (script == "cyrillic"))
    margin = best.value - home.value
    if best.lang not in LANGS and best.lang in langs and margin >= (
            OTHER_MARGIN + OTHER_MARGIN_SHARE * counted):
        return Detection(best.lang, round(min(0.999, 1 - 0.5 ** (margin / 2)), 4), "profile")
    if (script == "latin" and counted >= UND_MIN_WORDS and home.lang == "en" and not home.hits
            and home.foreign and best.lang not in LANGS and not best.foreign
            and best.value > home.value):
        # no English function word in twenty words, a letter English lacks, and a language
        # that has all the letters: a synopsis or a list, not English (weakly; hints win)
        return Detection(best.lang, NO_ENGLISH_CONFIDENCE, "profile")
    if (script == "latin" and counted >= UND_MIN_WORDS and home.hits < UND_EN_HITS * counted
            and home.foreign >= UND_FOREIGN * counted):
        return Detection(UNDETERMINED, 0.5, "profile")
    return None


_default: CueDetector | None = None


def default_detector() -> CueDetector:
    """The detector :func:`detect_language` uses when given none (one per process)."""
    global _default
    if _default is None:
        _default = CueDetector()
    return _default


# --- the indexer's entry point ---------------------------------------------------------

def _fits_script(lang: str, stats: LetterStats) -> bool:
    """Whether a hinted language is possible for a text with these letters.

    Cyrillic rules out ``en`` as soon as the text counts as Cyrillic; Latin rules out
    uk/ru only from a few words on, since a Cyrillic page may carry a Latin title.
    """
    if lang == "en":
        return script_of_text(stats) != "cyrillic"
    return script_of_text(stats) != "latin" or stats.latin < LATIN_OVERRIDE


def _letters_contradict(lang: str, stats: LetterStats) -> Detection | None:
    """A letters-based answer when the text's unique letters clearly deny ``lang``."""
    if lang not in ("uk", "ru") or script_of_text(stats) != "cyrillic":
        return None
    p_uk = uk_probability(stats)
    if lang == "uk" and stats.ru_words and 1 - p_uk >= LETTERS_OVERRIDE:
        return Detection("ru", round(min(1 - p_uk, 0.999), 4), "letters")
    if lang == "ru" and stats.uk_words and p_uk >= LETTERS_OVERRIDE:
        return Detection("uk", round(min(p_uk, 0.999), 4), "letters")
    return None


def english_share(text: str) -> float:
    """The share of a text's Latin words that are English function words.

    >>> english_share("The mayor said that the bridge will open"), english_share("Der Rat")
    (0.625, 0.0)
    """
    words = [w for w in words_of(text) if not "\u0400" <= w[0] <= "\u04ff"]
    return sum(w in FUNCTION_WORDS["en"] for w in words) / max(len(words), 1)


def _declared_other(tag: str | None, text: str, stats: LetterStats,
                    found: Detection) -> Detection | None:
    """The declared language when it is neither uk/en/ru nor contradicted by the text.

    A declaration of another language (``pl``, ``bg``, ``es``) is believed unless the text's
    script rules it out (a Cyrillic-script language on Latin text, or the reverse) or the
    text's own letters clearly make it uk or ru.
    """
    if not tag or tag in LANGS or tag == UNDETERMINED or not _CODE_LIKE.match(tag):
        return None
    script = script_of_text(stats)
    if script is not None and tag in OTHER_LANGS and (
            (tag in CYRILLIC_LANGS) != (script == "cyrillic")):
        return None
    if found.lang == tag:
        return Detection(tag, max(found.confidence, _HINT_CONFIDENCE["declared"]), "declared")
    if found.method == "letters" and found.confidence >= LETTERS_OVERRIDE:
        return None
    if found.lang == "en" and english_share(text) >= ENGLISH_SHARE:
        return None  # English under a wrong declaration
    return Detection(tag, _HINT_CONFIDENCE["declared"], "declared")


def detect_language(text: str, *, declared: str | None = None, url: str | None = None,
                    detector: Detector | None = None) -> Detection:
    """The language of an article's text, using what its source declared as hints.

    Mixed-script words are repaired first.  A declared language (JSON/HTML ``lang``)
    or, failing that, a language segment in the URL is trusted while the text agrees
    or cannot tell; it is overridden when the script rules it out (``en`` declared on
    Cyrillic text, or uk/ru on twenty-odd Latin letters and no Cyrillic) or when
    uk-only/ru-only letters clearly deny it.  When the two hints disagree, the one the
    text confidently supports wins, else the declared one.  ``method`` names what
    decided: ``declared``, ``url``, or the detector's own method (``letters``,
    ``script``, ``lingua``, ``empty``, ``too-short``).

    >>> detect_language("Президент підписав закон", declared="ua").lang
    'uk'
    >>> detect_language("Президент подписал новый закон", declared="en").method
    'letters'
    >>> detect_language("Президент", declared="ru")
    Detection(lang='ru', confidence=0.9, method='declared')
    >>> detect_language("Він сказав", declared="ru", url="/ukr/news").method
    'url'
    >>> detect_language("", url="https://example.com/eng/1")
    Detection(lang='en', confidence=0.8, method='url')
    >>> detect_language("12:30, 2024").lang
    'und'
    """
    text = repair_mixed_script(text)
    stats = letter_stats(text)
    detector = detector or default_detector()
    # the cue detector starts from the same counts: spare it counting a long text again
    found = (detector.detect_counted(text, stats) if isinstance(detector, CueDetector)
             else detector.detect(text))
    other = _declared_other(language_tag(declared), text, stats, found)
    if other is not None:
        return other
    if found.method == "profile" and found.confidence >= PROFILE_OVERRIDE:
        return found  # a page in Polish under a site-wide lang="en" is still Polish
    hints = [(lang, how) for lang, how in ((normalise_lang(declared), "declared"),
                                           (lang_from_url(url), "url"))
             if lang and _fits_script(lang, stats)]
    if not hints:
        if declared or url:
            log.debug("hints %r/%r ruled out by the text's script", declared, url)
        return found
    supported = [(lang, how) for lang, how in hints
                 if lang == found.lang and found.confidence >= HINT_SUPPORT]
    lang, how = (supported or hints)[0]
    if lang == found.lang:
        return Detection(lang, max(found.confidence, _HINT_CONFIDENCE[how]), how)
    overridden = _letters_contradict(lang, stats)
    if overridden:
        log.debug("%s language %r overridden by the letters: %s", how, lang, overridden)
        return overridden
    return Detection(lang, _HINT_CONFIDENCE[how], how)
