"""The web pages and the JSON API, on the real app and node."""
from __future__ import annotations

import json
import re

import pytest

from indexer.alignment import aligner
from tests.helpers_es import DATA, import_paths
from webui import create_app


@pytest.fixture
def loaded(es, alias, tmp_path):
    import_paths(es, alias, [DATA / "stories.jsonl"], tmp_path)
    return alias


def test_search_page_groups_versions(client, loaded):
    page = client.get("/?q=пором").get_data(as_text=True)
    assert "1 story (" in page
    assert page.count('class="badge present"') == 3
    assert "<mark>" in page and "compare 3 versions" in page


def test_empty_search_page_explains(client, loaded):
    page = client.get("/").get_data(as_text=True)
    assert "Type a word" in page
    page = client.get("/?q=zzzqqq").get_data(as_text=True)
    assert "Nothing found" in page


def test_api_search_and_group_and_article(client, loaded):
    data = client.get("/api/search?q=ferry&lang=en").get_json()
    assert data["total_stories"] == 1
    story = data["stories"][0]
    assert [v["lang"] for v in story["versions"]] == ["uk", "en", "ru"]
    group = client.get(f"/api/groups/{story['group_id']}").get_json()
    assert group["langs"] == ["uk", "en", "ru"]
    art = client.get(f"/api/articles/{story['best']['id']}").get_json()
    assert art["lang"] == "en" and art["paragraphs"]


def test_article_and_compare_pages(client, loaded):
    story = client.get("/api/search?q=ferry").get_json()["stories"][0]
    page = client.get(f"/articles/{story['best']['id']}").get_data(as_text=True)
    assert "Ferry crossing on the Dnipro" in page and "compare versions" in page
    page = client.get(f"/groups/{story['group_id']}").get_data(as_text=True)
    assert "3 versions of one story" in page
    for title in ("Поромна переправа", "Ferry crossing", "Паромная переправа"):
        assert title in page


@pytest.mark.parametrize("url,status", [
    ("/articles/nope", 404), ("/groups/g-nope", 404), ("/api/articles/nope", 404),
    ("/api/groups/g-nope", 404), ("/?q=x&lang=xx", 400), ("/api/search?q=x&page=0", 400),
    ("/api/search?q=x&page=abc", 400), ("/api/search?q=x&page=100000", 400),
    ("/api/search?q=x&sort=colour", 400), ("/api/search?q=" + "x" * 501, 400),
])
def test_bad_requests_get_clear_errors(client, loaded, url, status):
    resp = client.get(url)
    assert resp.status_code == status
    if url.startswith("/api/"):
        assert resp.get_json()["error"]["message"]
    else:
        assert "Back to search" in resp.get_data(as_text=True)


def test_ua_is_accepted_as_uk(client, loaded):
    data = client.get("/api/search?q=пором&lang=ua").get_json()
    assert data["lang"] == "uk" and data["total_stories"] == 1


def test_stored_markup_is_escaped(client, es, alias, tmp_path):
    payload = '<script>alert("x")</script>'
    path = tmp_path / "xss.jsonl"
    path.write_text(json.dumps({"id": "x", "lang": "en", "title": payload + " market",
                                "text": payload + " fresh market news"}) + "\n")
    import_paths(es, alias, [path], tmp_path)
    for url in ("/?q=market", "/?q=" + payload):
        page = client.get(url).get_data(as_text=True)
        assert "<script>alert" not in page
    assert "&lt;script&gt;alert" in client.get("/?q=market").get_data(as_text=True)


def test_elasticsearch_down_is_a_503(tmp_path):
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    app = create_app({"TESTING": True, "DATA_DIR": str(tmp_path), "ES_TIMEOUT": 2,
                      "ES_URL": f"http://127.0.0.1:{port}"}, environ={})
    client = app.test_client()
    resp = client.get("/?q=x")
    assert resp.status_code == 503 and "not reachable" in resp.get_data(as_text=True)
    assert client.get("/api/search?q=x").get_json()["error"]["status"] == 503


def test_managed_node_down_is_a_503(tmp_path):
    app = create_app({"TESTING": True, "DATA_DIR": str(tmp_path)}, environ={})
    resp = app.test_client().get("/api/search?q=x")
    assert resp.status_code == 503


@pytest.mark.parametrize("url", ["/?q=ракета", "/api/search?q=ракета", "/?browse=1"])
def test_an_archive_with_nothing_imported_says_so(client, url):
    # the app's alias has no index behind it yet: a new archive, not a server error
    resp = client.get(url)
    assert resp.status_code == 404
    text = resp.get_data(as_text=True)
    assert "nothing has been imported" in text and "trimova import" in text


