"""trimova on a real three-node cluster with TLS and a minimal role, as docs/deploy.md says.

One cluster for the module (three 512 MB nodes on loopback, a CA and certificate made here).
The CLI runs as a separate process with only ``TRIMOVA_*`` variables, the way an
administrator runs it; the web app and ``indexer.search`` use the real client.

The role is the one docs/deploy.md gives an API key. The test distribution cannot store API
keys (its ``.security`` index needs the analysis-common module it lacks), so here the role
belongs to a user of the nodes' file realm and trimova logs in with that user's password;
a wrong API key is still shown to be refused with a clear message.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
import uuid
from base64 import b64encode
from pathlib import Path

import pytest
from elasticsearch import Elasticsearch, helpers

from indexer.cluster.client import make_client
from indexer.cluster.localnode import free_port
from indexer.search.stories import search_stories
from indexer.store import merging
from indexer.settings import defaults
from tests.conftest import TEST_DATA_DIR
from tests.helpers_es import DATA
from tests.tls_cluster import TLSCluster, make_ca
from webui import create_app

pytestmark = pytest.mark.es

TRIMOVA = str(Path(sys.executable).parent / "trimova")
COPIES = 400  # stories of three versions each: long enough for a kill to land mid-import


PREFIX = "trimova-tls-"  # every test's alias starts so; the role covers them all
#: the privileges of docs/deploy.md's role (it names the alias and ``<alias>-*``)
PRIVILEGES = ["read", "write", "view_index_metadata", "create_index", "maintenance",
              "monitor", "indices:admin/aliases", "indices:admin/mapping/put"]


def minimal_role(names: list[str], *, drop: str | None = None) -> dict:
    """The role docs/deploy.md gives trimova's API key, on index names ``names``."""
    return {"cluster": ["monitor"],
            "indices": [{"names": names,
                         "privileges": [p for p in PRIVILEGES if p != drop]}]}


ROLES = {"trimova": minimal_role([f"{PREFIX}*"]),
         "trimova_no_create": minimal_role([f"{PREFIX}*"], drop="create_index")}


@pytest.fixture(scope="module")
def cluster():
    cluster = TLSCluster(TEST_DATA_DIR / f"tls-{uuid.uuid4().hex[:10]}", roles=ROLES)
    try:
        cluster.start()
        cluster.wait_green()
        yield cluster
    finally:
        cluster.destroy()


@pytest.fixture(scope="module")
def admin(cluster) -> Elasticsearch:
    """The superuser, over TLS, for checking what trimova wrote."""
    client = Elasticsearch(cluster.url.split(","), ca_certs=str(cluster.ca_certs),
                           basic_auth=("elastic", cluster.password), request_timeout=30,
                           max_retries=3, retry_on_timeout=True)
    yield client
    client.close()


@pytest.fixture
def index(admin):
    """A fresh alias name; everything under it is deleted afterwards."""
    name = f"{PREFIX}{uuid.uuid4().hex[:8]}"
    yield name
    _delete_all(admin, name)


def _delete_all(admin, name: str) -> None:
    """Delete every index of ``name`` by its own name (wildcard deletes are refused)."""
    names = list(admin.indices.get(index=f"{name}*", expand_wildcards="all"))
    if names:
        admin.indices.delete(index=",".join(names))


def settings(cluster, index: str, tmp_path: Path, role: str = "trimova", **extra) -> dict:
    """The configuration an administrator gives trimova for this cluster."""
    return {"ES_URL": cluster.url, "ES_CA_CERTS": str(cluster.ca_certs), "ES_USERNAME": role,
            "ES_PASSWORD": cluster.passwords[role], "INDEX": index, "DATA_DIR": str(tmp_path),
            "EMBEDDING": "off", **extra}


