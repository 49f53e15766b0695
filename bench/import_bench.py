"""Import benchmark: the end-to-end import against a straight bulk load of the same documents.

Generates a synthetic archive (``--articles`` articles; stories in uk, en and ru, some in one
or two languages only; sibling URLs share the article number) as JSON Lines and as a
WARC.GZ, streamed to ``--out``. For each format, in subprocesses of their own (so each
reports its own peak RSS):

1. ``import``: ``Importer(...).process_all([file])`` into a fresh index, as ``trimova import``
   does (reading, language detection, documents, bulk upserts, alignment), then a refresh;
   with ``EMBEDDING=off`` (vectors are measured by ``bench/embed_bench.py``);
2. the final documents are read back from that index (scan, ``_id`` + ``_source``) into a
   file (not timed);
3. ``bulk``: the same documents are loaded with ``elasticsearch.helpers.streaming_bulk``
   (index ops, same ids, chunk 500) into a second fresh index with the same mapping, then a
   refresh;
4. ``--rounds`` (3) pairs of the two in all, the bulk load first in every other pair (the
   cluster's speed drifts during a run); each phase's index is dropped once counted, so its
   merges do not run into the next phase;
5. ``import`` once more under cProfile into another index (a separate run, so profiling
   overhead does not distort the timed ones): top functions and where the time goes.

Prints articles/s of both, their ratio (target: import ≤ 1.5 × bulk), peak RSS and CPU of
the first pair, every round's timings and the medians the targets are judged on, and the
profile; exits non-zero when the indices do not hold the same number of documents.

    python bench/import_bench.py --articles 2000 --format jsonl   # a quick check
    python bench/import_bench.py                                   # 20,000 articles, both

Needs the local node running (``trimova es start``), or TRIMOVA_ES_URL and credentials.
Index names start with ``bench-import-``; they are dropped at the end unless ``--keep``.
"""
from __future__ import annotations

import argparse
import cProfile
import html
import inspect
import io
import json
import os
import pstats
import random
import re
import resource
import statistics
import subprocess
import sys
import threading
import time
import uuid
from concurrent.futures import Future
from contextlib import ExitStack, contextmanager
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Callable, Iterator

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from elastic_transport import Urllib3HttpNode  # noqa: E402
from elasticsearch import Elasticsearch, helpers  # noqa: E402

from archive.readers import dispatch  # noqa: E402
from indexer.alignment import aligner, batch, overrides, pool, scoring  # noqa: E402
from indexer.alignment.overrides import drop_all  # noqa: E402
from indexer.ingest import building, pipeline  # noqa: E402
from indexer.store import document, writer  # noqa: E402
from indexer.store.schema import drop_index, ensure_index  # noqa: E402
from indexer.text import language  # noqa: E402

SEED = 20250
CHUNK = 500
TARGET_RATIO = 1.5
TARGET_RATE = 300
LANGS = ("uk", "en", "ru")
YEAR_START = datetime(2025, 1, 1, tzinfo=timezone(timedelta(hours=2)))

# ---------------------------------------------------------------- word lists (our own)
# Each entry is (uk, en, ru): one story's versions say the same thing in three languages.

PLACES = [("Полтава", "Poltava", "Полтава"), ("Житомир", "Zhytomyr", "Житомир"),
          ("Черкаси", "Cherkasy", "Черкассы"), ("Ужгород", "Uzhhorod", "Ужгород"),
          ("Луцьк", "Lutsk", "Луцк"), ("Суми", "Sumy", "Сумы"), ("Рівне", "Rivne", "Ровно"),
          ("Вінниця", "Vinnytsia", "Винница"), ("Ніжин", "Nizhyn", "Нежин"),
          ("Миргород", "Myrhorod", "Миргород"), ("Умань", "Uman", "Умань"),
          ("Вербівка", "Verbivka", "Вербовка"), ("Калинове", "Kalynove", "Калиново"),
          ("Ясенівці", "Yasenivtsi", "Ясеновцы"), ("Дубрівка", "Dubrivka", "Дубровка")]
FIRST = [("Оксана", "Oksana", "Оксана"), ("Тарас", "Taras", "Тарас"),
         ("Галина", "Halyna", "Галина"), ("Петро", "Petro", "Пётр"),
         ("Ірина", "Iryna", "Ирина"), ("Микола", "Mykola", "Николай"),
         ("Олена", "Olena", "Елена"), ("Богдан", "Bohdan", "Богдан"),
         ("Наталія", "Nataliia", "Наталья"), ("Юрій", "Yurii", "Юрий"),
         ("Світлана", "Svitlana", "Светлана"), ("Андрій", "Andrii", "Андрей")]
SURNAMES = [("Ткачук", "Tkachuk", "Ткачук"), ("Мельниченко", "Melnychenko", "Мельниченко"),
            ("Гребенюк", "Hrebeniuk", "Гребенюк"), ("Кравець", "Kravets", "Кравец"),
            ("Левченко", "Levchenko", "Левченко"), ("Савчук", "Savchuk", "Савчук"),
            ("Бондар", "Bondar", "Бондарь"), ("Лисенко", "Lysenko", "Лысенко"),
            ("Остапчук", "Ostapchuk", "Остапчук"), ("Дорошенко", "Doroshenko", "Дорошенко"),
            ("Зінченко", "Zinchenko", "Зинченко"), ("Гайдамака", "Haidamaka", "Гайдамака"),
            ("Вербицький", "Verbytskyi", "Вербицкий"), ("Щербань", "Shcherban", "Щербань")]
