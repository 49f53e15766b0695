"""Language codes: the one table of how sources write uk/en/ru, and what else they declare."""
from __future__ import annotations

import pytest

from archive.languages import LANGS, language_tag, normalise_lang


@pytest.mark.parametrize("code,expected", [
    ("ua", "uk"), ("UA", "uk"), ("uk", "uk"), ("uk-UA", "uk"), ("uk_UA", "uk"), ("ukr", "uk"),
    ("ukrainian", "uk"), ("Ukrainian", "uk"), (" ua ", "uk"), ("ua-UA", "uk"),
    ("ru", "ru"), ("ru-RU", "ru"), ("RU", "ru"), ("rus", "ru"), ("russian", "ru"),
    ("ru-UA", "ru"),
    ("en", "en"), ("en-GB", "en"), ("en-US", "en"), ("eng", "en"), ("English", "en"),
    ("de", None), ("pl-PL", None), ("be", None), ("", None), (None, None), ("und", None),
    ("x-default", None),
])
def test_normalise_lang(code, expected):
    assert normalise_lang(code) == expected


@pytest.mark.parametrize("code,expected", [
    ("ua", "uk"), ("uk-UA", "uk"), ("Ukrainian", "uk"), ("RU", "ru"), ("en_GB", "en"),
    ("de-AT", "de"), ("pl", "pl"), ("be-BY", "be"), ("sr-Cyrl", "sr"), ("x-default", "x"),
    ("", None), ("  ", None), (None, None),
])
def test_language_tag_keeps_every_language_it_is_given(code, expected):
    assert language_tag(code) == expected


def test_our_languages_are_their_own_tags():
    assert all(language_tag(lang) == normalise_lang(lang) == lang for lang in LANGS)
