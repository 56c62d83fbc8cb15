"""Crawl a site politely: same host, a page limit, two requests at a time, cancellable."""

from __future__ import annotations

import hashlib
import logging
import uuid
from collections import deque
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from auditor.checks.site.fetch import (
    IMAGE_HEAD_BYTES,
    LocalSource,
    Response,
    SingleFileSource,
    SiteUnreachableError,
    Source,
    normalise_url,
)
from auditor.checks.site.images import natural_size
from auditor.checks.site.parse import PageInfo, parse_page
from auditor.checks.site.probes import MoreData, run_probes
from auditor.i18n import Translate

log = logging.getLogger(__name__)

WORKERS = 2  # at most two requests at once: an auditor's check must not load the client's server
MAX_INTERNAL_CHECKS = (
    100  # internal links not crawled (files, pages past the limit) checked by HEAD
)
MAX_EXTERNAL_CHECKS = 50
MAX_IMAGES = 100
_NOT_PAGES = frozenset(
    [
        ".pdf",
        ".jpg",
        ".jpeg",
        ".png",
        ".gif",
        ".webp",
        ".svg",
        ".avif",
        ".ico",
        ".zip",
        ".rar",
        ".7z",
        ".doc",
        ".docx",
        ".xls",
        ".xlsx",
        ".ppt",
        ".pptx",
        ".mp3",
        ".mp4",
        ".mov",
        ".avi",
        ".webm",
        ".css",
        ".js",
        ".xml",
        ".json",
        ".txt",
        ".csv",
        ".exe",
        ".dmg",
        ".apk",
    ]
)
CONTACT_PROBES = (
    "contatti",
    "contatti/",
    "contatti.html",
    "contact",
    "contact/",
    "contact.html",
    "contatto",
    "contacts",
    "contact-us",
    "dove-siamo",
    "dove-siamo.html",
)

Progress = Callable[[int, int, str], None]
Cancel = Callable[[], bool]


@dataclass
class ImageProbe:
    """What fetching an image's first bytes gave: the response and its natural size."""

    response: Response
    size: tuple[int, int] | None


@dataclass
class SiteData:
    """Everything the crawl saw, for the rules to judge."""

    start: str
    mode: str
    pages: list[PageInfo] = field(default_factory=list)
    status: dict[str, Response] = field(default_factory=dict)  # normalised url -> its answer
    images: dict[str, ImageProbe] = field(default_factory=dict)
    unverified_external: int = 0
    limit_reached: bool = False
    stopped: bool = False
    soft_404: bool | None = None
    probed_contact: str | None = None
    host: str = ""
    more: MoreData = field(default_factory=MoreData)  # sizes, form targets, favicon, https
    # hosts whose certificate a browser would refuse -> why (a msgid); the pages were read past it
    refused_certificates: dict[str, str] = field(default_factory=dict)


def _crawlable(url: str) -> bool:
    path = urlsplit(url).path.lower()
    return not any(path.endswith(ext) for ext in _NOT_PAGES)


