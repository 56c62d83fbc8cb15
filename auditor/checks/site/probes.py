"""Requests made after the crawl: resource sizes, form targets, the favicon, http -> https.

Still polite: the crawl's two workers, HEAD where it is enough, bounded counts.
"""

from __future__ import annotations

import ipaddress
import logging
import urllib.error
import urllib.request
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin, urlsplit

from auditor.checks.site.fetch import (
    HEAD_RETRY,
    MAX_REDIRECTS,
    PAGE_MAX_BYTES,
    USER_AGENT,
    HttpSource,
    LocalSource,
    Response,
    SingleFileSource,
)
from auditor.checks.site.head import WEIGHED

if TYPE_CHECKING:
    from auditor.checks.site.crawl import SiteData

log = logging.getLogger(__name__)

MAX_SIZED = 100  # scripts and style sheets whose size is asked for
MAX_FORM_TARGETS = 20
# Host names that never get a public certificate: a development or intranet copy of a site.
_LOCAL_SUFFIXES = (".local", ".localhost", ".test", ".internal", ".lan", ".home.arpa")

RunAll = Callable[[ThreadPoolExecutor, list[str], Callable[[str], Response], dict], None]


@dataclass
class HttpsProbe:
    """What asking for the site over plain http gave."""

    http_url: str
    redirects: bool | None  # True: http leads to https; False: http serves pages; None: no http
    https_works: bool  # the site answers over https


@dataclass
class MoreData:
    """What the post-crawl requests found."""

    sizes: dict[str, int | None] = field(default_factory=dict)  # script/css url -> bytes
    form_targets: dict[str, Response] = field(default_factory=dict)  # action url -> answer
    favicon: bool | None = None  # None: cannot be told (one saved page without a declared icon)
    favicon_url: str | None = None
    https: HttpsProbe | None = None  # None: not probed (offline, or a local/private host)


def public_host(host: str) -> bool:
    """Return False for loopback, private and link-local addresses and local-only host names."""
    host = host.lower().strip("[]")
    if (
        host == "localhost"
        or host.endswith(_LOCAL_SUFFIXES)
        or ("." not in host and ":" not in host)
    ):
        return False
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return True
    return not (address.is_private or address.is_loopback or address.is_link_local)


def _size(source: Any, url: str) -> Response:
    """Return an answer whose length is the resource's size: HEAD, then GET when HEAD says nothing."""
    if isinstance(source, LocalSource):
        return source.get(url, method="HEAD")
    answer = source.get(url, method="HEAD")
    if answer.status in HEAD_RETRY or (answer.ok and answer.length is None):
        answer = source.get(url, max_bytes=PAGE_MAX_BYTES)
    return answer


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None  # answered as an HTTPError carrying the Location header


def _hop(url: str, timeout: float) -> tuple[int | None, str | None]:
    """Return (status, Location) of one GET that does not follow redirects."""
    opener = urllib.request.build_opener(_NoRedirect())
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "*/*"})
    try:
        with opener.open(request, timeout=timeout) as answer:
            answer.read(1024)
            return answer.status, None
    except urllib.error.HTTPError as exc:
        location = exc.headers.get("Location") if exc.headers else None
        return exc.code, urljoin(url, location) if location else None
    except (OSError, ValueError) as exc:
        log.debug("http probe of %s: %s", url, exc)
        return None, None


def probe_https(source: HttpSource, start: str) -> HttpsProbe:
    """Ask for the site over http: does it lead to https? Does https answer at all?"""
    parts = urlsplit(start)
    if parts.scheme == "http":
        https_url = f"https://{parts.netloc}/"
        return HttpsProbe(start, False, source.check(https_url).ok)
    url = f"http://{parts.netloc}/"
    http_url = url
    for _ in range(MAX_REDIRECTS):
        status, location = _hop(url, source.timeout)
        if status is None or status >= 400:
            return HttpsProbe(http_url, None, True)  # no plain http site to be sent to
        if status < 300 or not location:
            return HttpsProbe(http_url, False, True)
        if urlsplit(location).scheme == "https":
            return HttpsProbe(http_url, True, True)
        url = location
    return HttpsProbe(http_url, False, True)


def _favicon(source: Any, data: SiteData) -> tuple[bool | None, str | None]:
    home = data.pages[0]
    icons = list(home.head.icons)
    if "data:" in icons:
        return True, None
    if icons:
        url = icons[0]
    elif isinstance(source, SingleFileSource):
        return None, None  # the site's /favicon.ico was not saved with the page
    elif isinstance(source, LocalSource):
        url = source.root_uri + "favicon.ico"
    else:
        url = f"{urlsplit(data.start).scheme}://{urlsplit(data.start).netloc}/favicon.ico"
    if not source.readable(url):
        return None, url
    answer = source.check(url)
    # A soft-404 site answers every path, /favicon.ico too, with its HTML page.
    return answer.ok and not answer.is_html, url


def run_probes(
    source: Any, data: SiteData, pool: ThreadPoolExecutor, run_all: RunAll, https: bool | None
) -> None:
    """Fill data.more: sizes of scripts and styles, form targets, favicon, http -> https."""
    more = data.more
    sized: list[str] = []
    for page in data.pages:
        for res in page.head.resources:
            if (
                res.kind in WEIGHED
                and res.kind != "image"
                and res.url not in sized
                and source.readable(res.url)
            ):
                sized.append(res.url)
    answers: dict[str, Response] = {}
    run_all(pool, sized[:MAX_SIZED], lambda u: _size(source, u), answers)
    more.sizes = {url: (a.length if a.ok else None) for url, a in answers.items()}
    targets: list[str] = []
    if not source.offline:
        for page in data.pages:
            for form in page.forms:
                url = form.action_url
                if form.contact and url and url not in targets and source.readable(url):
                    targets.append(url)
    run_all(pool, targets[:MAX_FORM_TARGETS], source.check, more.form_targets)
    if data.pages:
        more.favicon, more.favicon_url = _favicon(source, data)
    host = urlsplit(data.start).hostname or ""
    if isinstance(source, HttpSource) and (https or (https is None and public_host(host))):
        more.https = probe_https(source, data.start)
