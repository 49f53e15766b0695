"""A real three-node Elasticsearch cluster with TLS on HTTP, for the deployment tests.

Each node is the project's :class:`LocalNode` (same distribution, same user, same keystore
and hunspell set-up) with a configuration for a cluster instead of a single node: fixed
transport ports that the others seed from, TLS on the HTTP and transport layers with a CA
and a certificate made here, a shared snapshot folder (``path.repo``) and one password for
the ``elastic`` user on all three.

Roles and their users live in the nodes' files (``roles.yml``, ``users``, ``users_roles``):
the integ-test-zip lacks the analysis-common module that the ``.security`` index's mapping
needs, so it can neither store API keys nor native roles and users.
"""
from __future__ import annotations

import datetime
import hashlib
import ipaddress
import json
import os
import pwd
import secrets
import shutil
import signal
import ssl
import threading
import time
import urllib.error
import urllib.request
from base64 import b64encode
from pathlib import Path

import bcrypt
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from indexer.cluster.localnode import ELASTIC_USER, ROOT_BASE, LocalNode, free_port

CERT_FILES = ("ca.crt", "node.crt", "node.key")


# -- certificates ------------------------------------------------------------------------
def _name(common: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common)])


def _builder(subject: str, issuer: str, public_key) -> x509.CertificateBuilder:
    now = datetime.datetime.now(datetime.timezone.utc)
    return (x509.CertificateBuilder().subject_name(_name(subject)).issuer_name(_name(issuer))
            .public_key(public_key).serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(hours=1))
            .not_valid_after(now + datetime.timedelta(days=2)))


def _pem_cert(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.PEM)


def make_ca(folder: Path, common: str) -> tuple[x509.Certificate, ec.EllipticCurvePrivateKey]:
    """A self-signed CA written to ``folder/ca.crt``; returns it and its key."""
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (_builder(common, common, key.public_key())
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(digital_signature=True, key_cert_sign=True,
                                         crl_sign=True, content_commitment=False,
                                         key_encipherment=False, data_encipherment=False,
                                         key_agreement=False, encipher_only=False,
                                         decipher_only=False), critical=True)
            .sign(key, hashes.SHA256()))
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "ca.crt").write_bytes(_pem_cert(cert))
    return cert, key


