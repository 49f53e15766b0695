"""The import's in-memory candidate pool: what it finds, what it filters, what it forgets."""
from __future__ import annotations

from indexer.alignment.pool import Outside, RecentPool


def _doc(lang: str, text: str, *, day: str | None = "2026-03-10", source: str = "site.test",
         names: tuple[str, ...] = (), numbers: tuple[str, ...] = (), **extra) -> dict:
    return {"lang": lang, "translit": text, "published": day, "source_key": source,
            "name_keys": list(names), "numbers": list(numbers), "paragraphs": [text], **extra}


def _filler(n: int, lang: str = "uk") -> dict:
    # unrelated stories: their words and numbers are their own
    return _doc(lang, f"zvit{n} pro remont{n} mostu{n}", numbers=(str(7000 + n),),
                names=(f"misto{n}",))


def test_content_candidates_rank_the_story_sharing_rare_terms_first():
    pool = RecentPool(capacity=100)
    pool.add("t:0", {
        "uk": _doc("uk", "stadion u poltavi vidkryly pislia remontu", names=("poltav",),
                   numbers=("4120",)),
        "en": _doc("en", "stadium in poltava reopened after repairs", names=("poltav",),
                   numbers=("4120",)),
        "en-other": _doc("en", "storm warning for the coast", names=("odes",),
                         numbers=("12",)),
        **{f"f{n}": _filler(n, "en") for n in range(20)},
    })
    found = pool.content_candidates("uk", pool.source("uk") | {"edition_keys": []}, 10, 200)
    assert found[0] == "en"
    assert "uk" not in found  # never itself, never its own language


def test_content_candidates_keep_to_other_languages_one_outlet_and_close_dates():
    pool = RecentPool(capacity=100, window_days=3)
    shared = {"names": ("kyiv",), "numbers": ("777",)}
    pool.add("t:0", {
        "q": _doc("uk", "kyiv 777", **shared),
        "same-lang": _doc("uk", "kyiv 777", **shared),
        "other-site": _doc("en", "kyiv 777", source="elsewhere.test", **shared),
        "too-late": _doc("en", "kyiv 777", day="2026-03-20", **shared),
        "no-date": _doc("en", "kyiv 777", day=None, **shared),
        "no-site": _doc("ru", "kyiv 777", source=None, **shared),
        "good": _doc("ru", "kyiv 777", day="2026-03-12", **shared),
    })
    found = set(pool.content_candidates("q", pool.source("q"), 10, 200))
    assert found == {"no-date", "no-site", "good"}


def test_edition_candidates_are_same_language_documents_sharing_keys():
    pool = RecentPool(capacity=100)
    # edition keys are 16 hex digits (features.edition_keys)
    k = {n: f"{n:016x}" for n in range(1, 40)}
    pool.add("t:0", {
        "a": _doc("uk", "x", edition_keys=[k[1], k[2], k[3]]),
        "b": _doc("uk", "x", edition_keys=[k[1], k[2], k[9]]),
        "d": _doc("ru", "x", edition_keys=[k[1], k[2], k[3]]),
        **{f"f{n}": _filler(n) | {"edition_keys": [k[10 + n]]} for n in range(20)},
    })
    pool.add("t:1", {"c": _doc("uk", "x", edition_keys=[k[1], k[8], k[7]])})
    src = {"lang": "uk", "edition_keys": [k[1], k[2], k[3]], "published": "2026-03-10",
           "source_key": "site.test"}
    assert pool.edition_candidates("a", src, 3) == ["b", "c"]  # across batches too
    assert pool.edition_candidates("a", src, 1) == ["b"]


def test_explicit_links_are_found_in_both_directions():
    pool = RecentPool(capacity=100)
    pool.add("t:0", {
        "en": _doc("en", "x", external_id="e-1", url_key="https://s.test/en/1"),
        "ru": _doc("ru", "x", translations=["u-1"]),
        "other": _doc("ru", "x", external_id="e-2"),
    })
    batch = {"uk": _doc("uk", "x", external_id="u-1", translations=["e-1"])}
    assert set(pool.linked(batch)) == {"en", "ru"}


def test_whole_batches_leave_when_the_pool_is_full_and_are_never_found_again():
    pool = RecentPool(capacity=4)
    assert pool.add("t:0", {"old-uk": _doc("uk", "tram depo", names=("tram",)),
                            "old-x": _filler(1)}) == []
    pool.add("t:1", {"mid": _filler(2), "mid2": _filler(3)})
    gone = pool.add("t:2", {"new-en": _doc("en", "tram depot", names=("tram",))})
    assert gone == [{"published": "2026-03-10"}] * 2  # what Outside counts
    assert pool.tags == ["t:1", "t:2"] and len(pool) == 3
    assert "old-uk" not in pool and pool.source("old-uk") is None
    assert pool.content_candidates("new-en", pool.source("new-en"), 10, 200) == []