ROLES = [("міський голова", "mayor", "городской голова"),
         ("керівник департаменту", "head of department", "руководитель департамента"),
         ("депутат міської ради", "city councillor", "депутат городского совета"),
         ("речник поліції", "police spokesperson", "представитель полиции"),
         ("інженер проєкту", "project engineer", "инженер проекта"),
         ("голова громади", "head of the community", "глава общины")]
THINGS = [("міст через річку", "bridge over the river", "мост через реку"),
          ("трамвайна лінія", "tram line", "трамвайная линия"),
          ("нова школа", "new school", "новая школа"),
          ("міська лікарня", "city hospital", "городская больница"),
          ("водогін", "water main", "водопровод"), ("бібліотека", "library", "библиотека"),
          ("критий ринок", "covered market", "крытый рынок"),
          ("котельня", "boiler house", "котельная"), ("стадіон", "stadium", "стадион"),
          ("велодоріжка", "cycle lane", "велодорожка")]
ORGS = [("Світанок Буд", "Svitanok Bud", "Свитанок Буд"),
        ("Полісся Інжиніринг", "Polissia Engineering", "Полесье Инжиниринг"),
        ("Техноміст", "Tekhnomist", "Техномост"),
        ("Зелена Хвиля", "Zelena Khvylia", "Зелёная Волна")]
SECTIONS = [("Місто", "City", "Город"), ("Економіка", "Economy", "Экономика"),
            ("Суспільство", "Society", "Общество")]
MONTHS = {
    "uk": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада "
          "грудня".split(),
    "en": "January February March April May June July August September October November "
          "December".split(),
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября "
          "декабря".split(),
}
# (host, the segment its URLs use for Ukrainian)
OUTLETS = [("example-news.test", "uk"), ("misto-visti.test", "ua"), ("oblast-daily.test", "uk"),
           ("pravda-hromady.test", "ua"), ("riverside-post.test", "uk"),
           ("vechirnii-kurier.test", "ua"), ("step-media.test", "uk"), ("karpaty-info.test", "ua")]

TITLES = [
    ("У місті {place} {thing} запрацює до {date}", "{Thing} in {place} to open by {date}",
     "В городе {place} {thing} заработает до {date}"),
    ("{place}: {thing} обійдеться у {n1} тисяч гривень",
     "{place}: {thing} will cost {n1} thousand hryvnias",
     "{place}: {thing} обойдётся в {n1} тысяч гривен"),
    ("Депутати міста {place} підтримали рішення {n2} голосами",
     "{place} councillors back the decision with {n2} votes",
     "Депутаты города {place} поддержали решение {n2} голосами"),
    ("{person}: {thing} в місті {place} запрацює {date}",
     "{person}: {thing} in {place} to open on {date}",
     "{person}: {thing} в городе {place} заработает {date}"),
]
SENTENCES = [
    ("У місті {place} {thing} запрацює до {date}, повідомляє {role} {person}.",
     "In {place}, the {thing} will open by {date}, {role} {person} says.",
     "В городе {place} {thing} заработает до {date}, сообщает {role} {person}."),
    ("Кошторис робіт становить {n1} тисяч гривень, з них {pct} відсотків надасть державний "
     "бюджет.",
     "The works are estimated at {n1} thousand hryvnias, {pct} percent of which will come "
     "from the state budget.",
     "Смета работ составляет {n1} тысяч гривен, из них {pct} процентов предоставит "
     "государственный бюджет."),
    ("Як зазначає {person}, роботи тривають з {date2} і охоплюють {n7} обʼєктів.",
     "As {person} notes, the works have been under way since {date2} and cover {n7} sites.",
     "Как отмечает {person}, работы идут с {date2} и охватывают {n7} объектов."),
    ("Мешканці району скаржилися на стан споруди ще у {year} році.",
     "Residents of the district complained about the state of the structure as early as "
     "{year}.",
     "Жители района жаловались на состояние сооружения ещё в {year} году."),
    ("Підрядник — компанія «{org}», яка виграла тендер із пропозицією {n1} тисяч гривень.",
     "The contractor is {org}, which won the tender with a bid of {n1} thousand hryvnias.",
     "Подрядчик — компания «{org}», выигравшая тендер с предложением {n1} тысяч гривен."),
    ("Щодня послугами користуються близько {n5} людей, а в години пік — до {n8}.",
     "About {n5} people use the service every day, and up to {n8} at peak hours.",
     "Ежедневно услугами пользуются около {n5} человек, а в часы пик — до {n8}."),
    ("На засіданні {date} депутати підтримали рішення {n2} голосами.",
     "At the session on {date}, councillors backed the decision with {n2} votes.",
     "На заседании {date} депутаты поддержали решение {n2} голосами."),
    ("Наступний етап передбачає ремонт ще {n3} кілометрів мереж у місті {place2}.",
     "The next stage includes repairing another {n3} kilometres of networks in {place2}.",
     "Следующий этап предусматривает ремонт ещё {n3} километров сетей в городе {place2}."),
    ("Редакція надіслала запит до міської ради і чекає на відповідь.",
     "The newsroom has sent a request to the city council and is awaiting a reply.",
     "Редакция направила запрос в городской совет и ждёт ответа."),
    ("{person} додає, що частину робіт виконають уночі, щоб не перекривати рух.",
     "{person} adds that part of the work will be done at night to avoid closing the road.",
     "{person} добавляет, что часть работ выполнят ночью, чтобы не перекрывать движение."),
    ("Торік на подібні проєкти в області витратили {n4} мільйонів гривень.",
     "Last year the region spent {n4} million hryvnias on similar projects.",
     "В прошлом году на подобные проекты в области потратили {n4} миллионов гривен."),
    ("Громадські активісти зібрали {n6} підписів під петицією і просять оприлюднити кошторис.",
     "Local activists have collected {n6} signatures on a petition asking for the estimate "
     "to be published.",
     "Общественные активисты собрали {n6} подписей под петицией и просят обнародовать смету."),
    ("Температура в приміщеннях має бути не нижчою за {t} градусів.",
     "The temperature indoors must not fall below {t} degrees.",
     "Температура в помещениях должна быть не ниже {t} градусов."),
    ("Презентація проєкту відбудеться {date} о {hour}:00 у приміщенні міської ради.",
     "The project will be presented on {date} at {hour}:00 in the city council building.",
     "Презентация проекта состоится {date} в {hour}:00 в здании городского совета."),
    ("За даними адміністрації, у місті {place2} у черзі на ремонт ще {n3} будинків.",
     "According to the administration, another {n3} buildings in {place2} await repair.",
     "По данным администрации, в городе {place2} в очереди на ремонт ещё {n3} домов."),
]


