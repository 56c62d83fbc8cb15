"""Keyboard first, for real (issue 16): typing lands in text boxes, keys act where they should."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from auditor.checklists import parse_template
from auditor.model import Audit, Client, Visit
from tests.ui.conftest import visit_id_of
from tests.ui.test_runner import open_runner, values
from ui.checks.pane import ChecksPane
from ui.mainwindow.window import MainWindow
from ui.widgets import messages

# A critical yes/no item and then a free-text one: the shape of the checklist in the issue.
TYPED_TEMPLATE = """
schema = 1
id = "typed"
version = "1.0.0"
touchpoint = "phone"
title = { it = "Telefonata", en = "Call" }
description = { it = "Per i test", en = "For the tests" }

[[sections]]
id = "main"
title = { it = "Principale", en = "Main" }

[[items]]
id = "answered"
section = "main"
type = "yes_no"
question = { it = "Ha risposto qualcuno?", en = "Did anyone answer?" }
guidance = { it = "Entro tre tentativi.", en = "Within three attempts." }
weight = 3
critical = true
dimension = "functional"
phase = "activation"

[[items]]
id = "remarks"
section = "main"
type = "text"
question = { it = "Osservazioni", en = "Remarks" }
guidance = { it = "Libere.", en = "Free text." }
dimension = "functional"
phase = "loyalty"
"""


def typed_audit(store) -> str:
    template = parse_template(TYPED_TEMPLATE, "typed.toml")
    client = store.clients.add(Client(name="Hotel"))
    audit = Audit(client_id=client.id, title="Typed")
    visit = Visit(
        audit_id=audit.id,
        kind=template.touchpoint,
        template_id=template.id,
        template_version=template.version,
        title="Call",
    )
    store.audits.create(audit, [(visit, template)])
    return audit.id


def test_words_typed_right_after_enter_go_into_the_text_box(qtbot, ctx, store):
    audit_id = typed_audit(store)
    visit_id = visit_id_of(store, audit_id)
    runner = open_runner(qtbot, ctx, audit_id)
    qtbot.keyClick(runner.item_view, Qt.Key.Key_Y)
    qtbot.keyClick(runner.item_view, Qt.Key.Key_Return)  # onto the text item
    # Typed at once, to the widget that had the focus when Enter was pressed.
    qtbot.keyClicks(runner.item_view, "Nobody answered at all, a recorded voice.")
    editor = runner.item_view.answer_widget.editor
    assert editor.toPlainText() == "Nobody answered at all, a recorded voice."
    assert editor.hasFocus()
    runner.flush()
    assert values(store, visit_id) == {
        "answered": "yes",
        "remarks": "Nobody answered at all, a recorded voice.",
    }
    assert [e.item_id for e in store.history.for_audit(audit_id)].count("answered") == 1


def test_a_text_item_reached_with_enter_has_the_focus_in_its_box(qtbot, ctx, store, audit_id):
    runner = open_runner(qtbot, ctx, audit_id)
    runner.go_to(3)
    qtbot.keyClick(runner.item_view, Qt.Key.Key_A)
    qtbot.keyClick(runner.item_view, Qt.Key.Key_Return)
    assert runner.index == 4
    assert QApplication.focusWidget() is runner.item_view.answer_widget.editor
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # back to the answer keys
    assert QApplication.focusWidget() is runner.item_view


def test_answer_keys_with_the_focus_in_the_item_list_answer_nothing(qtbot, ctx, store, audit_id):
    runner = open_runner(qtbot, ctx, audit_id)
    visit_id = visit_id_of(store, audit_id)
    said: list[str] = []
    ctx.events.message_requested.connect(said.append)
    runner.item_list.setFocus()
    for key in (Qt.Key.Key_N, Qt.Key.Key_A, Qt.Key.Key_Y):
        qtbot.keyClick(runner.item_list, key)
    assert values(store, visit_id) == {}
    assert said[-1] == "Answer keys act on the item shown: click it or press Esc first."
    qtbot.keyClick(runner.item_list, Qt.Key.Key_Escape)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N)
    assert values(store, visit_id) == {"answered": "no"}


def test_the_metrics_page_is_answered_from_the_keyboard(qtbot, ctx, store, audit_id, monkeypatch):
    runner = open_runner(qtbot, ctx, audit_id)
    visit_id = visit_id_of(store, audit_id)
    runner.go_to(5)  # the metrics page, after the five items
    page = runner.metrics_page
    assert page.hasFocus()
    qtbot.keyClicks(page, "10")  # NPS: one then zero is ten
    qtbot.keyClick(page, Qt.Key.Key_Return)  # on to CSAT
    qtbot.keyClick(page, Qt.Key.Key_4)
    qtbot.keyClick(page, Qt.Key.Key_Down)  # on to CES
    qtbot.keyClick(page, Qt.Key.Key_7)
    qtbot.keyClick(page, Qt.Key.Key_Left)  # one less
    visit = store.audits.visit(visit_id)
    assert (visit.nps, visit.csat, visit.ces) == (10, 4, 6)
    assert page.buttons["ces"][6].isChecked()
    assert values(store, visit_id) == {}  # no item changed on the way
    asked: list[str] = []
    monkeypatch.setattr(runner, "complete_visit", lambda: asked.append("complete"))
    runner.metrics_page.done_requested.disconnect()
    runner.metrics_page.done_requested.connect(runner.complete_visit)
    qtbot.keyClick(page, Qt.Key.Key_Return)  # Enter on the last row goes on: complete the visit
    assert asked == ["complete"]
    qtbot.keyClick(page, Qt.Key.Key_Up)
    qtbot.keyClick(page, Qt.Key.Key_Up)
    qtbot.keyClick(page, Qt.Key.Key_Up)  # past the first row: back to the last item
    assert runner.index == 4


def make_window(qtbot, ctx, settings) -> MainWindow:
    window = MainWindow(ctx, settings)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    return window


def checks_pane(window: MainWindow) -> ChecksPane:
    return next(p for p in window.audit_view.panes if isinstance(p, ChecksPane))


def test_the_call_stopwatch_runs_from_the_runner_of_a_phone_visit(
    qtbot, ctx, store, settings, audit_id
):
    window = make_window(qtbot, ctx, settings)
    window.open_audit(audit_id)
    runner = window.audit_view.runner
    runner.item_view.setFocus()  # the checklist, not the stopwatch's panel
    control_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(runner.item_view, Qt.Key.Key_D, control_shift)
    qtbot.keyClick(runner.item_view, Qt.Key.Key_A, control_shift)
    call = checks_pane(window).call
    assert [kind for kind, _at in call.recording.events] == ["dial", "answered"]
    assert values(store, visit_id_of(store, audit_id)) == {}  # no item answered by the way
    runner.item_view.note.setFocus()  # typing a note while the call goes on
    qtbot.keyClick(runner.item_view.note, Qt.Key.Key_H, control_shift)
    assert call.recording.last == "hold"
    assert runner.item_view.note.toPlainText() == ""


def test_the_runners_stopwatch_key_works_from_the_item_list(qtbot, ctx, store, audit_id):
    runner = open_runner(qtbot, ctx, audit_id)
    runner.go_to(3)
    runner.item_list.setFocus()
    qtbot.keyClick(runner.item_list, Qt.Key.Key_T)
    assert runner.item_view.answer_widget.stopwatch.running
    runner.item_view.answer_widget.stopwatch.reset()


def test_filling_the_checklist_from_the_call_is_the_default_answer(qtbot, ctx, store, audit_id):
    pane = ChecksPane(ctx)
    qtbot.addWidget(pane)
    pane.set_audit(audit_id)
    for kind in ("dial", "answered", "end"):
        pane.call.record(kind)
    seen: list[str] = []

    def press_enter() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.defaultButton().text())
        qtbot.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(0, press_enter)
    pane.call.use_for_checklist()
    assert seen == ["&Yes"]
    assert list(values(store, visit_id_of(store, audit_id))) == ["wait"]


def test_the_report_language_is_chosen_in_the_save_dialog(
    qtbot, ctx, store, settings, audit_id, tmp_path, monkeypatch
):
    monkeypatch.setattr(messages, "confirm", lambda *_a: False)  # no PDF viewer in the test
    pdf = tmp_path / "report.pdf"
    offered: list[tuple[str, str]] = []

    def save_as(_parent, _title, _name, types, chosen):
        offered.append((types, chosen))
        return str(pdf), "PDF report in English (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    window = make_window(qtbot, ctx, settings)
    window.open_audit(audit_id)
    window.actions["report"].trigger()
    # Offered both, the client's (Italian by default) preselected; the auditor picked English.
    assert offered == [
        (
            "PDF report in Italian (*.pdf);;PDF report in English (*.pdf)",
            "PDF report in Italian (*.pdf)",
        )
    ]
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Methodology" in text and "Metodologia" not in text


def test_the_audits_tabs_are_reached_from_the_keyboard(qtbot, ctx, store, settings, audit_id):
    # Ctrl+PgDown and Ctrl+PgUp, the tab keys of browsers and of Qt's own tab widget, were
    # taken by the lists inside the panes: from the findings they never reached the tabs
    from tests.ui.test_window import make_window

    window = make_window(qtbot, ctx, settings)
    window.open_audit(audit_id)
    view = window.audit_view
    runner = view.runner
    runner.item_view.setFocus()
    qtbot.waitUntil(runner.item_view.hasFocus)
    titles = [view.tabs.tabText(i) for i in range(view.tabs.count())]
    assert titles[:3] == ["Checklist", "Findings", "Evidence"]
    qtbot.keyClick(runner.item_view, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert view.tabs.currentWidget() is view.findings
    assert view.findings.isAncestorOf(QApplication.focusWidget())
    qtbot.keyClick(
        QApplication.focusWidget(), Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier
    )
    assert view.tabs.currentWidget() is view.evidence
    # back, and round the first tab to the last: the checks
    qtbot.keyClick(
        QApplication.focusWidget(),
        Qt.Key.Key_Backtab,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert view.tabs.currentWidget() is view.findings
    qtbot.keyClick(
        QApplication.focusWidget(), Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier
    )
    qtbot.keyClick(
        QApplication.focusWidget(), Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier
    )
    assert isinstance(view.tabs.currentWidget(), ChecksPane)
    assert view.tabs.currentWidget().isAncestorOf(QApplication.focusWidget())