def run_cli(config: dict, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([TRIMOVA, *args], env=cli_env(config), capture_output=True,
                          text=True, timeout=600)


def cli_env(config: dict) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRIMOVA_")}
    env.update({f"TRIMOVA_{k}": str(v) for k, v in config.items()})
    return env


def write_copies(path: Path, copies: int) -> Path:
    """``copies`` distinct stories made from our story "a" (uk, en, ru linked explicitly),
    each ten days after the previous one and with a story number of its own in its URLs, so
    that only their explicit links group them."""
    base = [json.loads(line) for line in (DATA / "stories.jsonl").read_text().splitlines()
            if line.strip()]
    versions = [r for r in base if r["id"].startswith("a-")]
    with open(path, "w") as fh:
        for k in range(copies):
            day = time.strftime("%Y-%m-%d", time.gmtime(k * 10 * 86400 + 86400 * 365 * 10))
            for r in versions:
                row = {**r, "id": f"{r['id']}-{k}",
                       "url": r["url"].replace("90001", str(200000 + k)),
                       "title": f"{r['title']} ({k})", "published": day,
                       "text": f"{k}. {r['text']}"}
                if "translations" in r:
                    row["translations"] = [f"{t}-{k}" for t in r["translations"]]
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path


def primary_node(admin, index: str) -> str:
    shards = admin.cat.shards(index=f"{index}-v*", format="json")
    return next(s["node"] for s in shards if s["prirep"] == "p")


# -- availability ------------------------------------------------------------------------
def test_a_killed_node_loses_no_import_and_few_searches(cluster, admin, index, tmp_path):
    """One node SIGKILLed while an import runs and four threads search: the import ends
    complete (exact count, no duplicates, every story aligned), fewer than 1 % of searches
    fail, and none once the node is back."""
    searched = f"{index}-searched"
    config = settings(cluster, index, tmp_path, BULK_CHUNK=100, ALIGN_BATCH=300)
    search_config = {**defaults(), **settings(cluster, searched, tmp_path)}
    loaded = run_cli(search_config, "import", "--no-progress", str(DATA / "stories.jsonl"))
    assert loaded.returncode == 0, loaded.stdout + loaded.stderr
    load = SearchLoad(make_client(search_config), searched)
    source = write_copies(tmp_path / "copies.jsonl", COPIES)
    proc = subprocess.Popen([TRIMOVA, "import", "--no-progress", str(source)],
                            env=cli_env(config), stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)
    with load:
        victim, written = _kill_when_written(admin, index, proc, cluster)
        out, _ = proc.communicate(timeout=600)
    assert proc.returncode == 0, out
    assert victim is not None and written < 3 * COPIES, "no node was killed mid-import"
    _check_import(admin, index)
    _revive(cluster, victim)
    with SearchLoad(make_client(search_config), searched) as after:
        after.wait_for(40, timeout=120)
    print(f"\nkilled {victim.name} after {written} of {3 * COPIES} documents; imported "
          f"{3 * COPIES} in {COPIES} stories; searches during: {load.counts}, after "
          f"recovery: {after.counts}")
    assert load.total >= 100 and load.failed / load.total < 0.01, load.counts
    assert after.failed == 0 and after.total >= 40, after.counts


def _check_import(admin, index):
    admin.indices.refresh(index=index)
    docs = {h["_source"]["external_id"]: h["_source"]["group_id"]
            for h in helpers.scan(admin, index=index, _source=["external_id", "group_id"])}
    assert admin.count(index=index)["count"] == len(docs) == 3 * COPIES  # no duplicates
    for k in range(COPIES):
        assert docs[f"a-uk-{k}"] == docs[f"a-en-{k}"] == docs[f"a-ru-{k}"], k
    assert len(set(docs.values())) == COPIES
    real = next(iter(admin.indices.get_alias(name=index)))
    assert admin.indices.get_settings(index=real)[real]["settings"]["index"][
        "number_of_replicas"] == "1"


def _kill_when_written(admin, index, proc, cluster):
    """SIGKILL the node holding the index's primary once some documents are in; return it
    and the number of documents then searchable."""
    deadline = time.monotonic() + 300
    while proc.poll() is None and time.monotonic() < deadline:
        try:
            count = admin.count(index=index)["count"]
        except Exception:  # noqa: BLE001 - the index does not exist yet
            count = 0
        if count >= 150:
            name = primary_node(admin, index)
            victim = next(n for n in cluster.nodes if n.name == name)
            victim.kill()
            return victim, count
        time.sleep(0.1)
    return None, 0


def _revive(cluster, node):
    node.start(timeout=240)
    cluster.wait_green()


class SearchLoad:
    """Threads calling ``indexer.search`` through the real client until the block ends;
    ``counts`` has the outcomes (``ok`` or the exception's name)."""

    def __init__(self, client, index: str, threads: int = 4):
        self.client, self.index = client, index
        self.counts: dict[str, int] = {"ok": 0}
        self.lock = threading.Lock()
        self.stop = threading.Event()
        self.threads = [threading.Thread(target=self._run) for _ in range(threads)]

    def _run(self):
        while not self.stop.is_set():
            try:
                found = search_stories(self.client, self.index, "пором")
                outcome = "ok" if found["total_stories"] >= 1 else "empty"
            except Exception as exc:  # noqa: BLE001 - every failure is counted by kind
                outcome = type(exc).__name__
            with self.lock:
                self.counts[outcome] = self.counts.get(outcome, 0) + 1

    def __enter__(self):
        for t in self.threads:
            t.start()
        return self

    def __exit__(self, *exc):
        self.stop.set()
        for t in self.threads:
            t.join()

    def wait_for(self, searches: int, timeout: float) -> None:
        """Return once ``searches`` have been answered (or failed), or after ``timeout``."""
        deadline = time.monotonic() + timeout
        while self.total < searches and time.monotonic() < deadline:
            time.sleep(0.1)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def failed(self) -> int:
        return self.total - self.counts["ok"]


# -- clear errors ------------------------------------------------------------------------
def _bad_configs(cluster, index, tmp_path):
    """Each broken configuration, what its message must say, and the secret it holds."""
    make_ca(tmp_path / "other-ca", "some other CA")
    bogus = b64encode(b"AbCdEfGh12345678:notthekeyatall0000").decode()
    base = settings(cluster, index, tmp_path, ES_OUTAGE_TIMEOUT=5)
    password = base["ES_PASSWORD"]
    return {
        "wrong CA": ({**base, "ES_CA_CERTS": str(tmp_path / "other-ca" / "ca.crt")},
                     "TLS certificate could not be verified", password),
        "wrong key": ({**base, "ES_USERNAME": "", "ES_PASSWORD": "", "ES_API_KEY": bogus},
                      "refused trimova's credentials (401): check TRIMOVA_ES_API_KEY", bogus),
        "wrong password": ({**base, "ES_PASSWORD": "not-" + password},
                           "refused trimova's credentials (401): check TRIMOVA_ES_USERNAME",
                           password),
        "unreachable": ({**base, "ES_URL": f"https://127.0.0.1:{free_port()}"},
                        "not reachable at https://127.0.0.1:", password),
    }


CASES = ["wrong CA", "wrong key", "wrong password", "unreachable"]


@pytest.mark.parametrize("case", CASES)
def test_cli_says_what_is_wrong_in_one_line(cluster, index, tmp_path, case):
    config, expected, secret = _bad_configs(cluster, index, tmp_path)[case]
    # each fails at once, before anything is read (exit 1), not after ES_OUTAGE_TIMEOUT
    for args in (["es", "status"], ["import", "--no-progress", str(DATA / "stories.jsonl")]):
        proc = run_cli(config, *args)
        said = proc.stdout + proc.stderr
        assert proc.returncode == 1, said
        assert expected in said, said
        assert "Traceback" not in said and len(said.strip().splitlines()) <= 2, said
        assert secret not in said


@pytest.mark.parametrize("case", CASES)
def test_web_app_answers_503_with_the_reason_in_its_log(cluster, index, tmp_path, case,
                                                        caplog):
    config, expected, secret = _bad_configs(cluster, index, tmp_path)[case]
    app = create_app({"TESTING": False, "SECRET_KEY": "t", "ADMIN_PASSWORD": "x", **config},
                     environ={})
    response = app.test_client().get("/?q=пором")
    page = response.get_data(as_text=True)
    assert response.status_code == 503
    # a refusal is told apart from an outage
    assert ("refused this server" in page) == (case != "unreachable"), page
    assert "Traceback" not in page and secret not in page
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert expected in logged and secret not in logged


# -- the minimal role ----------------------------------------------------------------------
def test_minimal_role_imports_searches_and_compares(cluster, index, tmp_path):
    config = settings(cluster, index, tmp_path)
    proc = run_cli(config, "import", "--no-progress", str(DATA / "stories.jsonl"))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "health" in run_cli(config, "es", "status").stdout
    app = create_app({"TESTING": True, "SECRET_KEY": "t", "ADMIN_PASSWORD": "x", **config},
                     environ={})
    web = app.test_client()
    found = web.get("/api/search?q=ferry&lang=en").get_json()
    assert found["total_stories"] >= 1
    group = found["stories"][0]["group_id"]
    compared = web.get(f"/api/groups/{group}/compare")
    assert compared.status_code == 200 and compared.get_json()["langs"]
    # a large import's merge of the segments: the index's size, then the merge itself
    assert merging.merge(make_client({**defaults(), **config}), index, wait=True)


def test_a_key_without_create_index_gets_a_clear_error(cluster, index, tmp_path):
    config = settings(cluster, index, tmp_path, role="trimova_no_create")
    proc = run_cli(config, "import", "--no-progress", str(DATA / "stories.jsonl"))
    said = proc.stdout + proc.stderr
    assert proc.returncode == 1, said
    assert "denied the action indices:admin/create" in said and index in said, said
    assert "Traceback" not in said and config["ES_PASSWORD"] not in said


# -- backups -------------------------------------------------------------------------------
def test_snapshot_and_restore_round_trip(cluster, admin, index, tmp_path):
    config = settings(cluster, index, tmp_path)
    assert run_cli(config, "import", "--no-progress", str(DATA / "stories.jsonl")).returncode == 0
    repo = f"backup-{index}"
    admin.snapshot.create_repository(name=repo, body={
        "type": "fs", "settings": {"location": str(cluster.snapshot_dir / index)}})
    admin.snapshot.create(repository=repo, snapshot="s1", indices=f"{index}*",
                          wait_for_completion=True)
    before = admin.count(index=index)["count"]
    real = next(iter(admin.indices.get_alias(name=index)))
    _delete_all(admin, index)
    admin.snapshot.restore(repository=repo, snapshot="s1", indices=f"{index}*",
                           wait_for_completion=True)
    admin.cluster.health(index=real, wait_for_status="yellow", timeout="60s")
    assert admin.count(index=index)["count"] == before > 0
    admin.snapshot.delete(repository=repo, snapshot="s1")
    admin.snapshot.delete_repository(name=repo)


def test_deploy_doc_gives_the_tested_role():
    """docs/deploy.md's API key request carries exactly the role these tests run with."""
    doc = (Path(__file__).resolve().parent.parent / "docs" / "deploy.md").read_text()
    body = doc.split("POST /_security/api_key\n", 1)[1].split("```", 1)[0]
    role = json.loads(body)["role_descriptors"]["trimova"]
    assert role == minimal_role(["trimova-articles", "trimova-articles-*"])