# ---------------------------------------------------------------- the synthetic archive


def _date(lang: str, day: datetime) -> str:
    """A day as a newspaper writes it.

    >>> d = datetime(2025, 3, 14)
    >>> _date("uk", d), _date("en", d), _date("ru", d)
    ('14 березня', 'March 14', '14 марта')
    """
    month = MONTHS[lang][day.month - 1]
    return f"{month} {day.day}" if lang == "en" else f"{day.day} {month}"


def _slots(rng: random.Random, published: datetime) -> list[dict]:
    """One set of facts for a story, rendered as slot values per language (uk, en, ru)."""
    first, sur = rng.choice(FIRST), rng.choice(SURNAMES)
    place, place2 = rng.sample(PLACES, 2)
    picks = {"role": rng.choice(ROLES), "thing": rng.choice(THINGS), "org": rng.choice(ORGS)}
    numbers = {"n1": rng.randint(120, 98000), "n2": rng.randint(12, 4800),
               "n3": rng.randint(3, 250), "n4": rng.randint(2, 90), "pct": rng.randint(5, 95),
               "n5": rng.randint(300, 60000), "n6": rng.randint(500, 25000),
               "n7": rng.randint(4, 80), "n8": rng.randint(1000, 90000),
               "t": rng.randint(16, 22), "hour": rng.randint(9, 18),
               "year": rng.randint(2008, 2023)}
    later = published + timedelta(days=rng.randint(5, 120))
    earlier = published - timedelta(days=rng.randint(3, 60))
    out = []
    for i, lang in enumerate(LANGS):
        slots = {k: v[i] for k, v in picks.items()}
        slots.update(numbers, place=place[i], place2=place2[i],
                     person=f"{first[i]} {sur[i]}", date=_date(lang, later),
                     date2=_date(lang, earlier))
        slots["Thing"] = slots["thing"][:1].upper() + slots["thing"][1:]
        out.append(slots)
    return out


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _paragraphs(rng: random.Random) -> list[list[int]]:
    """4-8 paragraphs of 1-3 sentences each, no sentence twice (indices into SENTENCES)."""
    count = rng.randint(4, 8)
    order = rng.sample(range(len(SENTENCES)), min(len(SENTENCES), rng.randint(2, 3) * count))
    cuts = sorted(rng.sample(range(1, len(order)), count - 1))
    return [order[a:b] for a, b in zip([0, *cuts], [*cuts, len(order)])]


def story(key: int, seed: int = SEED) -> list[dict]:
    """The versions (JSONL records, plus ``_lang``) of synthetic story ``key``."""
    rng = random.Random(f"{seed}-{key}")
    roll = rng.random()
    langs = LANGS if roll < 0.75 else sorted(rng.sample(LANGS, 2 if roll < 0.9 else 1))
    published = YEAR_START + timedelta(minutes=rng.randint(0, 365 * 24 * 60))
    slots = _slots(rng, published)
    title = rng.randrange(len(TITLES))
    paragraphs = _paragraphs(rng)
    host, uk_segment = rng.choice(OUTLETS)
    article_no = 100000 + key
    slug = f"{slots[1]['place']}-{slots[1]['thing']}".lower().replace(" ", "-")
    urls = {lang: f"https://{host}/{uk_segment if lang == 'uk' else lang}/news/"
                  f"{article_no}-{slug}" for lang in langs}
    section, author = rng.choice(SECTIONS), (rng.choice(FIRST), rng.choice(SURNAMES))
    out = []
    for lang in langs:
        i = LANGS.index(lang)
        paras = [" ".join(_cap(SENTENCES[s][i].format(**slots[i])) for s in para)
                 for para in paragraphs]
        when = published + timedelta(minutes=rng.randint(0, 360))
        rec = {"id": f"{article_no}-{lang}", "url": urls[lang],
               "title": _cap(TITLES[title][i].format(**slots[i])), "text": "\n\n".join(paras),
               "published": when.isoformat(timespec="seconds"),
               "author": f"{author[0][i]} {author[1][i]}", "source": host,
               "section": section[i], "_lang": lang, "_alternates": urls}
        if rng.random() < 0.7:
            rec["lang"] = "ua" if lang == "uk" and rng.random() < 0.3 else lang
        if rng.random() < 0.5:
            rec["translations"] = [u for other, u in urls.items() if other != lang]
        out.append(rec)
    return out


