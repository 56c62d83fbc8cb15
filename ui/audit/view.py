"""One open audit: header, read-only banner and the tabs of its panes (Checklist, Findings...)."""

from __future__ import annotations

import logging
from typing import Protocol

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from auditor.commands import Change, ReopenAudit, SetStatus
from auditor.errors import AuditorError
from auditor.model import AuditStatus
from ui.audit.header import AuditHeader
from ui.context import AppContext
from ui.evidence.importer import Scope
from ui.evidence.strip import EvidenceStrip
from ui.findings.pane import FindingsPane
from ui.history.pane import HistoryPane
from ui.runner.pane import RunnerPane
from ui.widgets import messages

log = logging.getLogger(__name__)


class AuditPane(Protocol):
    """What a tab of the audit view provides (a Checks pane added later needs only these)."""

    def set_audit(self, audit_id: str | None) -> None: ...

    def set_read_only(self, read_only: bool) -> None: ...


class AuditEvidencePane(QWidget):
    """Every image of the audit, large, with the same ways to add more."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.strip = EvidenceStrip(ctx, compact=False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.strip)

    def set_audit(self, audit_id: str | None) -> None:
        """Show an audit's evidence."""
        self.strip.set_scope(Scope(audit_id) if audit_id else None)

    def set_read_only(self, read_only: bool) -> None:
        """Allow or refuse changes."""
        self.strip.set_read_only(read_only)


class AuditView(QWidget):
    """Compose the panes of one audit and run its status flow."""

    audit_changed = Signal(str)  # the audit now shown ("" for none)
    back_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        _ = ctx.tr
        self.ctx = ctx
        self.audit_id: str | None = None
        self.panes: list[AuditPane] = []
        self.header = AuditHeader(ctx.tr, ctx.lang)
        self.banner = QFrame()
        self.banner.setProperty("role", "banner")
        banner_text = QLabel(
            _("This audit was delivered: it is read-only. Reopen it to make changes.")
        )
        banner_text.setStyleSheet("color: #7a4d0b; font-weight: 600;")
        self.banner_reopen = QPushButton(_("Reopen..."))
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.setContentsMargins(12, 6, 12, 6)
        banner_layout.addWidget(banner_text, 1)
        banner_layout.addWidget(self.banner_reopen)
        self.banner.hide()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)

        self.runner = RunnerPane(ctx)
        self.findings = FindingsPane(ctx)
        self.evidence = AuditEvidencePane(ctx)
        self.add_pane(self.runner, _("Checklist"))
        self.add_pane(self.findings, _("Findings"))
        self.add_pane(self.evidence, _("Evidence"))
        self.history = HistoryPane(ctx)
        self.add_pane(self.history, _("History"))

        self.header.advance_requested.connect(self.advance)
        self.header.reopen_requested.connect(self.reopen)
        self.header.back_requested.connect(self.back_requested)
        self.banner_reopen.clicked.connect(self.reopen)
        ctx.events.changed.connect(self._changed)

    def add_pane(self, pane: QWidget, title: str) -> None:
        """Add a tab; the pane gets set_audit() and set_read_only() calls from now on."""
        self.panes.append(pane)  # type: ignore[arg-type]
        self.tabs.addTab(pane, title)
        if self.audit_id:
            pane.set_audit(self.audit_id)  # type: ignore[attr-defined]

    def set_audit(self, audit_id: str | None) -> None:
        """Show an audit in every pane."""
        self.runner.flush()
        self.audit_id = audit_id
        for pane in self.panes:
            pane.set_audit(audit_id)
        self._refresh()
        self.audit_changed.emit(audit_id or "")

    def flush(self) -> None:
        """Save whatever is being typed (before closing or switching)."""
        self.runner.flush()

    def advance(self, status: str) -> None:
        """Move the audit along the status flow, or say why not."""
        _ = self.ctx.tr
        if self.audit_id is None:
            return
        self.flush()
        try:
            self.ctx.run(SetStatus(self.audit_id, AuditStatus(status)))
        except AuditorError as exc:
            messages.error(self, _("Status not changed"), str(exc))

    def reopen(self) -> None:
        """Reopen a completed, reviewed or delivered audit, after confirmation."""
        _ = self.ctx.tr
        if self.audit_id is None:
            return
        if not messages.confirm(
            self,
            _("Reopen the audit"),
            _("Reopen this audit for changes? It goes back to in progress."),
        ):
            return
        try:
            self.ctx.run(ReopenAudit(self.audit_id))
        except AuditorError as exc:
            messages.error(self, _("Status not changed"), str(exc))

    def _changed(self, change: Change) -> None:
        if self.audit_id in change.audits:
            self._refresh()

    def _refresh(self) -> None:
        if self.audit_id is None:
            return
        store = self.ctx.store
        audit = store.audits.get(self.audit_id)
        client = store.clients.get(audit.client_id).name
        self.header.show_audit(audit, client, self.ctx.score(self.audit_id))
        read_only = audit.status == AuditStatus.DELIVERED
        self.banner.setVisible(read_only)
        for pane in self.panes:
            pane.set_read_only(read_only)
