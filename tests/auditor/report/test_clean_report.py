"""The client report prints only what a client should read: no ids, JSON, internal names or blanks.

The demo audit plus what an auditor adds through commands (an answer, a call log and an address in
the visits' channels, an accepted text-check suggestion, a photo item's photo), in both languages.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageStat

from auditor.checks.registry import CHECKS
from auditor.checks.text import check_text
from auditor.commands import (
    AcceptSuggestion,
    AddEvidence,
    Editor,
    EditVisit,
    SetAnswer,
    UpdateProfile,
)
from auditor.demo import build_demo
from auditor.evidence import prepare
from auditor.report import build_report, build_snapshot
from auditor.scoring import RECORDED
from auditor.storage import Store
from auditor.suggestions import best_item, finding_for
from tests.auditor.imagefactory import photo_jpeg
from tests.auditor.report.pdfkit import extract_images, norm, page_texts

MODES = Path(__file__).resolve().parents[1] / "checks" / "image" / "data" / "modes"

TODAY = date(2026, 11, 20)
EMAIL = "Gentile cliente,\nla ringraziamo perchè ci ha scritto. A presto.\n"
CALL = {
    "version": 1,
    "events": [
        {"kind": "dial", "at": 1000.0},
        {"kind": "answered", "at": 1058.0},
        {"kind": "hold", "at": 1080.0},
        {"kind": "resume", "at": 1125.0},
        {"kind": "transfer", "at": 1130.0},
        {"kind": "hold", "at": 1140.0},
        {"kind": "resume", "at": 1160.0},
        {"kind": "end", "at": 1192.0},
    ],
}
UUID = re.compile(r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b", re.I)
HEX_ID = re.compile(r"\b[0-9a-f]{12,}\b", re.I)
JSON_KEY = re.compile(r"[\"'“”]\w+[\"'“”]\s*:")
REPRS = re.compile(r"\b(None|True|False|datetime|Decimal)\b|\{'|\[\]")
FIGURE = {"en": "Figure", "it": "Figura"}
BLANK_FLOOR = 6.0  # standard deviation of the grey levels: a blank or flat image is below it


def _logo(width: int, height: int) -> bytes:
    """Return a PNG logo whose edges are marked: cropping it would cut a marked edge off."""
    image = Image.new("RGB", (width, height), "#F5A623")
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, width - 1, height - 1), outline="#111111", width=max(4, width // 40))
    draw.ellipse((width // 4, height // 4, 3 * width // 4, 3 * height // 4), fill="#1F4E79")
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


@pytest.fixture(scope="module")
def audit(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, str, str]]:
    """Return the demo workspace after an auditor's additions, the audit and the finding accepted."""
    store = Store.open(tmp_path_factory.mktemp("clean") / "demo.auditdesk")
    audit_id = build_demo(store, lang="it")
    editor = Editor(store, actor="Tester", lang="it")
    editor.run(UpdateProfile({"agency_name": "Qualità & Co.", "agency_logo": _logo(240, 600)}))
    visits = {v.kind.value: v for v in store.audits.visits(audit_id)}
    phone, email, shop = visits["phone"], visits["email"], visits["shop"]
    editor.run(SetAnswer(phone.id, "time_to_answer", 58, "Dodici squilli."))
    channel = {"phone": "+39 045 620 1234", "call_log": CALL, "flag": True, "extra": {"a": 1}}
    editor.run(EditVisit(phone.id, {"channel": channel}))
    editor.run(EditVisit(shop.id, {"channel": {"address": "Via Gardesana 12, Garda"}}))
    editor.run(EditVisit(visits["website"].id, {"channel": {"url": "hotelbellavista-garda.it"}}))
    accent = next(f for f in check_text(EMAIL, lang="it").findings if f.rule == "accent")
    template = store.audits.template(email.template_id, email.template_version)
    item = best_item(template, "text", accent)
    proposed = finding_for(
        audit_id, "text", accent, lang="it", visit_id=email.id, item_id=item, kind="email"
    )
    finding = editor.run(AcceptSuggestion(proposed, accent.fingerprint())).result
    for visit, item_id, caption in (
        (shop, "shop_photos", ""),
        (visits["technician"], "tech_photos", "Zona di lavoro dopo l'intervento"),
    ):
        intake, analysis = prepare(photo_jpeg(900, 600), "photo.jpg", run_check=False)
        editor.run(
            AddEvidence(
                audit_id, intake, analysis, visit_id=visit.id, item_id=item_id, caption=caption
            )
        )
    # Odd image modes a phone or a scanner produces: each must print as a picture, not a blank.
    for name in ("grey16.png", "palette_transparent.png", "cmyk_adobe.jpg", "la.png"):
        data = (MODES / name).read_bytes()
        intake, analysis = prepare(data, name, run_check=False)
        editor.run(AddEvidence(audit_id, intake, analysis, visit_id=shop.id, caption=name))
    yield store, audit_id, finding.id
    store.close()


