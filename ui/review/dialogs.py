"""Dialogs of the review step: write a comment (or pick one from the library), edit the library."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from auditor.commands import RemoveLibraryComment, SaveLibraryComment
from auditor.errors import AuditorError
from auditor.i18n import pick
from auditor.model import LibraryComment, ReviewComment
from ui.context import AppContext
from ui.widgets import messages
from ui.widgets.forms import form_dialog, text_box

log = logging.getLogger(__name__)


def places(ctx: AppContext, audit_id: str) -> list[tuple[str, str | None, str | None]]:
    """Return (label, visit id, item id) of every place a comment can go, the audit first."""
    _ = ctx.tr
    result: list[tuple[str, str | None, str | None]] = [(_("The audit as a whole"), None, None)]
    for number, visit in enumerate(ctx.store.audits.visits(audit_id), start=1):
        template = ctx.store.audits.template(visit.template_id, visit.template_version)
        touchpoint = f"{number}. {visit.title or pick(template.title, ctx.lang)}"
        result.append((touchpoint, visit.id, None))
        for position, item in enumerate(template.items, start=1):
            question = pick(item.question, ctx.lang)
            result.append((f"{touchpoint} \u203a {position}. {question}", visit.id, item.id))
    return result


class CommentDialog(QDialog):
    """Write a comment for the auditor on the audit, a touchpoint or an item."""

    def __init__(
        self,
        ctx: AppContext,
        audit_id: str,
        visit_id: str | None = None,
        item_id: str | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        _ = ctx.tr
        self.audit_id = audit_id
        self.setWindowTitle(_("Review comment"))
        self.where = QComboBox()
        for label, visit, item in places(ctx, audit_id):
            self.where.addItem(label, (visit, item))
            if (visit, item) == (visit_id, item_id):
                self.where.setCurrentIndex(self.where.count() - 1)
        self.library = QComboBox()
        self.library.addItem(_("(write your own)"), "")
        for entry in ctx.store.review.library():
            self.library.addItem(entry.text, entry.text)
        self.text = text_box()
        self.text.setPlaceholderText(_("What should the auditor check or fix?"))
        self.library.currentIndexChanged.connect(self._pick)
        self.warning, self.ok = form_dialog(
            self,
            [
                (_("Where"), self.where),
                (_("From the library"), self.library),
                (_("Comment"), self.text),
            ],
        )
        self.resize(640, 320)

    def _pick(self, index: int) -> None:
        text = self.library.itemData(index)
        if text:
            self.text.setPlainText(text)

    def comment(self) -> ReviewComment:
        """Return the comment as written (the core validates it when it runs)."""
        visit_id, item_id = self.where.currentData()
        return ReviewComment(self.audit_id, self.text.toPlainText(), visit_id, item_id)


class LibraryDialog(QDialog):
    """The agency's reusable comments: add, edit, remove (each a command: Ctrl+Z undoes it)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        _ = ctx.tr
        self.ctx = ctx
        self.setWindowTitle(_("Comment library"))
        note = QLabel(_("Comments the agency reuses, in its own words; pick one when commenting."))
        note.setWordWrap(True)
        note.setProperty("role", "muted")
        self.list = QListWidget()
        self.add_button = QPushButton(_("Add..."))
        self.edit_button = QPushButton(_("Edit..."))
        self.remove_button = QPushButton(_("Remove"))
        close = QPushButton(_("Close"))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(lambda: self._ask(None))
        self.edit_button.clicked.connect(self._edit)
        self.remove_button.clicked.connect(self._remove)
        self.list.itemActivated.connect(lambda _item: self._edit())
        close.clicked.connect(self.accept)
        self.resize(560, 380)
        self.refresh()

    def refresh(self) -> None:
        """List the library again."""
        self.list.clear()
        for entry in self.ctx.store.review.library():
            row = QListWidgetItem(entry.text)
            row.setData(Qt.ItemDataRole.UserRole, entry)
            self.list.addItem(row)
        has = self.list.count() > 0
        self.edit_button.setEnabled(has)
        self.remove_button.setEnabled(has)

    def _current(self) -> LibraryComment | None:
        row = self.list.currentItem()
        return row.data(Qt.ItemDataRole.UserRole) if row else None

    def save(self, entry: LibraryComment) -> bool:
        """Add or change an entry through the core, or say why not."""
        _ = self.ctx.tr
        try:
            self.ctx.run(SaveLibraryComment(entry))
        except AuditorError as exc:
            messages.error(self, _("Not saved"), str(exc))
            return False
        self.refresh()
        return True

    def remove(self, entry: LibraryComment) -> None:
        """Remove an entry (comments already made with it stay)."""
        self.ctx.run(RemoveLibraryComment(entry.id))
        self.refresh()

    def _ask(self, entry: LibraryComment | None) -> None:
        _ = self.ctx.tr
        text, ok = QInputDialog.getMultiLineText(
            self, _("Comment library"), _("Comment"), entry.text if entry else ""
        )
        if ok:
            self.save(
                LibraryComment(text, entry.id, entry.created_at) if entry else LibraryComment(text)
            )

    def _edit(self) -> None:
        entry = self._current()
        if entry is not None:
            self._ask(entry)

    def _remove(self) -> None:
        entry = self._current()
        if entry is not None:
            self.remove(entry)
