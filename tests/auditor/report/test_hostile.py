"""Text typed by users reaches the PDF as text: never markup, never a link, never an image, whole."""

from __future__ import annotations

import pytest

from auditor.evidence import add_evidence
from auditor.model import Audit, Client, Finding, Severity
from auditor.report import build_report, build_snapshot
from auditor.service import PlannedVisit, create_audit
from tests.auditor.imagefactory import photo_jpeg
from tests.auditor.report.pdfkit import (
    body_text,
    extract_images,
    link_annotations,
    norm,
    page_texts,
)

MARKUP = 'Prezzo <b>420 €</b> &amp; «sconto» <img src="/etc/passwd" width="500"/> <a href="https://evil.example">clic</a>'
EMOJI = "Servizio 😀 ottimo 👍 ma ❤️ caffè ☕ freddo ✓ 🥰"
BROKEN = "<para><font name='Nope'>x</font></para> </b> <br/> <unknown> & &bogus; &#9999999;"


def long_note() -> str:
    """Return a 100 KB note of Italian words with accents, euro signs and some line breaks."""
    words = []
    size = 0
    index = 0
    while size < 100_000:
        word = f"parola{index} perché città € {index % 97}"
        if index % 150 == 149:
            word += "\n"
        words.append(word)
        size += len(word) + 1
        index += 1
    return " ".join(words)


@pytest.fixture
def hostile(store, tmp_path):
    """Return (store, audit id, the texts typed) of an audit whose every text field is hostile."""
    client = store.clients.add(Client(name="Hostile <b>Co</b> & Sons", report_language="en"))
    audit = Audit(client_id=client.id, title="Audit <i>title</i>", auditor="Eve <script>")
    _, visits = create_audit(store, audit, [PlannedVisit("phone", title="Call <u>one</u> 📞")])
    visit = visits[0]
    template = store.audits.template(visit.template_id, visit.template_version)
    items = [i for i in template.items if i.type.value == "yes_no"]
    note = long_note()
    store.answers.set(visit.id, items[0].id, "no", note)
    store.answers.set(visit.id, items[1].id, "no", MARKUP)
    store.answers.set(visit.id, items[2].id, "yes", EMOJI)
    finding = store.findings.add(
        Finding(
            audit_id=audit.id,
            visit_id=visit.id,
            title=f"Finding {MARKUP}",
            severity=Severity.CRITICAL,
            description=f"{EMOJI}\n{BROKEN}",
            recommendation=note,
        )
    )
    add_evidence(
        store,
        audit.id,
        photo_jpeg(640, 480),
        name="p.jpg",
        run_check=False,
        visit_id=visit.id,
        caption=MARKUP,
        finding_id=finding.id,
    )
    return store, audit.id, note


def test_hostile_text_comes_back_as_typed(hostile, tmp_path):
    store, audit_id, note = hostile
    path = build_report(store, audit_id, tmp_path / "hostile.pdf", lang="en")
    text = body_text(path, "Mystery shopping report Hostile <b>Co</b> & Sons · Audit <i>title</i>")
    expected = {
        "markup": MARKUP,
        "emoji": EMOJI,
        "broken": BROKEN,
        "note": note,
        "finding": f"Finding {MARKUP}",
        "touchpoint": "1. Call <u>one</u> 📞",
        "client": "Hostile <b>Co</b> & Sons",
    }
    assert {name: norm(value) in text for name, value in expected.items()} == dict.fromkeys(
        expected, True
    )
    assert (
        text.count(norm(note)) == 3
    )  # the note, and the recommendation in its finding and in Recommendations
    assert link_annotations(path) == 0


def test_hostile_text_adds_no_image(hostile, tmp_path):
    store, audit_id, _ = hostile
    path = build_report(store, audit_id, tmp_path / "hostile.pdf", lang="it")
    snapshot = build_snapshot(store, audit_id, "it")
    assert snapshot.image_count == 1
    # The one photo, and again on the cover when it is a photograph (docs/report.md).
    placed = 1 + (snapshot.cover_image is not None)
    assert len(extract_images(path, tmp_path / "images")) == placed


def test_short_texts_of_many_lines_flow_across_pages(store, tmp_path):
    # Few characters but hundreds of line breaks: too tall for a table cell, which cannot split.
    client = store.clients.add(Client(name="Lines", report_language="en"))
    audit = Audit(client_id=client.id, title="Lines", auditor="Eve")
    _, visits = create_audit(store, audit, [PlannedVisit("phone", title="Call")])
    visit = visits[0]
    template = store.audits.template(visit.template_id, visit.template_version)
    item = next(i for i in template.items if i.type.value == "yes_no")
    note = "\n".join(str(i % 10) for i in range(500))  # 999 characters, 500 lines
    caption = "\n".join(chr(97 + i % 26) for i in range(150))  # 299 characters, 150 lines
    store.answers.set(visit.id, item.id, "no", note)
    finding = store.findings.add(
        Finding(audit_id=audit.id, visit_id=visit.id, title="Tall", severity=Severity.MINOR)
    )
    add_evidence(
        store,
        audit.id,
        photo_jpeg(320, 240),
        name="p.jpg",
        run_check=False,
        visit_id=visit.id,
        caption=caption,
        finding_id=finding.id,
    )
    path = build_report(store, audit.id, tmp_path / "lines.pdf", lang="en")
    text = body_text(path, "Mystery shopping report Lines · Lines")
    assert (norm(note) in text, norm(caption) in text) == (True, True)


def test_overlong_cover_texts_keep_the_cover_on_one_page(store, tmp_path):
    scenario = " ".join(f"scena{i} città €" for i in range(600))
    client = store.clients.add(Client(name="Cliente " * 40, report_language="it"))
    audit = Audit(client_id=client.id, title="Titolo " * 60, auditor="Eve", scenario=scenario)
    create_audit(store, audit, [PlannedVisit("phone", title="Call")])
    path = build_report(store, audit.id, tmp_path / "cover.pdf", lang="it")
    texts = page_texts(path)
    assert [i for i, text in enumerate(texts) if "Indice" in text] == [1]  # right after the cover
    # Whole in the summary, though cut on the cover (header and footer lines taken out).
    body = " ".join(" ".join(t.splitlines()[2:-2]) for t in texts[2:])
    assert norm(scenario) in norm(body)
