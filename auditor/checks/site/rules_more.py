"""The site rules auditors expect beyond contacts and links: head, forms, hours, https, weight."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from auditor.checks.site.fetch import same_host
from auditor.checks.site.forms import may_post_to_itself, nowhere
from auditor.checks.site.head import ACTIVE, insecure
from auditor.model import Severity

if TYPE_CHECKING:
    from auditor.checks.site.parse import PageInfo
    from auditor.checks.site.rules import Judge

log = logging.getLogger(__name__)

KIB = 1024
# Lighthouse total-byte-weight: a page scores 0.9 at 2,667 KiB and 0.5 at 4,000 KiB (its
# log-normal curve, from HTTP Archive percentiles). Over the first: minor; over the second: major.
WEIGHT_BUDGET = 2667 * KIB
WEIGHT_MAJOR = 4000 * KIB
MAX_MIXED_FINDINGS = 20
MAX_LABEL_SUGGESTIONS = 5


def _mb(size: int) -> str:
    return f"{size / (KIB * KIB):.1f} MB" if size >= 100 * KIB else f"{size / KIB:.0f} KB"


def head_rules(j: Judge) -> dict[str, Any]:
    """Report pages without a title, a home page without description, a site without favicon."""
    _ = j._
    data = j.data
    untitled = 0
    for index, page in enumerate(data.pages):
        if page.head.title is not None:
            continue
        untitled += 1
        fix = page.head.heading or (data.pages[0].head.title if index else None)
        j.add(
            "missing_title",
            Severity.MAJOR if index == 0 else Severity.MINOR,
            _(
                "The page has no title (<title>): browser tabs, bookmarks and search results "
                "show its address instead."
            ),
            page.url,
            None,
            (f"<title>{fix}</title>",) if fix else (),
        )
    home = data.pages[0] if data.pages else None
    described = home is not None and home.head.description is not None
    if home is not None and not described:
        summary = home.head.summary
        j.add(
            "missing_meta_description",
            Severity.MINOR,
            _(
                "The home page has no meta description: search engines make up the text shown "
                "under the site's name."
            ),
            home.url,
            None,
            (f'<meta name="description" content="{summary}">',) if summary else (),
        )
    if data.more.favicon is False:
        j.add(
            "missing_favicon",
            Severity.MINOR,
            _("No favicon: browser tabs and bookmarks show a blank icon for the site."),
            data.start,
            None,
            ('<link rel="icon" href="/favicon.ico">',),
        )
    return {
        "pages_without_title": untitled,
        "meta_description_found": described if home is not None else None,
        "favicon_found": data.more.favicon,
    }


def hours_rule(j: Judge) -> dict[str, Any]:
    """Report a site that shows no opening hours on any page checked."""
    _ = j._
    found = next(((p.url, p.opening_hours) for p in j.data.pages if p.opening_hours), None)
    if found is None and j.data.pages:
        j.add(
            "missing_opening_hours",
            Severity.MINOR,
            _(
                "No opening hours found on the pages checked (orari, Mon-Fri 9-18, "
                "schema.org openingHours): customers cannot tell when to call or visit."
            ),
            j.data.start,
        )
    return {
        "opening_hours_found": found is not None,
        "opening_hours": found[1] if found else None,
        "opening_hours_page": found[0] if found else None,
    }


def _form_problem(j: Judge, page: PageInfo, form: Any) -> tuple[Severity, str] | None:
    _ = j._
    if form.action_url:
        answer = j.data.more.form_targets.get(form.action_url)
        internal = j.is_internal(form.action_url)
        if answer is not None and (
            answer.status in (404, 410) or (internal and answer.status is None)
        ):
            return Severity.MAJOR, _(
                "This contact form sends to {target}, which does not answer ({reason}): "
                "messages are lost."
            ).format(target=form.action_url, reason=answer.reason(_))
    if not form.js_hint and nowhere(form) and not may_post_to_itself(form, page.url):
        return Severity.MAJOR, _(
            "This contact form sends nowhere: it names no address (action) and no script sends it."
        )
    if not form.submit and not form.js_hint:
        return Severity.MAJOR, _("This contact form has no send button: it cannot be submitted.")
    if (form.action or "").strip().lower().startswith("mailto:"):
        return Severity.MINOR, _(
            "This contact form sends through the visitor's own e-mail program (mailto:): "
            "without one set up, the message is never sent."
        )
    return None


def form_rules(j: Judge) -> dict[str, Any]:
    """Report form fields without a label and contact forms that cannot be sent (once each)."""
    _ = j._
    seen_labels: set[tuple[str, tuple[str, ...]]] = set()
    seen_broken: set[str] = set()
    forms = contact = unlabelled = broken = 0
    for page in j.data.pages:
        for form in page.forms:
            forms += 1
            contact += form.contact
            names = tuple(f.name for f in form.unlabelled)
            if form.unlabelled and (form.element, names) not in seen_labels:
                seen_labels.add((form.element, names))
                unlabelled += 1
                j.add(
                    "form_without_labels",
                    Severity.MINOR,
                    _(
                        "Form fields without a label: {fields}. Screen readers cannot name them, "
                        "and a placeholder disappears as soon as one types."
                    ).format(fields=", ".join(names)),
                    page.url,
                    form.unlabelled[0].element,
                    tuple(
                        f'<label for="{f.name}">{f.placeholder or f.name}</label>'
                        for f in form.unlabelled[:MAX_LABEL_SUGGESTIONS]
                    ),
                )
            if not form.contact or form.element in seen_broken:
                continue
            problem = _form_problem(j, page, form)
            if problem is not None:
                seen_broken.add(form.element)
                broken += 1
                j.add("contact_form_broken", problem[0], problem[1], page.url, form.element)
    return {
        "forms_checked": forms,
        "contact_forms": contact,
        "forms_without_labels": unlabelled,
        "contact_forms_broken": broken,
    }


def _secure_page(page: PageInfo) -> bool:
    return urlsplit(page.url).scheme == "https"


def https_rules(j: Judge) -> dict[str, Any]:
    """Report http resources on https pages, http not led to https, and soft 404s."""
    _ = j._
    data = j.data
    mixed: set[str] = set()
    for page in data.pages:
        if not _secure_page(page):
            continue
        for res in page.head.resources:
            if not insecure(res) or res.raw in mixed:
                continue
            mixed.add(res.raw)
            if len(mixed) > MAX_MIXED_FINDINGS:
                continue  # counted in the metric, not reported one by one
            j.add(
                "mixed_content",
                Severity.MAJOR if res.kind in ACTIVE else Severity.MINOR,
                _(
                    "The secure (https) page loads {target} over plain http: browsers block it "
                    "or mark the page not secure."
                ).format(target=res.raw),
                page.url,
                res.element,
                ("https://" + res.raw[len("http://") :],),
            )
    probe = data.more.https
    if probe is not None and probe.redirects is False:
        host = urlsplit(data.start).netloc
        if probe.https_works:
            message = _(
                "The site answers on plain http ({url}) without sending visitors to https: "
                "their connection is not protected."
            ).format(url=probe.http_url)
        else:
            message = _(
                'The site does not answer over https: browsers mark its pages "Not secure".'
            )
        j.add(
            "http_not_redirected", Severity.MAJOR, message, data.start, None, (f"https://{host}/",)
        )
    refused = {
        host: why for host, why in data.refused_certificates.items() if same_host(host, data.host)
    }
    for host, why in sorted(refused.items()):
        j.add(
            "invalid_certificate",
            Severity.CRITICAL,
            _(
                "The security certificate of {host} {reason}: browsers stop visitors with a "
                "warning before they see the page."
            ).format(host=host, reason=_(why)),
            data.start,
        )
    if data.soft_404:
        j.add(
            "soft_404",
            Severity.MINOR,
            _(
                "A page that does not exist answers as if it did (HTTP 200, not 404): search "
                "engines index error pages and broken links go unnoticed."
            ),
            data.start,
        )
    return {
        "mixed_content": len(mixed),
        "https_redirect": probe.redirects if probe else None,
        "https_available": probe.https_works if probe else None,
        "certificate_valid": _certificate_valid(data, probe, not refused),
    }


def _certificate_valid(data: Any, probe: Any, valid: bool) -> bool | None:
    """Return whether the site's certificate holds; None when no page of it came over https."""
    if data.mode != "http":
        return None
    if not valid:
        return False
    return True if urlsplit(data.start).scheme == "https" or (probe and probe.https_works) else None


