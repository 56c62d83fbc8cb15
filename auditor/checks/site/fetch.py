"""Fetch pages and resources over HTTP (bounded, polite) or from saved files (offline)."""

from __future__ import annotations

import http.client
import logging
import mimetypes
import socket
import ssl
import threading
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import SplitResult, urldefrag, urljoin, urlsplit, urlunsplit

from auditor import __version__
from auditor.checks.site.parse import well_formed
from auditor.errors import AuditorError
from auditor.i18n import N_, Translate

log = logging.getLogger(__name__)

USER_AGENT = f"MysteryShopperAuditDesk/{__version__} (site check; +https://github.com/)"
PAGE_MAX_BYTES = 5 * 1024 * 1024  # a page bigger than this is read up to here
IMAGE_HEAD_BYTES = 512 * 1024  # enough for any image header, EXIF included
MAX_REDIRECTS = 5
HTML_TYPES = ("text/html", "application/xhtml+xml")
# Statuses after which a HEAD is retried as GET: servers that refuse or mishandle HEAD.
HEAD_RETRY = frozenset({400, 403, 405, 501})


class SiteUnreachableError(AuditorError):
    """The site, page or folder to check cannot be read at all."""


@dataclass(frozen=True)
class Response:
    """What fetching a URL gave: final URL, status (None = no answer), type, body, reason."""

    url: str
    status: int | None
    content_type: str = ""
    body: bytes = b""
    error: str | None = None
    length: int | None = None  # the whole resource's size (Content-Length or file size), if known

    @property
    def ok(self) -> bool:
        """Return True when the resource answered with a success status."""
        return self.status is not None and self.status < 400

    @property
    def is_html(self) -> bool:
        """Return True when the resource is a web page."""
        return self.content_type.split(";")[0].strip().lower() in HTML_TYPES

    def reason(self, _: Translate = str) -> str:
        """Return why the resource failed, as a short phrase (status code or error), in the
        language of `_`: a finding quotes it, and an Italian report must not say "timed out"."""
        if self.status is not None:
            return f"HTTP {self.status}"
        return _(self.error or N_("no answer"))


def normalise_url(url: str) -> str:
    """Return url without its fragment, scheme and host lower-cased, default ports dropped."""
    url, _ = urldefrag(url)
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    port = parts.port if parts.port not in (None, 80 if parts.scheme == "http" else 443) else None
    netloc = f"{host}:{port}" if port else host
    if parts.username:
        netloc = f"{parts.username}@{netloc}"
    return urlunsplit((parts.scheme.lower(), netloc, parts.path or "/", parts.query, ""))


def same_host(a: str, b: str) -> bool:
    """Return True when two host names are the same site (www. or not)."""
    return a.lower().removeprefix("www.") == b.lower().removeprefix("www.")


def _port(parts: SplitResult) -> int | None:
    try:
        return parts.port or {"http": 80, "https": 443}.get(parts.scheme)
    except ValueError:
        return None


class _CappedRedirects(urllib.request.HTTPRedirectHandler):
    max_redirections = MAX_REDIRECTS


