"""Language-independent evidence pulled from an article: URLs, numbers, names.

The aligner compares versions written in different languages, so it looks at what
survives translation: the numbers, the names (as Latin matching keys), and the
article id a site puts in the URL of every language version.
"""
from __future__ import annotations

import hashlib
import re
import zlib
from functools import lru_cache
from operator import itemgetter
from typing import Sequence
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from indexer.text.normalise import replace_each
from indexer.text.translit import folded_tokens, skeleton_key, token_key

_NUMBER = re.compile(r"\d+(?:[ \u00a0\u202f]\d{3})*(?:,\d{3})*(?:[.,]\d+)?")
# The words name_keys reads are a letter and the [\w'’ʼ-] characters after it: a run of
# those from its first letter on. Only the words that may be names are matched (four
# characters or more, not starting with a common lower-case letter), so Python does not
# step through every word: the look-behind finds a run's start, then come the run's
# non-letters (ʼ is a letter, Lm), and the group is the word.
_NAME_WORD = re.compile(r"(?<![\w'’ʼ-])[\d_'’-]*((?![a-zа-яёіїєґ])[^\W\d_][\w'’ʼ-]{3,})")
_DIGITS = re.compile(r"\d{4,}")
_LANG_SUBDOMAINS = ("www.", "en.", "ru.", "uk.", "ua.", "m.")
NAME_KEY_LEN = 4


# a document asks for its URL's canonical form and site several times over (the id, the
# URL key, the source): small caches spare parsing it again
@lru_cache(maxsize=1024)
def canonical_url(url: str | None) -> str | None:
    """A URL without fragment, tracking parameters, ``www.`` and trailing slash.

    >>> canonical_url("HTTPS://www.Example.org/news/1/?utm_source=x&id=2#top")
    'https://example.org/news/1?id=2'
    """
    if not url or not url.strip():
        return None
    parts = urlsplit(url.strip())
    host = parts.netloc.lower().removeprefix("www.")
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query) if not k.startswith("utm_")])
    return urlunsplit((parts.scheme.lower(), host, parts.path.rstrip("/"), query, ""))


@lru_cache(maxsize=1024)
def site_key(url: str | None) -> str | None:
    """The site a URL belongs to, without language subdomains.

    >>> site_key("https://en.kyiv-herald.example/news/1")
    'kyiv-herald.example'
    """
    if not url:
        return None
    host = urlsplit(url).netloc.lower().split(":")[0]
    for prefix in _LANG_SUBDOMAINS:
        if host.startswith(prefix) and host.count(".") > 1:
            host = host[len(prefix):]
    return host or None


def source_key(source: str | None, url: str | None) -> str | None:
    """The outlet's identity for alignment: the URL's site, else the source name folded.

    Sites name themselves per language («Київський вісник», "Kyiv Herald"), so the host
    is the better key whenever there is a URL.

    >>> source_key("Kyiv Herald", "https://kyiv-herald.example/en/news/1")
    'kyiv-herald.example'
    >>> source_key(" Kyiv  Herald ", None)
    'kyiv herald'
    """
    return site_key(url) or (" ".join(source.lower().split()) if source else None)


def site_article_id(url: str | None, rules: Sequence[str] = ()) -> str | None:
    """``site:key`` naming the article that every language version's URL repeats.

    A configured rule (a regex with a ``key`` group) wins; otherwise the article number in
    the path, skipping years in date paths when another number is there.

    >>> site_article_id("https://dv.example/ukr/news/2024/05/48213-tram.html")
    'dv.example:48213'
    >>> site_article_id("https://dv.example/en/about") is None
    True
    >>> site_article_id("https://a.example/en/tram-line", [r"a\\.example/\\w+/(?P<key>[\\w-]+)"])
    'a.example:rule:tram-line'
    """
    site = site_key(url)
    if not site:
        return None
    for rule in rules:
        match = re.search(rule, url)
        if match and match.groupdict().get("key"):
            return f"{site}:rule:{match.group('key')}"
    runs = _DIGITS.findall(urlsplit(url).path)
    real = [r for r in runs if not (len(r) == 4 and 1990 <= int(r) <= 2039)]
    runs = real or runs
    return f"{site}:{runs[-1]}" if runs else None