class Crawler:
    """Run one bounded crawl of a source from its start URL."""

    def __init__(
        self,
        source: Source,
        start: str,
        max_pages: int,
        progress: Progress | None,
        cancel: Cancel | None,
        _: Translate = str,
    ):
        self._ = _  # the refusals below are the user's to read
        self.source = source
        self.max_pages = 1 if isinstance(source, SingleFileSource) else max_pages
        self.progress = progress or (lambda done, total, url: None)
        self.cancelled = cancel or (lambda: False)
        self.data = SiteData(start=start, mode=source.mode)
        self._bodies: set[bytes] = set()  # digests of the pages read, to skip a page seen twice
        self.https: bool | None = None  # probe http -> https: None = only for public hosts

    def run(self) -> SiteData:
        """Return what the crawl saw; raise SiteUnreachableError when the start page fails."""
        _ = self._
        first = self.source.get(self.data.start)
        if not first.ok:
            raise SiteUnreachableError(
                _("{target} cannot be read: {reason}").format(
                    target=self.data.start, reason=first.reason(_)
                )
            )
        if not first.is_html:
            kind = first.content_type.split(";")[0] or _("unknown content")
            raise SiteUnreachableError(
                _("{target} is not a web page ({kind})").format(target=self.data.start, kind=kind)
            )
        start = normalise_url(first.url) if self.source.mode == "http" else first.url
        self.data.start, self.data.host = start, urlsplit(start).hostname or ""
        self.data.status[normalise_url(self.data.start)] = first
        with ThreadPoolExecutor(WORKERS, thread_name_prefix="site-check") as pool:
            leftover = self._crawl(pool, first)
            if not self.data.stopped:
                self._check_links(pool, leftover)
                self._probe_images(pool)
            if not self.data.stopped and not self.source.offline:
                self._probe_soft_404()
            if not self.data.stopped:
                run_probes(self.source, self.data, pool, self._run_all, self.https)
        self.data.refused_certificates = dict(getattr(self.source, "refused_certificates", {}))
        return self.data

    def _add_page(self, response: Response, queue: deque[str], seen: set[str]) -> None:
        # "/" and "/index.html" are often one page under two addresses: read and count it once.
        digest = hashlib.sha256(response.body).digest()
        if digest in self._bodies:
            return
        self._bodies.add(digest)
        page = parse_page(response.body, response.content_type, response.url, self.source.resolve)
        if isinstance(self.source, LocalSource) and page.site_hosts - self.source.site_hosts:
            # A saved page names the site it came from: read it again so its links resolve locally.
            self.source.site_hosts |= page.site_hosts
            page = parse_page(
                response.body, response.content_type, response.url, self.source.resolve
            )
        self.data.pages.append(page)
        for link in page.links:
            if link.scheme not in ("http", "https", "file"):
                continue
            key = normalise_url(link.url)
            if key not in seen:
                seen.add(key)
                if self.source.is_internal(key, self.data.start) and _crawlable(key):
                    queue.append(key)
        self.progress(len(self.data.pages), self.max_pages, response.url)

    def _crawl(self, pool: ThreadPoolExecutor, first: Response) -> list[str]:
        """Fetch pages breadth first; return the internal pages left over at the limit."""
        queue: deque[str] = deque()
        seen = {normalise_url(self.data.start)}
        self._add_page(first, queue, seen)
        running: dict[Future[Response], str] = {}
        while queue or running:
            while (
                queue
                and not self.data.stopped
                and len(self.data.pages) + len(running) < self.max_pages
            ):
                url = queue.popleft()
                if url in self.data.status:
                    continue  # reached already, as the target of a redirect
                running[pool.submit(self.source.get, url)] = url
            if self.cancelled():
                self.data.stopped = True
            if not running:
                break
            done, _ = wait(running, return_when=FIRST_COMPLETED)
            for future in done:
                url = running.pop(future)
                response = future.result()
                self.data.status[url] = response
                final = normalise_url(response.url)
                if final != url and final in self.data.status:
                    continue  # a redirect to a page already read
                seen.add(final)
                self.data.status.setdefault(final, response)
                internal = self.source.is_internal(final, self.data.start)
                if response.ok and response.is_html and not self.data.stopped and internal:
                    self._add_page(response, queue, seen)
            if len(self.data.pages) >= self.max_pages and queue:
                self.data.limit_reached = True
                break
        if self.cancelled():
            self.data.stopped = True
        return list(queue)

    def _targets(self, leftover: list[str]) -> tuple[list[str], list[str]]:
        internal: list[str] = [u for u in leftover if u not in self.data.status]
        external: list[str] = []
        known = set(internal) | set(self.data.status)
        for page in self.data.pages:
            for link in page.links:
                if link.scheme not in ("http", "https", "file"):
                    continue
                key = normalise_url(link.url)
                if key in known:
                    continue
                known.add(key)
                (internal if self.source.is_internal(key, self.data.start) else external).append(
                    key
                )
        return internal[:MAX_INTERNAL_CHECKS], external

    def _check_links(self, pool: ThreadPoolExecutor, leftover: list[str]) -> None:
        """Check the links not crawled: internal ones, then a bounded number of external ones."""
        internal, external = self._targets(leftover)
        if isinstance(self.source, SingleFileSource):
            internal = []  # the other pages of a single saved page were not saved: nothing to check
        if self.source.offline:
            self.data.unverified_external = len(external)
            external = []
            internal = [u for u in internal if self.source.readable(u)]
        else:
            self.data.unverified_external = max(0, len(external) - MAX_EXTERNAL_CHECKS)
            external = external[:MAX_EXTERNAL_CHECKS]
        self._run_all(pool, internal + external, self.source.check, self.data.status)

    def _probe_images(self, pool: ThreadPoolExecutor) -> None:
        """Fetch the first bytes of each distinct image: does it load, and how big is it."""
        urls: list[str] = []
        for page in self.data.pages:
            for img in page.images:
                if img.url and img.url not in urls and self.source.readable(img.url):
                    urls.append(img.url)
        results: dict[str, Response] = {}
        self._run_all(
            pool, urls[:MAX_IMAGES], lambda u: self.source.get(u, IMAGE_HEAD_BYTES), results
        )
        for url, response in results.items():
            size = natural_size(response.body) if response.ok else None
            self.data.images[url] = ImageProbe(
                Response(
                    response.url,
                    response.status,
                    response.content_type,
                    b"",
                    response.error,
                    response.length,
                ),
                size,
            )

    def _run_all(
        self,
        pool: ThreadPoolExecutor,
        urls: list[str],
        fetch: Callable[[str], Response],
        into: dict[str, Response],
    ) -> None:
        pending = {pool.submit(fetch, url): url for url in urls[:WORKERS]}
        rest = deque(urls[WORKERS:])
        while pending:
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                into[pending.pop(future)] = future.result()
            if self.cancelled():
                self.data.stopped = True
                rest.clear()
            while rest and len(pending) < WORKERS:
                url = rest.popleft()
                pending[pool.submit(fetch, url)] = url

    def _probe_soft_404(self) -> None:
        """Ask for a page that cannot exist: a site answering 200 hides its missing pages."""
        base = f"{urlsplit(self.data.start).scheme}://{urlsplit(self.data.start).netloc}/"
        answer = self.source.check(base + f"no-such-page-{uuid.uuid4().hex[:12]}")
        self.data.soft_404 = answer.ok

    def probe_contact(self) -> str | None:
        """Return the address of a contact page no link leads to, trying the usual paths."""
        if self.data.soft_404:
            return None  # every path answers: a hit would prove nothing
        if isinstance(self.source, LocalSource):
            base = self.source.root_uri
        else:
            base = f"{urlsplit(self.data.start).scheme}://{urlsplit(self.data.start).netloc}/"
        for path in CONTACT_PROBES:
            if self.cancelled():
                return None
            answer = self.source.get(base + path, max_bytes=64 * 1024)
            if answer.ok and answer.is_html:
                return answer.url
        return None
