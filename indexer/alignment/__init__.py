"""Grouping the language versions of one story.

- :mod:`~indexer.alignment.links`     what counts as an explicit link (the one rule)
- :mod:`~indexer.alignment.scoring`   pure content scoring and best-first grouping
- :mod:`~indexer.alignment.aligner`   evidence from the index, decisions, group ids written
- :mod:`~indexer.alignment.batch`     an import batch aligned before it is written
- :mod:`~indexer.alignment.pool`      the import's recent documents, searched in memory first
- :mod:`~indexer.alignment.overrides` archivists' link/unlink decisions and suggestions
"""