def articles(total: int, seed: int = SEED) -> Iterator[dict]:
    """Exactly ``total`` synthetic articles, story by story (deterministic for a seed)."""
    written, key = 0, 0
    while written < total:
        for rec in story(key, seed)[: total - written]:
            written += 1
            yield rec
        key += 1


def page_html(rec: dict) -> str:
    """A small HTML page for one article: lang, title, hreflang siblings, author, date."""
    esc = html.escape
    links = "".join(f'<link rel="alternate" hreflang="{lang}" href="{esc(url)}">\n'
                    for lang, url in rec["_alternates"].items() if url != rec["url"])
    paras = "".join(f"<p>{esc(p)}</p>\n" for p in rec["text"].split("\n\n"))
    return (f'<!doctype html>\n<html lang="{rec["_lang"]}">\n<head>\n<meta charset="utf-8">\n'
            f'<title>{esc(rec["title"])} | {esc(rec["source"])}</title>\n'
            f'<link rel="canonical" href="{esc(rec["url"])}">\n{links}'
            f'<meta name="author" content="{esc(rec["author"])}">\n'
            f'<meta property="article:published_time" content="{rec["published"]}">\n'
            f'</head>\n<body>\n<header><nav><a href="/">{esc(rec["source"])}</a> '
            f'<a href="/{rec["_lang"]}/news/">{esc(rec["section"])}</a></nav></header>\n'
            f'<main><article>\n<h1>{esc(rec["title"])}</h1>\n'
            f'<p class="byline">{esc(rec["author"])}</p>\n{paras}</article></main>\n'
            f'<footer><p>© {esc(rec["source"])}</p></footer>\n</body>\n</html>\n')


@contextmanager
def _warc_writer(path: Path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)

        def write(rec: dict) -> None:
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                       protocol="HTTP/1.1")
            payload = io.BytesIO(page_html(rec).encode("utf-8"))
            writer.write_record(writer.create_warc_record(rec["url"], "response",
                                                          payload=payload, http_headers=headers))
        yield write


@contextmanager
def _jsonl_writer(path: Path):
    with path.open("w", encoding="utf-8") as fh:
        def write(rec: dict) -> None:
            public = {k: v for k, v in rec.items() if not k.startswith("_")}
            fh.write(json.dumps(public, ensure_ascii=False) + "\n")
        yield write


def generate(total: int, out: Path, formats: list[str]) -> dict[str, Path]:
    """Write the archive in each format, streamed; return the file of each format."""
    paths = {"jsonl": out / f"synthetic-{total}.jsonl", "warc": out / f"synthetic-{total}.warc.gz"}
    paths = {fmt: paths[fmt] for fmt in formats}
    makers = {"jsonl": _jsonl_writer, "warc": _warc_writer}
    # written under a temporary name, then renamed: a run reading the same file keeps its copy
    temp = {fmt: path.with_name(f"{path.name}.{os.getpid()}.tmp") for fmt, path in paths.items()}
    with ExitStack() as stack:
        writers = [stack.enter_context(makers[fmt](path)) for fmt, path in temp.items()]
        for rec in articles(total):
            for write in writers:
                write(rec)
    for fmt, path in temp.items():
        os.replace(path, paths[fmt])
    return paths


# ---------------------------------------------------------------- phases (subprocesses)


def _client():
    """The client the app would use (its settings: TRIMOVA_ES_URL or the managed node)."""
    from indexer.cluster.client import make_client
    from indexer.config import load_settings

    return make_client(load_settings())


