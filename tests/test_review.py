"""The review queue (best first, paged, true counts, decisions confirmed with undo), linking
by source URL, undoing an unlink, and the small page defects of issue 12."""
from __future__ import annotations

import re

import pytest

from indexer.alignment import overrides
from tests.helpers_web import csrf_token, logged_in
from tests.review_data import load_pairs

PAIRS = 30
FETCH = {"X-Requested-With": "fetch"}


@pytest.fixture
def singles(es, alias, tmp_path) -> list[tuple[str, str]]:
    """PAIRS suggested uk/en pairs, scored 0.28 up to 0.57."""
    return load_pairs(es, alias, tmp_path, PAIRS)


def _scores(page: str) -> list[str]:
    return re.findall(r'<p class="score">score ([\d.]+)</p>', page)


def test_review_lists_the_likeliest_first_with_paging_and_a_total(client, singles):
    logged_in(client)
    first = client.get("/review").get_data(as_text=True)
    assert _scores(first)[:3] == ["0.57", "0.56", "0.55"] and len(_scores(first)) == 25
    assert "1–25 of 30 suggestions" in first
    assert "threshold of 0.55, but at least half of it (0.28)" in first
    assert "just below" not in first
    second = client.get("/review?page=2").get_data(as_text=True)
    assert _scores(second) == ["0.32", "0.31", "0.3", "0.29", "0.28"]
    assert "26–30 of 30 suggestions" in second and 'aria-current="page"' in second
    assert client.get("/review?page=x").status_code == 400


def test_suggestions_settled_since_are_not_counted(client, es, alias, singles):
    a, b = singles[-1]
    logged_in(client)
    token = csrf_token(client, "/review")
    client.post("/review/decide", data={"a": a, "b": b, "decision": "link",
                                        "csrf_token": token})
    overrides.save_suggestions(es, alias, [(0.5, a, b)])  # an old suggestion comes back
    page = client.get("/review").get_data(as_text=True)
    assert "1–25 of 29 suggestions" in page


def test_keeping_apart_is_confirmed_in_place_and_can_be_undone(client, es, alias, singles):
    a, b = singles[0]
    logged_in(client)
    token = csrf_token(client, "/review")
    row = client.post("/review/decide", headers=FETCH, data={
        "a": a, "b": b, "decision": "apart", "csrf_token": token}).get_data(as_text=True)
    assert "Kept apart" in row and 'action="/review/undo"' in row and "<html" not in row
    assert overrides.get_suggestion(es, alias, a, b) is None
    assert frozenset((a, b)) in overrides.load(es, alias).unlinks
    row = client.post("/review/undo", headers=FETCH, data={
        "a": a, "b": b, "decision": "apart", "score": "0.28",
        "csrf_token": token}).get_data(as_text=True)
    assert "open for review again" in row and 'value="link"' in row
    assert not overrides.load(es, alias).unlinks
    assert overrides.get_suggestion(es, alias, a, b)["score"] == pytest.approx(0.28)


def test_linking_without_script_says_what_was_done_and_undo_restores(
        client, es, alias, singles):
    a, b = singles[5]
    logged_in(client)
    token = csrf_token(client, "/review")
    resp = client.post("/review/decide", data={"a": a, "b": b, "decision": "link",
                                               "page": "1", "csrf_token": token})
    assert resp.status_code == 302 and "done=link" in resp.headers["Location"]
    page = client.get(resp.headers["Location"]).get_data(as_text=True)
    assert "Linked: these are now versions of one story." in page and ">Undo<" in page
    assert es.get(index=alias, id=b)["_source"]["group_id"] == es.get(
        index=alias, id=a)["_source"]["group_id"]
    resp = client.post("/review/undo", data={"a": a, "b": b, "decision": "link",
                                             "score": "0.33", "csrf_token": token})
    assert resp.status_code == 302
    assert es.get(index=alias, id=b)["_source"]["group_id"] != es.get(
        index=alias, id=a)["_source"]["group_id"]
    decided = overrides.load(es, alias)
    assert not decided.links and not decided.unlinks
    assert overrides.get_suggestion(es, alias, a, b) is not None


