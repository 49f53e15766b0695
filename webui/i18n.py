"""The interface in Ukrainian, English and Russian (Flask-Babel), and its helpers.

The interface language (not the language of the news) comes from, in order: ``?ui=uk|en|ru``
(``ua`` is taken as ``uk``), which is then remembered in the ``ui`` cookie for a year; that
cookie; the browser's Accept-Language; English. The JSON API always answers in English, so
its messages stay stable for programs.

The catalogues live in ``webui/translations/<lang>/LC_MESSAGES/messages.po``; the compiled
``messages.mo`` beside them are kept in the repository (``tests/test_i18n.py`` fails when
one is older than its ``.po``). After changing a user-visible string::

    .venv/bin/python -m webui.i18n update    # extract, then merge into uk and ru
    (translate the new entries in the .po files)
    .venv/bin/python -m webui.i18n compile   # write the .mo files
"""
from __future__ import annotations

import subprocess
import sys
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Mapping
from urllib.parse import urlencode

from babel.dates import format_date
from babel.numbers import format_decimal, format_percent
from flask import Flask, Response, g, has_request_context, request
from flask_babel import Babel, get_locale, get_translations, gettext, lazy_gettext
from markupsafe import Markup
from werkzeug.exceptions import HTTPException

UI_LANGS = ("uk", "en", "ru")
DEFAULT = "en"
ALIASES = {"ua": "uk"}
COOKIE = "ui"
COOKIE_AGE = 365 * 24 * 60 * 60
#: each language's own name, for the switcher
UI_NAMES = {"uk": "Українська", "en": "English", "ru": "Русский"}
#: the locale dates are written in: British English gives "14 March 2025"
DATE_LOCALES = {"uk": "uk", "en": "en_GB", "ru": "ru"}

HERE = Path(__file__).resolve().parent
TRANSLATIONS = HERE / "translations"
ROOT = HERE.parent
BABEL_CFG = ROOT / "babel.cfg"
KEYWORDS = ["lazy_gettext"]  # on top of Babel's defaults (_, gettext, ngettext, ...)

LANG_NAMES = {"uk": lazy_gettext("Ukrainian"), "en": lazy_gettext("English"),
              "ru": lazy_gettext("Russian"), "und": lazy_gettext("undetermined"),
              # languages kept apart from the three (indexer.text.profiles.OTHER_LANGS)
              "be": lazy_gettext("Belarusian"), "bg": lazy_gettext("Bulgarian"),
              "mk": lazy_gettext("Macedonian"), "sr": lazy_gettext("Serbian"),
              "pl": lazy_gettext("Polish"), "cs": lazy_gettext("Czech"),
              "sk": lazy_gettext("Slovak"), "de": lazy_gettext("German"),
              "fr": lazy_gettext("French"), "crh": lazy_gettext("Crimean Tatar")}
#: the same names inside phrases, where Ukrainian and Russian decline them
LANG_ONLY = {"uk": lazy_gettext("with a Ukrainian version"),
             "en": lazy_gettext("with an English version"),
             "ru": lazy_gettext("with a Russian version")}
LANG_MISSING = {"uk": lazy_gettext("no Ukrainian version"),
                "en": lazy_gettext("no English version"),
                "ru": lazy_gettext("no Russian version")}
#: "no counterpart in English" on the compare page
LANG_NO_COUNTERPART = {"uk": lazy_gettext("no counterpart in Ukrainian"),
                       "en": lazy_gettext("no counterpart in English"),
                       "ru": lazy_gettext("no counterpart in Russian")}
#: the compare page's unlink buttons
LANG_UNLINK = {"uk": lazy_gettext("Unlink the Ukrainian version"),
               "en": lazy_gettext("Unlink the English version"),
               "ru": lazy_gettext("Unlink the Russian version")}
LANG_PHRASES = {"only": LANG_ONLY, "missing": LANG_MISSING, "no-counterpart": LANG_NO_COUNTERPART,
                "unlink": LANG_UNLINK}
UNDATED = lazy_gettext("Undated")
LANG_METHODS = {"declared": lazy_gettext("as declared by the source"),
                "url": lazy_gettext("from the address"),
                "letters": lazy_gettext("from the letters used"),
                "script": lazy_gettext("from the alphabet"),
                "lingua": lazy_gettext("by the Lingua detector"),
                "langdetect": lazy_gettext("by the langdetect detector"),
                "empty": lazy_gettext("no text"),
                "too-short": lazy_gettext("text too short")}
HTTP_TITLES = {400: lazy_gettext("Bad Request"), 401: lazy_gettext("Unauthorized"),
               403: lazy_gettext("Forbidden"), 404: lazy_gettext("Not Found"),
               405: lazy_gettext("Method Not Allowed"), 413: lazy_gettext("Request Too Large"),
               414: lazy_gettext("Address Too Long"), 429: lazy_gettext("Too Many Requests"),
               500: lazy_gettext("Internal Server Error"), 502: lazy_gettext("Bad Gateway"),
               503: lazy_gettext("Service Unavailable"), 504: lazy_gettext("Gateway Timeout")}
