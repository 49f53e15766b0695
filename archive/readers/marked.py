"""A quick reader for pages whose markup says where the article is.

Most news sites publish their articles with explicit markup: an ``<article>`` element or
an ``itemprop="articleBody"`` around the story, a headline in ``<h1>``, and the date, the
author and the site's name in ``<meta>`` tags or a JSON-LD ``NewsArticle``. On such a page
the article can be read straight from that markup, at a fraction of the cost of
trafilatura's general search (about a sixth on a small page). :func:`read_marked` does that
and nothing more; it declines (returns None) whenever the page leaves any doubt, and the
caller then asks trafilatura:

- no ``<article>`` or ``articleBody``, or several articles none of which dominates;
- text standing loose in the article's containers beside its paragraphs;
- no headline, no readable publication date (meta tags, JSON-LD, ``<time>`` in the
  article), or less text than a short news item has.

Inside the article it keeps paragraphs, subheadings, quotes and list items (a ``<div>`` of
text is a paragraph; two ``<br>`` in a row part paragraphs), and leaves out
what is not the story: headers and bylines, figures and captions, embedded media, forms,
tables, nested cards, hidden elements, elements whose class or id names boilerplate
(sharing, related links, ads, newsletters, comments, tags), blocks that are mostly links
("Read also: ...") and short label-like lines. ``bench/reader_eval.py`` compares it with
trafilatura on any folder of saved pages.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any, Callable, Iterator

from lxml import etree

from archive.article import normalise_text
from archive.pagetext import normalise_date

#: blocks whose text is one paragraph of the article
BLOCKS = frozenset({"p", "h2", "h3", "h4", "h5", "h6", "blockquote", "li", "pre", "dd", "dt"})
#: elements that hold blocks, or are one when they hold only text and inline elements
CONTAINERS = frozenset({"div", "section", "main", "ul", "ol", "dl", "center", "hgroup",
                        "details"})
#: elements that are part of a paragraph's text, whatever their class
INLINE = frozenset({"a", "b", "strong", "em", "i", "u", "s", "span", "sup", "sub", "small",
                    "mark", "abbr", "cite", "q", "code", "time", "font", "bdi", "bdo", "del",
                    "ins", "kbd", "var", "wbr", "data", "dfn", "samp", "nobr", "big", "tt"})
#: elements that never hold the article's text
SKIPPED = frozenset({
    "script", "style", "noscript", "template", "svg", "math", "figure", "figcaption",
    "picture", "img", "video", "audio", "source", "track", "iframe", "object", "embed",
    "canvas", "map", "form", "button", "input", "select", "textarea", "label", "fieldset",
    "nav", "aside", "header", "footer", "table", "dialog", "menu", "h1", "article", "time",
    "address", "summary", "link", "meta", "hr"})
#: whole words of a class or id that mark boilerplate ("ad-slot", "post-meta")
BOILERPLATE_WORDS = frozenset({"ad", "ads", "adv", "nav", "meta", "tags", "tag", "card",
                               "toc", "also", "embed", "author", "authors", "credit",
                               "credits", "tools", "print", "video", "photo", "hidden"})
#: parts of a class or id that mark boilerplate wherever they stand ("sharebar")
BOILERPLATE_STEMS = re.compile(
    "advert|sponsor|promo|banner|related|recommend|share|sharing|social|newsletter|subscri|"
    "signup|comment|byline|breadcrumb|caption|cookie|widget|popup|modal|toolbar|gallery|"
    "teaser|readmore|player|sidebar|rating|recirc|popular|optin|timestamp|sr-only|"
    "screen-reader|visually-hidden|dateline|graphic|chart|interactive|infobox", re.I)
#: a block starting so is a pointer to another article, whatever its links
POINTERS = re.compile(r"^(read|see|watch|listen)( also| more)?\s*:"
                      r"|^(читайте|дивіться|смотрите|слухайте|слушайте)( також| также)?\s*:"
                      r"|^(advertisement|advertising|реклама)$", re.I)
_WORDS = re.compile(r"[a-z]+")
_WITH_ITEMPROP = etree.XPath("//*[@itemprop]")
_AUTHOR_MARKS = etree.XPath(
    "//body//*[contains(concat(' ', normalize-space(@rel), ' '), ' author ')"
    " or contains(concat(' ', normalize-space(@itemprop), ' '), ' author ')]")
_BYLINE_CLASSES = etree.XPath(
    "//article//*[contains(@class, 'author') or contains(@class, 'byline')]"
    "[not(.//*[contains(@class, 'author') or contains(@class, 'byline')])]")
#: a line break while a block's text is put together; two in a row part paragraphs
_BR = "\x00"
_BREAKS = re.compile("\x00\\s*\x00[\\s\x00]*")
_VISIBLE_TEXT = etree.XPath("//body//text()[not(ancestor::script or ancestor::style)]")
_ARTICLE_TIMES = etree.XPath("//article//time/@datetime")
_INVISIBLE = ("script", "style", "noscript", "template", "svg")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
#: a block more than this share of whose text is links is a list of links, not prose
MAX_LINK_SHARE = 0.5
#: teaser articles on a page that make it a section page when none of them dominates
SECTION_ARTICLES = 3
#: ... and they hold this share of the page's text
SECTION_SHARE = 0.5
#: a ``<div>`` of text shorter than this is a paragraph only if it ends like a sentence
MIN_LOOSE = 60
_STOPS = (".", "!", "?", "…", ":", "»", "”", '"')
#: less article text than this is not trusted to be the article
MIN_TEXT = 200
#: the main one of several articles has this many times the text of the next largest
MAIN_FACTOR = 2.5
_ARTICLE_TYPES = frozenset({"newsarticle", "article", "reportagenewsarticle", "blogposting",
                            "analysisnewsarticle", "opinionnewsarticle", "report",
                            "backgroundnewsarticle", "socialmediaposting", "liveblogposting"})
_BY = re.compile(r"^(written by|by|від|автор(и|ы)?|author(s)?|текст|text)\s*:?\s+", re.I)
#: meta tags that state the publication date, most trusted first
_DATE_KEYS = ("article:published_time", "og:article:published_time", "datepublished",
              "parsely-pub-date", "pubdate", "publishdate", "dc.date.issued")
_TITLE_SEPARATORS = (" | ", " – ", " — ", " - ", " :: ", " · ")


@dataclass
class Marked:
    """What the markup says of the article: its parts as the page states them."""

    title: str
    paragraphs: list[str]
    published: str
    author: str | None
    sitename: str | None


def read_marked(tree: etree._Element, meta: dict[str, str] | None = None) -> Marked | None:
    """The article as the page's markup marks it, or None when the markup leaves doubt.

    The tree is only read, never changed: the caller may hand it to trafilatura after.
    ``meta`` is :func:`meta_tags` of the tree, if the caller has it already.
    """
    body = _article_body(tree)
    if body is None:
        return None
    paragraphs = _paragraphs(body)
    if paragraphs is None or sum(map(len, paragraphs)) < MIN_TEXT:
        return None
    facts = _facts(tree, meta_tags(tree) if meta is None else meta)
    title = _title(tree, body, facts)
    published = facts.get("published")
    if not title or not published:
        return None
    if normalise_text(paragraphs[0]) == normalise_text(title):
        paragraphs = paragraphs[1:]
    return Marked(title=title, paragraphs=paragraphs, published=published,
                  author=facts.get("author"), sitename=facts.get("sitename"))


# --- where the article is ------------------------------------------------------------

def _article_body(tree: etree._Element) -> etree._Element | None:
    """The element that holds the article's text, or None when the page does not say."""
    marked = [el for el in _WITH_ITEMPROP(tree)
              if "articlebody" in el.get("itemprop").lower().split()]
    if len(marked) == 1:
        return marked[0]
    if marked:
        return None
    return _main_article(_articles(tree))