@pytest.fixture(scope="module")
def pdfs(audit, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Return the report in Italian and in English."""
    store, audit_id, _finding = audit
    folder = tmp_path_factory.mktemp("clean-pdfs")
    return {
        lang: build_report(store, audit_id, folder / f"{lang}.pdf", lang=lang, today=TODAY)
        for lang in ("it", "en")
    }


def _internal_names(store: Store, audit_id: str) -> set[str]:
    """Return the names a client must never read: check, rule, item and template ids, sources."""
    names = {"check:text", "check:", "call_log", "«text»", "«image»", "«site»"}
    for spec in CHECKS.values():
        names |= {spec.id for _ in [0] if "." in spec.id}
        names |= {rule for rule in spec.rules if "_" in rule}
    for visit in store.audits.visits(audit_id):
        template = store.audits.template(visit.template_id, visit.template_version)
        names |= {i.id for i in template.items if "_" in i.id}
        names |= {f"{template.id}@", f"{template.id} {template.version}"}
    return names


@pytest.mark.parametrize("lang", ["it", "en"])
def test_nothing_internal_is_printed(audit, pdfs, lang):
    store, audit_id, _finding = audit
    pages = [norm(t) for t in page_texts(pdfs[lang])]
    text = " ".join(pages)
    assert "{" not in text and "}" not in text
    assert JSON_KEY.findall(text) == []
    assert UUID.findall(text) == [] and HEX_ID.findall(text) == []
    assert REPRS.findall(text) == []
    assert sorted(n for n in _internal_names(store, audit_id) if n in text) == []
    assert audit_id not in text and audit_id[:8] not in text


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "en",
            [
                "Number called +39 045 620 1234",
                "Call answered after 58 s (12 rings)",
                "On hold 2 times: 45 s, 20 s",
                "Transferred once",
                "Call length 3 min 12 s",
                "Address Via Gardesana 12, Garda",
                "Web address hotelbellavista-garda.it",
            ],
        ),
        (
            "it",
            [
                "Numero chiamato +39 045 620 1234",
                "Risposta alla chiamata dopo 58 s (12 squilli)",
                "In attesa 2 volte: 45 s, 20 s",
                "Trasferita una volta",
                "Durata della chiamata 3 min 12 s",
                "Indirizzo Via Gardesana 12, Garda",
            ],
        ),
    ],
)
def test_visit_details_are_said_in_words(pdfs, lang, expected):
    text = " ".join(norm(t) for t in page_texts(pdfs[lang]))
    assert [line for line in expected if line not in text] == []


def test_an_accepted_suggestion_reads_as_a_finding_of_its_item(audit, pdfs):
    store, audit_id, finding_id = audit
    report = build_snapshot(store, audit_id, "en", today=TODAY)
    [view] = [f for f in report.findings if f.id == finding_id]
    assert view.title == "Errore di accento o apostrofo nell'e-mail: «perchè»"
    assert view.item == "3.3 Are accents and apostrophes correct?"
    assert "automat" not in view.description.lower()
    assert "nell'e-mail: “perchè”" in view.description
    text = " ".join(norm(t) for t in page_texts(pdfs["en"]))
    assert view.title in text


def _evidence(report) -> list:
    """Return every evidence image of a snapshot that the report prints as a figure."""
    found = [e for f in report.findings for e in f.images]
    found += [e for t in report.touchpoints for r in t.items for e in r.images]
    found += [e for t in report.touchpoints for e in t.other_evidence]
    return found


@pytest.mark.parametrize("lang", ["it", "en"])
def test_every_figure_is_numbered_captioned_indexed_and_not_blank(audit, pdfs, lang, tmp_path):
    store, audit_id, _finding = audit
    report = build_snapshot(store, audit_id, lang, today=TODAY)
    evidence = _evidence(report)
    assert all(e.caption.strip() for e in evidence)
    text = " ".join(norm(t) for t in page_texts(pdfs[lang]))
    label = FIGURE[lang]
    numbers = {int(n) for n in re.findall(rf"\b{label} (\d+)\b", text)}
    assert numbers == set(range(1, len(evidence) + 1))
    missing = [e.caption for e in evidence if norm(e.caption)[:40] not in text]
    assert missing == []
    index = {"en": "Index of evidence", "it": "Indice delle prove"}[lang]
    assert index in page_texts(pdfs[lang])[-1] or index in text
    # The photo item's photo stands with its item, captioned with it when the auditor gave none.
    shop = next(t for t in report.touchpoints if t.kind == "shop")
    row = next(r for r in shop.items if r.images)
    assert (row.answer != "", row.outcome) == (True, RECORDED)
    assert row.images[0].caption.startswith(row.number + " ")
    # Every image in the file (figures, logos, the cover photo) has pixels that vary.
    files = extract_images(pdfs[lang], tmp_path / lang)
    printed = {e.image.data for e in evidence if e.image}
    assert len(files) >= len(printed)
    for path in files:
        with Image.open(path) as image:
            spread = ImageStat.Stat(image.convert("L")).stddev[0]
        assert spread > BLANK_FLOOR, path.name


def test_the_cover_has_both_logos_whole_and_a_photo(audit):
    store, audit_id, _finding = audit
    report = build_snapshot(store, audit_id, "en", today=TODAY)
    assert report.agency_logo is not None and report.client_logo is not None
    # Tall logo: kept whole (its proportions), not cut to the box.
    assert report.agency_logo.height / report.agency_logo.width == pytest.approx(600 / 240, 0.02)
    assert report.cover_image is not None and report.cover_image.image is not None
    assert report.cover_image.caption
