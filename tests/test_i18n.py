"""The interface in Ukrainian, English and Russian: choice, cookie, catalogues, pages."""
from __future__ import annotations

import re
from gettext import GNUTranslations
from html.parser import HTMLParser
from io import BytesIO
from pathlib import Path

import pytest
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from flask import render_template

from tests.helpers_web import logged_in
from webui import create_app, i18n

TEMPLATES = Path(i18n.__file__).parent / "templates"
CATALOGUES = {lang: i18n.TRANSLATIONS / lang / "LC_MESSAGES" / "messages.po"
              for lang in ("uk", "ru")}
#: a string every page shows, per interface language
SKIP = {"en": "Skip to content", "uk": "Перейти до змісту", "ru": "Перейти к содержанию"}
#: English interface strings that must not survive on a translated page
ENGLISH = ("Skip to content", "archivist log in", "Interface language", "Back to search",
           "Search the archive", "compare versions", "Log in", ">Search<", "Language")


def _plain(text: str) -> str:
    """Babel writes no-break and narrow no-break spaces ("1\u00a0234", "2025\u202fр.")."""
    return text.replace("\xa0", " ").replace("\u202f", " ")


def _html_lang(page: str) -> str:
    return re.search(r'<html lang="([^"]+)"', page).group(1)


# --- choosing the language ------------------------------------------------------------------

@pytest.mark.parametrize("ui", ["uk", "en", "ru"])
def test_every_page_speaks_the_chosen_language(client, stories, ui):
    logged_in(client)
    gid = stories["a-en"]["group_id"]
    pages = {"/": 200, "/?q=пором": 200, "/?browse=1&sort=date": 200, "/?q=zzzqqq": 200,
             f"/articles/{stories['a-uk']['id']}": 200, f"/groups/{gid}": 200,
             "/review": 200, "/articles/nope": 404, "/?q=x&lang=xx": 400, "/no/such/page": 404}
    for url, status in pages.items():
        resp = client.get(url + ("&" if "?" in url else "?") + f"ui={ui}")
        page = resp.get_data(as_text=True)
        assert resp.status_code == status, url
        assert _html_lang(page) == ui, url
        assert SKIP[ui] in page, url
        if ui != "en":
            for english in ENGLISH:
                assert english not in page, (url, english)
    client.post("/logout", data={"csrf_token": _token(client)})
    page = client.get(f"/login?ui={ui}").get_data(as_text=True)
    assert {"en": "User name", "uk": "Ім’я користувача", "ru": "Имя пользователя"}[ui] in page


def _token(client) -> str:
    page = client.get("/").get_data(as_text=True)
    return re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)


def test_ua_means_uk_and_unknown_values_are_ignored(client):
    assert _html_lang(client.get("/?ui=ua").get_data(as_text=True)) == "uk"
    client.delete_cookie("ui")
    resp = client.get("/?ui=de", headers={"Accept-Language": "ru"})
    assert resp.status_code == 200 and _html_lang(resp.get_data(as_text=True)) == "ru"
    assert "ui=" not in resp.headers.get("Set-Cookie", "")


def test_the_cookie_remembers_the_choice(client):
    resp = client.get("/?ui=ru")
    cookie = resp.headers["Set-Cookie"]
    assert cookie.startswith("ui=ru;")
    assert "Max-Age=31536000" in cookie and "SameSite=Lax" in cookie and "Path=/" in cookie
    assert _html_lang(client.get("/").get_data(as_text=True)) == "ru"
    # the cookie beats the browser; an explicit ?ui= beats the cookie and replaces it
    page = client.get("/", headers={"Accept-Language": "uk"}).get_data(as_text=True)
    assert _html_lang(page) == "ru"
    assert client.get("/?ui=ua").headers["Set-Cookie"].startswith("ui=uk;")
    assert _html_lang(client.get("/").get_data(as_text=True)) == "uk"
    # the same choice again sets nothing new
    assert "ui=" not in client.get("/?ui=uk").headers.get("Set-Cookie", "")


