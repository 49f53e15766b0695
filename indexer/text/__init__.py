"""Text before it is indexed or compared: language detection (:mod:`~indexer.text.language`),
folding (:mod:`~indexer.text.normalise`), transliteration (:mod:`~indexer.text.translit`),
language-independent evidence (:mod:`~indexer.text.features`) and plain similarity measures
(:mod:`~indexer.text.similarity`)."""
