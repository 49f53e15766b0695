"""Index names, settings and mappings: the one schema the writer and the search share.

Each language has its own fields (``title_uk``, ``body_uk``, ...) so a document runs
only its own analyzer: hunspell stemming for the morphology, plus an ``exact`` sub-field
with the surface form so names missing from the dictionaries always match. ``translit``
holds a Latin matching key of the whole text, the bridge between scripts.

The analyzers need nothing beyond the server module (standard tokenizer, lowercase,
hunspell), because the Maven ``integ-test-zip`` node has no analysis-common. Folding
(ё/е, apostrophes) therefore happens in Python, before indexing and before querying.
"""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any, Callable

from archive.languages import LANGS, UNDETERMINED

if TYPE_CHECKING:  # the client's package is imported where a client is used: import workers
    from elasticsearch import Elasticsearch  # build documents with this module and need none

log = logging.getLogger(__name__)

#: 2: each article's vector (``title_vector``, added with the first vectors, see
#: :mod:`indexer.store.vectors`) and what it was made of (``vector_key``);
#: 3: ``title_other``/``body_other``, the text of articles in a language other than
#: uk/en/ru (``pl``, ``bg``, ...), under the built-in ``standard`` analyzer; when a crawl
#: captured the page (``captured``) and its earlier texts (``captures``,
#: :mod:`indexer.store.captures`);
#: 4: each article's vector in its language's field, ``title_vector_uk`` to
#: ``title_vector_other`` (:mod:`indexer.store.vector_split` moves older archives' vectors);
#: 5: the article's id (``doc_id``) and title (``title.keyword``) in doc values, where a
#: search page reads its stories' versions without opening a stored document
#: (:mod:`indexer.store.id_fill` writes older archives' articles once more to fill them)
SCHEMA_VERSION = 5
HUNSPELL_LOCALE = {"uk": "uk_UA", "ru": "ru_RU", "en": "en_US"}

_KEYWORD = {"type": "keyword"}
_STORED_ONLY = {"type": "text", "index": False}
#: a value read from doc values, never searched
_DOC_VALUE_ONLY = {"type": "keyword", "index": False}
#: the longest title (in characters) ``title.keyword`` keeps: Lucene keeps a value of at
#: most 32,766 bytes, and a character takes up to four; a longer one is read from the source
TITLE_KEPT = 8191
#: the title and body fields keep each word's character offsets in the index, so that the
#: highlighter reads them instead of analysing the text again (hunspell is slow): 10 of a
#: page's 12 ms went to highlighting without them on 150,000 articles (bench/search_load.py)
_OFFSETS = {"index_options": "offsets"}
# another language's text: no stemmer of ours fits it, so only words as they are
_OTHER_TEXT = {"type": "text", "analyzer": "standard", **_OFFSETS}
#: the suffixes of the searchable text fields: one per language of LANGS, then ``any``
#: (text of no determined language) and ``other`` (text of another language)
TEXT_FIELD_KINDS = (*LANGS, "any", "other")


def text_field_kind(lang: str | None) -> str:
    """Which text fields hold an article's title and body, by its language.

    >>> [text_field_kind(c) for c in ("uk", "und", None, "pl", "crh")]
    ['uk', 'any', 'any', 'other', 'other']
    """
    if lang in LANGS:
        return lang
    return "any" if lang in (None, "", UNDETERMINED) else "other"


def text_field_names() -> tuple[str, ...]:
    """Every searchable title and body field, ``title_uk`` to ``body_other``."""
    return tuple(f"{part}_{kind}" for kind in TEXT_FIELD_KINDS for part in ("title", "body"))


def index_name(alias: str, version: int = SCHEMA_VERSION) -> str:
    """The concrete index behind ``alias`` for a schema version.

    >>> index_name("trimova-articles")
    'trimova-articles-v5'
    """
    return f"{alias}-v{version}"


def analysis(profile: str = "hunspell") -> dict[str, Any]:
    """Analysis settings: ``hunspell`` (dictionaries in the node's config) or ``plain``."""
    analyzers: dict[str, Any] = {
        "trimova_exact": {"type": "custom", "tokenizer": "standard", "filter": ["lowercase"]},
    }
    filters: dict[str, Any] = {}
    for lang in LANGS:
        chain = ["lowercase"]
        if profile == "hunspell":
            filters[f"{lang}_hunspell"] = {"type": "hunspell", "locale": HUNSPELL_LOCALE[lang],
                                           "dedup": True}
            chain.append(f"{lang}_hunspell")
        analyzers[f"trimova_{lang}"] = {"type": "custom", "tokenizer": "standard",
                                        "filter": chain}
    return {"analyzer": analyzers, "filter": filters}


def _lang_text(lang: str) -> dict[str, Any]:
    return {"type": "text", "analyzer": f"trimova_{lang}", **_OFFSETS,
            "fields": {"exact": {"type": "text", "analyzer": "trimova_exact"}}}


