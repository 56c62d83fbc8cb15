"""The labelled site set: build it, serve each site as its label says, and compare findings.

Kinds of serving (labels.json "serve"):
- http: a plain http.server (the https probe is left to its default: off for 127.0.0.1);
- http-only: the same, checked with the https probe forced on (there is no https at all);
- soft404: answers 200 with the home page for any missing path;
- https: one port speaking TLS and plain http; plain http answers 301 to https;
- https-plain: the same port, but plain http serves the pages too (no redirect).
The TLS certificate is made here (cryptography) and trusted through SSL_CERT_FILE.
"""

from __future__ import annotations

import datetime
import functools
import ipaddress
import json
import shutil
import socket
import ssl
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

LABELLED = Path(__file__).parent / "labelled"
LABELS: dict[str, dict[str, Any]] = json.loads((LABELLED / "labels.json").read_text("utf-8"))


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


class _Soft404(_Quiet):
    """Answer a missing path with the home page and status 200, as some CMS themes do."""

    def send_head(self):  # type: ignore[no-untyped-def]
        if not Path(self.translate_path(self.path)).exists():
            self.path = "/index.html"
        return super().send_head()


class _Dual(_Quiet):
    """Serve files over TLS; over plain http, redirect to https unless `plain_serves`."""

    plain_serves = False

    def send_head(self):  # type: ignore[no-untyped-def]
        if not isinstance(self.connection, ssl.SSLSocket) and not self.plain_serves:
            host, port = self.server.server_address[:2]
            self.send_response(301)
            self.send_header("Location", f"https://{host}:{port}{self.path}")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return None
        return super().send_head()


class _DualServer(ThreadingHTTPServer):
    """One port for both protocols: a connection opening with a TLS handshake gets TLS."""

    daemon_threads = True
    context: ssl.SSLContext

    def get_request(self):  # type: ignore[no-untyped-def]
        sock, address = self.socket.accept()
        sock.settimeout(5)
        try:
            first = sock.recv(1, socket.MSG_PEEK)
        except OSError:
            first = b""
        if first == b"\x16":  # TLS record type "handshake"
            sock = self.context.wrap_socket(sock, server_side=True)
        sock.settimeout(None)
        return sock, address


def make_certificate(
    folder: Path,
    *,
    names: tuple[str, ...] = ("127.0.0.1", "localhost"),
    valid_days: tuple[int, int] = (-1, 30),
) -> tuple[Path, Path]:
    """Write a self-signed certificate for `names` (IP addresses or host names), valid from and
    to the days given from today; return (cert, key) paths."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, names[0])])
    now = datetime.datetime.now(datetime.UTC)
    alternative: list[x509.GeneralName] = []
    for entry in names:
        try:
            alternative.append(x509.IPAddress(ipaddress.ip_address(entry)))
        except ValueError:
            alternative.append(x509.DNSName(entry))
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now + datetime.timedelta(days=valid_days[0]))
        .not_valid_after(now + datetime.timedelta(days=valid_days[1]))
        .add_extension(x509.SubjectAlternativeName(alternative), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


def build(dest: Path) -> Path:
    """Copy the labelled sites into dest and write the large generated files; return dest."""
    from PIL import Image

    shutil.copytree(LABELLED, dest, dirs_exist_ok=True)
    heavy = dest / "heavy"
    (heavy / "img").mkdir(exist_ok=True)
    (heavy / "js").mkdir(exist_ok=True)
    # 1000 x 800 x 3 bytes: an uncompressed 2.4 MB photo, as careless uploads are
    Image.new("RGB", (1000, 800), (120, 90, 60)).save(heavy / "img" / "hero.bmp")
    line = "console.log('a bundled library line that nobody trimmed down');\n"
    (heavy / "js" / "app.js").write_text(line * (800_000 // len(line)), "utf-8")
    return dest


@dataclass
class Served:
    """A labelled site being served: the URL to check and the https probe setting to use."""

    url: str
    https: bool | None
    server: ThreadingHTTPServer


def serve_tls(directory: Path, cert: tuple[Path, Path]) -> ThreadingHTTPServer:
    """Start serving a folder over TLS (plain http redirected) with a certificate; the caller
    shuts it down."""
    server = _DualServer(("127.0.0.1", 0), functools.partial(_Dual, directory=str(directory)))
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(str(cert[0]), str(cert[1]))
    server.context = context
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    return server


def serve_site(root: Path, name: str, cert: tuple[Path, Path]) -> Served:
    """Start the server a site's label asks for on a free loopback port."""
    kind = LABELS[name]["serve"]
    directory = str(root / name)
    if kind in ("https", "https-plain"):
        handler = type("Handler", (_Dual,), {"plain_serves": kind == "https-plain"})
        server: ThreadingHTTPServer = _DualServer(
            ("127.0.0.1", 0), functools.partial(handler, directory=directory)
        )
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(str(cert[0]), str(cert[1]))
        server.context = context  # type: ignore[attr-defined]
        scheme, https = "https", True
    else:
        handler_class = _Soft404 if kind == "soft404" else _Quiet
        server = ThreadingHTTPServer(
            ("127.0.0.1", 0), functools.partial(handler_class, directory=directory)
        )
        server.daemon_threads = True
        scheme, https = "http", (True if kind == "http-only" else None)
    # a short poll interval: shutting twenty servers down one after the other stays quick
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    return Served(f"{scheme}://127.0.0.1:{server.server_address[1]}/", https, server)


@contextmanager
def serving(root: Path, cert: tuple[Path, Path]) -> Iterator[Callable[[str], Served]]:
    """Yield a function serving a labelled site on first use; stop every server at the end."""
    servers: dict[str, Served] = {}

    def get(name: str) -> Served:
        if name not in servers:
            servers[name] = serve_site(root, name, cert)
        return servers[name]

    try:
        yield get
    finally:
        for served in servers.values():
            served.server.shutdown()
            served.server.server_close()


def expected(name: str, mode: str) -> list[tuple[str, str, str]]:
    """Return the labelled findings of a site in a mode (http or folder), sorted."""
    label = LABELS[name]
    rows = (
        label.get("folder_findings", label["findings"]) if mode == "folder" else label["findings"]
    )
    return sorted(tuple(r) for r in rows)  # type: ignore[misc]


def found(result: Any, base: str) -> list[tuple[str, str, str]]:
    """Return a result's findings as (rule, severity, page relative to base), sorted."""
    rows = []
    for f in result.findings:
        page = (f.url or "").removeprefix(base).partition("#")[0]
        rows.append((f.rule, f.severity.value, page if page else "index.html"))
    return sorted(rows)