def extract_numbers(text: str) -> list[str]:
    """Numbers of two or more digits, normalised so that translations agree.

    Space and comma thousands separators are removed (``12 500``, ``12,500``), a decimal
    comma becomes a point, and "18 тисяч" / "18 thousand" is 18000.

    >>> extract_numbers("У 2025 році 12 500 гривень, 3,5% і 7 днів")
    ['2025', '12500', '3.5']
    >>> en = extract_numbers("18,000 people, 1,340 km, 2,5 м")
    >>> en == extract_numbers("18 тисяч, 1 340 км, 2.5 m")
    True
    """
    found: dict[str, None] = {}  # ordered, and a cheap membership test
    for match in _NUMBER.finditer(text):
        end = match.end()
        value = _normalise_number(match.group(), text[end:end + 12])
        # every character is a digit but a decimal point (see _normalise_number)
        if len(value) - value.count(".") >= 2:
            found[value] = None
    return list(found)


_THOUSANDS = re.compile(r"^[ \u00a0]*(тис|тыс|thousand)", re.IGNORECASE)
_NUMBER_SPACE = re.compile(r"[ \u00a0\u202f]")
_ENGLISH_THOUSANDS = re.compile(r"\d{1,3}(,\d{3})+")


def _normalise_number(raw: str, after: str) -> str:
    """A :data:`_NUMBER` match written with only digits (``\\d``) and points."""
    value = _NUMBER_SPACE.sub("", raw)
    if "," in value:  # the only case where the comma rules below change anything
        if _ENGLISH_THOUSANDS.fullmatch(value):
            value = value.replace(",", "")
        value = value.replace(",", ".")
    if _THOUSANDS.match(after) and "." not in value:
        value = str(int(value) * 1000)
    return value


def name_keys(text: str) -> list[str]:
    """Short Latin keys of the capitalised words inside sentences: names, across scripts.

    Sentence-initial words are skipped (capitalised by grammar, not by being names); the
    key is the start of the consonant skeleton, so Ukrainian, Russian and English spellings
    and case endings meet (Тиврів / Тывров / Tyvriv, Мельник / Мельника / Melnyk).

    >>> uk = name_keys("Вчора Оксана Мельник приїхала до Дніпра.")
    >>> uk == name_keys("Then Oksana Melnyk came to Dnipro.")
    True
    >>> name_keys("Вранці. Учора Тиврів") == name_keys("Потом Тывров")
    True
    """
    keys: list[str] = []
    for match in _NAME_WORD.finditer(text):
        word = match.group(1)
        if not word[0].isupper() or _sentence_start(text, match.start(1)):
            continue
        key = skeleton_key(word)[:NAME_KEY_LEN]
        if len(key) >= 3 and key not in keys:
            keys.append(key)
    return keys


def _sentence_start(text: str, pos: int) -> bool:
    """Whether ``pos`` begins a sentence (only space, quotes or dashes since the last stop)."""
    i = pos - 1
    while i >= 0 and (text[i].isspace() or text[i] in "«»\"“”„'‘’—–-("):
        i -= 1
    return i < 0 or text[i] in ".!?…:;\n"


# Case endings as they come out of translit_key (g/h merged, y/i merged), longest first.
# Names missing from the hunspell dictionaries (Житомиром, Лукашенка, Полтавському) only
# meet their other forms and scripts through this.
_ENDINGS = ("iami", "ami", "ovi", "evi", "omu", "emu", "oho", "eho", "imi", "iei", "ach",
            "iah", "ah", "am", "om", "em", "oi", "ei", "ii", "ih", "ov", "ev", "iu", "ia", "im",
            "ing", "ed", "es", "a", "o", "u", "e", "i", "s")  # the last English ones: forms
# missing from the en_US dictionary (olympiads, digitised) still meet
_MIN_STEM = 4
# pairs for textnorm.replace_each: these letters are rare, a translate would look at all
_LATIN_DIACRITICS = (("ž", "zh"), ("Ž", "Zh"), ("š", "sh"), ("Š", "Sh"), ("č", "ch"),
                     ("Č", "Ch"))


@lru_cache(maxsize=200_000)  # words repeat (Zipf): most calls are for words seen before
def light_stem(key_word: str) -> str:
    """Strip a case ending, then an adjective's "sk", from a transliteration-key word.

    >>> [light_stem(w) for w in ("lukashenka", "lukashenko", "zhitomirom", "zhitomir")]
    ['lukashenk', 'lukashenk', 'zhitomir', 'zhitomir']
    >>> {light_stem(w) for w in ("poltavskomu", "poltavski", "poltava")}
    {'poltav'}
    >>> light_stem("olimpiads") == light_stem("olimpiad"), light_stem("lipovets")
    (True, 'lipovet')
    """
    for ending in _ENDINGS:
        if key_word.endswith(ending) and len(key_word) - len(ending) >= _MIN_STEM:
            key_word = key_word[: -len(ending)]
            break
    if key_word.endswith("sk") and len(key_word) - 2 >= _MIN_STEM:
        key_word = key_word[:-2]
    return key_word


