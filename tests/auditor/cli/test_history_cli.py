"""`auditor history`: every change of an audit, oldest first, for people and as JSON."""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path

import pytest

from auditor.cli import main
from auditor.commands import Editor, SetAnswer, UpdateProfile, this_device
from auditor.demo import DEMO_AUDITOR, build_demo
from auditor.storage import Store
from tests.auditor.cli.test_answer_cli import Desk, make_desk

FIELDS = {"at", "actor", "device", "action", "via", "touchpoint", "item", "old", "new"}
LONG_NOTE = (
    "Rang twelve times,\nthen a recorded message said the office was closed for lunch today."
)


@pytest.fixture
def worked(tmp_path: Path) -> Desk:
    """Return a desk whose audit was answered on a laptop, with an undo, then on the command line."""
    desk = make_desk(tmp_path / "desk.auditdesk")
    with Store.open(desk.path) as store:
        editor = Editor(store, actor="Anna Neri", device="laptop-1")
        editor.run(SetAnswer(desk.phone, "call_answered", "yes"))
        editor.run(SetAnswer(desk.phone, "call_answered", "no", LONG_NOTE))
        editor.undo()
        editor.run(UpdateProfile({"auditor_name": "Marco Bianchi"}))  # who the command line names
    answer = ["answer", desk.audit_id, "phone", "greeting_tone", "2"]
    assert main(["--workspace", str(desk.path), *answer]) == 0
    return desk


def history(desk: Desk, capsys, *args: str) -> str:
    capsys.readouterr()
    status = main(["--workspace", str(desk.path), "history", desk.audit_id[:6], *args])
    out, err = capsys.readouterr()
    assert (status, err) == (0, "")
    return out


def test_json_has_every_field_oldest_first_with_the_undo(worked, capsys):
    entries = json.loads(history(worked, capsys, "--json"))
    assert all(set(e) >= FIELDS for e in entries)
    stamps = [datetime.fromisoformat(e["at"]) for e in entries]
    assert all(s.tzinfo is not None for s in stamps) and stamps == sorted(stamps)
    rows = [(e["action"], e["via"], e["item"], e["old"], e["new"]) for e in entries]
    assert rows == [
        ("create_audit", "", None, None, "Spring check"),
        ("answer", "", "call_answered", None, "yes"),
        ("status", "", None, "draft", "in_progress"),
        ("answer", "", "call_answered", "yes", "no"),
        ("note", "", "call_answered", "", LONG_NOTE),
        ("answer", "undo", "call_answered", "no", "yes"),
        ("note", "undo", "call_answered", LONG_NOTE, ""),
        ("answer", "", "greeting_tone", None, 2),
    ]
    phone = worked.phone
    assert [e["touchpoint"] for e in entries] == [None, phone, None, *[phone] * 5]
    assert [e["touchpoint_kind"] for e in entries] == [None, "phone", None, *["phone"] * 5]
    assert [e["actor"] for e in entries[1:7]] == ["Anna Neri"] * 6
    assert {e["device"] for e in entries[1:7]} == {"laptop-1"}
    assert entries[-1]["actor"] == "Marco Bianchi"  # the command line acts as the profile's auditor


def test_text_is_one_aligned_line_per_entry_told_for_people(worked, capsys):
    lines = history(worked, capsys).splitlines()
    with Store.open(worked.path, create=False) as store:
        entries = store.history.for_audit(worked.audit_id)
    assert len(lines) == len(entries) + 1
    assert lines[0].split() == ["TIME", "ACTOR", "DEVICE", "TOUCHPOINT", "ITEM", "ACTION", "CHANGE"]
    column = lines[0].index("ACTION")
    assert all(line[column - 2 : column] == "  " and line[column] != " " for line in lines[1:])
    rows = [re.split(r" {2,}", line) for line in lines[1:]]
    for row, entry in zip(rows, entries, strict=True):
        assert row[0] == f"{entry.at.astimezone():%Y-%m-%d %H:%M}"  # local time
    note = "\u201cRang twelve times, then a recorded message said the office was closed for lunch\u2026\u201d"
    assert [row[1:] for row in rows[1:7]] == [
        ["Anna Neri", "laptop-1", "phone", "call_answered", "Answer", "- -> Yes"],
        ["Anna Neri", "laptop-1", "-", "-", "Status: in progress", "draft -> in progress"],
        ["Anna Neri", "laptop-1", "phone", "call_answered", "Answer", "Yes -> No"],
        ["Anna Neri", "laptop-1", "phone", "call_answered", "Note", f"- -> {note}"],
        ["Anna Neri", "laptop-1", "phone", "call_answered", "Answer (undo)", "No -> Yes"],
        ["Anna Neri", "laptop-1", "phone", "call_answered", "Note (undo)", f"{note} -> -"],
    ]
    assert rows[0][-3:] == ["-", "Audit created", "Spring check"]
    assert rows[7][1:] == [
        "Marco Bianchi",
        this_device(),
        "phone",
        "greeting_tone",
        "Answer",
        "- -> 2/5",
    ]


def test_an_audit_without_changes_and_an_unknown_audit(tmp_path, capsys):
    desk = make_desk(tmp_path / "desk.auditdesk")
    assert json.loads(history(desk, capsys, "--json"))[0]["action"] == "create_audit"
    assert main(["--workspace", str(desk.path), "history", "ffffffff"]) == 2
    assert capsys.readouterr().err.count("\n") == 1


def test_the_demo_is_built_through_commands_and_has_its_history(tmp_path, capsys):
    path = tmp_path / "demo.auditdesk"
    with Store.open(path) as store:
        audit_id = build_demo(store)
        entries = store.history.for_audit(audit_id)
        answers = store.answers.for_audit(audit_id)
        findings = store.findings.for_audit(audit_id)
        evidence = store.evidence.for_audit(audit_id)
    actions = [e.action for e in entries]
    assert actions[0] == "create_audit" and {e.actor for e in entries} == {DEMO_AUDITOR}
    assert actions.count("answer") == sum(len(items) for items in answers.values())
    assert actions.count("note") == sum(
        1 for items in answers.values() for a in items.values() if a.note
    )
    assert actions.count("edit_visit") == 6
    assert actions.count("add_finding") == len(findings)
    assert actions.count("add_evidence") == len(evidence)
    assert [(e.old, e.new) for e in entries if e.action == "status"] == [("draft", "in_progress")]
    out = history(Desk(path, audit_id, "", "", "", ""), capsys, "--json")
    assert len(json.loads(out)) == len(entries)