def peak_rss_mb() -> float:
    """This process's peak resident set size in MB (ru_maxrss is in KiB on Linux)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class TreeWatch:
    """Samples this process and its descendants (the import's worker processes): the
    peak of their summed resident sets, and the CPU seconds the descendants used."""

    def __init__(self, interval: float = 1.0):
        self.interval = interval
        self.peak_mb = 0.0
        self.cpu: dict[int, float] = {}  # descendant pid -> last seen CPU seconds
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> "TreeWatch":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()

    @property
    def workers_cpu(self) -> float:
        return sum(self.cpu.values())

    def _run(self) -> None:
        while True:
            self.sample()
            if self._stop.wait(self.interval):
                return

    def sample(self) -> None:
        rss = 0
        for pid in [os.getpid(), *_descendants(os.getpid())]:
            try:
                status = Path(f"/proc/{pid}/status").read_text()
                stat = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue  # gone meanwhile
            rss += next((int(line.split()[1]) for line in status.splitlines()
                         if line.startswith("VmRSS:")), 0)
            if pid != os.getpid():
                self.cpu[pid] = (int(stat[11]) + int(stat[12])) / os.sysconf("SC_CLK_TCK")
        self.peak_mb = max(self.peak_mb, rss / 1024)


def _descendants(pid: int) -> list[int]:
    out, todo = [], [pid]
    while todo:
        current = todo.pop()
        for task in Path(f"/proc/{current}/task").glob("*"):
            try:
                kids = [int(k) for k in (task / "children").read_text().split()]
            except OSError:
                continue
            out += kids
            todo += kids
    return out


def _profile_threads() -> list[cProfile.Profile]:
    """A profiler for this thread, and one more for every thread started from now on.

    cProfile sees only the thread that enabled it; the importer writes and aligns in a
    worker thread, so each thread gets its own profiler and the stats are merged.
    """
    profilers = [cProfile.Profile()]
    run = threading.Thread.run

    def profiled_run(thread: threading.Thread) -> None:
        profiler = cProfile.Profile()
        profilers.append(profiler)
        profiler.runcall(run, thread)

    threading.Thread.run = profiled_run  # this subprocess only exists to be profiled
    return profilers


def phase_import(es, alias: str, path: Path, out: Path, profile: Path | None) -> dict:
    """The real pipeline into a fresh index behind ``alias``, timed (and profiled if asked)."""
    from indexer.config import load_settings
    from indexer.ingest.pipeline import Importer

    # the settings `trimova import` runs with (config file and environment), into this index,
    # lexical only: embedding 20,000 articles takes an hour here; its own benchmark is
    # bench/embed_bench.py
    config = load_settings(overrides={"INDEX": alias, "BULK_CHUNK": CHUNK, "EMBEDDING": "off"})
    importer = Importer.from_config(es, config, rejects=out / f"{alias}-rejects.jsonl",
                                    dead_letters=out / f"{alias}-dead.jsonl")
    profilers = _profile_threads() if profile else []
    cpu = CpuMeter(es)
    started = time.perf_counter()
    with TreeWatch() as watch:
        summary = (profilers[0].runcall(importer.process_all, [str(path)]) if profilers
                   else importer.process_all([str(path)]))
        es.indices.refresh(index=alias)
        seconds = time.perf_counter() - started
        watch.sample()
    used = cpu.used()
    if profilers:
        stats = pstats.Stats(profilers[0])
        for other in profilers[1:]:
            stats.add(other)
        stats.dump_stats(str(profile))
    return {"seconds": seconds, "read": summary.read, "new": summary.new,
            "updated": summary.updated, "rejected": summary.rejected, "failed": summary.failed,
            "groups": summary.groups, "multi_version_groups": summary.multi_version_groups,
            "count": es.count(index=alias)["count"],
            # the importer picks its worker count as it goes: count those that worked
            "workers": sum(cpu >= 0.5 for cpu in watch.cpu.values()),
            "workers_cpu": watch.workers_cpu, "tree_rss_mb": watch.peak_mb, **used}


def phase_bulk(es, alias: str, docs: Path) -> dict:
    """A straight load of ``docs`` (one ``{"_id", "_source"}`` per line) into a fresh index."""
    cpu = CpuMeter(es)
    started = time.perf_counter()
    index = ensure_index(es, alias)
    ok = failed = 0
    with docs.open(encoding="utf-8") as fh:
        actions = ({"_op_type": "index", "_index": index, "_id": d["_id"],
                    "_source": d["_source"]} for d in map(json.loads, fh))
        for good, _item in helpers.streaming_bulk(es, actions, chunk_size=CHUNK,
                                                  raise_on_error=False):
            ok, failed = ok + good, failed + (not good)
    es.indices.refresh(index=alias)
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "read": ok + failed, "failed": failed,
            "count": es.count(index=alias)["count"], **cpu.used()}


class CpuMeter:
    """CPU seconds used since it was made: by the cluster's nodes (their own stats: any
    cluster) and by this process (the workers are counted by :class:`TreeWatch`)."""

    def __init__(self, es):
        self.es = es
        self.start = self._now()

    def _now(self) -> tuple[float, float]:
        nodes = self.es.nodes.stats(metric="process")["nodes"].values()
        usage = resource.getrusage(resource.RUSAGE_SELF)
        return (sum(n["process"]["cpu"]["total_in_millis"] for n in nodes) / 1000,
                usage.ru_utime + usage.ru_stime)

    def used(self) -> dict:
        end = self._now()
        return {"cluster_cpu": end[0] - self.start[0], "client_cpu": end[1] - self.start[1]}


def run_phase(args: argparse.Namespace) -> int:
    """Run one phase in this process and write its result (with peak RSS) as JSON."""
    es = _client()
    if args.phase == "import":
        result = phase_import(es, args.alias, Path(args.input), Path(args.out),
                              Path(args.profile_file) if args.profile_file else None)
    else:
        result = phase_bulk(es, args.alias, Path(args.input))
    result["rss_mb"] = peak_rss_mb()
    Path(args.result).write_text(json.dumps(result))
    return 0


def spawn(phase: str, alias: str, path: Path, out: Path, profile: Path | None = None) -> dict:
    """Run a phase in a subprocess; its result."""
    result = out / f"{alias}.result.json"
    cmd = [sys.executable, str(Path(__file__).resolve()), "--phase", phase, "--alias", alias,
           "--input", str(path), "--out", str(out), "--result", str(result)]
    if profile:
        cmd += ["--profile-file", str(profile)]
    done = subprocess.run(cmd, cwd=ROOT)
    if done.returncode:
        raise PhaseError(f"the {phase} phase ({alias}) failed with exit status "
                         f"{done.returncode}; its output is above")
    return json.loads(result.read_text())


class PhaseError(RuntimeError):
    """A phase subprocess did not finish."""


def dump_documents(es, alias: str, path: Path) -> tuple[int, dict[str, set[str]]]:
    """Every document behind ``alias`` as ``{"_id", "_source"}`` lines; how many, and the
    synthetic story numbers in each group (for the grouping check)."""
    count, groups = 0, {}
    with path.open("w", encoding="utf-8") as fh:
        for hit in helpers.scan(es, index=alias, query={"query": {"match_all": {}}}, size=1000):
            fh.write(json.dumps({"_id": hit["_id"], "_source": hit["_source"]},
                                ensure_ascii=False) + "\n")
            src = hit["_source"]
            groups.setdefault(src.get("group_id") or hit["_id"], set()).add(_story_no(src))
            count += 1
    return count, groups


def _story_no(src: dict) -> str:
    """The synthetic story number: in the JSONL id (``100042-uk``), else in the URL (a WARC's
    pages have no id).

    >>> _story_no({"external_id": "100042-uk"}), _story_no({"url": "https://x/en/news/100042-a"})
    ('100042', '100042')
    """
    if src.get("external_id"):
        return str(src["external_id"]).split("-")[0]
    match = re.search(r"/news/(\d+)-", src.get("url") or "")
    return match.group(1) if match else ""


def grouping_check(groups: dict[str, set[str]]) -> str:
    """How the import's stories compare with the synthetic truth (story number in the id).

    >>> grouping_check({"g1": {"1"}, "g2": {"2"}, "g3": {"2"}, "g4": {"3", "4"}})
    'stories 4 (true 4): exact 1, split 1, mixed 1'
    """
    stories: dict[str, int] = {}
    for members in groups.values():
        for story_no in members:
            stories[story_no] = stories.get(story_no, 0) + 1
    mixed = sum(1 for m in groups.values() if len(m) > 1)
    exact = sum(1 for m in groups.values() if len(m) == 1 and stories[next(iter(m))] == 1)
    split = sum(1 for n in stories.values() if n > 1)
    return f"stories {len(groups)} (true {len(stories)}): exact {exact}, split {split}, " \
           f"mixed {mixed}"


# ---------------------------------------------------------------- the profile


# The functions themselves, not their file and name: a function moved or renamed fails here,
# at import, instead of printing 0.0 s.
# (label, [functions]): the cumulative times of the functions, added up
BREAKDOWN = [
    ("reading/parsing (importer)", [dispatch._read_file]),
    ("language detection", [language.detect_language]),
    ("document building", [document.build_document, document.doc_id, writer.expand_action]),
    ("bulk writes (serialise + wait on ES)", [Elasticsearch.bulk]),
    ("  of which story updates of earlier batches", [pipeline.Importer._send_stories]),
    ("alignment (total)", [batch.BatchAligner.align]),
]
ALIGN_PARTS = [
    ("pool: adding documents", pool.RecentPool.add),
    ("pool: content candidates", pool.RecentPool.content_candidates),
    ("pool: edition candidates", pool.RecentPool.edition_candidates_of),
    ("candidate queries to ES (msearch)", aligner._msearch),
    ("pair scoring", scoring.score_pair),
    ("edition similarity", scoring.edition_similarity),
    ("grouping (decide)", aligner.decide),
    ("existing groups (scan)", aligner.existing_groups),
    ("archivists' decisions (read)", overrides.load),
]
#: the main thread on the writer, the writer on the previous batch's alignment
THREAD_WAIT = Future.result
WAIT = Urllib3HttpNode.perform_request


def _key(func: Callable) -> tuple[str, int, str]:
    """A function's key in a profile: (file, first line, name), under any decorators."""
    code = inspect.unwrap(func).__code__
    return code.co_filename, code.co_firstlineno, code.co_name


