"""The website panel: a real crawl of a tiny site on 127.0.0.1, with progress, as suggestions."""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from auditor.checklists import parse_template
from auditor.model import TouchpointKind, Visit
from ui.checks.pane import ChecksPane

HOME = """<!doctype html><html lang="it"><head><title>Hotel Test</title></head><body>
<nav><a href="/camere.html">Camere</a></nav>
<p>Chiamaci al 045 620 1234</p>
<img src="/logo.png">
<a href="/manca.html">Offerte</a>
</body></html>"""
ROOMS = """<!doctype html><html lang="it"><head><title>Camere</title></head><body>
<nav><a href="/">Home</a></nav><p>Le nostre camere.</p></body></html>"""


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:  # keep the test output clean
        pass


@pytest.fixture
def site(tmp_path: Path) -> Iterator[str]:
    """Serve a two-page site with a broken link, no contact page and no privacy policy."""
    root = tmp_path / "site"
    root.mkdir()
    (root / "index.html").write_text(HOME, "utf-8")
    (root / "camere.html").write_text(ROOMS, "utf-8")
    extra = "".join(f'<a href="/p{n}.html">Pagina {n}</a>' for n in range(12))
    (root / "grande.html").write_text(f"<html><body><nav>{extra}</nav></body></html>", "utf-8")
    for n in range(12):
        (root / f"p{n}.html").write_text(f"<html><body><p>Pagina {n}</p></body></html>", "utf-8")
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=root))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


def test_site_check_lists_remarks_with_their_pages(qtbot, ctx, store, audit_id, site):
    audit = store.audits.get(audit_id)
    client = store.clients.get(audit.client_id)
    client.website = site
    store.clients.update(client)
    pane = ChecksPane(ctx)
    qtbot.addWidget(pane)
    pane.set_audit(audit_id)
    panel = pane.site
    assert panel.url.text() == site  # prefilled from the client
    seen: list[tuple[int, int, str]] = []
    panel.progress.valueChanged.connect(
        lambda v: seen.append((v, panel.progress.maximum(), panel.current.text()))
    )
    panel.run_button.click()
    reports = [(done, limit) for done, limit, url in seen if done and url.startswith(site)]
    assert reports == [(1, 30), (2, 30)]
    rules = {s.finding.rule: s.finding for s in panel.suggestions.pending}
    assert {"missing_contact_page", "missing_privacy_policy", "broken_link"} <= set(rules)
    assert rules["broken_link"].url and rules["broken_link"].url.startswith(site)
    shown = panel.metrics.text()
    assert "Pages checked: 2" in shown and "Links checked:" in shown
    # every measurement under its name, none as a raw key, nothing about how the crawl ran
    assert not any(raw in shown for raw in ("_", "Mode", "Soft 404", "Stopped"))
    assert panel.run_button.isEnabled() and not panel.cancel_button.isEnabled()

    # accepting makes a finding with the page's address; dismissing is remembered across runs
    broken = panel.suggestions.pending.index(
        next(s for s in panel.suggestions.pending if s.finding.rule == "broken_link")
    )
    panel.suggestions.row(broken).accept_button.click()
    [finding] = store.findings.for_audit(audit_id)
    assert finding.source == "check:site" and rules["broken_link"].url in finding.description
    panel.suggestions.row(0).dismiss_button.click()
    left = [s.finding.rule for s in panel.suggestions.pending]
    panel.run_button.click()
    assert [s.finding.rule for s in panel.suggestions.pending] == left


def test_cancel_stops_the_crawl(qtbot, ctx, audit_id, site):
    pane = ChecksPane(ctx)
    qtbot.addWidget(pane)
    pane.set_audit(audit_id)
    panel = pane.site
    panel.url.setText(site + "grande.html")
    # the synchronous runner crawls inside run(): press Cancel from the first progress report
    panel.progress.valueChanged.connect(lambda _v: panel.cancel_button.click())
    panel.run_button.click()
    assert panel.current.text().startswith("Stopped")
    assert panel.result is not None and panel.result.metrics["pages_checked"] < 13


def test_unreachable_site_says_why(qtbot, ctx, audit_id):
    pane = ChecksPane(ctx)
    qtbot.addWidget(pane)
    pane.set_audit(audit_id)
    pane.site.url.setText("http://127.0.0.1:9/")
    pane.site.run_button.click()
    assert pane.site.current.text().startswith("Not checked:")
    assert pane.site.run_button.isEnabled()


def test_address_prefilled_from_the_website_visit_then_the_client(qtbot, ctx, store, audit_id):
    client = store.clients.get(store.audits.get(audit_id).client_id)
    client.website = "https://client.example"
    store.clients.update(client)
    pane = ChecksPane(ctx)
    qtbot.addWidget(pane)
    pane.set_audit(audit_id)
    assert pane.site.url.text() == "https://client.example"

    root = Path(__file__).resolve().parents[3]
    template = parse_template(
        (root / "checklists" / "website.toml").read_text("utf-8"), "website.toml"
    )
    store.audits.keep_template(template)
    visit = Visit(
        audit_id=audit_id,
        kind=TouchpointKind.WEBSITE,
        template_id=template.id,
        template_version=template.version,
        channel={"url": "https://visit.example/it/"},
    )
    store.audits.add_visit(visit, template)
    pane.set_audit(audit_id)
    assert pane.site.url.text() == "https://visit.example/it/"
    pane.site.url.setText("https://typed.example")  # what the auditor typed is kept
    pane.set_audit(audit_id)
    assert pane.site.url.text() == "https://typed.example"


def test_an_italian_window_says_why_in_italian(qtbot, store, audit_id):
    from tests.ui.conftest import make_ctx

    pane = ChecksPane(make_ctx(store, lang="it"))
    qtbot.addWidget(pane)
    pane.set_audit(audit_id)
    pane.site.url.setText("http://127.0.0.1:9/")
    pane.site.run_button.click()
    assert pane.site.current.text() == (
        "Non controllato: http://127.0.0.1:9/ non si può leggere: connessione rifiutata"
    )
    pane.site.url.setText("www.example.it")
    pane.site.run_button.click()
    assert pane.site.current.text() == (
        "Non controllato: www.example.it: il file non esiste; per un sito web scrivi "
        "https://www.example.it"
    )
