"""The main window's programme side: its page, its dialogs' controller, and the actions that open them.

A mixin of `MainWindow`: the programme view and the `ProgrammeController` are built on first use,
and the menu's programme actions (locations, waves, wave audits, the programme's report, the
tables' export, duplicating an audit) ask them for the client the auditor is looking at.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStackedWidget

    from ui.audit.view import AuditView
    from ui.audits.pane import AuditListPane
    from ui.context import AppContext
    from ui.mainwindow.actions import Actions
    from ui.programme.controller import ProgrammeController
    from ui.programme.view import ProgrammeView

log = logging.getLogger(__name__)


class ProgrammeActions:
    """The programme page and dialogs of the main window (mixed into `MainWindow`)."""

    # Set by MainWindow: named here for the reader and the type checker.
    actions: Actions
    audits: AuditListPane
    pages: QStackedWidget
    context: AppContext
    _audit_view: AuditView | None
    _programme_view: ProgrammeView | None
    _programme: ProgrammeController | None
    _back_to_programme: bool

    def _connect_programme(self) -> None:
        a = self.actions
        a["programme"].triggered.connect(lambda: self.show_programme())
        a["locations"].triggered.connect(lambda: self.programme.locations(self._client_id()))
        a["waves"].triggered.connect(lambda: self.programme.waves(self._client_id()))
        a["wave_audits"].triggered.connect(lambda: self.programme.wave_audits(self._client_id()))
        a["programme_report"].triggered.connect(
            lambda: self.programme.report(self._client_id(), self._programme_wave())
        )
        a["export_tables"].triggered.connect(
            lambda: self.programme.export_tables(self._client_id())
        )
        a["duplicate_audit"].triggered.connect(self.duplicate_audit)
        self.audits.duplicate_requested.connect(self.programme.duplicate)

    @property
    def programme_view(self) -> ProgrammeView:
        """Return the programme page, built the first time it is shown."""
        if self._programme_view is None:
            from ui.programme.view import ProgrammeView

            view = ProgrammeView(self.context)
            self.pages.addWidget(view)
            view.back_requested.connect(self.show_list)
            view.open_requested.connect(self._open_from_programme)
            self._programme_view = view
        return self._programme_view

    @property
    def programme(self) -> ProgrammeController:
        """Return the controller of the programme's dialogs, built on first use."""
        if self._programme is None:
            from ui.programme.controller import ProgrammeController

            self._programme = ProgrammeController(self.context, self)
            self._programme.open_requested.connect(self.open_audit)
            self._programme.status.connect(lambda text: self.statusBar().showMessage(text, 8000))
            self._programme.wave_created.connect(self.show_programme)
        return self._programme

    def show_programme(self, client_id: str | None = None, wave_id: str | None = None) -> None:
        """Show the programme view (of a client and wave, when given)."""
        self._flush()
        if self._audit_view is not None:
            self._audit_view.set_audit(None)
        self._back_to_programme = False
        view = self.programme_view
        self.pages.setCurrentWidget(view)
        if client_id:
            view.fill_clients(client_id)
            view.choose(client_id, wave_id)
        view.table.setFocus()

    def _open_from_programme(self, audit_id: str) -> None:
        self.open_audit(audit_id)
        self._back_to_programme = True

    def _back_from_audit(self) -> None:
        if self._back_to_programme:
            self.show_programme()
        else:
            self.show_list()

    def _client_id(self) -> str | None:
        """Return the client the auditor is looking at: the open audit's or the programme's."""
        audit_id = self._open_audit_id()
        if audit_id:
            return self.context.store.audits.get(audit_id).client_id
        view = self._programme_view
        if view is not None and self.pages.currentWidget() is view:
            return view.client_id
        return None

    def _programme_wave(self) -> str | None:
        """Return the wave the programme view shows, when it is the page shown."""
        view = self._programme_view
        return view.wave_id if view is not None and self.pages.currentWidget() is view else None

    def duplicate_audit(self) -> None:
        """Duplicate the open audit, or the one selected in the list."""
        self.programme.duplicate(self._open_audit_id() or self.audits.current_audit())
