"""Create or edit a finding: title, severity, texts, its item and the evidence that proves it."""

from __future__ import annotations

import logging
from dataclasses import replace

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from auditor.commands import AddFinding, EditFinding
from auditor.errors import AuditorError
from auditor.i18n import pick
from auditor.model import Finding, Severity
from auditor.service import visit_titles
from ui.context import AppContext
from ui.evidence.importer import evidence_label
from ui.widgets import messages
from ui.widgets.forms import form_dialog, text_box
from ui.widgets.pixmaps import pixmap_from_bytes

log = logging.getLogger(__name__)


def severity_label(severity: Severity, tr: object) -> str:
    """Return the severity as words."""
    _ = tr
    return {
        Severity.CRITICAL: _("Critical"),
        Severity.MAJOR: _("Major"),
        Severity.MINOR: _("Minor"),
    }[severity]


class FindingDialog(QDialog):
    """Edit one finding; OK stores it through the core, errors stay in the dialog."""

    def __init__(
        self,
        ctx: AppContext,
        audit_id: str,
        finding: Finding | None = None,
        visit_id: str | None = None,
        item_id: str | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        _ = ctx.tr
        self.ctx = ctx
        self.audit_id = audit_id
        self.finding = finding
        self.saved: Finding | None = None
        self.setWindowTitle(_("Edit finding") if finding else _("New finding"))
        self.resize(720, 640)
        store, lang = ctx.store, ctx.lang
        self._items: dict[str, list[tuple[str, str]]] = {}
        self.visit = QComboBox()
        self.visit.addItem(_("Whole audit"), None)
        titles = visit_titles(store, audit_id, lang)
        for visit in store.audits.visits(audit_id):
            template = store.audits.template(visit.template_id, visit.template_version)
            self.visit.addItem(titles[visit.id], visit.id)
            self._items[visit.id] = [
                (i.id, f"{n}. {pick(i.question, lang)}")
                for n, i in enumerate(template.items, start=1)
            ]
        self.item = QComboBox()
        self.title = QLineEdit()
        self.severity = QComboBox()
        for severity in (Severity.CRITICAL, Severity.MAJOR, Severity.MINOR):
            self.severity.addItem(severity_label(severity, ctx.tr), severity.value)
        self.description = text_box()
        self.description.setPlaceholderText(_("What happened, exactly, with time and place."))
        self.recommendation = text_box()
        self.recommendation.setPlaceholderText(_("What the client should do about it."))
        self.evidence = QListWidget()
        self.evidence.setViewMode(QListView.ViewMode.IconMode)
        self.evidence.setIconSize(QSize(110, 82))
        self.evidence.setResizeMode(QListView.ResizeMode.Adjust)
        self.evidence.setMovement(QListView.Movement.Static)
        # One cell per image, the caption wrapped under it: a long caption no longer makes one
        # image as wide as the list, with the others out of sight.
        self.evidence.setGridSize(QSize(150, 136))
        self.evidence.setWordWrap(True)
        self.evidence.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.evidence.setMaximumHeight(156)
        for evidence in store.evidence.for_audit(audit_id):
            entry = QListWidgetItem(
                QIcon(
                    pixmap_from_bytes(
                        store.evidence.thumbnail(evidence.id),
                        self.evidence.iconSize(),
                        self.devicePixelRatioF(),
                    )
                ),
                evidence_label(evidence),
            )
            entry.setData(Qt.ItemDataRole.UserRole, evidence.id)
            entry.setToolTip(evidence_label(evidence))
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Unchecked)
            self.evidence.addItem(entry)
        self.error, self.ok_button = form_dialog(
            self,
            [
                (_("Title"), self.title),
                (_("Severity"), self.severity),
                (_("Touchpoint"), self.visit),
                (_("Checklist item"), self.item),
                (_("Description"), self.description),
                (_("Recommendation"), self.recommendation),
                (_("Evidence"), self.evidence),
            ],
        )
        self.visit.currentIndexChanged.connect(self._fill_items)
        self._load(finding, visit_id, item_id)
        self._loaded = self._fields()

    def _fields(self) -> dict[str, object]:
        return dict(
            title=self.title.text().strip(),
            severity=Severity(self.severity.currentData()),
            description=self.description.toPlainText().strip(),
            recommendation=self.recommendation.toPlainText().strip(),
            visit_id=self.visit.currentData(),
            item_id=self.item.currentData(),
            evidence_ids=self.checked_evidence(),
        )

    def _load(self, finding: Finding | None, visit_id: str | None, item_id: str | None) -> None:
        if finding is not None:
            visit_id, item_id = finding.visit_id, finding.item_id
            self.title.setText(finding.title)
            self.severity.setCurrentIndex(self.severity.findData(finding.severity.value))
            self.description.setPlainText(finding.description)
            self.recommendation.setPlainText(finding.recommendation)
            for row in range(self.evidence.count()):
                entry = self.evidence.item(row)
                if entry.data(Qt.ItemDataRole.UserRole) in finding.evidence_ids:
                    entry.setCheckState(Qt.CheckState.Checked)
        else:
            self.severity.setCurrentIndex(self.severity.findData(Severity.MAJOR.value))
        self.visit.setCurrentIndex(max(self.visit.findData(visit_id), 0))
        self._fill_items()
        self.item.setCurrentIndex(max(self.item.findData(item_id), 0))
        if finding is None and item_id:
            # Start from the item's question: the auditor rewrites it as what went wrong.
            self.title.setText(self.item.currentText().split(". ", 1)[-1])
            self.title.selectAll()

    def _fill_items(self) -> None:
        _ = self.ctx.tr
        self.item.clear()
        self.item.addItem(_("No particular item"), None)
        for item_id, text in self._items.get(self.visit.currentData(), []):
            self.item.addItem(text, item_id)

    def checked_evidence(self) -> list[str]:
        """Return the ids of the evidence ticked, in order."""
        return [
            self.evidence.item(r).data(Qt.ItemDataRole.UserRole)
            for r in range(self.evidence.count())
            if self.evidence.item(r).checkState() == Qt.CheckState.Checked
        ]

    def reject(self) -> None:
        # Esc or Cancel on a finding the auditor has written into: ask before it is thrown away.
        _ = self.ctx.tr
        if self._fields() != self._loaded and not messages.confirm(
            self, self.windowTitle(), _("Discard what you wrote in this finding?")
        ):
            return
        super().reject()

    def accept(self) -> None:
        fields = self._fields()
        try:
            command = (
                AddFinding(Finding(audit_id=self.audit_id, **fields))
                if self.finding is None
                else EditFinding(replace(self.finding, **fields))
            )
            self.saved = self.ctx.run(command).result
        except AuditorError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        super().accept()
