"""The Checks tab of an audit: text, photos, website and call stopwatch, side by side."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QSize, SignalInstance
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QStackedWidget, QWidget

from ui.checks.call_panel import CallPanel
from ui.checks.image_panel import ImageChecksPanel
from ui.checks.model import CHECK_KINDS, Suggestion, item_for_rule, pick_scope, relates
from ui.checks.recording_panel import RecordingPanel
from ui.checks.site_panel import SiteCheckPanel, real_check_site
from ui.checks.text_panel import TextCheckPanel, real_check_text
from ui.context import AppContext

log = logging.getLogger(__name__)


class ChecksPane(QWidget):
    """Run the automated checks where the auditor works; accepted suggestions become findings.

    `position_changed` is the runner's (visit id, item id) signal: an accepted suggestion goes to
    the visit and item the auditor is on, when that visit suits the check.
    """

    def __init__(
        self,
        ctx: AppContext,
        position_changed: SignalInstance | None = None,
        *,
        text_check: Any = real_check_text,
        site_check: Any = real_check_site,
        clock: Any = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        _ = ctx.tr
        self.ctx = ctx
        self.audit_id: str | None = None
        self.position: tuple[str | None, str | None] = (None, None)
        self.text = TextCheckPanel(ctx, self.scope_of, text_check)
        self.images = ImageChecksPanel(ctx, self.scope_of)
        self.site = SiteCheckPanel(ctx, self.scope_of, site_check)
        self.call = CallPanel(ctx, clock=clock)
        self.recording = RecordingPanel(ctx)  # the call's recording, analysed (issue 18)
        self.panels: list[Any] = [self.text, self.images, self.site, self.call, self.recording]
        self.nav = QListWidget()
        self.nav.setFixedWidth(180)
        self.nav.setIconSize(QSize(0, 0))
        self.stack = QStackedWidget()
        names = (
            _("Written reply"),
            _("Photos"),
            _("Website"),
            _("Phone call"),
            _("Recording"),
        )
        for name, panel in zip(names, self.panels, strict=True):
            self.nav.addItem(name)
            self.stack.addWidget(panel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.nav.setCurrentRow(0)
        if position_changed is not None:
            position_changed.connect(self.set_position)
        self.images.suggestions.pending_changed.connect(lambda p: self._count(1, p))
        self.site.suggestions.pending_changed.connect(lambda p: self._count(2, p))
        self.text.suggestions.pending_changed.connect(lambda p: self._count(0, p))

    def set_audit(self, audit_id: str | None) -> None:
        """Show the checks of an audit (None shows nothing)."""
        if audit_id != self.audit_id:
            self.position = self.position if audit_id and self._owns(audit_id) else (None, None)
        self.audit_id = audit_id
        for panel in self.panels:
            panel.set_audit(audit_id)
        self.call.set_position(*self.position)
        self.recording.set_position(*self.position)

    def set_read_only(self, read_only: bool) -> None:
        """Allow or refuse changes (a delivered audit)."""
        for panel in self.panels:
            panel.set_read_only(read_only)

    def set_position(self, visit_id: str, item_id: str) -> None:
        """Remember where the auditor is in the checklist."""
        self.position = (visit_id or None, item_id or None)
        self.call.set_position(visit_id or None, item_id or None)
        self.recording.set_position(visit_id or None, item_id or None)

    def show_panel(self, index: int) -> None:
        """Bring one check's panel to the front (0 text, 1 photos, 2 website, 3 call, 4 recording)."""
        self.nav.setCurrentRow(index)

    def scope_of(self, suggestion: Suggestion) -> tuple[str | None, str | None]:
        """Return the visit and item an accepted suggestion's finding belongs to."""
        if suggestion.visit_id:
            return suggestion.visit_id, suggestion.item_id
        if self.audit_id is None:
            return None, None
        store = self.ctx.store
        visits = store.audits.visits(self.audit_id)
        visit_id, item_id = pick_scope(visits, self.position, CHECK_KINDS.get(suggestion.check, ()))
        if visit_id:
            # The runner's item only when it is about this check ("typos in the copy" for a text
            # remark), else the visit's item that names the check, if any.
            visit = next(v for v in visits if v.id == visit_id)
            template = store.audits.template(visit.template_id, visit.template_version)
            rule = suggestion.finding.rule
            current = next((i for i in template.items if i.id == item_id), None)
            if current is None or not relates(current, suggestion.check, rule):
                item_id = item_for_rule(template, suggestion.check, rule)
        return visit_id, item_id

    def _owns(self, audit_id: str) -> bool:
        visit_id = self.position[0]
        return bool(visit_id) and any(
            v.id == visit_id for v in self.ctx.store.audits.visits(audit_id)
        )

    def _count(self, row: int, pending: list[Suggestion]) -> None:
        _ = self.ctx.tr
        names = (_("Written reply"), _("Photos"), _("Website"))
        label = names[row] + (f"  ({len(pending)})" if pending else "")
        self.nav.item(row).setText(label)
