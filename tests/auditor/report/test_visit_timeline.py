"""The methodology says when each touchpoint was started and completed, and what changed after."""

from __future__ import annotations

from datetime import datetime

import pytest

from auditor.checklists import parse_template
from auditor.commands import CompleteVisit, Editor, SetAnswer
from auditor.model import Audit, Client, Visit
from auditor.report import build_report
from auditor.storage import Store
from tests.auditor.conftest import MINI_TEMPLATE
from tests.auditor.report.conftest import TODAY
from tests.auditor.report.pdfkit import norm, page_texts

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre "
    "dicembre",
}
AT = {"en": "at", "it": "alle"}


def moment(at: datetime, lang: str) -> str:
    """Return '9 November 2026 at 10:02' (Italian '9 novembre 2026 alle 10:02') in local time."""
    local = at.astimezone()
    month = MONTHS[lang].split()[local.month - 1]
    return f"{local.day} {month} {local.year} {AT[lang]} {local:%H:%M}"


@pytest.fixture
def audit(store: Store) -> tuple[str, list[str]]:
    """Return an audit of three calls: one changed after completion, one not, one never started."""
    template = parse_template(MINI_TEMPLATE, "mini.toml")
    client = store.clients.add(Client(name="Hotel Test", report_language="en"))
    audit = Audit(client_id=client.id, title="Test journey", auditor="Tester")
    visits = [
        Visit(
            audit_id=audit.id,
            kind=template.touchpoint,
            template_id=template.id,
            template_version=template.version,
            title=title,
        )
        for title in ("Call to reception", "Call back <b>later</b>", "Call on Sunday")
    ]
    store.audits.create(audit, [(v, template) for v in visits])
    editor = Editor(store, actor="Anna", device="laptop-anna")
    for visit in visits[:2]:
        for item_id, value in (("answered", "yes"), ("tone", 4), ("greeting", "full"), ("wait", 9)):
            editor.run(SetAnswer(visit.id, item_id, value))
        editor.run(CompleteVisit(visit.id))
    editor.run(SetAnswer(visits[0].id, "tone", 2))  # after completion
    return audit.id, [v.id for v in visits]


@pytest.mark.parametrize("lang", ["en", "it"])
def test_the_methodology_gives_each_started_touchpoints_timeline(store, audit, tmp_path, lang):
    audit_id, visit_ids = audit
    pdf = build_report(store, audit_id, tmp_path / f"r-{lang}.pdf", lang=lang, today=TODAY)
    pages = [norm(t) for t in page_texts(pdf)]
    heading = "Visit timeline" if lang == "en" else "Cronologia delle visite"
    page = [p for p in pages if heading in p][-1]  # the contents page names it first
    entries = store.history.for_audit(audit_id)

    def times(visit_id: str) -> tuple[str, str]:
        mine = [e for e in entries if e.visit_id == visit_id]
        done = [e for e in mine if e.action == "complete_visit"][-1]
        return moment(mine[0].at, lang), moment(done.at, lang)

    (start1, end1), (start2, end2) = times(visit_ids[0]), times(visit_ids[1])
    if lang == "en":
        expected = [
            f"1. Call to reception: started on {start1}, completed on {end1}; "
            "1 change after completion.",
            f"2. Call back <b>later</b>: started on {start2}, completed on {end2}; "
            "no changes after completion.",
        ]
    else:
        expected = [
            f"1. Call to reception: checklist iniziata il {start1}, completata il {end1}; "
            "1 modifica dopo il completamento.",
            f"2. Call back <b>later</b>: checklist iniziata il {start2}, completata il {end2}; "
            "nessuna modifica dopo il completamento.",
        ]
    for sentence in expected:
        assert sentence in page
    assert "3. Call on Sunday" not in page  # never started: nothing to say
    # Nothing internal: no ids, no field or action names, no JSON.
    for forbidden in [audit_id, *visit_ids, "complete_visit", "changes_after", "{", "}"]:
        assert forbidden not in page