def bridge_key(text: str) -> str:
    """The cross-script search key: transliteration key, each word lightly stemmed.

    >>> bridge_key("Лукашенка") == bridge_key("Lukashenko")
    True
    """
    return bridge_and_skeleton(text)[0]


def bridge_and_skeleton(text: str) -> tuple[str, str]:
    """:func:`bridge_key` and its :func:`skeletons_of_key` joined by spaces, at once.

    >>> bridge_and_skeleton("Чорноморська рада, Львів")
    ('chornomor rada lviv', 'chrnmr')
    """
    text = replace_each(text, _LATIN_DIACRITICS)
    # translit_key(text) piece by piece (see translit.folded_tokens), cached per piece:
    # a text is mostly words seen before
    pieces = list(map(_bridge_piece, folded_tokens(text)))
    return (" ".join(filter(None, map(itemgetter(0), pieces))),
            " ".join(filter(None, map(itemgetter(1), pieces))))


@lru_cache(maxsize=100_000)
def _bridge_piece(token: str) -> tuple[str, str]:
    """The bridge key of one piece of folded text and its skeletons ('' where none)."""
    key = " ".join(map(light_stem, token_key(token).split()))
    return key, " ".join(skeletons_of_key(key))


# a vowel after a word's first letter, and a word left with four letters or more
_INNER_VOWEL = re.compile(r"(?<=\S)[aeiouy]")
_SKELETON = re.compile(r"\S{4,}")


def skeleton_words(text: str) -> list[str]:
    """Consonant skeletons of the bridge-key words, four letters or longer.

    Ukrainian and Russian spell many names with other vowels (Яринівка / Yarinovka,
    Чорноморськ / Черноморска); their skeletons meet.

    >>> skeleton_words("Chornomorsk") == skeleton_words("Черноморска")
    True
    """
    return skeletons_of_key(bridge_key(text))


def skeletons_of_key(key: str) -> list[str]:
    """Consonant skeletons of the words of a bridge key (see :func:`skeleton_words`).

    >>> skeletons_of_key("chornomor lviv")
    ['chrnmr']
    """
    # the whole key at once: a word per step in Python would cost more than the regexes
    return _SKELETON.findall(_INNER_VOWEL.sub("", key))


#: one-permutation MinHash of the word-trigram shingles: this many bins, read in bands
#: of EDITION_ROWS; two texts share a band with probability about J ** EDITION_ROWS for
#: shingle Jaccard J. Re-publications measure 0.7 and up: 20 bands of 3 find one with
#: probability 0.9998 (0.99 at J = 0.6); unrelated news of one language, J ≈ 0.01-0.02,
#: meets 20-160 of a million articles, so a lookup stays cheap as the archive grows
#: (2 rows would meet thousands)
EDITION_BINS = 60
EDITION_ROWS = 3
#: the text compared as editions (see :class:`indexer.alignment.scoring.Version`)
EDITION_TEXT = 4000


def edition_keys(key_text: str, lang: str | None) -> list[str]:
    """Keys two re-publications of one text share, for a cheap exact-term lookup.

    ``key_text`` is the transliterated text (``translit``); a key also names the
    language, so only same-language texts meet (the outlet is left to the query: a copy
    with no outlet known may still be an edition).

    >>> text = " ".join(f"w{i}" for i in range(300))
    >>> a, b = edition_keys(text, "uk"), edition_keys(text.replace("w150", "w9999"), "uk")
    >>> len(a), len(set(a) & set(b)) >= 10, set(a) & set(edition_keys(text, "ru"))
    (20, True, set())
    """
    words = key_text[:EDITION_TEXT].split()
    trigrams = map(" ".join, zip(words, words[1:], words[2:]))
    shingles = set(map(zlib.crc32, map(str.encode, trigrams)))
    # a bin's hashes order as their values do: keep the smallest hash, divide it once
    lowest: dict[int, int] = {}
    for h in shingles:
        b = h % EDITION_BINS
        if h < lowest.get(b, h + 1):
            lowest[b] = h
    mins = [lowest[b] // EDITION_BINS if b in lowest else None for b in range(EDITION_BINS)]
    keys = []
    for k in range(0, EDITION_BINS, EDITION_ROWS):
        band = mins[k:k + EDITION_ROWS]
        if band.count(None) == EDITION_ROWS:
            continue  # a short text: an empty band is no evidence
        # spelt as f"{band}" would, without list.__repr__ (slow: it guards recursion)
        raw = f"{lang}|{k}|[{', '.join(map(repr, band))}]".encode()
        keys.append(hashlib.blake2b(raw, digest_size=8).hexdigest())
    return keys
