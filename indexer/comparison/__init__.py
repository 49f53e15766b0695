"""The compare page's data: :func:`~indexer.comparison.versions.compare_versions` aligns the
paragraphs of a story's versions (:mod:`~indexer.comparison.paragraphs`) and counts what each
version leaves out."""
