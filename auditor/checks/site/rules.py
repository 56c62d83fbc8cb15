"""Turn what the crawl saw into findings (one per problem) and the contract's metrics."""

from __future__ import annotations

import logging
from typing import Any
from urllib.parse import urlsplit

from auditor.checks.base import CheckFinding
from auditor.checks.site.contact import Contact, IsInternal, find_contact
from auditor.checks.site.contacts import vat_checksum_ok, vat_problem
from auditor.checks.site.crawl import SiteData
from auditor.checks.site.fetch import Response, normalise_url
from auditor.checks.site.images import MAJOR_BELOW, too_small
from auditor.checks.site.parse import BODY, FOOTER, MALFORMED, NAVIGATION, Written
from auditor.checks.site.rules_more import judge_more
from auditor.checks.site.words import (
    COOKIE_PHRASES,
    PRIVACY_PHRASES,
    label_matches,
    looks_italian,
)
from auditor.i18n import translator
from auditor.model import Severity

log = logging.getLogger(__name__)

_WEB = ("http", "https", "file")


def _is_broken(answer: Response, internal: bool) -> bool:
    # An external link counts only when it definitively failed: it may be unreachable from here.
    return not answer.ok if internal else answer.status in (404, 410)


def _phone_clicks(written: Written, tel_links: set[str]) -> bool:
    # Both sides are national significant numbers (phonenumbers); the last-8-digits rule is kept
    # for links phonenumbers cannot read.
    if written.key and written.key in tel_links:
        return True
    digits = written.value.lstrip("+")
    return any(t and (t.endswith(digits[-8:]) or digits.endswith(t[-8:])) for t in tel_links)


