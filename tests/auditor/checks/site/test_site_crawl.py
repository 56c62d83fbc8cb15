"""Crawl behaviour on real loopback servers: redirects, HEAD refusals, soft 404s, limits, cancel."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import ClassVar

import pytest
from sitekit import SAVED, SITES, serve

from auditor.checks.site import SiteUnreachableError, check_site
from auditor.errors import AuditorError

ROOT = Path(__file__).resolve().parents[4]


class Quirky(BaseHTTPRequestHandler):
    """A site with real servers' habits; routes: path -> (status, type, body or Location)."""

    routes: ClassVar[dict[str, tuple[int, str, str]]] = {}
    soft_404 = False
    refuse_head = frozenset({"/doc.pdf"})

    def log_message(self, format: str, *args: object) -> None:
        pass

    def _answer(self, with_body: bool) -> None:
        default = (
            (200, "text/html", "<title>Anything</title><p>Anything</p>")
            if self.soft_404
            else (404, "text/html", "gone")
        )
        if self.path == "/favicon.ico" and self.path not in self.routes:
            default = (200, "image/x-icon", "\x00\x00\x01\x00")  # every test site has an icon
        status, kind, body = self.routes.get(self.path, default)
        self.send_response(status)
        if 300 <= status < 400:
            self.send_header("Location", body)
            body = ""
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body.encode())))
        self.end_headers()
        if with_body:
            self.wfile.write(body.encode())

    def do_GET(self) -> None:
        self._answer(True)

    def do_HEAD(self) -> None:
        if self.path in self.refuse_head:
            self.send_response(405)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self._answer(False)


def _page(body: str) -> tuple[int, str, str]:
    head = "<head><title>Test</title><meta name='description' content='A test page.'></head>"
    hours = "<p>Open Mon-Fri 9am-6pm</p>"
    return (
        200,
        "text/html; charset=utf-8",
        f"<html lang='en'>{head}<body>{body}{hours}</body></html>",
    )


@pytest.fixture
def quirky() -> Iterator[tuple[type[Quirky], str]]:
    handler = type("Handler", (Quirky,), {"routes": {}, "soft_404": False})
    server, base = serve(handler)
    yield handler, base
    server.shutdown()
    server.server_close()


def test_redirects_head_refusals_and_external_links(quirky):
    handler, base = quirky
    port = base.rsplit(":", 1)[1].strip("/")
    handler.routes = {
        "/start": (302, "", "/"),
        "/": _page(
            '<nav><a href="/old">Contact us</a></nav><a href="/doc.pdf">Price list</a>'
            '<a href="/loop">Loop</a>'
            f'<a href="http://localhost:{port}/gone">Partner</a>'
            '<a href="http://127.0.0.1:9/offline">Offline partner</a>'
            '<footer><a href="/privacy">Privacy</a> <a href="/cookies">Cookies</a></footer>'
        ),
        "/old": (301, "", "/contact"),
        "/contact": _page("<p>Phone <a href='tel:+390212345678'>02 1234 5678</a></p>"),
        "/doc.pdf": (200, "application/pdf", "%PDF-1.4"),
        "/loop": (302, "", "/loop"),
        "/privacy": _page("Privacy"),
        "/cookies": _page("Cookies"),
    }
    result = check_site(base + "start")
    found = sorted((f.rule, f.severity.value, f.message) for f in result.findings)
    assert found == [
        ("broken_link", "major", f"Broken link to {base}loop (too many redirects)."),
        ("broken_link", "minor", f"Broken link to http://localhost:{port}/gone (HTTP 404)."),
    ]
    assert result.metrics["contact_page"] == {
        "found": True,
        "url": f"{base}old",
        "in_navigation": True,
    }
    assert (
        result.metrics["pages_checked"],
        result.metrics["broken_links"],
        result.metrics["soft_404"],
    ) == (4, 2, False)


