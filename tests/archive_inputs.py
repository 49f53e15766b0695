"""Builders for the reader tests: news pages, WARCs, WACZs, zips and CSVs written here.

Every text is our own writing. WARCs are written with warcio's WARCWriter, zips and
WACZs with zipfile, so the readers meet the real formats.
"""
from __future__ import annotations

import io
import json
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

#: (title, paragraphs, lang): short news items in the three languages, written for these tests
STORIES = [
    ("Львів відкрив новий велосипедний міст",
     ["Міська рада Львова відкрила велосипедний міст через залізничні колії біля вокзалу.",
      "Будівництво тривало два роки, а вартість склала сорок мільйонів гривень.",
      "Мер пообіцяв, що наступного року з'являться ще три такі переходи."], "uk"),
    ("Kharkiv metro extends night service",
     ["The Kharkiv metro will run trains until one in the morning from next Monday.",
      "City officials said the longer hours follow requests from hospital staff.",
      "Trains will come every twelve minutes after ten in the evening."], "en"),
    ("В Одессе открыли отремонтированный пирс",
     ["Городские власти Одессы открыли пирс у морского вокзала после ремонта.",
      "Рабочие заменили настил и установили новые фонари вдоль всей набережной.",
      "Прогулочные катера начнут швартоваться у пирса с первого июня."], "ru"),
    ("Чернігів ремонтує стару водонапірну башту",
     ["Реставратори почали ремонт водонапірної башти в центрі Чернігова.",
      "Після робіт у башті відкриють оглядовий майданчик і невеликий музей.",
      "Роботи фінансує обласний бюджет разом із міжнародним фондом."], "uk"),
]


def page_html(title: str, paragraphs: list[str], lang: str = "uk", canonical: str = "",
              charset: str = "utf-8", published: str = "") -> str:
    """A small news page: a title, an article with paragraphs, a menu and a footer."""
    head = f'<meta charset="{charset}"><title>{title}</title>'
    if canonical:
        head += f'<link rel="canonical" href="{canonical}">'
    if published:
        head += f'<meta property="article:published_time" content="{published}">'
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<!DOCTYPE html><html lang="{lang}"><head>{head}</head><body>'
            f'<nav><a href="/">Home</a> <a href="/news">News</a></nav>'
            f"<article><h1>{title}</h1>{body}</article>"
            f"<footer>Contacts</footer></body></html>")


def story_page(index: int, **kwargs) -> bytes:
    """The page of ``STORIES[index]`` as UTF-8 bytes."""
    title, paragraphs, lang = STORIES[index % len(STORIES)]
    return page_html(title, paragraphs, lang, **kwargs).encode(kwargs.get("charset", "utf-8"))


@dataclass
class Capture:
    """One record to write into a test WARC."""

    uri: str
    body: bytes = b""
    kind: str = "response"
    status: str = "200 OK"
    content_type: str = "text/html; charset=utf-8"
    date: str = "2024-10-14T09:30:00Z"
    headers: list[tuple[str, str]] = field(default_factory=list)


def write_warc(captures: list[Capture], gzip: bool = True, warcinfo: bool = True) -> bytes:
    """A WARC (one gzip member per record when ``gzip``) holding ``captures``."""
    return warc_with_offsets(captures, gzip, warcinfo)[0]


def warc_with_offsets(captures: list[Capture], gzip: bool = True, warcinfo: bool = True
                      ) -> tuple[bytes, list[int]]:
    """The WARC of :func:`write_warc` and the offset where each capture's record starts,
    plus the file's length at the end (where the record after the last would start)."""
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gzip)
    if warcinfo:
        writer.write_record(writer.create_warcinfo_record("test.warc", {"software": "tests"}))
    offsets = []
    for cap in captures:
        offsets.append(buf.tell())
        writer.write_record(_record(writer, cap))
    return buf.getvalue(), offsets + [buf.tell()]


def _record(writer: WARCWriter, cap: Capture):
    """The warcio record for one capture."""
    headers = {"WARC-Date": cap.date, **dict(cap.headers)}
    if cap.kind == "response":
        http = StatusAndHeaders(cap.status, [("Content-Type", cap.content_type)],
                                protocol="HTTP/1.1")
        return writer.create_warc_record(cap.uri, "response", payload=io.BytesIO(cap.body),
                                         http_headers=http, warc_headers_dict=headers)
    if cap.kind == "revisit":
        return writer.create_revisit_record(cap.uri, digest=dict(cap.headers).get(
            "WARC-Payload-Digest", "sha1:AAAA"), refers_to_uri=cap.uri,
            refers_to_date=cap.date)
    if cap.kind == "request":
        http = StatusAndHeaders(f"GET {cap.uri} HTTP/1.1", [("Host", "example.ua")],
                                is_http_request=True)
        return writer.create_warc_record(cap.uri, "request", payload=io.BytesIO(b""),
                                         http_headers=http, warc_headers_dict=headers)
    headers["Content-Type"] = cap.content_type
    return writer.create_warc_record(cap.uri, cap.kind, payload=io.BytesIO(cap.body),
                                     warc_content_type=cap.content_type,
                                     warc_headers_dict=headers)


def news_captures(count: int = 4, host: str = "https://news.example.ua") -> list[Capture]:
    """``count`` HTML responses, one per story (cycling), at distinct URLs."""
    return [Capture(f"{host}/{STORIES[i % len(STORIES)][2]}/story-{i}", story_page(i))
            for i in range(count)]


def jsonl_line(index: int, **extra) -> str:
    """One JSON Lines record for ``STORIES[index]``."""
    title, paragraphs, lang = STORIES[index % len(STORIES)]
    record = {"id": f"s{index}", "url": f"https://news.example.ua/{lang}/{index}",
              "lang": lang, "title": title, "text": "\n\n".join(paragraphs), **extra}
    return json.dumps(record, ensure_ascii=False)


def write_zip(path: Path, members: dict[str, bytes],
              compression: int = zipfile.ZIP_DEFLATED) -> Path:
    """A zip at ``path`` holding ``members`` (name → bytes), in that order."""
    with zipfile.ZipFile(path, "w", compression) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def write_wacz(path: Path, warcs: dict[str, bytes], pages: list[str] = ()) -> Path:
    """A WACZ 1.1 at ``path``: ``archive/<name>`` WARCs, datapackage.json, pages.jsonl."""
    members = {f"archive/{name}": data for name, data in warcs.items()}
    members["pages/pages.jsonl"] = ("\n".join(
        [json.dumps({"format": "json-pages-1.0", "id": "pages"})]
        + [json.dumps({"url": u, "ts": "2024-10-14T09:30:00Z"}) for u in pages])).encode()
    members["indexes/index.cdx"] = b""
    members["datapackage.json"] = json.dumps({
        "profile": "data-package", "wacz_version": "1.1.1",
        "resources": [{"name": n, "path": n} for n in members]}).encode()
    return write_zip(path, members, zipfile.ZIP_STORED)
