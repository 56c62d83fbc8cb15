"""A phone visit's call recording: attached after consent, analysed off the GUI thread, corrected.

Keys in the panel: Ctrl+O attach, Space play from the cursor (or the selected segment), L loop
the greeting, S stop, F fill the checklist, R the ring count, M / Shift+M select a mark, arrows
nudge it. Correcting, hearing and filling are in ui.checks.recording_actions.

It fits a 1024x700 window in Italian too: the controls sit on short rows, the combo boxes and the
status line give way (their whole text in a tooltip), and the waveform shrinks before anything
is squeezed.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from auditor.commands import RECORDINGS, AddRecording, Change, SetConsent
from auditor.errors import AuditorError
from auditor.model import AuditStatus, Recording, TouchpointKind, Visit
from auditor.recordings import MAX_RINGS, consent_state, figures, recording_of
from auditor.recordings_intake import take_in_recording
from auditor.report.recording import figure_lines
from auditor.service import visit_titles
from ui.checks import recording_consent
from ui.checks.pitch_view import PitchView
from ui.checks.recording_actions import RecordingActions
from ui.checks.recording_consent import ConsentRow, shrinkable
from ui.checks.recording_player import SegmentPlayer
from ui.checks.waveform import WaveformView, pitch_curve
from ui.context import AppContext
from ui.widgets import messages
from ui.widgets.elided import ElidedLabel

log = logging.getLogger(__name__)

AUDIO_SUFFIXES = (".wav", ".mp3", ".ogg", ".opus", ".flac", ".m4a", ".aac", ".mp4", ".aif", ".aiff")
COUNTRIES = ("it", "gb", "us")
# The panel's keys (QKeySequence names, shown on the buttons as they are).
KEY_ATTACH, KEY_PLAY, KEY_LOOP, KEY_STOP, KEY_FILL = "Ctrl+O", "Space", "L", "S", "F"
KEY_RINGS = "R"


def short_name(name: str, most: int = 40) -> str:
    """Return a file name cut in the middle when long, so the status line keeps what happened."""
    if len(name) <= most:
        return name
    keep = (most - 1) // 2
    return f"{name[:keep]}\u2026{name[-keep:]}"


class RecordingPanel(RecordingActions, QWidget):
    """Attach, analyse, hear and correct a phone visit's recording; fill the checklist from it."""

    confirm_default_yes = True  # "fill these answers?": yes is the common path

    def __init__(
        self, ctx: AppContext, player: SegmentPlayer | None = None, parent: QWidget | None = None
    ):
        super().__init__(parent)
        _ = ctx.tr
        self.ctx = ctx
        self.audit_id: str | None = None
        self.visits: list[Visit] = []
        self.read_only = False
        self.recording: Recording | None = None
        self.task: Any = None
        self._cancel = False
        self._rings_run: str | None = None
        self.player = player or SegmentPlayer(parent=self)
        self.setAcceptDrops(True)
        self.visit_box = shrinkable(QComboBox(), 14)
        self.none_label = QLabel(_("This audit has no phone visit."))
        self.none_label.setProperty("role", "guidance")
        self.country_box = QComboBox()
        names = {"it": _("Italy"), "gb": _("United Kingdom"), "us": _("United States")}
        for code in COUNTRIES:
            self.country_box.addItem(names[code], code)
        self.country_box.setToolTip(_("The country whose ringback tone the call used"))
        self.country_box.setAccessibleName(_("Ringback"))
        self.consent = ConsentRow(ctx, self)
        self.attach_button = QPushButton(f"{_('Attach...')}  {KEY_ATTACH}")
        self.attach_button.setToolTip(_("Attach a call recording (or drop the file on the panel)"))
        self.delete_button = QPushButton(_("Delete"))
        self.delete_button.setToolTip(_("Delete recording"))
        # The key as its cap is printed on the user's keyboard ("Spazio" on an Italian one).
        self.play_button = QPushButton(f"{_('Play')}  {_('Space')}")
        self.loop_button = QPushButton(f"{_('Loop greeting')}  {KEY_LOOP}")
        self.stop_button = QPushButton(f"{_('Stop')}  {KEY_STOP}")
        self.fill_button = QPushButton(f"{_('Fill checklist')}  {KEY_FILL}")
        self.fill_button.setProperty("primary", True)
        self.rings_box = QSpinBox()
        self.rings_box.setRange(0, MAX_RINGS)
        self.rings_box.setKeyboardTracking(False)  # a typed "12" is one change, not "1" then "12"
        self.rings_box.setToolTip(
            _("Correct the number of rings heard before the answer ({key})").format(key=KEY_RINGS)
        )
        self.rings_box.setAccessibleName(_("Rings before the answer"))
        rings_label = QLabel(f"{_('Rings')}  {KEY_RINGS}")
        rings_label.setBuddy(self.rings_box)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.cancel_button = QPushButton(_("Cancel"))
        self.cancel_button.setVisible(False)
        self.status = ElidedLabel(_("Drop a call recording here, or attach one (Ctrl+O)."))
        self.status.setProperty("role", "guidance")
        self.wave = WaveformView()
        self.wave.setAccessibleName(_("Waveform: M selects a mark, the arrows move it"))
        self.wave.setToolTip(
            _(
                "Yellow: rings; pink: holds; blue: the greeting; green line: the answer; under "
                "the wave, dark blue: the staff member, ochre: the auditor. Drag a line to "
                "correct it, or select it with M and move it with the arrows."
            )
        )
        self.pitch = PitchView(_("s"), _("semitones"), ctx.lang)
        self.pitch.setAccessibleName(_("The greeting's pitch, in semitones over seconds"))
        self.figures = QLabel()
        self.figures.setTextFormat(Qt.TextFormat.PlainText)
        self.figures.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.figures.setWordWrap(True)
        self.figures.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._lay_out(rings_label)
        keys = {
            KEY_ATTACH: self.choose_file,
            KEY_PLAY: self.play_segment,
            KEY_LOOP: self.loop_greeting,
            KEY_STOP: self.player.stop,
            KEY_FILL: self.fill_checklist,
            KEY_RINGS: self.focus_rings,
        }
        for key, slot in keys.items():
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.attach_button.clicked.connect(self.choose_file)
        self.delete_button.clicked.connect(self.delete_recording)
        self.play_button.clicked.connect(self.play_segment)
        self.loop_button.clicked.connect(self.loop_greeting)
        self.stop_button.clicked.connect(self.player.stop)
        self.fill_button.clicked.connect(self.fill_checklist)
        self.cancel_button.clicked.connect(self.cancel)
        self.rings_box.valueChanged.connect(self.save_rings)
        self.rings_box.editingFinished.connect(self.rings_done)
        self.visit_box.currentIndexChanged.connect(lambda _i: self._load())
        self.wave.marks_edited.connect(self.save_marks)
        ctx.events.changed.connect(self._changed)

    def _lay_out(self, rings_label: QLabel) -> None:
        _ = self.ctx.tr
        top = QHBoxLayout()
        top.addWidget(QLabel(_("Phone visit")))
        top.addWidget(self.visit_box, 1)
        top.addWidget(self.none_label, 1)
        top.addWidget(QLabel(_("Ringback")))
        top.addWidget(self.country_box)
        # Two short rows of buttons: one row of them all is wider than 1024 px in Italian.
        actions = QHBoxLayout()
        actions.addWidget(self.attach_button)
        actions.addWidget(self.delete_button)
        actions.addStretch(1)
        actions.addWidget(self.fill_button)
        listening = QHBoxLayout()
        for button in (self.play_button, self.loop_button, self.stop_button):
            listening.addWidget(button)
        listening.addStretch(1)
        listening.addWidget(rings_label)
        listening.addWidget(self.rings_box)
        busy = QHBoxLayout()
        busy.addWidget(self.progress, 1)
        busy.addWidget(self.cancel_button)
        lower = QHBoxLayout()
        lower.addWidget(self.figures, 1)
        lower.addWidget(self.pitch, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.consent)
        layout.addLayout(actions)
        layout.addLayout(listening)
        layout.addLayout(busy)
        layout.addWidget(self.status)
        layout.addWidget(self.wave, 3)
        layout.addLayout(lower, 2)

    # --- what is shown ---------------------------------------------------------------------

    def set_audit(self, audit_id: str | None) -> None:
        """List the audit's phone visits and show the chosen one's recording."""
        self.audit_id = audit_id
        visits = self.ctx.store.audits.visits(audit_id) if audit_id else []
        self.visits = [v for v in visits if v.kind == TouchpointKind.PHONE]
        titles = visit_titles(self.ctx.store, audit_id, self.ctx.lang) if audit_id else {}
        self.visit_box.blockSignals(True)
        self.visit_box.clear()
        for visit in self.visits:
            self.visit_box.addItem(titles[visit.id], visit.id)
        self.visit_box.blockSignals(False)
        self.visit_box.setVisible(bool(self.visits))
        self.none_label.setVisible(not self.visits)
        self._load()

    def set_read_only(self, read_only: bool) -> None:
        """Allow or refuse attaching, correcting and filling (a delivered audit)."""
        self.read_only = read_only
        self._enable()

    def set_position(self, visit_id: str | None, _item_id: str | None = None) -> None:
        """Follow the runner: on a phone visit, show that visit's recording."""
        ids = [v.id for v in self.visits]
        if visit_id in ids and self.visit_box.currentIndex() != ids.index(visit_id):
            self.visit_box.setCurrentIndex(ids.index(visit_id))

    def visit_id(self) -> str | None:
        """Return the id of the phone visit chosen."""
        return self.visit_box.currentData()

    def _changed(self, change: Change) -> None:
        if self.audit_id and self.audit_id in change.audits and change.concerns(RECORDINGS):
            self._load()
        elif self.audit_id and change.concerns(RECORDINGS) and not change.audits:
            self.consent.show_state(self.audit_id)  # the agency's rule changed

    def _load(self) -> None:
        visit_id = self.visit_id()
        self.recording = (
            recording_of(self.ctx.store, self.audit_id, visit_id)
            if self.audit_id and visit_id
            else None
        )
        self.consent.show_state(self.audit_id)
        self._show()

    def _show(self) -> None:
        _ = self.ctx.tr
        recording = self.recording
        if recording is None:
            self.wave.clear()
            self.pitch.show_curve([], [])
            self.figures.setText("")
        else:
            shown = figures(recording)
            self.wave.show_recording(recording.analysis, shown)
            self.pitch.show_curve(*pitch_curve(recording.analysis))
            lines = figure_lines(shown, _, self.ctx.lang, precise=True)
            if recording.marks:
                lines.append((_("Marks"), _("corrected by the auditor")))
            self.figures.setText("\n".join(f"{label}: {value}" for label, value in lines))
        self.rings_box.blockSignals(True)  # showing the count is not correcting it
        self.rings_box.setValue(int(figures(recording).get("rings") or 0) if recording else 0)
        self.rings_box.blockSignals(False)
        self._enable()

    def _editable(self) -> bool:
        if self.read_only or not self.audit_id or not self.visit_id():
            return False
        return self.ctx.store.audits.get(self.audit_id).status != AuditStatus.DELIVERED

    def _enable(self) -> None:
        editable, busy, has = self._editable(), self.task is not None, self.recording is not None
        self.attach_button.setEnabled(editable and not busy)
        self.delete_button.setEnabled(editable and has and not busy)
        self.fill_button.setEnabled(editable and has and not busy)
        self.rings_box.setEnabled(editable and has and not busy)
        for button in (self.play_button, self.loop_button, self.stop_button):
            button.setEnabled(has)
        self.consent.setEnabled(editable)

    # --- attaching and analysing -----------------------------------------------------------

    def choose_file(self) -> None:
        """Pick a recording file and attach it."""
        if not self._editable() or self.task is not None:
            return
        _ = self.ctx.tr
        patterns = " ".join(f"*{s}" for s in AUDIO_SUFFIXES)
        path, _filter = QFileDialog.getOpenFileName(
            self, _("Attach recording"), "", _("Call recordings") + f" ({patterns})"
        )
        if path:
            self.attach(Path(path))

    def attach(self, path: Path) -> None:
        """Ask for consent if need be, then analyse the recording off the GUI thread and keep it."""
        _ = self.ctx.tr
        if not self._editable() or self.task is not None or self.audit_id is None:
            return
        state = consent_state(self.ctx.store, self.audit_id)
        if state == "ask":
            answer = recording_consent.ask_consent(self)
            if answer is None:
                return
            try:
                self.ctx.run(SetConsent(self.audit_id, answer))
            except AuditorError as exc:
                messages.error(self, _("Not saved"), str(exc))
                return
            state = "permitted" if answer else "refused"
        if state != "permitted":
            self.status.setText(
                _("Recording is not permitted for this audit: the recording was not kept.")
                if state == "refused"
                else _("The agency keeps no call recordings: the recording was not kept.")
            )
            return
        self._cancel = False
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        self.status.setText(_("Analysing {name}...").format(name=short_name(path.name)))
        visit_id = self.visit_id()
        self.task = True  # busy from now on; a synchronous runner finishes inside run()
        handle = self.ctx.tasks.run(
            take_in_recording,
            path,
            country=self.country_box.currentData(),
            lang=self.ctx.lang,
            cancelled=lambda: self._cancel,
            on_done=lambda intake: self._analysed(intake, visit_id),
            on_error=self._failed,
            on_progress=self._progressed,
        )
        if self.task is not None:
            self.task = handle
        self._enable()

    def cancel(self) -> None:
        """Stop the analysis under way; nothing is kept."""
        self._cancel = True

    def _progressed(self, done: float, total: float, text: str = "") -> None:
        if total:
            self.progress.setValue(int(100 * done / total))
        if text:
            self.status.setText(text)

    def _finish(self) -> None:
        self.task = None
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)

    def _analysed(self, intake: Any, visit_id: str | None) -> None:
        _ = self.ctx.tr
        self._finish()
        try:
            self.ctx.run(AddRecording(self.audit_id or "", visit_id or "", intake))
        except AuditorError as exc:
            self.status.setText(str(exc))
            self._enable()
            return
        self.status.setText(
            _("{name} analysed and kept with the visit.").format(name=short_name(intake.filename))
        )

    def _failed(self, error: BaseException) -> None:
        _ = self.ctx.tr
        self._finish()
        if self._cancel:
            self.status.setText(_("Analysis cancelled: nothing was kept."))
        elif isinstance(error, AuditorError):
            self.status.setText(_("Not kept: {reason}").format(reason=error))
        else:
            log.error("recording analysis failed: %r", error)
            self.status.setText(_("The recording could not be analysed; nothing was kept."))
        self._enable()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile() and self._editable():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        urls = [u for u in event.mimeData().urls() if u.isLocalFile()]
        if urls:
            event.acceptProposedAction()
            self.attach(Path(urls[0].toLocalFile()))
