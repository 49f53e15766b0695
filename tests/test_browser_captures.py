"""Two captures of one page in a real browser: the article lists the earlier capture and the
page that shows what changed marks the words removed and added (Debian's chromium)."""
from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from tests.helpers_es import import_paths
from tests.live_server import serve
from tests.test_browser import browser, page  # noqa: F401  (the module's fixtures)
from tests.test_captures import EARLY, FIRST, LATE, SECOND, URL, capture, crawl


@pytest.fixture
def live(app) -> str:
    with serve(app) as url:
        yield url


def test_the_article_links_its_earlier_capture_to_what_changed(
        page: Page, live, es, alias, tmp_path) -> None:  # noqa: F811
    import_paths(es, alias, [crawl(tmp_path / "a.warc.gz", capture(SECOND, LATE),
                                   capture(FIRST, EARLY))], tmp_path)
    [hit] = es.search(index=alias, query={"term": {"url": URL}})["hits"]["hits"]
    page.goto(f"{live}/articles/{hit['_id']}?ui=en")
    expect(page.locator(".meta .captured")).to_have_text("captured 2 March 2025")
    earlier = page.locator("section.captures li")
    expect(earlier).to_have_count(1)
    expect(earlier.locator("time")).to_have_text("1 March 2025")
    earlier.get_by_role("link").click()
    expect(page).to_have_url(re.compile(r"/captures/0$"))
    rows = page.locator("table.captures tbody tr")
    # the title, then: one paragraph the same, one changed, one removed, one added
    expect(rows).to_have_count(5)
    changed = page.locator("tr.changed")
    expect(changed.locator("td").nth(0).locator("del")).to_have_text("двохсот")
    expect(changed.locator("td").nth(1).locator("ins")).to_have_text("трьохсот")
    expect(page.locator("tr.removed td").nth(1)).to_have_class(re.compile("absent"))
    expect(page.locator("tr.added td").nth(1)).to_contain_text("велопарковку")
    expect(page.locator("tr.same")).to_have_count(2)  # the title and the first paragraph
    # the struck-out word is visibly different from the text around it
    style = changed.locator("del").evaluate("e => getComputedStyle(e).textDecorationLine")
    assert "line-through" in style
