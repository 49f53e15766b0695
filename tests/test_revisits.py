"""Revisit records resolved against the originals of the whole import (any WARC or WACZ).

Crawls written here with warcio: a revisit in one WARC, its original in another, before and
after it in input order; a revisit whose original is in no input; a resumed import.
"""
from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from archive.article import Article, PendingPage, Skipped, UnitDone
from archive.readers import iter_records
from indexer.ingest.journal import Journal
from tests.archive_inputs import page_html, write_wacz
from tests.helpers_es import import_paths

ORIGINAL_URL = "https://novyny.example.ua/statti/richka"
#: the same article at a second address (the outlet's mirror): a revisit there repeats it
MIRROR_URL = "https://mirror.example.ua/statti/richka"
TITLE = "Річку Либідь почнуть очищати цієї весни"
PARAGRAPHS = ["Міська адміністрація оголосила конкурс на очищення русла Либеді.",
              "Роботи охоплять чотири кілометри річки від вокзалу до Деміївки.",
              "Першими почнуть прибирати сміття з берегів волонтери районних громад."]
PAGE = page_html(TITLE, PARAGRAPHS, "uk").encode()


class Crawl:
    """A WARC being written: responses and revisits, each record's offset noted."""

    def __init__(self) -> None:
        self.buf = io.BytesIO()
        self.writer = WARCWriter(self.buf, gzip=True)

    def response(self, uri: str, body: bytes, date: str) -> dict:
        """Write a 200 HTML response; what a revisit needs to name it."""
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                protocol="HTTP/1.1")
        record = self.writer.create_warc_record(uri, "response", payload=io.BytesIO(body),
                                                http_headers=http,
                                                warc_headers_dict={"WARC-Date": date})
        self.writer.write_record(record)
        return {"id": record.rec_headers.get_header("WARC-Record-ID"), "uri": uri,
                "date": date, "digest": record.rec_headers.get_header("WARC-Payload-Digest")}

    def revisit(self, uri: str, date: str, original: dict, how: str = "digest") -> int:
        """Write a revisit naming ``original`` only by ``how``; its offset."""
        headers = {"WARC-Date": date}
        if how == "id":
            headers["WARC-Refers-To"] = original["id"]
        elif how == "uri":
            headers.update({"WARC-Refers-To-Target-URI": original["uri"],
                            "WARC-Refers-To-Date": original["date"]})
        digest = original["digest"] if how == "digest" else None
        record = self.writer.create_warc_record(uri, "revisit", warc_headers_dict=headers,
                                                payload=io.BytesIO(b""))
        if digest:
            record.rec_headers.replace_header("WARC-Payload-Digest", digest)
        else:
            record.rec_headers.remove_header("WARC-Payload-Digest")
        record.rec_headers.replace_header("WARC-Profile", "http://netpreserve.org/warc/1.1/"
                                          "revisit/identical-payload-digest")
        offset = self.buf.tell()
        self.writer.write_record(record)
        return offset

    def save(self, path: Path) -> Path:
        path.write_bytes(self.buf.getvalue())
        return path


def two_files(tmp_path: Path, how: str = "digest") -> tuple[Path, Path, int]:
    """originals.warc.gz (the page) and revisits.warc.gz (a revisit of it at the mirror)."""
    first = Crawl()
    original = first.response(ORIGINAL_URL, PAGE, "2025-04-01T07:00:00Z")
    second = Crawl()
    offset = second.revisit(MIRROR_URL, "2025-04-03T07:00:00Z", original, how)
    return first.save(tmp_path / "a.warc.gz"), second.save(tmp_path / "b.warc.gz"), offset


def items_of(paths, resume=None) -> list:
    return list(iter_records([str(p) for p in paths], resume=resume))


@pytest.mark.parametrize("how", ["digest", "id", "uri"])
@pytest.mark.parametrize("order", ["original first", "revisit first"])
def test_a_revisit_in_another_warc_gives_the_page_at_its_address(tmp_path, how, order) -> None:
    originals, revisits, offset = two_files(tmp_path, how)
    paths = [originals, revisits] if order == "original first" else [revisits, originals]
    articles = [i for i in items_of(paths) if isinstance(i, Article)]
    assert sorted(a.url for a in articles) == [MIRROR_URL, ORIGINAL_URL]
    [mirror] = [a for a in articles if a.url == MIRROR_URL]
    assert mirror.title == TITLE and mirror.paragraphs == PARAGRAPHS
    assert mirror.captured == "2025-04-03T07:00:00+00:00"
    assert mirror.unit == str(revisits) and mirror.origin == f"{revisits}:offset {offset}"