def _cum(stats: pstats.Stats, func: Callable) -> float:
    """The function's cumulative time in the profile (0.0 if it was never called)."""
    key = _key(func)
    if key not in stats.stats:  # its file edited since the profiled run: lines moved
        same = [k for k in stats.stats if (k[0], k[2]) == (key[0], key[2])]
        key = same[0] if len(same) == 1 else key
    return stats.stats[key][3] if key in stats.stats else 0.0


def _label(key: tuple) -> str:
    path = key[0]
    for marker in ("site-packages/", str(ROOT) + "/"):
        if marker in path:
            path = path.split(marker, 1)[1]
    return f"{path}:{key[1]}({key[2]})" if key[1] else key[2]


def _plumbing(key: tuple) -> bool:
    """Thread and executor machinery: only waiting, it would crowd the top of the lists."""
    return (key[0].endswith(("threading.py", "concurrent/futures/thread.py",
                             "concurrent/futures/_base.py", "queue.py"))
            or key[2] == "<method 'acquire' of '_thread.lock' objects>")


def top_functions(stats: pstats.Stats, sort: int, k: int) -> list[str]:
    """The top ``k`` functions by ``sort`` (2 tottime, 3 cumtime) as printable lines."""
    rows = sorted(((key, row) for key, row in stats.stats.items() if not _plumbing(key)),
                  key=lambda kv: -kv[1][sort])[:k]
    return [f"    {nc:>9} {tt:9.2f} {ct:9.2f}  {_label(key)}"
            for key, (_cc, nc, tt, ct, _callers) in rows]


