"""Fewer garbage collections during imports, and the default back after."""
from __future__ import annotations

import gc
import threading

from indexer.ingest import gctune


def test_imports_collect_less_and_the_last_one_out_restores_the_default():
    before = gc.get_threshold()
    inside = threading.Event()
    release = threading.Event()

    def other_import():
        with gctune.fewer_collections():
            inside.set()
            release.wait(5)

    other = threading.Thread(target=other_import)
    other.start()
    inside.wait(5)
    with gctune.fewer_collections():
        assert gc.get_threshold()[0] == max(gctune.GEN0, before[0])
    assert gc.get_threshold()[0] == max(gctune.GEN0, before[0])  # the other runs on
    release.set()
    other.join()
    assert gc.get_threshold() == before


def test_the_default_comes_back_after_a_failed_import():
    before = gc.get_threshold()
    try:
        with gctune.fewer_collections():
            raise RuntimeError("the import failed")
    except RuntimeError:
        pass
    assert gc.get_threshold() == before
