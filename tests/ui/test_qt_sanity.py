"""Guard against Qt binding releases with bugs that would crash the app (see pyproject.toml)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    fired = Signal(int)


def test_emitting_a_signal_keeps_the_reference_counts(qapp):
    emitter = _Emitter()
    seen: list[int] = []
    emitter.fired.connect(seen.append)
    before = sys.getrefcount(True)
    for number in range(200):
        emitter.fired.emit(number)
    assert seen == list(range(200))
    assert sys.getrefcount(True) - before == 0  # PySide6 6.12.0 lost one reference to True per emit
