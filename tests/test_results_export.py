"""Exporting a search's whole result set, and ``size`` on /api/search."""
from __future__ import annotations

import csv
import io
import json
import re
from datetime import date, timedelta

import pytest

from indexer.search.results_export import iter_matches
from indexer.search.stories import Filters
from tests.helpers_es import import_paths

STORIES = 120  # each in uk, en and ru: 360 articles


def _lighthouses(path) -> None:
    """Our own small stories: repairs of numbered lighthouses, one a day, in three languages."""
    start = date(2024, 1, 1)
    texts = {
        "uk": ("Маяк номер {i} відремонтують до осені",
               "Ремонт маяка номер {i} на узбережжі оцінили у {n} гривень. Роботи почнуться "
               "після зимових штормів."),
        "en": ("Lighthouse number {i} to be repaired by autumn",
               "Repairs to lighthouse number {i} on the coast are estimated at {n} hryvnias. "
               "Work will start after the winter storms."),
        "ru": ("Маяк номер {i} отремонтируют к осени",
               "Ремонт маяка номер {i} на побережье оценили в {n} гривен. Работы начнутся "
               "после зимних штормов."),
    }
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(STORIES):
            day = (start + timedelta(days=i)).isoformat()
            ids = {lang: f"lh-{i}-{lang}" for lang in texts}
            for lang, (title, body) in texts.items():
                fh.write(json.dumps({
                    "id": ids[lang], "lang": lang, "source": "coast.example",
                    "url": f"https://coast.example/{lang}/{i}", "published": day,
                    "title": title.format(i=i), "text": body.format(i=i, n=1000 + i),
                    "translations": [x for k, x in ids.items() if k != lang]},
                    ensure_ascii=False) + "\n")


@pytest.fixture
def lighthouses(es, alias, tmp_path):
    path = tmp_path / "lighthouses.jsonl"
    _lighthouses(path)
    import_paths(es, alias, [path], tmp_path)
    return alias


def test_export_pages_through_every_match(es, lighthouses):
    rows = list(iter_matches(es, lighthouses, "", batch=37))
    assert len(rows) == 3 * STORIES == len({r["id"] for r in rows})
    english = list(iter_matches(es, lighthouses, "lighthouse", batch=37))
    assert len(english) == STORIES and {r["lang"] for r in english} == {"en"}
    oldest = list(iter_matches(es, lighthouses, "", filters=Filters(lang="uk"), sort="oldest",
                               batch=25))
    days = [r["published"][:10] for r in oldest]
    assert len(days) == STORIES and days == sorted(days)


def test_export_endpoint_streams_csv_and_jsonl(client, lighthouses):
    resp = client.get("/api/search/export?format=jsonl&lang=ru")
    assert resp.status_code == 200 and resp.is_streamed
    assert resp.headers["Content-Disposition"].startswith("attachment")
    lines = resp.get_data(as_text=True).splitlines()
    assert len(lines) == STORIES and all(json.loads(x)["lang"] == "ru" for x in lines)
    resp = client.get("/api/search/export?format=csv&q=маяк&sort=date")
    rows = list(csv.DictReader(io.StringIO(resp.get_data(as_text=True))))
    assert resp.mimetype == "text/csv" and len(rows) == 2 * STORIES  # uk and ru say "маяк"
    assert rows[0]["published"] >= rows[-1]["published"]
    assert rows[0]["text"] and rows[0]["group_id"]


def test_export_refuses_an_unknown_format(client, lighthouses):
    resp = client.get("/api/search/export?format=xlsx")
    assert resp.status_code == 400 and "jsonl, csv" in resp.get_json()["error"]["message"]


def test_search_page_links_to_the_export_of_its_search(client, lighthouses):
    page = client.get("/?q=lighthouse&lang=en&page=2").get_data(as_text=True)
    assert "/api/search/export?q=lighthouse&amp;lang=en&amp;format=csv" in page
    assert "page=2&amp;format" not in page


@pytest.mark.parametrize("size, stories", [("5", 5), ("100", 100), ("", 10)])
def test_api_search_honours_size(client, lighthouses, size, stories):
    data = client.get(f"/api/search?q=&size={size}").get_json()
    assert len(data["stories"]) == stories and data["size"] == stories


@pytest.mark.parametrize("size", ["101", "0", "-1", "ten"])
def test_api_search_refuses_a_size_out_of_range(client, lighthouses, size):
    resp = client.get(f"/api/search?size={size}")
    assert resp.status_code == 400
    assert "from 1 to 100" in resp.get_json()["error"]["message"]


def test_oldest_first_and_page_numbers_on_the_search_page(client, lighthouses):
    data = client.get("/api/search?q=lighthouse&sort=oldest&size=3").get_json()
    assert [s["best"]["published"][:10] for s in data["stories"]] == [
        "2024-01-01", "2024-01-02", "2024-01-03"]
    page = client.get("/?q=lighthouse&sort=oldest&page=5").get_data(as_text=True)
    assert 'value="oldest" selected' in page
    numbers = [int(n) for n in re.findall(
        r'page=(\d+)"[^>]*>(?:<span[^>]*>[^<]*</span>)?\d+</a>', page)]
    assert numbers == [1, 3, 4, 5, 6, 7, 12]
    assert 'aria-current="page"' in page