def make_certificates(folder: Path) -> Path:
    """A CA and one node certificate it signs (for 127.0.0.1 and localhost) in ``folder``."""
    ca, ca_key = make_ca(folder, "trimova test CA")
    key = ec.generate_private_key(ec.SECP256R1())
    usage = x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH,
                                   x509.oid.ExtendedKeyUsageOID.CLIENT_AUTH])
    cert = (_builder("trimova test node", "trimova test CA", key.public_key())
            .add_extension(x509.SubjectAlternativeName([
                x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                critical=False)
            .add_extension(usage, critical=False)
            .sign(ca_key, hashes.SHA256()))
    (folder / "node.crt").write_bytes(_pem_cert(cert))
    (folder / "node.key").write_bytes(key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()))
    return folder / "ca.crt"


# -- nodes -------------------------------------------------------------------------------
class ClusterNode(LocalNode):
    """One member of a :class:`TLSCluster`: a LocalNode configured to join the others."""

    def __init__(self, cluster: "TLSCluster", index: int):
        super().__init__(cluster.state_dir / f"n{index}", es_home=cluster.es_home,
                         heap=cluster.heap, port=cluster.http_ports[index])
        self.cluster = cluster
        self.index = index

    @property
    def name(self) -> str:
        return f"n{self.index}"

    @property
    def url(self) -> str:
        return f"https://127.0.0.1:{self.port}"

    def password(self) -> str:
        return self.cluster.password

    def configure(self, http_port: int) -> None:
        super().configure(http_port)
        certs = self.conf_dir / "certs"
        certs.mkdir(exist_ok=True)
        for name in CERT_FILES:
            shutil.copy(self.cluster.certs_dir / name, certs / name)
        written = [certs, *certs.iterdir()]
        for name, text in self.cluster.security_files().items():
            (self.conf_dir / name).write_text(text)
            written.append(self.conf_dir / name)
        if self.run_as:
            pw = pwd.getpwnam(self.run_as)
            for path in written:
                os.chown(path, pw.pw_uid, pw.pw_gid)

    def _write_keystore(self, home: Path) -> None:
        # one keystore (the shared bootstrap password) built once and copied: each build
        # starts two JVMs, which is most of a node's set-up time
        keystore = self.cluster.state_dir / "elasticsearch.keystore"
        with self.cluster.lock:
            if not keystore.exists():
                super()._write_keystore(home)
                shutil.copy(self.conf_dir / "elasticsearch.keystore", keystore)
            else:
                shutil.copy(keystore, self.conf_dir / "elasticsearch.keystore")

    def _yml(self, http_port: int) -> str:
        c = self.cluster
        tls = {"certificate": "certs/node.crt", "key": "certs/node.key",
               "certificate_authorities": "certs/ca.crt"}
        lines = {
            "cluster.name": c.name,
            "node.name": self.name,
            "path.data": str(self.runtime_dir / "data"),
            "path.logs": str(self.runtime_dir / "logs"),
            "path.repo": str(c.snapshot_dir),
            "network.host": "127.0.0.1",
            "http.port": http_port,
            "transport.port": c.transport_ports[self.index],
            "discovery.seed_hosts": json.dumps([f"127.0.0.1:{p}" for p in c.transport_ports]),
            "cluster.initial_master_nodes": json.dumps([f"n{i}" for i in range(c.size)]),
            "xpack.security.enabled": "true",
            "xpack.security.http.ssl.enabled": "true",
            "xpack.security.transport.ssl.enabled": "true",
            "xpack.security.transport.ssl.verification_mode": "certificate",
            "cluster.routing.allocation.disk.threshold_enabled": "false",
            # a node that left comes back within seconds in these tests
            "cluster.fault_detection.follower_check.interval": "500ms",
            "cluster.fault_detection.leader_check.interval": "500ms",
        }
        for layer in ("http", "transport"):
            for key, value in tls.items():
                lines[f"xpack.security.{layer}.ssl.{key}"] = value
        return "".join(f"{k}: {v}\n" for k, v in lines.items())

    def _write_state(self, state: dict) -> None:
        super()._write_state({**state, "url": self.url})

    def _health(self, url: str) -> str | None:
        return self.cluster.health(url)

    def kill(self) -> None:
        """SIGKILL, as a crashed machine would leave it."""
        pid = self.read_state().get("pid") or self._read_pid()
        os.kill(pid, signal.SIGKILL)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                return
            time.sleep(0.1)


class TLSCluster:
    """Three (``size``) LocalNodes on loopback forming one cluster with TLS on HTTP."""

    def __init__(self, state_dir: Path, *, roles: dict[str, dict] | None = None,
                 es_home: str | None = None, heap: str = "512m", size: int = 3):
        self.state_dir = Path(state_dir).resolve()
        self.es_home = es_home
        self.heap = heap
        self.size = size
        self.name = "trimova-tls-" + hashlib.sha1(str(self.state_dir).encode()).hexdigest()[:8]
        self.password = secrets.token_urlsafe(18)
        self.lock = threading.Lock()
        #: role name -> role descriptor; each role has a user of the same name
        self.roles = dict(roles or {})
        self.passwords = {name: secrets.token_urlsafe(12) for name in self.roles}
        self.http_ports = [free_port() for _ in range(size)]
        self.transport_ports = [free_port() for _ in range(size)]
        self.certs_dir = self.state_dir / "certs"
        self.ca_certs = make_certificates(self.certs_dir)
        self.nodes = [ClusterNode(self, i) for i in range(size)]
        root = ROOT_BASE / "nodes" if self.nodes[0].run_as else self.state_dir
        self.snapshot_dir = root / f"{self.name}-snapshots"

    def security_files(self) -> dict[str, str]:
        """``roles.yml`` (each descriptor as JSON, which YAML reads), ``users`` (bcrypt
        hashes) and ``users_roles`` for the file realm."""
        roles = "".join(f"{name}: {json.dumps(body)}\n" for name, body in self.roles.items())
        users = "".join(
            f"{name}:{bcrypt.hashpw(pw.encode(), bcrypt.gensalt(10, prefix=b'2a')).decode()}\n"
            for name, pw in self.passwords.items())
        users_roles = "".join(f"{name}:{name}\n" for name in self.roles)
        return {"roles.yml": roles, "users": users, "users_roles": users_roles}

    @property
    def url(self) -> str:
        """Every node's address, comma-separated (TRIMOVA_ES_URL)."""
        return ",".join(node.url for node in self.nodes)

    def _ssl(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=str(self.ca_certs))

    def request(self, url: str, method: str = "GET", body: dict | None = None,
                timeout: float = 10) -> dict:
        """A request as the ``elastic`` superuser (setting up keys and roles)."""
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(url, data=data, method=method)
        req.add_header("Content-Type", "application/json")
        token = b64encode(f"{ELASTIC_USER}:{self.password}".encode()).decode()
        req.add_header("Authorization", f"Basic {token}")
        try:
            with urllib.request.urlopen(req, timeout=timeout, context=self._ssl()) as resp:
                return json.load(resp)
        except urllib.error.HTTPError as exc:
            raise AssertionError(f"{method} {url}: {exc.code} {exc.read()[:500]!r}") from None

    def health(self, url: str) -> str | None:
        """Cluster health seen from the node at ``url`` once all nodes have joined."""
        try:
            health = self.request(url + "/_cluster/health", timeout=5)
        except (urllib.error.URLError, OSError, ValueError, AssertionError):
            return None
        return health["status"] if health["number_of_nodes"] >= self.size else None

    def start(self, timeout: float = 240) -> None:
        """Start every node at once (each waits for the others to form the cluster)."""
        self._prepare_snapshot_dir()
        self._run_all(lambda node: node.start(timeout=timeout))

    def _prepare_snapshot_dir(self) -> None:
        self.snapshot_dir.mkdir(parents=True, exist_ok=True)
        if self.nodes[0].run_as:
            from indexer.cluster.localnode import _ensure_user
            _ensure_user(self.nodes[0].run_as)
            pw = pwd.getpwnam(self.nodes[0].run_as)
            os.chown(self.snapshot_dir, pw.pw_uid, pw.pw_gid)

    def _run_all(self, action) -> None:
        errors: list[BaseException] = []

        def run(node):
            try:
                action(node)
            except BaseException as exc:  # noqa: B902 - re-raised below in the caller
                errors.append(exc)

        threads = [threading.Thread(target=run, args=(n,)) for n in self.nodes]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        if errors:
            raise errors[0]

    def wait_green(self, timeout: float = 120) -> dict:
        """Wait until every node is in and every shard (replicas too) is assigned."""
        url = self.nodes[0].url
        return self.request(f"{url}/_cluster/health?wait_for_status=green&wait_for_nodes="
                            f"{self.size}&timeout={int(timeout)}s", timeout=timeout + 10)

    def destroy(self) -> None:
        self._run_all(lambda node: node.destroy())
        shutil.rmtree(self.snapshot_dir, ignore_errors=True)
        shutil.rmtree(self.state_dir, ignore_errors=True)
