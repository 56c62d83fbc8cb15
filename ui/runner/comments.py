"""The reviewer's comments in the runner: those on the item shown, and all of them to jump to.

Shown only when the audit has comments. The item's own comments sit above it, each with a way
to mark it resolved; the list of every comment opens one's item on Enter or a click.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from auditor.commands import AUDITS, REVIEW, Change, ResolveComment
from auditor.errors import AuditorError
from auditor.review import CommentRow, comment_rows, for_item
from ui.context import AppContext

log = logging.getLogger(__name__)


def _fit(widget: QListWidget, rows: int) -> None:
    # As tall as its lines (up to `rows`), not a fixed block with empty space under one line.
    shown = max(1, min(widget.count(), rows))
    widget.setFixedHeight(shown * max(widget.sizeHintForRow(0), 18) + 2 * widget.frameWidth() + 4)


class ReviewCommentsPanel(QFrame):
    """Comments on the current item (resolve them) and a list of all (Enter jumps)."""

    jump_requested = Signal(str, str)  # visit id, item id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        _ = ctx.tr
        self.ctx = ctx
        self.audit_id: str | None = None
        self.visit_id = ""
        self.item_id = ""
        self.rows: list[CommentRow] = []
        self.setProperty("role", "banner")
        self.item_title = QLabel(_("Review comments on this item:"))
        self.item_title.setStyleSheet("font-weight: 600; color: #7a4d0b;")
        self.item_list = QListWidget()
        self.item_list.setWordWrap(True)
        self.resolve_button = QPushButton(_("Mark resolved"))
        self.all_title = QLabel()
        self.all_title.setProperty("role", "muted")
        self.toggle = QPushButton(_("Show all"))
        self.toggle.setCheckable(True)
        self.all_list = QListWidget()
        self.all_list.hide()
        item_top = QHBoxLayout()
        item_top.addWidget(self.item_title, 1)
        item_top.addWidget(self.resolve_button)
        all_top = QHBoxLayout()
        all_top.addWidget(self.all_title, 1)
        all_top.addWidget(self.toggle)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.setSpacing(4)
        layout.addLayout(item_top)
        layout.addWidget(self.item_list)
        layout.addLayout(all_top)
        layout.addWidget(self.all_list)
        self.resolve_button.clicked.connect(self.resolve_current)
        self.toggle.toggled.connect(self._show_all)
        self.all_list.itemActivated.connect(self._jump)
        self.all_list.itemClicked.connect(self._jump)
        ctx.events.changed.connect(self._changed)
        self.hide()

    def set_audit(self, audit_id: str | None) -> None:
        """Show an audit's comments (hidden when it has none)."""
        self.audit_id = audit_id
        self.refresh()

    def show_place(self, visit_id: str, item_id: str) -> None:
        """Follow the runner to an item (its comments are listed above it)."""
        self.visit_id, self.item_id = visit_id, item_id
        self._fill_item()

    def refresh(self) -> None:
        """Read the comments again."""
        _ = self.ctx.tr
        self.rows = (
            comment_rows(self.ctx.store, self.audit_id, self.ctx.lang) if self.audit_id else []
        )
        self.all_list.clear()
        for row in self.rows:
            state = "\u2713" if row.comment.resolved else "\u25cf"
            where = row.place or _("The audit as a whole")
            line = QListWidgetItem(f"{state} {where}: {' '.join(row.comment.text.split())}")
            line.setData(
                Qt.ItemDataRole.UserRole, (row.comment.visit_id or "", row.comment.item_id or "")
            )
            self.all_list.addItem(line)
        _fit(self.all_list, 5)
        open_count = sum(not r.comment.resolved for r in self.rows)
        self.all_title.setText(
            _("Review comments: {open} open of {total}").format(
                open=open_count, total=len(self.rows)
            )
        )
        self.setVisible(bool(self.rows))
        self._fill_item()

    def item_comments(self) -> list[CommentRow]:
        """Return the comments on the item shown."""
        return for_item(self.rows, self.visit_id, self.item_id)

    def resolve_current(self) -> None:
        """Mark the selected (else the first open) comment of this item resolved."""
        rows = self.item_comments()
        index = self.item_list.currentRow()
        chosen = rows[index] if 0 <= index < len(rows) else None
        if chosen is None or chosen.comment.resolved:
            chosen = next((r for r in rows if not r.comment.resolved), None)
        if chosen is None:
            return
        try:
            self.ctx.run(ResolveComment(chosen.comment.id))
        except AuditorError as exc:
            self.ctx.events.message_requested.emit(str(exc))

    def _fill_item(self) -> None:
        _ = self.ctx.tr
        rows = self.item_comments()
        self.item_list.clear()
        for row in rows:
            state = "\u2713 " + _("resolved") if row.comment.resolved else "\u25cf " + _("open")
            self.item_list.addItem(f"{state}: {row.comment.text}")
        _fit(self.item_list, 3)
        for widget in (self.item_title, self.item_list, self.resolve_button):
            widget.setVisible(bool(rows))
        self.resolve_button.setEnabled(any(not r.comment.resolved for r in rows))

    def _show_all(self, shown: bool) -> None:
        _ = self.ctx.tr
        self.all_list.setVisible(shown)
        self.toggle.setText(_("Hide") if shown else _("Show all"))
        if shown:
            self.all_list.setFocus()
            if self.all_list.currentRow() < 0 and self.all_list.count():
                self.all_list.setCurrentRow(0)

    def _jump(self, line: QListWidgetItem) -> None:
        visit_id, item_id = line.data(Qt.ItemDataRole.UserRole)
        if visit_id:
            self.jump_requested.emit(visit_id, item_id)

    def _changed(self, change: Change) -> None:
        if self.audit_id in change.audits and change.concerns(REVIEW, AUDITS):
            self.refresh()
