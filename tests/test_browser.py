"""The pages in a real browser: Debian's chromium driven by Playwright, against the real app.

One browser for the module, a fresh context and page per test; the app runs on werkzeug's
threaded server on a free 127.0.0.1 port, reading the test cluster. Nothing here skips:
without Playwright the module fails to import, without chromium every test errors, loudly.
Never ``playwright install``: the browser is Debian's (``apt-get install chromium``).
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright

from tests.helpers_es import DATA, import_paths
from tests.live_server import serve

CHROMIUM = "/usr/bin/chromium"
# root needs --no-sandbox; the rest stop chromium calling home on a closed network
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync"]
TIMEOUT_MS = 10_000
WIDE = {"width": 1300, "height": 900}
NARROW = {"width": 400, "height": 900}

IMG = '<img src=x onerror="window.__xss=1">'
SCRIPT = "<script>window.__xss=1</script>"
SVG = "<svg onload=alert(1)>"
PAYLOAD = f"{IMG} {SCRIPT} {SVG}"
FERRY_TITLES = ["Поромна переправа на Дніпрі запрацює навесні",
                "Ferry crossing on the Dnipro to reopen in spring",
                "Паромная переправа на Днепре заработает весной"]
UK_ONLY_LETTERS = re.compile("[іїєґІЇЄҐ]")
CYRILLIC = re.compile("[а-яіїєґ]", re.IGNORECASE)

expect.set_options(timeout=TIMEOUT_MS)


@pytest.fixture(scope="module")
def browser() -> Browser:
    """Debian's chromium, headless, for the whole module."""
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: apt-get install chromium (never `playwright "
                    f"install`)", pytrace=False)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser: Browser) -> Page:
    """A fresh page in its own context (no ``ui`` cookie), wide, asking for English."""
    context = browser.new_context(viewport=WIDE, locale="en-US")
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def live(app) -> str:
    """The base URL of the real app, served while the test runs."""
    with serve(app) as url:
        yield url


@pytest.fixture
def stories(es, alias, tmp_path) -> None:
    """The three-story fixture (uk/en/ru versions plus singles) in the test index."""
    import_paths(es, alias, [DATA / "stories.jsonl"], tmp_path)


def search_for(page: Page, live: str, words: str) -> None:
    """Open the search page, type ``words`` in the box and press Enter."""
    page.goto(live + "/")
    box = page.locator("input#q")
    box.fill(words)
    with page.expect_navigation():
        box.press("Enter")


def open_compare(page: Page, live: str) -> None:
    """Find the ferry story and follow its compare link."""
    search_for(page, live, "поромна")
    page.locator("li.story a.compare").click()
    expect(page).to_have_url(re.compile(r"/groups/"))


def test_search_groups_versions_and_compare_shows_them(page, live, stories):
    search_for(page, live, "поромна")
    expect(page).to_have_url(re.compile(r"[?&]q=%D0%BF%D0%BE%D1%80", re.IGNORECASE))
    story = page.locator("li.story")
    expect(story).to_have_count(1)
    badges = story.locator(".badge.present")
    expect(badges).to_have_count(3)
    assert [badges.nth(i).get_attribute("lang") for i in range(3)] == ["uk", "en", "ru"]
    expect(story.locator("mark").first).to_be_visible()

    story.get_by_role("link", name=re.compile("compare", re.I)).click()
    expect(page).to_have_url(re.compile(r"/groups/"))
    expect(page.locator("table.compare thead th a")).to_have_text(FERRY_TITLES)
    rows = page.locator("table.compare tbody tr")
    expect(rows).to_have_count(3)
    for i in range(3):
        cells = rows.nth(i).locator("td")
        expect(cells).to_have_count(3)
        for j in range(3):
            assert cells.nth(j).locator("p").first.inner_text().strip()


def test_switch_interface_language_to_ukrainian(page, live, stories):
    page.goto(live + "/")
    header = page.locator("header")
    link = header.locator("a[hreflang='uk']").or_(
        header.get_by_role("link", name=re.compile(r"^\s*(uk|Українська)\s*$", re.I)))
    # the page is rendered on the server: the links are there at load or not at all
    assert link.count(), "no ?ui=uk language link (hreflang='uk' / 'Українська') in the header"
    link.first.click()
    page.wait_for_load_state()
    expect(page.locator("html")).to_have_attribute("lang", "uk")
    button = page.locator("form.search button[type=submit]").inner_text()
    assert CYRILLIC.search(button) and "Search" not in button, button
    hint = page.locator("p.hint").inner_text()
    assert UK_ONLY_LETTERS.search(hint) and "Type a word" not in hint, hint


