"""Parsing text copied from a news page (select all, copy, paste into a .txt file).

The shape such a paste has, from top to bottom, every part but the title and the
body being optional::

    URL: https://...             header lines (also Published:/Date:/Source:/Title:,
    Дата: 14.10.2024 09:30        Джерело:/Источник:/Дата:, a bare URL line)
    ua en ru                     the site's language switcher (dropped)
    Title of the story
    Title of the story Photo: caption      the repeated title and the photo caption
    Author: Name                           (dropped; the author goes to ``author``)
    First paragraph...

    Subheading
    More paragraphs, separated by blank lines or by single newlines.

Also the helpers the other readers share: dates, paragraphs, excerpts.
"""
from __future__ import annotations

import logging
import re
from datetime import date, datetime

from archive.article import Article, normalise_text
from archive.exceptions import RecordError
from archive.languages import ALIASES

log = logging.getLogger(__name__)

MAX_TITLE = 300  # a longer first line is a paragraph, not a title
_SPACE = re.compile(r"\s+")
_FIELD = re.compile(r"^([^\W\d_][^\W\d_ ]*(?: [^\W\d_]+)?)\s*:\s*(.*)$")
_BARE_URL = re.compile(r"^https?://\S+$")
_CAPTION = re.compile(r"^(photo|фото|ілюстрація|иллюстрация|illustration|image)\s*:", re.I)
_TERMINAL = tuple('.!?…:;"»”)')
_HEADER_KEYS = {
    "url": "url", "link": "url", "посилання": "url", "ссылка": "url",
    "published": "published", "date": "published", "дата": "published",
    "опубліковано": "published", "опубликовано": "published",
    "source": "source", "джерело": "source", "источник": "source",
    "title": "title", "заголовок": "title",
}
_AUTHOR_KEYS = {"author", "authors", "by", "автор", "автори", "авторы"}
#: what a site's language switcher may say: the codes and names, and a few labels more
_LANG_LABELS = {**ALIASES, "українською": "uk", "ру": "ru", "російська": "ru"}
_MONTHS = {
    **{m: i for i, m in enumerate(("january", "february", "march", "april", "may", "june",
                                   "july", "august", "september", "october", "november",
                                   "december"), 1)},
    **{m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
                                   "sep", "oct", "nov", "dec"), 1)},
    **{m: i for i, m in enumerate(("січня", "лютого", "березня", "квітня", "травня", "червня",
                                   "липня", "серпня", "вересня", "жовтня", "листопада",
                                   "грудня"), 1)},
    **{m: i for i, m in enumerate(("января", "февраля", "марта", "апреля", "мая", "июня",
                                   "июля", "августа", "сентября", "октября", "ноября",
                                   "декабря"), 1)},
}
_DOTTED = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:,?\s+(\d{1,2}):(\d{2}))?$")
_NAMED = re.compile(  # "14 жовтня 2024 р., 09:30", "3 июня 2009", "14 Oct. 2024"
    r"^(\d{1,2})\s+([^\W\d_]+)\.?,?\s+(\d{4})(?:\s*р\.)?(?:,?\s+(\d{1,2}):(\d{2}))?$")
_NAMED_EN = re.compile(r"^([a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})(?:,?\s+(\d{1,2}):(\d{2}))?$", re.I)


def clip(text: str, limit: int = 120) -> str:
    """``text`` on one line, cut to at most ``limit`` characters for an excerpt.

    >>> clip("  one\\n two  ")
    'one two'
    >>> clip("abcdefghij", 6)
    'abcde…'
    """
    text = _SPACE.sub(" ", text).strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


def switcher_languages(line: str) -> list[str]:
    """The languages of a site's language-switcher line, or [] if it is not one.

    >>> switcher_languages("UA | EN | RU"), switcher_languages("Укр Eng Рус")
    (['uk', 'en', 'ru'], ['uk', 'en', 'ru'])
    >>> switcher_languages("EN"), switcher_languages("Ukraine and Russia")
    ([], [])
    """
    tokens = [t.strip(".").lower() for t in re.split(r"[\s|/·•,]+", line.strip()) if t]
    if len(tokens) < 2 or not all(t in _LANG_LABELS for t in tokens):
        return []
    codes = list(dict.fromkeys(_LANG_LABELS[t] for t in tokens))
    return codes if len(codes) >= 2 else []


