"""The call stopwatch of phone visits: big buttons, live time, events, summary, checklist fill."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from auditor.commands import SetCallLog
from auditor.errors import AuditorError
from auditor.model import AuditStatus, CallLogEvent, TouchpointKind, Visit, VisitStatus
from auditor.service import visit_titles
from ui.checks.call_fill import apply_fill, fill_lines, plan_fill
from ui.checks.call_model import EVENTS, CallRecording
from ui.checks.metrics import MetricsLabel
from ui.context import AppContext
from ui.runner.stopwatch import format_seconds
from ui.widgets import messages

log = logging.getLogger(__name__)

Clock = Callable[[], float]  # seconds; wall time by default so a call survives a restart
KEYS = {"dial": "D", "answered": "A", "hold": "H", "resume": "R", "transfer": "T", "end": "E"}
# Anywhere on the audit (the runner included), where the plain letters answer items.
VISIT_MODIFIERS = "Ctrl+Shift+"


class CallPanel(QWidget):
    """Drive a call's stopwatch with one button per event; the log is kept with the visit.

    In this panel the event's letter records it; anywhere in the audit's tabs, while the runner
    is on a phone visit, Ctrl+Shift and the letter do (plain letters there answer items).
    """

    confirm_default_yes = True  # "fill the checklist from the call?": yes is the common path

    def __init__(self, ctx: AppContext, clock: Clock | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        _ = ctx.tr
        self.ctx = ctx
        self.clock: Clock = clock or time.time
        self.audit_id: str | None = None
        self.visits: list[Visit] = []
        self.position: tuple[str | None, str | None] = (None, None)
        self.read_only = False
        self.recording = CallRecording()
        self.visit_shortcuts: list[QShortcut] = []
        self._shortcut_scope: QWidget | None = None
        self.visit_box = QComboBox()
        self.none_label = QLabel(_("This audit has no phone visit."))
        self.none_label.setProperty("role", "guidance")
        self.elapsed = QLabel(format_seconds(0))
        self.elapsed.setStyleSheet("font-size: 40px; font-weight: 600; font-family: monospace;")
        self.state = QLabel()
        self.state.setProperty("role", "guidance")
        names = {
            "dial": _("Dial"),
            "answered": _("Answered"),
            "hold": _("Hold"),
            "resume": _("Resume"),
            "transfer": _("Transfer"),
            "end": _("End"),
        }
        self.names = names
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        for n, kind in enumerate(EVENTS):
            button = QPushButton(f"{names[kind]}  {KEYS[kind]}")
            button.setToolTip(
                _("{key} here, {visit_key} anywhere on the phone visit").format(
                    key=KEYS[kind], visit_key=VISIT_MODIFIERS + KEYS[kind]
                )
            )
            button.setProperty("answer", True)
            button.setMinimumHeight(52)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _c=False, kind=kind: self.record(kind))
            shortcut = QShortcut(QKeySequence(KEYS[kind]), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda kind=kind: self.record(kind))
            grid.addWidget(button, n // 3, n % 3)
            self.buttons[kind] = button
        self.events = QListWidget()
        self.summary = MetricsLabel(ctx.tr)
        self.new_button = QPushButton(_("New call"))
        self.fill_button = QPushButton(_("Use for checklist..."))
        self.fill_button.setProperty("primary", True)
        top = QHBoxLayout()
        top.addWidget(QLabel(_("Phone visit")))
        top.addWidget(self.visit_box, 1)
        top.addWidget(self.none_label, 1)
        clock_row = QHBoxLayout()
        clock_row.addWidget(self.elapsed)
        clock_row.addSpacing(16)
        clock_row.addWidget(self.state, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.new_button)
        actions.addStretch(1)
        actions.addWidget(self.fill_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(clock_row)
        layout.addLayout(grid)
        layout.addWidget(self.events, 1)
        layout.addWidget(self.summary)
        layout.addLayout(actions)
        self._tick = QTimer(self)
        self._tick.setInterval(100)
        self._tick.timeout.connect(self._show_time)
        self.visit_box.currentIndexChanged.connect(lambda _i: self._load())
        self.new_button.clicked.connect(self.new_call)
        self.fill_button.clicked.connect(self.use_for_checklist)

    # --- what is shown ---------------------------------------------------------------------

    def set_audit(self, audit_id: str | None) -> None:
        """List the audit's phone visits and show the current one's call."""
        self.audit_id = audit_id
        all_visits = self.ctx.store.audits.visits(audit_id) if audit_id else []
        self.visits = [v for v in all_visits if v.kind == TouchpointKind.PHONE]
        self.visit_box.blockSignals(True)
        self.visit_box.clear()
        titles = visit_titles(self.ctx.store, audit_id, self.ctx.lang) if audit_id else {}
        for visit in self.visits:
            self.visit_box.addItem(titles[visit.id], visit.id)
        self.visit_box.blockSignals(False)
        self.visit_box.setVisible(bool(self.visits))
        self.none_label.setVisible(not self.visits)
        self._bind_visit_keys()
        self.set_position(*self.position)
        self._load()

    def set_read_only(self, read_only: bool) -> None:
        """Allow or refuse recording and filling answers."""
        self.read_only = read_only
        self._enable()

    def set_position(self, visit_id: str | None, item_id: str | None) -> None:
        """Follow the runner: on a phone visit, show that visit's call."""
        self.position = (visit_id, item_id)
        ids = [v.id for v in self.visits]
        if visit_id in ids and self.visit_box.currentIndex() != ids.index(visit_id):
            self.visit_box.setCurrentIndex(ids.index(visit_id))
        for shortcut in self.visit_shortcuts:
            shortcut.setEnabled(visit_id in ids)  # only while the runner is on a phone visit

    def _bind_visit_keys(self) -> None:
        """Bind Ctrl+Shift+letter on the audit's tabs, so the call runs from the runner too."""
        scope = self.parentWidget()
        while scope is not None and not isinstance(scope, QTabWidget):
            scope = scope.parentWidget()
        if scope is None or scope is self._shortcut_scope:
            return  # not inside an audit's tabs yet (built on its own), or already bound
        for shortcut in self.visit_shortcuts:
            shortcut.setParent(None)
            shortcut.deleteLater()
        self._shortcut_scope = scope
        self.visit_shortcuts = []
        for kind in EVENTS:
            shortcut = QShortcut(QKeySequence(VISIT_MODIFIERS + KEYS[kind]), scope)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda kind=kind: self.record(kind))
            self.visit_shortcuts.append(shortcut)

    def visit(self) -> Visit | None:
        """Return the phone visit chosen, re-read from the store."""
        visit_id = self.visit_box.currentData()
        return self.ctx.store.audits.visit(visit_id) if visit_id else None

    def _load(self) -> None:
        visit = self.visit()
        # The log lives in its own table (issue 15), one row per tap.
        events = self.ctx.store.calls.events(visit.id) if visit else []
        data = {"events": [{"kind": e.kind, "at": e.at_s} for e in events]} if events else None
        try:
            self.recording = CallRecording.from_json(data) if data else CallRecording()
        except (AuditorError, KeyError, TypeError, ValueError) as exc:
            log.warning("unreadable call log on visit %s: %r", visit.id if visit else "", exc)
            self.recording = CallRecording()
        self._show()

    # --- recording -------------------------------------------------------------------------

    def record(self, kind: str) -> None:
        """Record a call event now, if it makes sense at this point of the call."""
        visit = self.visit()
        if visit is None or self.read_only or kind not in self.recording.allowed():
            return
        _ = self.ctx.tr
        try:
            self.recording.record(kind, self.clock())
        except (AuditorError, ValueError) as exc:
            messages.error(self, _("Not recorded"), str(exc))
            return
        self._save(visit)
        self._show()

    def new_call(self) -> None:
        """Start over (the previous log is replaced when the next call is dialled)."""
        visit = self.visit()
        if visit is None or self.read_only:
            return
        self.recording = CallRecording()
        self._save(visit)
        self._show()

    def _save(self, visit: Visit) -> None:
        events = [CallLogEvent(kind, at) for kind, at in self.recording.events]
        _ = self.ctx.tr
        try:
            self.ctx.run(SetCallLog(visit.id, events))
        except AuditorError as exc:
            messages.error(self, _("Not saved"), str(exc))

    # --- filling the checklist -------------------------------------------------------------

    def use_for_checklist(self) -> None:
        """Show which items the call answers, and fill them after confirmation (one undo)."""
        _ = self.ctx.tr
        visit = self.visit()
        if visit is None or self.read_only or not self.recording.finished:
            return
        fills = plan_fill(self.ctx, visit, self.recording.values())
        if not fills:
            messages.info(
                self, _("Use for checklist"), _("No item of this checklist uses the stopwatch.")
            )
            return
        lines = fill_lines(fills, _)
        text = _("Fill these answers from the call?") + "\n\n" + "\n".join(lines)
        if messages.confirm(self, _("Use for checklist"), text):
            try:
                apply_fill(self.ctx, visit, fills)
            except AuditorError as exc:
                messages.error(self, _("Not saved"), str(exc))

    # --- display ---------------------------------------------------------------------------

    def _show(self) -> None:
        _ = self.ctx.tr
        self.events.clear()
        start = self.recording.started_at
        for kind, at in self.recording.events:
            self.events.addItem(f"{format_seconds(at - start)}   {self.names.get(kind, kind)}")
        self.summary.show_metrics(self.recording.summary() if self.recording.finished else None)
        running = bool(self.recording.events) and not self.recording.finished
        if running and not self._tick.isActive():
            self._tick.start()
        elif not running:
            self._tick.stop()
        states = {
            "": _("Press Dial when you start dialling."),
            "dial": _("Ringing..."),
            "answered": _("In conversation"),
            "resume": _("In conversation"),
            "transfer": _("Transferred"),
            "hold": _("On hold"),
            "end": _("Call ended"),
        }
        self.state.setText(states.get(self.recording.last, ""))
        self._show_time()
        self._enable()

    def _show_time(self) -> None:
        recording = self.recording
        if not recording.events:
            seconds = 0.0
        elif recording.finished:
            seconds = recording.events[-1][1] - recording.started_at
        else:
            seconds = self.clock() - recording.started_at
        self.elapsed.setText(format_seconds(seconds))

    def _enable(self) -> None:
        visit = self.visit()
        editable = visit is not None and not self.read_only
        allowed = self.recording.allowed()
        for kind, button in self.buttons.items():
            button.setEnabled(editable and kind in allowed)
        self.new_button.setEnabled(editable and bool(self.recording.events))
        locked = visit is not None and visit.status == VisitStatus.COMPLETED
        delivered = False
        if self.audit_id:
            delivered = self.ctx.store.audits.get(self.audit_id).status == AuditStatus.DELIVERED
        self.fill_button.setEnabled(
            editable and self.recording.finished and not locked and not delivered
        )
