"""Alignment scoring and grouping, without Elasticsearch."""
from __future__ import annotations

from datetime import date

import pytest

from indexer.alignment.scoring import (
    CONTENT,
    EXPLICIT,
    MANUAL,
    Grouping,
    Version,
    best_first,
    compatible,
    group_id,
    score_pair,
)
from indexer.text.features import extract_numbers, name_keys
from indexer.text.translit import translit_key

UK = ("Міська рада Херсона виділила 4,7 мільйона гривень на ремонт поромної переправи. "
      "Пором перевозитиме до 120 пасажирів за рейс, розповів інженер Богдан Ткачук.")
RU = ("Городской совет Херсона выделил 4,7 миллиона гривен на ремонт паромной переправы. "
      "Паром будет перевозить до 120 пассажиров за рейс, рассказал инженер Богдан Ткачук.")
EN = ("Kherson city council has allocated 4.7 million hryvnias to repair the ferry crossing. "
      "The ferry will carry up to 120 passengers per trip, engineer Bohdan Tkachuk said.")
OTHER_RU = ("В центре Житомира открыли сквер с 60 новыми деревьями. Городские власти "
            "обещают установить там 12 скамеек до конца месяца.")


def version(doc_id, lang, text, **kw) -> Version:
    return Version(id=doc_id, lang=lang, numbers=frozenset(extract_numbers(text)),
                   name_keys=frozenset(name_keys(text)), text_key=translit_key(text),
                   para_count=kw.pop("paras", 2), char_count=len(text), **kw)


@pytest.mark.parametrize("a,b", [(("uk", UK), ("ru", RU)), (("uk", UK), ("en", EN)),
                                 (("en", EN), ("ru", RU))])
def test_translations_score_above_threshold(a, b):
    score, evidence = score_pair(version("x", *a), version("y", *b))
    assert score >= 0.55, evidence
    assert evidence["numbers"] == 1.0


@pytest.mark.parametrize("a,b", [(("uk", UK), ("ru", OTHER_RU)), (("en", EN), ("ru", OTHER_RU))])
def test_different_stories_score_below_threshold(a, b):
    score, evidence = score_pair(version("x", *a), version("y", *b))
    assert score < 0.55, evidence


def test_same_language_never_pairs():
    assert score_pair(version("x", "uk", UK), version("y", "uk", UK))[0] == 0.0


@pytest.mark.parametrize("kw_a,kw_b,ok", [
    ({"source": "a.example"}, {"source": "b.example"}, False),
    ({"source": "a.example"}, {}, True),
    ({"published": date(2025, 1, 1)}, {"published": date(2025, 1, 9)}, False),
    ({"published": date(2025, 1, 1)}, {"published": date(2025, 1, 3)}, True),
    ({"published": date(2025, 1, 1)}, {}, True),
])
def test_compatible(kw_a, kw_b, ok):
    a = version("x", "uk", UK, **kw_a)
    b = version("y", "ru", RU, **kw_b)
    assert compatible(a, b, window_days=3) is ok


def test_grouping_keeps_one_version_per_language():
    g = Grouping({"u1": "uk", "r1": "ru", "u2": "uk", "e1": "en"})
    assert g.merge("u1", "r1", EXPLICIT, 1.0)
    assert not g.merge("u2", "r1", CONTENT, 0.9)  # the group already has a uk version
    assert g.merge("e1", "r1", CONTENT, 0.7)
    groups = sorted(g.groups().values())
    assert groups == [["e1", "r1", "u1"], ["u2"]]
    root = g.find("u1")
    assert g.method[root] == CONTENT and g.score[root] == 0.7


def test_best_first_prefers_the_stronger_pair_and_reports_suggestions():
    g = Grouping({"u1": "uk", "r1": "ru", "r2": "ru", "e1": "en"})
    pairs = [(0.6, "u1", "r2"), (0.9, "u1", "r1"), (0.4, "e1", "u1"), (0.1, "e1", "r2")]
    suggestions = best_first(pairs, g, 0.55)
    assert g.find("u1") == g.find("r1") != g.find("r2")
    # e1 could still join u1's group: worth a look; r2 cannot (the group has its ru)
    assert suggestions == [(0.4, "e1", "u1")]