def test_link_by_source_url_and_undo_an_unlink(client, es, alias, stories):
    logged_in(client)
    gid = stories["b-en"]["group_id"]
    en_id = stories["b-en"]["id"]
    token = csrf_token(client, f"/groups/{gid}")
    resp = client.post(f"/groups/{gid}/unlink", data={
        "article": stories["b-en"]["url"], "csrf_token": token})
    assert resp.status_code == 302 and f"unlinked={en_id}" in resp.headers["Location"]
    assert es.get(index=alias, id=en_id)["_source"]["group_method"] == "single"
    page = client.get(resp.headers["Location"]).get_data(as_text=True)
    assert "Unlinked:" in page and "/relink" in page
    new_gid = es.get(index=alias, id=stories["b-uk"]["id"])["_source"]["group_id"]
    resp = client.post(f"/groups/{new_gid}/relink", data={"article": en_id,
                                                          "csrf_token": token})
    assert resp.status_code == 302
    assert es.get(index=alias, id=en_id)["_source"]["group_id"] == es.get(
        index=alias, id=stories["b-uk"]["id"])["_source"]["group_id"]
    # and linking takes the address the article was published at (www. and a slash too)
    client.post(f"/groups/{new_gid}/unlink", data={"article": en_id, "csrf_token": token})
    gid = es.get(index=alias, id=stories["b-uk"]["id"])["_source"]["group_id"]
    url = stories["b-en"]["url"].replace("https://", "https://www.") + "/"
    client.post(f"/groups/{gid}/link", data={"article": url, "csrf_token": token})
    assert es.get(index=alias, id=en_id)["_source"]["group_id"] == gid
    resp = client.post(f"/groups/{gid}/link",
                       data={"article": "https://nowhere.example/x", "csrf_token": token})
    page = client.get(resp.headers["Location"]).get_data(as_text=True)
    assert "No article has the id or address" in page


def test_citation_block(client, stories):
    doc = stories["a-en"]
    page = client.get(f"/articles/{doc['id']}").get_data(as_text=True)
    block = page[page.index('class="citation"'):]
    assert f"http://localhost/articles/{doc['id']}" in block
    assert doc["url"] in block and "12 May 2025" in block
    assert f'datetime="{doc["imported_at"]}"' in block
    assert f'<code class="archive-id">{doc["id"]}</code>' in block


def test_error_pages_keep_the_search_form_and_search_has_an_h1(client, stories):
    page = client.get("/articles/nope?q=пором").get_data(as_text=True)
    assert 'role="search"' in page and 'value="пором"' in page
    assert re.search(r"<h1[^>]*>Search the archive</h1>", client.get("/").get_data(
        as_text=True))


@pytest.mark.parametrize("ui, words", [
    ("en", ["no counterpart in English", "Unlink the English version"]),
    ("uk", ["немає відповідника англійською", "Від’єднати англійську версію"]),
    ("ru", ["нет соответствия на английском", "Отсоединить английскую версию"])])
def test_language_names_not_codes_in_sentences(client, es, alias, stories, ui, words):
    logged_in(client)
    es.update(index=alias, id=stories["b-en"]["id"], refresh=True,
              doc={"paragraphs": stories["b-en"]["paragraphs"][:1]})
    page = client.get(f"/groups/{stories['b-en']['group_id']}?ui={ui}").get_data(as_text=True)
    for w in words:
        assert w in page
    assert not re.search(r"\b(en|uk|ru) (version|версі)", page)


def test_cli_link_and_unlink_take_a_source_url(runner, es, alias, stories):
    from indexer.cli import align_group
    en = stories["b-en"]
    result = runner.invoke(align_group, ["unlink", en["url"]])
    assert result.exit_code == 0 and en["id"] in result.output
    assert es.get(index=alias, id=en["id"])["_source"]["group_method"] == "single"
    result = runner.invoke(align_group, ["link", stories["b-uk"]["url"], en["url"] + "/"])
    assert result.exit_code == 0
    assert es.get(index=alias, id=en["id"])["_source"]["group_method"] == "manual"
    result = runner.invoke(align_group, ["unlink", "https://nowhere.example/1"])
    assert result.exit_code == 1 and "no article has the id or address" in result.output
