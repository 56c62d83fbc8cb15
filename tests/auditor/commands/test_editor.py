"""Every command through the Editor on a real workspace file: run, undo, redo, history, refusals."""

from __future__ import annotations

import hashlib
from collections.abc import Set as AbstractSet
from dataclasses import replace
from typing import Any

import pytest

from auditor import service, suggestions, workflow
from auditor.checks.base import CheckFinding, CheckResult
from auditor.commands import (
    ANSWERS,
    CLIENTS,
    EVIDENCE,
    FINDINGS,
    KEEP,
    STATUS,
    SUGGESTIONS,
    WORDS,
    AcceptSuggestion,
    AcceptWord,
    AddClient,
    AddEvidence,
    AddFinding,
    Change,
    Command,
    CompleteVisit,
    DeleteEvidence,
    DeleteFinding,
    DismissSuggestion,
    EditClient,
    EditEvidence,
    EditFinding,
    Editor,
    EditVisit,
    ReopenAudit,
    ReopenVisit,
    SetAnswer,
    SetStatus,
    UpdateProfile,
    this_device,
)
from auditor.commands.editor import login_name
from auditor.errors import AuditorError, NotFoundError, ValidationError
from auditor.model import AuditStatus, Client, Finding, FindingStatus, Severity
from tests.auditor.commands.sample import AUDIT_ID, CLIENT_ID, PASSING, Desk, dump, intakes

WHERE = "audit \u201cNegozio di via Roma\u201d (a1000000), touchpoint \u201cVisit {n}\u201d (shop)"


def history(desk: Desk, since: int = 0) -> list[tuple[Any, ...]]:
    """Return the audit's history entries from `since` on, as comparable tuples."""
    return [
        (e.action, e.visit_id, e.item_id, e.target, e.old, e.new, e.via, e.actor, e.device)
        for e in desk.store.history.for_audit(AUDIT_ID)
    ][since:]


def entry(
    action: str,
    old: Any = None,
    new: Any = None,
    via: str = "",
    *,
    visit: str | None = None,
    item: str | None = None,
    target: str | None = None,
) -> tuple[Any, ...]:
    """Return the tuple `history` gives for an entry Marta made on laptop-1."""
    return (action, visit, item, target, old, new, via, "Marta", "laptop-1")


def answers(desk: Desk) -> dict[tuple[str, str], tuple[Any, str]]:
    """Return every answer of the audit as (value, note) by (visit, item)."""
    return {
        (visit_id, item_id): (a.value, a.note)
        for visit_id, items in desk.store.answers.for_audit(AUDIT_ID).items()
        for item_id, a in items.items()
    }


def status(desk: Desk) -> tuple[str, str, str]:
    """Return the audit's status and its two visits'."""
    store = desk.store
    return (
        store.audits.get(AUDIT_ID).status.value,
        store.audits.visit(desk.v1).status.value,
        store.audits.visit(desk.v2).status.value,
    )


def answer_all(desk: Desk, visit_id: str, values: dict[str, Any] = PASSING) -> None:
    """Answer the visit's required items (through the editor)."""
    for item_id, value in values.items():
        desk.editor.run(SetAnswer(visit_id, item_id, value))


def stack(editor: Editor) -> tuple[Any, ...]:
    """Return what the editor would undo and redo next."""
    return (editor.can_undo(), editor.undo_label(), editor.can_redo(), editor.redo_label())


def change(
    label: str,
    aspects: AbstractSet[str],
    visits: AbstractSet[str] = frozenset(),
    items: AbstractSet[tuple[str, str]] = frozenset(),
    via: str = "",
    audits: AbstractSet[str] = frozenset({AUDIT_ID}),
) -> Change:
    """Return the Change a listener is expected to get."""
    return Change(
        label, frozenset(audits), frozenset(visits), frozenset(items), frozenset(aspects), via
    )


# --- answers -----------------------------------------------------------------------------------


def test_the_first_answer_starts_a_draft_audit_and_its_undo_puts_it_back(desk):
    heard: list[Change] = []
    desk.editor.subscribe(heard.append)
    v1 = desk.v1
    assert status(desk) == ("draft", "in_progress", "in_progress")

    desk.editor.run(SetAnswer(v1, "welcome", "yes"))
    assert (answers(desk), status(desk)[0]) == ({(v1, "welcome"): ("yes", "")}, "in_progress")
    assert history(desk) == [
        entry("answer", None, "yes", visit=v1, item="welcome"),
        entry("status", "draft", "in_progress"),
    ]

    desk.editor.undo()
    assert (answers(desk), status(desk)[0]) == ({}, "draft")
    assert history(desk, 2) == [
        entry("clear", "yes", None, "undo", visit=v1, item="welcome"),
        entry("status", "in_progress", "draft", "undo"),
    ]
    assert (desk.editor.can_undo(), desk.editor.redo_label()) == (False, "Answer")

    desk.editor.redo()
    assert (answers(desk), status(desk)[0]) == ({(v1, "welcome"): ("yes", "")}, "in_progress")
    assert history(desk, 4) == [
        entry("answer", None, "yes", "redo", visit=v1, item="welcome"),
        entry("status", "draft", "in_progress", "redo"),
    ]
    touched = {(v1, "welcome")}
    assert heard == [
        change("Answer", {ANSWERS, STATUS}, {v1}, touched),
        change("Answer", {ANSWERS, STATUS}, {v1}, touched, "undo"),
        change("Answer", {ANSWERS, STATUS}, {v1}, touched, "redo"),
    ]


