"""A managed single-node Elasticsearch for development, tests and small archives.

The node is the real Elasticsearch ``integ-test-zip`` distribution from Maven Central
(server, transport and x-pack security only). ``LocalNode`` fetches it with
``mvn dependency:copy``, unpacks it once, writes a config folder of its own (ES_PATH_CONF)
with the hunspell dictionaries, turns security on with a generated password kept in
``<data_dir>/es/credentials.json`` (mode 0600), starts it, waits for health and stops it.

Elasticsearch refuses to run as root. When we are root the node runs as an unprivileged
user, and its files live under ``/var/lib/trimova`` because a checkout under a private
folder (``mktemp -d`` makes mode 0700 folders) cannot be entered by that user.
"""
from __future__ import annotations

import fcntl
import hashlib
import json
import logging
import os
import pwd
import secrets
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
import zipfile
from base64 import b64encode
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

MAVEN_ARTIFACT = "org.elasticsearch.distribution.integ-test-zip:elasticsearch:{version}:zip"
ROOT_BASE = Path("/var/lib/trimova")
HUNSPELL_LOCALES = ("uk_UA", "ru_RU", "en_US")
HUNSPELL_DIRS = ("/usr/share/hunspell", "/usr/share/myspell/dicts", "/usr/share/myspell")
HUNSPELL_PACKAGES = "hunspell-uk hunspell-ru hunspell-en-us"
ELASTIC_USER = "elastic"


class NodeError(Exception):
    """The local node cannot be set up, started or reached; the message names the fix."""


@dataclass
class NodeStatus:
    """What ``trimova es status`` reports."""

    running: bool
    url: str | None = None
    pid: int | None = None
    health: str | None = None
    version: str | None = None
    home: str | None = None


def _is_root() -> bool:
    return os.geteuid() == 0


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def port_is_free(port: int) -> bool:
    """Whether a server could listen on 127.0.0.1:``port`` now.

    SO_REUSEADDR, as Elasticsearch sets it: connections of a node just stopped, lingering
    in TIME_WAIT, do not make its port look taken.
    """
    with socket.socket() as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
        return True


def _pid_alive(pid: int | None) -> bool:
    if not pid:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def find_java_home() -> Path:
    """The JDK to run the node on: ES_JAVA_HOME, JAVA_HOME, or the ``java`` on PATH."""
    for var in ("ES_JAVA_HOME", "JAVA_HOME"):
        if os.environ.get(var) and (Path(os.environ[var]) / "bin" / "java").exists():
            return Path(os.environ[var])
    java = shutil.which("java")
    if not java:
        raise NodeError(
            "Java not found: Elasticsearch needs a JDK 17 or newer. Install one "
            "(apt-get install openjdk-17-jre-headless) or set ES_JAVA_HOME."
        )
    return Path(os.path.realpath(java)).parent.parent


def find_hunspell_dir(locale: str) -> Path:
    """The folder holding ``<locale>.aff`` and ``.dic``; NodeError naming the package if absent."""
    for folder in HUNSPELL_DIRS:
        if (Path(folder) / f"{locale}.aff").exists() and (Path(folder) / f"{locale}.dic").exists():
            return Path(folder)
    raise NodeError(
        f"hunspell dictionary {locale} not found in {', '.join(HUNSPELL_DIRS)}: "
        f"install them with: apt-get install {HUNSPELL_PACKAGES}"
    )