def breakdown(stats: pstats.Stats, total: float) -> list[str]:
    """Where the import's time goes, from the cumulative times of the pipeline's functions."""
    lines = []
    for label, funcs in BREAKDOWN:
        seconds = sum(_cum(stats, f) for f in funcs)
        lines.append(f"    {label:<40} {seconds:8.1f} s  {100 * seconds / total:5.1f} %")
    for label, func in ALIGN_PARTS:
        seconds = _cum(stats, func)
        lines.append(f"      - {label:<36} {seconds:8.1f} s  {100 * seconds / total:5.1f} %")
    wait = _cum(stats, THREAD_WAIT)
    lines.append(f"    {'threads waiting on one another':<40} {wait:8.1f} s  "
                 f"{100 * wait / total:5.1f} %")
    wait = _cum(stats, WAIT)
    lines.append(f"    {'(all HTTP requests to ES, any phase)':<40} {wait:8.1f} s  "
                 f"{100 * wait / total:5.1f} %")
    return lines


def print_profile(path: Path, k: int, timed: float, profiled: float) -> None:
    """Top functions by cumulative and by own time, and the breakdown by pipeline step."""
    stats = pstats.Stats(str(path))
    total = profiled
    print(f"  profile (a separate run under cProfile: {profiled:.1f} s wall against "
          f"{timed:.1f} s unprofiled, {profiled / timed:.2f}x overhead; CPU-heavy functions "
          "are inflated more than waits on ES)")
    header = f"    {'calls':>9} {'tottime':>9} {'cumtime':>9}"
    print(f"  top {k} by cumulative time (thread and executor waits left out):\n{header}")
    print("\n".join(top_functions(stats, 3, k)))
    print(f"  top {k} by own time:\n{header}")
    print("\n".join(top_functions(stats, 2, k)))
    print(f"  where the time goes (seconds inside each step, in all threads, against the "
          f"profiled run's {total:.1f} s wall; the reader/builder thread and the "
          f"writer/aligner thread overlap, so the steps can add up to more than 100 %):")
    print("\n".join(breakdown(stats, total)))


# ---------------------------------------------------------------- orchestration


def warc_supported() -> bool:
    """Whether trimova's importer reads WARC files yet."""
    from archive.readers import FORMATS

    return "warc" in FORMATS


def bench_format(es, fmt: str, path: Path, total: int, args: argparse.Namespace,
                 run_id: str, aliases: list[str]) -> bool:
    """Import, dump, bulk-load and profile one format; print its block; True if counts agree."""
    out = Path(args.out)
    names = {p: f"bench-import-{run_id}-{fmt}-{p}" for p in ("e2e", "bulk", "prof")}
    aliases += [names["e2e"], names["bulk"]]
    imp = spawn("import", names["e2e"], path, out)
    docs = out / f"{names['e2e']}-documents.jsonl"
    dumped, groups = dump_documents(es, names["e2e"], docs)
    _done_with(es, names["e2e"], args)  # its merges must not run into the next phase
    bulk = spawn("bulk", names["bulk"], docs, out)
    _done_with(es, names["bulk"], args)
    _print_result(fmt, total, imp, bulk, dumped)
    print(f"  grouping against the synthetic truth: {grouping_check(groups)}", flush=True)
    rounds = [(imp, bulk)] + more_rounds(es, fmt, path, docs, args, run_id, aliases)
    if len(rounds) > 1:
        print_rounds(rounds)
    if args.profile_top > 0:
        aliases.append(names["prof"])
        prof_file = out / f"{names['prof']}.prof"
        prof = spawn("import", names["prof"], path, out, profile=prof_file)
        _done_with(es, names["prof"], args)
        print_profile(prof_file, args.profile_top, imp["seconds"], prof["seconds"])
        if prof["workers"]:
            print(f"    (in {prof['workers']} worker process(es), not profiled: language "
                  f"detection and document building after the first "
                  f"{building.WARMUP} records, {prof['workers_cpu']:.1f} s CPU)", flush=True)
    return all(i["count"] == b["count"] == dumped for i, b in rounds)


def more_rounds(es, fmt: str, path: Path, docs: Path, args: argparse.Namespace, run_id: str,
                aliases: list[str]) -> list[tuple[dict, dict]]:
    """Rounds 2.. of import and bulk load, the bulk load first in every other one (the
    cluster's speed drifts within a run: one pair of timings can mislead either way)."""
    out, rounds = Path(args.out), []
    for n in range(2, args.rounds + 1):
        names = {p: f"bench-import-{run_id}-{fmt}-{p}{n}" for p in ("e2e", "bulk")}
        aliases += list(names.values())
        timed = {}
        for phase in (("bulk", "e2e") if n % 2 == 0 else ("e2e", "bulk")):
            source = docs if phase == "bulk" else path
            timed[phase] = spawn("bulk" if phase == "bulk" else "import", names[phase],
                                 source, out)
            _done_with(es, names[phase], args)
        rounds.append((timed["e2e"], timed["bulk"]))
    return rounds


