"""Which language a text is in when it may be none of uk/en/ru: alphabets and function words.

Crawls of Ukrainian sites bring Belarusian, Bulgarian, Macedonian, Serbian, Polish, Czech,
Slovak, German, French and Crimean Tatar pages. Each language here is described by two
small things anyone can check in a grammar: the letters its alphabet lacks (a word with one
of them is *foreign* to it: a quoted name, or another language) and its commonest function
words. A text scores ``hits - FOREIGN_WEIGHT * foreign words`` in each language of its
script; :func:`rank_languages` returns the scores, best first. The uk/ru choice itself stays
with :mod:`indexer.text.language`, which asks this module only whether another language
clearly beats both.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from archive.languages import OTHER_LANGS

__all__ = ["OTHER_LANGS", "rank_languages", "words_of"]
CYRILLIC_LANGS = ("uk", "ru", "be", "bg", "mk", "sr")
LATIN_LANGS = ("en", "pl", "cs", "sk", "de", "fr", "crh")

FOREIGN_WEIGHT = 3.0   # a word with a letter the language lacks counts against it this much
RU_YERY_RATE = 0.06    # the share of Russian words with ы or э a text is expected to reach
UK_LETTER_RATE = 0.1   # the share of Ukrainian words with і ї є ґ a text is expected to reach
MAX_CHARS = 3000       # the words of this much text settle the profile
MAX_WORDS = 300        # the profile settles long before this; keeps long texts fast

_CYRILLIC_EXTRA = "іїєґўѓќѕјљњџђћ"
# the Cyrillic letters each alphabet lacks (of а-я, ё and the extra letters above)
# (Russian writes ъ only before е ё ю я, объявил; Bulgarian anywhere in a word, България)
_LACKS_CYRILLIC = {
    "uk": "ыэёъўѓќѕјљњџђћ",
    "ru": "іїєґўѓќѕјљњџђћ",
    "be": "ищъїєґѓќѕјљњџђћ",
    "bg": "ыэёіїєґўѓќѕјљњџђћ",
    "mk": "йщъьыэёяюіїєґўђћ",
    "sr": "йщъьыэёяюіїєґўѓќѕ",
}
# the non-ASCII Latin letters each alphabet has; any other one is foreign to it
_HAS_LATIN = {
    "en": "",
    "pl": "ąćęłńóśźż",
    "cs": "áčďéěíňóřšťúůýž",
    "sk": "áäčďéíĺľňóôŕšťúýž",
    "de": "äöüß",
    "fr": "àâæçéèêëîïôœùûüÿ",
    "crh": "âçğıñöşü",
}

# Function words, the commonest few dozen of each language (our own lists).
_FUNCTION_WORDS = {
    "uk": """і й та що не на в у з із до за від як це його її але був була було були також
          для про після вже коли де які який яка щоб після через між має може буде""",
    "ru": """и в не на что с по к из за от как это его ее её но был была было были также для
          о об после уже когда где которые который которая чтобы через между может будет""",
    "be": """і ў у не на што з да па ад як гэта яго яе але быў была было былі таксама для пра
          пасля ўжо калі дзе якія які якая каб праз паміж можа будзе і гэтым яшчэ""",
    "bg": """и в не на че с по за от като това е са се да го му ще който която които което бе
          беше след при във със към също тази този има няма може бъде между през чрез вече
          още всички обаче тогава сега защото когато където какво нещо нея тях ги си ме аз тя
          ние вие бяха трябва нито дори според срещу върху докато всеки всяка всяко тези ако""",
    "mk": """и во не на дека со по за од како ова е се да го му ќе кој која кои што беше при
          кон исто оваа овој ги ја има нема може биде меѓу сите""",
    "sr": """и у не на да са по за од као је се га му ће који која које што био била било су
          при ка такође ова овај из има нема може бити између све""",
    "en": """the of and to in is was for that with on as by at from it this be are has have
          were an which but not or their its his her they he she after said will would been
          also who""",
    "de": """der die das und ist nicht ein eine einen dem den des mit von zu im auf für sich
          auch wird werden wurde hat haben nach bei aus noch oder aber wie nur vor über sind
          dass diese dieser zum zur""",
    "fr": """le la les des est et un une du dans pour que qui pas sur au aux par avec ce cette
          sont ont été plus il elle ils ne se son sa ses mais ou être leur""",
    "pl": """się nie jest w na z do że jak od po dla przez oraz ale są był była było przy jego
          jej tym który która które także tak czy tylko już został może lub jako oraz""",
    "cs": """se je a na v ve z do že jako od po pro při který která které také byl byla bylo
          jsou není už jeho její tak nebo ale aby podle mezi tím jsem jsme jste jen ještě
          když může mohou pouze než ze""",
    "sk": """sa je a na v vo z do že ako od po pre pri ktorý ktorá ktoré tiež bol bola bolo sú
          nie už jeho jej tak alebo ale aby podľa medzi tým som sme ste aj iba len môže ešte
          keď zo byť budú veľmi""",
    "crh": """ve bu ile içün olaraq olğan bir de da ki edi olıp eken bar yoq em daa soñ kibi
          olsa ise şu o onıñ bunıñ mına""",
}
FUNCTION_WORDS = {lang: frozenset(words.split()) for lang, words in _FUNCTION_WORDS.items()}
# Word endings only one language of its script writes often, each counting as a hit: the
# Bulgarian definite article (градът, историята, хората, мястото, думите), the Belarusian
# infinitive and verbal noun (зрабіць, пытанне), the Slovak infinitive, genitive plural and
# -ia/-iu nouns (zavolať, súborov, verzia), the Czech verbal noun (nastavení) and the Polish
# genitive plural (plików). Only words two letters longer than the shortest ending count.
_ENDINGS = {
    "bg": ("ът", "ията", "ието", "ността", "ството", "ите", "ата", "ото", "ето"),
    "sk": ("ť", "ov", "ia", "iu"),
    "be": ("ць", "нне", "ння"),
    "cs": ("ní",),
    "pl": ("ów",),
}

_WORD = re.compile(r"[^\W\d_]+")
_BG_HARD_SIGN = re.compile("ъ(?![еёюя])")
_LACKS = {lang: frozenset(letters) for lang, letters in _LACKS_CYRILLIC.items()}
_HAS = {lang: frozenset(letters) for lang, letters in _HAS_LATIN.items()}
_YERY = frozenset("ыэ")
_UK_ONLY = frozenset("іїєґ")
# the Cyrillic letters that tell something: all that some alphabet lacks, and ъ, ы, э
_SPECIAL = frozenset("".join(_LACKS_CYRILLIC.values()) + "ъыэ")


@dataclass(frozen=True)
class Score:
    """One language's score for a text: function-word hits and foreign words."""

    lang: str
    hits: int
    foreign: int
    missing: float = 0.0

    @property
    def value(self) -> float:
        """Hits less the weighted foreign words and the missing expected letters."""
        return self.hits - FOREIGN_WEIGHT * self.foreign - self.missing


