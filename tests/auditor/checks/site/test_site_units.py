"""The pieces of the site check: number finders, the Lighthouse size rule, words, the catalog."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import polib
import pytest

from auditor.checks.site.contacts import emails, phone_numbers, vat_checksum_ok, vat_numbers
from auditor.checks.site.images import expected_size, natural_size, too_small
from auditor.checks.site.parse import location
from auditor.checks.site.words import CONTACT_PHRASES, label_matches, looks_italian

ROOT = Path(__file__).resolve().parents[4]


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("Tel. 02 1234 5678 - Fax 02 8765 4321", ["0212345678"]),
        ("Chiamaci al +39 0521 123456!", ["+390521123456"]),
        ("Cell 339 1234567", ["3391234567"]),
        ("Numero verde 800 123 456", ["800123456"]),
        ("Phone: (555) 123-4567", ["5551234567"]),
        ("Call 020 7946 0958", ["02079460958"]),
        ("Via Roma 1, 0521 234567 Parma", ["0521234567"]),  # Italian landline shape, no keyword
        ("Aperti 09.00-18.00, 20121 Milano", []),
        ("P.IVA 01234567897 - C.F. 01234567897", []),
        ("Ordine del 12/03/2023 alle 10.30", []),
        ("Prezzo 1.250.000 euro", []),
        ("REA MI-1234567, capitale sociale 100000", []),
    ],
)
def test_phone_numbers(text, numbers):
    assert [m.value for m in phone_numbers(text)] == numbers


def test_emails_and_vat_numbers():
    assert [m.text for m in emails("Scrivi a Info@Rossi.it o vedi logo@2x.png")] == [
        "Info@Rossi.it"
    ]
    assert [m.value for m in emails("Scrivi a Info@Rossi.it")] == ["info@rossi.it"]
    assert vat_numbers("P.IVA 01234567897") == ["01234567897"]
    assert vat_numbers("Partita IVA: IT 00743110157 - REA 12") == ["00743110157"]
    assert vat_numbers("C.F. e P. IVA n. 12345678903") == ["12345678903"]
    assert vat_numbers("Telefono 0123456789012") == []
    # 01234567897 passes the Luhn digit but names no tax office (789): python-stdnum refuses it.
    assert [
        vat_checksum_ok(n)
        for n in ("01234560348", "00743110157", "01234567890", "1234", "01234567897")
    ] == [True, True, False, False, False]


def test_lighthouse_expected_sizes():
    # factor 1 up to 64 px, 0.75 above; DPR quantised to 1, 1.5 or 2
    assert [expected_size(d) for d in (32, 64, 65, 100, 400)] == [32, 64, 49, 75, 300]
    assert [expected_size(100, dpr) for dpr in (1.3, 1.6, 2.6)] == [75, 113, 150]
    assert too_small((40, 30), 400, 300) == pytest.approx(0.1)
    assert too_small((300, 200), 300, None) is None  # natural width 300 >= 225
    assert too_small((224, 200), 300, None) == pytest.approx(224 / 300)
    assert too_small((10, 10), None, None) is None


def test_natural_size_reads_headers_only(tmp_path):
    from PIL import Image

    path = tmp_path / "big.jpg"
    Image.new("RGB", (1600, 1200), "white").save(path, quality=90)
    head = path.read_bytes()[:2048]  # not enough to decode, enough for the size
    assert natural_size(head) == (1600, 1200)
    assert natural_size(b"<svg xmlns='http://www.w3.org/2000/svg'/>") is None


@pytest.mark.parametrize(
    ("labels", "path", "expected"),
    [
        (["Contatti"], "/x", True),
        (["Contattaci ora"], "/x", True),
        (["Dove siamo"], "/x", True),
        (["CONTACT US"], "/x", True),
        ([], "/it/contatti/", True),
        ([], "/contact-us.html", True),
        (["Reach the team"], "/team.html", False),
        (
            ["I nostri contatti commerciali con le aziende del territorio sono molti e variegati"],
            "/x",
            False,
        ),
        (["Contractors"], "/contractors", False),
    ],
)
def test_contact_labels(labels, path, expected):
    assert label_matches(labels, path, CONTACT_PHRASES) is expected


def test_navigation_footer_or_body():
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(
        "<header><a id=a1>x</a></header><div class='main-menu'><a id=a2>x</a></div>"
        "<footer><nav><a id=a3>x</a></nav></footer><div id='site-footer'><a id=a4>x</a></div>"
        "<div role=navigation><a id=a5>x</a></div><main><p><a id=a6>x</a></p></main>"
    )
    assert [location(tree.css_first(f"#a{i}")) for i in range(1, 7)] == [
        "navigation",
        "navigation",
        "footer",
        "footer",
        "navigation",
        "body",
    ]


def test_italian_text_detection():
    assert looks_italian(
        "Siamo una azienda di tecnici per la manutenzione delle caldaie della provincia"
    )
    assert not looks_italian("We are a team of engineers who service the boilers of our customers")


def _literals() -> set[str]:
    found = set()
    for path in (ROOT / "auditor" / "checks" / "site").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in ("_", "N_")
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                found.add(node.args[0].value)
    return found


def test_every_message_has_an_italian_translation_with_the_same_placeholders():
    catalog = {
        e.msgid: e.msgstr
        for part in ("checks_site.po", "checks_site_more.po", "checks_site_reasons.po")
        for e in polib.pofile(str(ROOT / "resources/translations/it" / part))
    }
    literals = _literals()
    assert len(literals) == 54
    assert literals == set(catalog)
    for msgid, msgstr in catalog.items():
        assert msgstr and sorted(re.findall(r"{\w+}", msgid)) == sorted(
            re.findall(r"{\w+}", msgstr)
        )
