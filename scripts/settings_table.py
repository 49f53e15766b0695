"""Print the README's configuration table from indexer.settings (keep them in step)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from indexer.settings import PREFIX, SETTINGS  # noqa: E402

print("| variable | default | meaning |")
print("|---|---|---|")
for s in SETTINGS:
    default = "(empty)" if s.default == "" else f"`{s.default}`"
    print(f"| `{PREFIX}_{s.name}` | {default} | {s.help} |")
