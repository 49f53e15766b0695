"""The fast paths of document building give what the plain code they replaced gave.

Keys, counts and numbers are computed piece by piece, with caches and regexes instead of
character loops. Each ``_plain_*`` function here is the straightforward version (the one
the module used to have); random text, heavy in the characters that matter (homoglyphs,
apostrophes, combining marks, odd white space, digits), must give equal results.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
import zlib

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from archive.article import normalise_text
from indexer.text import features
from indexer.text import language as langdetect
from indexer.text import normalise as textnorm
from indexer.text import translit

FUZZ = settings(max_examples=300, deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow])

_PIECES = ["Київ", "Kиїв", "Lwów", "Zaporizhzhia", "Зеленський", "тисяч", "thousand", "тыс",
           "12 500", "1,340", "3,5", "18,000", "1,234,5", "٣٤٥", "COVIDний", "Micтo", "Kуiv",
           "м’ясо", "п'ять", "Іва\u0301но-Франківськ", "Ёлка", "ǅemal", "ΣΑΣ", "Šibenik", "ʼSd"]
_CHARS = ("абвгґдеєёжзиіїйклмнопрстуфхцчшщьюяыэъАБГҐЄЁЇІЫЭЪ abcdefghijklmnopqrstuvwxyzKHIOY"
          "0123456789 \n\t\u00a0\u202f\u3000\x1c.,!?…:;«»\"“”'’ʼ‘`′´-—()_ïžČóßİſⅫ²½ﬁ①ς"
          "\u0300\u0301\u0308\u0482\u0483\u0489\u00ad\u200b\ufeffʹʺ")
TEXT = st.lists(st.one_of(st.sampled_from(_PIECES), st.text(_CHARS, max_size=8),
                          st.text(max_size=3)), max_size=30).map("".join)


def _plain_translit_key(text: str) -> str:
    text = textnorm.fold_for_index(textnorm.repair_mixed_script(text))
    text = text.translate(translit._KEY_TABLE).lower()
    if not text.isascii():
        text = translit._COMBINING.sub("", unicodedata.normalize("NFKD", text))
    return translit._key_words(translit._NON_KEY.sub(" ", text).strip())


def _plain_bridge_key(text: str) -> str:
    text = text.translate(str.maketrans(dict(features._LATIN_DIACRITICS)))
    return " ".join(features.light_stem(w) for w in _plain_translit_key(text).split())


def _plain_skeletons(key: str) -> list[str]:
    skeletons = (word[0] + re.sub("[aeiouy]", "", word[1:]) for word in key.split())
    return [s for s in skeletons if len(s) >= 4]


def _plain_name_keys(text: str) -> list[str]:
    keys: list[str] = []
    for match in re.finditer(r"[^\W\d_][\w'’ʼ-]*", text):
        word = match.group()
        if len(word) < 4 or not word[0].isupper():
            continue
        if features._sentence_start(text, match.start()):
            continue
        key = translit.skeleton_key(word)[:features.NAME_KEY_LEN]
        if len(key) >= 3 and key not in keys:
            keys.append(key)
    return keys


def _plain_numbers(text: str) -> list[str]:
    found: list[str] = []
    for match in features._NUMBER.finditer(text):
        value = re.sub(r"[ \u00a0\u202f]", "", match.group())
        if re.fullmatch(r"\d{1,3}(,\d{3})+", value):
            value = value.replace(",", "")
        value = value.replace(",", ".")
        if features._THOUSANDS.match(text[match.end():match.end() + 12]) and "." not in value:
            value = str(int(value) * 1000)
        if sum(ch.isdigit() for ch in value) >= 2 and value not in found:
            found.append(value)
    return found


def _plain_letter_stats(text: str) -> tuple[int, ...]:
    words = langdetect._CYRILLIC_WORD.findall(text)
    return (len(re.findall("[\u0400-\u0481\u048a-\u04ff]", text)),
            len(langdetect._LATIN.findall(text)), len(words),
            sum(1 for w in words if langdetect._UK_LETTER.search(w)),
            sum(1 for w in words if langdetect._RU_LETTER.search(w)))


def _plain_edition_keys(key_text: str, lang: str) -> list[str]:
    words = key_text[:features.EDITION_TEXT].split()
    shingles = {zlib.crc32(" ".join(t).encode()) for t in zip(words, words[1:], words[2:])}
    mins: list[int | None] = [None] * features.EDITION_BINS
    for h in shingles:
        v, b = divmod(h, features.EDITION_BINS)
        if mins[b] is None or v < mins[b]:  # type: ignore[operator]
            mins[b] = v
    keys = []
    for k in range(0, features.EDITION_BINS, features.EDITION_ROWS):
        band = mins[k:k + features.EDITION_ROWS]
        if any(m is not None for m in band):
            raw = f"{lang}|{k}|{band}".encode()
            keys.append(hashlib.blake2b(raw, digest_size=8).hexdigest())
    return keys


@FUZZ
@given(TEXT)
def test_keys_equal_the_plain_ones(text):
    bridge = _plain_bridge_key(text)
    assert translit.translit_key(text) == _plain_translit_key(text)
    assert features.bridge_and_skeleton(text) == (bridge, " ".join(_plain_skeletons(bridge)))
    assert features.skeletons_of_key(text) == _plain_skeletons(text)
    assert features.edition_keys(bridge, "uk") == _plain_edition_keys(bridge, "uk")


@FUZZ
@given(TEXT)
def test_names_numbers_and_counts_equal_the_plain_ones(text):
    assert features.name_keys(text) == _plain_name_keys(text)
    assert features.extract_numbers(text) == _plain_numbers(text)
    stats = langdetect.letter_stats(text)
    assert (stats.cyrillic, stats.latin, stats.words, stats.uk_words,
            stats.ru_words) == _plain_letter_stats(text)


@FUZZ
@given(TEXT)
def test_folds_equal_the_plain_ones(text):
    fold = str.maketrans({"ё": "е", "Ё": "Е", **{ch: "'" for ch in textnorm._APOSTROPHES}})
    plain = textnorm._STRESS.sub("", textnorm._INVISIBLE.sub(
        "", unicodedata.normalize("NFC", text))).translate(fold)
    assert textnorm.fold_for_index(text) == plain
    assert normalise_text(text) == re.sub(
        r"\s+", " ", unicodedata.normalize("NFC", text)).strip().lower()


def test_every_white_space_breaks_words():
    """What keying piece by piece rests on: white space (str.split's, which is also the
    regexes' ``\\s``) keys to no letter or digit, and no combining mark reorders across it."""
    space = re.compile(r"\s")
    for ch in map(chr, range(0x110000)):
        assert bool(space.fullmatch(ch)) == ch.isspace()
        if ch.isspace():
            assert translit.token_key(ch) == ""
            assert not any(map(unicodedata.combining, unicodedata.normalize("NFKD", ch)))