def test_answers_of_every_type_are_stored_as_their_type_keeps_them(desk):
    v1 = desk.v1
    for item_id, value in (
        ("welcome", "no"),
        ("tone", 4),
        ("greeting", "company"),
        ("staff", 3.0),
        ("wait", 75),
        ("remarks", "na"),
    ):
        desk.editor.run(SetAnswer(v1, item_id, value))
    stored = {k: (v, type(v[0]).__name__) for k, v in answers(desk).items()}
    assert stored == {
        (v1, "welcome"): (("no", ""), "str"),
        (v1, "tone"): ((4, ""), "int"),
        (v1, "greeting"): (("company", ""), "str"),
        (v1, "staff"): ((3.0, ""), "float"),
        (v1, "wait"): ((75, ""), "int"),
        (v1, "remarks"): (("na", ""), "str"),  # a remark, not N/A
    }
    # 3.0 and 3 are different values: changing one into the other is a change with its own step.
    desk.editor.run(SetAnswer(v1, "staff", 3))
    assert history(desk)[-1] == entry("answer", 3.0, 3, visit=v1, item="staff")
    desk.editor.undo()
    assert type(answers(desk)[(v1, "staff")][0]) is float
    scores = service.score(desk.store, AUDIT_ID)
    # welcome no (0 of 2), tone 4 (0.75 of 1), company (0.5 of 1), staff 3 (1 of 1), wait 75 (0 of 3)
    assert (scores.visits[0].score, scores.visits[0].completion) == (2.25 / 8 * 100, 100.0)
    assert (scores.critical_failure, scores.visits[0].critical_items) == (True, ("welcome",))


def test_a_note_alone_keeps_the_answer_and_a_clear_keeps_the_note(desk):
    v1 = desk.v1
    desk.editor.run(SetAnswer(v1, "welcome", "no"))
    desk.editor.run(SetAnswer(v1, "welcome", note="Nobody at the desk for 4 minutes"))
    assert answers(desk) == {(v1, "welcome"): ("no", "Nobody at the desk for 4 minutes")}
    assert desk.editor.undo_label() == "Note"
    desk.editor.run(SetAnswer(v1, "welcome", None))
    assert answers(desk) == {(v1, "welcome"): (None, "Nobody at the desk for 4 minutes")}
    assert desk.editor.undo_label() == "Clear answer"
    desk.editor.run(SetAnswer(v1, "welcome", KEEP, note=""))
    assert answers(desk) == {}  # nothing left: the row is gone
    assert history(desk, 2) == [
        entry("note", "", "Nobody at the desk for 4 minutes", visit=v1, item="welcome"),
        entry("clear", "no", None, visit=v1, item="welcome"),
        entry("note", "Nobody at the desk for 4 minutes", "", visit=v1, item="welcome"),
    ]

    desk.editor.undo()
    assert answers(desk) == {(v1, "welcome"): (None, "Nobody at the desk for 4 minutes")}
    desk.editor.undo()
    assert answers(desk) == {(v1, "welcome"): ("no", "Nobody at the desk for 4 minutes")}
    desk.editor.undo()
    assert answers(desk) == {(v1, "welcome"): ("no", "")}
    assert history(desk, 5) == [
        entry("note", "", "Nobody at the desk for 4 minutes", "undo", visit=v1, item="welcome"),
        entry("answer", None, "no", "undo", visit=v1, item="welcome"),
        entry("note", "Nobody at the desk for 4 minutes", "", "undo", visit=v1, item="welcome"),
    ]
    desk.editor.redo()
    assert answers(desk) == {(v1, "welcome"): ("no", "Nobody at the desk for 4 minutes")}
    assert history(desk)[-1] == entry(
        "note", "", "Nobody at the desk for 4 minutes", "redo", visit=v1, item="welcome"
    )
    assert status(desk)[0] == "in_progress"  # a note on an answered item changes no status


def test_a_note_typed_in_several_saves_is_one_undo_step(desk):
    v1 = desk.v1
    desk.editor.run(SetAnswer(v1, "tone", 2))
    desk.editor.run(SetAnswer(v1, "tone", note="Fl"))
    desk.editor.run(SetAnswer(v1, "tone", note="Flat", continues=True))
    desk.editor.run(SetAnswer(v1, "tone", note="Flat voice", continues=True))
    assert answers(desk) == {(v1, "tone"): (2, "Flat voice")}
    desk.editor.undo()
    assert answers(desk) == {(v1, "tone"): (2, "")}
    assert desk.editor.undo_label() == "Answer"
    desk.editor.redo()
    assert answers(desk) == {(v1, "tone"): (2, "Flat voice")}
    assert [e[0:6] for e in history(desk)] == [
        ("answer", v1, "tone", None, None, 2),
        ("status", None, None, None, "draft", "in_progress"),
        ("note", v1, "tone", None, "", "Fl"),
        ("note", v1, "tone", None, "Fl", "Flat"),
        ("note", v1, "tone", None, "Flat", "Flat voice"),
        ("note", v1, "tone", None, "Flat voice", ""),
        ("note", v1, "tone", None, "", "Flat voice"),
    ]


def test_the_same_answer_again_is_not_a_step(desk):
    heard: list[Change] = []
    v1 = desk.v1
    desk.editor.run(SetAnswer(v1, "tone", 3, note="ok"))
    before = (dump(desk.store), stack(desk.editor))
    desk.editor.subscribe(heard.append)
    desk.editor.run(SetAnswer(v1, "tone", 3))
    desk.editor.run(SetAnswer(v1, "tone", 3, note="ok"))
    desk.editor.run(SetAnswer(v1, "tone", KEEP))
    assert (dump(desk.store), stack(desk.editor), heard) == (*before, [])


# --- refusals ------------------------------------------------------------------------------------

