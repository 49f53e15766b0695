"""Reaching Elasticsearch: the client built from the settings (:mod:`~indexer.cluster.client`)
and the managed local node for development and tests (:mod:`~indexer.cluster.localnode`)."""
