"""The API description at /api/ names every /api/ route the app has, and nothing else."""
from __future__ import annotations

import re


def _routes(app) -> set[str]:
    """Every /api/ rule, written the OpenAPI way (``<name>`` → ``{name}``)."""
    return {re.sub(r"<(?:[^:>]+:)?([^>]+)>", r"{\1}", rule.rule)
            for rule in app.url_map.iter_rules() if rule.rule.startswith("/api/")}


def test_every_api_route_is_described_and_nothing_else(app, client):
    spec = client.get("/api/").get_json()
    assert spec["openapi"].startswith("3.")
    assert set(spec["paths"]) == _routes(app)


def test_described_parameters_match_the_routes(client):
    spec = client.get("/api/").get_json()
    for path, item in spec["paths"].items():
        in_path = {p["name"] for op in item.values() for p in op.get("parameters", [])
                   if p["in"] == "path"}
        assert in_path == set(re.findall(r"{(\w+)}", path)), path
    search = {p["name"]: p for p in spec["paths"]["/api/search"]["get"]["parameters"]}
    assert search["size"]["schema"]["maximum"] == 100
    assert set(search["sort"]["schema"]["enum"]) == {"relevance", "date", "oldest"}