def print_rounds(rounds: list[tuple[dict, dict]]) -> None:
    """Each round's timings, and the medians the targets are judged on."""
    ratios = [i["seconds"] / b["seconds"] for i, b in rounds]
    rates = [i["read"] / i["seconds"] for i, _ in rounds]
    for n, ((imp, bulk), ratio) in enumerate(zip(rounds, ratios), 1):
        first = "bulk first" if n % 2 == 0 else "import first"
        print(f"  round {n} ({first}): import {imp['seconds']:.1f} s, bulk "
              f"{bulk['seconds']:.1f} s, ratio {ratio:.2f}")
    ratio, rate = statistics.median(ratios), statistics.median(rates)
    print(f"  median of {len(rounds)} rounds: ratio {ratio:.2f} (target ≤ {TARGET_RATIO}: "
          f"{'met' if ratio <= TARGET_RATIO else 'missed'}), import {rate:.0f} art/s "
          f"(target ≥ {TARGET_RATE}: {'met' if rate >= TARGET_RATE else 'missed'})", flush=True)


def _done_with(es, alias: str, args: argparse.Namespace) -> None:
    """Drop a phase's index once its counts are read (unless ``--keep``): an index left
    behind goes on merging segments while the next phase is timed."""
    if not args.keep:
        drop_index(es, alias)
        drop_all(es, alias)


def _print_result(fmt: str, total: int, imp: dict, bulk: dict, dumped: int) -> None:
    rate_imp, rate_bulk = imp["read"] / imp["seconds"], bulk["read"] / bulk["seconds"]
    ratio = imp["seconds"] / bulk["seconds"]
    print(f"\nimport benchmark: {total} articles ({fmt})")
    print(f"  end-to-end import   {rate_imp:5.0f} art/s  ({imp['seconds']:.1f} s)  "
          f"peak RSS {imp['rss_mb']:.0f} MB; with its {imp['workers']} worker process(es) "
          f"{imp['tree_rss_mb']:.0f} MB in all")
    print(f"                      CPU: cluster {imp['cluster_cpu']:.1f} s, importer "
          f"{imp['client_cpu']:.1f} s, workers {imp['workers_cpu']:.1f} s")
    print(f"  straight bulk load  {rate_bulk:5.0f} art/s  ({bulk['seconds']:.1f} s)  "
          f"peak RSS {bulk['rss_mb']:.0f} MB")
    print(f"                      CPU: cluster {bulk['cluster_cpu']:.1f} s, loader "
          f"{bulk['client_cpu']:.1f} s")
    print(f"  ratio import/bulk   {ratio:.2f}  (target ≤ {TARGET_RATIO})   "
          f"end-to-end ≥ {TARGET_RATE} art/s: {'yes' if rate_imp >= TARGET_RATE else 'no'}")
    print(f"  import: read {imp['read']}, new {imp['new']}, updated {imp['updated']}, "
          f"rejected {imp['rejected']}, refused {imp['failed']}")
    same = "same" if imp["count"] == bulk["count"] == dumped else "DIFFERENT"
    print(f"  documents: import index {imp['count']}, bulk index {bulk['count']} ({same}); "
          f"bulk refused {bulk['failed']}", flush=True)


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.phase:
        return run_phase(args)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    formats = ["jsonl", "warc"] if args.format == "both" else [args.format]
    started = time.perf_counter()
    paths = generate(args.articles, out, formats)
    sizes = ", ".join(f"{p.name} {p.stat().st_size / 2**20:.1f} MB" for p in paths.values())
    print(f"generated {args.articles} articles in {time.perf_counter() - started:.1f} s "
          f"(not counted): {sizes}", flush=True)
    es, run_id, aliases, ok = _client(), uuid.uuid4().hex[:6], [], True
    try:
        for fmt, path in paths.items():
            if fmt == "warc" and not warc_supported():
                print("\nwarc: skipped, trimova cannot import WARC yet "
                      "(archive.readers.FORMATS has no 'warc')")
                ok = ok and args.format == "both"
                continue
            ok = bench_format(es, fmt, path, args.articles, args, run_id, aliases) and ok
    except PhaseError as exc:
        print(f"import benchmark stopped: {exc}", file=sys.stderr)
        ok = False
    finally:
        if not args.keep:
            for alias in aliases:
                drop_index(es, alias)
                drop_all(es, alias)
    return 0 if ok else 1


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=20000, help="articles in all (20000)")
    parser.add_argument("--format", choices=["jsonl", "warc", "both"], default="both")
    parser.add_argument("--rounds", type=int, default=3,
                        help="import/bulk pairs per format, alternating which goes first; "
                        "the targets are judged on the medians (3)")
    parser.add_argument("--out", default=str(ROOT / "bench" / "out" / "import"),
                        help="folder for the generated archive, documents and profiles")
    parser.add_argument("--keep", action="store_true", help="keep the indices afterwards")
    parser.add_argument("--profile-top", type=int, default=15,
                        help="functions to list from the profiled run (0: no profiled run)")
    # internal: one phase in a subprocess of its own
    for name in ("--phase", "--alias", "--input", "--result", "--profile-file"):
        parser.add_argument(name, help=argparse.SUPPRESS,
                            choices=["import", "bulk"] if name == "--phase" else None)
    return parser


if __name__ == "__main__":
    sys.exit(main())