REFUSALS = {
    "scale 7": (
        lambda d: SetAnswer(d.v1, "tone", 7),
        ValidationError,
        WHERE.format(n=1)
        + ", item tone: 7 is not a valid answer (the item takes a whole number from 1 to 5, or na)",
    ),
    "a value on a photo item": (
        lambda d: SetAnswer(d.v2, "shots", "photo"),
        ValidationError,
        WHERE.format(n=2) + ", item shots: \u201cphoto\u201d is not a valid answer (the item "
        "takes a photo attached to it as evidence)",
    ),
    "True on yes/no": (lambda d: SetAnswer(d.v1, "welcome", True), ValidationError, "true is"),
    "a note that is not text": (
        lambda d: SetAnswer(d.v1, "tone", KEEP, note=3),
        ValidationError,
        "item tone: a note is text of at most 200000 characters",
    ),
    "a note with a byte the command line could not decode": (
        lambda d: SetAnswer(d.v1, "tone", KEEP, note="caf\udce9"),
        ValidationError,
        "item tone: a note is text of at most 200000 characters",
    ),
    "unknown item": (
        lambda d: SetAnswer(d.v1, "smile", "yes"),
        NotFoundError,
        WHERE.format(n=1) + ": the checklist has no item smile",
    ),
    "unknown visit": (
        lambda d: SetAnswer("no-such-visit", "tone", 3),
        NotFoundError,
        "no visit with id no-such-visit",
    ),
    "NPS 11": (lambda d: EditVisit(d.v1, {"nps": 11}), ValidationError, "NPS must be a whole"),
    "CSAT 0": (lambda d: EditVisit(d.v1, {"csat": 0}), ValidationError, "CSAT must be a whole"),
    "CES 2.5": (lambda d: EditVisit(d.v1, {"ces": 2.5}), ValidationError, "CES must be a whole"),
    "visit weight 0": (
        lambda d: EditVisit(d.v1, {"weight": 0}),
        ValidationError,
        "a visit's weight must be a number greater than 0",
    ),
    "visit weight NaN": (
        lambda d: EditVisit(d.v2, {"weight": float("nan")}),
        ValidationError,
        "a visit's weight must be a number greater than 0",
    ),
    "unknown visit field": (
        lambda d: EditVisit(d.v1, {"colour": "red"}),
        ValidationError,
        "a visit has no field colour",
    ),
    "incomplete visit": (
        lambda d: CompleteVisit(d.v2),
        ValidationError,
        "The visit cannot be completed yet:\nItem 1 is not answered",
    ),
    "completing a visit nobody knows": (
        lambda d: CompleteVisit("no-such-visit"),
        NotFoundError,
        "no visit with id no-such-visit",
    ),
    "completed while visits are open": (
        lambda d: SetStatus(AUDIT_ID, AuditStatus.COMPLETED),
        ValidationError,
        "Complete every visit first: Visit 1, Visit 2",
    ),
    "delivered straight from in progress": (
        lambda d: SetStatus(AUDIT_ID, AuditStatus.DELIVERED),
        ValidationError,
        "An audit cannot go from in progress to delivered.",
    ),
    "a finding without a title": (
        lambda d: AddFinding(Finding(audit_id=AUDIT_ID, title="  ")),
        ValidationError,
        "a finding needs a title",
    ),
    "a finding on an unknown item": (
        lambda d: AddFinding(
            Finding(audit_id=AUDIT_ID, title="Rude", visit_id=d.v1, item_id="smile")
        ),
        NotFoundError,
        "the checklist has no item smile",
    ),
    "a finding with unknown evidence": (
        lambda d: AddFinding(Finding(audit_id=AUDIT_ID, title="Rude", evidence_ids=["nope"])),
        NotFoundError,
        "no evidence with id nope",
    ),
    "editing a finding nobody knows": (
        lambda d: EditFinding(Finding(audit_id=AUDIT_ID, title="Rude", id="nope")),
        NotFoundError,
        "no finding with id nope",
    ),
    "deleting a finding nobody knows": (
        lambda d: DeleteFinding("nope"),
        NotFoundError,
        "no finding with id nope",
    ),
    "evidence on an item without its visit": (
        lambda d: AddEvidence(AUDIT_ID, intakes()[0], item_id="shots"),
        ValidationError,
        "evidence can be attached to an item only within its visit",
    ),
    "evidence on an unknown item": (
        lambda d: AddEvidence(AUDIT_ID, intakes()[0], visit_id=d.v1, item_id="smile"),
        NotFoundError,
        "the checklist has no item smile",
    ),
    "evidence for an unknown finding": (
        lambda d: AddEvidence(AUDIT_ID, intakes()[0], finding_id="nope"),
        NotFoundError,
        "no finding with id nope",
    ),
    "deleting evidence nobody knows": (
        lambda d: DeleteEvidence("nope"),
        NotFoundError,
        "no evidence with id nope",
    ),
    "a client without a name": (
        lambda d: AddClient(Client(name=" ")),
        ValidationError,
        "a client needs a name",
    ),
    "a report in French": (
        lambda d: EditClient(Client(name="Ottica", report_language="fr", id=CLIENT_ID)),
        ValidationError,
        "the report language must be it or en",
    ),
    "an unknown profile key": (  # a slip of the code, not of the user: a KeyError
        lambda d: UpdateProfile({"auditor_name": "Marta", "favourite_colour": "red"}),
        KeyError,
        "unknown profile keys: favourite_colour",
    ),
}


@pytest.mark.parametrize("case", list(REFUSALS))
def test_a_refused_command_leaves_the_store_and_the_undo_stack_as_they_were(desk, case):
    make, error, message = REFUSALS[case]
    v1 = desk.v1
    desk.editor.run(SetAnswer(v1, "tone", 3))  # something to undo, and an audit in progress
    desk.editor.run(SetAnswer(v1, "greeting", "full"))
    desk.editor.undo()  # and something to redo
    heard: list[Change] = []
    desk.editor.subscribe(heard.append)
    before = (dump(desk.store), stack(desk.editor))
    with pytest.raises(error) as caught:
        desk.editor.run(make(desk))
    assert message in str(caught.value)
    assert (dump(desk.store), stack(desk.editor), heard) == (*before, [])
    # The steps around the refusal are still the ones undo and redo take.
    desk.editor.redo()
    assert answers(desk) == {(v1, "tone"): (3, ""), (v1, "greeting"): ("full", "")}
    desk.editor.undo()
    desk.editor.undo()
    assert (answers(desk), status(desk)[0], desk.editor.can_undo()) == ({}, "draft", False)


