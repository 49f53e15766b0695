"""What issue 12 changed that a person sees, in Debian's chromium (Playwright), at 1280 and
390 px and in the three interface languages: the review queue, the compare page's headers
on a phone, the citation block, page numbers, oldest first, the export, error pages."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright

from tests.conftest import PASSWORD
from tests.helpers_es import DATA, import_paths
from tests.live_server import serve
from tests.review_data import load_pairs
from webui import create_app

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync"]
WIDE = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
UIS = ("uk", "en", "ru")
#: what each interface says (a piece of the translated text)
SAYS = {
    "apart": {"uk": "різні сюжети", "en": "different stories", "ru": "разные сюжеты"},
    "kept": {"uk": "Залишено окремо", "en": "Kept apart", "ru": "Оставлено раздельно"},
    "undo": {"uk": "Скасувати", "en": "Undo", "ru": "Отменить"},
    "undone": {"uk": "знову чекає на рішення", "en": "open for review again",
               "ru": "снова ждёт решения"},
    "count": {"uk": "1–3 з 3 пропозицій", "en": "1–3 of 3 suggestions",
              "ru": "1–3 из 3 предложений"},
    "cite": {"uk": "Як цитувати цю статтю", "en": "Cite this article",
             "ru": "Как цитировать эту статью"},
    "oldest": {"uk": "спершу давніші", "en": "oldest first", "ru": "сначала старые"},
}

#: each interface language on a phone, and English on a desktop screen
SIZES = [pytest.param(ui, PHONE, id=f"{ui}-390") for ui in UIS] + [
    pytest.param("en", WIDE, id="en-1280")]

expect.set_options(timeout=10_000)


@pytest.fixture(scope="module")
def browser() -> Browser:
    """Debian's chromium, headless (never a downloaded one)."""
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: apt-get install chromium", pytrace=False)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def _page(browser: Browser, viewport: dict) -> Page:
    context = browser.new_context(viewport=viewport, locale="en-US", accept_downloads=True)
    context.set_default_timeout(10_000)
    return context.new_page()


@pytest.fixture
def small_pages_app(es_config, alias, tmp_path):
    """The real app with two stories a page, so a few stories make several pages."""
    return create_app({"TESTING": True, "INDEX": alias, "DATA_DIR": str(tmp_path),
                       "SECRET_KEY": "test", "ADMIN_PASSWORD": PASSWORD, "PAGE_SIZE": 2,
                       **es_config}, environ={})


@pytest.fixture
def live(small_pages_app) -> str:
    with serve(small_pages_app) as url:
        yield url


def _login(page: Page, live: str, ui: str) -> None:
    page.goto(f"{live}/login?ui={ui}")
    page.locator("#username").fill("archivist")
    page.locator("#password").fill(PASSWORD)
    with page.expect_navigation():
        page.locator("form button[type=submit]").last.click()


def _within(page: Page, locator) -> None:
    """The element is on screen horizontally: a person can reach it without scrolling."""
    box = locator.bounding_box()
    width = page.viewport_size["width"]
    assert box and box["x"] >= 0 and box["x"] + box["width"] <= width, (box, width)


@pytest.mark.parametrize("ui, viewport", SIZES)
def test_review_decision_is_confirmed_in_place_and_undone(browser, live, es, alias, tmp_path,
                                                          ui, viewport):
    load_pairs(es, alias, tmp_path, 3)
    page = _page(browser, viewport)
    _login(page, live, ui)
    page.goto(f"{live}/review")
    expect(page.locator("p.count")).to_contain_text(SAYS["count"][ui])
    rows = page.locator("ol.review > li")
    expect(rows).to_have_count(3)
    second = rows.nth(1)
    apart = second.get_by_role("button", name=SAYS["apart"][ui])
    _within(page, apart)
    _within(page, second.locator("button[value=link]"))
    assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
    url = page.url
    apart.click()
    expect(second.locator(".outcome")).to_contain_text(SAYS["kept"][ui])
    assert page.url == url  # in place: no new page
    expect(rows).to_have_count(3)
    undo = second.get_by_role("button", name=SAYS["undo"][ui])
    _within(page, undo)
    undo.click()
    expect(second.locator(".outcome")).to_contain_text(SAYS["undone"][ui])
    expect(second.locator("button[value=apart]")).to_be_visible()
    page.context.close()


