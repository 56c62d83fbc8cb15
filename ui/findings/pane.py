"""The audit's findings, most serious first: new, edit, delete (Ctrl+Z puts a deleted one back)."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from auditor.commands import AUDITS, EVIDENCE, FINDINGS, VISIT, Change, DeleteFinding
from auditor.errors import AuditorError
from auditor.plaintext import clip
from auditor.service import visit_titles
from ui.context import AppContext
from ui.dialogs.finding import FindingDialog, severity_label
from ui.widgets import messages, theme
from ui.widgets.pixmaps import dot_icon
from ui.widgets.wrap_delegate import WrapDelegate

log = logging.getLogger(__name__)


class FindingsPane(QWidget):
    """List of findings with their severity; Enter edits, Delete removes."""

    count_changed = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        _ = ctx.tr
        self.ctx = ctx
        self.audit_id: str | None = None
        self.read_only = False
        self.list = QListWidget()
        self.list.setSpacing(3)
        self.list.setWordWrap(True)
        self.list.setItemDelegate(WrapDelegate(self.list))  # titles and descriptions wrap, whole
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.new_button = QPushButton(_("New finding...  F"))
        self.new_button.setProperty("primary", True)
        self.edit_button = QPushButton(_("Edit..."))
        self.delete_button = QPushButton(_("Delete"))
        self.summary = QLabel()
        self.summary.setProperty("role", "muted")
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(buttons)
        layout.addWidget(self.list, 1)
        self.new_button.clicked.connect(lambda: self.new_finding())
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button.clicked.connect(self.delete_current)
        self.list.itemActivated.connect(lambda _item: self.edit_current())
        QShortcut(
            QKeySequence.StandardKey.Delete,
            self.list,
            self.delete_current,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        new = QShortcut(QKeySequence("F"), self, lambda: self.new_finding())
        new.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        ctx.events.changed.connect(self._changed)

    def set_audit(self, audit_id: str | None) -> None:
        """Show an audit's findings."""
        self.audit_id = audit_id
        self.refresh()

    def set_read_only(self, read_only: bool) -> None:
        """Allow or refuse changes."""
        self.read_only = read_only
        for button in (self.new_button, self.edit_button, self.delete_button):
            button.setEnabled(not read_only)

    def _changed(self, change: Change) -> None:
        if self.audit_id in change.audits and change.concerns(FINDINGS, EVIDENCE, VISIT, AUDITS):
            self.refresh()

    def refresh(self) -> None:
        """Reload the findings from the store."""
        _ = self.ctx.tr
        current = self.current_id()
        self.list.clear()
        store = self.ctx.store
        findings = store.findings.for_audit(self.audit_id) if self.audit_id else []
        visits = visit_titles(store, self.audit_id, self.ctx.lang) if self.audit_id else {}
        for finding in findings:
            facts = [
                severity_label(finding.severity, self.ctx.tr),
                visits.get(finding.visit_id or "", _("Whole audit")),
            ]
            if finding.evidence_ids:
                facts.append(_("images: {count}").format(count=len(finding.evidence_ids)))
            text = f"{finding.title}\n" + " \u00b7 ".join(facts)
            if finding.description:
                text += "\n" + clip(finding.description, 220)
            entry = QListWidgetItem(
                dot_icon(theme.SEVERITY_COLORS[finding.severity.value], 14), text
            )
            entry.setData(Qt.ItemDataRole.UserRole, finding.id)
            entry.setToolTip(finding.description)
            self.list.addItem(entry)
            if finding.id == current:
                self.list.setCurrentItem(entry)
        self.summary.setText(_("Findings: {count}").format(count=len(findings)))
        self.count_changed.emit(len(findings))

    def current_id(self) -> str | None:
        """Return the id of the selected finding."""
        entry = self.list.currentItem()
        return entry.data(Qt.ItemDataRole.UserRole) if entry else None

    def new_finding(self, visit_id: str | None = None, item_id: str | None = None) -> None:
        """Open the editor for a new finding (optionally about one item)."""
        if self.audit_id and not self.read_only:
            FindingDialog(
                self.ctx, self.audit_id, None, visit_id or None, item_id or None, self
            ).exec()

    def edit_current(self) -> None:
        """Open the editor on the selected finding."""
        finding_id = self.current_id()
        if finding_id and self.audit_id and not self.read_only:
            finding = self.ctx.store.findings.get(finding_id)
            FindingDialog(self.ctx, self.audit_id, finding, parent=self).exec()

    def delete_current(self) -> None:
        """Delete the selected finding (undo puts it back)."""
        finding_id = self.current_id()
        if not finding_id or not self.audit_id or self.read_only:
            return
        _ = self.ctx.tr
        try:
            self.ctx.run(DeleteFinding(finding_id))
        except AuditorError as exc:
            messages.error(self, _("Not deleted"), str(exc))
