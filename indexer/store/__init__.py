"""The index itself: names, mappings and migrations (:mod:`~indexer.store.schema`), the
document built from an article (:mod:`~indexer.store.document`), streaming bulk writes
(:mod:`~indexer.store.writer`) and the export back out (:mod:`~indexer.store.export`)."""