@pytest.mark.parametrize("header,expected", [
    ("ru-RU,ru;q=0.9,en;q=0.8", "ru"), ("de-DE,de;q=0.9,uk;q=0.5,en;q=0.4", "uk"),
    ("ua", "uk"), ("uk_UA", "uk"), ("en-GB,en;q=0.9", "en"), ("fr-FR,de;q=0.5", "en"),
    ("en;q=0.3,ru;q=0.8", "ru"), ("", "en"),
])
def test_accept_language_picks_the_default(client, header, expected):
    resp = client.get("/", headers={"Accept-Language": header} if header else {})
    assert _html_lang(resp.get_data(as_text=True)) == expected
    assert "Accept-Language" in resp.headers["Vary"]
    assert "ui=" not in resp.headers.get("Set-Cookie", "")  # only an explicit choice is kept


def test_the_switcher_keeps_the_query_and_names_each_language(client, stories):
    page = client.get("/?q=ferry&sort=date&page=1&ui=en").get_data(as_text=True)
    nav = re.search(r'<nav class="ui-langs".*?</nav>', page, re.S).group(0)
    links = re.findall(r'<a href="([^"]+)" hreflang="(\w+)" lang="(\w+)"', nav)
    assert [(h, lang) for _, h, lang in links] == [("uk", "uk"), ("en", "en"), ("ru", "ru")]
    for href, lang, _ in links:
        assert href == f"/?q=ferry&amp;sort=date&amp;page=1&amp;ui={lang}"
    assert 'aria-current="true"' in nav and ">Українська<" in nav and ">Русский<" in nav
    assert 'aria-label="Interface language"' in nav


def test_the_api_stays_english(client, stories):
    resp = client.get("/api/articles/nope?ui=uk", headers={"Accept-Language": "uk"})
    assert resp.get_json()["error"]["title"] == "Not Found"
    assert resp.get_json()["error"]["message"] == "No article with id 'nope'."
    assert "ui=" not in resp.headers.get("Set-Cookie", "")
    client.set_cookie("ui", "ru")
    data = client.get("/api/search?q=x&page=0").get_json()
    assert data["error"]["message"].startswith("page must be a whole number")


# --- what the pages say ---------------------------------------------------------------------

@pytest.mark.parametrize("ui,expected", [
    ("en", "4 stories (8 articles)"), ("uk", "4 сюжети (8 статей)"),
    ("ru", "4 сюжета (8 статей)"),
])
def test_counts_have_the_right_plural_forms(client, stories, ui, expected):
    page = client.get(f"/?browse=1&ui={ui}").get_data(as_text=True)
    assert expected in page


@pytest.mark.parametrize("n,uk,ru", [
    (1, "1 сюжет", "1 сюжет"), (2, "2 сюжети", "2 сюжета"), (4, "4 сюжети", "4 сюжета"),
    (5, "5 сюжетів", "5 сюжетов"), (11, "11 сюжетів", "11 сюжетов"),
    (12, "12 сюжетів", "12 сюжетов"), (21, "21 сюжет", "21 сюжет"),
    (22, "22 сюжети", "22 сюжета"), (25, "25 сюжетів", "25 сюжетов"),
    (111, "111 сюжетів", "111 сюжетов"),
])
def test_plural_forms_of_the_catalogues(app, n, uk, ru):
    from flask_babel import ngettext
    for lang, expected in (("uk", uk), ("ru", ru), ("en", f"{n} stor")):
        with app.test_request_context(f"/?ui={lang}"):
            assert ngettext("%(num)s story", "%(num)s stories", n).startswith(expected)


def test_compare_page_plurals(client, stories):
    gid = stories["a-en"]["group_id"]
    page = client.get(f"/groups/{gid}?ui=uk").get_data(as_text=True)
    assert "3 версії одного сюжету" in page and "абзаци" in page
    page = client.get(f"/groups/{gid}?ui=ru").get_data(as_text=True)
    assert "3 версии одного сюжета" in page and "3 абзаца" in page
    page = client.get("/?q=пором&ui=uk").get_data(as_text=True)
    assert "порівняти 3 версії" in page


@pytest.mark.parametrize("ui,expected", [
    ("uk", "12 травня 2025 р."), ("en", "12 May 2025"), ("ru", "12 мая 2025 г."),
])
def test_article_dates_are_localised(client, stories, ui, expected):
    page = client.get(f"/articles/{stories['a-uk']['id']}?ui={ui}").get_data(as_text=True)
    time = re.search(r'<time datetime="([^"]+)">([^<]+)</time>', page)
    assert time.group(1).startswith("2025-05-12") and _plain(time.group(2)) == expected
    language = {"uk": "Мова: українська", "en": "Language: Ukrainian",
                "ru": "Язык: украинский"}[ui]
    assert language in page


