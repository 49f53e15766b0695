"""False matches of the transliteration routes: common words must not find unrelated words.

The archive is the alignment evaluation set (``bench/data/align_eval``, imported with the
real importer into a fresh index, as ``bench/search_eval.py`` does, without vectors: this
measures the search by words). The queries are :data:`COMMON_WORDS`, our own list of
everyday Ukrainian, English and Russian words, each searched as typed in a query (lower
case) and as at the start of a sentence (capital first letter). A top-10 result is a false
match when only the transliteration routes (``translit``: the key or the consonant
skeleton) brought it: a common word is never a name spelt in another alphabet.

Target: at most 2 % of the top-10 results. ``--list`` prints each false match.

    .venv/bin/python bench/search_precision.py
"""
from __future__ import annotations

import argparse
import sys
import uuid
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH.parent))
sys.path.insert(0, str(BENCH))

import align_eval  # noqa: E402
from search_eval import import_corpus  # noqa: E402

from indexer.alignment.overrides import drop_all  # noqa: E402
from indexer.search.stories import search_stories  # noqa: E402
from indexer.store.schema import drop_index  # noqa: E402

TARGET = 0.02
COMMON_WORDS = {
    "uk": """вибори рішення місто вулиця школа вода земля робота гроші люди дорога ціна
             новини уряд закон допомога зима літо ранок вечір будинок лікарня поле річка
             світло тиск кава ліс хліб думка вибір зелений великий новий""".split(),
    "en": """election decision city street school water land work money people road price
             news government law help winter summer morning evening house hospital field
             river light pressure coffee forest bread thought choice green large new missile
             missle""".split(),
    "ru": """выборы решение город улица школа вода земля работа деньги люди дорога цена
             новости правительство закон помощь зима лето утро вечер дом больница поле река
             свет давление кофе лес хлеб мысль выбор зелёный большой новый""".split(),
}


def queries() -> list[tuple[str, str]]:
    """(language, query): every common word lower case and with a capital."""
    return [(lang, form) for lang, words in COMMON_WORDS.items() for word in words
            for form in (word, word[:1].upper() + word[1:])]


def false_matches(es, alias: str, q: str) -> tuple[int, list[str]]:
    """(results in the top 10, titles of those only the transliteration routes brought)."""
    stories = search_stories(es, alias, q, size=10)["stories"]
    only = [s["best"]["title"] for s in stories
            if "translit" in s["matched_via"]
            and not {"text", "translation", "fuzzy"} & set(s["matched_via"])]
    return len(stories), only


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--list", action="store_true", help="print every false match")
    args = parser.parse_args(argv)
    from indexer.cluster.client import make_client
    from indexer.config import load_settings

    config = load_settings()
    es = make_client(config)
    alias = f"trimova-precision-{uuid.uuid4().hex[:8]}"
    try:
        import_corpus(es, alias, config, align_eval.load_stories(), None)
        total, false, per_lang = 0, 0, {}
        for lang, q in queries():
            n, only = false_matches(es, alias, q)
            total, false = total + n, false + len(only)
            seen = per_lang.setdefault(lang, [0, 0])
            seen[0], seen[1] = seen[0] + n, seen[1] + len(only)
            if args.list and only:
                print(f"  {q!r}: {only}")
        for lang, (n, f) in per_lang.items():
            print(f"{lang}: {f} false of {n} top-10 results ({f / max(n, 1):.1%})")
        share = false / max(total, 1)
        print(f"all: {false} false of {total} top-10 results ({share:.1%}); "
              f"target <= {TARGET:.0%}: {'met' if share <= TARGET else 'NOT met'}")
    finally:
        drop_index(es, alias)
        drop_all(es, alias)
        es.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
