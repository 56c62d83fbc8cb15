"""What the auditor does with a kept recording: correct its marks, hear it, fill the checklist.

A mixin of RecordingPanel (ui.checks.recording_panel), which builds the widgets these read.
Every change is a command of the core run by the editor, so each one is undone by Ctrl+Z.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from auditor.commands import DeleteRecording, FillFromRecording, SetRecordingMarks
from auditor.errors import AuditorError
from auditor.recordings import figures, plan_fill
from ui.checks.call_fill import fill_lines
from ui.widgets import messages

if TYPE_CHECKING:
    from PySide6.QtWidgets import QSpinBox

    from auditor.model import Recording
    from ui.checks.recording_player import SegmentPlayer
    from ui.checks.waveform import WaveformView
    from ui.context import AppContext
    from ui.widgets.elided import ElidedLabel

log = logging.getLogger(__name__)


class RecordingActions:
    """Correcting, hearing and filling, for the panel that shows the recording."""

    ctx: AppContext
    recording: Recording | None
    player: SegmentPlayer
    wave: WaveformView
    rings_box: QSpinBox
    status: ElidedLabel
    _rings_run: str | None  # the recording whose ring count is being stepped: one undo step

    def _editable(self) -> bool:
        raise NotImplementedError

    def _show(self) -> None:
        raise NotImplementedError

    # --- correcting ------------------------------------------------------------------------

    def save_marks(self, marks: dict[str, Any], continues: bool = False) -> None:
        """Keep the auditor's corrected marks (one command; nudges in a row: one undo step).

        The marks given replace those of the same name; the others (a corrected ring count
        when the answer is dragged) are kept.
        """
        self._rings_run = None
        self._run_marks(marks, continues)

    def save_rings(self, rings: int) -> None:
        """Keep the auditor's count of the rings (steps in a row on the box: one undo step)."""
        if self.recording is None:
            return
        if int(figures(self.recording).get("rings") or 0) == rings:
            return
        continues = self._rings_run == self.recording.id
        self._rings_run = self.recording.id
        self._run_marks({"rings": int(rings)}, continues)

    def rings_done(self) -> None:
        """End a run of ring steps: the next change of the count is its own undo step."""
        self._rings_run = None

    def focus_rings(self) -> None:
        """Put the keyboard on the ring count, its number selected to be typed over."""
        if self.rings_box.isEnabled():
            self.rings_box.setFocus()
            self.rings_box.selectAll()

    def _run_marks(self, marks: dict[str, Any], continues: bool) -> None:
        if self.recording is None or not self._editable():
            self._show()
            return
        merged = {**(self.recording.marks or {}), **marks}
        try:
            self.ctx.run(SetRecordingMarks(self.recording.id, merged, continues))
        except AuditorError as exc:
            self.status.setText(str(exc))
            self._show()

    def delete_recording(self) -> None:
        """Erase the recording after confirmation (undo puts it back)."""
        _ = self.ctx.tr
        if self.recording is None or not self._editable():
            return
        text = _("Delete this call recording?")
        if messages.confirm(self, _("Delete recording"), text):  # type: ignore[arg-type]
            self.player.stop()
            self.ctx.run(DeleteRecording(self.recording.id))

    # --- hearing ---------------------------------------------------------------------------

    def _play(self, start: float, end: float, loop: bool) -> None:
        _ = self.ctx.tr
        if self.recording is None:
            return
        if not self.player.available:
            self.status.setText(
                _(
                    "No sound player on this computer (ffplay, paplay, aplay): figures and marks work."
                )
            )
            return
        try:
            self.player.play(
                self.ctx.store.recordings.data(self.recording.id), start, end, loop=loop
            )
        except AuditorError as exc:
            self.status.setText(str(exc))

    def play_segment(self) -> None:
        """Play the speech segment under the cursor, else from the cursor to the end."""
        if self.recording is None:
            return
        shown = figures(self.recording)
        at = self.wave.cursor
        for segment in shown.get("segments") or []:
            if segment["start_s"] <= at <= segment["end_s"]:
                return self._play(segment["start_s"], segment["end_s"], False)
        self._play(at, float(shown["duration_s"]), False)

    def loop_greeting(self) -> None:
        """Play the greeting again and again until Stop."""
        if self.recording is None:
            return
        greeting = figures(self.recording).get("greeting")
        if not greeting:
            _ = self.ctx.tr
            self.status.setText(_("No greeting was found in this recording."))
            return
        self._play(greeting["start_s"], greeting["end_s"], True)

    # --- filling ---------------------------------------------------------------------------

    def fill_checklist(self) -> None:
        """Show the items the figures answer and fill them after confirmation (one undo step)."""
        _ = self.ctx.tr
        if self.recording is None or not self._editable():
            return
        fills = plan_fill(self.ctx.store, self.recording.id, self.ctx.lang)
        if not fills:
            self.status.setText(_("No item of this checklist takes the call's figures."))
            return
        lines = fill_lines(fills, _)
        text = _("Fill these answers from the recording?") + "\n\n" + "\n".join(lines)
        if not messages.confirm(self, _("Fill checklist"), text):  # type: ignore[arg-type]
            return
        try:
            self.ctx.run(FillFromRecording(self.recording.id))
        except AuditorError as exc:
            messages.error(self, _("Not saved"), str(exc))  # type: ignore[arg-type]
            return
        self.status.setText(
            _("{count} answers filled from the recording.").format(count=len(fills))
        )
