"""The open audit's header: who and what, its status and score, the next step of the status flow."""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from auditor.i18n import Translate, score_text, short_date
from auditor.model import Audit, AuditStatus
from auditor.scoring import AuditScore
from auditor.workflow import status_label
from ui.widgets.elided import ElidedLabel

log = logging.getLogger(__name__)


class AuditHeader(QFrame):
    """Title, status, score and the status-flow buttons."""

    advance_requested = Signal(str)  # the AuditStatus value to move to
    reopen_requested = Signal()
    back_requested = Signal()

    def __init__(self, tr: Translate, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        _ = tr
        self._lang = lang
        self.setProperty("role", "header")
        self._next_text = {
            AuditStatus.DRAFT: _("Start audit"),
            AuditStatus.IN_PROGRESS: _("Mark completed"),
            AuditStatus.COMPLETED: _("Mark reviewed"),
            AuditStatus.REVIEWED: _("Mark delivered"),
        }
        self._next = {
            AuditStatus.DRAFT: AuditStatus.IN_PROGRESS,
            AuditStatus.IN_PROGRESS: AuditStatus.COMPLETED,
            AuditStatus.COMPLETED: AuditStatus.REVIEWED,
            AuditStatus.REVIEWED: AuditStatus.DELIVERED,
        }
        self._score_text = _("Score {score} \u00b7 {completion}% complete")
        self.back_button = QPushButton(_("\u2190 Audits"))
        self.back_button.setToolTip("Ctrl+L")
        # Elided, whole in the tooltip: a long audit title must not widen the window.
        self.title = ElidedLabel()
        self.title.setProperty("role", "title")
        self.subtitle = ElidedLabel()
        self.subtitle.setProperty("role", "muted")
        self.status = QLabel()
        self.status.setStyleSheet(
            "background: #e8eef5; color: #2f5d8a; border-radius: 4px; padding: 3px 10px; "
            "font-weight: 600;"
        )
        self.score = QLabel()
        self.score.setProperty("role", "score")
        self.critical = QLabel(_("critical failure"))
        self.critical.setProperty("role", "critical")
        self.next_button = QPushButton()
        self.next_button.setProperty("primary", True)
        self.reopen_button = QPushButton(_("Reopen..."))
        texts = QVBoxLayout()
        texts.setSpacing(2)
        texts.addWidget(self.title)
        texts.addWidget(self.subtitle)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.setSpacing(12)
        layout.addWidget(self.back_button)
        layout.addLayout(texts, 1)
        layout.addWidget(self.score)
        layout.addWidget(self.critical)
        layout.addWidget(self.status)
        layout.addWidget(self.next_button)
        layout.addWidget(self.reopen_button)
        self.back_button.clicked.connect(self.back_requested)
        self.next_button.clicked.connect(self._advance)
        self.reopen_button.clicked.connect(self.reopen_requested)
        self._status = AuditStatus.DRAFT

    def show_audit(self, audit: Audit, client: str, scores: AuditScore) -> None:
        """Show the audit's identity, status and score."""
        self._status = audit.status
        self.title.setText(audit.title)
        when = audit.actual_date or audit.planned_date
        self.subtitle.setText(
            " \u00b7 ".join(p for p in (client, short_date(when, self._lang), audit.auditor) if p)
        )
        self.status.setText(status_label(audit.status, self._lang))
        score = score_text(scores.overall, self._lang)
        self.score.setText(
            self._score_text.format(score=score, completion=f"{scores.completion:.0f}")
        )
        self.critical.setVisible(scores.critical_failure)
        self.next_button.setVisible(audit.status in self._next)
        self.next_button.setText(self._next_text.get(audit.status, ""))
        self.reopen_button.setVisible(
            audit.status in (AuditStatus.COMPLETED, AuditStatus.REVIEWED, AuditStatus.DELIVERED)
        )

    def _advance(self) -> None:
        target = self._next.get(self._status)
        if target is not None:
            self.advance_requested.emit(target.value)