def test_an_undo_refused_because_another_editor_changed_the_store_keeps_its_step(desk):
    other = Editor(desk.store, actor="Luca", device="laptop-2")  # a second window, the CLI
    desk.editor.run(AddFinding(Finding(audit_id=AUDIT_ID, title="Dusty", id="f1")))
    other.run(DeleteFinding("f1"))
    before = (dump(desk.store), stack(desk.editor))
    with pytest.raises(NotFoundError, match="no finding with id f1"):
        desk.editor.undo()
    assert (dump(desk.store), stack(desk.editor)) == before
    other.undo()
    desk.editor.undo()
    assert (findings(desk), desk.editor.redo_label()) == ([], "Add finding")
    assert [(e[0], e[6], e[7]) for e in history(desk)] == [
        ("add_finding", "", "Marta"),
        ("delete_finding", "", "Luca"),
        ("restore_finding", "undo", "Luca"),
        ("delete_finding", "undo", "Marta"),
    ]


def test_a_refusal_names_the_place_in_the_editors_language(desk):
    editor = Editor(desk.store, actor="Marta", device="laptop-1", lang="it")
    messages = []
    for command in (SetAnswer(desk.v1, "tone", 7), SetAnswer(desk.v1, "smile", "yes")):
        with pytest.raises(AuditorError) as caught:
            editor.run(command)
        messages.append(str(caught.value))
    # The catalog's wording of the place may change; its names and the reason, in Italian, stay.
    endings = (
        " tone: 7 non \u00e8 una risposta valida (la voce accetta un numero intero da 1 a 5, o na)",
        ": la checklist non ha la voce smile",
    )
    assert [
        (
            m.startswith("audit \u00abNegozio di via Roma\u00bb (a1000000), "),
            "\u00abVisit 1\u00bb (shop)" in m,
            m.endswith(ending),
        )
        for m, ending in zip(messages, endings, strict=True)
    ] == [(True, True, True)] * 2
    assert (answers(desk), history(desk), editor.can_undo()) == ({}, [], False)


def deliver(desk: Desk) -> None:
    """Complete both visits and take the audit through review to delivery."""
    for visit_id in (desk.v1, desk.v2):
        answer_all(desk, visit_id)
        desk.editor.run(CompleteVisit(visit_id))
    for target in (AuditStatus.COMPLETED, AuditStatus.REVIEWED, AuditStatus.DELIVERED):
        desk.editor.run(SetStatus(AUDIT_ID, target))


def test_a_delivered_audit_refuses_every_change_until_reopened(desk):
    evidence = desk.editor.run(AddEvidence(AUDIT_ID, intakes()[0], visit_id=desk.v1)).result
    finding = desk.editor.run(AddFinding(Finding(audit_id=AUDIT_ID, title="Dusty"))).result
    deliver(desk)
    typo = CheckFinding("accent", Severity.MINOR, "Accent written wrong", excerpt="perch\u00e8")
    attempts: list[Command] = [
        SetAnswer(desk.v1, "tone", 2),
        SetAnswer(desk.v1, "tone", KEEP, note="later"),
        SetAnswer(desk.v1, "tone", None),
        EditVisit(desk.v1, {"nps": 8}),
        ReopenVisit(desk.v1),
        SetStatus(AUDIT_ID, AuditStatus.IN_PROGRESS),
        AddFinding(Finding(audit_id=AUDIT_ID, title="Late")),
        EditFinding(replace(finding, title="Very dusty")),
        DeleteFinding(finding.id),
        AddEvidence(AUDIT_ID, intakes()[1]),
        EditEvidence(replace(evidence, caption="Later")),
        DeleteEvidence(evidence.id),
        AcceptSuggestion(suggestions.finding_for(AUDIT_ID, "text", typo), typo.fingerprint()),
        DismissSuggestion(AUDIT_ID, typo),
    ]
    before = (dump(desk.store), stack(desk.editor))
    refused = {}
    for command in attempts:
        try:
            desk.editor.run(command)
        except AuditorError as exc:
            message = str(exc)
            refused[type(command).__name__] = "read-only" if "read-only" in message else message
        else:
            refused[type(command).__name__] = "accepted"
    assert (dump(desk.store), stack(desk.editor)) == before
    read_only = "read-only"
    assert refused == {
        "SetAnswer": read_only,
        "EditVisit": read_only,
        "ReopenVisit": read_only,
        "SetStatus": "An audit cannot go from delivered to in progress.",
        "AddFinding": read_only,
        "EditFinding": read_only,
        "DeleteFinding": read_only,
        "AddEvidence": read_only,
        "EditEvidence": read_only,
        "DeleteEvidence": read_only,
        "AcceptSuggestion": read_only,
        "DismissSuggestion": read_only,
    }
    desk.editor.run(ReopenAudit(AUDIT_ID))
    desk.editor.run(SetAnswer(desk.v1, "tone", 2))
    assert (status(desk), answers(desk)[(desk.v1, "tone")]) == (
        ("in_progress", "completed", "completed"),
        (2, ""),
    )


# --- visits and the status flow --------------------------------------------------------------


def test_visit_metrics_are_edited_undone_and_redone(desk):
    v1 = desk.v1
    desk.editor.run(EditVisit(v1, {"nps": 9, "csat": 4}))
    desk.editor.run(EditVisit(v1, {"nps": 6, "ces": 2}))
    metrics = lambda: (lambda v: (v.nps, v.csat, v.ces))(desk.store.audits.visit(v1))  # noqa: E731
    assert metrics() == (6, 4, 2)
    desk.editor.undo()
    assert metrics() == (9, 4, None)
    desk.editor.undo()
    assert metrics() == (None, None, None)
    desk.editor.redo()
    assert metrics() == (9, 4, None)
    assert history(desk) == [
        entry("edit_visit", {"nps": None, "csat": None}, {"nps": 9, "csat": 4}, visit=v1),
        entry("edit_visit", {"nps": 9, "ces": None}, {"nps": 6, "ces": 2}, visit=v1),
        entry("edit_visit", {"nps": 6, "ces": 2}, {"nps": 9, "ces": None}, "undo", visit=v1),
        entry("edit_visit", {"nps": 9, "csat": 4}, {"nps": None, "csat": None}, "undo", visit=v1),
        entry("edit_visit", {"nps": None, "csat": None}, {"nps": 9, "csat": 4}, "redo", visit=v1),
    ]
    assert status(desk) == ("draft", "in_progress", "in_progress")  # metrics start nothing