#: replaces Werkzeug's English default description (abort() without a text)
HTTP_DESCRIPTIONS = {
    400: lazy_gettext("The request could not be understood."),
    401: lazy_gettext("You need to log in to see this page."),
    403: lazy_gettext("You are not allowed to see this page."),
    404: lazy_gettext("There is no page at this address. Check it for typos, or search "
                      "the archive."),
    405: lazy_gettext("This address does not accept this kind of request."),
    413: lazy_gettext("The request is too large."),
    414: lazy_gettext("The address is too long."),
    429: lazy_gettext("Too many requests: wait a little and try again."),
    500: lazy_gettext("Something went wrong on our side. Try again later."),
    502: lazy_gettext("A service behind this site answered wrongly. Try again later."),
    503: lazy_gettext("The archive is not available right now. Try again later."),
    504: lazy_gettext("A service behind this site did not answer in time. Try again later."),
}


def normalise(value: str | None) -> str | None:
    """``uk``, ``en`` or ``ru`` from a parameter or cookie value, else None.

    >>> [normalise(v) for v in ("uk", "UA", " ru ", "de", "", None)]
    ['uk', 'uk', 'ru', None, None, None]
    """
    value = (value or "").strip().lower()
    value = ALIASES.get(value, value)
    return value if value in UI_LANGS else None


def from_accept_language(values: list[tuple[str, float]]) -> str | None:
    """The best interface language for Accept-Language ``(value, quality)`` pairs.

    >>> from_accept_language([("de-DE", 1), ("ru-RU", 0.8), ("en", 0.5)])
    'ru'
    >>> from_accept_language([("ua", 1)]), from_accept_language([("fr", 1), ("*", 0.1)])
    ('uk', None)
    """
    for value, quality in sorted(values, key=lambda vq: -vq[1]):
        found = normalise(value.replace("_", "-").split("-")[0])
        if found and quality > 0:
            return found
    return None


def _is_api() -> bool:
    return request.path.startswith("/api/")


def select_ui() -> str:
    """This request's interface language (see the module's docstring)."""
    if not has_request_context():
        return DEFAULT
    if "ui_lang" not in g:
        if _is_api():
            g.ui_lang = DEFAULT
        else:
            g.ui_lang = (normalise(request.args.get("ui")) or normalise(request.cookies.get(COOKIE))
                         or from_accept_language(list(request.accept_languages)) or DEFAULT)
    return g.ui_lang


def _remember(response: Response) -> Response:
    """Keep an explicit ``?ui=`` choice in a cookie; tell caches what the page depends on."""
    if _is_api() or request.endpoint == "static":
        return response
    chosen = normalise(request.args.get("ui"))
    if chosen and chosen != request.cookies.get(COOKIE):
        response.set_cookie(COOKIE, chosen, max_age=COOKIE_AGE, samesite="Lax", httponly=True)
    response.vary.update(("Accept-Language", "Cookie"))
    return response


def query_url(changes: Mapping[str, Any] | None = None, **more: Any) -> str:
    """This page's address with some query parameters replaced (None removes one).

    Templates use it for facet links, removing filters, pages and the language switcher;
    everything else in the query string is kept.
    """
    args = request.args.copy()
    for key, value in {**(changes or {}), **more}.items():
        args.pop(key, None)
        if value is not None and value != "":
            args[key] = str(value)
    query = urlencode(list(args.items(multi=True)))
    return request.script_root + request.path + ("?" + query if query else "")


def ui_url(lang: str) -> str:
    """This page in another interface language."""
    return query_url(ui=lang)


def lang_name(code: str | None) -> str:
    """A content language's name in the interface language (the code if unknown)."""
    return _once("name", code, lambda: str(LANG_NAMES[code])) if code in LANG_NAMES else (
        code or "")


#: (interface language, kind, key) -> its text in that language
_TRANSLATED: dict[tuple[str, str, str], str] = {}


def _once(kind: str, key: str, translate: Callable[[], str]) -> str:
    """``translate()`` in the interface language, looked up in the catalogue once per
    process: a language's name or phrase, a template's message. A search page asks the same
    few a hundred times, and each lookup goes through Flask-Babel's request context."""
    cached = (select_ui(), kind, key)
    if cached not in _TRANSLATED:
        _TRANSLATED[cached] = translate()
    return _TRANSLATED[cached]


def lang_phrase(kind: str, code: str | None) -> str:
    """A phrase about one language, declined as each interface language needs: ``only``
    "with an English version", ``missing`` "no English version", ``no-counterpart`` "no
    counterpart in English", ``unlink`` "Unlink the English version"."""
    table = LANG_PHRASES[kind]
    if code in table:
        return _once(kind, code, lambda: str(table[code]))
    if kind == "only" and code in LANG_NAMES:  # another language: its articles stand alone
        return gettext("in %(language)s", language=lang_name(code))
    return lang_name(code)


def facet_label(key: str, value: Any) -> str:
    """A facet entry as the filter it sets: "With an English version", "Undated", 2024."""
    if key == "lang":
        return upfirst(lang_phrase("only", value))
    if key == "year" and value == "undated":
        return str(UNDATED)
    return str(value)