def page_weight(j: Judge, page: PageInfo) -> tuple[int, dict[str, int], int]:
    """Return a page's weight in bytes, its split by kind, and how many sizes are unknown."""
    split = {"html": page.html_bytes, "image": 0, "script": 0, "stylesheet": 0}
    unknown = 0
    counted: set[str] = set()
    for res in page.head.resources:
        if res.kind not in split or res.url in counted:
            continue
        counted.add(res.url)
        if res.kind == "image":
            probe = j.data.images.get(res.url)
            size = probe.response.length if probe is not None and probe.response.ok else None
        else:
            size = j.data.more.sizes.get(res.url)
        if size is None:
            unknown += 1
        else:
            split[res.kind] += size
    return sum(split.values()), split, unknown


def weight_rule(j: Judge) -> dict[str, Any]:
    """Report the heaviest page over the budget (one finding, the count in its message)."""
    _ = j._
    weights = [(page_weight(j, p), p) for p in j.data.pages]
    over = [(w, p) for w, p in weights if w[0] > WEIGHT_BUDGET]
    heaviest = max(weights, key=lambda item: item[0][0], default=None)
    if over and heaviest is not None:
        (total, split, _unknown), page = heaviest
        j.add(
            "heavy_page",
            Severity.MAJOR if total > WEIGHT_MAJOR else Severity.MINOR,
            _(
                "The page weighs {size} (images {images}, scripts {scripts}, styles {styles}, "
                "HTML {html}; budget {budget}): slow to open on a mobile connection. "
                "Pages over the budget: {count}."
            ).format(
                size=_mb(total),
                images=_mb(split["image"]),
                scripts=_mb(split["script"]),
                styles=_mb(split["stylesheet"]),
                html=_mb(split["html"]),
                budget=_mb(WEIGHT_BUDGET),
                count=len(over),
            ),
            page.url,
        )
    return {
        "heaviest_page_bytes": heaviest[0][0] if heaviest else None,
        "heaviest_page": heaviest[1].url if heaviest else None,
        "pages_over_weight_budget": len(over),
        "resources_of_unknown_size": sum(w[2] for w, _p in weights),
    }


def tax_code_rule(j: Judge) -> dict[str, Any]:
    """Report a personal tax code (codice fiscale) that fails its check character."""
    _ = j._
    codes = [c for p in j.data.pages for c in p.company_ids if c.kind == "tax_code"]
    bad = next((c for c in codes if not c.valid), None)
    if bad is not None and not any(c.valid for c in codes):
        j.add(
            "invalid_tax_code",
            Severity.MINOR,
            _(
                "Tax code (codice fiscale) {code} is shown but is not valid: probably mistyped."
            ).format(code=bad.value),
            j.data.start,
        )
    return {"tax_code": next((c.value for c in codes if c.valid), None)}


def judge_more(j: Judge) -> dict[str, Any]:
    """Apply the rules of this module and return their metrics."""
    metrics: dict[str, Any] = {}
    for rule in (head_rules, hours_rule, form_rules, https_rules, weight_rule, tax_code_rule):
        metrics.update(rule(j))
    return metrics
