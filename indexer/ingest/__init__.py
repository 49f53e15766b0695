"""The import pipeline: :class:`~indexer.ingest.pipeline.Importer` reads records from
:mod:`archive.readers`, builds documents (:mod:`~indexer.ingest.building`, in worker
processes), aligns each batch and writes it; :mod:`~indexer.ingest.journal` makes it
resumable and :mod:`~indexer.ingest.progress` shows it to people."""