def test_best_first_refines_only_the_pairs_it_reaches_and_decides_as_with_exact_scores():
    rough = {("u1", "r1"): 0.9, ("u1", "r2"): 0.7, ("u1", "r3"): 0.6, ("e1", "u1"): 0.45,
             ("e1", "r2"): 0.2}
    exact = {("u1", "r1"): 0.5, ("u1", "r2"): 0.65, ("u1", "r3"): 0.58, ("e1", "u1"): 0.42,
             ("e1", "r2"): 0.1}
    langs = {"u1": "uk", "r1": "ru", "r2": "ru", "r3": "ru", "e1": "en"}
    asked = []

    def refine(a, b):
        asked.append((a, b))
        return exact[a, b]

    lazy, full = Grouping(dict(langs)), Grouping(dict(langs))
    got = best_first([(s, a, b) for (a, b), s in rough.items()], lazy, 0.55, refine)
    want = best_first([(s, a, b) for (a, b), s in exact.items()], full, 0.55)
    assert got == want == [(0.42, "e1", "u1")]
    assert sorted(lazy.groups().values()) == sorted(full.groups().values())
    assert lazy.find("u1") == lazy.find("r2") != lazy.find("r1")
    # u1-r3 was out of reach once u1 had its ru version; e1-r2 is under half the threshold
    assert asked == [("u1", "r1"), ("u1", "r2"), ("e1", "u1")]


def test_group_id_is_stable_under_order():
    assert group_id(["b", "a", "c"]) == group_id(["c", "a", "b"]) == "g-a"


def test_forbidden_pairs_are_never_merged_even_through_a_third_version():
    g = Grouping({"u1": "uk", "r1": "ru", "e1": "en"}, forbidden={frozenset(("u1", "e1"))})
    assert g.merge("u1", "r1", CONTENT, 0.9)
    assert not g.merge("e1", "r1", CONTENT, 0.9)  # would put e1 with u1
    assert g.find("e1") != g.find("u1")


def test_detach_leaves_the_others_together():
    g = Grouping({"u1": "uk", "r1": "ru", "e1": "en"})
    g.merge("u1", "r1", EXPLICIT, 1.0)
    g.merge("u1", "e1", MANUAL, 1.0)
    g.detach("u1")
    assert sorted(g.groups().values()) == [["e1", "r1"], ["u1"]]
    assert g.method[g.find("r1")] == MANUAL


def test_manual_outranks_and_content_is_reported_over_explicit():
    g = Grouping({"u1": "uk", "r1": "ru", "e1": "en"})
    g.merge("u1", "r1", EXPLICIT, 1.0)
    g.merge("u1", "e1", CONTENT, 0.8)
    assert g.method[g.find("u1")] == CONTENT
    g.merge("u1", "u1", MANUAL, 1.0)  # same group: nothing changes
    assert g.method[g.find("u1")] == CONTENT


REPORT = ("За добу сили протиповітряної оборони збили {a} з {b} дронів над областю; "
          "уламки пошкодили {c} будинків, постраждали {d} людей, повідомила обласна "
          "військова адміністрація.")


@pytest.mark.parametrize("second,is_edition", [
    ((31, 40, 16, 12), True),   # a re-publication with one figure updated
    ((17, 25, 13, 14), False),  # the next day's report: same words, other figures
])
def test_an_edition_keeps_most_figures(second, is_edition):
    from indexer.alignment.scoring import EDITION_MIN, edition_similarity
    first = version("a", "uk", REPORT.format(a=35, b=40, c=16, d=12))
    other = version("b", "uk", REPORT.format(a=second[0], b=second[1], c=second[2],
                                             d=second[3]))
    sim = edition_similarity(first, other)
    assert (sim >= EDITION_MIN) is is_edition, sim