@pytest.mark.parametrize("ui,title,text", [
    ("uk", "404 · Не знайдено", "Статті з ідентифікатором &#39;nope&#39; немає."),
    ("ru", "404 · Не найдено", "Статьи с идентификатором &#39;nope&#39; нет."),
    ("en", "404 · Not Found", "No article with id &#39;nope&#39;."),
])
def test_error_pages_are_translated(client, stories, ui, title, text):
    page = client.get(f"/articles/nope?ui={ui}").get_data(as_text=True)
    assert title in page and text in page


def test_more_error_pages_are_translated(client, stories):
    page = client.get("/?q=x&lang=xx&ui=uk").get_data(as_text=True)
    assert "400 · Неправильний запит" in page and "Невідома мова &#39;xx&#39;" in page
    page = client.get("/?q=x&from=2025-02-30&ui=ru").get_data(as_text=True)
    assert "в формате ГГГГ-ММ-ДД" in page
    page = client.get("/no/such/page?ui=uk").get_data(as_text=True)
    assert "За цією адресою сторінки немає" in page and "Назад до пошуку" in page
    resp = client.post("/logout?ui=ru", data={})
    assert resp.status_code == 400 and "Эта форма устарела" in resp.get_data(as_text=True)
    page = client.get("/login?ui=uk").get_data(as_text=True)
    token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
    resp = client.post("/login?ui=uk", data={"username": "x", "password": "y",
                                             "csrf_token": token})
    assert resp.status_code == 401
    assert "Неправильне ім’я користувача або пароль." in resp.get_data(as_text=True)


def test_flash_messages_are_translated(client, stories):
    logged_in(client)
    gid = stories["b-en"]["group_id"]
    client.get(f"/groups/{gid}?ui=ru")
    resp = client.post(f"/groups/{gid}/unlink", data={"article": stories["b-en"]["id"],
                                                      "csrf_token": _token(client)},
                       follow_redirects=True)
    assert ("теперь отдельный сюжет, и повторное сопоставление его не вернёт"
            in resp.get_data(True))


@pytest.mark.parametrize("ui, title, says", [
    ("uk", "Сервіс недоступний", "Сторінка знову запрацює, щойно він повернеться"),
    ("en", "Service Unavailable", "This page will work again as soon as it is back"),
    ("ru", "Сервис недоступен", "Страница снова заработает, как только он вернётся"),
])
def test_elasticsearch_down_is_explained_in_each_language(tmp_path, ui, title, says):
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    app = create_app({"TESTING": True, "DATA_DIR": str(tmp_path), "ES_TIMEOUT": 2,
                      "ES_URL": f"http://127.0.0.1:{port}"}, environ={})
    resp = app.test_client().get(f"/?q=x&ui={ui}")
    page = resp.get_data(as_text=True)
    assert resp.status_code == 503 and title in page and says in page
    # a reader cannot start the node: no command for them, no Markdown shown raw
    assert "`" not in page and "es start" not in page
    assert resp.headers["Retry-After"] == "5"


def test_real_filters_show_as_removable_chips(client, stories):
    page = _plain(client.get("/?browse=1&source=river-post.example&from=2025-01-01&missing=en"
                             "&ui=uk").get_data(as_text=True))
    assert "джерело: river-post.example" in page and "від 1 січня 2025 р." in page
    assert "немає англійської версії" in page
    assert 'href="/?browse=1&amp;from=2025-01-01&amp;missing=en&amp;ui=uk"' in page  # no source
    assert 'aria-label="Прибрати фільтр: джерело: river-post.example"' in page
    assert 'name="from" type="date" value="2025-01-01"' in page
    assert '<option value="en" selected>Англійська</option>' in page


# --- the search page's new parts, from a result as the search contract describes it ---------