class Judge:
    """Apply the site rules to one crawl."""

    def __init__(self, data: SiteData, is_internal: IsInternal, lang: str):
        self.data, self.is_internal = data, is_internal
        self._ = translator(lang)
        self.findings: list[CheckFinding] = []

    def add(
        self,
        rule: str,
        severity: Severity,
        message: str,
        url: str | None,
        element: str | None = None,
        suggestions: tuple[str, ...] = (),
    ) -> None:
        """Record one finding (with the fixes the auditor can accept, if any)."""
        self.findings.append(
            CheckFinding(rule, severity, message, url=url, element=element, suggestions=suggestions)
        )

    def contact(self) -> Contact:
        """Judge where the contact page is."""
        _ = self._
        contact = find_contact(self.data, self.is_internal)
        start = self.data.start
        if contact.location is None:
            self.add(
                "missing_contact_page",
                Severity.MAJOR,
                _(
                    "No contact page found: no link names one "
                    "(Contatti, Contact us, Dove siamo...)."
                ),
                start,
            )
        elif contact.location == "unlinked":
            self.add(
                "contact_not_in_navigation",
                Severity.MAJOR,
                _("The contact page {url} exists but no page links to it.").format(url=contact.url),
                start,
            )
        elif contact.location == FOOTER:
            self.add(
                "contact_not_in_navigation",
                Severity.MINOR,
                _(
                    "The contact page {url} is linked only from the footer, not from the menu."
                ).format(url=contact.url),
                start,
            )
        elif contact.location == BODY:
            self.add(
                "contact_not_in_navigation",
                Severity.MINOR,
                _(
                    "The contact page {url} is linked only from the page text, not from the menu."
                ).format(url=contact.url),
                start,
            )
        return contact

    def broken(self) -> int:
        """Report each broken link or image once, on the first page that uses it."""
        _ = self._
        reported: set[str] = set()
        for page in self.data.pages:
            for link in page.links:
                if link.scheme == MALFORMED and link.url not in reported:
                    reported.add(link.url)
                    self.add(
                        "broken_link",
                        Severity.MAJOR,
                        _("Broken link: {target} is not a valid address.").format(target=link.url),
                        page.url,
                        link.element,
                    )
                    continue
                key = normalise_url(link.url) if link.scheme in _WEB else ""
                answer = self.data.status.get(key)
                if (
                    answer is None
                    or key in reported
                    or not _is_broken(answer, self.is_internal(key))
                ):
                    continue
                reported.add(key)
                self.add(
                    "broken_link",
                    Severity.MAJOR if self.is_internal(key) else Severity.MINOR,
                    _("Broken link to {target} ({reason}).").format(
                        target=link.url, reason=answer.reason(_)
                    ),
                    page.url,
                    link.element,
                )
            for img in page.images:
                probe = self.data.images.get(img.url or "")
                if probe is None or img.url in reported or self.data.mode == "file":
                    continue
                if _is_broken(probe.response, self.is_internal(img.url or "")):
                    reported.add(img.url or "")
                    self.add(
                        "broken_link",
                        Severity.MAJOR,
                        _("Image {target} does not load ({reason}).").format(
                            target=img.url, reason=probe.response.reason(_)
                        ),
                        page.url,
                        img.element,
                    )
        return len(reported)

    def images(self) -> tuple[int, int]:
        """Report images without alt text and images shown larger than their pixels."""
        _ = self._
        no_alt: set[str] = set()
        low: set[tuple[str, float | None, float | None]] = set()
        for page in self.data.pages:
            for img in page.images:
                key = img.url or img.element
                if not img.has_alt and not img.decorative and key not in no_alt:
                    no_alt.add(key)
                    self.add(
                        "image_without_alt",
                        Severity.MINOR,
                        _(
                            "Image without alternative text (alt): screen readers and "
                            "search engines cannot tell what it shows."
                        ),
                        page.url,
                        img.element,
                    )
                probe = self.data.images.get(img.url or "")
                if (
                    probe is None
                    or probe.size is None
                    or img.responsive
                    or (key, img.width, img.height) in low
                ):
                    continue
                ratio = too_small(probe.size, img.width, img.height)
                if ratio is not None:
                    low.add((key, img.width, img.height))
                    shown = f"{img.width:g}" if img.width else "?"
                    shown += f"x{img.height:g}" if img.height else "x?"
                    self.add(
                        "low_resolution_image",
                        Severity.MAJOR if ratio < MAJOR_BELOW else Severity.MINOR,
                        _("Image of {natural} pixels shown at {shown}: it looks grainy.").format(
                            natural=f"{probe.size[0]}x{probe.size[1]}", shown=shown
                        ),
                        page.url,
                        img.element,
                    )
        return len(no_alt), len(low)

    def contacts_clickable(self) -> tuple[bool, bool]:
        """Report phone numbers and e-mail addresses written but not clickable."""
        _ = self._
        phones: set[str] = set()
        mails: set[str] = set()
        phone_found = email_found = False
        for page in self.data.pages:
            phone_found |= bool(page.tel_links or page.phones_written or page.schema_phone)
            email_found |= bool(page.mailto_links or page.emails_written)
            for item in page.phones_written:
                if item.value in phones or _phone_clicks(item, page.tel_links):
                    continue
                phones.add(item.value)
                self.add(
                    "phone_not_clickable",
                    Severity.MINOR,
                    _(
                        "Phone number {number} is written but not a tel: link: "
                        "on a phone it cannot be called with a tap."
                    ).format(number=item.text),
                    page.url,
                    item.element,
                    (f'<a href="tel:{item.e164}">{item.text}</a>',) if item.e164 else (),
                )
            for item in page.emails_written:
                if item.value in mails or item.value in page.mailto_links:
                    continue
                mails.add(item.value)
                self.add(
                    "email_not_clickable",
                    Severity.MINOR,
                    _("E-mail address {address} is written but not a mailto: link.").format(
                        address=item.text
                    ),
                    page.url,
                    item.element,
                )
        return phone_found, email_found

    def policies(self) -> tuple[bool, bool, str | None]:
        """Report a missing privacy policy or cookie policy link."""
        _ = self._
        privacy = cookie = False
        for page in self.data.pages:
            for link in page.links:
                if link.scheme not in _WEB:
                    continue
                path = urlsplit(link.url).path.lower()
                privacy |= (
                    label_matches(list(link.labels), "", PRIVACY_PHRASES) or "privacy" in path
                )
                cookie |= label_matches(list(link.labels), "", COOKIE_PHRASES) or "cookie" in path
        tool = next((p.consent_tool for p in self.data.pages if p.consent_tool), None)
        if not privacy:
            self.add(
                "missing_privacy_policy",
                Severity.MAJOR,
                _("No link to a privacy policy (informativa privacy) found."),
                self.data.start,
            )
        if not cookie and tool is None:
            self.add(
                "missing_cookie_policy",
                Severity.MINOR,
                _("No link to a cookie policy and no cookie consent tool found."),
                self.data.start,
            )
        return privacy, cookie, tool

    def italian(self) -> bool:
        """Return True when the site is Italian: lang attribute, .it domain or Italian text."""
        hosts = {self.data.host} | {h for p in self.data.pages for h in p.site_hosts}
        if any(p.lang.startswith("it") for p in self.data.pages) or any(
            h.endswith(".it") for h in hosts
        ):
            return True
        return looks_italian(" ".join(p.text for p in self.data.pages[:5]))

    def vat(self, italian: bool) -> str | None:
        """Report a missing or mistyped VAT number on an Italian site."""
        _ = self._
        numbers = [n for p in self.data.pages for n in p.vat_numbers]
        valid = next((n for n in numbers if vat_checksum_ok(n)), None)
        if not italian:
            return valid or (numbers[0] if numbers else None)
        if not numbers:
            self.add(
                "missing_vat_number",
                Severity.MAJOR,
                _(
                    "No VAT number (P.IVA followed by 11 digits) found: "
                    "an Italian company must show it."
                ),
                self.data.start,
            )
        elif valid is None and vat_problem(numbers[0]) != "checksum":
            self.add(
                "invalid_vat_number",
                Severity.MAJOR,
                _(
                    "VAT number {number} is shown but is not a valid number "
                    "(wrong length, office code or country format): probably mistyped."
                ).format(number=numbers[0]),
                self.data.start,
            )
        elif valid is None:
            self.add(
                "invalid_vat_number",
                Severity.MAJOR,
                _(
                    "VAT number {number} is shown but its check digit is wrong: probably mistyped."
                ).format(number=numbers[0]),
                self.data.start,
            )
        return valid or (numbers[0] if numbers else None)