def looks_like_section_page(tree: etree._Element) -> bool:
    """Whether the page is a list of articles: several, none the main one, and together
    most of the page's text (a section page, a search result, a home page)."""
    articles = _articles(tree)
    if len(articles) < SECTION_ARTICLES or _main_article(articles) is not None:
        return False
    listed = sum(map(_text_size, articles))
    return listed >= SECTION_SHARE * sum(len(t.strip()) for t in _VISIBLE_TEXT(tree))


def _articles(tree: etree._Element) -> list[etree._Element]:
    return [el for el in tree.iter("article")
            if not _inside(el, ("article", "aside", "nav", "footer"))]


def _main_article(articles: list[etree._Element]) -> etree._Element | None:
    """The article that dominates the others by its text, if one does."""
    if len(articles) == 1:
        return articles[0]
    sizes = sorted(((_text_size(el), i) for i, el in enumerate(articles)), reverse=True)
    if not sizes or not sizes[0][0]:
        return None
    largest, index = sizes[0]
    return articles[index] if largest >= MAIN_FACTOR * sizes[1][0] else None


def _inside(el: etree._Element, tags: tuple[str, ...]) -> bool:
    return any(parent.tag in tags for parent in el.iterancestors())


def _text_size(el: etree._Element) -> int:
    return sum(len(t.strip()) for t in el.itertext())