def test_a_visit_completes_only_with_its_answers_notes_and_evidence(desk):
    v1 = desk.v1
    answer_all(desk, v1, {**PASSING, "welcome": "no"})
    with pytest.raises(ValidationError) as caught:
        desk.editor.run(CompleteVisit(v1))
    assert str(caught.value) == (
        "The visit cannot be completed yet:\n"
        "Item 1 failed and needs a note: Welcomed within a minute?\n"
        "Item 1 failed and needs evidence: Welcomed within a minute?"
    )
    desk.editor.run(SetAnswer(v1, "welcome", note="Four minutes at the door"))
    desk.editor.run(AddEvidence(AUDIT_ID, intakes()[1], visit_id=v1, item_id="welcome"))
    since = len(history(desk))
    desk.editor.run(CompleteVisit(v1))
    assert status(desk) == ("in_progress", "completed", "in_progress")
    desk.editor.undo()
    assert status(desk) == ("in_progress", "in_progress", "in_progress")
    desk.editor.redo()
    assert status(desk) == ("in_progress", "completed", "in_progress")
    assert history(desk, since) == [
        entry("complete_visit", "in_progress", "completed", visit=v1),
        entry("reopen_visit", "completed", "in_progress", "undo", visit=v1),
        entry("complete_visit", "in_progress", "completed", "redo", visit=v1),
    ]


def test_a_photo_item_with_its_photo_attached_counts_as_answered(desk):
    v1 = desk.v1
    desk.editor.run(SetAnswer(v1, "welcome", "yes"))
    desk.editor.run(SetAnswer(v1, "tone", 5))

    def completion() -> tuple[float, list[str]]:
        visit = service.score(desk.store, AUDIT_ID).visits[0]
        return visit.completion, [m.item_id for m in workflow.missing(desk.store, v1)]

    assert completion() == (40.0, ["greeting", "staff", "wait"])  # 2 of the 5 required
    photo = desk.editor.run(
        AddEvidence(AUDIT_ID, intakes()[0], visit_id=v1, item_id="shots", caption="Counter")
    ).result
    assert completion() == (50.0, ["greeting", "staff", "wait"])  # the photo item is the 6th
    desk.editor.run(DeleteEvidence(photo.id))
    assert completion() == (40.0, ["greeting", "staff", "wait"])
    desk.editor.undo()
    assert completion() == (50.0, ["greeting", "staff", "wait"])
    # Moved to another item, the photo no longer answers the photo item.
    desk.editor.run(EditEvidence(replace(photo, item_id="welcome")))
    assert completion() == (40.0, ["greeting", "staff", "wait"])
    desk.editor.undo()
    for item_id in ("greeting", "staff", "wait"):
        desk.editor.run(SetAnswer(v1, item_id, PASSING[item_id]))
    assert completion() == (100.0, [])
    desk.editor.run(CompleteVisit(v1))
    assert status(desk) == ("in_progress", "completed", "in_progress")


def test_completing_a_completed_visit_or_reopening_an_open_one_is_not_a_step(desk):
    answer_all(desk, desk.v1)
    desk.editor.run(CompleteVisit(desk.v1))
    desk.editor.run(SetAnswer(desk.v1, "tone", 3))  # answers stay editable on a completed visit
    heard: list[Change] = []
    desk.editor.subscribe(heard.append)
    before = (dump(desk.store), stack(desk.editor))
    desk.editor.run(CompleteVisit(desk.v1))
    desk.editor.run(ReopenVisit(desk.v2))
    assert (dump(desk.store), stack(desk.editor), heard) == (*before, [])
    desk.editor.undo()
    desk.editor.undo()
    assert status(desk) == ("in_progress", "in_progress", "in_progress")


def test_the_status_flow_with_its_refusals_undo_and_redo(desk):
    editor = desk.editor
    editor.run(SetStatus(AUDIT_ID, AuditStatus.IN_PROGRESS))
    with pytest.raises(ValidationError, match="Complete every visit first: Visit 1, Visit 2"):
        editor.run(SetStatus(AUDIT_ID, AuditStatus.COMPLETED))
    for visit_id in (desk.v1, desk.v2):
        answer_all(desk, visit_id)
        editor.run(CompleteVisit(visit_id))
    with pytest.raises(ValidationError, match="cannot go from in progress to reviewed"):
        editor.run(SetStatus(AUDIT_ID, AuditStatus.REVIEWED))
    since = len(history(desk))
    for target in (AuditStatus.COMPLETED, AuditStatus.REVIEWED, AuditStatus.DELIVERED):
        editor.run(SetStatus(AUDIT_ID, target))
    assert status(desk)[0] == "delivered"
    with pytest.raises(ValidationError, match="cannot go from delivered to in progress"):
        editor.run(SetStatus(AUDIT_ID, AuditStatus.IN_PROGRESS))
    before = dump(desk.store)
    editor.run(SetStatus(AUDIT_ID, AuditStatus.DELIVERED))  # already there: nothing to record
    assert (dump(desk.store), editor.undo_label()) == (before, "Change status")
    editor.run(ReopenAudit(AUDIT_ID))
    assert status(desk) == ("in_progress", "completed", "completed")
    editor.run(ReopenAudit(AUDIT_ID))  # already in progress: nothing to reopen, no step
    assert editor.undo_label() == "Reopen audit"
    editor.undo()
    assert status(desk)[0] == "delivered"
    editor.undo()
    assert status(desk)[0] == "reviewed"
    editor.redo()
    editor.redo()
    assert status(desk)[0] == "in_progress"
    assert history(desk, since) == [
        entry("status", "in_progress", "completed"),
        entry("status", "completed", "reviewed"),
        entry("status", "reviewed", "delivered"),
        entry("status", "delivered", "in_progress"),
        entry("status", "in_progress", "delivered", "undo"),
        entry("status", "delivered", "reviewed", "undo"),
        entry("status", "reviewed", "delivered", "redo"),
        entry("status", "delivered", "in_progress", "redo"),
    ]