def judge(
    data: SiteData, is_internal: IsInternal, lang: str
) -> tuple[list[CheckFinding], dict[str, Any]]:
    """Return the findings and the metrics of a crawl."""
    j = Judge(data, is_internal, lang)
    contact = j.contact()
    phone_found, email_found = j.contacts_clickable()
    privacy, cookie, tool = j.policies()
    broken = j.broken()
    without_alt, low_res = j.images()
    italian = j.italian()
    vat = j.vat(italian)
    more = judge_more(j)
    metrics: dict[str, Any] = {
        "pages_checked": len(data.pages),
        "contact_page": {
            "found": contact.location is not None,
            "url": contact.url,
            "in_navigation": contact.location == NAVIGATION,
        },
        "phone_found": phone_found,
        "email_found": email_found,
        "privacy_policy_found": privacy,
        "broken_links": broken,
        "images_without_alt": without_alt,
        "contact_page_location": contact.location,
        "cookie_policy_found": cookie,
        "consent_tool": tool,
        "italian_site": italian,
        "vat_number": vat,
        "low_resolution_images": low_res,
        "links_checked": sum(1 for r in data.status.values() if r is not None),
        "images_checked": len(data.images),
        "external_links_not_checked": data.unverified_external,
        "page_limit_reached": data.limit_reached,
        "stopped": data.stopped,
        "soft_404": data.soft_404,
        **more,
    }
    return j.findings, metrics