def _is_element(el: Any) -> bool:
    return isinstance(el.tag, str)


# --- the article's text ----------------------------------------------------------------

def _paragraphs(body: etree._Element) -> list[str] | None:
    """The article's paragraphs, or None when text stands outside paragraphs."""
    paragraphs: list[str] = []
    for block in _blocks(body):
        if block is None:
            return None
        texts, link_chars = _block_texts(block)
        if link_chars > MAX_LINK_SHARE * sum(map(len, texts)):
            continue
        for text in texts:
            if block.tag in CONTAINERS and len(text) < MIN_LOOSE and not text.endswith(_STOPS):
                continue  # a label, a date line, a credit: not written as a paragraph
            if not POINTERS.match(text):
                paragraphs.append(text)
    return paragraphs


def _blocks(container: etree._Element) -> Iterator[etree._Element | None]:
    """The text blocks under ``container`` in order; None for text standing loose."""
    kept = [child for child in container if _is_element(child) and not _skipped(child)]
    if not any(child.tag in BLOCKS or child.tag in CONTAINERS for child in kept):
        yield container  # only text and inline elements: one paragraph
        return
    if _loose(container.text) or any(_loose(child.tail) for child in container):
        yield None
        return
    for child in kept:
        if child.tag in BLOCKS and not len(child):  # a plain paragraph, the common case
            yield child
        elif child.tag in BLOCKS or child.tag in CONTAINERS:
            yield from _blocks(child)
        elif _text_size(child):  # an inline element with text beside the blocks
            yield None
            return


def _loose(text: str | None) -> bool:
    return bool(text) and not text.isspace()


def _skipped(el: etree._Element) -> bool:
    if el.tag in SKIPPED or el.tag.startswith("amp-") or _hidden(el):
        return True
    names = f'{el.get("class") or ""} {el.get("id") or ""}'
    if names.isspace():
        return False
    return bool(BOILERPLATE_STEMS.search(names)) or \
        not BOILERPLATE_WORDS.isdisjoint(_WORDS.findall(names.lower()))


def _hidden(el: etree._Element) -> bool:
    return el.get("hidden") is not None or (el.get("aria-hidden") or "").lower() == "true" \
        or bool(_HIDDEN_STYLE.search(el.get("style") or ""))


def _left_out_of_text(el: etree._Element) -> bool:
    """Whether an element inside a paragraph is not part of its text (a button, a figure)."""
    if el.tag in INLINE:
        return el.tag in _INVISIBLE or _hidden(el)
    return _skipped(el)


def _block_texts(block: etree._Element) -> tuple[list[str], int]:
    """A block's paragraphs (two ``<br>`` in a row part them), and its characters in links."""
    if not len(block):  # plain text, the common case
        text = " ".join((block.text or "").split())
        return ([text] if text else []), 0
    parts: list[str] = []
    link_chars = 0
    for piece, in_link in _pieces(block, False):
        parts.append(piece)
        if in_link:
            link_chars += len(piece.strip())
    texts = (" ".join(t.replace(_BR, " ").split()) for t in _BREAKS.split("".join(parts)))
    return [t for t in texts if t], link_chars


def _pieces(el: etree._Element, in_link: bool) -> Iterator[tuple[str, bool]]:
    """The text of ``el`` in order, each piece with whether it is a link's text."""
    if el.text:
        yield el.text, in_link
    for child in el:
        if _is_element(child):
            if child.tag == "br":
                yield _BR, in_link
            elif not _left_out_of_text(child):
                yield from _pieces(child, in_link or child.tag == "a")
        if child.tail:
            yield child.tail, in_link


# --- what the markup states of it ----------------------------------------------------

def meta_tags(tree: etree._Element) -> dict[str, str]:
    """The page's ``<meta>`` values by property, name or itemprop (lower case), first kept."""
    meta: dict[str, str] = {}
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").lower()
        value = " ".join((el.get("content") or "").split())
        if key and value:
            meta.setdefault(key, value)
    return meta


def _facts(tree: etree._Element, meta: dict[str, str]) -> dict[str, str]:
    """published, author, sitename and headline as the meta tags and JSON-LD state them.

    Each is looked for in order of trust, and the costlier places only when needed.
    """
    linked: dict[str, str] = {}
    if not all(key in meta for key in ("article:published_time", "author", "og:site_name")):
        linked = _json_ld(tree)
    facts: dict[str, str] = {}
    _put(facts, "published", *(lambda k=key: _date(meta.get(k)) for key in _DATE_KEYS),
         lambda: _date(linked.get("published")), lambda: _date(_time_published(tree)),
         lambda: _date(next(iter(_ARTICLE_TIMES(tree)), None)))  # the article's first date
    _put(facts, "author", lambda: _author(meta.get("author")),
         lambda: _author(meta.get("article:author")), lambda: _author(linked.get("author")),
         lambda: _byline(tree))
    _put(facts, "sitename", lambda: meta.get("og:site_name"), lambda: linked.get("sitename"),
         lambda: meta.get("application-name"))
    _put(facts, "headline", lambda: meta.get("og:title"), lambda: linked.get("headline"),
         lambda: meta.get("twitter:title"))
    return facts