def test_older_batches_keep_no_paragraphs_but_keep_their_story():
    pool = RecentPool(capacity=100)
    pool.add("t:0", {"a": _doc("uk", "x")})
    pool.set_story("a", {"group_id": "g-a", "group_langs": ["uk"]})
    pool.add("t:1", {"b": _filler(1)})
    assert pool.source("a")["paragraphs"] == ["x"]
    pool.add("t:2", {"c": _filler(2)})
    assert "paragraphs" not in pool.source("a")
    assert set(pool.group_members({"g-a"})) == {"a"}
    pool.set_story("a", {"group_id": "g-b"})
    assert pool.group_members({"g-a"}) == {} and set(pool.group_members({"g-b"})) == {"a"}


def test_a_pooled_document_comes_back_as_it_went_in():
    pool = RecentPool(capacity=100)
    src = _doc("uk", "tekst " * 900, names=("kyiv", "lviv"), numbers=("12", "3.5"),
               external_id="e1", translations=["e2"], title="Заголовок")
    pool.add("t:0", {"a": src})
    back = pool.source("a")
    assert back["translit"] == src["translit"][:4000] and back["numbers"] == ["12", "3.5"]
    assert back["name_keys"] == ["kyiv", "lviv"] and back["translations"] == ["e2"]
    assert back["paragraphs"] == src["paragraphs"] and back["group_id"] is None
    assert pool.source("missing") is None


def test_a_record_given_again_replaces_its_earlier_copy():
    pool = RecentPool(capacity=100)
    pool.add("t:0", {"a": _doc("uk", "stara versiia", names=("lviv",))})
    pool.add("t:1", {"a": _doc("uk", "nova versiia", names=("lviv",)),
                     "b": _doc("en", "new version", names=("lviv",))})
    assert len(pool) == 2 and pool.source("a")["translit"] == "nova versiia"
    assert pool.content_candidates("b", pool.source("b"), 10, 200) == ["a"]


def test_outside_says_which_dates_can_meet_documents_not_in_the_pool():
    outside = Outside()
    assert not outside.near({"published": "2026-03-10"}, 3) and outside.total == 0
    outside.add([{"published": "2026-03-01"}])
    assert outside.near({"published": "2026-03-04T10:00:00+02:00"}, 3)
    assert not outside.near({"published": "2026-03-10"}, 3)
    assert outside.near({"published": None}, 3)  # an undated article meets any date
    outside.add([{"published": None}])
    assert outside.near({"published": "2027-01-01"}, 3)  # so does an undated document


def test_outside_counts_what_an_index_holds(es, alias, tmp_path):
    from tests.helpers_es import DATA, import_paths
    assert Outside.of_index(es, _fresh(es, alias)).total == 0
    lines = (DATA / "stories.jsonl").read_text(encoding="utf-8").splitlines()
    dated = tmp_path / "dated.jsonl"
    dated.write_text("".join(f"{line}\n" for line in lines if '"published"' in line),
                     encoding="utf-8")
    import_paths(es, alias, [dated], tmp_path)
    outside = Outside.of_index(es, alias)
    assert (outside.total, outside.undated) == (5, 0)
    assert outside.near({"published": "2025-05-14"}, 3)
    assert not outside.near({"published": "2025-09-14"}, 3)
    import_paths(es, alias, [DATA / "stories.jsonl"], tmp_path)
    outside = Outside.of_index(es, alias)
    assert (outside.total, outside.undated) == (8, 3)
    assert outside.near({"published": "2025-09-14"}, 3)


def _fresh(es, alias: str) -> str:
    from indexer.store.schema import ensure_index
    ensure_index(es, alias)
    return alias


def _busy_pool() -> tuple[RecentPool, dict[str, dict]]:
    """A pool whose documents share words and edition keys unevenly: some ties, some
    queries with a few hits, some with many."""
    docs = {}
    for n in range(400):
        lang = ("uk", "en", "ru")[n % 3]
        words = " ".join(f"slovo{(n * 7 + j) % 97}" for j in range(12))
        keys = [f"{(n * 3 + j) % 40 + 1:016x}" for j in range(5)]
        docs[f"d{n}"] = _doc(lang, words, day=f"2026-03-{10 + n % 6:02d}",
                             source=("a.test", "b.test", None)[n % 3 // 2 + n % 2],
                             numbers=(str(n % 10),), edition_keys=keys)
    pool = RecentPool(capacity=1000, window_days=2)
    pool.add("t:0", dict(list(docs.items())[:200]))
    pool.add("t:1", dict(list(docs.items())[200:]))
    return pool, docs


def test_few_hits_ranked_in_python_rank_as_numpy_does_ties_to_the_earlier(monkeypatch):
    import indexer.alignment.pool as pool_module

    pool, docs = _busy_pool()
    results = []
    for small in (0, 10**9):  # always numpy; always plain Python
        monkeypatch.setattr(pool_module, "SMALL_HITS", small)
        results.append(([pool.content_candidates(i, s, 5, 200) for i, s in docs.items()],
                        pool.edition_candidates_of(docs, 3)))
    assert results[0] == results[1]
    contents, editions = results[0]
    assert sum(map(len, contents)) > 400 and sum(map(len, editions.values())) > 400
    assert editions == {i: pool.edition_candidates(i, s, 3) for i, s in docs.items()}