class HttpSource:
    """Read a live site: one shared opener, a per-request timeout, a body size cap."""

    mode = "http"
    offline = False

    def __init__(self, timeout: float = 10.0):
        self.timeout = timeout
        self.opener = urllib.request.build_opener(_CappedRedirects())
        # A host whose certificate a browser would refuse: the visitor who clicks through the
        # warning sees the pages, so they are read all the same, without verifying, and the
        # refusal is kept for the rules (host -> the msgid of why).
        # A bare client context: create_default_context() would load the system's authorities
        # (about 20 ms a check) for a context that never verifies.
        unverified = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        unverified.check_hostname = False
        unverified.verify_mode = ssl.CERT_NONE
        self._past_warning = urllib.request.build_opener(
            _CappedRedirects(), urllib.request.HTTPSHandler(context=unverified)
        )
        self.refused_certificates: dict[str, str] = {}
        self._lock = threading.Lock()
        self.site_hosts: set[str] = set()

    def get(self, url: str, max_bytes: int = PAGE_MAX_BYTES, method: str = "GET") -> Response:
        """Return the response to one request, reading at most max_bytes of the body."""
        host = (urlsplit(url).hostname or "").lower()
        try:
            return self._get(url, max_bytes, method, host in self.refused_certificates)
        except ssl.SSLCertVerificationError as refused:
            with self._lock:
                self.refused_certificates.setdefault(host, certificate_reason(refused))
            return self._get(url, max_bytes, method, True)

    def _get(self, url: str, max_bytes: int, method: str, past_warning: bool) -> Response:
        """Return the response, or raise SSLCertVerificationError when a certificate is refused
        (never `past_warning`, which does not verify)."""
        request = urllib.request.Request(
            url, method=method, headers={"User-Agent": USER_AGENT, "Accept": "*/*"}
        )
        opener = self._past_warning if past_warning else self.opener
        try:
            with opener.open(request, timeout=self.timeout) as answer:
                body = answer.read(max_bytes) if method == "GET" else b""
                return Response(
                    answer.geturl(),
                    answer.status,
                    answer.headers.get("Content-Type", ""),
                    body,
                    length=_content_length(answer.headers.get("Content-Length"), body, max_bytes),
                )
        except urllib.error.HTTPError as exc:
            if exc.code < 400:  # urllib gives up on redirect loops and over-long chains
                return Response(url, None, error=N_("too many redirects"))
            kind = exc.headers.get("Content-Type", "") if exc.headers else ""
            return Response(exc.geturl() or url, exc.code, kind)
        except (urllib.error.URLError, OSError) as exc:
            reason = exc.reason if isinstance(exc, urllib.error.URLError) else exc
            if isinstance(reason, ssl.SSLCertVerificationError):
                raise reason from None
            return Response(url, None, error=_reason(reason))
        except (http.client.HTTPException, ValueError) as exc:
            return Response(url, None, error=_reason(exc))

    def check(self, url: str) -> Response:
        """Return whether a link works: HEAD, then a small GET where HEAD is refused."""
        answer = self.get(url, method="HEAD")
        if answer.status in HEAD_RETRY:
            answer = self.get(url, max_bytes=1024)
        return answer

    def resolve(self, base: str, href: str) -> str:
        """Return href made absolute against the page it is on."""
        return urljoin(base, href)

    def is_internal(self, url: str, start: str) -> bool:
        """Return True when url belongs to the site being crawled."""
        parts, home = urlsplit(url), urlsplit(start)
        if parts.scheme not in ("http", "https") or _port(parts) != _port(home):
            return False  # another port is another server, even on the same host
        return same_host(parts.hostname or "", home.hostname or "")

    def readable(self, url: str) -> bool:
        """Return True when url can be fetched (http or https)."""
        return urlsplit(url).scheme in ("http", "https")


def _content_length(header: str | None, body: bytes, max_bytes: int) -> int | None:
    if header and header.strip().isdigit():
        return int(header)
    return len(body) if body and len(body) < max_bytes else None  # read to the end: its size


# OpenSSL's verify codes (X509_V_ERR_*) that a visitor's browser words its warning by.
_CERTIFICATE_REASONS = {
    9: N_("is not valid yet"),
    10: N_("has expired"),
    18: N_("is self-signed"),
    19: N_("is signed by an authority no browser trusts"),
    20: N_("is signed by an authority browsers do not know, or sent without its chain"),
    21: N_("is signed by an authority browsers do not know, or sent without its chain"),
    62: N_("was made for another address"),  # a host name
    64: N_("was made for another address"),  # an IP address
}


def certificate_reason(exc: ssl.SSLCertVerificationError) -> str:
    """Return why a certificate was refused, as a msgid completing "The certificate ..."."""
    return _CERTIFICATE_REASONS.get(exc.verify_code, N_("is not valid"))


def _reason(exc: object) -> str:
    if isinstance(exc, socket.timeout | TimeoutError):
        return N_("timed out")
    if isinstance(exc, socket.gaierror):
        return N_("host not found")
    if isinstance(exc, ConnectionRefusedError):
        return N_("connection refused")
    text = str(getattr(exc, "strerror", None) or exc)
    return text.splitlines()[0][:120] if text else type(exc).__name__


