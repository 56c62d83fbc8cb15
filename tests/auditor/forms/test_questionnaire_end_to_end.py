"""A client's questionnaire written as an XLSForm, from the spreadsheet to the client's PDF.

docs/examples/branch-visit.xlsx (groups, select_one with points, integers with thresholds, a
required photo, show-if two levels deep, Italian and English labels) goes in with
`auditor templates import`, becomes an audit with `auditor new`, is answered with `auditor
answer` and `auditor attach`, scores as docs/templates.md says, and prints in the report.
"""

from __future__ import annotations

import json
from pathlib import Path

from auditor.storage import Store
from tests.auditor.cli.test_commands import ROOT, run
from tests.auditor.imagefactory import photo_jpeg
from tests.auditor.report.pdfkit import norm, page_texts

EXAMPLE = ROOT / "docs" / "examples" / "branch-visit.xlsx"


def ok(*args: str, workspace: Path) -> str:
    result = run(*args, workspace=workspace)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_the_example_questionnaire_from_spreadsheet_to_report(tmp_path):
    workspace = tmp_path / "agency.auditdesk"
    imported = json.loads(ok("templates", "import", str(EXAMPLE), "--json", workspace=workspace))
    assert (imported["id"], imported["version"]) == ("branch_visit", "1.0.0")
    audit_id = ok(
        "new",
        "--client",
        "Banca Esempio",
        "--title",
        "Filiale di Verona, ottobre",
        "--template",
        "branch_visit",
        "--date",
        "2026-10-14",
        workspace=workspace,
    ).strip()

    photo = tmp_path / "entrance.jpg"
    photo.write_bytes(photo_jpeg(1600, 1200))
    ok(
        "attach",
        audit_id,
        "shop",
        "entrance_photo",
        str(photo),
        "--caption",
        "Ingresso",
        workspace=workspace,
    )
    answers = {
        "sign_clean": "yes",
        "atm_working": "yes",
        "queue_wait": "420",  # over the 300 s threshold: fails
        "counters_open": "3",
        "greeting": "polite",
        "needs_asked": "yes",
        "documents": "id_card, tax_code",
        "mortgage_offered": "no",  # shows card_given
        "card_given": "no",  # shows contact_written
        "contact_written": "yes",
        "explanation": "4",
        "courteous": "yes",
        "farewell": "yes",
    }
    for item, value in answers.items():
        ok("answer", audit_id, "shop", item, value, workspace=workspace)
    # A value the item cannot take is refused on the same path, naming the item.
    refused = run("answer", audit_id, "shop", "explanation", "9", workspace=workspace)
    assert refused.returncode == 2 and "item explanation" in refused.stderr

    score = json.loads(ok("score", audit_id, "--json", workspace=workspace))
    [touchpoint] = score["touchpoints"]
    assert touchpoint["completion"] == 100.0  # every item shown is answered, the photo too
    assert touchpoint["score"] is not None and 0 < touchpoint["score"] < 100

    # Answering "yes" to the first question hides the two that hang on it (two levels deep).
    ok("answer", audit_id, "shop", "mortgage_offered", "yes", workspace=workspace)
    rescored = json.loads(ok("score", audit_id, "--json", workspace=workspace))
    assert rescored["touchpoints"][0]["completion"] == 100.0
    with Store.open(workspace) as store:
        [visit] = store.audits.visits(audit_id)
        kept = store.answers.for_visit(visit.id)
    assert kept["card_given"].value == "no"  # kept while hidden, ignored by the score

    pdf = tmp_path / "report.pdf"
    ok("report", audit_id, "--lang", "it", "-o", str(pdf), workspace=workspace)
    text = norm(" ".join(page_texts(pdf)))
    assert "Filiale di Verona, ottobre" in text
    assert "Foto allegata" in text  # the required photo item, answered by its photo
    assert "Documento d'identità" in text or "documento" in text.lower()
    assert "branch_visit" not in text.replace("branch_visit 1.0.0", "")  # no internal ids