def _date(value: str | None) -> str | None:
    """``value`` as an ISO date, or None when it is missing or unreadable."""
    try:
        return normalise_date(value) if value else None
    except ValueError:
        return None


def _put(facts: dict[str, str], key: str, *sources: Callable[[], str | None]) -> None:
    """The first value a source gives, under ``key``; the sources after it are not asked."""
    value = next(filter(None, (source() for source in sources)), None)
    if value:
        facts[key] = value


def _time_published(tree: etree._Element) -> str | None:
    for el in tree.iter("time"):
        if "datepublished" in (el.get("itemprop") or "").lower().split():
            return el.get("datetime") or el.get("content") or None
    return None


def _json_ld(tree: etree._Element) -> dict[str, str]:
    """The first article object of the page's JSON-LD: its date, author, site, headline."""
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            continue
        for item in _ld_items(data):
            types = item.get("@type")
            types = types if isinstance(types, list) else [types]
            if any(isinstance(t, str) and t.lower() in _ARTICLE_TYPES for t in types):
                return {"published": _ld_text(item.get("datePublished")),
                        "author": _ld_name(item.get("author")),
                        "sitename": _ld_name(item.get("publisher")),
                        "headline": _ld_text(item.get("headline"))}
    return {}


def _ld_items(data: Any) -> Iterator[dict]:
    if isinstance(data, list):
        for item in data:
            yield from _ld_items(item)
    elif isinstance(data, dict):
        yield data
        yield from _ld_items(data.get("@graph"))


def _ld_text(value: Any) -> str:
    return " ".join(value.split()) if isinstance(value, str) else ""


def _ld_name(value: Any) -> str:
    """A name from JSON-LD: a string, {"name": ...}, or a list of either ("; " between)."""
    if isinstance(value, list):
        return "; ".join(filter(None, map(_ld_name, value)))
    if isinstance(value, dict):
        value = value.get("name")
    return _ld_text(value)


def _author(value: str | None) -> str | None:
    """A person's name from a meta value; None for a URL, an address or a sentence."""
    if not value or "http" in value or "@" in value or "/" in value or len(value) > 100:
        return None
    return _BY.sub("", value).strip() or None


def _byline(tree: etree._Element) -> str | None:
    """The names the page marks as its authors (``rel="author"``, ``itemprop="author"``)."""
    names = []
    for el in _AUTHOR_MARKS(tree):
        name = el.find(".//*[@itemprop='name']")
        text = " ".join(((name if name is not None else el).text_content() or "").split())
        text = _author(text)
        if text and text not in names:
            names.append(text)
    if not names:
        names = [name for name in map(_author, map(_one_line, _BYLINE_CLASSES(tree)))
                 if name and len(name) <= 60 and not any(c.isdigit() for c in name)][:1]
    return "; ".join(names) or None


def _one_line(el: etree._Element) -> str:
    return " ".join((el.text_content() or "").split())


def _title(tree: etree._Element, body: etree._Element, facts: dict[str, str]) -> str | None:
    """The headline: the article's ``<h1>``, else the page's only one, else the metadata."""
    scope = body if body.tag == "article" else next(
        (el for el in body.iterancestors("article")), None)
    for candidates in (scope.iter("h1") if scope is not None else (),
                       _only(tree.iter("h1"))):
        for h1 in candidates:
            text = " ".join("".join(_text for _text, _ in _pieces(h1, False)).split())
            if text:
                return text
    headline = facts.get("headline")
    if headline:
        return headline
    title = " ".join(tree.findtext(".//title", "").split())
    return _strip_site(title, facts.get("sitename")) or None


def _only(elements: Iterator[etree._Element]) -> list[etree._Element]:
    found = list(elements)
    return found if len(found) == 1 else []


def _strip_site(title: str, sitename: str | None) -> str:
    """``title`` without a trailing " | Site" when the site is named so."""
    for separator in _TITLE_SEPARATORS:
        head, _, tail = title.rpartition(separator)
        if head and sitename and tail.strip().lower() == sitename.lower():
            return head.strip()
    return title
