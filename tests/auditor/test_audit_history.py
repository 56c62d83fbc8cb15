"""An audit's history told for people: what each change was, in both languages, and its timeline."""

from __future__ import annotations

import os
import re
import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from auditor.audit_history import HistoryRow, history_rows
from auditor.commands import (
    AddFinding,
    CompleteVisit,
    EditAudit,
    Editor,
    EditVisit,
    ReopenVisit,
    SetAnswer,
)
from auditor.model import Audit, Client, Finding, HistoryEntry, Severity, Template, Visit
from auditor.storage import Store
from auditor.timeline import VisitTimeline, visit_timeline

LONG_NOTE = "Nobody picked up.\nThe line rang " + "and rang " * 30 + "until it dropped."


@pytest.fixture
def rome() -> Iterator[None]:
    """Run the test in Rome's time zone (UTC+1 in November), whatever this machine's zone."""
    saved = os.environ.get("TZ")
    os.environ["TZ"] = "Europe/Rome"
    time.tzset()
    yield
    if saved is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = saved
    time.tzset()


@pytest.fixture
def audit(store: Store, mini_template: Template) -> tuple[str, str, str]:
    """Return (audit id, first visit id, second visit id) of a draft audit with two calls."""
    client = store.clients.add(Client(name="Hotel Test"))
    audit = Audit(client_id=client.id, title="Test journey", auditor="Tester")
    visits = [
        Visit(
            audit_id=audit.id,
            kind=mini_template.touchpoint,
            template_id=mini_template.id,
            template_version=mini_template.version,
            title=title,
        )
        for title in ("Call to reception", "")
    ]
    store.audits.create(audit, [(v, mini_template) for v in visits])
    return audit.id, visits[0].id, visits[1].id


def shown(rows: list[HistoryRow]) -> list[tuple[object, ...]]:
    """Return what each row shows except its time (the commands stamp the present)."""
    return [
        (r.who, r.device, r.touchpoint, r.item, r.what, r.before, r.after, r.after_completion)
        for r in rows
    ]


def answer_all(editor: Editor, visit_id: str) -> None:
    for item_id, value in (("answered", "yes"), ("tone", 4), ("greeting", "full"), ("wait", 12)):
        editor.run(SetAnswer(visit_id, item_id, value))


def test_answers_notes_findings_edits_and_undo_are_told_in_english_and_italian(store, audit):
    audit_id, v1, _v2 = audit
    editor = Editor(store, actor="Anna", device="laptop-anna")
    editor.run(SetAnswer(v1, "answered", "no", note=LONG_NOTE))
    editor.run(SetAnswer(v1, "wait", 12.5))
    editor.undo()
    editor.redo()
    editor.run(SetAnswer(v1, "greeting", "company"))
    editor.run(SetAnswer(v1, "remarks", "Warm voice,\nbut hurried"))
    editor.run(
        AddFinding(
            Finding(
                audit_id=audit_id,
                title="Nobody answered",
                severity=Severity.MAJOR,
                visit_id=v1,
                item_id="answered",
            )
        )
    )
    editor.run(EditVisit(v1, {"nps": 7, "csat": 4}))
    editor.run(EditVisit(v1, {"weight": 1.5}))
    before = store.audits.get(audit_id)
    editor.run(EditAudit(replace(before, title="Autumn journey", planned_date=date(2026, 11, 9))))
    note = " ".join(LONG_NOTE.split())
    clipped_note = note[:79].rstrip() + "\u2026"
    who = ("Anna", "laptop-anna")
    call, item1, item4 = "1. Call to reception", "1. Did anyone answer?", "4. Seconds before answer"
    assert shown(history_rows(store, audit_id, "en")) == [
        (*who, call, item1, "Answer", "", "No", False),
        (*who, call, item1, "Note", "", clipped_note, False),
        (*who, "", "", "Status: in progress", "draft", "in progress", False),
        (*who, call, item4, "Answer", "", "12.5 s (\u2264 15 s)", False),
        (*who, call, item4, "Answer cleared (undo)", "12.5 s (\u2264 15 s)", "", False),
        (*who, call, item4, "Answer (redo)", "", "12.5 s (\u2264 15 s)", False),
        (*who, call, "3. Greeting", "Answer", "", "Company only", False),
        (*who, call, "5. Remarks", "Answer", "", "Warm voice, but hurried", False),
        (*who, call, item1, "Finding added", "", "Major: Nobody answered", False),
        (*who, call, "", "Customer metrics", "NPS: \u2013; CSAT: \u2013", "NPS: 7; CSAT: 4", False),
        (*who, call, "", "Visit details changed", "Weight: 1", "Weight: 1.5", False),
        (
            *who,
            "",
            "",
            "Audit details changed",
            "Title: Test journey; Planned date: \u2013",
            "Title: Autumn journey; Planned date: 2026-11-09",
            False,
        ),
    ]
    rows = history_rows(store, audit_id, "it")
    item1_it, item4_it = "1. Ha risposto qualcuno?", "4. Secondi prima della risposta"
    assert shown(rows) == [
        (*who, call, item1_it, "Risposta", "", "No", False),
        (*who, call, item1_it, "Nota", "", clipped_note, False),
        (*who, "", "", "Stato: in corso", "bozza", "in corso", False),
        (*who, call, item4_it, "Risposta", "", "12,5 s (\u2264 15 s)", False),
        (
            *who,
            call,
            item4_it,
            "Risposta cancellata (annullamento)",
            "12,5 s (\u2264 15 s)",
            "",
            False,
        ),
        (*who, call, item4_it, "Risposta (ripetizione)", "", "12,5 s (\u2264 15 s)", False),
        (*who, call, "3. Saluto", "Risposta", "", "Solo azienda", False),
        (*who, call, "5. Osservazioni", "Risposta", "", "Warm voice, but hurried", False),
        (*who, call, item1_it, "Rilievo aggiunto", "", "Grave: Nobody answered", False),
        (
            *who,
            call,
            "",
            "Metriche del cliente",
            "NPS: \u2013; CSAT: \u2013",
            "NPS: 7; CSAT: 4",
            False,
        ),
        (*who, call, "", "Dati della visita modificati", "Peso: 1", "Peso: 1,5", False),
        (
            *who,
            "",
            "",
            "Dati dell'audit modificati",
            "Titolo: Test journey; Data prevista: \u2013",
            "Titolo: Autumn journey; Data prevista: 09/11/2026",
            False,
        ),
    ]
    # The full texts stay for tooltips: the whole note, the whole question.
    assert (rows[1].after_full, rows[1].item_full) == (LONG_NOTE, item1_it)


