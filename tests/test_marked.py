"""The quick markup reader (archive.readers.marked) and the page reader around it.

The pages under tests/data/pages are our own, written to look like real CMS output, each
with the article a careful reader would take from it (``*.expected.json``, written before
the reader was tuned on them).
"""
from __future__ import annotations

import html
import itertools
import json
import sys
from pathlib import Path

import lxml.html
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from archive.exceptions import RecordError
from archive.languages import language_tag
from archive.pagetext import normalise_date
from archive.readers import html as page_reader
from archive.readers.marked import looks_like_section_page, read_marked

PAGES = Path(__file__).parent / "data" / "pages"
BENCH = Path(__file__).resolve().parent.parent / "bench"
#: the fixture pages whose markup marks the article: the quick reader must take them
MARKED = {"en_amp", "en_br_story", "en_microdata_body", "ru_liveblog", "ru_nested_card",
          "uk_article_sidebar", "uk_media_table"}
#: ... and the ones it must leave to trafilatura: no date anywhere; no article markup
UNMARKED = {"en_no_meta", "ru_classic_div"}


def _tree(data: bytes) -> etree._Element:
    return lxml.html.document_fromstring(data.decode("utf-8"))


@pytest.mark.parametrize("name", sorted(MARKED | UNMARKED))
def test_a_saved_page_reads_as_a_reader_sees_it(name):
    data = (PAGES / f"{name}.html").read_bytes()
    expected = json.loads((PAGES / f"{name}.expected.json").read_text(encoding="utf-8"))
    article = page_reader.parse_html(data, name)
    assert article.title == expected["title"]
    assert article.paragraphs == expected["paragraphs"]
    assert article.author == expected["author"]
    published = expected["published"]
    assert article.published == (normalise_date(published) if published else None)
    assert language_tag(article.lang_hint) == expected["lang"]


@pytest.mark.parametrize("name", sorted(MARKED | UNMARKED))
def test_the_quick_reader_takes_the_marked_pages_and_declines_the_others(name):
    marked = read_marked(_tree((PAGES / f"{name}.html").read_bytes()))
    assert (marked is not None) == (name in MARKED)


def test_a_section_page_is_refused_not_read_as_an_article():
    data = (PAGES / "uk_section_index.html").read_bytes()
    assert json.loads((PAGES / "uk_section_index.expected.json").read_text()) == {
        "index_page": True}
    assert looks_like_section_page(_tree(data)) and read_marked(_tree(data)) is None
    with pytest.raises(RecordError, match="index page"):
        page_reader.parse_html(data, "section.html")


def test_an_article_page_with_teasers_beside_it_is_not_a_section_page():
    data = (PAGES / "uk_article_sidebar.html").read_bytes()
    assert not looks_like_section_page(_tree(data))


def test_reading_leaves_the_tree_as_it_was():
    for name in sorted(MARKED):
        tree = _tree((PAGES / f"{name}.html").read_bytes())
        before = etree.tostring(tree)
        read_marked(tree)
        assert etree.tostring(tree) == before, name


def _bench_pages(count: int) -> list[bytes]:
    sys.path.insert(0, str(BENCH))
    try:
        import import_bench
    finally:
        sys.path.remove(str(BENCH))
    return [import_bench.page_html(rec).encode("utf-8")
            for rec in itertools.islice(import_bench.articles(count), count)]


def test_on_clean_article_markup_both_readers_give_the_same_article():
    # the benchmark's pages: the quick reader stands in for trafilatura on them
    for data in _bench_pages(120):
        tree = _tree(data)
        marked = read_marked(tree)
        assert marked is not None
        slow = page_reader._read_with_trafilatura(_tree(data), page_reader.page_metadata(tree),
                                                  "")
        assert (marked.title, marked.paragraphs, marked.author, marked.published) == (
            slow.title, slow.paragraphs, slow.author, slow.published)


# --- what it declines, and why ---------------------------------------------------------

HEAD = ('<meta charset="utf-8"><title>Нова школа | Вісті</title>'
        '<meta property="article:published_time" content="2025-03-01T10:00:00+02:00">')
PARAS = ["Міська рада відкрила нову школу на Сихові після двох років будівництва.",
         "У ній навчатимуться вісімсот дітей, а спортзал відкриють для всіх мешканців району.",
         "Директорка каже, що набір до перших класів уже завершено і черги немає."]


def _page(article: str, head: str = HEAD) -> bytes:
    return f"<html lang='uk'><head>{head}</head><body>{article}</body></html>".encode()


def _body(paragraphs=PARAS) -> str:
    return "".join(f"<p>{p}</p>" for p in paragraphs)


def test_a_marked_page_is_read():
    marked = read_marked(_tree(_page(f"<article><h1>Нова школа</h1>{_body()}</article>")))
    assert marked is not None and marked.title == "Нова школа"
    assert marked.paragraphs == PARAS and marked.published == "2025-03-01T10:00:00+02:00"