def test_a_deferred_revisit_holds_its_unit_open_until_resolved(tmp_path) -> None:
    originals, revisits, offset = two_files(tmp_path)
    items = items_of([revisits, originals])
    kinds = [(type(i).__name__, getattr(i, "unit", "")) for i in items]
    # the revisit's unit ends after the revisit is resolved, at the very end
    assert kinds[-2:] == [("Article", str(revisits)), ("UnitDone", str(revisits))]
    assert items[-2].resume_at is None


def test_a_revisit_of_the_same_address_in_another_warc_is_skipped_as_read(tmp_path) -> None:
    first = Crawl()
    original = first.response(ORIGINAL_URL, PAGE, "2025-04-01T07:00:00Z")
    second = Crawl()
    second.revisit(ORIGINAL_URL, "2025-04-05T07:00:00Z", original)
    a, b = first.save(tmp_path / "a.warc.gz"), second.save(tmp_path / "b.warc.gz")
    [skip] = [i for i in items_of([b, a]) if isinstance(i, Skipped)]
    assert skip.reason == (f"a revisit of {ORIGINAL_URL}: the same page as the capture at "
                           f"offset 0 of {a}, already read")


def test_a_revisit_whose_original_is_in_no_input_is_skipped_with_why(es, alias, tmp_path):
    _, revisits, offset = two_files(tmp_path)
    summary = import_paths(es, alias, [revisits], tmp_path)
    assert (summary.read, summary.skipped) == (0, 1)
    [row] = [json.loads(x) for x in (tmp_path / "rejects.jsonl").read_text().splitlines()]
    assert row["skipped"] and row["position"] == f"offset {offset}"
    assert row["reason"].startswith(f"a revisit of {MIRROR_URL}: its original capture "
                                    "(payload digest sha1:")
    assert "is in none of the inputs of this import" in row["reason"]


def test_revisits_across_warcs_of_a_wacz_and_a_file_import(es, alias, tmp_path) -> None:
    originals, revisits, _ = two_files(tmp_path)
    wacz = write_wacz(tmp_path / "crawl.wacz", {"archive/b.warc.gz": revisits.read_bytes()})
    summary = import_paths(es, alias, [wacz, originals], tmp_path)
    assert (summary.read, summary.rejected, summary.skipped) == (2, 0, 0)
    urls = {h["_source"]["url"] for h in es.search(index=alias)["hits"]["hits"]}
    assert urls == {ORIGINAL_URL, MIRROR_URL}


def test_a_resumed_import_finds_originals_in_finished_units(tmp_path) -> None:
    """The journal skips the finished file with the original; the revisit still resolves."""
    originals, revisits, offset = two_files(tmp_path)
    journal = Journal(tmp_path / "journal.json")
    first = items_of([originals, revisits], journal.resume)
    for item in first:  # as the import does once a batch is written
        if isinstance(item, UnitDone) and item.unit == str(originals):
            journal.finish(item.unit, item.fingerprint)
    journal.save()
    journal = Journal(tmp_path / "journal.json")
    rerun = items_of([originals, revisits], journal.resume)
    assert journal.skipped == [str(originals)]
    [mirror] = [i for i in rerun if isinstance(i, (Article, PendingPage))]
    assert mirror.url == MIRROR_URL


def test_a_unit_with_a_deferred_revisit_restarts_at_the_revisit(tmp_path) -> None:
    """Records after a deferred revisit say reading may restart at the revisit, not after."""
    first = Crawl()
    later = Crawl()
    original = later.response(ORIGINAL_URL, PAGE, "2025-04-01T07:00:00Z")
    offset = first.revisit(MIRROR_URL, "2025-04-03T07:00:00Z", original)
    first.response("https://novyny.example.ua/statti/insha",
                   page_html("Інша новина дня", PARAGRAPHS[:2], "uk").encode(),
                   "2025-04-03T08:00:00Z")
    a, b = first.save(tmp_path / "a.warc.gz"), later.save(tmp_path / "b.warc.gz")
    items = items_of([a, b])
    [other] = [i for i in items if isinstance(i, Article) and i.url.endswith("insha")]
    assert other.resume_at == offset
