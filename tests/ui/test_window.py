"""The whole window: routing, status flow, read-only audits, and coming back to the same item."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel

from auditor.commands import SetAnswer
from auditor.model import AuditStatus, VisitStatus
from auditor.storage import Store
from tests.ui.conftest import make_ctx, visit_id_of
from ui import app as app_module
from ui.dialogs.finding import FindingDialog
from ui.dialogs.new_audit import NewAuditDialog
from ui.mainwindow.window import MainWindow
from ui.settings import UiSettings
from ui.widgets import messages


def make_window(qtbot, ctx, settings) -> MainWindow:
    window = MainWindow(ctx, settings)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    return window


def test_an_empty_workspace_offers_a_new_audit_and_the_demo(
    qtbot, ctx, store, settings, monkeypatch
):
    window = make_window(qtbot, ctx, settings)
    assert window.pages.currentWidget() is window.welcome
    text = window.welcome.findChildren(QLabel)[1]  # the sentence under the title, whole
    assert text.text().startswith("Your workspace has no audits yet.")
    assert text.height() >= text.heightForWidth(text.width()) > text.fontMetrics().height() * 2

    def fill(self):
        qtbot.keyClicks(self.title, "Spring check")
        self.accept()  # refused: no client yet
        assert self.error.text() == "Choose a client, or create one with New client."
        return 0

    monkeypatch.setattr(NewAuditDialog, "exec", fill)
    qtbot.mouseClick(window.welcome.new_button, Qt.MouseButton.LeftButton)
    assert store.audits.all() == []
    qtbot.mouseClick(window.welcome.demo_button, Qt.MouseButton.LeftButton)
    [audit] = store.audits.all()
    assert audit.title == "Percorso di prenotazione – autunno 2026"
    assert window.pages.currentWidget() is window.audit_view
    assert window.audit_view.audit_id == audit.id
    assert window.audit_view.header.title.text() == audit.title


def test_new_audit_from_the_menu_opens_it(qtbot, ctx, store, settings, audit_id, monkeypatch):
    window = make_window(qtbot, ctx, settings)
    assert window.pages.currentWidget() is window.audits

    def fill(self):
        qtbot.keyClicks(self.title, "Second round")
        self.touchpoints.item(0).setCheckState(Qt.CheckState.Checked)
        self.accept()
        return self.result()

    monkeypatch.setattr(NewAuditDialog, "exec", fill)
    window.actions["new_audit"].trigger()
    created = [a for a in store.audits.all() if a.title == "Second round"]
    assert len(created) == 1 and window.audit_view.audit_id == created[0].id
    assert window.audits.model.rowCount() == 2
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.audits


def test_f_in_the_runner_creates_a_finding_about_the_item(
    qtbot, ctx, store, settings, audit_id, monkeypatch
):
    window = make_window(qtbot, ctx, settings)
    window.open_audit(audit_id)
    runner = window.audit_view.runner
    runner.go_to(1)
    runner.item_view.setFocus()

    def fill(self):
        self.title.setText("Flat, bored tone")
        self.accept()
        return self.result()

    monkeypatch.setattr(FindingDialog, "exec", fill)
    qtbot.keyClick(runner.item_view, Qt.Key.Key_F)
    [finding] = store.findings.for_audit(audit_id)
    assert (finding.title, finding.visit_id, finding.item_id) == (
        "Flat, bored tone",
        visit_id_of(store, audit_id),
        "tone",
    )
    pane = window.audit_view.findings
    assert pane.list.count() == 1
    pane.list.setCurrentRow(0)
    qtbot.mouseClick(pane.delete_button, Qt.MouseButton.LeftButton)
    assert store.findings.for_audit(audit_id) == []
    window.actions["undo"].trigger()
    assert [f.title for f in store.findings.for_audit(audit_id)] == ["Flat, bored tone"]
    assert pane.list.count() == 1


def test_ctrl_z_in_the_window_undoes_the_last_answer(qtbot, ctx, store, settings, audit_id):
    window = make_window(qtbot, ctx, settings)
    window.open_audit(audit_id)
    runner = window.audit_view.runner
    visit_id = visit_id_of(store, audit_id)
    runner.item_view.setFocus()
    qtbot.keyClick(runner.item_view, Qt.Key.Key_Y)
    qtbot.keyClick(runner.item_view, Qt.Key.Key_Return)
    qtbot.keyClick(runner.item_view, Qt.Key.Key_5)
    undo = window.actions["undo"]
    assert undo.isEnabled() and undo.text() == "&Undo Answer"  # the menu names what it reverts
    qtbot.keyClick(runner.item_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert {k: a.value for k, a in store.answers.for_visit(visit_id).items()} == {"answered": "yes"}
    assert runner.index == 1  # undo shows where it happened


def test_status_flow_refuses_then_completes_reviews_delivers_and_reopens(
    qtbot, ctx, store, settings, audit_id, monkeypatch
):
    shown = []
    monkeypatch.setattr(messages, "error", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(messages, "confirm", lambda parent, title, text: True)
    window = make_window(qtbot, ctx, settings)
    window.open_audit(audit_id)
    view = window.audit_view
    assert view.header.next_button.text() == "Start audit"
    qtbot.mouseClick(view.header.next_button, Qt.MouseButton.LeftButton)
    assert store.audits.get(audit_id).status == AuditStatus.IN_PROGRESS
    qtbot.mouseClick(view.header.next_button, Qt.MouseButton.LeftButton)
    assert shown == ["Complete every visit first: Call to reception"]
    assert store.audits.get(audit_id).status == AuditStatus.IN_PROGRESS

    visit_id = visit_id_of(store, audit_id)
    for item_id, value in (("answered", "yes"), ("tone", 4), ("greeting", "full"), ("wait", 8.0)):
        ctx.run(SetAnswer(visit_id, item_id, value))
    qtbot.mouseClick(view.runner.header.complete_button, Qt.MouseButton.LeftButton)
    assert store.audits.visit(visit_id).status == VisitStatus.COMPLETED
    for expected in (AuditStatus.COMPLETED, AuditStatus.REVIEWED, AuditStatus.DELIVERED):
        qtbot.mouseClick(view.header.next_button, Qt.MouseButton.LeftButton)
        assert store.audits.get(audit_id).status == expected
    assert view.banner.isVisible() and not view.header.next_button.isVisible()
    assert not view.runner.item_view.answer_widget.isEnabled()
    assert not view.findings.new_button.isEnabled()
    assert view.runner.item_view.note.isReadOnly()
    qtbot.mouseClick(view.banner_reopen, Qt.MouseButton.LeftButton)
    assert store.audits.get(audit_id).status == AuditStatus.IN_PROGRESS
    assert not view.banner.isVisible()
    assert len(shown) == 1


def test_close_and_reopen_returns_to_the_same_audit_and_item_with_the_note(
    qtbot, store, settings, audit_id, tmp_path
):
    ctx = make_ctx(store)
    window = make_window(qtbot, ctx, settings)
    window.open_audit(audit_id)
    runner = window.audit_view.runner
    runner.go_to(2)
    runner.item_view.note.setFocus()
    qtbot.keyClicks(runner.item_view.note, "Said only 'hello'")
    window.close()  # no pause: closing must save the note
    visit_id = visit_id_of(store, audit_id)
    assert store.answers.get(visit_id, "greeting").note == "Said only 'hello'"

    path = store.path
    store.close()
    reopened = Store.open(path)
    try:
        again = make_window(qtbot, make_ctx(reopened), settings)
        assert again.pages.currentWidget() is again.audit_view
        assert again.audit_view.audit_id == audit_id
        assert again.audit_view.runner.index == 2
        assert again.audit_view.runner.item_view.note.toPlainText() == "Said only 'hello'"
        again.close()
    finally:
        reopened.close()
        Store.open(path).close()  # the fixture closes `store` again: harmless


def test_run_shows_a_clear_message_for_a_damaged_workspace(tmp_path, monkeypatch, qapp):
    shown = []
    monkeypatch.setattr(messages, "error", lambda parent, title, text: shown.append((title, text)))
    bad = tmp_path / "broken.auditdesk"
    bad.write_bytes(b"this is not a database at all" * 100)
    assert app_module.run(bad) == 2
    assert shown[0][0] == "Cannot open the workspace"
    assert str(bad) in shown[0][1]
    assert QApplication.instance() is qapp


def test_a_damaged_workspace_is_refused_in_the_windows_language(tmp_path, monkeypatch, qapp):
    # The window speaks the last run's language before any workspace is open: so does the refusal.
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings")
    )
    settings = UiSettings()
    settings.interface_language = "it"
    settings.sync()
    shown = []
    monkeypatch.setattr(messages, "error", lambda parent, title, text: shown.append((title, text)))
    bad = tmp_path / "rotto.auditdesk"
    bad.write_bytes(b"this is not a database at all" * 100)
    assert app_module.run(bad) == 2
    title, text = shown[0]
    assert title == "Impossibile aprire l'archivio"
    assert text.startswith(f"{bad} è danneggiato o non è un archivio (")


def test_run_opens_the_window_on_a_workspace_and_remembers_it(
    tmp_path, monkeypatch, qapp, audit_id, store
):
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings")
    )
    path = store.path
    seen = []

    def look_and_close():
        windows = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        ]
        if not windows or windows[0].ctx is None:  # shown first, the workspace opens right after
            QTimer.singleShot(10, look_and_close)
            return
        seen.extend(w.audits.model.rowCount() for w in windows)
        for window in windows:
            window.close()

    QTimer.singleShot(0, look_and_close)
    assert app_module.run(path) == 0
    assert seen == [1]
    assert list((tmp_path / "settings").rglob("*.ini")) != []


def test_edit_menu_undoes_and_redoes_with_the_keyboard(qtbot, ctx, store, settings, audit_id):
    window = make_window(qtbot, ctx, settings)
    window.open_audit(audit_id)
    runner = window.audit_view.runner
    runner.go_to(0)
    runner.item_view.setFocus()
    visit_id = visit_id_of(store, audit_id)
    undo, redo = window.actions["undo"], window.actions["redo"]
    assert (undo.isEnabled(), redo.isEnabled()) == (False, False)
    qtbot.keyClick(runner.item_view, Qt.Key.Key_N)
    assert (undo.text(), undo.isEnabled(), redo.isEnabled()) == ("&Undo Answer", True, False)
    qtbot.keyClick(runner.item_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert store.answers.get(visit_id, "answered") is None
    assert (redo.text(), redo.isEnabled()) == ("&Redo Answer", True)
    qtbot.keyClick(
        runner.item_view,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert store.answers.get(visit_id, "answered").value == "no"
    qtbot.keyClick(runner.item_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(runner.item_view, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert store.answers.get(visit_id, "answered").value == "no"
    assert [e.via for e in store.history.for_audit(audit_id) if e.item_id] == [
        "",
        "undo",
        "redo",
        "undo",
        "redo",
    ]