def test_a_malformed_link_is_a_broken_link_not_a_crash(quirky):
    handler, base = quirky
    handler.routes = {
        "/": _page(
            '<nav><a href="http://[::1">Partner</a> <a href="/contact">Contact</a></nav>'
            '<a href="http://localhost:99999/">Old shop</a><img src="http://[::1/x.png" alt="x">'
            '<footer><a href="/privacy">Privacy</a> <a href="/cookies">Cookies</a></footer>'
        ),
        "/contact": _page("<p>Phone <a href='tel:+390212345678'>02 1234 5678</a></p>"),
        "/privacy": _page("Privacy"),
        "/cookies": _page("Cookies"),
    }
    result = check_site(base)
    assert sorted((f.rule, f.message, f.url) for f in result.findings) == [
        ("broken_link", "Broken link: http://[::1 is not a valid address.", base),
        ("broken_link", "Broken link: http://localhost:99999/ is not a valid address.", base),
    ]
    assert (result.metrics["pages_checked"], result.metrics["broken_links"]) == (4, 2)


def test_one_page_under_two_addresses_is_read_once(quirky):
    handler, base = quirky
    home = _page(
        '<nav><a href="/index.html">Home</a> <a href="/contact">Contact</a></nav>'
        '<footer><a href="/privacy">Privacy</a> <a href="/cookies">Cookies</a></footer>'
    )
    handler.routes = {
        "/": home,
        "/index.html": home,
        "/contact": _page("<p>Phone <a href='tel:+390212345678'>02 1234 5678</a></p>"),
        "/privacy": _page("Privacy"),
        "/cookies": _page("Cookies"),
    }
    result = check_site(base)
    assert result.metrics["pages_checked"] == 4  # /, /contact, /privacy, /cookies
    assert result.findings == []


def test_a_soft_404_site_skips_the_contact_probe(quirky):
    handler, base = quirky
    handler.soft_404 = True
    handler.routes = {
        "/": _page("<p>Welcome</p><a href='/privacy'>Privacy</a> <a href='/cookie'>Cookie</a>")
    }
    result = check_site(base)
    assert result.metrics["soft_404"] is True
    assert result.metrics["contact_page"] == {"found": False, "url": None, "in_navigation": False}
    assert [f.rule for f in result.findings] == ["missing_contact_page", "soft_404"]


def test_unusable_targets_raise_one_line_errors(quirky, tmp_path):
    handler, base = quirky
    handler.routes = {"/": (200, "application/pdf", "%PDF"), "/down": (500, "text/html", "oops")}
    cases = {
        base: "is not a web page (application/pdf)",
        base + "down": "cannot be read: HTTP 500",
        "http://127.0.0.1:9/": "cannot be read: connection refused",
        str(tmp_path / "missing.html"): "no such file or folder",
        str(tmp_path): "holds no saved web page",
        "ftp://example.com/": "only http and https addresses",
        "www.example.it": "for a website write https://www.example.it",
        "http://[::1": "is not a valid web address",
        "http://127.0.0.1:99999/": "is not a valid web address",
    }
    for target, reason in cases.items():
        with pytest.raises(SiteUnreachableError, match=re.escape(reason)) as caught:
            check_site(target)
        assert isinstance(caught.value, AuditorError) and "\n" not in str(caught.value)


def test_an_italian_check_says_why_in_italian_in_its_refusals_and_its_findings(quirky, tmp_path):
    # A finding quotes the reason a link failed, and the finding goes into the client's report:
    # an Italian report must not say "too many redirects".
    handler, base = quirky
    handler.routes = {
        "/": _page('<a href="/loop">Loop</a> <a href="/contatti">Contatti</a>'),
        "/loop": (302, "", "/loop"),
        "/contatti": _page("<p>Telefono 02 1234 5678</p>"),
        "/doc": (200, "application/pdf", "%PDF"),
    }
    result = check_site(base, lang="it")
    assert [f.message for f in result.findings if f.rule == "broken_link"] == [
        f"Link non funzionante verso {base}loop (troppi reindirizzamenti)."
    ]
    cases = {
        base + "doc": "non è una pagina web (application/pdf)",
        "http://127.0.0.1:9/": "non si può leggere: connessione rifiutata",
        str(tmp_path / "manca.html"): "il file o la cartella non esiste",
        str(tmp_path): "non contiene pagine web salvate (.html)",
        "ftp://example.com/": "si possono controllare solo indirizzi http e https",
        "www.example.it": "il file non esiste; per un sito web scrivi https://www.example.it",
        "http://[::1": "non è un indirizzo web valido",
    }
    for target, reason in cases.items():
        with pytest.raises(SiteUnreachableError, match=re.escape(reason)):
            check_site(target, lang="it")
    with pytest.raises(AuditorError, match="bisogna controllare almeno una pagina"):
        check_site(base, max_pages=0, lang="it")


