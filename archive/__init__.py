"""Reading news coverage from files into :class:`~archive.article.Article` records.

Nothing in this package knows about Elasticsearch or Flask.
"""