def test_raw_utf8_in_the_url_is_understood(client, loaded):
    # what `curl '127.0.0.1:5000/api/search?q=пором'` sends: UTF-8 bytes, not %-escapes
    raw = "q=пором".encode("utf-8").decode("latin-1")
    data = client.get("/api/search", environ_overrides={"QUERY_STRING": raw}).get_json()
    assert data["query"] == "пором" and data["total_stories"] == 1


@pytest.mark.parametrize("url,status", [
    ("/api/search?from=2025-13-01", 400), ("/api/search?from=2025-06-01&to=2025-01-01", 400),
    ("/api/search?missing=fr", 400), ("/api/search?source=" + "s" * 201, 400),
    ("/api/search?missing=ua", 200), ("/api/search?from=2025-01-01&to=2025-12-31", 200),
])
def test_filter_arguments_are_checked(client, loaded, url, status):
    assert client.get(url).status_code == status


def test_api_search_reports_filters_and_facets(client, loaded):
    data = client.get("/api/search?missing=en&source=river-post.example").get_json()
    assert data["missing"] == "en" and data["source"] == "river-post.example"
    assert [s["best"]["lang"] for s in data["stories"]] == ["uk"]
    assert set(data["facets"]) == {"lang", "source", "author", "year"}


# --- one handler per resource: the page and its /api/ twin -----------------------------------

def _article_links(html: str, before: str) -> list[str]:
    """The ids of the /articles/<id> links that follow ``before`` (a regex) in the page."""
    return re.findall(before + r'<a[^>]* href="/articles/([^"?]+)"', html)


@pytest.mark.parametrize("query", ["q=пором", "q=ferry&lang=en", "browse=1&sort=date",
                                   "browse=1&missing=en&sort=relevance"])
def test_search_page_and_api_name_the_same_stories(client, stories, query):
    page = client.get(f"/?{query}").get_data(as_text=True)
    data = client.get(f"/api/search?{query}").get_json()
    listed = _article_links(page, r'<h2 lang="\w+">')
    assert listed and listed == [s["best"]["id"] for s in data["stories"]]


def test_article_page_and_api_show_the_same_article(client, stories):
    doc = stories["b-en"]
    page = client.get(f"/articles/{doc['id']}").get_data(as_text=True)
    data = client.get(f"/api/articles/{doc['id']}").get_json()
    assert data["id"] == doc["id"] and f'<h1 lang="en">{data["title"]}</h1>' in page
    group = client.get(f"/api/groups/{data['group_id']}").get_json()
    badges = _article_links(page, r'(?=<a class="badge present")')
    assert sorted(badges) == sorted(v["id"] for v in group["versions"])


def test_story_page_and_api_show_the_same_versions_and_rows(client, stories):
    gid = stories["a-en"]["group_id"]
    page = client.get(f"/groups/{gid}").get_data(as_text=True)
    group = client.get(f"/api/groups/{gid}").get_json()
    comparison = client.get(f"/api/groups/{gid}/compare").get_json()
    columns = _article_links(page, r'<th scope="col">.*?</span> ')
    assert columns == [v["id"] for v in group["versions"]] == [
        v["id"] for v in comparison["versions"]]
    assert page.count('<tr class="') == len(comparison["rows"]) > 0


@pytest.mark.parametrize("url", ["/groups/{}", "/api/groups/{}", "/api/groups/{}/compare"])
def test_a_moved_story_redirects_to_the_same_format(client, es, alias, stories, url):
    old = stories["c-uk"]["group_id"]
    aligner.link(es, alias, stories["d-ru"]["id"], stories["c-uk"]["id"], by="test")
    new = es.get(index=alias, id=stories["c-uk"]["id"])["_source"]["group_id"]
    assert new != old
    resp = client.get(url.format(old))
    assert resp.status_code == 301 and resp.headers["Location"] == url.format(new)
    assert client.get(resp.headers["Location"]).status_code == 200


@pytest.mark.parametrize("root", ["", "/archive"])
def test_result_links_are_the_addresses_url_for_builds(app, root):
    """The search page fills ids into one address per request: the same as url_for's,
    behind a path prefix too and for ids that need quoting."""
    from flask import url_for

    from webui.template_helpers import article_url, story_url
    with app.test_request_context("/", base_url=f"http://archive.test{root}"):
        for value in ("3f2a9c0d", "ї і", "a?b&c#d", "%41", "trimova-id-here"):
            assert article_url(value) == url_for("pages.article", doc_id=value)
            assert story_url(value) == url_for("pages.compare", group_id=value)
        assert article_url("x").startswith(f"{root}/articles/")
