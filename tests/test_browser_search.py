"""What a reader sees of the search's routes, filters and facets, in a real browser, in each
interface language: "did you mean", marked transliteration hits, the "another alphabet"
note only when true, the language filter's label, one author entry per person, the
undated bucket and the count a date range leaves out.
"""
from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from tests import test_browser

# the browser module's fixtures: one chromium per module, the live app, the story fixture
browser, page, live, stories = (test_browser.browser, test_browser.page, test_browser.live,
                                test_browser.stories)

#: the interface's own words, per interface language (the catalogues' translations)
UI = {
    "en": {"did": "Did you mean:", "other": "spelt in another alphabet",
           "spelling": "another spelling of a name", "with_en": "with an English version",
           "undated": "Undated", "undated_only": "undated only",
           "left_out": "leave out 1 story without a date"},
    "uk": {"did": "Можливо, ви мали на увазі:", "other": "записано іншою абеткою",
           "spelling": "інше написання імені", "with_en": "з англійською версією",
           "undated": "Без дати", "undated_only": "лише без дати",
           "left_out": "лишає поза результатами 1 сюжет без дати"},
    "ru": {"did": "Возможно, вы имели в виду:", "other": "записаны другим алфавитом",
           "spelling": "другое написание имени", "with_en": "с английской версией",
           "undated": "Без даты", "undated_only": "только без даты",
           "left_out": "оставляет за пределами результатов 1 сюжет без даты"},
}
LANGS = pytest.mark.parametrize("ui", list(UI))


def open_search(page: Page, live: str, ui: str, query: str) -> None:
    page.goto(f"{live}/?ui={ui}&{query}")
    expect(page.locator("html")).to_have_attribute("lang", ui)


@LANGS
def test_did_you_mean_offers_the_archives_spelling(page, live, stories, ui):
    open_search(page, live, ui, "q=pasengers")
    offer = page.locator("p.did-you-mean")
    expect(offer).to_contain_text(UI[ui]["did"])
    # the near spelling the results matched is marked in them already
    expect(page.locator("li.story mark").first).to_have_text(re.compile("passengers", re.I))
    offer.get_by_role("link", name="passengers").click()
    expect(page).to_have_url(re.compile(r"[?&]q=passengers"))
    expect(page.locator("p.did-you-mean")).to_have_count(0)
    expect(page.locator("li.story mark").first).to_have_text(re.compile("passengers", re.I))


@LANGS
def test_a_name_in_another_alphabet_is_marked_and_said_so(page, live, stories, ui):
    open_search(page, live, ui, "q=Rudenko")
    story = page.locator("li.story").first
    expect(story.locator("p.via")).to_contain_text(UI[ui]["other"])
    expect(story.locator("p.snippet mark")).to_have_text(["Руденко"])


@LANGS
def test_the_same_alphabet_is_not_called_another(page, live, stories, ui):
    open_search(page, live, ui, "q=Руденка")
    story = page.locator("li.story").first
    expect(story.locator("p.snippet mark").first).to_have_text("Руденко")
    expect(story.locator("p.via")).not_to_contain_text(UI[ui]["other"])
    expect(story.locator("p.via")).to_contain_text(UI[ui]["spelling"])


@LANGS
def test_the_language_filter_shows_what_its_label_says(page, live, stories, ui):
    open_search(page, live, ui, "q=ракети&lang=en")
    label = UI[ui]["with_en"]
    expect(page.locator(".active-filters .chip")).to_contain_text(label)
    expect(page.locator("#lang option[value=en]")).to_have_text(label[0].upper() + label[1:])
    facet = page.locator("#facet-lang + ul li[class=on]")
    expect(facet).to_contain_text(label[0].upper() + label[1:])
    story = page.locator("li.story")
    expect(story).to_have_count(1)
    expect(story.locator(".badge.present[lang=en]")).to_have_count(1)


@LANGS
def test_one_author_entry_per_person_and_an_undated_bucket(page, live, stories, ui):
    open_search(page, live, ui, "browse=1")
    authors = page.locator("#facet-author + ul li")
    expect(authors.filter(has_text="Гнатюк")).to_have_count(1)
    expect(authors.filter(has_text="Гнатюк").locator(".n")).to_have_text("3")
    expect(authors.filter(has_text="Hnatiuk")).to_have_count(0)
    undated = page.locator("#facet-year + ul li").filter(has_text=UI[ui]["undated"])
    expect(undated.locator(".n")).to_have_text("3")
    undated.get_by_role("link").click()
    expect(page.locator(".active-filters .chip")).to_contain_text(UI[ui]["undated_only"])
    expect(page.locator("li.story")).to_have_count(1)
    expect(page.locator("li.story h2")).to_contain_text(re.compile("Пором|Ferry|Паром"))


@LANGS
def test_a_date_range_says_what_it_leaves_out(page, live, stories, ui):
    open_search(page, live, ui, "browse=1&from=2025-01-01")
    expect(page.locator("p.left-out")).to_contain_text(UI[ui]["left_out"])
    page.locator("p.left-out a").click()
    expect(page.locator("p.left-out")).to_have_count(0)
    expect(page.locator(".active-filters")).to_have_count(0)
