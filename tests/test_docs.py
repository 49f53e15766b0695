"""README stays true to the code: every setting and command is documented."""
from __future__ import annotations

from pathlib import Path

import pytest

from indexer.cli import COMMANDS
from indexer.settings import SETTINGS

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("setting", SETTINGS, ids=lambda s: s.name)
def test_every_setting_is_documented(setting):
    assert f"`TRIMOVA_{setting.name}`" in README


@pytest.mark.parametrize("command", [c.name for c in COMMANDS] + ["serve"])
def test_every_command_is_documented(command):
    assert f"trimova {command}" in README


def test_jsonl_schema_is_documented():
    for field in ("id", "url", "lang", "title", "text", "published", "author", "source",
                  "translations"):
        assert f"`{field}`" in README


def test_settings_table_is_current():
    import subprocess
    import sys
    root = Path(__file__).resolve().parent.parent
    table = subprocess.run([sys.executable, str(root / "scripts" / "settings_table.py")],
                           capture_output=True, text=True, check=True).stdout.strip()
    assert table in README, "run: python scripts/settings_table.py --write"
