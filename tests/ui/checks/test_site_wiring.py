"""Every rule the site check can emit is wired into the app: a registry check id for checklist
items, a client-worded finding title in both languages, and a name in the window for each metric.

The rules are read from the site check's source, so a rule added later without its wiring fails here.
"""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest
from PIL import Image

from auditor.checklists import load_template_file
from auditor.checks.base import CheckFinding
from auditor.checks.registry import CHECKS
from auditor.checks.site import check_site
from auditor.i18n import translator
from auditor.model import Severity
from auditor.suggestions import _TITLES, best_item, finding_title
from ui.checks.metrics import HIDDEN, MetricsLabel, metric_labels

ROOT = Path(__file__).resolve().parents[3]
SITE_PACKAGE = ROOT / "auditor" / "checks" / "site"
LABELS = ROOT / "tests" / "auditor" / "checks" / "site" / "labelled" / "labels.json"
# The one place a rule id arrives through a variable: Judge.add handing its rule to CheckFinding.
FORWARDERS = {("rules.py", "CheckFinding")}


def _calls() -> list[tuple[str, str, ast.Call]]:
    """Return (file, called name, call) of every call in the site check that records a finding."""
    calls = []
    for path in sorted(SITE_PACKAGE.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            # Judge.add(rule, severity, message, url...); a set's .add takes one argument
            if name == "CheckFinding" or (name == "add" and len(node.args) >= 3):
                calls.append((path.name, name, node))
    return calls


def emitted_rules() -> set[str]:
    """Return the rule ids the site check's code can put in a finding."""
    return {
        call.args[0].value
        for _file, _name, call in _calls()
        if isinstance(call.args[0], ast.Constant) and isinstance(call.args[0].value, str)
    }


def site_rules_in_registry() -> dict[str, list[str]]:
    """Return rule id -> the site check ids of the registry that rely on it."""
    found: dict[str, list[str]] = {}
    for spec in CHECKS.values():
        if spec.module == "auditor.checks.site":
            for rule in spec.rules:
                found.setdefault(rule, []).append(spec.id)
    return found


def test_every_finding_names_its_rule_where_this_test_can_read_it():
    named_elsewhere = {
        (file, name)
        for file, name, call in _calls()
        if not (isinstance(call.args[0], ast.Constant) and isinstance(call.args[0].value, str))
    }
    assert named_elsewhere == FORWARDERS


def test_the_scan_finds_the_rules_the_site_check_is_known_to_emit():
    labelled = {
        rule
        for label in json.loads(LABELS.read_text("utf-8")).values()
        for rule, *_ in label["findings"]
    }
    first = {"missing_contact_page", "broken_link", "phone_not_clickable", "image_without_alt"}
    rules = emitted_rules()
    assert labelled | first <= rules
    assert {"missing_favicon", "soft_404", "http_not_redirected", "heavy_page"} <= rules


def test_every_site_rule_has_a_registry_check_and_no_check_names_a_rule_that_is_gone():
    registry = site_rules_in_registry()
    rules = emitted_rules()
    assert sorted(rules - set(registry)) == []
    assert sorted(set(registry) - rules) == []
    assert [r for r, ids in registry.items() if len(ids) > 1] == []  # one item type per remark
    for spec in CHECKS.values():
        assert spec.description["en"].strip() and spec.description["it"].strip(), spec.id
    assert registry["missing_opening_hours"] == ["site.opening_hours"]
    assert registry["mixed_content"] == registry["http_not_redirected"] == ["site.https"]


@pytest.mark.parametrize("lang", ["en", "it"])
def test_every_site_rule_has_a_client_title(lang):
    message = "The check's own sentence."
    for rule in sorted(emitted_rules()):
        assert rule in _TITLES, rule
        title = finding_title(CheckFinding(rule, Severity.MINOR, message), "website", lang)
        assert title != message and rule not in title, rule
        assert "_" not in title and "{" not in title, rule
        if lang == "it":
            english = finding_title(CheckFinding(rule, Severity.MINOR, message), "website", "en")
            assert title != english, rule
    titles = {
        rule: finding_title(CheckFinding(rule, Severity.MINOR, message), "website", lang)
        for rule in ("contact_form_broken", "invalid_tax_code")
    }
    assert (
        titles
        == {
            "en": {
                "contact_form_broken": "Contact form that cannot be sent on the website",
                "invalid_tax_code": "Invalid tax code on the website",
            },
            "it": {
                "contact_form_broken": "Modulo di contatto che non si può inviare sul sito",
                "invalid_tax_code": "Codice fiscale non valido sul sito",
            },
        }[lang]
    )


def test_new_site_remarks_go_to_the_website_checklist_item_about_them():
    template = load_template_file(ROOT / "checklists" / "website.toml")
    expected = {
        "missing_opening_hours": "opening_hours_consistent",
        "contact_form_broken": "contact_form_works",
        "form_without_labels": "contact_form_works",
        "http_not_redirected": "secure_connection",
        "mixed_content": "secure_connection",
        "heavy_page": "home_loads_fast",
        "soft_404": "no_broken_links",
        "invalid_tax_code": "vat_number",
        "missing_title": "overall_remarks",
        "missing_meta_description": "overall_remarks",
        "missing_favicon": "overall_remarks",
    }
    en = translator("en")
    chosen = {}
    for rule in expected:
        # the message a real run words, so the match is made on what the auditor reads
        finding = CheckFinding(rule, Severity.MINOR, en(_TITLES[rule]).format(where=""))
        chosen[rule] = best_item(template, "site", finding)
    assert chosen == expected


@pytest.fixture
def plain_site(tmp_path: Path) -> Path:
    """A saved one-page site: no title, an unlabelled form, a 3 MB uncompressed photo."""
    (tmp_path / "index.html").write_text(
        '<!doctype html><html lang="it"><head><meta charset="utf-8"></head><body>'
        "<h1>Ottica Bianchi</h1><p>Occhiali e lenti a contatto in centro.</p>"
        '<form action="invia.html" method="post"><input name="email" placeholder="E-mail">'
        "<button>Invia</button></form>"
        '<img src="negozio.bmp" alt="Il negozio" width="1200" height="900">'
        "</body></html>",
        "utf-8",
    )
    (tmp_path / "invia.html").write_text("<html><body><p>Grazie</p></body></html>", "utf-8")
    Image.new("RGB", (1200, 900), (200, 180, 160)).save(tmp_path / "negozio.bmp")
    return tmp_path


@pytest.mark.parametrize("lang", ["en", "it"])
def test_the_window_names_every_site_metric(qtbot, plain_site, lang):
    result = check_site(str(plain_site))
    assert {"missing_title", "form_without_labels", "heavy_page"} <= {
        f.rule for f in result.findings
    }
    tr = translator(lang)
    labels = metric_labels(tr)
    assert sorted(k for k in result.metrics if k not in HIDDEN and k not in labels) == []
    shown = MetricsLabel(tr)
    qtbot.addWidget(shown)
    shown.show_metrics(result.metrics)
    text = shown.text()
    for key in result.metrics:
        if key not in HIDDEN:
            assert f"{labels[key]}: " in text, key
    weight = {"en": "Heaviest page weight: 3.1 MB", "it": "Peso della pagina più pesante: 3.1 MB"}
    title = {"en": "Pages without a title: 1", "it": "Pagine senza titolo: 1"}
    assert weight[lang] in text and title[lang] in text
    assert "heaviest_page" not in text and "pages_without_title" not in text