@pytest.mark.parametrize("article, why", [
    (f"<div>{_body()}</div>", "no article markup"),
    (f"<article><h1>Нова школа</h1>{_body()}Текст поза абзацами, якого не можна "
     "загубити.</article>", "text standing loose beside the paragraphs"),
    (f"<article><h1>Нова школа</h1>{_body()}</article><article><h1>Інша</h1>{_body()}"
     "</article>", "two articles of one size"),
    (f"<article><h1>Нова школа</h1><p>{PARAS[0]}</p></article>", "too little text"),
    (f"<article><h1>Нова школа</h1>{_body()}<b>Жирний текст збоку</b></article>",
     "an inline element beside the paragraphs"),
])
def test_doubtful_markup_is_left_to_trafilatura(article, why):
    assert read_marked(_tree(_page(article))) is None, why


def test_no_stated_date_is_left_to_trafilatura():
    page = _page(f"<article><h1>Нова школа</h1>{_body()}</article>",
                 head='<meta charset="utf-8"><title>Нова школа</title>')
    assert read_marked(_tree(page)) is None


def test_an_unreadable_stated_date_is_passed_over_for_the_next():
    head = ('<meta property="article:published_time" content="вчора">'
            '<meta name="pubdate" content="2025-03-02">')
    marked = read_marked(_tree(_page(f"<article><h1>Т</h1>{_body()}</article>", head)))
    assert marked is not None and marked.published == "2025-03-02"


def test_json_ld_gives_what_meta_tags_do_not():
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "name": "x"},
        {"@type": "NewsArticle", "datePublished": "2025-03-04T08:00:00Z",
         "author": [{"@type": "Person", "name": "Ірина Коваль"}, {"name": "Олег Бондар"}],
         "publisher": {"@type": "Organization", "name": "Вісті Сихова"}}]}
    head = f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
    marked = read_marked(_tree(_page(f"<article><h1>Т</h1>{_body()}</article>", head)))
    assert marked is not None
    assert (marked.published, marked.author, marked.sitename) == (
        "2025-03-04T08:00:00+00:00", "Ірина Коваль; Олег Бондар", "Вісті Сихова")


def test_paragraphs_written_with_line_breaks_are_parted():
    text = "<br><br>\n".join(PARAS)
    marked = read_marked(_tree(_page(f"<article><h1>Т</h1><div class='story'>{text}</div>"
                                     "</article>")))
    assert marked is not None and marked.paragraphs == PARAS


# --- the article among the page's furniture (property) -------------------------------

FURNITURE = [
    '<div class="share-buttons"><a href="#">Facebook</a> <a href="#">Telegram</a></div>',
    '<figure><img src="a.jpg"><figcaption>Фото: прес-служба</figcaption></figure>',
    '<p>Читайте також: <a href="/x">Сусіди теж будують школу</a></p>',
    '<aside class="related"><h3>Інші новини</h3><ul><li><a href="/y">Новина</a></li></ul>'
    '</aside>',
    '<script>var ad = "не текст статті";</script>',
    '<div class="ad-slot">Реклама</div>',
    '<p><a href="/z">Посилання, яке є лише списком посилань</a></p>',
    '<div class="newsletter"><p>Підпишіться на розсилку, щоб нічого не пропустити.</p></div>',
    '<p hidden>Прихований абзац, якого читач не бачить.</p>',
]
WORDS = st.text(alphabet="абвгґдеєжзиіїйклмнопрстуфхцчшщьюяАБВДЕЖЗКЛМНОПРСТУ", min_size=1,
                max_size=12)
SENTENCE = st.lists(WORDS, min_size=4, max_size=30).map(lambda ws: " ".join(ws) + ".")


@settings(max_examples=60, deadline=None)
@given(st.lists(SENTENCE, min_size=3, max_size=8),
       st.lists(st.tuples(st.integers(0, 8), st.sampled_from(FURNITURE)), max_size=6),
       st.sampled_from(["h2", "p", "blockquote", "li"]))
def test_the_article_comes_out_whatever_furniture_is_around_it(paragraphs, furniture, tag):
    paragraphs = [" ".join(PARAS), *paragraphs]  # enough text to be an article
    blocks = [f"<p>{html.escape(p)}</p>" for p in paragraphs]
    blocks[1] = f"<{tag}>{html.escape(paragraphs[1])}</{tag}>"
    if tag == "li":
        blocks[1] = f"<ul>{blocks[1]}</ul>"
    for at, piece in sorted(furniture, reverse=True):
        blocks.insert(min(at, len(blocks)), piece)
    article = (f"<article><header><h1>Заголовок</h1><span class='byline'>Автор</span>"
               f"</header>{''.join(blocks)}</article>")
    marked = read_marked(_tree(_page(article)))
    assert marked is not None and marked.paragraphs == paragraphs
