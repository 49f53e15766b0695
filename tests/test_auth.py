"""Login and CSRF protection around the write actions, on the real app."""
from __future__ import annotations

from tests.conftest import PASSWORD
from tests.helpers_web import csrf_token, log_in


def test_write_pages_need_a_login(client, stories):
    resp = client.get("/review")
    assert resp.status_code == 302 and "/login" in resp.headers["Location"]


def test_wrong_password_is_refused(client):
    resp = log_in(client, "guess")
    assert resp.status_code == 401 and "Wrong user name or password" in resp.get_data(True)


def test_post_without_csrf_token_is_refused(client, stories):
    log_in(client)
    gid = stories["b-en"]["group_id"]
    resp = client.post(f"/groups/{gid}/unlink", data={"article": stories["b-en"]["id"]})
    assert resp.status_code == 400 and "expired" in resp.get_data(True)
    resp = client.post("/login", data={"username": "archivist", "password": PASSWORD})
    assert resp.status_code == 400


def test_unlink_and_link_from_the_compare_page(client, es, alias, stories):
    assert log_in(client).status_code == 302
    gid = stories["b-en"]["group_id"]
    page = client.get(f"/groups/{gid}").get_data(as_text=True)
    assert "Unlink the English version" in page
    token = csrf_token(client, f"/groups/{gid}")
    form = {"article": stories["b-en"]["id"], "csrf_token": token}
    resp = client.post(f"/groups/{gid}/unlink", data=form)
    assert resp.status_code == 302
    assert es.get(index=alias, id=stories["b-en"]["id"])["_source"]["group_method"] == "single"
    new_gid = es.get(index=alias, id=stories["b-uk"]["id"])["_source"]["group_id"]
    resp = client.post(f"/groups/{new_gid}/link", data={
        "article": f"http://localhost/articles/{stories['b-en']['id']}", "csrf_token": token})
    assert resp.status_code == 302
    src = es.get(index=alias, id=stories["b-en"]["id"])["_source"]
    assert src["group_method"] == "manual"
    assert src["group_id"] == es.get(index=alias, id=stories["b-uk"]["id"])["_source"]["group_id"]


def test_next_parameter_cannot_leave_the_site(client):
    token = csrf_token(client)
    resp = client.post("/login?next=//evil.example/x", data={
        "username": "archivist", "password": PASSWORD, "csrf_token": token})
    assert resp.headers["Location"] == "/"


def test_generated_password_is_kept_private(tmp_path, es_config):
    import os
    import stat

    from webui import create_app
    app = create_app({"TESTING": True, "DATA_DIR": str(tmp_path), **es_config}, environ={})
    client = app.test_client()
    token = csrf_token(client)
    client.post("/login", data={"username": "archivist", "password": "x", "csrf_token": token})
    path = tmp_path / "admin-password"
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert log_in(client, path.read_text().strip()).status_code == 302