def test_reopening_a_visit_takes_a_completed_audit_back_in_progress(desk):
    for visit_id in (desk.v1, desk.v2):
        answer_all(desk, visit_id)
        desk.editor.run(CompleteVisit(visit_id))
    desk.editor.run(SetStatus(AUDIT_ID, AuditStatus.COMPLETED))
    since = len(history(desk))
    desk.editor.run(ReopenVisit(desk.v1))
    assert status(desk) == ("in_progress", "in_progress", "completed")
    desk.editor.undo()
    assert status(desk) == ("completed", "completed", "completed")
    desk.editor.redo()
    assert status(desk) == ("in_progress", "in_progress", "completed")
    v1 = desk.v1
    assert history(desk, since) == [
        entry("reopen_visit", "completed", "in_progress", visit=v1),
        entry("status", "completed", "in_progress"),
        entry("complete_visit", "in_progress", "completed", "undo", visit=v1),
        entry("status", "in_progress", "completed", "undo"),
        entry("reopen_visit", "completed", "in_progress", "redo", visit=v1),
        entry("status", "completed", "in_progress", "redo"),
    ]


# --- findings and suggestions ----------------------------------------------------------------


def findings(desk: Desk) -> list[tuple[Any, ...]]:
    """Return the audit's findings, every field but the time stamp."""
    return [
        (f.id, f.title, f.severity, f.status, f.visit_id, f.item_id, f.source, f.evidence_ids)
        for f in desk.store.findings.for_audit(AUDIT_ID)
    ]


def test_findings_are_added_edited_and_deleted_with_their_evidence(desk):
    v1 = desk.v1
    photo = desk.editor.run(AddEvidence(AUDIT_ID, intakes()[0], visit_id=v1)).result
    finding = Finding(
        audit_id=AUDIT_ID,
        title="Nobody at the door",
        severity=Severity.MAJOR,
        description="Four minutes.",
        recommendation="A greeter at peak hours.",
        visit_id=v1,
        item_id="welcome",
        evidence_ids=[photo.id],
        id="f1",
    )
    heard: list[Change] = []
    desk.editor.subscribe(heard.append)
    since = len(history(desk))
    desk.editor.run(AddFinding(finding))
    assert desk.store.findings.for_audit(AUDIT_ID) == [finding]
    edited = replace(
        finding, title="Nobody at the door, twice", severity=Severity.CRITICAL, evidence_ids=[]
    )
    desk.editor.run(EditFinding(replace(edited, status=FindingStatus.RESOLVED)))
    assert findings(desk) == [
        ("f1", "Nobody at the door, twice", "critical", "resolved", v1, "welcome", "auditor", [])
    ]
    desk.editor.undo()
    assert desk.store.findings.for_audit(AUDIT_ID) == [finding]
    desk.editor.run(DeleteFinding("f1"))
    assert (findings(desk), desk.editor.can_redo()) == ([], False)
    assert desk.store.evidence.get(photo.id) == photo  # its evidence stays
    desk.editor.undo()
    assert desk.store.findings.for_audit(AUDIT_ID) == [finding]
    desk.editor.redo()
    assert findings(desk) == []
    major = {"title": "Nobody at the door", "severity": "major"}
    critical = {"title": "Nobody at the door, twice", "severity": "critical"}
    place = {"visit": v1, "item": "welcome", "target": "f1"}
    assert history(desk, since) == [
        entry("add_finding", None, major, **place),
        entry("edit_finding", major, critical, **place),
        entry("edit_finding", critical, major, "undo", **place),
        entry("delete_finding", major, None, **place),
        entry("restore_finding", None, major, "undo", **place),
        entry("delete_finding", major, None, "redo", **place),
    ]
    assert [(c.label, c.via, c.aspects) for c in heard] == [
        ("Add finding", "", {FINDINGS}),
        ("Edit finding", "", {FINDINGS}),
        ("Edit finding", "undo", {FINDINGS}),
        ("Delete finding", "", {FINDINGS}),
        ("Delete finding", "undo", {FINDINGS}),
        ("Delete finding", "redo", {FINDINGS}),
    ]


TYPO = CheckFinding(
    "accent",
    Severity.MINOR,
    "Accent written wrong",
    excerpt="perch\u00e8",
    start=10,
    end=16,
    suggestions=("perch\u00e9",),
)
CAPS = CheckFinding(
    "capitalization", Severity.MINOR, "Sentence starts lowercase", excerpt="la", start=30, end=32
)


TITLE = "Errore di accento o apostrofo nel testo controllato: \u00abperch\u00e8\u00bb"


def test_an_accepted_suggestion_is_a_finding_and_its_undo_offers_it_again(desk):
    result = CheckResult("text", "-", [TYPO, CAPS])
    proposed = suggestions.finding_for(
        AUDIT_ID, "text", TYPO, lang="it", visit_id=desk.v1, item_id="remarks"
    )
    since = len(history(desk))
    made = desk.editor.run(AcceptSuggestion(proposed, TYPO.fingerprint())).result
    assert suggestions.pending(desk.store, AUDIT_ID, result) == [CAPS]
    assert desk.store.findings.for_audit(AUDIT_ID) == [proposed] == [made]
    assert (made.source, made.title) == ("check:text", TITLE)
    assert "Trovato nel testo controllato: \u201cperch\u00e8\u201d" in made.description

    desk.editor.undo()
    assert (suggestions.pending(desk.store, AUDIT_ID, result), findings(desk)) == (
        [TYPO, CAPS],
        [],
    )
    desk.editor.redo()
    assert suggestions.pending(desk.store, AUDIT_ID, result) == [CAPS]
    assert desk.store.findings.for_audit(AUDIT_ID) == [proposed]  # the very same finding
    summary = {"title": TITLE, "severity": "minor"}
    place = {"visit": desk.v1, "item": "remarks", "target": proposed.id}
    assert history(desk, since) == [
        entry("accept_suggestion", None, summary, **place),
        entry("unaccept_suggestion", summary, None, "undo", **place),
        entry("accept_suggestion", None, summary, "redo", **place),
    ]


