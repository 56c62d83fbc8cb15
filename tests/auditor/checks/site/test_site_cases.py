"""Every fixture site, crawled over real HTTP on 127.0.0.1 and read offline from its folder."""

from __future__ import annotations

import pytest
from sitekit import SITES, base_of, relative, summary

from auditor.checks.site import check_site

NAV = {"found": True, "in_navigation": True}

# site -> (contact page metric with a relative URL, findings as (rule, severity, page)).
EXPECTED: dict[str, tuple[dict[str, object], list[tuple[str, str, str]]]] = {
    "nav_contact": ({**NAV, "url": "contatti.html"}, []),
    "footer_contact": (
        {"found": True, "url": "contact-us.html", "in_navigation": False},
        [("contact_not_in_navigation", "minor", "index.html")],
    ),
    "no_contact": (
        {"found": False, "url": None, "in_navigation": False},
        [("missing_contact_page", "major", "index.html")],
    ),
    "dove_siamo": ({**NAV, "url": "dove-siamo/index.html"}, []),
    "aria_contact": ({**NAV, "url": "contact/index.html"}, []),
    "path_contact": ({**NAV, "url": "contact.html"}, []),
    "unlinked_contact": (
        {"found": True, "url": "contatti.html", "in_navigation": False},
        [("contact_not_in_navigation", "major", "index.html")],
    ),
    "one_page": ({**NAV, "url": "index.html#contact"}, []),
    "broken_contact": (
        {"found": False, "url": None, "in_navigation": False},
        [("broken_link", "major", "index.html"), ("missing_contact_page", "major", "index.html")],
    ),
    "phone_text": (
        {**NAV, "url": "contatti.html"},
        [
            ("email_not_clickable", "minor", "index.html"),
            ("phone_not_clickable", "minor", "contatti.html"),
            ("phone_not_clickable", "minor", "index.html"),
        ],
    ),
    "broken": (
        {**NAV, "url": "contact.html"},
        [("broken_link", "major", "index.html"), ("broken_link", "major", "index.html")],
    ),
    "images": (
        {**NAV, "url": "contact.html"},
        [
            ("image_without_alt", "minor", "index.html"),
            ("low_resolution_image", "major", "index.html"),
        ],
    ),
    "italian_no_vat": (
        {**NAV, "url": "contatti.html"},
        [("missing_vat_number", "major", "index.html")],
    ),
    "italian_bad_vat": (
        {**NAV, "url": "contatti.html"},
        [("invalid_vat_number", "major", "index.html")],
    ),
    "no_policies": (
        {**NAV, "url": "contact.html"},
        [
            ("missing_cookie_policy", "minor", "index.html"),
            ("missing_privacy_policy", "major", "index.html"),
        ],
    ),
    "consent_tool": ({**NAV, "url": "contact.html"}, []),
}
MODES = ("http", "folder")


def test_every_fixture_site_has_an_expectation():
    assert sorted(p.name for p in SITES.iterdir() if p.is_dir()) == sorted(EXPECTED)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_site_findings_and_contact_page(name, mode, site_url):
    target, base = base_of(mode, name, site_url)
    result = check_site(target, max_pages=30)
    contact, findings = EXPECTED[name]
    assert summary(result, base) == {"contact_page": contact, "findings": sorted(findings)}
    assert result.check == "site" and result.target == target


def test_contact_page_cases_all_right(site_url, capsys):
    right = total = 0
    wrong = []
    for mode in MODES:
        for name, (contact, _) in EXPECTED.items():
            target, base = base_of(mode, name, site_url)
            got = summary(check_site(target), base)["contact_page"]
            total += 1
            right += got == contact
            if got != contact:
                wrong.append((mode, name, got))
    with capsys.disabled():
        print(f"\ncontact-page cases: {right}/{total} right")
    assert wrong == []