def normalise_date(value: str) -> str:
    """An ISO 8601 date or date-time for a date as archives write it; ValueError if invalid.

    >>> normalise_date("2024-10-14"), normalise_date("2024-10-14 09:30")
    ('2024-10-14', '2024-10-14T09:30:00')
    >>> normalise_date("2024-10-14T09:30:00Z"), normalise_date("14.10.2024, 09:30")
    ('2024-10-14T09:30:00+00:00', '2024-10-14T09:30:00')
    >>> normalise_date("14 жовтня 2024"), normalise_date("Oct 14, 2024")
    ('2024-10-14', '2024-10-14')
    """
    text = _SPACE.sub(" ", value).strip()
    try:
        if len(text) <= 10 and "-" in text:
            return date.fromisoformat(text).isoformat()
        return datetime.fromisoformat(text).isoformat()
    except ValueError:
        pass
    parsed = _parse_local_date(text)
    if parsed is None:
        raise ValueError(f"not a date: {value!r} (use ISO 8601, e.g. 2024-10-14 or "
                         "2024-10-14T09:30:00+03:00)")
    return parsed


def _parse_local_date(text: str) -> str | None:
    """Day-first dotted dates and dates with month names (uk/ru/en), or None."""
    if m := _DOTTED.match(text):
        day, month, year, hour, minute = m.groups()
    elif (m := _NAMED.match(text)) and m[2].lower() in _MONTHS:
        day, month, year, hour, minute = m[1], _MONTHS[m[2].lower()], m[3], m[4], m[5]
    elif (m := _NAMED_EN.match(text)) and m[1].lower() in _MONTHS:
        day, month, year, hour, minute = m[2], _MONTHS[m[1].lower()], m[3], m[4], m[5]
    else:
        return None
    try:
        if hour is None:
            return date(int(year), int(month), int(day)).isoformat()
        return datetime(int(year), int(month), int(day), int(hour), int(minute)).isoformat()
    except ValueError:
        return None


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs of a body separated by blank lines or by single newlines.

    A line is joined to the one before only when it looks like a hard-wrapped
    continuation: the one before has no final punctuation and this one starts in
    lower case. Subheadings (no final punctuation, next line capitalised) stay apart.

    >>> split_paragraphs("First one.\\n\\nSecond one.\\nSubheading\\nThird\\nwrapped line.")
    ['First one.', 'Second one.', 'Subheading', 'Third wrapped line.']
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    paragraphs: list[str] = []
    # str.split() splits on what \s matches (both use Unicode's whitespace), several
    # times faster than the regex on long Cyrillic lines
    for line in (" ".join(line.split()) for line in text.split("\n")):
        if not line:
            paragraphs.append("")  # a blank line always ends a paragraph
        elif paragraphs and paragraphs[-1] and _continues(paragraphs[-1], line):
            paragraphs[-1] += " " + line
        else:
            paragraphs.append(line)
    return [p for p in paragraphs if p]


def _continues(previous: str, line: str) -> bool:
    """True when ``line`` is the hard-wrapped rest of ``previous``."""
    return not previous.endswith(_TERMINAL) and line[0].islower()


def parse_page_text(text: str, origin: str = "", *, lang_hint: str | None = None) -> Article:
    """An Article from text pasted from a news page; RecordError without title or body."""
    lines = [" ".join(line.split()) for line in text.lstrip("\ufeff").splitlines()]
    fields: dict[str, str] = {}
    pos = _read_header(lines, 0, fields)
    title, pos = _take_title(lines, pos, fields.pop("title", None))
    if not title:
        raise RecordError("no title: the text is empty after the header lines; the first "
                          "line must be the title (or add a 'Title:' line)", excerpt=clip(text))
    pos = _read_lead(lines, pos, title, fields)
    body = [line for line in lines[pos:] if not _is_furniture(line)]
    _take_trailing_author(body, fields)
    paragraphs = split_paragraphs("\n".join(body))
    if not paragraphs:
        raise RecordError("no body: nothing follows the title; paste the article text "
                          "below the title", excerpt=clip(text))
    return Article(title=title, paragraphs=paragraphs, url=fields.get("url"),
                   source=fields.get("source"), author=fields.get("author"),
                   published=_published(fields.get("published"), origin),
                   lang_hint=lang_hint, origin=origin)


