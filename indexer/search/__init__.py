"""Searching the archive: :func:`~indexer.search.stories.search_stories` (stories grouped
across languages, facets, safe highlights) and the article and story lookups the pages use."""
