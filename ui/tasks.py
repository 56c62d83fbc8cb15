"""Run slow core work off the GUI thread, report progress, and deliver results on the GUI thread.

Every slow operation (photo intake, report, site crawl, backup) goes through one TaskRunner so that
tests can swap in SyncTaskRunner and stay deterministic.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]  # done, total, message


class _Signals(QObject):
    progressed = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(
        self,
        fn: Callable[..., Any],
        args: tuple[Any, ...],
        kwargs: dict[str, Any],
        wants_progress: bool,
    ):
        super().__init__()
        self.fn, self.args, self.kwargs, self.wants_progress = fn, args, kwargs, wants_progress
        self.signals = _Signals()
        self.cancelled = False

    @Slot()
    def run(self) -> None:
        try:
            if self.wants_progress:
                self.kwargs["progress"] = lambda done, total, text="": self.signals.progressed.emit(
                    done, total, text
                )
            result = self.fn(*self.args, **self.kwargs)
        except Exception as exc:  # delivered to the GUI thread as a message, never lost
            log.debug("task failed: %s", traceback.format_exc())
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)


class TaskHandle(QObject):
    """A running task: its progress and result arrive as signals on the GUI thread."""

    progressed = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)

    def cancel(self) -> None:
        """Ask the task to stop; the function sees it through its `cancelled` callable."""
        self._cancelled = True

    def is_cancelled(self) -> bool:
        """Return True once cancel() was called."""
        return getattr(self, "_cancelled", False)


class TaskRunner(QObject):
    """Run functions on a thread pool; one place to change how background work happens."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, max_threads: int = 2):
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        self._running: set[TaskHandle] = set()

    def run(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Progress | None = None,
        **kwargs: Any,
    ) -> TaskHandle:
        """Run fn(*args, **kwargs) off the GUI thread (with `progress=` when on_progress is set)."""
        handle = TaskHandle(self)
        job = _Job(fn, args, kwargs, on_progress is not None)
        job.signals.progressed.connect(handle.progressed)
        job.signals.finished.connect(handle.finished)
        job.signals.failed.connect(handle.failed)
        if on_progress:
            handle.progressed.connect(on_progress)
        if on_done:
            handle.finished.connect(on_done)
        if on_error:
            handle.failed.connect(on_error)
        handle.finished.connect(lambda _r: self._forget(handle))
        handle.failed.connect(lambda _e: self._forget(handle))
        handle._job = job  # keep the signals object alive as long as the handle
        self._running.add(handle)
        self.busy_changed.emit(True)
        self.pool.start(job)
        return handle

    def _forget(self, handle: TaskHandle) -> None:
        self._running.discard(handle)
        if not self._running:
            self.busy_changed.emit(False)

    @property
    def busy(self) -> bool:
        """Return True while any task runs."""
        return bool(self._running)

    def wait(self, msecs: int = 30000) -> bool:
        """Block until every task finished (used on close and in tests)."""
        return self.pool.waitForDone(msecs)


class SyncTaskRunner(TaskRunner):
    """Run tasks immediately on the calling thread (tests): same signals, no threads."""

    def run(self, fn, *args, on_done=None, on_error=None, on_progress=None, **kwargs):  # type: ignore[override]
        handle = TaskHandle(self)
        if on_progress:
            kwargs["progress"] = on_progress
        try:
            result = fn(*args, **kwargs)
        except Exception as exc:
            if on_error:
                on_error(exc)
            handle.failed.emit(exc)
        else:
            if on_done:
                on_done(result)
            handle.finished.emit(result)
        return handle
