"""Reader for saved news pages: one article per HTML file.

A page whose markup says where its article is (``<article>``, ``articleBody``, a stated
date) is read from that markup (:mod:`archive.readers.marked`, a sixth of the cost);
any other page goes to trafilatura, which finds the body, title, author, date and site
name by itself. Either way lxml reads ``<html lang>``, the ``hreflang`` alternates and the
canonical URL, and a page that only lists articles (a section page) is refused.
"""
from __future__ import annotations

import copy
import logging
import re
from functools import lru_cache
from typing import Any, BinaryIO, Iterator
from urllib.parse import urljoin, urlsplit

import lxml.html
import trafilatura
from lxml import etree
from trafilatura.settings import Document, Extractor

from archive.article import Article, Rejected, normalise_text
from archive.encoding import decode_with_codec, excerpt_bytes
from archive.exceptions import RecordError
from archive.languages import language_tag
from archive.pagetext import clip, normalise_date
from archive.readers.marked import looks_like_section_page, meta_tags, read_marked
from archive.streams import read_limited

log = logging.getLogger(__name__)

_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)"""
                      rb"""|<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)""", re.I)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_NO_BODY = ("no article text found: the page looks like an index page, a paywall or a page "
            "built by JavaScript; save the article page itself, or paste its text into a .txt file")


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in its first bytes (``<meta>`` or XML declaration).

    >>> declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=cp1251">')
    'cp1251'
    >>> declared_charset(b'<?xml version="1.0" encoding="koi8-u"?><html>'), declared_charset(b"<p>")
    ('koi8-u', None)
    """
    match = _CHARSET.search(data[:4096])
    return (match[1] or match[2]).decode("ascii") if match else None


def parse_html(data: bytes, origin: str = "", declared: str | None = None) -> Article:
    """An Article from the bytes of a saved news page; RecordError when there is none.

    ``declared`` is the charset the HTTP ``Content-Type`` header gave, if any: it comes
    before the page's own ``<meta>`` (both are checked against the bytes).
    """
    text, codec = decode_with_codec(data, declared or declared_charset(data))
    tree = _parse_tree(text, data if codec == "utf-8" else None)
    tags = meta_tags(tree)
    meta = page_metadata(tree, tags)
    marked = read_marked(tree, tags)
    if marked is None and looks_like_section_page(tree):
        raise RecordError(_NO_BODY, excerpt=clip(tree.findtext(".//title") or ""))
    if marked is not None:
        url = meta["url"]
        return Article(title=marked.title, paragraphs=marked.paragraphs, url=url,
                       source=marked.sitename or _host(url), author=marked.author,
                       published=marked.published, lang_hint=meta["lang"],
                       alternates=meta["alternates"], origin=origin)
    return _read_with_trafilatura(tree, meta, origin)


def _read_with_trafilatura(tree: etree._Element, meta: dict[str, Any], origin: str) -> Article:
    """The article trafilatura finds, for pages whose markup does not say where it is."""
    page_title = clip(tree.findtext(".//title") or "")
    doc = _extract(tree, meta["url"])
    paragraphs = body_paragraphs(doc.body, doc.title or "") if doc is not None else []
    if not paragraphs:  # an odd layout: the fallback extractors may still find the text
        doc = _extract(tree, meta["url"], fast=False)  # the tree as parsed: see _extract
        paragraphs = body_paragraphs(doc.body, doc.title or "") if doc is not None else []
    if not paragraphs:
        raise RecordError(_NO_BODY, excerpt=page_title)
    if not doc.title:
        raise RecordError("no title: the page has no <title>, og:title or <h1>; add one, or "
                          "paste the article into a .txt file with the title on the first line")
    url = meta["url"] or doc.url
    return Article(title=doc.title, paragraphs=paragraphs, url=url,
                   source=doc.sitename or _host(url), author=doc.author or None,
                   published=_published(meta["published"], doc.date, origin),
                   lang_hint=meta["lang"], alternates=meta["alternates"], origin=origin)


def _host(url: str | None) -> str | None:
    return urlsplit(url).hostname if url else None