@pytest.mark.parametrize("mode", MODES)
def test_metrics_of_a_clean_italian_site(mode, site_url):
    target, base = base_of(mode, "nav_contact", site_url)
    metrics = dict(check_site(target).metrics)
    metrics["contact_page"] = summary(check_site(target), base)["contact_page"]
    # every page shows the same logo: the heaviest page is the biggest HTML file plus the logo
    folder = SITES / "nav_contact"
    biggest = max(folder.glob("*.html"), key=lambda p: p.stat().st_size)
    logo = (folder / "img" / "logo.png").stat().st_size
    assert metrics.pop("heaviest_page_bytes") == biggest.stat().st_size + logo
    assert relative(metrics.pop("heaviest_page"), base) == biggest.name
    assert metrics == {
        "pages_checked": 5,
        "contact_page": {"found": True, "url": "contatti.html", "in_navigation": True},
        "phone_found": True,
        "email_found": True,
        "privacy_policy_found": True,
        "broken_links": 0,
        "images_without_alt": 0,
        "contact_page_location": "navigation",
        "cookie_policy_found": True,
        "consent_tool": None,
        "italian_site": True,
        "vat_number": "01234560348",
        "low_resolution_images": 0,
        "links_checked": 5,
        "images_checked": 1,
        "external_links_not_checked": 0,
        "page_limit_reached": False,
        "stopped": False,
        "soft_404": False if mode == "http" else None,
        "pages_without_title": 0,
        "meta_description_found": True,
        "favicon_found": True,
        "opening_hours_found": True,
        "opening_hours": "Orari: lun-ven 9:00-18:00",
        "opening_hours_page": metrics["opening_hours_page"],
        "forms_checked": 0,
        "contact_forms": 0,
        "forms_without_labels": 0,
        "contact_forms_broken": 0,
        "mixed_content": 0,
        "https_redirect": None,  # 127.0.0.1 is a local copy: no public certificate to expect
        "https_available": None,
        "certificate_valid": None,  # plain http pages: no certificate read
        "pages_over_weight_budget": 0,
        "resources_of_unknown_size": 0,
        "tax_code": None,
        "mode": mode,
    }
    assert relative(metrics["opening_hours_page"], base) == "index.html"


@pytest.mark.parametrize("mode", MODES)
def test_findings_name_the_offending_element(mode, site_url):
    target, base = base_of(mode, "broken", site_url)
    found = {
        (f.rule, f.element, f.message.split(" (")[0].replace(base, "/"))
        for f in check_site(target).findings
    }
    assert found == {
        ("broken_link", '<a href="/prices.html">price list</a>', "Broken link to /prices.html"),
        (
            "broken_link",
            '<img src="/img/gone.png" alt="Our van">',
            "Image /img/gone.png does not load",
        ),
    }
    target, base = base_of(mode, "phone_text", site_url)
    elements = {(f.rule, f.element) for f in check_site(target).findings}
    assert elements == {
        ("phone_not_clickable", "<p>Tel. 0521 654321 - Fax 0521 654322 - info@bianchi.it</p>"),
        ("email_not_clickable", "<p>Tel. 0521 654321 - Fax 0521 654322 - info@bianchi.it</p>"),
        ("phone_not_clickable", "<p>Cellulare 339 1234567</p>"),
    }


@pytest.mark.parametrize("mode", MODES)
def test_image_metrics(mode, site_url):
    target, _ = base_of(mode, "images", site_url)
    result = check_site(target)
    low = [f for f in result.findings if f.rule == "low_resolution_image"]
    assert [(f.message, f.element[:40]) for f in low] == [
        (
            "Image of 40x30 pixels shown at 400x300: it looks grainy.",
            '<img src="/img/tiny.png" alt="Our shop f',
        )
    ]
    assert (result.metrics["images_without_alt"], result.metrics["low_resolution_images"]) == (1, 1)
    assert result.metrics["images_checked"] == 6  # logo, team, tiny, icon, line, hero


def test_consent_tool_is_named(site_url):
    result = check_site(site_url("consent_tool"))
    assert (result.metrics["consent_tool"], result.metrics["cookie_policy_found"]) == (
        "iubenda",
        False,
    )