RESULT = {
    "query": "лукашенко", "lang": None, "source": None, "author": "Оксана Мельник",
    "from": "2025-01-01", "to": "2025-12-31", "missing": None, "page": 1, "size": 10,
    "sort": "relevance", "total_stories": 1234, "total_articles": 3001,
    "facets": {"lang": {"uk": 10, "en": 5}, "source": {"kyiv-herald.example": 4},
               "author": {"Оксана Мельник": 2, "Ivan Petrenko": 1},
               "year": {"2025": 7, "2024": 5}},
    "expanded": {"translit": "lukashenk", "translations": {"en": "missiles", "ru": "ракеты"}},
    "stories": [
        {"group_id": "g-1", "matched_langs": ["en"], "matched_via": ["translit"],
         "other_alphabet": True,
         "best": {"id": "x1", "lang": "en", "title": "Lukashenko visit", "url": None,
                  "source": "kyiv-herald.example", "author": None,
                  "published": "2025-03-14T10:00:00", "snippet": [{"text": "t", "hit": True}]},
         "versions": [{"id": "x1", "lang": "en", "title": "Lukashenko visit"}]},
        {"group_id": "g-2", "matched_langs": ["ru"], "matched_via": ["translation"],
         "best": {"id": "x2", "lang": "ru", "title": "Ракеты", "published": None,
                  "snippet": []}, "versions": [{"id": "x2", "lang": "ru", "title": "Ракеты"}]},
        {"group_id": "g-3", "matched_langs": ["uk"], "matched_via": ["text", "translit"],
         "best": {"id": "x3", "lang": "uk", "title": "Лукашенко", "published": "2025-03-14",
                  "snippet": []}, "versions": [{"id": "x3", "lang": "uk", "title": "Л"}]},
    ],
}
ARGS = {"q": "лукашенко", "lang": None, "page": 1, "sort": "relevance",
        "author": "Оксана Мельник", "from": "2025-01-01", "to": "2025-12-31"}


def _render(app, ui: str, result=RESULT, args=ARGS) -> str:
    url = ("/?q=%D0%BB%D1%83%D0%BA%D0%B0%D1%88%D0%B5%D0%BD%D0%BA%D0%BE&author=%D0%9E%D0%BA"
           "%D1%81%D0%B0%D0%BD%D0%B0+%D0%9C%D0%B5%D0%BB%D1%8C%D0%BD%D0%B8%D0%BA"
           f"&from=2025-01-01&to=2025-12-31&ui={ui}")
    with app.test_request_context(url):
        return render_template("pages/search.html", args=args, result=result, size=10)


def test_search_page_renders_the_contract(app):
    page = _render(app, "en")
    assert "1,234 stories (3,001 articles)" in page
    assert "Also searched:" in page
    assert "lukashenk" not in page  # the transliteration key is internal, not shown
    assert '<span lang="en">missiles</span> <span class="code">(en)</span>' in page
    assert page.count("Matched through transliteration: ") == 1  # g-3 matched its own text
    assert page.count("Matched through machine translation of your words.") == 1
    assert "14 March 2025" in page and 'datetime="2025-03-14T10:00:00"' in page
    for heading in ("Language", "Source", "Author", "Year"):
        assert f">{heading}</h3>" in page
    # facet links add their filter and keep the rest; active ones remove it
    assert "source=kyiv-herald.example" in page
    year = re.search(r'<a href="([^"]+)">2024</a>', page).group(1)
    assert "from=2024-01-01" in year and "to=2024-12-31" in year and "author=" in year
    active_year = re.search(r'<a href="([^"]+)" aria-current="true">'
                            r'<span class="visually-hidden">Remove filter: </span>2025</a>', page)
    assert "from=" not in active_year.group(1) and "author=" in active_year.group(1)
    assert "author: Оксана Мельник" in page and "from 1 January 2025" in page
    assert "until 31 December 2025" in page and "Remove all filters" in page
    assert '<input type="hidden" name="author" value="Оксана Мельник">' in page


@pytest.mark.parametrize("ui,count,via,also", [
    ("uk", "1 234 сюжети (3 001 стаття)", "Знайдено через транслітерацію", "Шукали також:"),
    ("ru", "1 234 сюжета (3 001 статья)", "Найдено через транслитерацию", "Искали также:"),
])
def test_search_page_contract_in_ukrainian_and_russian(app, ui, count, via, also):
    page = _plain(_render(app, ui))
    assert count in page and via in page and also in page
    assert {"uk": "14 березня 2025 р.", "ru": "14 марта 2025 г."}[ui] in page


def test_search_page_before_the_backend_has_the_new_keys(app):
    old = {k: v for k, v in RESULT.items() if k not in ("expanded", "author", "from", "to")}
    old["facets"] = {"lang": {"uk": 1}, "source": {"a.example": 1}}
    old["stories"] = [{k: v for k, v in s.items() if k != "matched_via"}
                      for s in RESULT["stories"]]
    page = _render(app, "en", old, {"q": "x", "lang": None, "page": 1, "sort": "relevance"})
    assert "Matched through" not in page and "Also searched" not in page
    assert ">Source</h3>" in page and ">Year</h3>" not in page