def page_metadata(tree: etree._Element, tags: dict[str, str] | None = None) -> dict[str, Any]:
    """``lang``, ``url``, ``published`` and ``alternates`` as the page's markup states them.

    ``tags``: :func:`archive.readers.marked.meta_tags` of the page, if already read.
    """
    tags = meta_tags(tree) if tags is None else tags
    lang = (tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang") or "")
    links = [(set((link.get("rel") or "").lower().split()), link) for link in tree.iter("link")]
    canonical = [link.get("href", "").strip() for rel, link in links if "canonical" in rel]
    url = _first_absolute(canonical + [tags.get("og:url", "")])
    alternates: dict[str, str] = {}
    for rel, link in links:
        hreflang, href = link.get("hreflang", "").strip(), link.get("href", "").strip()
        if "alternate" in rel and hreflang and href and hreflang.lower() != "x-default":
            alternates.setdefault(language_tag(hreflang), absolute_url(url, href))
    return {"lang": lang.strip() or None, "url": url,
            "published": tags.get("article:published_time"), "alternates": alternates}


def absolute_url(base: str | None, href: str) -> str:
    """``href`` made absolute against ``base``: ``urljoin``, which is slow, only if needed.

    >>> absolute_url("https://a.example/x/", "y"), absolute_url(None, "https://b.example/z")
    ('https://a.example/x/y', 'https://b.example/z')
    """
    return href if href.startswith(("https://", "http://")) else urljoin(base or "", href)


def body_paragraphs(body: etree._Element | None, title: str) -> list[str]:
    """The paragraphs of trafilatura's body: one per block, one per list item."""
    if body is None:
        return []
    paragraphs = []
    for block in body:
        items = block.findall("item") if block.tag == "list" else [block]
        paragraphs.extend(_text_of(item) for item in items)
    paragraphs = [p for p in paragraphs if p]
    # trafilatura keeps the <h1>, which repeats the title
    if paragraphs and normalise_text(paragraphs[0]) == normalise_text(title):
        paragraphs.pop(0)
    return paragraphs


def _text_of(element: etree._Element) -> str:
    """The text of one block on one line; a ``<lb/>`` becomes a space."""
    for lb in element.iter("lb"):
        lb.text = " "
    return " ".join("".join(element.itertext()).split())


def _html_parser(encoding: str | None = None) -> lxml.html.HTMLParser:
    """lxml.html's parser, with its element classes chosen in C.

    lxml.html picks each element's class in a Python call, made whenever Python first
    touches an element: thousands of times a page, most of them in trafilatura (a
    twentieth of the time it takes). The classes are the same, but for form controls,
    which get the plain HtmlElement (nothing here uses lxml's form API).
    """
    parser = lxml.html.HTMLParser(encoding=encoding)
    parser.set_element_class_lookup(etree.ElementDefaultClassLookup(
        element=lxml.html.HtmlElement, comment=lxml.html.HtmlComment,
        pi=lxml.html.HtmlProcessingInstruction, entity=lxml.html.HtmlEntity))
    return parser


_PARSER = _html_parser()
_UTF8_PARSER = _html_parser("utf-8")


def _parse_tree(text: str, utf8: bytes | None = None) -> etree._Element:
    """The lxml tree of a page; RecordError when there is nothing to parse.

    ``utf8``: the page's bytes when ``text`` is them read as UTF-8; lxml parses them
    faster than the text, to the same tree.
    """
    has_declaration = _XML_DECLARATION.match(text) is not None
    # lxml refuses str input that carries an encoding declaration (XHTML)
    text = _XML_DECLARATION.sub("", text, count=1) if has_declaration else text
    try:
        if utf8 is not None and not has_declaration:
            return lxml.html.document_fromstring(utf8, parser=_UTF8_PARSER)
        return lxml.html.document_fromstring(text, parser=_PARSER)
    except (etree.ParserError, ValueError) as exc:
        raise RecordError(f"not readable as HTML ({exc}); check that the file is a saved "
                          "web page", excerpt=clip(text)) from exc


def _extract(tree: etree._Element, url: str | None, fast: bool = True) -> Document | None:
    """trafilatura's extraction (a Document) of the main text, or None if it finds none.

    ``fast`` skips trafilatura's fallback extractors (a third of its time on a news page);
    the caller asks again without it when the fast pass finds no text. trafilatura prunes
    a copy of the tree it is given, never the tree itself, so the second pass reads the
    same tree instead of parsing the page again (``tests/test_readers.py`` checks it).
    """
    options = copy.copy(_options(fast))  # its settings are read once, not on every page
    options.url = url
    options.source = url and url.encode("utf-8", "replace").decode("utf-8")
    try:
        return trafilatura.bare_extraction(tree, options=options)
    except Exception:  # a third-party crash on one odd page must not stop an import
        log.exception("trafilatura failed on a page; treating it as having no text")
        return None


@lru_cache(maxsize=2)
def _options(fast: bool) -> Extractor:
    return Extractor(
        output_format="python", fast=fast, precision=True, comments=False,
        tables=False, images=False, formatting=False, with_metadata=True,
        # extensive search guesses dates from any number in the text; markup only
        date_params={"extensive_search": False, "original_date": True})


def _first_absolute(urls: list[str]) -> str | None:
    """The first http(s) URL of a list, or None."""
    return next((u for u in urls if u.lower().startswith(("http://", "https://"))), None)


def _published(declared: str | None, extracted: str | None, origin: str) -> str | None:
    """``article:published_time`` in ISO form, else trafilatura's date, else None."""
    for value in (declared, extracted):
        if value:
            try:
                return normalise_date(value)
            except ValueError:
                log.warning("%s: ignoring unreadable date %r", origin or "page", value)
    return None


class HtmlReader:
    """Reads one saved news page per file."""

    format = "html"

    def read(self, stream: BinaryIO, origin: str, start: int = 0
             ) -> Iterator[Article | Rejected]:
        """Yield the page's Article, or one Rejected saying why it cannot be used."""
        data = b""
        try:
            data = read_limited(stream)
            item: Article | Rejected = parse_html(data, origin)
        except RecordError as exc:
            item = Rejected(origin, "whole file", exc.reason, exc.excerpt or excerpt_bytes(data))
        yield item
