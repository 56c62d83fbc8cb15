"""Check a written reply as it is typed: flagged spans in the editor, suggestions below."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from auditor.checks.base import CheckResult
from auditor.commands import WORDS, Change
from auditor.errors import AuditorError
from ui.checks.highlight import SpanHighlighter, SpanToolTips
from ui.checks.metrics import MetricsLabel
from ui.checks.model import Suggestion
from ui.checks.suggestion_list import ScopeProvider, SuggestionList
from ui.context import AppContext
from ui.widgets.forms import text_box

log = logging.getLogger(__name__)

TextCheck = Callable[..., CheckResult]
DEBOUNCE_MS = 700


def real_check_text(text: str, **options: Any) -> CheckResult:
    """Run the real text check (imported late: the panel works before the module is installed)."""
    from auditor.checks.text import check_text

    return check_text(text, **options)


class TextCheckPanel(QWidget):
    """Paste an e-mail or chat reply; it is checked off the GUI thread when typing stops."""

    def __init__(
        self,
        ctx: AppContext,
        scope: ScopeProvider,
        check: TextCheck = real_check_text,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        _ = ctx.tr
        self.ctx = ctx
        self.check = check
        self.audit_id: str | None = None
        self.result: CheckResult | None = None
        self.checked_text = ""  # the text the shown result is about (empty: nothing to check)
        self._generation = 0
        self.editor = text_box()
        self.editor.setPlaceholderText(_("Paste or type the e-mail or chat reply to check."))
        self.highlighter = SpanHighlighter(self.editor.document(), ctx.tr)
        self.tooltips = SpanToolTips(self.editor, self.highlighter)
        self.language = QComboBox()
        for code, name in (
            ("auto", _("Detect language")),
            ("it", _("Italian")),
            ("en", _("English")),
        ):
            self.language.addItem(name, code)
        self.check_button = QPushButton(_("Check"))
        self.check_button.setProperty("primary", True)
        self.check_button.setToolTip(_("Check now (the text is also checked as you type)"))
        self.status = QLabel()
        self.status.setProperty("role", "muted")
        self.metrics = MetricsLabel(ctx.tr)
        self.suggestions = SuggestionList(ctx, scope, can_learn=True)
        self.suggestions.empty_text = _("No remarks on this text.")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(_("Language")))
        bar.addWidget(self.language)
        bar.addWidget(self.check_button)
        bar.addWidget(self.status, 1)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(bar)
        top_layout.addWidget(self.editor, 1)
        top_layout.addWidget(self.metrics)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self.suggestions)
        splitter.setSizes([380, 320])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.editor.textChanged.connect(self._text_edited)
        self._timer.timeout.connect(self.run)
        self.check_button.clicked.connect(self.run)
        self.language.currentIndexChanged.connect(lambda _i: self.run())
        self.suggestions.pending_changed.connect(self._mark)
        # A word accepted or removed (here, in Edit > Dictionary, or by an undo) changes what the
        # check finds: the text is checked again.
        ctx.events.changed.connect(self._changed)

    def _changed(self, change: Change) -> None:
        if change.concerns(WORDS) and self.editor.toPlainText().strip():
            self.run()

    def set_audit(self, audit_id: str | None) -> None:
        """Check texts for this audit (its client's brand names apply)."""
        self.audit_id = audit_id
        self.suggestions.set_audit(audit_id)
        self.result = None
        self.highlighter.clear()
        self.metrics.show_metrics(None)
        if self.editor.toPlainText().strip():
            self.run()

    def set_read_only(self, read_only: bool) -> None:
        """Allow or refuse accepting suggestions (the text itself can always be checked)."""
        self.suggestions.set_read_only(read_only)

    def _text_edited(self) -> None:
        if self.editor.toPlainText() != self.checked_text:
            self._timer.start()
            if (
                self.highlighter.spans
            ):  # their positions no longer match: marked again after the check
                self.highlighter.clear()

    def options(self) -> dict[str, Any]:
        """Return the check's options: language, the client's brands, the workspace's words, and
        the window's language for the findings' messages (an English page's, read in Italian)."""
        store = self.ctx.store
        brands: list[str] = []
        if self.audit_id:
            brands = list(store.clients.get(store.audits.get(self.audit_id).client_id).brands)
        return {
            "lang": self.language.currentData(),
            "brands": brands,
            "accepted_words": store.profile.accepted_words(),
            "target": "-",
            "messages": self.ctx.lang,
        }

    def run(self) -> None:
        """Check the editor's text now, off the GUI thread; an older run's result is dropped."""
        _ = self.ctx.tr
        self._timer.stop()
        text = self.editor.toPlainText()
        self._generation += 1
        generation = self._generation
        if not text.strip():
            self.checked_text = text
            self._show(None)
            return
        self.status.setText(_("Checking..."))
        self.ctx.tasks.run(
            self.check,
            text,
            **self.options(),
            on_done=lambda result: self._done(generation, text, result),
            on_error=lambda exc: self._failed(generation, exc),
        )

    def _done(self, generation: int, text: str, result: CheckResult) -> None:
        if generation != self._generation:
            return  # the text changed while this run was going: a newer run follows
        self.checked_text = text
        self._show(result)

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        _ = self.ctx.tr
        log.info("text check failed: %r", exc)
        reason = str(exc) if isinstance(exc, AuditorError) else _("the text check is not available")
        self.status.setText(_("Not checked: {reason}").format(reason=reason))

    def _show(self, result: CheckResult | None) -> None:
        self.result = result
        self.metrics.show_metrics(result.metrics if result else None)
        self.status.setText("")
        found = [Suggestion("text", f) for f in result.findings] if result else []
        self.suggestions.set_suggestions(found)

    def _mark(self, pending: list[Suggestion]) -> None:
        # Only pending suggestions are marked, and only while the text is the one checked.
        if self.editor.toPlainText() == self.checked_text:
            self.highlighter.set_findings(self.checked_text, [s.finding for s in pending])
        else:
            self.highlighter.clear()
