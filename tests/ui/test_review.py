"""The review step in the window: the Review tab, the runner's comments panel, the header buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt

from auditor.commands import AddComment, CompleteVisit, SetAnswer, SetStatus
from auditor.model import AuditStatus, ReviewComment
from tests.ui.conftest import visit_id_of
from ui.audit.view import AuditView
from ui.review.dialogs import CommentDialog, LibraryDialog
from ui.runner.pane import RunnerPane

FULL = (("answered", "yes"), ("tone", 4), ("greeting", "full"), ("wait", 9))


def complete(ctx, audit_id: str) -> str:
    """Answer and complete the audit's visit, then the audit; return the visit id."""
    visit_id = visit_id_of(ctx.store, audit_id)
    ctx.run(SetStatus(audit_id, AuditStatus.IN_PROGRESS))
    for item, value in FULL:
        ctx.run(SetAnswer(visit_id, item, value))
    ctx.run(CompleteVisit(visit_id))
    ctx.run(SetStatus(audit_id, AuditStatus.COMPLETED))
    return visit_id


def test_the_runner_shows_an_items_comments_and_jumps_to_one(qtbot, ctx, audit_id):
    visit_id = complete(ctx, audit_id)
    runner = RunnerPane(ctx)
    qtbot.addWidget(runner)
    runner.set_audit(audit_id)
    runner.show()
    panel = runner.review_panel
    assert panel.isHidden()  # no comment, no panel
    ctx.run(AddComment(ReviewComment(audit_id, "Give the time of the call.", visit_id, "wait")))
    ctx.run(AddComment(ReviewComment(audit_id, "Nice work overall.")))
    assert panel.isVisible()
    assert runner.session.items[runner.index].id == "answered"
    assert panel.item_list.isHidden()  # the item shown has no comment
    panel.toggle.click()
    assert panel.all_list.isVisible()
    lines = [panel.all_list.item(n).text() for n in range(panel.all_list.count())]
    assert lines == [
        "\u25cf The audit as a whole: Nice work overall.",
        "\u25cf 1. Call to reception \u203a 4. Seconds before answer: Give the time of the call.",
    ]
    panel.all_list.setCurrentRow(1)
    qtbot.keyClick(panel.all_list, Qt.Key.Key_Return)
    assert runner.session.items[runner.index].id == "wait"
    assert panel.item_list.isVisible()
    assert panel.item_list.item(0).text() == "\u25cf open: Give the time of the call."
    panel.resolve_button.click()
    [comment] = [c for c in ctx.store.review.for_audit(audit_id) if c.item_id == "wait"]
    assert comment.resolved
    assert panel.item_list.item(0).text() == "\u2713 resolved: Give the time of the call."
    assert not panel.resolve_button.isEnabled()
    ctx.editor.undo()
    assert not ctx.store.review.get(comment.id).resolved
    assert panel.item_list.item(0).text().startswith("\u25cf open")


def test_review_tab_comment_return_and_approve(qtbot, ctx, audit_id, monkeypatch):
    visit_id = complete(ctx, audit_id)
    view = AuditView(ctx)
    qtbot.addWidget(view)
    view.set_audit(audit_id)
    view.show()
    assert view.approve_button.isVisible() and view.return_button.isVisible()
    assert not view.header.next_button.isVisible()
    # A comment picked from the library, on an item.
    from auditor.commands import SaveLibraryComment
    from auditor.model import LibraryComment

    ctx.run(SaveLibraryComment(LibraryComment("Say who answered the phone.")))
    dialog = CommentDialog(ctx, audit_id, visit_id, "answered")
    qtbot.addWidget(dialog)
    assert dialog.where.currentText() == "1. Call to reception \u203a 1. Did anyone answer?"
    dialog.library.setCurrentIndex(1)
    assert dialog.text.toPlainText() == "Say who answered the phone."
    view.review.run(AddComment(dialog.comment()))
    assert view.review.list.count() == 1
    assert view.review.summary.text() == "1 open, 0 resolved"
    # Approving with an open comment is refused and says why.
    errors: list[str] = []
    monkeypatch.setattr(
        "ui.widgets.messages.error", lambda parent, title, text: errors.append(text)
    )
    view.approve_button.click()
    assert "open review comments" in errors[0]
    monkeypatch.setattr("ui.widgets.messages.confirm", lambda *args: True)
    view.return_button.click()
    assert ctx.store.audits.get(audit_id).status == AuditStatus.RETURNED
    assert view.resubmit_button.isVisible() and not view.approve_button.isVisible()
    # Enter on the comment opens its item in the runner.
    view.tabs.setCurrentWidget(view.review)
    view.review.list.setCurrentRow(0)
    qtbot.keyClick(view.review.list, Qt.Key.Key_Return)
    assert view.tabs.currentWidget() is view.runner
    assert view.runner.session.items[view.runner.index].id == "answered"
    view.review.list.setCurrentRow(0)
    view.review.resolve_button.click()
    assert view.review.summary.text() == "0 open, 1 resolved"
    view.resubmit_button.click()
    assert ctx.store.audits.get(audit_id).status == AuditStatus.COMPLETED
    view.approve_button.click()
    assert ctx.store.audits.get(audit_id).status == AuditStatus.REVIEWED


def test_the_library_dialog_adds_edits_and_removes(qtbot, ctx):
    from auditor.model import LibraryComment

    dialog = LibraryDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.save(LibraryComment("Add a photo of the counter."))
    assert dialog.save(LibraryComment("Name the staff member."))
    assert [dialog.list.item(n).text() for n in range(dialog.list.count())] == [
        "Add a photo of the counter.",
        "Name the staff member.",
    ]
    first = dialog.list.item(0).data(Qt.ItemDataRole.UserRole)
    assert dialog.save(
        LibraryComment("Add a photo of the whole counter.", first.id, first.created_at)
    )
    dialog.remove(dialog.list.item(1).data(Qt.ItemDataRole.UserRole))
    assert [e.text for e in ctx.store.review.library()] == ["Add a photo of the whole counter."]