class LocalNode:
    """One managed Elasticsearch node whose state lives under ``<data_dir>/es``.

    :param data_dir: trimova's data folder (setting DATA_DIR).
    :param es_home: an installed distribution to use instead of fetching one.
    """

    def __init__(self, data_dir: str | os.PathLike, *, version: str = "8.19.7",
                 es_home: str | None = None, heap: str = "1g", port: int = 0,
                 run_as: str = "trimova-es"):
        self.data_dir = Path(data_dir).resolve()
        self.version = version
        self.es_home_setting = es_home or None
        self.heap = heap
        self.port = int(port or 0)
        self.run_as = run_as if _is_root() else None
        self.state_dir = self.data_dir / "es"

    # -- where things live -------------------------------------------------------------
    @property
    def runtime_dir(self) -> Path:
        """Config, data and logs of the node (outside the checkout when root)."""
        if not self.run_as:
            return self.state_dir
        key = hashlib.sha1(str(self.state_dir).encode()).hexdigest()[:12]
        return ROOT_BASE / "nodes" / key

    @property
    def cache_dir(self) -> Path:
        """Where downloaded and unpacked distributions are kept."""
        return (ROOT_BASE if self.run_as else self.state_dir) / "dist"

    @property
    def credentials_file(self) -> Path:
        return self.state_dir / "credentials.json"

    @property
    def state_file(self) -> Path:
        return self.state_dir / "state.json"

    @property
    def port_file(self) -> Path:
        """The HTTP port chosen at the first start, kept so a restart keeps the URL."""
        return self.state_dir / "http-port"

    @property
    def conf_dir(self) -> Path:
        return self.runtime_dir / "config"

    @property
    def pid_file(self) -> Path:
        return self.runtime_dir / "es.pid"

    # -- distribution ------------------------------------------------------------------
    def es_home(self) -> Path:
        """The distribution's folder, fetching and unpacking it on first use."""
        if self.es_home_setting:
            home = Path(self.es_home_setting)
            if not (home / "bin" / "elasticsearch").exists():
                raise NodeError(f"TRIMOVA_ES_HOME={home} has no bin/elasticsearch")
            return home
        home = self.cache_dir / f"elasticsearch-{self.version}"
        if not (home / "bin" / "elasticsearch").exists():
            self._unpack(self._fetch_zip(), home)
        return home

    def _fetch_zip(self) -> Path:
        zip_path = self.cache_dir / f"elasticsearch-{self.version}.zip"
        if zip_path.exists():
            return zip_path
        mvn = shutil.which("mvn")
        if not mvn:
            raise NodeError(
                "Maven (mvn) not found: it fetches the Elasticsearch distribution. Install it "
                "(apt-get install maven), or point TRIMOVA_ES_HOME at an installed "
                "Elasticsearch, or TRIMOVA_ES_URL at a running cluster."
            )
        self.cache_dir.mkdir(parents=True, exist_ok=True)
        artifact = MAVEN_ARTIFACT.format(version=self.version)
        log.info("fetching %s with Maven", artifact)
        cmd = [mvn, "-q", "-B", "dependency:copy", f"-Dartifact={artifact}",
               f"-DoutputDirectory={self.cache_dir}"]
        proc = subprocess.run(cmd, capture_output=True, text=True)
        if proc.returncode != 0 or not zip_path.exists():
            tail = (proc.stdout + proc.stderr).strip().splitlines()[-5:]
            raise NodeError(f"mvn could not fetch {artifact}:\n" + "\n".join(tail))
        return zip_path

    def _unpack(self, zip_path: Path, home: Path) -> None:
        tmp = home.with_name(home.name + ".partial")
        shutil.rmtree(tmp, ignore_errors=True)
        with zipfile.ZipFile(zip_path) as zf:
            zf.extractall(tmp)
            for info in zf.infolist():  # zipfile drops the execute bits; restore them
                mode = (info.external_attr >> 16) & 0o777
                if mode:
                    os.chmod(tmp / info.filename, mode | 0o444)
        inner = tmp / f"elasticsearch-{self.version}"
        inner.rename(home) if inner.exists() else tmp.rename(home)
        shutil.rmtree(tmp, ignore_errors=True)
        if self.run_as:
            _make_readable(home)

    # -- configuration -----------------------------------------------------------------
    def password(self) -> str:
        """The elastic user's password, generated on first use and kept mode 0600."""
        if self.credentials_file.exists():
            return json.loads(self.credentials_file.read_text())["password"]
        self.state_dir.mkdir(parents=True, exist_ok=True)
        password = secrets.token_urlsafe(24)
        fd = os.open(self.credentials_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as fh:
            json.dump({"username": ELASTIC_USER, "password": password}, fh)
        return password

    def configure(self, http_port: int) -> None:
        """Write the node's config folder: settings, heap, hunspell, keystore."""
        home = self.es_home()
        conf = self.conf_dir
        conf.mkdir(parents=True, exist_ok=True)
        for name in ("jvm.options", "log4j2.properties"):
            shutil.copy(home / "config" / name, conf / name)
        (conf / "jvm.options.d").mkdir(exist_ok=True)
        (conf / "jvm.options.d" / "trimova-heap.options").write_text(
            f"-Xms{self.heap}\n-Xmx{self.heap}\n")
        (conf / "elasticsearch.yml").write_text(self._yml(http_port))
        self._install_hunspell(conf / "hunspell")
        for sub in ("data", "logs", "tmp"):
            (self.runtime_dir / sub).mkdir(parents=True, exist_ok=True)
        self._write_keystore(home)
        if self.run_as:
            self._hand_over()
        os.chmod(conf, 0o700)  # the keystore holds the elastic password

    def _yml(self, http_port: int) -> str:
        rt = self.runtime_dir
        lines = {
            "cluster.name": "trimova-local",
            "node.name": "trimova-local",
            "path.data": str(rt / "data"),
            "path.logs": str(rt / "logs"),
            "network.host": "127.0.0.1",
            "http.port": http_port,
            "transport.port": free_port(),
            "discovery.type": "single-node",
            "xpack.security.enabled": "true",
            "xpack.security.http.ssl.enabled": "false",
            "xpack.security.transport.ssl.enabled": "false",
            # a laptop with a nearly full disk must not turn the archive read-only
            "cluster.routing.allocation.disk.threshold_enabled": "false",
        }
        return "".join(f"{k}: {v}\n" for k, v in lines.items())

    def _install_hunspell(self, target: Path) -> None:
        for locale in HUNSPELL_LOCALES:
            src = find_hunspell_dir(locale)
            dest = target / locale
            dest.mkdir(parents=True, exist_ok=True)
            for ext in ("aff", "dic"):
                shutil.copy(src / f"{locale}.{ext}", dest / f"{locale}.{ext}")

    def _write_keystore(self, home: Path) -> None:
        keystore = self.conf_dir / "elasticsearch.keystore"
        if keystore.exists():
            # the bootstrap password only counts at the first start; a restart keeps the
            # keystore and saves two JVM launches
            return
        tool = str(home / "bin" / "elasticsearch-keystore")
        env = self._env()
        for args, stdin in ((["create", "-s"], None),
                            (["add", "-x", "-s", "bootstrap.password"], self.password())):
            proc = subprocess.run([tool, *args], input=stdin, env=env, text=True,
                                  capture_output=True)
            if proc.returncode != 0:
                raise NodeError(f"elasticsearch-keystore {args[0]} failed: {proc.stderr.strip()}")

    def _hand_over(self) -> None:
        _ensure_user(self.run_as)
        pw = pwd.getpwnam(self.run_as)
        for path in [self.runtime_dir, *self.runtime_dir.rglob("*")]:
            os.chown(path, pw.pw_uid, pw.pw_gid, follow_symlinks=False)
        _make_readable(ROOT_BASE)

    def _env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("ES_", "JAVA_"))}
        env.update(ES_PATH_CONF=str(self.conf_dir), ES_JAVA_HOME=str(find_java_home()),
                   ES_TMPDIR=str(self.runtime_dir / "tmp"))
        return env

    # -- lifecycle ---------------------------------------------------------------------
    def read_state(self) -> dict:
        """The last recorded start (url, pid), or an empty dict."""
        try:
            return json.loads(self.state_file.read_text())
        except (OSError, ValueError):
            return {}

    def start(self, timeout: float = 180) -> NodeStatus:
        """Start the node unless it runs already, and wait until it is healthy.

        A lock file makes a second ``start`` wait for the first instead of racing it.
        """
        self.state_dir.mkdir(parents=True, exist_ok=True)
        with open(self.state_dir / "start.lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            current = self.status()
            if current.running:
                return self.wait_healthy(timeout)
            self._refuse_unrecorded_node()
            return self._start(timeout)

    def http_port(self) -> int:
        """The port to start on: ES_PORT, else the recorded one, else a new one (recorded).

        :raise NodeError: the port is taken by another program, named with where it came from.
        """
        if self.port:
            port, origin = self.port, "TRIMOVA_ES_PORT"
        else:
            try:
                port, origin = int(self.port_file.read_text().strip()), f"kept in {self.port_file}"
            except (OSError, ValueError):
                port = free_port()
                self.state_dir.mkdir(parents=True, exist_ok=True)
                self.port_file.write_text(f"{port}\n")
                return port
        if not port_is_free(port):
            raise NodeError(
                f"port {port} ({origin}) is taken by another program, so the local node cannot "
                f"listen there. Stop that program, set TRIMOVA_ES_PORT to a free port, or delete "
                f"{self.port_file} to let trimova pick a new port.")
        return port

    def _refuse_unrecorded_node(self) -> None:
        """NodeError if a node runs on this data folder though no start is recorded.

        Starting a second one would rewrite the running node's config and then fail on
        the data folder's lock with a Java stack trace.
        """
        pid = self._read_pid()
        if not _pid_alive(pid) or "elasticsearch" not in _cmdline(pid):
            return
        raise NodeError(f"a node is already running on {self.runtime_dir} (pid {pid}, "
                        f"{self._configured_url() or 'URL unknown'}); stop it first "
                        f"(`trimova es stop` cannot: its start was not recorded; kill {pid})")

    def _configured_url(self) -> str | None:
        """The URL in the node's elasticsearch.yml, or None."""
        try:
            for line in (self.conf_dir / "elasticsearch.yml").read_text().splitlines():
                if line.startswith("http.port:"):
                    return f"http://127.0.0.1:{int(line.split(':', 1)[1])}"
        except (OSError, ValueError):
            pass
        return None

    def _start(self, timeout: float) -> NodeStatus:
        port = self.http_port()
        self.configure(port)
        home = self.es_home()
        cmd = [str(home / "bin" / "elasticsearch"), "-d", "-p", str(self.pid_file)]
        log_path = self.runtime_dir / "logs" / "startup.out"
        with open(log_path, "wb") as out:
            proc = subprocess.run(cmd, env=self._env(), stdout=out, stderr=subprocess.STDOUT,
                                  user=self.run_as, stdin=subprocess.DEVNULL)
        if proc.returncode != 0:
            if "LockObtainFailedException" in _tail(log_path, 400):
                raise NodeError(f"another Elasticsearch process holds the data folder "
                                f"{self.runtime_dir / 'data'}: a node is already running there; "
                                f"see {log_path}")
            raise NodeError(f"Elasticsearch did not start (exit {proc.returncode}); "
                            f"see {log_path}:\n{_tail(log_path)}")
        url = f"http://127.0.0.1:{port}"
        self._write_state({"url": url, "pid": self._read_pid(), "version": self.version,
                           "home": str(home), "runtime_dir": str(self.runtime_dir)})
        return self.wait_healthy(timeout)

    def _write_state(self, state: dict) -> None:
        self.state_dir.mkdir(parents=True, exist_ok=True)
        self.state_file.write_text(json.dumps(state, indent=2))

    def _read_pid(self) -> int | None:
        try:
            return int(self.pid_file.read_text().strip())
        except (OSError, ValueError):
            return None

    def wait_healthy(self, timeout: float = 180) -> NodeStatus:
        """Poll cluster health until yellow or green; NodeError after ``timeout`` seconds."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            status = self.status()
            if status.health in ("yellow", "green"):
                return status
            if not _pid_alive(status.pid):
                break
            time.sleep(0.5)
        logs = self.runtime_dir / "logs" / "trimova-local.log"
        raise NodeError(f"Elasticsearch did not become healthy; see {logs}:\n{_tail(logs)}")

    def status(self) -> NodeStatus:
        """Whether the recorded node runs, and its cluster health."""
        state = self.read_state()
        pid = state.get("pid") or self._read_pid()
        if not state or not _pid_alive(pid):
            return NodeStatus(running=False)
        health = self._health(state["url"])
        return NodeStatus(running=True, url=state["url"], pid=pid, health=health,
                          version=state.get("version"), home=state.get("home"))

    def _health(self, url: str) -> str | None:
        req = urllib.request.Request(url + "/_cluster/health")
        token = b64encode(f"{ELASTIC_USER}:{self.password()}".encode()).decode()
        req.add_header("Authorization", f"Basic {token}")
        try:
            with urllib.request.urlopen(req, timeout=5) as resp:
                return json.load(resp).get("status")
        except (urllib.error.URLError, OSError, ValueError):
            return None

    def stop(self, timeout: float = 60) -> bool:
        """Stop the node (SIGTERM, then SIGKILL after ``timeout``); False if it was not running."""
        pid = self.read_state().get("pid") or self._read_pid()
        if not _pid_alive(pid):
            return False
        os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + timeout
        while _pid_alive(pid) and time.monotonic() < deadline:
            time.sleep(0.3)
        if _pid_alive(pid):
            log.warning("Elasticsearch (pid %s) ignored SIGTERM; killing it", pid)
            os.kill(pid, signal.SIGKILL)
        self.state_file.unlink(missing_ok=True)
        return True

    def destroy(self) -> None:
        """Stop the node and delete its config, data and state (the distribution stays)."""
        self.stop()
        shutil.rmtree(self.runtime_dir, ignore_errors=True)
        shutil.rmtree(self.state_dir, ignore_errors=True)

    def connection(self) -> dict:
        """URL and credentials of the running node, for the Python client."""
        state = self.read_state()
        if not state or not _pid_alive(state.get("pid")):
            raise NodeError("the local Elasticsearch node is not running: start it with "
                            "`trimova es start` (or `make run`), or set TRIMOVA_ES_URL")
        return {"url": state["url"], "username": ELASTIC_USER, "password": self.password()}


def _ensure_user(name: str) -> None:
    try:
        pwd.getpwnam(name)
    except KeyError:
        shell = "/usr/sbin/nologin" if os.path.exists("/usr/sbin/nologin") else "/bin/false"
        proc = subprocess.run(["useradd", "--system", "--no-create-home", "--shell", shell, name],
                              capture_output=True, text=True)
        if proc.returncode != 0:
            raise NodeError(f"could not create user {name} to run Elasticsearch "
                            f"(it refuses root): {proc.stderr.strip()}")


def _make_readable(path: Path) -> None:
    """Let the node's user enter ``path``'s parents (root made them)."""
    for parent in [path, *path.parents]:
        if parent == Path("/"):
            break
        mode = parent.stat().st_mode
        if mode & 0o005 != 0o005:
            os.chmod(parent, mode | 0o005)


def _cmdline(pid: int) -> str:
    """The process's command line, lower-cased ("" if it cannot be read)."""
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(
            errors="replace").lower()
    except OSError:
        return ""


def _tail(path: Path, lines: int = 15) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"
