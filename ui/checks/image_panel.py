"""The image check's remarks on the audit's photos, analysed when each photo came in."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from auditor.commands import AUDITS, EVIDENCE, Change
from ui.checks.model import Suggestion, evidence_suggestions
from ui.checks.suggestion_list import ScopeProvider, SuggestionList
from ui.context import AppContext
from ui.evidence.importer import evidence_label

log = logging.getLogger(__name__)


class ImageChecksPanel(QWidget):
    """List what the image check found on every photo of the audit; a new photo shows up at once."""

    def __init__(self, ctx: AppContext, scope: ScopeProvider, parent: QWidget | None = None):
        super().__init__(parent)
        _ = ctx.tr
        self.ctx = ctx
        self.audit_id: str | None = None
        self.intro = QLabel(
            _("Every photo is measured as it is added: sharpness, noise, resolution, compression.")
        )
        self.intro.setWordWrap(True)
        self.intro.setProperty("role", "guidance")
        self.summary = QLabel()
        self.summary.setProperty("role", "muted")
        self.suggestions = SuggestionList(ctx, scope)
        self.suggestions.empty_text = _("No remarks on the photos.")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro)
        layout.addWidget(self.summary)
        layout.addWidget(self.suggestions, 1)
        ctx.events.changed.connect(self._changed)

    def set_audit(self, audit_id: str | None) -> None:
        """Show the photos' remarks of this audit."""
        self.audit_id = audit_id
        self.suggestions.set_audit(audit_id)
        self.refresh()

    def set_read_only(self, read_only: bool) -> None:
        """Allow or refuse accepting suggestions."""
        self.suggestions.set_read_only(read_only)

    def _changed(self, change: Change) -> None:
        if self.audit_id in change.audits and change.concerns(EVIDENCE, AUDITS):
            self.refresh()

    def refresh(self) -> None:
        """Read every photo's stored analysis and list its findings."""
        _ = self.ctx.tr
        if self.audit_id is None:
            self.suggestions.set_suggestions([])
            self.summary.setText("")
            return
        store = self.ctx.store
        found: list[Suggestion] = []
        photos = store.evidence.for_audit(self.audit_id)
        measured = 0
        for evidence in photos:
            analysis = store.evidence.analysis(evidence.id)
            if analysis is None:
                continue
            measured += 1
            if analysis.get("findings"):
                found += evidence_suggestions(
                    evidence.id,
                    analysis,
                    label=evidence_label(evidence),
                    visit_id=evidence.visit_id,
                    item_id=evidence.item_id,
                    thumbnail=store.evidence.thumbnail(evidence.id),
                )
        self.summary.setText(
            _("Photos measured: {measured} of {count}").format(measured=measured, count=len(photos))
        )
        self.suggestions.set_suggestions(found)