def _header_field(line: str) -> tuple[str, str] | None:
    """(field, value) for a header line such as ``Source: RBC`` (value maybe ""), else None."""
    if _BARE_URL.match(line):
        return "url", line
    match = _FIELD.match(line)
    key = match and (_HEADER_KEYS.get(match[1].lower()) or
                     ("author" if match[1].lower() in _AUTHOR_KEYS else None))
    return (key, match[2].strip()) if key else None


def _keep(fields: dict[str, str], field: tuple[str, str]) -> None:
    """Record a header field; the first non-empty value of each field wins."""
    if field[1]:
        fields.setdefault(*field)


def _read_header(lines: list[str], pos: int, fields: dict[str, str]) -> int:
    """Consume header lines, switcher lines and blanks at the top; return the next index."""
    while pos < len(lines):
        line = lines[pos]
        field = _header_field(line) if line else None
        if field:
            _keep(fields, field)
        elif line and not _is_switcher(line):
            break
        pos += 1
    return pos


def _take_title(lines: list[str], pos: int, declared: str | None) -> tuple[str, int]:
    """The title and the index after it; a ``Title:`` header wins over the first line."""
    if declared:
        return declared, pos
    if pos >= len(lines):
        return "", pos
    if len(lines[pos]) > MAX_TITLE:
        raise RecordError(f"no title: the first line is {len(lines[pos])} characters long, "
                          "a paragraph rather than a title; put the title on the first line "
                          "(or add a 'Title:' line)", excerpt=clip(lines[pos]))
    return lines[pos], pos + 1


def _read_lead(lines: list[str], pos: int, title: str, fields: dict[str, str]) -> int:
    """Skip what sits between the title and the body, keeping author and header fields."""
    while pos < len(lines):
        line = lines[pos]
        field = _header_field(line) if line else None
        if field:
            _keep(fields, field)
        elif line and not (_repeats_title(line, title) or _is_furniture(line)):
            break
        pos += 1
    return pos


def _repeats_title(line: str, title: str) -> bool:
    """True for the title repeated over the photo, alone or followed by the caption."""
    norm_line, norm_title = normalise_text(line), normalise_text(title)
    if not norm_line.startswith(norm_title):
        return False
    rest = norm_line[len(norm_title):].strip()
    return not rest or bool(_CAPTION.match(rest))


def _is_furniture(line: str) -> bool:
    """True for page furniture inside the text: photo captions and language switchers."""
    if _CAPTION.match(line):
        log.debug("dropping photo caption %r", clip(line, 60))
        return True
    return _is_switcher(line)


def _is_switcher(line: str) -> bool:
    """True for a language-switcher line; it shows that other versions exist."""
    codes = switcher_languages(line)
    if codes:
        # Article has no field for "versions exist, URLs unknown"; the aligner finds them.
        log.debug("language switcher %s: the page exists in other languages", "/".join(codes))
    return bool(codes)


def _take_trailing_author(body: list[str], fields: dict[str, str]) -> None:
    """Move an ``Author:`` line at the very end of the body into ``fields``."""
    while body and not body[-1]:
        body.pop()
    field = _header_field(body[-1]) if body else None
    if field and field[0] == "author" and field[1] and "author" not in fields:
        fields["author"] = field[1]
        body.pop()


def _published(value: str | None, origin: str) -> str | None:
    """The ISO form of a header date, or None (logged) when it cannot be read."""
    if not value:
        return None
    try:
        return normalise_date(value)
    except ValueError:
        log.warning("%s: ignoring unreadable date %r", origin or "page text", value)
        return None