def test_when_is_this_computers_local_time_with_the_date_in_the_languages_order(store, audit, rome):
    audit_id, v1, _v2 = audit
    at = datetime(2026, 11, 9, 13, 5, 40, tzinfo=UTC)  # 14:05 in Rome
    store.history.add(
        [HistoryEntry(audit_id, "answer", at, "Anna", "pc", v1, "tone", old=None, new=3)]
    )
    english, italian = history_rows(store, audit_id, "en"), history_rows(store, audit_id, "it")
    assert [(r.at, r.when) for r in english] == [(at, "2026-11-09 14:05")]
    assert [(r.at, r.when) for r in italian] == [(at, "09/11/2026 14:05")]


def test_changes_after_the_last_completion_are_counted_and_flagged(store, audit):
    audit_id, v1, v2 = audit
    editor = Editor(store, actor="Anna", device="laptop-anna")
    answer_all(editor, v1)
    editor.run(CompleteVisit(v1))
    editor.run(SetAnswer(v1, "tone", 2))  # changed after completion
    editor.run(ReopenVisit(v1))
    editor.run(SetAnswer(v1, "tone", 3))
    editor.run(CompleteVisit(v1))  # the last completion: what came before it is not "after"
    editor.run(SetAnswer(v1, "greeting", "none", note="Only 'Hello?'"))
    entries = store.history.for_audit(audit_id)
    completions = [e for e in entries if e.action == "complete_visit"]
    assert visit_timeline(store, audit_id) == {
        v1: VisitTimeline(
            started_at=entries[0].at,
            completed_at=completions[-1].at,
            changes_after_completion=2,  # the answer and its note
        ),
        v2: VisitTimeline(started_at=None, completed_at=None, changes_after_completion=0),
    }
    rows = history_rows(store, audit_id, "en")
    assert [(r.what, r.after_completion) for r in rows[-5:]] == [
        ("Visit reopened", False),
        ("Answer", False),
        ("Visit completed", False),
        ("Answer", True),
        ("Note", True),
    ]
    assert (rows[-3].before, rows[-3].after) == ("", "")  # the action says it all


def test_nothing_shown_is_an_id_a_dict_or_json(store, audit):
    audit_id, v1, _v2 = audit
    client = store.clients.add(Client(name="Hotel Nuovo"))
    at = datetime(2026, 11, 9, 13, 5, tzinfo=UTC)
    store.history.add(
        [
            HistoryEntry(audit_id, "edit_audit", at, old={"client_id": "x"}, new={"client_id": client.id}),
            HistoryEntry(audit_id, "edit_visit", at, visit_id=v1, new={"channel": {"phone": "+39 06 1234"}, "visited_at": "2026-11-09T10:30:00+01:00"}),
            HistoryEntry(audit_id, "add_evidence", at, visit_id=v1, target="e1", new={"caption": "", "file": "IMG_1.jpg", "regions": 2}),
            HistoryEntry(audit_id, "import_bundle", at, new={"file": "hotel.auditbundle", "created_at": "2026-11-09T10:00:00Z", "new_entries": 4}),
            HistoryEntry(audit_id, "frobnicate", at, visit_id="gone-visit", item_id="gone-item", target="t1", old=[1, 2], new={"secret_key": "value"}),
            HistoryEntry(audit_id, "answer", at, visit_id=v1, item_id="no-such-item", new="yes"),
        ]
    )  # fmt: skip
    rows = history_rows(store, audit_id, "en")
    assert [(r.touchpoint, r.item, r.what, r.before, r.after) for r in rows] == [
        ("", "", "Audit details changed", "Client: \u2013", "Client: Hotel Nuovo"),
        (
            "1. Call to reception",
            "",
            "Visit details changed",
            "",
            f"Channel: +39 06 1234; Visit date: {datetime.fromisoformat('2026-11-09T10:30:00+01:00').astimezone():%Y-%m-%d %H:%M}",
        ),
        ("1. Call to reception", "", "Evidence added", "", "IMG_1.jpg (Blurred regions: 2)"),
        ("", "", "Imported from a bundle", "", "hotel.auditbundle"),
        ("", "", "Change", "1, 2", "value"),
        ("1. Call to reception", "", "Answer", "", "yes"),
    ]
    ids = {audit_id, v1, client.id, "gone-visit", "gone-item", "t1", "e1", "x"}
    for row in rows:
        for text in (row.touchpoint, row.item, row.what, row.before, row.after, row.after_full):
            assert not re.search(r"[{}\[\]\"]", text)
            assert not any(i in text for i in ids), text
