"""Turning an :class:`~archive.article.Article` into the document we index."""
from __future__ import annotations

import hashlib
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any, Sequence

from indexer.store.schema import LANGS, text_field_kind, text_field_names
from indexer.text import features
from indexer.text.normalise import fold_for_index, repair_mixed_script
from indexer.text.translit import translit_key

if TYPE_CHECKING:
    from archive.article import Article
    from indexer.text.language import Detection

Document = dict[str, Any]

# Highlight markers: private-use characters that never survive into indexed text,
# so a title cannot smuggle fake markers (or HTML) into a snippet.
HL_START, HL_END = "\ue000", "\ue001"


def clean(text: str) -> str:
    """Text as indexed: mixed-script words repaired, markers removed.

    >>> clean("Удар по Kиїву\\ue000")
    'Удар по Київу'
    """
    return repair_mixed_script(text.replace(HL_START, "").replace(HL_END, ""))


def doc_id(article: Article) -> str:
    """A stable id: from the canonical URL, else the archivist's id, else the text.

    Re-importing the same record gives the same id, so it updates instead of duplicating.
    """
    url = features.canonical_url(article.url)
    if url:
        key = "url:" + url
    elif article.external_id:
        key = f"ext:{article.source or ''}:{article.external_id}"
    else:
        key = "text:" + article.checksum
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:20]


def build_document(article: Article, detection: Detection, *, now: datetime | None = None,
                   url_rules: Sequence[str] = ()) -> Document:
    """The indexed document: display fields, per-language fields and alignment evidence."""
    title = clean(article.title)
    paragraphs = [clean(p) for p in article.paragraphs]
    body = "\n\n".join(paragraphs)
    lang = detection.lang
    field = text_field_kind(lang)
    text = title + "\n" + body
    bridge, skeleton = features.bridge_and_skeleton(text)
    doc: Document = {
        "external_id": article.external_id,
        "lang": lang, "lang_confidence": round(detection.confidence, 4),
        "lang_method": detection.method, "lang_declared": article.lang_hint,
        "title": title, "paragraphs": paragraphs,
        "author": article.author, "source": article.source or features.site_key(article.url),
        "source_key": features.source_key(article.source, article.url),
        "section": article.section, "url": article.url,
        "url_key": features.canonical_url(article.url),
        "site_article_id": features.site_article_id(article.url, url_rules),
        "published": article.published,
        "captured": article.captured,
        "imported_at": (now or datetime.now(timezone.utc)).isoformat(timespec="seconds"),
        "translations": list(article.translations),
        "alternates": dict(article.alternates),
        "alternate_urls": [u for u in map(features.canonical_url, article.alternates.values())
                           if u],
        "numbers": features.extract_numbers(text),
        "name_keys": features.name_keys(text),
        "title_key": translit_key(title),
        "checksum": article.checksum, "para_count": len(paragraphs), "char_count": len(body),
        "origin": article.origin,
        f"title_{field}": fold_for_index(title), f"body_{field}": fold_for_index(body),
        "translit": bridge,
        "skeleton": skeleton,
        "edition_keys": features.edition_keys(bridge, lang),
    }
    if field in ("other", "any"):
        # an article filed under uk/en/ru before (schema 2 knew no other language) loses
        # those fields when re-imported: its upsert's partial document clears them
        doc.update({name: None for name in text_field_names()
                    if name.rsplit("_", 1)[1] in LANGS})
    return doc
