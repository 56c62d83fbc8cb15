"""The guided checklist runner: header, side list of items, the current item (or metrics page)."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListView,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from auditor.commands import Change
from auditor.errors import AuditorError
from ui.context import AppContext
from ui.runner.answers import answer_keys
from ui.runner.header import RunnerHeader
from ui.runner.item_view import ItemView
from ui.runner.items_model import ItemListModel
from ui.runner.keys import bind_runner_keys
from ui.runner.metrics import MetricsPage
from ui.runner.missing import MissingPanel
from ui.runner.session import VisitSession
from ui.widgets import messages
from ui.widgets.wrap_delegate import WrapDelegate

log = logging.getLogger(__name__)


class RunnerPane(QWidget):
    """Answer an audit's visits one item at a time, keyboard first."""

    position_changed = Signal(str, str)  # visit id, item id ("" for the metrics page)
    finding_requested = Signal(str, str)  # visit id, item id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.audit_id: str | None = None
        self.sessions: list[VisitSession] = []
        self.session: VisitSession | None = None
        self.index = 0
        self.read_only = False

        self.header = RunnerHeader(ctx.tr, ctx.lang)
        self.missing_panel = MissingPanel(ctx.tr)
        self.model = ItemListModel(ctx.tr, ctx.lang, self)
        self.item_list = QListView()
        self.item_list.setModel(self.model)
        # Narrow enough for a 1024-pixel screen; the splitter's handle widens it or folds it away.
        self.item_list.setMinimumWidth(180)
        self.item_list.setWordWrap(True)
        self.item_list.setSpacing(2)
        # Rows wrap to the list's width and are laid out again on resize (never elided).
        self.item_list.setItemDelegate(WrapDelegate(self.item_list))
        self.item_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.item_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.item_view = ItemView(ctx)
        self.metrics_page = MetricsPage(ctx.tr)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.item_view)
        scroll.viewport().setAutoFillBackground(False)  # the calm window colour around the card
        self.item_view.setAutoFillBackground(False)
        self.pages = QStackedWidget()
        self.pages.addWidget(scroll)
        self.pages.addWidget(self.metrics_page)
        _ = ctx.tr
        self.empty = QLabel(_("This audit has no touchpoints to visit."))
        self.empty.setProperty("role", "guidance")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()
        self.splitter = splitter = QSplitter()
        splitter.addWidget(self.item_list)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        splitter.setCollapsible(1, False)  # the item itself never folds away, the list may
        splitter.setSizes([300, 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.header)
        layout.addWidget(self.missing_panel)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.empty, 1)
        self._add_review_panel(ctx, layout)

        self.header.visit_requested.connect(self.show_visit)
        self.header.complete_requested.connect(self.complete_visit)
        self.header.reopen_requested.connect(self.reopen_visit)
        self.header.details_requested.connect(self.edit_details)
        self.missing_panel.jump_requested.connect(self.go_to_item)
        self.item_list.selectionModel().currentChanged.connect(
            lambda current, _prev: self.go_to(current.row())
        )
        self.item_view.answer_requested.connect(self.answer)
        self.item_view.note_changed.connect(self._save_note)
        self.item_view.step_requested.connect(lambda step: self.go_to(self.index + step, step=step))
        self.metrics_page.metric_requested.connect(self._save_metric)
        self.metrics_page.done_requested.connect(self.complete_visit)
        ctx.events.changed.connect(self._changed)
        self.shortcuts = bind_runner_keys(
            self,
            self._answer_key,
            self.next_item,
            self.previous_item,
            self.next_unanswered,
            self._finding,
            self.complete_visit,
        )

    def _add_review_panel(self, ctx: AppContext, layout: QVBoxLayout) -> None:
        """Put the reviewer's comments above the item (issue 16), following the item shown."""
        from ui.runner.comments import ReviewCommentsPanel

        self.review_panel = ReviewCommentsPanel(ctx)
        layout.insertWidget(layout.indexOf(self.splitter), self.review_panel)
        self.position_changed.connect(self.review_panel.show_place)
        self.review_panel.jump_requested.connect(self.jump_to)

    def jump_to(self, visit_id: str, item_id: str) -> None:
        """Show an item of any visit of the audit (a review comment's place)."""
        ids = [s.visit.id for s in self.sessions]
        if visit_id in ids:
            # An item id the visit lacks ("" for a comment on the touchpoint) shows its first item.
            self.show_visit(ids.index(visit_id), item_id or "first")

    # --- what is shown ---------------------------------------------------------------------

    def set_audit(self, audit_id: str | None) -> None:
        """Show an audit's visits (None shows nothing)."""
        self.flush()
        self.audit_id = audit_id
        visits = self.ctx.store.audits.visits(audit_id) if audit_id else []
        self.sessions = [VisitSession(self.ctx, visit) for visit in visits]
        self.session = None
        self.review_panel.set_audit(audit_id)
        self.missing_panel.hide()
        for widget in (self.header, self.splitter):
            widget.setVisible(bool(self.sessions))
        self.empty.setVisible(not self.sessions)
        if self.sessions:
            self.show_visit(0)
        else:
            self.model.set_session(None)

    def set_read_only(self, read_only: bool) -> None:
        """Allow or refuse changes (a delivered audit)."""
        self.read_only = read_only
        self._apply_read_only()

    def show_visit(self, number: int, item_id: str = "") -> None:
        """Show visit `number` at an item (the first unanswered one by default)."""
        self.flush()
        self.session = self.sessions[number]
        self.session.reload()
        self.model.set_session(self.session)
        self.missing_panel.hide()
        self._fill_header()
        ids = [item.id for item in self.session.items]
        first_open = self.session.next_open(-1) if item_id == "" else None
        if item_id in ids:
            index = ids.index(item_id)
        elif first_open is not None:
            index = first_open
        else:
            index = len(ids) if item_id == "metrics" else 0
        self.go_to(index, force=True)

    def go_to(self, index: int, force: bool = False, step: int = 1) -> None:
        """Show item `index`; the row after the last item is the metrics page.

        An item not asked (its show-if condition does not hold) is passed by in the direction
        of `step`, so PgUp, PgDn, the arrows, U and links all land on a question to answer.
        """
        session = self.session
        if session is not None and session.is_hidden(index):
            shown = session.shown_index(index, step)
            if shown is None:
                return
            index = shown
        if (
            session is None
            or not 0 <= index <= len(session.items)
            or (index == self.index and not force and self._shown_session is session)
        ):
            return
        self.flush()
        self.index = index
        self._shown_session = session
        self.item_list.selectionModel().setCurrentIndex(
            self.model.index(index), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        if index == len(session.items):
            self.metrics_page.show_visit(session.visit)
            self.pages.setCurrentWidget(self.metrics_page)
            self.metrics_page.setFocus()
            self.position_changed.emit(session.visit.id, "metrics")
        else:
            self.item_view.show_item(session, index)
            self.pages.setCurrentIndex(0)
            if not self.item_list.hasFocus():
                self.item_view.focus_answer()  # a text item: straight into its box
            self.position_changed.emit(session.visit.id, session.items[index].id)
        self._apply_read_only()

    _shown_session: VisitSession | None = None

    def go_to_item(self, item_id: str) -> None:
        """Show the item with this id in the current visit."""
        if self.session is not None:
            ids = [item.id for item in self.session.items]
            if item_id in ids:
                self.go_to(ids.index(item_id))

    def next_item(self) -> None:
        """Move to the next item (then the metrics page)."""
        self.go_to(self.index + 1)

    def previous_item(self) -> None:
        """Move to the previous item."""
        self.go_to(self.index - 1, step=-1)

    def _answer_key(self, key: str) -> None:
        # Answer keys belong to the item on screen: on the metrics page no item is shown, and a
        # key must not change the one behind it.
        if self.pages.currentWidget() is self.metrics_page or self.session is None:
            return
        item = self.item_view.item
        focus = QApplication.focusWidget()
        on_item = focus is not None and (
            focus is self.item_view or self.item_view.isAncestorOf(focus)
        )
        # A letter typed with the focus elsewhere (the list, the header) was not meant as an
        # answer; only the stopwatch's T works from anywhere in the runner.
        if not on_item and key != "t":
            if item is not None and not self._locked():
                _ = self.ctx.tr
                self.ctx.events.message_requested.emit(
                    _("Answer keys act on the item shown: click it or press Esc first.")
                )
            return
        if self.item_view.key_pressed(key) or item is None or self._locked():
            return
        # A key the item cannot take does nothing; the status bar says what it takes.
        _ = self.ctx.tr
        self.ctx.events.message_requested.emit(
            _("{key} is not an answer to this item: it takes {expected}.").format(
                key=key.upper(), expected=answer_keys(item, _)
            )
        )

    def next_unanswered(self) -> None:
        """Jump to the next item without an answer: later in this visit, then in the next ones."""
        if self.session is None:
            return
        self.session.reload()  # answers may have come from elsewhere (the call stopwatch, undo)
        later = self.session.next_open(self.index)
        if later is not None and later > self.index:
            self.go_to(later)
            return
        current = self.sessions.index(self.session)
        for step in range(1, len(self.sessions) + 1):
            number = (current + step) % len(self.sessions)
            other = self.sessions[number]
            other.reload()
            index = other.next_open(-1)
            if index is not None:
                if other is self.session:
                    self.go_to(index)
                else:
                    self.show_visit(number, other.items[index].id)
                return
        _ = self.ctx.tr
        self.ctx.events.message_requested.emit(_("Every item of this audit has an answer."))

    def flush(self) -> None:
        """Save the note or text being typed now (item change, close)."""
        self.item_view.flush()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Arrows reach the pane only when the focused widget (spin box, list) did not use them.
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Right):
            self.next_item()
        elif event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Left):
            self.previous_item()
        elif event.key() == Qt.Key.Key_Escape and self.pages.currentIndex() == 0:
            self.item_view.focus_answer()  # from the list or the header back to the item
        else:
            super().keyPressEvent(event)

    # --- changes ---------------------------------------------------------------------------

    def answer(self, item_id: str, value: Any) -> None:
        """Record an answer through the core; a refused value changes nothing and says why."""
        if self.session is None or self._locked():
            return
        try:
            self.session.answer(item_id, value)
        except AuditorError as exc:
            self.ctx.events.message_requested.emit(str(exc))

    def complete_visit(self) -> None:
        """Complete the visit, or list what is missing."""
        if self.session is None or self._locked():
            return
        self.flush()
        gaps = self.session.missing()
        if gaps:
            self.missing_panel.show_missing(gaps)
            if gaps[0].item_id:
                self.go_to_item(gaps[0].item_id)  # straight to the first thing to fix
            return
        if self._core(self.session.complete):
            self.missing_panel.hide()

    def edit_details(self) -> None:
        """Open the visit's details (start and end, place, contact, staff met) to edit them."""
        from ui.dialogs.visit_details import VisitDetailsDialog

        if self.session is None or self.read_only:  # a completed visit's details may be fixed
            return
        self.flush()
        visit = self.ctx.store.audits.visit(self.session.visit.id)
        VisitDetailsDialog(self.ctx, visit, parent=self).exec()

    def reopen_visit(self) -> None:
        """Put the completed visit back in progress."""
        if self.session is not None and not self.read_only:
            self._core(self.session.reopen)

    def _save_note(self, item_id: str, text: str, new_edit: bool) -> None:
        if self.session is not None and not self._locked():
            self._core(lambda: self.session.save_note(item_id, text, new_edit=new_edit))

    def _save_metric(self, name: str, value: int | None) -> None:
        if self.session is not None and not self._locked():
            self._core(lambda: self.session.set_metrics(**{name: value}))

    def _finding(self) -> None:
        if self.session is not None and not self.read_only:
            item_id = (
                self.session.items[self.index].id if self.index < len(self.session.items) else ""
            )
            self.finding_requested.emit(self.session.visit.id, item_id)

    def _core(self, call: Any) -> bool:
        _ = self.ctx.tr
        try:
            call()
        except AuditorError as exc:
            messages.error(self, _("Not saved"), str(exc))
            return False
        return True

    def _locked(self) -> bool:
        return self.read_only or (self.session is not None and self.session.completed)

    # --- reacting to the store -----------------------------------------------------------------

    def _changed(self, change: Change) -> None:
        # Only what the change touched is read again: the visit on screen and this audit's scores.
        if self.audit_id not in change.audits or self.session is None:
            return
        if change.via and change.visits:
            # Undo and redo show where they happened, so the auditor sees what moved.
            ids = [s.visit.id for s in self.sessions]
            visit_id = next(iter(change.visits))
            if visit_id in ids and visit_id != self.session.visit.id:
                item_id = next((i for v, i in change.items if v == visit_id), "metrics")
                self.show_visit(ids.index(visit_id), item_id)
                return
        for session in self.sessions:
            if session is not self.session and session.visit.id in change.visits:
                session.reload()  # another visit changed (the call stopwatch): its title marks
        self.session.reload()
        self.model.refresh()
        self._fill_header()
        if change.via and change.items:
            item_id = next((i for v, i in change.items if v == self.session.visit.id), "")
            if item_id:
                self.go_to_item(item_id)
        if self.session.is_hidden(self.index):
            # The item on screen is no longer asked (an undo elsewhere changed an answer it
            # depends on): move on to the next question rather than leave a dead card shown.
            self.go_to(self.index, force=True)
        elif self.index < len(self.session.items):
            self.item_view.refresh(self.session)
        else:
            self.metrics_page.show_visit(self.session.visit)
        if self.missing_panel.isVisible():
            self.missing_panel.show_missing(self.session.missing())
        self._apply_read_only()

    def _fill_header(self) -> None:
        if self.session is None:
            return
        _ = self.ctx.tr
        done = _("completed")
        titles = [
            f"{n}. {s.title()}" + (f"  \u2713 {done}" if s.completed else "")
            for n, s in enumerate(self.sessions, start=1)
        ]
        self.header.set_visits(titles, self.sessions.index(self.session))
        self.header.show_scores(self.session, self.ctx.score(self.session.audit_id), self.read_only)

    def _apply_read_only(self) -> None:
        locked = self._locked()
        self.item_view.set_read_only(locked)
        self.metrics_page.set_read_only(locked)