def test_numbers_and_dates_helpers(app):
    with app.test_request_context("/?ui=uk"):
        assert _plain(i18n.format_count(1234567)) == "1 234 567"
        assert _plain(i18n.format_day("2025-03-14")) == "14 березня 2025 р."
        assert i18n.format_day("not a date") == "not a date"
    with app.test_request_context("/?ui=en"):
        assert i18n.format_count(1234567) == "1,234,567"
        assert i18n.format_day("2025-03-14T00:00:00Z") == "14 March 2025"


@pytest.mark.parametrize("ui", ["uk", "en", "ru"])
def test_small_counts_read_as_babel_writes_them(app, ui):
    """Counts below 1,000 skip Babel; what they read must not change, nor what Babel does
    with the rest (negative, fractional, large, not a number)."""
    from babel.numbers import format_decimal
    with app.test_request_context(f"/?ui={ui}"):
        for n in (0, 7, 42, 999, 1000, 25_000, -3, 2.5):
            assert i18n.format_count(n) == format_decimal(n, locale=ui)
        assert i18n.format_count("many") == "many"


# --- the catalogues -------------------------------------------------------------------------

def _catalogue(lang: str):
    with open(CATALOGUES[lang], "rb") as f:
        return read_po(f, locale=lang)


@pytest.mark.parametrize("lang", ["uk", "ru"])
def test_every_message_is_translated(lang):
    catalog = _catalogue(lang)
    assert catalog.num_plurals == 3
    messages = [m for m in catalog if m.id]
    assert len(messages) > 100
    for message in messages:
        assert not message.fuzzy, message.id
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        assert len(strings) == (3 if message.pluralizable else 1), message.id
        assert all(s.strip() for s in strings), message.id
    problems = [(m.id, errors) for m, errors in catalog.check() if errors]
    assert not problems  # placeholders agree with the English


def test_the_catalogues_hold_exactly_what_the_code_and_templates_use(tmp_path):
    pot = tmp_path / "messages.pot"
    i18n.extract(pot)
    with open(pot, "rb") as f:
        extracted = {m.id for m in read_po(f) if m.id}
    assert len(extracted) > 100
    for lang in CATALOGUES:
        known = {m.id for m in _catalogue(lang) if m.id}
        assert not extracted - known, f"run `python -m webui.i18n update` and translate ({lang})"
        assert not known - extracted, f"obsolete entries in {lang}: python -m webui.i18n update"


@pytest.mark.parametrize("lang", ["uk", "ru"])
def test_the_compiled_catalogues_are_up_to_date(lang):
    buf = BytesIO()
    write_mo(buf, _catalogue(lang))
    buf.seek(0)
    fresh = GNUTranslations(buf)
    mo = CATALOGUES[lang].with_suffix(".mo")
    with open(mo, "rb") as f:
        committed = GNUTranslations(f)
    assert committed._catalog == fresh._catalog, "run `python -m webui.i18n compile`"


class _TextCollector(HTMLParser):
    """Text and human-facing attributes left in a template once Jinja is taken out."""

    ATTRS = ("title", "placeholder", "aria-label", "alt")

    def __init__(self):
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.found += [v for k, v in attrs if k in self.ATTRS and v]

    def handle_data(self, data):
        self.found.append(data)


def _strip_jinja(source: str) -> str:
    source = re.sub(r"\{#.*?#\}", " ", source, flags=re.S)
    source = re.sub(r"\{%.*?%\}", " ", source, flags=re.S)
    return re.sub(r"\{\{.*?\}\}", " ", source, flags=re.S)


@pytest.mark.parametrize("template", sorted(p.relative_to(TEMPLATES).as_posix()
                                            for p in TEMPLATES.rglob("*.html")))
def test_templates_have_no_untranslated_text(template):
    parser = _TextCollector()
    parser.feed(_strip_jinja((TEMPLATES / template).read_text(encoding="utf-8")))
    # what may stay as it is: the brand name
    words = [w for text in parser.found for w in re.findall(r"[^\W\d_]{2,}", text)
             if w != "trimova"]
    assert not words, f"{template}: wrap in _() / ngettext(): {words}"
