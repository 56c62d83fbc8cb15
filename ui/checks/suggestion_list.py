"""The shared list of check suggestions: one click accepts (a finding) or dismisses (remembered)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
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

from auditor import suggestions as core
from auditor.checks.base import CheckResult
from auditor.commands import (
    SUGGESTIONS,
    AcceptSuggestion,
    AcceptWord,
    Change,
    DismissSuggestion,
    word_problem,
)
from auditor.errors import AuditorError
from auditor.service import visit_titles
from ui.checks.item_picker import ItemPicker
from ui.checks.model import Suggestion
from ui.context import AppContext
from ui.dialogs.finding import severity_label
from ui.widgets import messages, theme
from ui.widgets.pixmaps import pixmap_from_bytes

log = logging.getLogger(__name__)

# Given a suggestion, return the (visit id, item id) its finding belongs to.
ScopeProvider = Callable[[Suggestion], tuple[str | None, str | None]]


def _visible(text: str) -> str:
    """Return text that is only white space with each space shown as an open box."""
    return text.replace(" ", "\u2423") if text and not text.strip() else text


class SuggestionRow(QWidget):
    """One suggestion: severity, message, where, and its buttons."""

    def __init__(self, suggestion: Suggestion, tr: Callable[[str], str], can_learn: bool):
        super().__init__()
        _ = tr
        finding = suggestion.finding
        self.suggestion = suggestion
        dot = QLabel("\u25cf")
        dot.setStyleSheet(
            f"color: {theme.SEVERITY_COLORS[finding.severity.value]}; font-size: 16px;"
        )
        dot.setToolTip(severity_label(finding.severity, tr))
        text = QLabel(self._text(tr))
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.accept_button = QPushButton(_("Accept"))
        self.accept_button.setToolTip(_("Make it a finding of this audit"))
        self.dismiss_button = QPushButton(_("Dismiss"))
        self.dismiss_button.setToolTip(_("Not a problem: do not suggest it again in this audit"))
        self.learn_button = QPushButton(_("Add to dictionary"))
        self.learn_button.setVisible(
            can_learn
            # a typo, or an Italian word of English copy (culatello) the client's menus keep
            and finding.rule in ("spelling", "italian_words")
            and word_problem(finding.excerpt.strip(), tr) is None  # one word the dictionary takes
        )
        # Where the accepted finding goes: the best match proposed, the auditor may choose another.
        self.picker = ItemPicker(tr)
        self.picker.setVisible(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(dot, 0, Qt.AlignmentFlag.AlignTop)
        if suggestion.thumbnail:
            thumb = QLabel()
            thumb.setPixmap(
                pixmap_from_bytes(suggestion.thumbnail, QSize(72, 54), self.devicePixelRatioF())
            )
            layout.addWidget(thumb, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(text, 1)
        layout.addWidget(self.picker, 0, Qt.AlignmentFlag.AlignTop)
        for button in (self.learn_button, self.dismiss_button, self.accept_button):
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)

    def _text(self, tr: Callable[[str], str]) -> str:
        _ = tr
        finding, lines = self.suggestion.finding, [self.suggestion.finding.message]
        if self.suggestion.label:
            lines.append(self.suggestion.label)
        if finding.excerpt:
            lines.append("\u201c" + _visible(finding.excerpt) + "\u201d")
        if finding.suggestions:
            suggestions = ", ".join(_visible(s) for s in finding.suggestions)
            lines.append(_("Suggested: {suggestions}").format(suggestions=suggestions))
        if finding.url:
            lines.append(finding.url)
        if finding.element:
            lines.append(finding.element[:160])
        return "\n".join(lines)


class SuggestionList(QWidget):
    """Pending suggestions of one check; accepting and dismissing are commands of the core."""

    pending_changed = Signal(list)  # the suggestions still pending, after every refresh
    accepted = Signal(object)  # the Finding just created

    def __init__(
        self,
        ctx: AppContext,
        scope: ScopeProvider,
        *,
        can_learn: bool = False,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        _ = ctx.tr
        self.ctx = ctx
        self.scope = scope
        self.can_learn = can_learn
        self.audit_id: str | None = None
        self.read_only = False
        self.candidates: list[Suggestion] = []
        self.pending: list[Suggestion] = []
        self.list = QListWidget()
        self.list.setSpacing(2)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # The row widget fills its item: the theme's item padding would cut its last line off.
        self.list.setStyleSheet("QListView::item { padding: 0px; }")
        self.empty_text = _("Nothing to suggest.")
        self.checked = False
        self.count_label = QLabel()
        self.count_label.setProperty("role", "muted")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.count_label)
        layout.addWidget(self.list, 1)
        self.list.viewport().installEventFilter(self)
        for key, act in (("A", self.accept), ("D", self.dismiss)):
            shortcut = QShortcut(QKeySequence(key), self.list)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda act=act: self._on_current(act))
        ctx.events.changed.connect(self._changed)

    def _changed(self, change: Change) -> None:
        # An undone "Accept" or "Dismiss" offers the suggestion again.
        if self.audit_id in change.audits and change.concerns(SUGGESTIONS) and self.candidates:
            self.refresh()

    def set_audit(self, audit_id: str | None) -> None:
        """Forget the suggestions of the previous audit."""
        self.audit_id = audit_id
        self.set_suggestions([])
        self.checked = False  # "no remarks" only once a check has run
        self._render()

    def set_read_only(self, read_only: bool) -> None:
        """Allow or refuse accepting and dismissing."""
        self.read_only = read_only
        self._render()

    def set_suggestions(self, candidates: list[Suggestion]) -> None:
        """Show these suggestions, minus the ones already handled in this audit."""
        self.checked = True
        self.candidates = list(candidates)
        self.refresh()

    def refresh(self) -> None:
        """Filter the candidates against what the store remembers, and redraw."""
        if self.audit_id is None:
            self.pending = []
        else:
            findings = [s.finding for s in self.candidates]
            kept = {
                id(f)
                for f in core.pending(self.ctx.store, self.audit_id, CheckResult("", "", findings))
            }
            self.pending = [s for s in self.candidates if id(s.finding) in kept]
        self._render()
        self.pending_changed.emit(self.pending)

    def _render(self) -> None:
        _ = self.ctx.tr
        self.list.clear()
        for suggestion in self.pending:
            row = SuggestionRow(suggestion, self.ctx.tr, self.can_learn and not self.read_only)
            for button in (row.accept_button, row.dismiss_button, row.learn_button):
                button.setEnabled(not self.read_only)
            row.accept_button.clicked.connect(lambda _c=False, s=suggestion: self.accept(s))
            row.dismiss_button.clicked.connect(lambda _c=False, s=suggestion: self.dismiss(s))
            row.learn_button.clicked.connect(lambda _c=False, s=suggestion: self.learn(s))
            self._offer_items(row)
            entry = QListWidgetItem()
            self.list.addItem(entry)  # may resize the viewport: _fit_rows skips rows not yet set
            self.list.setItemWidget(entry, row)
        self._fit_rows()
        self.count_label.setText(
            _("Suggestions to review: {count}").format(count=len(self.pending))
            if self.pending
            else self.empty_text
            if self.checked
            else ""
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.list.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_rows()
        return super().eventFilter(watched, event)

    def _fit_rows(self) -> None:
        # A row is as tall as its wrapped text at the list's present width (a plain sizeHint() of
        # wrapped labels is too short and rows overlap); polished first, the style sheet sets fonts.
        width = max(200, self.list.viewport().width() - 2 * self.list.spacing())
        for index in range(self.list.count()):
            entry = self.list.item(index)
            row = self.list.itemWidget(entry)
            if row is None:
                continue
            row.ensurePolished()
            height = row.heightForWidth(width) if row.hasHeightForWidth() else -1
            entry.setSizeHint(QSize(width, max(height, row.minimumSizeHint().height())))

    def _place(self, suggestion: Suggestion) -> tuple[str | None, str | None, Any]:
        """Return the visit, the proposed item and the visit's checklist for a suggestion."""
        visit_id, item_id = self.scope(suggestion)
        if not visit_id:
            return None, None, None
        visit = self.ctx.store.audits.visit(visit_id)
        template = self.ctx.store.audits.template(visit.template_id, visit.template_version)
        if suggestion.item_id and suggestion.visit_id == visit_id:
            return visit_id, suggestion.item_id, template  # the check knows (a photo's item)
        proposed = core.best_item(template, suggestion.check, suggestion.finding, prefer=item_id)
        return visit_id, proposed, template

    def _offer_items(self, row: SuggestionRow) -> None:
        """Fill the row's item picker with its visit's items, the best match selected."""
        try:
            visit_id, item_id, template = self._place(row.suggestion)
        except (AuditorError, KeyError):
            visit_id = None
        if not visit_id or template is None:
            row.picker.setVisible(False)
            return
        row.picker.set_items(core.item_choices(template, self.ctx.lang), item_id)
        row.picker.setProperty("visit_id", visit_id)
        row.picker.setEnabled(not self.read_only)
        row.picker.setVisible(True)

    def showEvent(self, event: Any) -> None:
        # The runner may have moved since the rows were drawn: propose again what fits now.
        super().showEvent(event)
        for index in range(self.list.count()):
            row = self.list.itemWidget(self.list.item(index))
            if isinstance(row, SuggestionRow) and not row.picker.isHidden():
                try:
                    _visit, item_id, _t = self._place(row.suggestion)
                except (AuditorError, KeyError):
                    continue
                row.picker.propose(item_id)

    def row(self, index: int) -> SuggestionRow:
        """Return the row widget at `index` (tests click its buttons)."""
        return self.list.itemWidget(self.list.item(index))  # type: ignore[return-value]

    def _on_current(self, act: Callable[[Suggestion], None]) -> None:
        index = self.list.currentRow()
        if 0 <= index < len(self.pending):
            act(self.pending[index])

    def accept(self, suggestion: Suggestion) -> None:
        """Make the suggestion a finding of the audit, with its evidence."""
        if self.audit_id is None or self.read_only:
            return
        _ = self.ctx.tr
        store, audit_id = self.ctx.store, self.audit_id
        visit_id, item_id = self._chosen_place(suggestion)
        kind = store.audits.visit(visit_id).kind.value if visit_id else None
        proposed = core.finding_for(
            audit_id,
            suggestion.check,
            suggestion.finding,
            lang=self.ctx.lang,
            visit_id=visit_id,
            item_id=item_id,
            evidence_ids=suggestion.evidence_ids,
            kind=kind,
        )
        try:
            finding = self.ctx.run(
                AcceptSuggestion(proposed, suggestion.finding.fingerprint())
            ).result
        except AuditorError as exc:
            messages.error(self, _("Not accepted"), str(exc))
            return
        self.accepted.emit(finding)
        where = visit_titles(store, audit_id, self.ctx.lang).get(finding.visit_id or "") or _(
            "the whole audit"
        )
        self.ctx.events.message_requested.emit(
            _("Finding \u201c{title}\u201d added to {where}.").format(
                title=finding.title, where=where
            )
        )
        self.refresh()

    def _chosen_place(self, suggestion: Suggestion) -> tuple[str | None, str | None]:
        """Return the visit and item the auditor chose in the suggestion's row, else the best match."""
        row = next(
            (
                r
                for r in (self.row(i) for i in range(self.list.count()))
                if r is not None and r.suggestion is suggestion
            ),
            None,
        )
        if row is not None and row.picker.touched and row.picker.property("visit_id"):
            return row.picker.property("visit_id"), row.picker.chosen()
        visit_id, item_id, _template = self._place(suggestion)
        return visit_id, item_id

    def dismiss(self, suggestion: Suggestion) -> None:
        """Remember that this suggestion is not a problem in this audit."""
        if self.audit_id is None or self.read_only:
            return
        _ = self.ctx.tr
        try:
            self.ctx.run(DismissSuggestion(self.audit_id, suggestion.finding))
        except AuditorError as exc:
            messages.error(self, _("Not dismissed"), str(exc))
            return
        self.refresh()

    def learn(self, suggestion: Suggestion) -> None:
        """Accept the flagged word from now on (workspace dictionary); whoever shows a text hears
        of it as a change to WORDS, as of a word added in Edit > Dictionary or an undo."""
        _ = self.ctx.tr
        word = suggestion.finding.excerpt
        if word and not self.read_only:
            try:
                self.ctx.run(AcceptWord(word))
            except AuditorError as exc:
                messages.error(self, _("Not added to the dictionary"), str(exc))
