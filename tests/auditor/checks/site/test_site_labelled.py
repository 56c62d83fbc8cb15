"""The labelled site set (labelled/labels.json) over real HTTP(S) on 127.0.0.1 and offline."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from labelled import LABELS, Served, build, expected, found, make_certificate, serving

from auditor.checks.site import check_site

ROOT = Path(__file__).resolve().parents[4]


@pytest.fixture(scope="session")
def labelled_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(tmp_path_factory.mktemp("labelled"))


@pytest.fixture(scope="session")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return make_certificate(tmp_path_factory.mktemp("tls"))


@pytest.fixture(scope="session")
def labelled_site(
    labelled_root: Path, certificate: tuple[Path, Path]
) -> Iterator[Callable[[str], Served]]:
    with serving(labelled_root, certificate) as get:
        yield get


@pytest.fixture(autouse=True)
def trust_local_certificate(monkeypatch: pytest.MonkeyPatch, certificate: tuple[Path, Path]):
    """Make urllib trust the test certificate (and only it) for the duration of one test."""
    monkeypatch.setenv("SSL_CERT_FILE", str(certificate[0]))


def _check(name: str, mode: str, labelled_site, labelled_root, **kw):
    if mode == "http":
        served = labelled_site(name)
        return check_site(served.url, https=served.https, **kw), served.url
    folder = labelled_root / name
    return check_site(str(folder), **kw), folder.resolve().as_uri() + "/"


@pytest.mark.parametrize("mode", ["http", "folder"])
@pytest.mark.parametrize("name", sorted(LABELS))
def test_labelled_site(name, mode, labelled_site, labelled_root):
    result, base = _check(name, mode, labelled_site, labelled_root)
    assert found(result, base) == expected(name, mode), LABELS[name]["about"]


def test_every_labelled_folder_has_a_label():
    folders = {p.name for p in (Path(__file__).parent / "labelled").iterdir() if p.is_dir()}
    assert folders == set(LABELS)


def test_phones_in_prose_are_found_and_formatted(labelled_site, labelled_root):
    result, _ = _check("phones_prose", "http", labelled_site, labelled_root)
    phones = [(f.message.split(" is ")[0], f.suggestions) for f in result.findings]
    assert phones == [
        ("Phone number 06 1234 5678", ('<a href="tel:+390612345678">06 1234 5678</a>',)),
        ("Phone number +39 02 1234 5678", ('<a href="tel:+390212345678">+39 02 1234 5678</a>',)),
        ("Phone number 333 123 4567", ('<a href="tel:+393331234567">333 123 4567</a>',)),
    ]
    assert result.findings[0].element == (
        "<p>Per un preventivo chiamaci allo 06 1234 5678 oppure scrivici.</p>"
    )


def test_forms_name_their_fields_and_suggest_labels(labelled_site, labelled_root):
    result, _ = _check("form_no_labels", "http", labelled_site, labelled_root)
    [finding] = result.findings
    assert finding.message.startswith("Form fields without a label: name, email, message.")
    assert finding.element == '<input name="name" placeholder="Your name">'
    assert finding.suggestions == (
        '<label for="name">Your name</label>',
        '<label for="email">E-mail</label>',
        '<label for="message">Message</label>',
    )
    metrics = result.metrics
    assert (metrics["forms_checked"], metrics["contact_forms"]) == (3, 2)
    assert (metrics["forms_without_labels"], metrics["contact_forms_broken"]) == (1, 0)


def test_broken_contact_forms_say_why(labelled_site, labelled_root):
    messages = {}
    for name in ("form_nowhere", "form_404", "form_no_submit", "form_mailto"):
        result, base = _check(name, "http", labelled_site, labelled_root)
        [finding] = [f for f in result.findings if f.rule == "contact_form_broken"]
        messages[name] = finding.message.replace(base, "/")
        assert finding.element.startswith("<form")
    assert messages == {
        "form_nowhere": "This contact form sends nowhere: it names no address (action) and "
        "no script sends it.",
        "form_404": "This contact form sends to /invia.php, which does not answer (HTTP 404): "
        "messages are lost.",
        "form_no_submit": "This contact form has no send button: it cannot be submitted.",
        "form_mailto": "This contact form sends through the visitor's own e-mail program "
        "(mailto:): without one set up, the message is never sent.",
    }


def test_https_metrics_and_messages(labelled_site, labelled_root):
    ok, _ = _check("https_ok", "http", labelled_site, labelled_root)
    assert (ok.metrics["https_redirect"], ok.metrics["https_available"]) == (True, True)
    assert ok.metrics["certificate_valid"] is True
    assert ok.findings == []

    plain, base = _check("https_no_redirect", "http", labelled_site, labelled_root)
    [finding] = plain.findings
    http_url = base.replace("https://", "http://")
    assert finding.message == (
        f"The site answers on plain http ({http_url}) without sending visitors to https: "
        "their connection is not protected."
    )
    assert finding.suggestions == (base,)
    assert (plain.metrics["https_redirect"], plain.metrics["https_available"]) == (False, True)

    http_only, _ = _check("http_only", "http", labelled_site, labelled_root)
    assert [f.message for f in http_only.findings] == [
        'The site does not answer over https: browsers mark its pages "Not secure".'
    ]
    assert (http_only.metrics["https_redirect"], http_only.metrics["https_available"]) == (
        False,
        False,
    )
    # left to its default, the probe is not made for a loopback address
    default = check_site(labelled_site("http_only").url)
    assert default.metrics["https_redirect"] is None and default.findings == []


def test_mixed_content_names_each_resource(labelled_site, labelled_root):
    result, _ = _check("https_mixed", "http", labelled_site, labelled_root)
    rows = sorted((f.severity.value, f.element, f.suggestions) for f in result.findings)
    assert rows == [
        (
            "major",
            '<script src="http://127.0.0.1:9/lib.js"></script>',
            ("https://127.0.0.1:9/lib.js",),
        ),
        (
            "minor",
            '<img src="http://127.0.0.1:9/photo.jpg" alt="Photo" width="10" height="10">',
            ("https://127.0.0.1:9/photo.jpg",),
        ),
    ]
    assert result.metrics["mixed_content"] == 2


@pytest.mark.parametrize("mode", ["http", "folder"])
def test_page_weight_is_measured(mode, labelled_site, labelled_root):
    result, _ = _check("heavy", mode, labelled_site, labelled_root)
    folder = labelled_root / "heavy"
    total = sum(
        p.stat().st_size
        for p in (folder / "index.html", folder / "img/hero.bmp", folder / "js/app.js")
    )
    assert result.metrics["heaviest_page_bytes"] == total
    assert result.metrics["pages_over_weight_budget"] == 1
    [finding] = result.findings
    assert finding.message == (
        "The page weighs 3.1 MB (images 2.3 MB, scripts 0.8 MB, styles 0 KB, HTML 1 KB; "
        "budget 2.6 MB): slow to open on a mobile connection. Pages over the budget: 1."
    )


def test_head_suggestions(labelled_site, labelled_root):
    result, _ = _check("no_head", "http", labelled_site, labelled_root)
    fixes = {
        f.rule + ("" if f.severity.value == "minor" else "!"): f.suggestions
        for f in result.findings
    }
    assert fixes["missing_title!"] == ()  # the home page has no <h1> to suggest from
    assert fixes["missing_title"] == ("<title>About us</title>",)
    assert fixes["missing_favicon"] == ('<link rel="icon" href="/favicon.ico">',)
    assert fixes["missing_meta_description"][0].startswith(
        '<meta name="description" content="We are a team of engineers'
    )
    assert result.metrics["favicon_found"] is False
    assert result.metrics["pages_without_title"] == 2


def test_opening_hours_metric(labelled_site, labelled_root):
    prose, _ = _check("hours_prose", "folder", labelled_site, labelled_root)
    assert prose.metrics["opening_hours"] == "aperti dal lunedì al venerdì dalle 9 alle 18"
    schema, _ = _check("hours_schema", "folder", labelled_site, labelled_root)
    assert schema.metrics["opening_hours"] == "Mo-Fr 09:00-18:00"
    missing, _ = _check("hours_missing", "folder", labelled_site, labelled_root)
    assert missing.metrics["opening_hours_found"] is False


def test_company_numbers(labelled_site, labelled_root):
    foreign, _ = _check("vat_foreign", "folder", labelled_site, labelled_root)
    assert foreign.metrics["vat_number"] == "DE136695976"
    office, _ = _check("vat_bad_office", "folder", labelled_site, labelled_root)
    assert [f.message for f in office.findings] == [
        "VAT number 01234567897 is shown but is not a valid number (wrong length, office code "
        "or country format): probably mistyped."
    ]
    code, _ = _check("bad_tax_code", "folder", labelled_site, labelled_root)
    assert [f.message for f in code.findings] == [
        "Tax code (codice fiscale) RSSMRA80A01H501X is shown but is not valid: probably mistyped."
    ]


def test_new_messages_in_italian(labelled_site, labelled_root):
    result, _ = _check("soft_404", "http", labelled_site, labelled_root, lang="it")
    assert [f.message for f in result.findings] == [
        "Una pagina che non esiste risponde come se esistesse (HTTP 200, non 404): i motori di "
        "ricerca indicizzano pagine di errore e i link rotti passano inosservati."
    ]


def test_cli_json_carries_the_suggestions(labelled_root):
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "auditor",
            "check",
            "site",
            str(labelled_root / "no_head"),
            "--json",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    favicon = next(f for f in data["findings"] if f["rule"] == "missing_favicon")
    assert favicon["suggestions"] == ['<link rel="icon" href="/favicon.ico">']
    assert data["metrics"]["favicon_found"] is False
