"""The side-by-side comparison of one story's versions, as plain data for the page and API."""
from __future__ import annotations

from typing import Any

from indexer.comparison.paragraphs import Vectors, align_versions, discrepancies, missing_from


def compare_versions(versions: list[dict[str, Any]], vectors: Vectors | None = None
                     ) -> dict[str, Any]:
    """Rows of aligned paragraphs across the versions, with what each row lacks.

    Each row has ``cells`` (language → paragraphs of that version in this row, empty when
    it has none) and ``missing`` (languages without a counterpart). ``present_only``
    counts, per language, the paragraphs that some other version leaves out. ``vectors``
    (language → one row per paragraph, :func:`~indexer.comparison.vectors.paragraph_vectors`)
    align the paragraphs by meaning as well.
    """
    langs = [v["lang"] for v in versions]
    paras = {v["lang"]: v.get("paragraphs") or [] for v in versions}
    rows = align_versions(paras, vectors) if len(versions) > 1 else [
        {langs[0]: [i]} for i in range(len(paras[langs[0]]))] if versions else []
    out_rows = []
    for row in rows:
        cells = {lang: [{"index": i, "text": paras[lang][i]} for i in row.get(lang, [])]
                 for lang in langs}
        out_rows.append({"cells": cells, "missing": missing_from(row, langs)})
    return {
        "langs": langs,
        "versions": [{k: v.get(k) for k in ("id", "lang", "title", "author", "published",
                                            "source", "url")} for v in versions],
        "rows": out_rows,
        "present_only": discrepancies(rows, langs) if len(versions) > 1 else {},
        "paragraphs": {lang: len(p) for lang, p in paras.items()},
    }
