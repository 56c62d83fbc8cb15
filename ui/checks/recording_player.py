"""Play a stretch of a recording: Qt Multimedia when installed, else a system player, else a message.

PySide6-Essentials has no Qt Multimedia, so the usual way is a small program the system already
has (ffplay from ffmpeg, paplay, aplay, afplay) playing a temporary WAV of the stretch; where
there is none the panel says so and everything else keeps working.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QProcess, Signal

log = logging.getLogger(__name__)

# Programs tried in order, with the arguments that play a file once and exit.
PLAYERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ffplay", ("-nodisp", "-autoexit", "-loglevel", "quiet")),
    ("paplay", ()),
    ("aplay", ("-q",)),
    ("afplay", ()),
)


def write_segment(data: bytes, start: float, end: float, target: Path) -> Path:
    """Write seconds [start, end) of a recording (any format the core decodes) as a WAV file."""
    import numpy as np
    import soundfile

    from auditor.checks.callaudio.decode import decode_call

    with tempfile.TemporaryDirectory(prefix="auditor-rec-") as folder:
        source = Path(folder) / "recording"
        source.write_bytes(data)
        decoded = decode_call(source)
    rate = decoded.sample_rate
    first, last = int(max(0.0, start) * rate), int(max(start, end) * rate)
    samples = decoded.samples[first:last]
    peak = float(np.max(np.abs(samples))) if samples.size else 0.0
    if peak > 1.0:
        samples = samples / peak
    soundfile.write(str(target), samples, rate, subtype="PCM_16")
    return target


class SegmentPlayer(QObject):
    """Play stretches of one recording, once or in a loop; `available` says if it can at all."""

    state_changed = Signal(bool)  # playing or not

    def __init__(
        self, which: Callable[[str], str | None] = shutil.which, parent: QObject | None = None
    ):
        super().__init__(parent)
        self.program: tuple[str, tuple[str, ...]] | None = None
        for name, args in PLAYERS:
            found = which(name)
            if found:
                self.program = (found, args)
                break
        self.process: QProcess | None = None
        self.looping = False
        self._folder = tempfile.TemporaryDirectory(prefix="auditor-play-")
        self._file: Path | None = None

    @property
    def available(self) -> bool:
        """Return True when this computer has a way to play sound."""
        return self.program is not None

    @property
    def playing(self) -> bool:
        """Return True while a stretch is playing."""
        return self.process is not None and self.process.state() != QProcess.ProcessState.NotRunning

    def play(self, data: bytes, start: float, end: float, *, loop: bool = False) -> Path:
        """Play [start, end) of the recording (again and again with `loop`); return the WAV made."""
        self.stop()
        self._file = write_segment(data, start, end, Path(self._folder.name) / "segment.wav")
        self.looping = loop
        if self.program is not None:
            self._start()
        return self._file

    def _start(self) -> None:
        assert self.program is not None and self._file is not None
        program, args = self.program
        self.process = QProcess(self)
        self.process.finished.connect(self._finished)
        self.process.start(program, [*args, str(self._file)])
        self.state_changed.emit(True)

    def _finished(self, *_args: object) -> None:
        if self.looping and self._file is not None:
            self._start()
        else:
            self.process = None
            self.state_changed.emit(False)

    def stop(self) -> None:
        """Stop playing (and looping)."""
        self.looping = False
        process, self.process = self.process, None
        if process is not None and process.state() != QProcess.ProcessState.NotRunning:
            process.finished.disconnect(self._finished)
            process.kill()
            process.waitForFinished(1000)
        self.state_changed.emit(False)
