"""From articles to a searchable archive: language, alignment, the index and its search.

Subpackages, one concern each (imports point down this list, never up):

- :mod:`indexer.ingest`      the import pipeline: read → build → align → write, journal, progress
- :mod:`indexer.search`      queries over the index, as plain data for the web UI and API
- :mod:`indexer.alignment`   grouping the language versions of one story
- :mod:`indexer.comparison`  the side-by-side, paragraph-by-paragraph comparison
- :mod:`indexer.store`       the index: schema, documents, bulk writes, export
- :mod:`indexer.text`        language detection, normalisation, transliteration, evidence
- :mod:`indexer.cluster`     the Elasticsearch client and the managed local node

At the top: :mod:`indexer.settings` (every setting, declared once), :mod:`indexer.config`
(loading them) and :mod:`indexer.cli` (the commands).
"""
