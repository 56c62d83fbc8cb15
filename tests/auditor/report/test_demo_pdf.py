"""The demo audit's report, read back with real PDF tools, in both languages."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from auditor import service
from auditor.i18n import score_text
from auditor.report import build_snapshot
from tests.auditor.report.pdfkit import (
    extract_images,
    fonts,
    link_annotations,
    norm,
    page_texts,
    run,
)

SECTIONS = {
    "it": [
        "Indice",
        "Sintesi",
        "Punteggi per punto di contatto",
        "Rilievi più gravi",
        "Momenti della verità",
        "Metriche del cliente",
        "Raccomandazioni",
        "Metodologia",
        "Checklist utilizzate",
    ],
    "en": [
        "Contents",
        "Executive summary",
        "Scores by touchpoint",
        "Most serious findings",
        "Moments of truth",
        "Customer metrics",
        "Recommendations",
        "Methodology",
        "Checklists used",
    ],
}


@pytest.mark.parametrize("lang", ["it", "en"])
def test_structure_is_valid_and_fonts_embedded(demo_pdfs, lang):
    path = demo_pdfs[lang]
    check = run("qpdf", "--check", str(path))
    assert check.returncode == 0, check.stdout + check.stderr
    rows = fonts(path)
    assert {r["name"].split("+")[1] for r in rows} >= {"Lato-Regular", "Lato-Bold"}
    assert [r for r in rows if r["emb"] != "yes" or r["uni"] != "yes"] == []
    assert len(PdfReader(str(path)).pages) >= 6
    assert link_annotations(path) == 0


@pytest.mark.parametrize("lang", ["it", "en"])
def test_text_has_sections_findings_and_scores(demo_store, demo_pdfs, lang):
    store, audit_id = demo_store
    text = norm(" ".join(page_texts(demo_pdfs[lang])))
    missing = [title for title in SECTIONS[lang] if title not in text]
    assert missing == []
    findings = store.findings.for_audit(audit_id)
    assert [f.title for f in findings if norm(f.title) not in text] == []
    scores = service.score(store, audit_id)
    values = (
        [scores.overall]
        + [v.score for v in scores.visits]
        + [s.score for s in scores.dimensions.values()]
    )
    values += [s.score for s in scores.phases.values()]
    assert [v for v in values if score_text(v, lang) not in text] == []
    first = page_texts(demo_pdfs[lang])[0]
    assert (
        "Hotel Bellavista S.r.l." in first
        and "Marta Rinaldi" in first
        and score_text(scores.overall, lang) in first
    )


def test_every_touchpoint_has_its_section_in_order(demo_store, demo_pdfs):
    store, audit_id = demo_store
    pages = [norm(t) for t in page_texts(demo_pdfs["en"])]
    starts = []
    for number, visit in enumerate(store.audits.visits(audit_id), start=1):
        heading = f"{number}. {visit.title}"
        starts.append(
            next(
                i for i, page in enumerate(pages) if heading in page and "Checklist results" in page
            )
        )
    assert starts == sorted(starts) and len(set(starts)) == len(starts)


def test_metadata_is_set_and_nothing_else_leaks(demo_pdfs):
    info = PdfReader(str(demo_pdfs["en"])).metadata
    assert info["/Title"] == "Hotel Bellavista S.r.l. – Percorso di prenotazione – autunno 2026"
    assert info["/Author"] == "Marta Rinaldi"
    assert info["/Subject"] == "Mystery shopping report"
    assert info["/Creator"].startswith("Audit Desk") and info["/Producer"].startswith("Audit Desk")
    assert set(info) <= {
        "/Title",
        "/Author",
        "/Subject",
        "/Creator",
        "/Producer",
        "/CreationDate",
        "/ModDate",
        "/Keywords",
        "/Trapped",
    }
    assert b"ReportLab" not in demo_pdfs["en"].read_bytes()
    assert PdfReader(str(demo_pdfs["en"])).xmp_metadata is None


@pytest.mark.parametrize("lang", ["it", "en"])
def test_evidence_images_are_inside_without_metadata(demo_store, demo_pdfs, lang, tmp_path):
    store, audit_id = demo_store
    snapshot = build_snapshot(store, audit_id, lang)
    images = extract_images(demo_pdfs[lang], tmp_path / lang)
    distinct = {e.image.data for f in snapshot.findings for e in f.images if e.image}
    distinct |= {e.image.data for t in snapshot.touchpoints for e in t.other_evidence if e.image}
    assert snapshot.client_logo is not None  # the demo client's logo is on the cover
    distinct.add(snapshot.client_logo.data)
    # pdfimages lists every placement: the cover photo is one figure printed a second time.
    assert snapshot.cover_image is not None and snapshot.cover_image.image.data in distinct
    assert len(images) == len(distinct) + 1 and len(distinct) >= 11
    for image in images:
        data = image.read_bytes()
        for marker in (
            b"Exif",
            b"GPS",
            b"http://ns.adobe.com/xap",
            b"secret-comment",
            b"TestCam",
            b"ICC_PROFILE",
        ):
            assert marker not in data, (image.name, marker)


def test_the_rotated_camera_photo_is_printed_upright(demo_store):
    store, audit_id = demo_store
    snapshot = build_snapshot(store, audit_id, "en")
    camera = next(e for e in snapshot.findings[0].images if e.caption == "Foto del listino con GPS")
    assert (
        camera.image is not None and camera.image.height > camera.image.width
    )  # 1200x800 turned by EXIF 6


def test_invariant_builds_are_identical(demo_store, tmp_path):
    from auditor.report import build_report

    store, audit_id = demo_store
    a = build_report(store, audit_id, tmp_path / "a.pdf", lang="en", invariant=True, today=None)
    b = build_report(store, audit_id, tmp_path / "b.pdf", lang="en", invariant=True, today=None)
    assert a.read_bytes() == b.read_bytes()


def test_default_language_is_the_clients(demo_store, tmp_path):
    from auditor.report import build_report

    store, audit_id = demo_store
    path = build_report(store, audit_id, tmp_path / "default.pdf")
    assert "Metodologia" in norm(" ".join(page_texts(Path(path))))


SUBHEADINGS = (
    "Findings",
    "Checklist results",
    "Other evidence",
    "Scores by touchpoint",
    "Scores by dimension and journey phase",
    "Most serious findings",
    "Moments of truth",
    "Customer metrics",
    "Checklists used",
    "Critical",
    "Major",
    "Minor",
)


@pytest.mark.parametrize("lang", ["it", "en"])
def test_no_page_ends_with_a_heading(demo_pdfs, lang):
    from auditor.i18n import translator

    _ = translator(lang)
    headings = {_(h) for h in SUBHEADINGS}
    last_lines = {}
    for number, text in enumerate(page_texts(demo_pdfs[lang])[2:], start=3):
        lines = [norm(line) for line in text.splitlines() if line.strip()]
        last_lines[number] = lines[-3]  # the two lines after it are the footer
    assert {n: line for n, line in last_lines.items() if line in headings} == {}
