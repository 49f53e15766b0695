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
from typing import Sequence
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from .translit import skeleton_key, translit_key

_NUMBER = re.compile(r"\d+(?:[ \u00a0\u202f]\d{3})*(?:,\d{3})*(?:[.,]\d+)?")
_WORD = re.compile(r"[^\W\d_][\w'’ʼ-]*", re.UNICODE)
_DIGITS = re.compile(r"\d{4,}")
_LANG_SUBDOMAINS = ("www.", "en.", "ru.", "uk.", "ua.", "m.")
NAME_KEY_LEN = 4


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
    found = []
    for match in _NUMBER.finditer(text):
        value = _normalise_number(match.group(), text[match.end():match.end() + 12])
        if sum(ch.isdigit() for ch in value) >= 2 and value not in found:
            found.append(value)
    return found


_THOUSANDS = re.compile(r"^[ \u00a0]*(тис|тыс|thousand)", re.IGNORECASE)


def _normalise_number(raw: str, after: str) -> str:
    value = re.sub(r"[ \u00a0\u202f]", "", raw)
    if re.fullmatch(r"\d{1,3}(,\d{3})+", value):  # English thousands separators
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
    for match in _WORD.finditer(text):
        word = match.group()
        if len(word) < 4 or not word[0].isupper() or _sentence_start(text, match.start()):
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
_LATIN_DIACRITICS = str.maketrans({"ž": "zh", "Ž": "Zh", "š": "sh", "Š": "Sh", "č": "ch",
                                   "Č": "Ch"})


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
    text = text.translate(_LATIN_DIACRITICS)
    return " ".join(light_stem(w) for w in translit_key(text).split())


_VOWELS = re.compile(r"[aeiouy]")


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
    out = []
    for word in key.split():
        skel = word[0] + _VOWELS.sub("", word[1:])
        if len(skel) >= 4:
            out.append(skel)
    return out


#: one-permutation MinHash of the word-trigram shingles: this many bins, read in bands
#: of EDITION_ROWS; two texts share a band with probability about J ** EDITION_ROWS for
#: shingle Jaccard J. Re-publications measure 0.7 and up: 20 bands of 3 find one with
#: probability 0.9998 (0.99 at J = 0.6); unrelated news of one language, J ≈ 0.01-0.02,
#: meets 20-160 of a million articles, so a lookup stays cheap as the archive grows
#: (2 rows would meet thousands)
EDITION_BINS = 60
EDITION_ROWS = 3
#: the text compared as editions (see :class:`indexer.align.Version`)
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
    shingles = {zlib.crc32(s.encode()) for s in map(" ".join, zip(words, words[1:], words[2:]))}
    mins: list[int | None] = [None] * EDITION_BINS
    for h in shingles:
        b, v = h % EDITION_BINS, h // EDITION_BINS
        if mins[b] is None or v < mins[b]:  # type: ignore[operator]
            mins[b] = v
    keys = []
    for k in range(0, EDITION_BINS, EDITION_ROWS):
        band = mins[k:k + EDITION_ROWS]
        if all(m is None for m in band):
            continue  # a short text: an empty band is no evidence
        raw = f"{lang}|{k}|{band}".encode()
        keys.append(hashlib.blake2b(raw, digest_size=8).hexdigest())
    return keys
