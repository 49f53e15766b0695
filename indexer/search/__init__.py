"""Searching the archive: :func:`~indexer.search.stories.search_stories` (stories grouped
across languages, facets, safe highlights; with vectors, a meaning leg
(:mod:`~indexer.search.meaning`) fused by rank (:mod:`~indexer.search.fusion`)) and the article
and story lookups the pages use."""