def test_page_limit_and_progress(site_url):
    calls: list[tuple[int, int, str]] = []
    result = check_site(site_url("nav_contact"), max_pages=2, progress=lambda *a: calls.append(a))
    assert [(done, total) for done, total, _ in calls] == [(1, 2), (2, 2)]
    assert calls[0][2] == site_url("nav_contact")
    assert (result.metrics["pages_checked"], result.metrics["page_limit_reached"]) == (2, True)
    assert result.metrics["links_checked"] == 5  # the three pages left over were checked by HEAD
    assert result.findings == []

    calls.clear()
    check_site(site_url("nav_contact"), progress=lambda *a: calls.append(a))
    assert [done for done, _, _ in calls] == [1, 2, 3, 4, 5]
    assert len({url for _, _, url in calls}) == 5


def test_cancel_stops_after_the_requests_under_way(site_url):
    pages: list[int] = []
    result = check_site(
        site_url("nav_contact"),
        progress=lambda d, t, u: pages.append(d),
        cancel=lambda: bool(pages),
    )
    assert result.metrics["stopped"] is True
    assert 1 <= result.metrics["pages_checked"] <= 3  # the start page plus at most two in flight
    assert (
        result.metrics["images_checked"] == 0
    )  # nothing after the crawl is started once cancelled


def test_a_single_saved_page_is_read_offline():
    result = check_site(str(SAVED / "rossi.html"))
    found = sorted((f.rule, f.severity.value, f.element) for f in result.findings)
    assert found == [
        ("image_without_alt", "minor", '<img src="./rossi_files/non-salvata.png">'),
        (
            "low_resolution_image",
            "major",
            '<img src="./rossi_files/negozio.png" width="600" height="400" alt="Il negozio">',
        ),
        ("missing_cookie_policy", "minor", None),
        ("phone_not_clickable", "minor", "<p>Tel. 0521 123456</p>"),
    ]
    metrics = result.metrics
    assert metrics["contact_page"] == {
        "found": True,
        "url": "https://www.rossi.it/contatti/",
        "in_navigation": True,
    }
    assert (metrics["pages_checked"], metrics["mode"], metrics["italian_site"]) == (1, "file", True)
    assert (
        metrics["vat_number"],
        metrics["images_checked"],
        metrics["external_links_not_checked"],
    ) == ("01234560348", 3, 1)


def test_messages_in_italian(site_url):
    result = check_site(site_url("footer_contact"), lang="it")
    assert [f.message for f in result.findings] == [
        f"La pagina dei contatti {site_url('footer_contact')}contact-us.html è collegata solo "
        "dal piè di pagina, non dal menu."
    ]


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "auditor", "check", "site", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_cli_json_and_exit_codes(site_url):
    done = _cli(site_url("broken"), "--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert (data["check"], data["target"], data["metrics"]["broken_links"]) == (
        "site",
        site_url("broken"),
        2,
    )
    assert {f["rule"] for f in data["findings"]} == {"broken_link"}
    assert all(
        set(f) == {"rule", "severity", "message", "url", "element"} for f in data["findings"]
    )
    offline = _cli(str(SITES / "broken"), "--json", "--max-pages", "3")
    assert offline.returncode == 0 and json.loads(offline.stdout)["metrics"]["pages_checked"] == 3
    for target in ("http://127.0.0.1:9/", str(SITES / "no-such-site.html")):
        failed = _cli(target, "--json")
        assert (failed.returncode, failed.stdout) == (2, "")
        assert len(failed.stderr.strip().splitlines()) == 1 and target in failed.stderr