def mappings() -> dict[str, Any]:
    """Field mappings of an article document."""
    props: dict[str, Any] = {
        "external_id": _KEYWORD, "lang": _KEYWORD, "lang_confidence": {"type": "float"},
        "lang_method": _KEYWORD, "lang_declared": _KEYWORD,
        "doc_id": _DOC_VALUE_ONLY,
        "title": {**_STORED_ONLY, "fields": {
            "keyword": {**_DOC_VALUE_ONLY, "ignore_above": TITLE_KEPT}}},
        "paragraphs": _STORED_ONLY,
        "author": _KEYWORD, "source": _KEYWORD, "source_key": _KEYWORD, "section": _KEYWORD,
        "url": _KEYWORD, "url_key": _KEYWORD, "site_article_id": _KEYWORD,
        "published": {"type": "date"}, "imported_at": {"type": "date"},
        "captured": {"type": "date"}, "captures": {"type": "object", "enabled": False},
        "group_id": _KEYWORD, "group_method": _KEYWORD, "group_score": {"type": "float"},
        "group_langs": _KEYWORD, "duplicate_of": _KEYWORD,
        "translations": _KEYWORD, "alternate_urls": _KEYWORD, "edition_keys": _KEYWORD,
        "alternates": {"type": "object", "enabled": False},
        "numbers": _KEYWORD, "name_keys": _KEYWORD, "title_key": _STORED_ONLY,
        "checksum": _KEYWORD, "para_count": {"type": "integer"},
        "char_count": {"type": "integer"}, "origin": {"type": "keyword", "index": False},
        "import_batch": _KEYWORD, "vector_key": _KEYWORD,
        "translit": {"type": "text", "analyzer": "trimova_exact"},
        "skeleton": {"type": "text", "analyzer": "trimova_exact"},
        "title_any": {"type": "text", "analyzer": "trimova_exact", **_OFFSETS},
        "body_any": {"type": "text", "analyzer": "trimova_exact", **_OFFSETS},
        "title_other": _OTHER_TEXT, "body_other": _OTHER_TEXT,
    }
    for lang in LANGS:
        props[f"title_{lang}"] = _lang_text(lang)
        props[f"body_{lang}"] = _lang_text(lang)
    return {"dynamic": "strict", "_meta": {"schema_version": SCHEMA_VERSION},
            "properties": props}


def index_body(profile: str = "hunspell") -> dict[str, Any]:
    """Settings and mappings for a new versioned index."""
    return {
        "settings": {
            "number_of_shards": 1,
            # 0 replicas on one node, 1 on a real cluster
            "auto_expand_replicas": "0-1",
            "analysis": analysis(profile),
        },
        "mappings": mappings(),
    }


def ensure_index(client: Elasticsearch, alias: str,
                 on_split: Callable[[int, int], None] | None = None,
                 on_fill: Callable[[int, int], None] | None = None) -> str:
    """Create the versioned index and its alias unless they exist; return the index name.

    An existing index is migrated to this schema: vectors in the old single field move to
    their languages' fields (``on_split`` is told how many have moved, of how many), and
    articles written before schema 5 are written once more (``on_fill``, likewise).

    A cluster without the hunspell dictionaries gets plain lowercase analysis and a
    warning, instead of failing: search still works, without stemming.
    """
    # here, not at the top: import workers build documents with this module and load
    # neither the client's package nor numpy
    from indexer.store import id_fill, vector_split

    if client.indices.exists_alias(name=alias):
        name = next(iter(client.indices.get_alias(name=alias)))
        migrate(client, name)
        vector_split.split(client, name, on_split)
        id_fill.fill(client, name, on_fill)
        return name
    from elasticsearch import BadRequestError

    name = index_name(alias)
    try:
        client.indices.create(index=name, **index_body("hunspell"))
    except BadRequestError as exc:
        if "resource_already_exists" in str(exc):
            return _attach_alias(client, name, alias)
        if "hunspell" not in str(exc).lower():
            raise
        log.warning("hunspell dictionaries missing on the cluster (%s); "
                    "indexing without stemming", exc.message)
        client.indices.create(index=name, **index_body("plain"))
    return _attach_alias(client, name, alias)


def migrate(client: Elasticsearch, name: str) -> None:
    """Bring an existing index to this schema: the fields added since it was made.

    Additive, so an old archive keeps working as it is; the version in ``_meta`` goes up
    and what else ``_meta`` records (the embedding model) stays.
    """
    mapping = next(iter(client.indices.get_mapping(index=name).values()))["mappings"]
    meta = dict(mapping.get("_meta") or {})
    if meta.get("schema_version", 1) >= SCHEMA_VERSION:
        return
    log.info("migrating %s from schema %s to %s", name, meta.get("schema_version", 1),
             SCHEMA_VERSION)
    # only the fields it lacks: a field's indexing options cannot change in place, so an
    # older archive keeps its own (its text fields without offsets highlight more slowly)
    have = mapping.get("properties", {})
    added = {k: v for k, v in mappings()["properties"].items()
             if k not in have or _lacks_sub_fields(have[k], v)}
    client.indices.put_mapping(index=name, properties=added,
                               meta={**meta, "schema_version": SCHEMA_VERSION})


def _lacks_sub_fields(have: dict[str, Any], want: dict[str, Any]) -> bool:
    """Whether a field of the archive lacks sub-fields this schema gives it (added in place:
    the field's own options are the same).

    >>> _lacks_sub_fields({"type": "text"}, {"type": "text", "fields": {"keyword": {}}})
    True
    >>> _lacks_sub_fields({"type": "text", "fields": {"keyword": {}}}, {"type": "text"})
    False
    """
    return not set(want.get("fields", {})) <= set(have.get("fields", {}))


def _attach_alias(client: Elasticsearch, name: str, alias: str) -> str:
    client.indices.put_alias(index=name, name=alias)
    return name


def drop_index(client: Elasticsearch, alias: str) -> None:
    """Delete the alias, every versioned index behind it and the paragraph vectors kept
    beside it (tests and ``--reset``)."""
    from indexer.store.paragraph_vectors import drop_cache

    if client.indices.exists_alias(name=alias):
        for name in client.indices.get_alias(name=alias):
            client.indices.delete(index=name)
    client.indices.delete(index=index_name(alias), ignore_unavailable=True)
    drop_cache(client, alias)
