"""The call stopwatch: clicks with a controlled clock, a log kept with the visit, answers filled."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.conftest import visit_id_of
from ui.checks.pane import ChecksPane
from ui.widgets import messages


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    """Return a hand-driven clock."""
    return Clock()


@pytest.fixture
def call_pane(qtbot, ctx, audit_id, position, clock) -> ChecksPane:
    """Return the Checks pane with the stopwatch on the hand-driven clock."""
    widget = ChecksPane(ctx, position.changed, clock=clock)
    qtbot.addWidget(widget)
    widget.set_audit(audit_id)
    widget.show_panel(3)
    return widget


def drive(pane: ChecksPane, clock: Clock, steps: list[tuple[float, str]]) -> None:
    """Click the stopwatch's buttons at the given seconds after the start."""
    start = clock.now
    for at, kind in steps:
        clock.now = start + at
        assert pane.call.buttons[kind].isEnabled(), kind
        pane.call.buttons[kind].click()


CALL = [
    (0, "dial"),
    (12.4, "answered"),
    (30, "hold"),
    (75, "resume"),
    (90, "hold"),
    (100, "resume"),
    (130, "end"),
]


def test_stopwatch_fills_the_checklist(call_pane, store, audit_id, clock, monkeypatch):
    visit_id = visit_id_of(store, audit_id)
    drive(call_pane, clock, CALL)
    call = call_pane.call
    assert call.elapsed.text() == "2:10.0"
    assert [call.events.item(n).text().split()[-1] for n in range(call.events.count())] == [
        "Dial",
        "Answered",
        "Hold",
        "Resume",
        "Hold",
        "Resume",
        "End",
    ]
    assert not call.buttons["dial"].isEnabled() and call.fill_button.isEnabled()

    shown: list[str] = []
    monkeypatch.setattr(messages, "confirm", lambda _p, _t, text: shown.append(text) or True)
    call.fill_button.click()
    # the mini checklist's "wait" item names call.time_to_answer
    assert shown == ["Fill these answers from the call?\n\n\u2022 Seconds before answer: 12.4 s"]
    assert {k: a.value for k, a in store.answers.for_visit(visit_id).items()} == {"wait": 12.4}

    call_pane.ctx.editor.undo()
    assert store.answers.for_visit(visit_id) == {}


def test_declined_confirmation_stores_nothing(call_pane, store, audit_id, clock, monkeypatch):
    drive(call_pane, clock, CALL)
    monkeypatch.setattr(messages, "confirm", lambda *_a: False)
    call_pane.call.fill_button.click()
    assert store.answers.for_visit(visit_id_of(store, audit_id)) == {}


def test_call_log_survives_a_restart(qtbot, ctx, call_pane, store, audit_id, clock, position):
    drive(call_pane, clock, CALL[:3])
    visit_id = visit_id_of(store, audit_id)
    kept = store.calls.events(visit_id)  # the log's own table, not the visit's channel
    assert [e.kind for e in kept] == ["dial", "answered", "hold"]
    assert store.audits.visit(visit_id).channel == {}

    again = ChecksPane(ctx, position.changed, clock=clock)  # a new window on the same workspace
    qtbot.addWidget(again)
    again.set_audit(audit_id)
    assert again.call.events.count() == 3
    assert {k for k, b in again.call.buttons.items() if b.isEnabled()} == {
        "resume",
        "transfer",
        "end",
    }
    clock.now += 10
    again.call.buttons["resume"].click()
    assert [e.kind for e in store.calls.events(visit_id)] == ["dial", "answered", "hold", "resume"]
    ctx.editor.undo()  # the whole call is one undo step
    assert store.calls.events(visit_id) == []


def test_keyboard_drives_the_stopwatch(call_pane, qtbot, clock):
    call_pane.show()
    with qtbot.waitActive(call_pane):  # shortcuts only reach an active window
        call_pane.activateWindow()
    call_pane.call.events.setFocus()
    qtbot.keyClick(call_pane.call.events, Qt.Key.Key_D)
    clock.now += 5
    qtbot.keyClick(call_pane.call.events, Qt.Key.Key_A)
    assert call_pane.call.recording.last == "answered"


def test_the_pane_speaks_italian(qtbot, store, audit_id):
    from tests.ui.conftest import make_ctx

    widget = ChecksPane(make_ctx(store, "it"))
    qtbot.addWidget(widget)
    widget.set_audit(audit_id)
    assert [widget.nav.item(n).text() for n in range(4)] == [
        "Risposta scritta",
        "Foto",
        "Sito web",
        "Telefonata",
    ]
    assert widget.call.buttons["dial"].text() == "Componi  D"


def test_the_phone_checklist_gets_every_timing(qtbot, ctx, store, clock, monkeypatch):
    from tests.ui.conftest import audit_with_builtin, visit_id_of

    audit_id = audit_with_builtin(store, "phone.toml", "Reception")
    pane = ChecksPane(ctx, clock=clock)
    qtbot.addWidget(pane)
    pane.set_audit(audit_id)
    drive(pane, clock, CALL)
    assert "Rings: 3" in pane.call.summary.text()
    monkeypatch.setattr(messages, "confirm", lambda *_a: True)
    pane.call.fill_button.click()
    assert {
        k: a.value for k, a in store.answers.for_visit(visit_id_of(store, audit_id)).items()
    } == {
        "time_to_answer": 12.4,
        "rings": 3.0,
        "longest_hold": 45.0,
        "call_duration": 130.0,
    }
    assert store.audits.get(audit_id).status == "in_progress"  # the first answers start the audit
