"""One open audit: header, read-only banner and the tabs of its panes (Checklist, Findings...)."""

from __future__ import annotations

import logging
from typing import Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from auditor.commands import ApproveAudit, Change, ReopenAudit, ReturnAudit, SetStatus
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
        # The next and previous tab from anywhere in the audit, as in a browser: QTabWidget reads
        # these keys only when they reach it, and the lists inside the panes take Ctrl+PgDown and
        # Ctrl+PgUp first (they page); the focus then goes into the tab shown
        for keys, step in (
            ("Ctrl+Tab", 1),
            ("Ctrl+PgDown", 1),
            ("Ctrl+Shift+Tab", -1),
            ("Ctrl+PgUp", -1),
        ):
            shortcut = QShortcut(QKeySequence(keys), self, lambda step=step: self.step_tab(step))
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

        self.runner = RunnerPane(ctx)
        self.findings = FindingsPane(ctx)
        self.evidence = AuditEvidencePane(ctx)
        self.add_pane(self.runner, _("Checklist"))
        self.add_pane(self.findings, _("Findings"))
        self.add_pane(self.evidence, _("Evidence"))
        self.history = HistoryPane(ctx)
        self.add_pane(self.history, _("History"))
        self._add_review(ctx)

        self.header.advance_requested.connect(self.advance)
        self.header.reopen_requested.connect(self.reopen)
        self.header.back_requested.connect(self.back_requested)
        self.banner_reopen.clicked.connect(self.reopen)
        ctx.events.changed.connect(self._changed)

    def step_tab(self, step: int) -> None:
        """Show the next (1) or previous (-1) tab, round the ends, with the focus in it."""
        count = self.tabs.count()
        if not count:
            return
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % count)
        pane = self.tabs.currentWidget()
        # the pane's first widget that takes the focus from the keyboard, in its tab order
        widget = pane.nextInFocusChain()
        while widget is not pane and pane.isAncestorOf(widget):
            if widget.isVisible() and widget.isEnabled() and widget.focusPolicy() & Qt.TabFocus:
                widget.setFocus(Qt.FocusReason.TabFocusReason)
                return
            widget = widget.nextInFocusChain()
        pane.setFocus(Qt.FocusReason.TabFocusReason)

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
        self._show_review_buttons(audit.status)
        read_only = audit.status == AuditStatus.DELIVERED
        self.banner.setVisible(read_only)
        for pane in self.panes:
            pane.set_read_only(read_only)

    # --- the review step (issue 16) -------------------------------------------------------------

    def _add_review(self, ctx: AppContext) -> None:
        """Add the Review tab and the header's buttons to return, approve or resubmit the audit."""
        from ui.review.pane import ReviewPane

        _ = ctx.tr
        self.review = ReviewPane(ctx)
        self.add_pane(self.review, _("Review"))
        self.review.jump_requested.connect(self._jump_to_comment)
        self.return_button = QPushButton(_("Return to auditor..."))
        self.return_button.setToolTip(_("Send the audit back with the open review comments"))
        self.approve_button = QPushButton(_("Approve"))
        self.approve_button.setProperty("primary", True)
        self.resubmit_button = QPushButton(_("Mark completed"))
        self.resubmit_button.setProperty("primary", True)
        header_layout = self.header.layout()
        at = header_layout.indexOf(self.header.next_button)
        for offset, button in enumerate(
            (self.return_button, self.approve_button, self.resubmit_button)
        ):
            header_layout.insertWidget(at + offset, button)
            button.hide()
        self.return_button.clicked.connect(self.return_audit)
        self.approve_button.clicked.connect(lambda: self._review_step(ApproveAudit))
        self.resubmit_button.clicked.connect(lambda: self.advance(AuditStatus.COMPLETED.value))

    def _show_review_buttons(self, status: AuditStatus) -> None:
        completed = status == AuditStatus.COMPLETED
        self.return_button.setVisible(completed)
        self.approve_button.setVisible(completed)
        # "Approve" is the completed audit's next step; the plain "Mark reviewed" would repeat it.
        if completed:
            self.header.next_button.hide()
        self.resubmit_button.setVisible(status == AuditStatus.RETURNED)
        if status == AuditStatus.RETURNED:
            self.header.reopen_button.show()

    def return_audit(self) -> None:
        """Return the audit to its auditor, after confirmation."""
        _ = self.ctx.tr
        if self.audit_id is None:
            return
        if not messages.confirm(
            self,
            _("Return to auditor"),
            _("Return this audit to the auditor with its open review comments?"),
        ):
            return
        self._review_step(ReturnAudit)

    def _review_step(self, command: type[ApproveAudit] | type[ReturnAudit]) -> None:
        _ = self.ctx.tr
        if self.audit_id is None:
            return
        self.flush()
        try:
            self.ctx.run(command(self.audit_id))
        except AuditorError as exc:
            messages.error(self, _("Status not changed"), str(exc))

    def _jump_to_comment(self, visit_id: str, item_id: str) -> None:
        self.tabs.setCurrentWidget(self.runner)
        self.runner.jump_to(visit_id, item_id)