@pytest.fixture
def stories(es, alias, tmp_path) -> None:
    import_paths(es, alias, [DATA / "stories.jsonl"], tmp_path)


@pytest.mark.parametrize("ui", UIS)
def test_compare_keeps_each_versions_header_on_a_phone(browser, live, stories, ui):
    page = _page(browser, PHONE)
    page.goto(f"{live}/?q=drill&ui={ui}")
    page.locator("li.story a.compare").click()
    expect(page).to_have_url(re.compile(r"/groups/"))
    headers = page.locator("table.compare thead th")
    expect(headers).to_have_count(3)
    for i in range(3):
        link = headers.nth(i).locator("a")
        expect(link).to_be_visible()
        _within(page, link)
        expect(headers.nth(i).locator("time")).to_be_visible()
    expect(headers.nth(0).locator(".meta span")).to_be_visible()  # the author
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    page.context.close()


@pytest.mark.parametrize("ui, viewport", SIZES)
def test_citation_block(browser, live, stories, ui, viewport):
    page = _page(browser, viewport)
    page.goto(f"{live}/?q=ferry&ui={ui}")
    page.locator("li.story h2 a").click()
    block = page.locator("section.citation")
    expect(block.locator("h2")).to_have_text(SAYS["cite"][ui])
    permalink = block.locator("a.permalink")
    expect(permalink).to_have_text(page.url)
    for part in ("a.source-url", "time.imported", "code.archive-id"):
        expect(block.locator(part)).to_be_visible()
        _within(page, block.locator(part))
    page.context.close()


@pytest.mark.parametrize("ui, viewport", SIZES)
def test_page_numbers_oldest_first_and_export(browser, live, stories, ui, viewport):
    page = _page(browser, viewport)
    page.goto(f"{live}/?browse=1&ui={ui}")
    page.locator("select#sort").select_option("oldest")
    expect(page.locator("select#sort option:checked")).to_have_text(SAYS["oldest"][ui])
    with page.expect_navigation():
        page.locator("form.search button[type=submit]").click()
    days = page.locator("li.story time").evaluate_all("ts => ts.map(t => t.dateTime)")
    assert days == sorted(days) and len(days) == 2
    numbers = page.locator("nav.pages ol a")
    expect(numbers).to_have_count(2)  # four stories, two a page
    _within(page, numbers.nth(1))
    numbers.nth(1).click()
    expect(page).to_have_url(re.compile(r"page=2"))
    expect(page.locator("nav.pages a[aria-current=page]")).to_contain_text("2")
    assert re.search(r"sort=oldest", page.url)
    with page.expect_download() as info:
        page.locator("p.export a").nth(1).click()
    lines = Path(info.value.path()).read_text(encoding="utf-8").splitlines()
    assert len(lines) == 8 and all(json.loads(x)["id"] for x in lines)
    page.context.close()


@pytest.mark.parametrize("ui", UIS)
def test_error_page_keeps_the_search_form(browser, live, stories, ui):
    page = _page(browser, PHONE)
    response = page.goto(f"{live}/articles/no-such-article?ui={ui}")
    assert response.status == 404
    box = page.locator("form[role=search] input[name=q]")
    expect(box).to_be_visible()
    box.fill("ferry")
    with page.expect_navigation():
        box.press("Enter")
    expect(page.locator("li.story")).to_have_count(1)
    expect(page.locator("h1")).to_have_count(1)
    page.context.close()
