"""Signing in through the real login form of a Flask test client: one place for the CSRF
token's markup and the archivist's credentials."""
from __future__ import annotations

import re

from tests.conftest import PASSWORD

_TOKEN = re.compile(r'name="csrf_token" value="([^"]+)"')


def csrf_token(client, url: str = "/login") -> str:
    """The CSRF token of the form on the page at ``url``."""
    return _TOKEN.search(client.get(url).get_data(as_text=True)).group(1)


def log_in(client, password: str = PASSWORD):
    """Post the login form as the archivist; the response (302 on success)."""
    return client.post("/login", data={"username": "archivist", "password": password,
                                       "csrf_token": csrf_token(client)})


def logged_in(client) -> None:
    """Log in as the archivist, and fail the test unless that worked."""
    assert log_in(client).status_code == 302