def words_of(text: str) -> list[str]:
    """The text's words, lower case, the first :data:`MAX_WORDS` (of its first
    :data:`MAX_CHARS` characters).

    >>> words_of("Сям'я 2024: Łódź, і ўсё")
    ['сям', 'я', 'łódź', 'і', 'ўсё']
    """
    return _WORD.findall(text[:MAX_CHARS].lower())[:MAX_WORDS]


def _is_cyrillic(word: str) -> bool:
    return "\u0400" <= word[0] <= "\u04ff"


def _special(word: str, cyrillic: bool) -> frozenset[str]:
    """The letters of ``word`` that tell languages apart: of a Cyrillic word, those in
    :data:`_SPECIAL`; of a Latin one, every non-ASCII letter."""
    if cyrillic:
        return frozenset(word) & _SPECIAL
    return frozenset(ch for ch in word if not ch.isascii())


def _foreign(lang: str, word: str, special: frozenset[str]) -> bool:
    """Whether ``word`` (whose uncommon letters are ``special``) has a letter ``lang`` lacks
    (or, for ru, a Bulgarian ъ)."""
    if lang in _LACKS:
        bulgarian_hard_sign = "ъ" in special and bool(_BG_HARD_SIGN.search(word))
        return bool(special & _LACKS[lang]) or (lang == "ru" and bulgarian_hard_sign)
    return bool(special - _HAS[lang])


def _ending_hits(counts: Counter[str], endings: tuple[str, ...]) -> int:
    """How many of the counted words end in one of ``endings`` (short words aside).

    >>> _ending_hits(Counter(["градът", "хората", "ът", "и"]), _ENDINGS["bg"])
    2
    """
    return sum(n for w, n in counts.items()
               if w.endswith(endings) and len(w) >= 2 + min(map(len, endings)))


def rank_languages(words: list[str], script: str) -> list[Score]:
    """The scores of the ``script``'s languages (``cyrillic``/``latin``), best first.

    Only the words of that script count.

    >>> [s.lang for s in rank_languages(words_of("Він сказав, що це правда"), "cyrillic")][0]
    'uk'
    >>> rank_languages(words_of("Wczoraj w Gdańsku otwarto nowy most"), "latin")[0].lang
    'pl'
    """
    cyrillic = script == "cyrillic"
    langs = CYRILLIC_LANGS if cyrillic else LATIN_LANGS
    counts = Counter(w for w in words if _is_cyrillic(w) == cyrillic)
    # the few distinct words with an uncommon letter, and which ones they have
    specials = [(w, n, _special(w, cyrillic)) for w, n in counts.items()
                if not (w.isascii() if not cyrillic else _SPECIAL.isdisjoint(w))]
    total = sum(counts.values())
    scores = []
    for lang in langs:
        hits = sum(counts[w] for w in FUNCTION_WORDS[lang] if w in counts)
        if lang in _ENDINGS:
            hits += _ending_hits(counts, _ENDINGS[lang])
        foreign = sum(n for w, n, special in specials if _foreign(lang, w, special))
        missing = 0.0
        if lang == "ru":  # Bulgarian, with Russian's letters otherwise, has no ы or э
            yery = sum(n for _, n, special in specials if special & _YERY)
            missing = max(0.0, RU_YERY_RATE * total - yery)
        elif lang == "uk":  # nor і ї є ґ, which a Ukrainian text has in a word in three
            own = sum(n for _, n, special in specials if special & _UK_ONLY)
            missing = max(0.0, UK_LETTER_RATE * total - own)
        scores.append(Score(lang, hits, foreign, missing))
    # stable: on a tie the earlier language (uk, ru, en first) stays ahead
    return sorted(scores, key=lambda s: -s.value)
