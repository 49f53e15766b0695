"""Helpers shared by the tests (plain functions, independent of conftest.py)."""
from __future__ import annotations

from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"
IMPORT_DIR = DATA_DIR / "import"


def get_test_file(name: str) -> Path:
    """The path of a fixture file in ``tests/data/import``; FileNotFoundError if absent."""
    path = IMPORT_DIR / name
    if not path.is_file():
        raise FileNotFoundError(f"no test fixture {name!r} in {IMPORT_DIR}")
    return path
