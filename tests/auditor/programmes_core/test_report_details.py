"""The audit report says a visit's typed details in words: when, where, whom, the call log."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone

import pytest

from auditor.commands import (
    AddClient,
    CreateAudit,
    Editor,
    EditVisit,
    SetCallLog,
    UpdateProfile,
)
from auditor.model import Audit, CallLogEvent, Client
from auditor.report import build_report
from auditor.service import PlannedVisit
from auditor.storage import Store
from tests.auditor.report.pdfkit import norm, page_texts

ROME = timezone(timedelta(hours=1))
WALL = 1_738_573_200.0  # the panel's wall clock: seconds since 1970
CALL = [
    CallLogEvent("dial", WALL),
    CallLogEvent("answered", WALL + 12),
    CallLogEvent("hold", WALL + 30),
    CallLogEvent("resume", WALL + 75),
    CallLogEvent("end", WALL + 140),
]


@pytest.fixture(scope="module")
def audit(tmp_path_factory):
    store = Store.open(tmp_path_factory.mktemp("details") / "w.auditdesk")
    editor = Editor(store, actor="Tester", device="pc")
    client = editor.run(AddClient(Client(name="Ottica Bellavista"))).result
    audit = Audit(client.id, "Febbraio", nickname="Gufo", planned_date=date(2025, 1, 20))
    plan = [PlannedVisit("phone", template_version="1.0.2"), PlannedVisit("shop")]
    editor.run(CreateAudit(audit, plan))
    phone, shop = store.audits.visits(audit.id)
    start = datetime(2025, 2, 3, 10, 0, tzinfo=ROME)
    editor.run(
        EditVisit(phone.id, {"visited_at": start, "ended_at": start + timedelta(minutes=3),
                             "contact": "+39 045 620 1234", "staff": "Giulia Verdi"})
    )  # fmt: skip
    editor.run(SetCallLog(phone.id, CALL))
    editor.run(
        EditVisit(shop.id, {"visited_at": start.replace(hour=16), "ended_at": start.replace(hour=17),
                            "place": "Via Roma 1, Verona", "staff": "Paolo Neri"})
    )  # fmt: skip
    yield store, editor, audit.id
    store.close()


def _text(store, audit_id, folder, lang):
    path = build_report(store, audit_id, folder / f"{lang}.pdf", lang=lang, today=date(2025, 2, 4))
    return norm(" ".join(page_texts(path)))


def test_visit_details_are_printed_in_words_and_staff_left_out(audit, tmp_path):
    store, _editor, audit_id = audit
    text = _text(store, audit_id, tmp_path, "en")
    assert "3 February 2025 10:00–10:03" in text
    assert "3 February 2025 16:00–17:00" in text
    assert "20 January 2025" not in text  # the planned date gives way to the actual one
    assert "Number called +39 045 620 1234" in text
    assert "Place Via Roma 1, Verona" in text
    for row in ("0:00 Number dialled", "0:12 Answered", "0:30 Put on hold", "1:15 Back from hold",
                "2:20 Call ended"):  # fmt: skip
        assert row in text
    assert "Gufo" in text  # the auditor's nickname
    assert "Giulia" not in text and "Paolo Neri" not in text  # personal data, not allowed
    assert not re.search(r"call_log|\"kind\"|\{|\bat_s\b|dial\b|173857", text)


def test_staff_names_are_printed_when_the_agency_allows_them_in_italian_too(audit, tmp_path):
    store, editor, audit_id = audit
    editor.run(UpdateProfile({"report_staff_names": "1"}))
    try:
        text = _text(store, audit_id, tmp_path, "it")
    finally:
        editor.run(UpdateProfile({"report_staff_names": "0"}))
    assert "Giulia Verdi" in text and "Paolo Neri" in text
    assert "3 febbraio 2025 10:00–10:03" in text
    assert "0:12 Risposta" in text
