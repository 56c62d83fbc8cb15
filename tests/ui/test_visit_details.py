"""A visit's details in the window: start and end, place, contact, staff met, by keyboard too."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import visit_id_of
from ui.dialogs.visit_details import VisitDetailsDialog
from ui.runner.pane import RunnerPane


def test_the_runner_opens_the_details_and_saves_them_in_one_undo_step(
    qtbot, ctx, store, audit_id, monkeypatch
):
    runner = RunnerPane(ctx)
    qtbot.addWidget(runner)
    runner.set_audit(audit_id)
    opened: list[VisitDetailsDialog] = []
    monkeypatch.setattr(VisitDetailsDialog, "exec", lambda self: opened.append(self) or 0)
    qtbot.mouseClick(runner.header.details_button, Qt.MouseButton.LeftButton)
    dialog = opened[0]
    qtbot.addWidget(dialog)
    dialog.show()  # exec() is replaced: shown without blocking the test
    assert dialog.title.text() == "Call to reception"
    assert not dialog.started.known.isChecked() and not dialog.started.edit.isEnabled()
    qtbot.mouseClick(dialog.started.known, Qt.MouseButton.LeftButton)
    dialog.started.edit.setDateTime(QDateTime(datetime(2025, 2, 3, 10, 0)))
    dialog.ended.known.setChecked(True)
    dialog.ended.edit.setDateTime(QDateTime(datetime(2025, 2, 3, 9, 0)))
    dialog.contact.setFocus()
    qtbot.keyClicks(dialog.contact, "+39 045 620 1234")
    qtbot.keyClicks(dialog.staff, "Giulia")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.error.isHidden()
    assert "ends (2025-02-03 09:00) before it starts (2025-02-03 10:00)" in dialog.error.text()
    assert store.audits.visit(visit_id_of(store, audit_id)).contact == ""  # nothing saved
    dialog.ended.edit.setDateTime(QDateTime(datetime(2025, 2, 3, 10, 25)))
    qtbot.keyClick(dialog.staff, Qt.Key.Key_Return)  # Enter is OK
    visit = store.audits.visit(visit_id_of(store, audit_id))
    assert visit.visited_at.astimezone().replace(tzinfo=None) == datetime(2025, 2, 3, 10, 0)
    assert (visit.ended_at - visit.visited_at).total_seconds() == 25 * 60
    assert (visit.contact, visit.staff, visit.title) == (
        "+39 045 620 1234",
        "Giulia",
        "Call to reception",
    )
    assert dialog.saved == visit
    ctx.editor.undo()
    visit = store.audits.visit(visit.id)
    assert (visit.visited_at, visit.ended_at, visit.contact, visit.staff) == (None, None, "", "")


def test_the_details_dialog_fits_a_small_screen_in_italian(qtbot, store, audit_id):
    from tests.ui.conftest import make_ctx

    ctx = make_ctx(store, "it")
    dialog = VisitDetailsDialog(ctx, store.audits.visit(visit_id_of(store, audit_id)))
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.processEvents()
    assert dialog.windowTitle() == "Dettagli della visita"
    hint = dialog.sizeHint()
    assert hint.width() <= 1024 and hint.height() <= 700
    # Tab walks every field in order: the keyboard reaches them all.
    chain, widget = [], dialog.title
    for _ in range(12):
        chain.append(widget)
        widget = widget.nextInFocusChain()
    for field in (
        dialog.started.edit,
        dialog.ended.edit,
        dialog.place,
        dialog.contact,
        dialog.staff,
    ):
        assert field in chain or field.focusPolicy() != Qt.FocusPolicy.NoFocus