@pytest.fixture
def xss_story(es, alias, tmp_path) -> None:
    """A two-version story whose titles and bodies carry markup meant to run."""
    rows = [{"id": "x-uk", "lang": "uk", "source": "evil.example", "translations": ["x-en"],
             "title": f"Безпека сайту {PAYLOAD} шкідливий код",
             "text": f"Шкідливий код {PAYLOAD} у заголовку статті.\n\nДругий абзац {IMG}."},
            {"id": "x-en", "lang": "en", "source": "evil.example", "translations": ["x-uk"],
             "title": f"Site security {PAYLOAD} malicious code",
             "text": f"Malicious code {PAYLOAD} in a title.\n\nSecond paragraph {SCRIPT}."}]
    path = tmp_path / "xss.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                    encoding="utf-8")
    import_paths(es, alias, [path], tmp_path)


def assert_inert(page: Page, dialogs: list[str]) -> None:
    """Nothing the payload carries ran, and none of it became markup."""
    page.wait_for_load_state("load")
    assert page.evaluate("typeof window.__xss") == "undefined", page.url
    assert dialogs == [], page.url
    assert page.locator("img[src='x'], svg[onload]").count() == 0, page.url
    scripts = page.locator("script").all_text_contents()
    assert not any("__xss" in s for s in scripts), page.url


def test_stored_and_typed_markup_stays_text(page, live, xss_story):
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))

    search_for(page, live, "шкідливий")
    assert_inert(page, dialogs)
    title = page.locator("li.story h2 a")
    expect(title).to_have_count(1)
    expect(title).to_contain_text(PAYLOAD)

    title.click()
    expect(page).to_have_url(re.compile(r"/articles/"))
    assert_inert(page, dialogs)
    expect(page.locator("article h1")).to_contain_text(PAYLOAD)
    expect(page.locator("article p").filter(has_text=IMG).first).to_be_visible()

    page.locator("a.compare").click()
    expect(page).to_have_url(re.compile(r"/groups/"))
    assert_inert(page, dialogs)
    expect(page.locator("table.compare thead th a")).to_have_count(2)
    expect(page.locator("table.compare thead th a").first).to_contain_text(PAYLOAD)
    expect(page.locator("table.compare td p").filter(has_text=SCRIPT).first).to_be_visible()

    search_for(page, live, PAYLOAD)
    assert_inert(page, dialogs)
    expect(page.locator("input#q")).to_have_value(PAYLOAD)
    assert PAYLOAD in page.title()


def cell_boxes(page: Page) -> list[dict]:
    """Display and position of the cells of the compare table's first row."""
    return page.locator("table.compare tbody tr").first.locator("td").evaluate_all(
        "cells => cells.map(c => { const r = c.getBoundingClientRect();"
        " return {display: getComputedStyle(c).display, x: r.x, y: r.y, w: r.width}; })")


def test_compare_columns_stack_on_a_narrow_screen(page, live, stories):
    open_compare(page, live)
    wide = cell_boxes(page)
    assert [c["display"] for c in wide] == ["table-cell"] * 3
    assert len({c["y"] for c in wide}) == 1, wide
    assert wide[0]["x"] < wide[1]["x"] < wide[2]["x"], wide
    expect(page.locator("table.compare")).to_have_class(re.compile(r"\bcols-3\b"))

    page.set_viewport_size(NARROW)
    narrow = cell_boxes(page)
    assert [c["display"] for c in narrow] == ["block"] * 3, narrow
    assert narrow[0]["y"] < narrow[1]["y"] < narrow[2]["y"], narrow
    assert len({round(c["x"]) for c in narrow}) == 1, narrow
    assert all(c["w"] <= NARROW["width"] for c in narrow), narrow
    assert page.evaluate("document.documentElement.scrollWidth") <= NARROW["width"]


def test_search_box_is_reachable_by_keyboard(page, live, stories):
    page.goto(live + "/")
    page.evaluate("document.activeElement && document.activeElement.blur()")
    page.mouse.click(2, 2)  # start from the top of the page, nothing focused
    for _ in range(15):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "q":
            break
    else:
        pytest.fail("Tab never reached the search box")
    page.keyboard.type("ракети")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"[?&]q="))
    expect(page.locator("input#q")).to_have_value("ракети")
    expect(page.locator("li.story h2").first).to_contain_text("Навчання")
