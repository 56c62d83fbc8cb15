"""A certificate a browser would refuse, served for real over TLS on 127.0.0.1: the check reads
the pages past the warning, as a visitor who clicks through would, and names the refusal."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from labelled import build, make_certificate, serve_tls

from auditor.checks.site import check_site
from auditor.model import Severity

WARNING = "browsers stop visitors with a warning before they see the page."


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return the labelled site that has nothing else wrong (contact, privacy, https)."""
    return build(tmp_path_factory.mktemp("labelled")) / "https_ok"


def _check(site: Path, cert: tuple[Path, Path], lang: str = "en"):
    server = serve_tls(site, cert)
    try:
        return check_site(f"https://127.0.0.1:{server.server_address[1]}/", lang=lang)
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def trust(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator:
    """Make urllib trust one certificate file (and nothing else) for the test."""

    def use(cert: Path) -> None:
        monkeypatch.setenv("SSL_CERT_FILE", str(cert))

    yield use


@pytest.mark.parametrize(
    ("made", "trusted", "reason"),
    [
        ({}, False, "is self-signed"),
        ({"valid_days": (-90, -1)}, True, "has expired"),
        ({"valid_days": (3, 90)}, True, "is not valid yet"),
        ({"names": ("localhost",)}, True, "was made for another address"),
    ],
    ids=["untrusted", "expired", "not-yet-valid", "another-name"],
)
def test_a_refused_certificate_is_named_and_the_pages_still_read(
    site, tmp_path, trust, made, trusted, reason
):
    (tmp_path / "served").mkdir()
    cert = make_certificate(tmp_path / "served", **made)
    if trusted:
        trust(cert[0])
    else:
        other = tmp_path / "other"
        other.mkdir()
        trust(make_certificate(other)[0])  # a certificate of its own, not the one served
    result = _check(site, cert)
    refused = [f for f in result.findings if f.rule == "invalid_certificate"]
    assert [(f.severity, f.message) for f in refused] == [
        (Severity.CRITICAL, f"The security certificate of 127.0.0.1 {reason}: {WARNING}")
    ]
    assert result.metrics["certificate_valid"] is False
    # read past the warning: the page, its contact link, privacy policy and favicon are found
    assert result.metrics["pages_checked"] == 1
    assert result.metrics["contact_page"]["found"] is True
    assert (result.metrics["privacy_policy_found"], result.metrics["favicon_found"]) == (True, True)
    assert [f.rule for f in result.findings] == ["invalid_certificate"]


def test_a_trusted_certificate_gives_no_finding(site, tmp_path, trust):
    (tmp_path / "served").mkdir()
    cert = make_certificate(tmp_path / "served")
    trust(cert[0])
    result = _check(site, cert)
    assert result.findings == []
    assert result.metrics["certificate_valid"] is True


def test_the_refusal_is_said_in_italian(site, tmp_path, trust):
    (tmp_path / "served").mkdir()
    cert = make_certificate(tmp_path / "served", valid_days=(-90, -1))
    trust(cert[0])
    [finding] = _check(site, cert, lang="it").findings
    assert finding.message == (
        "Il certificato di sicurezza di 127.0.0.1 è scaduto: i browser fermano i visitatori con "
        "un avviso prima che vedano la pagina."
    )
