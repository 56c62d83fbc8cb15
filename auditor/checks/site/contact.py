"""Find the contact page and where it is linked from: menu, footer, page text, or nowhere."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from auditor.checks.site.crawl import SiteData
from auditor.checks.site.fetch import normalise_url
from auditor.checks.site.parse import BODY, FOOTER, NAVIGATION, Link
from auditor.checks.site.words import CONTACT_PHRASES, label_matches

log = logging.getLogger(__name__)

_RANK = {NAVIGATION: 0, FOOTER: 1, BODY: 2}
_WEB = ("http", "https", "file")
IsInternal = Callable[[str], bool]


@dataclass(frozen=True)
class Contact:
    """Where the contact page is and how a visitor reaches it."""

    url: str | None
    location: str | None  # navigation | footer | body | unlinked | None (no contact page)


def find_contact(data: SiteData, is_internal: IsInternal) -> Contact:
    """Return the best-placed working link to a contact page on the pages crawled."""
    best: tuple[int, Link] | None = None
    for page in data.pages:
        for link in page.links:
            if link.scheme not in _WEB or not is_internal(link.url):
                continue
            if not label_matches(list(link.labels), urlsplit(link.url).path, CONTACT_PHRASES):
                continue
            if normalise_url(link.url) == normalise_url(data.start) and "#" not in link.url:
                continue  # a logo whose alt repeats the page title "Contact - ..." leads home
            answer = data.status.get(normalise_url(link.url))
            if answer is not None and not answer.ok:
                continue  # a broken contact link leads nowhere (broken_link reports it)
            if best is None or _RANK[link.location] < best[0]:
                best = (_RANK[link.location], link)
    if best is not None:
        return Contact(best[1].url, best[1].location)
    if data.probed_contact:
        return Contact(data.probed_contact, "unlinked")
    return Contact(None, None)