def test_a_dismissed_suggestion_stays_dismissed_until_undone(desk):
    result = CheckResult("text", "-", [TYPO, CAPS])
    heard: list[Change] = []
    desk.editor.subscribe(heard.append)
    desk.editor.run(DismissSuggestion(AUDIT_ID, CAPS))
    assert suggestions.pending(desk.store, AUDIT_ID, result.to_json()) == [TYPO]
    desk.editor.undo()
    assert suggestions.pending(desk.store, AUDIT_ID, result) == [TYPO, CAPS]
    desk.editor.redo()
    assert desk.store.profile.dismissed(AUDIT_ID) == {CAPS.fingerprint()}
    message = "Sentence starts lowercase"
    assert history(desk) == [
        entry("dismiss_suggestion", None, message, target="capitalization"),
        entry("restore_suggestion", None, message, "undo", target="capitalization"),
        entry("dismiss_suggestion", None, message, "redo", target="capitalization"),
    ]
    assert [(c.label, c.via, c.aspects) for c in heard] == [
        ("Dismiss suggestion", "", {SUGGESTIONS}),
        ("Dismiss suggestion", "undo", {SUGGESTIONS}),
        ("Dismiss suggestion", "redo", {SUGGESTIONS}),
    ]


def test_accepting_or_dismissing_a_suggestion_twice_and_undoing_once_keeps_it_dismissed(desk):
    fingerprint = TYPO.fingerprint()
    first = suggestions.finding_for(AUDIT_ID, "text", TYPO, title="first")
    second = suggestions.finding_for(AUDIT_ID, "text", TYPO, title="second")
    desk.editor.run(AcceptSuggestion(first, fingerprint))
    desk.editor.run(AcceptSuggestion(second, fingerprint))  # from a list shown before the first
    desk.editor.undo()
    assert (desk.store.profile.dismissed(AUDIT_ID), [f[1] for f in findings(desk)]) == (
        {fingerprint},
        ["first"],
    )
    desk.editor.run(DismissSuggestion(AUDIT_ID, TYPO))  # already dismissed: nothing to undo
    assert desk.editor.undo_label() == "Accept suggestion"
    desk.editor.undo()
    assert (desk.store.profile.dismissed(AUDIT_ID), findings(desk)) == (set(), [])


# --- evidence ----------------------------------------------------------------------------------


def test_evidence_is_added_captioned_blurred_moved_and_deleted(desk):
    v1 = desk.v1
    finding = desk.editor.run(AddFinding(Finding(audit_id=AUDIT_ID, title="Dusty", id="f1"))).result
    counter = intakes()[0]
    heard: list[Change] = []
    desk.editor.subscribe(heard.append)
    since = len(history(desk))
    photo = desk.editor.run(
        AddEvidence(
            AUDIT_ID,
            counter,
            visit_id=v1,
            item_id="shots",
            caption="Counter",
            filename="counter.jpg",
            finding_id="f1",
            evidence_id="e1",
        )
    ).result
    assert desk.store.evidence.for_audit(AUDIT_ID) == [photo]
    assert (photo.sha256, photo.width, photo.height) == (
        hashlib.sha256(counter.data).hexdigest(),
        48,
        32,
    )
    assert desk.store.evidence.original("e1") == counter.data
    assert desk.store.findings.get("f1").evidence_ids == ["e1"]

    captioned = replace(photo, caption="Counter at 10:42")
    desk.editor.run(EditEvidence(captioned))
    blurred = replace(captioned, redactions=[(4, 2, 10, 8)])
    desk.editor.run(EditEvidence(blurred))
    moved = replace(blurred, item_id="welcome")
    desk.editor.run(EditEvidence(moved))
    assert desk.store.evidence.get("e1") == moved
    desk.editor.undo()
    assert desk.store.evidence.get("e1") == blurred
    desk.editor.undo()
    assert desk.store.evidence.get("e1") == captioned
    desk.editor.redo()
    assert desk.store.evidence.get("e1") == blurred

    desk.editor.run(DeleteEvidence("e1"))
    assert (desk.store.evidence.for_audit(AUDIT_ID), desk.store.findings.get("f1")) == (
        [],
        finding,
    )
    with pytest.raises(NotFoundError):
        desk.store.evidence.original("e1")
    desk.editor.undo()
    assert desk.store.evidence.get("e1") == blurred
    assert desk.store.evidence.original("e1") == counter.data
    assert desk.store.findings.get("f1").evidence_ids == ["e1"]
    desk.editor.undo()
    desk.editor.undo()
    desk.editor.undo()
    assert (desk.store.evidence.for_audit(AUDIT_ID), desk.store.findings.get("f1")) == (
        [],
        finding,
    )
    desk.editor.redo()
    assert desk.store.evidence.get("e1").caption == "Counter"
    assert desk.store.findings.get("f1").evidence_ids == ["e1"]

    summary = {"caption": "Counter", "file": "counter.jpg", "regions": 0}
    captioned_summary = {**summary, "caption": "Counter at 10:42"}
    blurred_summary = {**captioned_summary, "regions": 1}
    on_shots = {"visit": v1, "item": "shots", "target": "e1"}
    on_welcome = {"visit": v1, "item": "welcome", "target": "e1"}
    assert history(desk, since) == [
        entry("add_evidence", None, summary, **on_shots),
        entry("edit_evidence", summary, captioned_summary, **on_shots),
        entry("blur_evidence", captioned_summary, blurred_summary, **on_shots),
        entry("edit_evidence", blurred_summary, blurred_summary, **on_welcome),
        entry("edit_evidence", blurred_summary, blurred_summary, "undo", **on_shots),
        entry("blur_evidence", blurred_summary, captioned_summary, "undo", **on_shots),
        entry("blur_evidence", captioned_summary, blurred_summary, "redo", **on_shots),
        entry("delete_evidence", blurred_summary, None, **on_shots),
        entry("restore_evidence", None, blurred_summary, "undo", **on_shots),
        entry("blur_evidence", blurred_summary, captioned_summary, "undo", **on_shots),
        entry("edit_evidence", captioned_summary, summary, "undo", **on_shots),
        entry("delete_evidence", summary, None, "undo", **on_shots),
        entry("restore_evidence", None, summary, "redo", **on_shots),  # redo puts back undo's take
    ]
    on_item = {(v1, "shots")}
    both = {(v1, "shots"), (v1, "welcome")}
    assert heard[:4] == [
        change("Add evidence", {EVIDENCE, ANSWERS}, {v1}, on_item),
        change("Edit evidence", {EVIDENCE, ANSWERS}, {v1}, on_item),
        change("Edit evidence", {EVIDENCE, ANSWERS}, {v1}, on_item),
        change("Edit evidence", {EVIDENCE, ANSWERS}, {v1}, both),
    ]


