"""The runner's header: which visit, its live scores and the audit's, and the visit's completion."""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from auditor.i18n import Translate, score_text
from auditor.scoring import AuditScore
from ui.runner.session import VisitSession

log = logging.getLogger(__name__)


class RunnerHeader(QFrame):
    """Visit picker, live scores and the Complete / Reopen visit buttons."""

    visit_requested = Signal(int)  # index of the visit to show
    complete_requested = Signal()
    reopen_requested = Signal()
    details_requested = Signal()  # the visit's details: when, where, whom (issue 15)

    def __init__(self, tr: Translate, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._lang = lang
        _ = tr
        self._tr = tr
        self.visits = QComboBox()
        # Visit titles are long ("2. Telefonata alla reception - ..."): the picker shows what
        # fits and the scores wrap, so the header never forces the window wider than a tablet.
        self.visits.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.visits.setMinimumContentsLength(18)
        self.visits.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.visits.setMaximumWidth(420)
        self.scores = QLabel()
        self.scores.setProperty("role", "score")
        self.scores.setWordWrap(True)
        self.critical = QLabel(_("critical failure"))
        self.critical.setProperty("role", "critical")
        self.critical.hide()
        self.done = QLabel(_("\u2713 visit completed"))
        self.done.setStyleSheet("color: #2e7d5b; font-weight: 600;")
        self.complete_button = QPushButton(_("Complete visit"))
        self.complete_button.setProperty("primary", True)
        self.complete_button.setToolTip("Ctrl+Enter")
        self.reopen_button = QPushButton(_("Reopen visit"))
        self.details_button = QPushButton(_("Details..."))
        self.details_button.setToolTip(_("When and where the visit happened, whom it contacted"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 6)
        layout.setSpacing(12)
        layout.addWidget(self.visits)
        layout.addSpacing(12)
        layout.addWidget(self.scores)
        layout.addWidget(self.critical)
        layout.addStretch(1)
        layout.addWidget(self.done)
        layout.addWidget(self.details_button)
        layout.addWidget(self.complete_button)
        layout.addWidget(self.reopen_button)
        self.visits.activated.connect(self.visit_requested)
        self.complete_button.clicked.connect(self.complete_requested)
        self.reopen_button.clicked.connect(self.reopen_requested)
        self.details_button.clicked.connect(self.details_requested)

    def set_visits(self, titles: list[str], current: int) -> None:
        """Fill the visit picker."""
        self.visits.blockSignals(True)
        self.visits.clear()
        self.visits.addItems(titles)
        self.visits.setCurrentIndex(current)
        self.visits.blockSignals(False)

    def show_scores(self, session: VisitSession, scores: AuditScore, read_only: bool) -> None:
        """Show the visit's and the audit's live scores."""
        _ = self._tr
        visit_score = next((v for v in scores.visits if v.visit_id == session.visit.id), None)
        self.scores.setText(
            _("Visit score {visit} \u00b7 audit {audit} \u00b7 {answered}/{count} answered").format(
                # One decimal, as the audit's header and the report print them.
                visit=score_text(visit_score.score if visit_score else None, self._lang),
                audit=score_text(scores.overall, self._lang),
                answered=session.answered_count(),
                count=session.asked_count(),  # items not asked (show-if) left out
            )
        )
        self.critical.setVisible(bool(visit_score and visit_score.critical_failure))
        completed = session.completed
        self.done.setVisible(completed)
        self.complete_button.setVisible(not completed)
        self.reopen_button.setVisible(completed)
        self.complete_button.setEnabled(not read_only)
        self.reopen_button.setEnabled(not read_only)
