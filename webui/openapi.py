"""The JSON API described as OpenAPI 3, served at ``/api/``.

Written by hand so that it says what the routes mean; ``tests/test_openapi.py`` checks that
every ``/api/`` route the app registers is described here, and nothing else.
"""
from __future__ import annotations

from typing import Any

from flask import Blueprint, jsonify

from indexer.search.stories import SORTS
from indexer.store.export import COLUMNS, FORMATS
from indexer.store.schema import LANGS

from .params import MAX_QUERY, MAX_RESULTS, MAX_SIZE

bp = Blueprint("api", __name__)


def _param(name: str, description: str, schema: dict, where: str = "query") -> dict:
    return {"name": name, "in": where, "required": where == "path", "description": description,
            "schema": schema}


def _json(description: str, ref: str = "Object") -> dict:
    return {"description": description,
            "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{ref}"}}}}


ERRORS = {"400": _json("A bad argument; the message says what to change.", "Error"),
          "503": _json("Elasticsearch is not reachable.", "Error")}
NOT_FOUND = {"404": _json("No such article or story.", "Error")}
_LANG = {"type": "string", "enum": list(LANGS)}
_DAY = {"type": "string", "format": "date"}
FILTERS = [
    _param("q", f"Words in any of the three languages (at most {MAX_QUERY} characters); "
           "operators (\"phrase\", -word, a | b, prefix*) are allowed.", {"type": "string"}),
    _param("lang", "Only articles in this language (`ua` is taken as `uk`).", _LANG),
    _param("missing", "Only stories with no version in this language.", _LANG),
    _param("source", "Only this source.", {"type": "string"}),
    _param("author", "Only this author.", {"type": "string"}),
    _param("from", "Published on or after this day.", _DAY),
    _param("to", "Published on or before this day.", _DAY),
    _param("sort", "`relevance`, `date` (newest first) or `oldest` (oldest first).",
           {"type": "string", "enum": list(SORTS), "default": "relevance"}),
]
DOC_ID = _param("doc_id", "An article's id.", {"type": "string"}, "path")
GROUP_ID = _param("group_id", "A story's id (an old id answers 301 with the new address).",
                  {"type": "string"}, "path")


def _paths() -> dict[str, Any]:
    return {
        "/api/": {"get": {"summary": "This description of the API.",
                          "responses": {"200": _json("OpenAPI 3 document.")}}},
        "/api/search": {"get": {
            "summary": "One page of stories matching the search, each with its versions, "
                       "plus counts and facets.",
            "parameters": [*FILTERS,
                           _param("page", f"Page number from 1 (page × size at most "
                                  f"{MAX_RESULTS}).", {"type": "integer", "minimum": 1}),
                           _param("size", f"Stories per page, 1 to {MAX_SIZE} (400 above); the "
                                  "default is the PAGE_SIZE setting.",
                                  {"type": "integer", "minimum": 1, "maximum": MAX_SIZE})],
            "responses": {"200": _json("Stories, totals and facets.", "SearchResult"),
                          **ERRORS}}},
        "/api/search/export": {"get": {
            "summary": "Every article matching the search (word matches, no limit), streamed.",
            "parameters": [*FILTERS,
                           _param("format", "`jsonl` (one JSON object a line) or `csv` (with a "
                                  "header row).", {"type": "string", "enum": list(FORMATS),
                                                   "default": "jsonl"})],
            "responses": {"200": {"description": "Rows with the columns " + ", ".join(COLUMNS)
                                  + " (in CSV, translations are joined with `|`).",
                                  "content": {"application/x-ndjson": {}, "text/csv": {}}},
                          **ERRORS}}},
        "/api/articles/{doc_id}": {"get": {
            "summary": "One article's fields.", "parameters": [DOC_ID],
            "responses": {"200": _json("The article."), **NOT_FOUND, **ERRORS}}},
        "/api/groups/{group_id}": {"get": {
            "summary": "Every version of one story, and its other editions.",
            "parameters": [GROUP_ID],
            "responses": {"200": _json("group_id, langs, versions, editions."),
                          "301": {"description": "The story's id changed; see Location."},
                          **NOT_FOUND, **ERRORS}}},
        "/api/groups/{group_id}/compare": {"get": {
            "summary": "The versions' paragraphs aligned row by row, with what each leaves "
                       "out.", "parameters": [GROUP_ID],
            "responses": {"200": _json("langs, rows, paragraphs, present_only."),
                          "301": {"description": "The story's id changed; see Location."},
                          **NOT_FOUND, **ERRORS}}},
        "/api/articles/{doc_id}/captures/{n}": {"get": {
            "summary": "An earlier capture of the article (n, 0 the oldest kept) compared "
                       "paragraph by paragraph with the next later one, or with capture "
                       "`to`; words removed and added are marked.",
            "parameters": [DOC_ID,
                           _param("n", "The earlier capture's number.", {"type": "integer"},
                                  "path"),
                           _param("to", "A later capture's number (default: the next one; "
                                  "the article itself after the last).",
                                  {"type": "integer"}, "query")],
            "responses": {"200": _json("id, from, to and the aligned rows."), **NOT_FOUND,
                          **ERRORS}}},
        "/api/imports/{import_id}": {"get": {
            "summary": "One web import's status (logged-in archivists only).",
            "parameters": [_param("import_id", "The import's id.", {"type": "string"},
                                  "path")],
            "responses": {"200": _json("The import's status record."),
                          "401": _json("Not logged in.", "Error"), **NOT_FOUND}}},
    }


def spec() -> dict[str, Any]:
    """The OpenAPI 3 document of the JSON API."""
    return {
        "openapi": "3.0.3",
        "info": {"title": "trimova", "version": "1",
                 "description": "A trilingual (uk/en/ru) news archive. Answers are JSON in "
                                "English; errors are {\"error\": {status, title, message}}."},
        "paths": _paths(),
        "components": {"schemas": {
            "Object": {"type": "object"},
            "SearchResult": {"type": "object", "properties": {
                "total_stories": {"type": "integer"}, "total_articles": {"type": "integer"},
                "page": {"type": "integer"}, "size": {"type": "integer"},
                "stories": {"type": "array", "items": {"type": "object"}},
                "facets": {"type": "object"}}},
            "Error": {"type": "object", "properties": {"error": {"type": "object", "properties": {
                "status": {"type": "integer"}, "title": {"type": "string"},
                "message": {"type": "string"}}}}}}},
    }


@bp.route("/api/")
def describe():
    """The API's OpenAPI 3 description."""
    return jsonify(spec())
