"""The audit's Review tab: the reviewer's comments, where they are, open or resolved.

Comments are for the auditor only (the report never prints them). Enter on a comment opens its
item in the checklist runner; returning and approving the audit are the header's buttons.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from auditor.commands import (
    AUDITS,
    REVIEW,
    STATUS,
    AddComment,
    Change,
    DeleteComment,
    ResolveComment,
)
from auditor.errors import AuditorError
from auditor.i18n import Translate
from auditor.review import CommentRow, comment_rows
from ui.context import AppContext
from ui.review.dialogs import CommentDialog, LibraryDialog
from ui.widgets import messages
from ui.widgets.wrap_delegate import WrapDelegate

log = logging.getLogger(__name__)


def row_text(row: CommentRow, tr: Translate) -> str:
    """Return a comment as its list line: state, place, text and who wrote it."""
    _ = tr
    c = row.comment
    state = "\u2713 " + _("resolved") if c.resolved else "\u25cf " + _("open")
    where = row.place or _("The audit as a whole")
    by = f" \u2014 {c.author}" if c.author else ""
    return f"{state} \u00b7 {where}\n{c.text}{by}"


class ReviewPane(QWidget):
    """List, add, resolve and delete review comments; open the library."""

    jump_requested = Signal(str, str)  # visit id, item id ("" for the visit's first item)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        _ = ctx.tr
        self.ctx = ctx
        self.audit_id: str | None = None
        self.read_only = False
        self.rows: list[CommentRow] = []
        self.summary = QLabel()
        self.summary.setProperty("role", "muted")
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        self.list.setItemDelegate(WrapDelegate(self.list))
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.add_button = QPushButton(_("Add comment..."))
        self.add_button.setProperty("primary", True)
        self.resolve_button = QPushButton(_("Mark resolved"))
        self.delete_button = QPushButton(_("Delete"))
        self.library_button = QPushButton(_("Comment library..."))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.resolve_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.library_button)
        note = QLabel(
            _(
                "Comments are for the auditor: they never appear in the client's report. "
                "Enter opens a comment's item in the checklist."
            )
        )
        note.setWordWrap(True)
        note.setProperty("role", "muted")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(note)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(lambda: self.add_comment())
        self.resolve_button.clicked.connect(self.toggle_resolved)
        self.delete_button.clicked.connect(self.delete)
        self.library_button.clicked.connect(lambda: LibraryDialog(ctx, self).exec())
        self.list.itemActivated.connect(lambda _item: self.jump())
        self.list.currentRowChanged.connect(lambda _row: self._enable())
        ctx.events.changed.connect(self._changed)

    def set_audit(self, audit_id: str | None) -> None:
        """Show an audit's comments."""
        self.audit_id = audit_id
        self.refresh()

    def set_read_only(self, read_only: bool) -> None:
        """Allow or refuse changes (a delivered audit)."""
        self.read_only = read_only
        self._enable()

    def refresh(self) -> None:
        """Read the comments again, keeping the selected one."""
        _ = self.ctx.tr
        current = self.current()
        self.rows = (
            comment_rows(self.ctx.store, self.audit_id, self.ctx.lang) if self.audit_id else []
        )
        self.list.clear()
        for row in self.rows:
            line = QListWidgetItem(row_text(row, _))
            line.setData(Qt.ItemDataRole.UserRole, row.comment.id)
            self.list.addItem(line)
            if current is not None and row.comment.id == current.comment.id:
                self.list.setCurrentItem(line)
        open_count = sum(not r.comment.resolved for r in self.rows)
        self.summary.setText(
            _("{open} open, {resolved} resolved").format(
                open=open_count, resolved=len(self.rows) - open_count
            )
        )
        self._enable()

    def current(self) -> CommentRow | None:
        """Return the selected comment's row."""
        index = self.list.currentRow()
        return self.rows[index] if 0 <= index < len(self.rows) else None

    def add_comment(self, visit_id: str | None = None, item_id: str | None = None) -> None:
        """Ask for a comment (written or from the library) and add it."""
        if self.audit_id is None or self.read_only:
            return
        dialog = CommentDialog(self.ctx, self.audit_id, visit_id, item_id, self)
        if dialog.exec():
            self.run(AddComment(dialog.comment()))

    def toggle_resolved(self) -> None:
        """Mark the selected comment resolved, or open again a resolved one."""
        row = self.current()
        if row is not None:
            self.run(ResolveComment(row.comment.id, not row.comment.resolved))

    def delete(self) -> None:
        """Delete the selected comment (Ctrl+Z brings it back)."""
        row = self.current()
        if row is not None:
            self.run(DeleteComment(row.comment.id))

    def jump(self) -> None:
        """Open the selected comment's item (or touchpoint) in the runner."""
        row = self.current()
        if row is not None and row.comment.visit_id:
            self.jump_requested.emit(row.comment.visit_id, row.comment.item_id or "")

    def run(self, command: AddComment | ResolveComment | DeleteComment) -> bool:
        """Run a command through the core, or say why it was refused."""
        _ = self.ctx.tr
        try:
            self.ctx.run(command)
        except AuditorError as exc:
            messages.error(self, _("Not saved"), str(exc))
            return False
        return True

    def _enable(self) -> None:
        _ = self.ctx.tr
        row = self.current()
        self.add_button.setEnabled(not self.read_only and self.audit_id is not None)
        self.resolve_button.setEnabled(not self.read_only and row is not None)
        self.delete_button.setEnabled(not self.read_only and row is not None)
        self.resolve_button.setText(
            _("Open again") if row is not None and row.comment.resolved else _("Mark resolved")
        )

    def _changed(self, change: Change) -> None:
        if self.audit_id in change.audits and change.concerns(REVIEW, STATUS, AUDITS):
            self.refresh()