# --- the workspace: clients, profile, words --------------------------------------------------


def test_clients_are_added_and_edited_with_undo_and_redo(desk):
    heard: list[Change] = []
    desk.editor.subscribe(heard.append)
    names = lambda: [(c.name, c.brands, c.report_language) for c in desk.store.clients.all()]  # noqa: E731
    client = Client(name="Albergo Aurora", brands=["Aurora"], report_language="en", id="c2")
    desk.editor.run(AddClient(client))
    assert desk.store.clients.get("c2") == client
    desk.editor.run(EditClient(replace(client, name="Hotel Aurora", brands=["Aurora", "Spa"])))
    assert names() == [
        ("Hotel Aurora", ["Aurora", "Spa"], "en"),
        ("Ottica Bellavista", ["Bellavista"], "it"),
    ]
    desk.editor.undo()
    assert desk.store.clients.get("c2") == client
    desk.editor.undo()
    assert names() == [("Ottica Bellavista", ["Bellavista"], "it")]
    desk.editor.redo()
    desk.editor.redo()
    assert names()[0] == ("Hotel Aurora", ["Aurora", "Spa"], "en")
    assert [(c.label, c.via, c.aspects, c.audits) for c in heard] == [
        ("New client", "", {CLIENTS}, frozenset()),
        ("Edit client", "", {CLIENTS}, frozenset()),
        ("Edit client", "undo", {CLIENTS}, frozenset()),
        ("New client", "undo", {CLIENTS}, frozenset()),
        ("New client", "redo", {CLIENTS}, frozenset()),
        ("Edit client", "redo", {CLIENTS}, frozenset()),
    ]
    assert history(desk) == []  # no audit changed


def test_the_profile_is_updated_with_undo_and_the_user_names_who_acts(store, desk):
    from auditor.userprofile import UserProfile, save_user_profile

    editor = Editor(store, lang="it")  # no actor given: the user's profile, this computer
    assert editor.actor == login_name()  # nobody named yet: the login names who acts
    save_user_profile(UserProfile("Marta Rossi", "Gufo"))  # Preferences: the user's own name
    logo = intakes()[1].data
    editor.run(UpdateProfile({"agency_name": "Occhio", "agency_logo": logo}))
    assert (store.profile.get()["agency_name"], store.profile.logo()) == ("Occhio", logo)
    editor.run(SetAnswer(desk.v1, "tone", 4))
    assert store.history.for_audit(AUDIT_ID)[0].actor == "Marta Rossi"
    assert store.history.for_audit(AUDIT_ID)[0].device == this_device()
    editor.undo()
    editor.undo()
    assert (store.profile.get()["agency_name"], store.profile.logo()) == (None, None)
    editor.redo()
    assert (store.profile.get()["agency_name"], store.profile.logo()) == ("Occhio", logo)
    assert {e.actor for e in store.history.for_audit(AUDIT_ID)} == {"Marta Rossi"}
    assert store.profile.get()["auditor_name"] is None  # never the workspace's


def test_an_older_workspace_s_auditor_becomes_the_user_s(store, desk):
    from auditor.userprofile import UserProfile, user_profile

    Editor(store, actor="setup").run(UpdateProfile({"auditor_name": "Anna Neri"}))
    editor = Editor(store)
    editor.run(SetAnswer(desk.v1, "tone", 4))
    assert store.history.for_audit(AUDIT_ID)[-1].actor == "Anna Neri"
    assert user_profile() == UserProfile("Anna Neri", "")


def test_an_accepted_word_is_forgotten_on_undo_but_a_known_word_never(desk):
    heard: list[Change] = []
    desk.editor.subscribe(heard.append)
    desk.editor.run(AcceptWord(" Bellavista "))
    assert desk.store.profile.accepted_words() == ["Bellavista"]
    desk.editor.run(AcceptWord("Bellavista"))  # already known: no step
    desk.editor.undo()
    assert (desk.store.profile.accepted_words(), desk.editor.can_undo()) == ([], False)
    desk.editor.redo()
    assert desk.store.profile.accepted_words() == ["Bellavista"]
    assert [(c.label, c.via, c.aspects) for c in heard] == [
        ("Add to dictionary", "", {WORDS}),
        ("Add to dictionary", "undo", {WORDS}),
        ("Add to dictionary", "redo", {WORDS}),
    ]


def test_the_history_only_grows(desk):
    counts = []
    editor = desk.editor
    answer_all(desk, desk.v1)
    counts.append(len(history(desk)))
    for _ in range(3):
        editor.undo()
        counts.append(len(history(desk)))
    editor.redo()
    counts.append(len(history(desk)))
    assert counts == [6, 7, 8, 9, 10]
    assert all(e[7:] == ("Marta", "laptop-1") for e in history(desk))
    assert {e[6] for e in history(desk)} == {"", "undo", "redo"}
