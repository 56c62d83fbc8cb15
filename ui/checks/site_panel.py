"""Crawl the client's website off the GUI thread, with progress and Cancel."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from auditor.checks.base import CheckResult
from auditor.errors import AuditorError
from auditor.model import TouchpointKind
from ui.checks.metrics import MetricsLabel
from ui.checks.model import Suggestion
from ui.checks.suggestion_list import ScopeProvider, SuggestionList
from ui.context import AppContext

log = logging.getLogger(__name__)

SiteCheck = Callable[..., CheckResult]


def real_check_site(target: str, **options: Any) -> CheckResult:
    """Run the real site check (imported late: the panel works before the module is installed)."""
    from auditor.checks.site import check_site

    return check_site(target, **options)


def site_address(ctx: AppContext, audit_id: str) -> str:
    """Return the address to check: the website visit's URL, else the client's website."""
    store = ctx.store
    for visit in store.audits.visits(audit_id):
        if visit.kind == TouchpointKind.WEBSITE and str(visit.channel.get("url") or "").strip():
            return str(visit.channel["url"]).strip()
    return store.clients.get(store.audits.get(audit_id).client_id).website.strip()


class SiteCheckPanel(QWidget):
    """URL, page limit, Run and Cancel; the crawl's remarks with their page and element."""

    def __init__(
        self,
        ctx: AppContext,
        scope: ScopeProvider,
        check: SiteCheck = real_check_site,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        _ = ctx.tr
        self.ctx = ctx
        self.check = check
        self.audit_id: str | None = None
        self.result: CheckResult | None = None
        self._cancel: threading.Event | None = None
        self._prefilled = ""
        self.url = QLineEdit()
        self.url.setPlaceholderText("https://")
        self.max_pages = QSpinBox()
        self.max_pages.setRange(1, 500)
        self.max_pages.setValue(30)
        self.max_pages.setSuffix(" " + _("pages"))
        self.run_button = QPushButton(_("Run"))
        self.run_button.setProperty("primary", True)
        self.cancel_button = QPushButton(_("Cancel"))
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.current = QLabel()
        self.current.setProperty("role", "muted")
        self.metrics = MetricsLabel(ctx.tr)
        self.suggestions = SuggestionList(ctx, scope)
        self.suggestions.empty_text = _("No remarks on the site.")
        bar = QHBoxLayout()
        bar.addWidget(QLabel(_("Website")))
        bar.addWidget(self.url, 1)
        bar.addWidget(self.max_pages)
        bar.addWidget(self.run_button)
        bar.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.progress)
        layout.addWidget(self.current)
        layout.addWidget(self.metrics)
        layout.addWidget(self.suggestions, 1)
        self.run_button.clicked.connect(self.run)
        self.url.returnPressed.connect(self.run)
        self.cancel_button.clicked.connect(self.cancel)

    @property
    def running(self) -> bool:
        """Return True while a crawl runs."""
        return self._cancel is not None

    def set_audit(self, audit_id: str | None) -> None:
        """Prefill the address for this audit (an address the auditor typed is kept)."""
        self.cancel()
        self._set_running(False)  # a late result of the old crawl is then dropped
        self.audit_id = audit_id
        self.suggestions.set_audit(audit_id)
        self.result = None
        self.metrics.show_metrics(None)
        self.current.setText("")
        if audit_id and self.url.text().strip() in ("", self._prefilled):
            self._prefilled = site_address(self.ctx, audit_id)
            self.url.setText(self._prefilled)

    def set_read_only(self, read_only: bool) -> None:
        """Allow or refuse accepting suggestions."""
        self.suggestions.set_read_only(read_only)

    def run(self) -> None:
        """Crawl the site off the GUI thread, reporting pages as they are done."""
        _ = self.ctx.tr
        target = self.url.text().strip()
        if not target or self.running:
            if not target:
                self.current.setText(_("Type the address of the website to check."))
            return
        cancel = self._cancel = threading.Event()
        total = self.max_pages.value()
        self.progress.setRange(0, total)
        self.progress.setValue(0)
        self.progress.setFormat(_("%v of %m pages"))
        self.progress.show()
        self.current.setText(_("Starting..."))
        self._set_running(True)
        self.ctx.tasks.run(
            self.check,
            target,
            max_pages=total,
            lang=self.ctx.lang,
            cancel=cancel.is_set,
            on_progress=lambda done, limit, url: self._progressed(cancel, done, limit, url),
            on_done=lambda result: self._done(cancel, result),
            on_error=lambda exc: self._failed(cancel, exc),
        )

    def cancel(self) -> None:
        """Ask the running crawl to stop after the page it is on."""
        if self._cancel is not None:
            _ = self.ctx.tr
            self._cancel.set()
            self.current.setText(_("Stopping..."))

    def _progressed(self, cancel: threading.Event, done: int, limit: int, url: str) -> None:
        if cancel is self._cancel:
            self.current.setText(url)
            self.progress.setMaximum(max(limit, 1))
            self.progress.setValue(min(done, max(limit, 1)))

    def _done(self, cancel: threading.Event, result: CheckResult) -> None:
        if cancel is not self._cancel:
            return  # a crawl of another audit or address, cancelled meanwhile
        _ = self.ctx.tr
        stopped = cancel.is_set()
        self._set_running(False)
        self.result = result
        self.metrics.show_metrics(result.metrics)
        self.current.setText(
            _("Stopped. Pages checked: {count}").format(
                count=result.metrics.get("pages_checked", 0)
            )
            if stopped
            else _("Checked: {target}").format(target=result.target)
        )
        self.suggestions.set_suggestions([Suggestion("site", f) for f in result.findings])

    def _failed(self, cancel: threading.Event, exc: BaseException) -> None:
        if cancel is not self._cancel:
            return
        _ = self.ctx.tr
        self._set_running(False)
        log.info("site check failed: %r", exc)
        reason = str(exc) if isinstance(exc, AuditorError) else _("the site check is not available")
        self.current.setText(_("Not checked: {reason}").format(reason=reason))

    def _set_running(self, running: bool) -> None:
        if not running:
            self._cancel = None
            self.progress.hide()
        self.run_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        self.url.setEnabled(not running)