class LocalSource:
    """Read saved pages from a folder, offline; root-relative links resolve inside the folder."""

    mode = "folder"
    offline = True

    def __init__(self, root: Path):
        self.root = root.resolve()
        self.root_uri = self.root.as_uri().rstrip("/") + "/"
        self.site_hosts: set[str] = set()  # hosts the saved pages came from (canonical, saved-from)

    def path_of(self, url: str) -> Path | None:
        """Return the saved file a file: URL names (directories give their index page)."""
        if not url.startswith(self.root_uri) and url.rstrip("/") + "/" != self.root_uri:
            return None
        path = Path(urllib.request.url2pathname(urlsplit(url).path))
        candidates = [path]
        if path.is_dir():
            candidates = [path / "index.html", path / "index.htm"]
        elif not path.suffix:
            candidates += [path.with_suffix(".html"), path.with_suffix(".htm"), path / "index.html"]
        return next((c for c in candidates if c.is_file()), None)

    def get(self, url: str, max_bytes: int = PAGE_MAX_BYTES, method: str = "GET") -> Response:
        """Return the saved file at url as a response (404 when it is missing)."""
        path = self.path_of(url)
        if path is None:
            return Response(url, 404, error=N_("no such file"))
        kind = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        try:
            with path.open("rb") as handle:
                body = handle.read(max_bytes) if method == "GET" else b""
            size = path.stat().st_size
        except OSError as exc:
            return Response(url, None, error=exc.strerror or str(exc))
        return Response(path.as_uri(), 200, kind, body, length=size)

    def check(self, url: str) -> Response:
        """Return whether the saved file a link names exists."""
        return self.get(url, method="HEAD")

    def resolve(self, base: str, href: str) -> str:
        """Return href resolved inside the folder (links to the saved site's own host too)."""
        parts = urlsplit(href)
        if parts.scheme in ("http", "https") and any(
            same_host(parts.hostname or "", h) for h in self.site_hosts
        ):
            href = urlunsplit(("", "", parts.path or "/", parts.query, parts.fragment))
        if href.startswith("/") and not href.startswith("//"):
            url = self.root_uri + href.lstrip("/")
        else:
            url = urljoin(base, href)
        # One URL per saved file: "/", "/index.html" and "." are the same page here.
        bare, fragment = urldefrag(url)
        path = self.path_of(bare) if bare.startswith(self.root_uri) else None
        if path is None:
            return url
        return path.as_uri() + (f"#{fragment}" if fragment else "")

    def is_internal(self, url: str, start: str) -> bool:
        """Return True when url is a file inside the saved folder (or on the saved site's host)."""
        host = urlsplit(url).hostname or ""
        return url.startswith(self.root_uri) or any(same_host(host, h) for h in self.site_hosts)

    def readable(self, url: str) -> bool:
        """Return True when url can be read here (a file in the folder)."""
        return url.startswith(self.root_uri)


class SingleFileSource(LocalSource):
    """Read one saved page: its own links are not followed, since its siblings were not saved."""

    mode = "file"

    def resolve(self, base: str, href: str) -> str:
        """Return href absolute on the saved site's host when known (nothing else was saved)."""
        if href.startswith("/") and not href.startswith("//") and self.site_hosts:
            return urljoin(f"https://{sorted(self.site_hosts)[0]}", href)
        return urljoin(base, href)


Source = HttpSource | LocalSource


def open_target(target: str, timeout: float, _: Translate = str) -> tuple[Source, str]:
    """Return the source to read and the start URL for a URL, a saved page or a folder."""
    if target.lower().startswith(("http://", "https://")):
        if not well_formed(target) or not urlsplit(target).hostname:
            raise SiteUnreachableError(
                _("{target} is not a valid web address").format(target=target)
            )
        return HttpSource(timeout), normalise_url(target)
    path = Path(target).expanduser()
    if path.is_dir():
        source = LocalSource(path)
        start = next((p for p in (path / "index.html", path / "index.htm") if p.is_file()), None)
        if start is None:
            pages = sorted(path.glob("*.htm*"))
            if not pages:
                raise SiteUnreachableError(
                    _("{target} holds no saved web page (.html)").format(target=target)
                )
            start = pages[0]
        return source, start.resolve().as_uri()
    if path.is_file():
        return SingleFileSource(path.parent), path.resolve().as_uri()
    if "://" in target:
        raise SiteUnreachableError(
            _("{target}: only http and https addresses can be checked").format(target=target)
        )
    if (
        "." in target
        and "/" not in target.split(".")[0]
        and not path.suffix.lower().startswith(".htm")
    ):
        raise SiteUnreachableError(
            _("{target}: no such file; for a website write https://{target}").format(target=target)
        )
    raise SiteUnreachableError(_("{target}: no such file or folder").format(target=target))
