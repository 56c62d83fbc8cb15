"""The site check: contact page, clickable contacts, policies, VAT number, links and images.

`check_site` reads a live site (a bounded, polite crawl over HTTP), a folder of saved pages
(offline, links resolved between the saved files) or one saved page, and suggests findings.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from auditor.checks.base import CheckResult
from auditor.checks.site.contact import find_contact
from auditor.checks.site.crawl import Crawler
from auditor.checks.site.fetch import SiteUnreachableError, open_target
from auditor.checks.site.rules import judge
from auditor.errors import ValidationError
from auditor.i18n import translator

log = logging.getLogger(__name__)

__all__ = ["SiteUnreachableError", "check_site"]


def check_site(
    target: str,
    *,
    max_pages: int = 30,
    lang: str = "en",
    progress: Callable[[int, int, str], None] | None = None,
    cancel: Callable[[], bool] | None = None,
    timeout: float = 10.0,
    https: bool | None = None,
) -> CheckResult:
    """Return the findings and metrics of a site, a saved page or a folder of saved pages.

    Raise SiteUnreachableError (an AuditorError) when the start page cannot be read at all.
    `progress(pages_done, max_pages, url)` is called after each page; `cancel()` returning True
    stops the crawl after the requests under way, and the partial result says `stopped`.
    `https`: whether to ask for the site over plain http to see if it leads to https; None (the
    default) asks only for public hosts, since a local or private copy cannot have a public
    certificate.
    """
    _ = translator(lang)
    if max_pages < 1:
        raise ValidationError(_("at least one page must be checked"))
    source, start = open_target(target.strip(), timeout, _)
    crawler = Crawler(source, start, max_pages, progress, cancel, _)
    crawler.https = https
    data = crawler.run()

    def is_internal(url: str) -> bool:
        return source.is_internal(url, data.start)

    if (
        not data.stopped
        and source.mode != "file"
        and find_contact(data, is_internal).location is None
    ):
        data.probed_contact = crawler.probe_contact()
    findings, metrics = judge(data, is_internal, lang)
    metrics["mode"] = source.mode
    log.info("site check of %s: %d page(s), %d finding(s)", target, len(data.pages), len(findings))
    return CheckResult(check="site", target=target, findings=findings, metrics=metrics)
