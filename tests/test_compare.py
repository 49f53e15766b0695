"""The side-by-side comparison: paragraphs aligned row by row, discrepancies counted."""
from __future__ import annotations

import json

import pytest

from indexer.comparison.versions import compare_versions
from tests.helpers_es import import_paths

UK = ["У Львові відкрили новий велосипедний маршрут завдовжки 14 кілометрів.",
      "Маршрут з'єднує Сихів із центром міста, розповіла Соломія Гнатів.",
      "На будівництво витратили 38 мільйонів гривень з міського бюджету.",
      "Мешканці Сихова давно просили безпечну доріжку для дітей, які їздять до школи."]
EN = ["Lviv has opened a new cycle route 14 kilometres long.",
      "The route links Sykhiv with the city centre, Solomiia Hnativ said.",
      "Construction cost 38 million hryvnias from the city budget."]
RU = ["Во Львове открыли новый велосипедный маршрут длиной 14 километров.",
      "Маршрут соединяет Сыхов с центром города, рассказала Соломия Гнатив.",
      "На строительство потратили 38 миллионов гривен из городского бюджета.",
      "Жители Сыхова давно просили безопасную дорожку для детей, которые ездят в школу."]


def _versions():
    return [{"id": "u", "lang": "uk", "title": "Велодоріжка", "paragraphs": UK},
            {"id": "e", "lang": "en", "title": "Cycle route", "paragraphs": EN},
            {"id": "r", "lang": "ru", "title": "Велодорожка", "paragraphs": RU}]


def test_a_dropped_paragraph_is_one_row_missing_in_en():
    result = compare_versions(_versions())
    assert result["langs"] == ["uk", "en", "ru"]
    assert len(result["rows"]) == 4
    last = result["rows"][-1]
    assert last["missing"] == ["en"]
    assert [p["index"] for p in last["cells"]["uk"]] == [3]
    assert [p["index"] for p in last["cells"]["ru"]] == [3]
    assert result["present_only"] == {"uk": 1, "en": 0, "ru": 1}
    assert all(not row["missing"] for row in result["rows"][:3])


def test_a_single_version_has_no_discrepancies():
    result = compare_versions(_versions()[:1])
    assert len(result["rows"]) == 4 and result["present_only"] == {}


@pytest.fixture
def group_id(es, alias, tmp_path):
    rows = [{"id": v["id"], "lang": v["lang"], "title": v["title"],
             "text": "\n\n".join(v["paragraphs"]), "source": "velo.example",
             "translations": ["u", "e", "r"]} for v in _versions()]
    path = tmp_path / "velo.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n")
    import_paths(es, alias, [path], tmp_path)
    return es.search(index=alias, size=1)["hits"]["hits"][0]["_source"]["group_id"]


def test_compare_api(client, group_id):
    data = client.get(f"/api/groups/{group_id}/compare").get_json()
    assert data["langs"] == ["uk", "en", "ru"]
    assert [row["missing"] for row in data["rows"]] == [[], [], [], ["en"]]
    assert data["present_only"]["uk"] == 1
    assert client.get("/api/groups/g-nope/compare").status_code == 404


def test_compare_page_marks_the_missing_paragraph(client, group_id):
    page = client.get(f"/groups/{group_id}").get_data(as_text=True)
    assert page.count('class="discrepancy"') == 1
    assert "no counterpart in English" in page and "missing in: English" in page
    assert "1 missing elsewhere" in page
