"""The compare page's data: :func:`~indexer.comparison.versions.compare_versions` aligns the
paragraphs of a story's versions (:mod:`~indexer.comparison.paragraphs`; with paragraph vectors,
:mod:`~indexer.comparison.vectors` and :mod:`~indexer.comparison.meaning`) and counts what each
version leaves out."""