def lang_method_name(method: str | None) -> str:
    """How a language was decided, in words."""
    return str(LANG_METHODS[method]) if method in LANG_METHODS else (method or "")


def upfirst(text: Any) -> str:
    """The text with a capital first letter, the rest untouched (unlike ``capitalize``).

    >>> upfirst("англійська"), upfirst("no English version"), upfirst("")
    ('Англійська', 'No English version', '')
    """
    text = str(text)
    return text[:1].upper() + text[1:]


def _parse_date(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def format_day(value: Any, form: str = "long") -> str:
    """A publication date (ISO string or date) as the interface language writes it."""
    day = _parse_date(value)
    if day is None:
        return str(value or "")
    return _formatted_day(day, form, DATE_LOCALES.get(select_ui(), select_ui()))


@lru_cache(maxsize=4096)
def _formatted_day(day: date, form: str, locale: str) -> str:
    # Babel takes a twentieth of a millisecond a date; a page's dates repeat across pages
    return format_date(day, form, locale=locale)


def format_count(value: Any) -> str:
    """A whole number with the interface language's grouping (1,234 / 1 234)."""
    # below 1,000 every interface language writes the digits as they are: no locale to look
    # up (a search page formats some 30 counts; Babel took a tenth of its rendering)
    if type(value) is int and 0 <= value < 1000:
        return str(value)
    try:
        return format_decimal(value, locale=str(get_locale()))
    except (TypeError, ValueError, ArithmeticError):
        return str(value)


def format_share(value: Any) -> str:
    """A 0..1 fraction as a percentage (98% / 98 %)."""
    try:
        return format_percent(float(value), locale=str(get_locale()))
    except (TypeError, ValueError):
        return ""


def http_title(exc: HTTPException) -> str:
    """An HTTP error's name in the interface language."""
    return str(HTTP_TITLES.get(exc.code or 500, exc.name))


def http_description(exc: HTTPException) -> str:
    """The error's text: the raiser's own (already translated), or a translated default."""
    if exc.description and exc.description != type(exc).description:
        return str(exc.description)
    return str(HTTP_DESCRIPTIONS.get(exc.code or 500, exc.description or ""))


def _template_gettext(message: str) -> str:
    """``_()`` in a template: Flask-Babel's, each message looked up once (:func:`_once`)."""
    return _once("message", message, lambda: get_translations().ugettext(message))


def _template_globals() -> dict[str, Any]:
    return {"ui_lang": select_ui(), "UI_LANGS": UI_LANGS, "UI_NAMES": UI_NAMES,
            "ui_url": ui_url, "query_url": query_url, "lang_name": lang_name,
            "lang_phrase": lang_phrase, "lang_method_name": lang_method_name,
            "facet_label": facet_label}


def init_app(app: Flask) -> None:
    """Install Flask-Babel with our language choice, the cookie, filters and globals."""
    Babel(app, locale_selector=select_ui, default_locale=DEFAULT,
          default_translation_directories=str(TRANSLATIONS))
    app.jinja_env.install_gettext_callables(
        gettext=_template_gettext,
        ngettext=lambda s, p, n: get_translations().ungettext(s, p, n), newstyle=True,
        pgettext=lambda c, s: get_translations().upgettext(c, s),
        npgettext=lambda c, s, p, n: get_translations().unpgettext(c, s, p, n))
    app.after_request(_remember)
    app.context_processor(_template_globals)
    app.jinja_env.filters.update(day=format_day, number=format_count, share=format_share,
                                 upfirst=upfirst, lang_name=lang_name)
    app.jinja_env.globals["Markup"] = Markup


# --- maintaining the catalogues -------------------------------------------------------------

def extract(pot: Path) -> None:
    """Every translatable string of the templates and the web code, into ``pot``."""
    _pybabel("extract", "-F", "babel.cfg", *[f"-k{k}" for k in KEYWORDS], "--no-wrap",
             "--sort-by-file", "--project", "trimova", "-o", str(pot), "webui")


def _pybabel(*argv: str) -> None:
    """Run pybabel from the repository's root, so that locations read ``webui/...``."""
    subprocess.run([sys.executable, "-m", "babel.messages.frontend", "-q", *argv], cwd=ROOT,
                   check=True)


def main(argv: list[str]) -> int:
    """``update``: extract and merge into the uk and ru catalogues; ``compile``: write .mo."""
    if argv[:1] == ["update"]:
        pot = TRANSLATIONS / "messages.pot"
        extract(pot)
        for lang in ("uk", "ru"):
            if (TRANSLATIONS / lang / "LC_MESSAGES" / "messages.po").exists():
                _pybabel("update", "-i", str(pot), "-d", str(TRANSLATIONS), "-l", lang,
                         "--no-wrap", "--ignore-obsolete")
            else:
                _pybabel("init", "-i", str(pot), "-d", str(TRANSLATIONS), "-l", lang,
                         "--no-wrap")
        pot.unlink()
        return 0
    if argv[:1] == ["compile"]:
        _pybabel("compile", "-d", str(TRANSLATIONS), "--statistics")
        return 0
    print("usage: python -m webui.i18n update|compile", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
