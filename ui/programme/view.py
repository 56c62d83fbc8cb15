"""The Programme page: a client's locations compared in a wave, and the chain across waves.

The programme is computed off the GUI thread (`auditor.programme.build`, through ui/tasks.py)
with a busy bar in the page, then shown: the league table (sorted by the model itself), the
chain's trend, its average and the heatmap of items by locations. Filters by region and channel
compute it again for those locations; choosing another wave only shows another part of it.
Enter or a double click on a row (or a heatmap cell) opens that location's audit.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from auditor.commands import ANSWERS, AUDIT, STATUS, VISIT, Change
from auditor.i18n import plural, score_text
from auditor.names import location_channels as channels
from ui.context import AppContext
from ui.programme.aspects import LOCATION_ASPECTS
from ui.programme.compute import compute, default_wave
from ui.programme.heat_page import HeatmapPage
from ui.programme.heatmap import HeatData, heat_data
from ui.programme.league_page import LeaguePage
from ui.widgets import messages

if TYPE_CHECKING:
    from auditor.programme import Programme

log = logging.getLogger(__name__)

# The changes after which the shown programme may be out of date.
STALE_ASPECTS = (ANSWERS, AUDIT, STATUS, VISIT, *LOCATION_ASPECTS)
# `compute` and `default_wave` live in compute.py; named here, where the view looks them up.
__all__ = ["STALE_ASPECTS", "ProgrammeView", "compute", "default_wave"]


class ProgrammeView(QWidget):
    """Client, wave and filters on top; league and trend, or the heatmap, below."""

    open_requested = Signal(str)  # audit id
    back_requested = Signal()  # Escape: back to the audits list
    ready = Signal()  # a computed programme is shown (tests and the benchmark wait for it)
    heatmap_ready = Signal()  # the heatmap of the wave shown is painted

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        _ = ctx.tr
        self.ctx = ctx
        self.programme: Programme | None = None
        self.wave_id: str | None = None
        self._generation = 0
        self._stale = True
        self._sized = False
        self._heat_wave: str | None = None
        self._channel_names = channels(ctx.tr)

        title = QLabel(_("Programme"))
        title.setProperty("role", "title")
        self.client = QComboBox()
        self.client.setMinimumWidth(220)
        self.wave = QComboBox()
        self.wave.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.region = QComboBox()
        self.channel = QComboBox()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumWidth(140)
        self.busy.hide()
        self.summary = QLabel()
        self.summary.setProperty("role", "muted")

        self.league = league = LeaguePage(ctx.tr, ctx.lang)
        self.splitter = league  # the league table and the trend, side by side
        self.model, self.table = league.model, league.table
        self.chain_label, self.trend = league.chain_label, league.trend

        self.heat_page = heat_page = HeatmapPage(ctx.tr, ctx.lang)
        self.heatmap = heat_page.canvas
        self.heat_scroll, self.heat_line = heat_page.scroll, heat_page.line

        self.tabs = QTabWidget()
        self.tabs.addTab(league, _("&League table"))
        self.tabs.addTab(heat_page, _("Heat&map"))

        # Client and wave beside the title; the filters under them, with what is shown: at 1024
        # pixels in Italian one row cannot hold all four.
        top, status = QHBoxLayout(), QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(12)
        status.addWidget(self.summary, 1)
        status.addWidget(self.busy)
        for row, text, combo in (
            (top, _("&Client"), self.client),
            (top, _("&Wave"), self.wave),
            (status, _("&Region"), self.region),
            (status, _("Cha&nnel"), self.channel),
        ):
            label = QLabel(text)
            label.setBuddy(combo)
            row.addWidget(label)
            row.addWidget(combo, 1 if combo is self.client else 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addLayout(status)
        layout.addWidget(self.tabs, 1)
        self.setTabOrder(self.client, self.wave)
        self.setTabOrder(self.wave, self.region)
        self.setTabOrder(self.region, self.channel)
        self.setTabOrder(self.channel, self.tabs)
        self.setTabOrder(self.tabs, self.table)
        self.setTabOrder(self.table, heat_page.order)  # the heatmap's tab: its order, the map
        self.setTabOrder(heat_page.order, self.heatmap)

        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(300)  # answers typed in a row: one recomputation
        self._later.timeout.connect(self.request)
        self.client.currentIndexChanged.connect(self._client_chosen)
        self.wave.currentIndexChanged.connect(self._wave_chosen)
        self.region.currentIndexChanged.connect(lambda _i: self.request())
        self.channel.currentIndexChanged.connect(lambda _i: self.request())
        self.tabs.currentChanged.connect(lambda _i: self._show_heatmap())
        league.audit_activated.connect(self.open_requested.emit)
        league.current_changed.connect(self._show_trend)
        self.heatmap.location_activated.connect(self._open_location)
        back = QAction(self)
        back.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        back.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back.triggered.connect(self.back_requested.emit)
        self.addAction(back)
        ctx.events.changed.connect(self._changed)
        ctx.events.audits_changed.connect(self._mark_stale)
        self.fill_clients()

    # --- what is chosen ---------------------------------------------------------------------

    @property
    def client_id(self) -> str | None:
        """Return the chosen client's id."""
        return self.client.currentData()

    def fill_clients(self, select: str | None = None) -> None:
        """List the clients (those with locations first) and choose one."""
        store = self.ctx.store
        current = select or self.client_id
        clients = store.clients.all()
        with_locations = [c for c in clients if store.locations.for_client(c.id)]
        ordered = with_locations + [c for c in clients if c not in with_locations]
        self.client.blockSignals(True)
        self.client.clear()
        for client in ordered:
            self.client.addItem(client.name, client.id)
        index = self.client.findData(current) if current else 0
        self.client.setCurrentIndex(max(index, 0))
        self.client.blockSignals(False)
        self._fill_filters()

    def _fill_filters(self) -> None:
        _ = self.ctx.tr
        client_id = self.client_id
        locations = self.ctx.store.locations.for_client(client_id) if client_id else []
        for combo, everything, values, names in (
            (
                self.region,
                _("All regions"),
                sorted({loc.region for loc in locations if loc.region}),
                {},
            ),
            (
                self.channel,
                _("All channels"),
                [c for c in self._channel_names if c in {str(loc.channel) for loc in locations}],
                self._channel_names,
            ),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for value in values:
                combo.addItem(names.get(value, value), value)
            combo.setCurrentIndex(max(combo.findData(current), 0) if current else 0)
            combo.blockSignals(False)

    def choose(self, client_id: str | None = None, wave_id: str | None = None) -> None:
        """Show a client (and a wave of it), computing its programme."""
        if client_id is not None and client_id != self.client_id:
            self.client.blockSignals(True)
            self.client.setCurrentIndex(max(self.client.findData(client_id), 0))
            self.client.blockSignals(False)
            self._fill_filters()
        if wave_id is not None:
            self.wave_id = wave_id
        self.request()

    def set_filters(self, region: str | None = None, channel: str | None = None) -> None:
        """Show only the locations of a region and/or channel (None: all)."""
        for combo, value in ((self.region, region), (self.channel, channel)):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(value), 0) if value else 0)
            combo.blockSignals(False)
        self.request()

    def _client_chosen(self, _index: int) -> None:
        self.wave_id = None
        self._fill_filters()
        self.request()

    def _wave_chosen(self, _index: int) -> None:
        wave_id = self.wave.currentData()
        if wave_id and wave_id != self.wave_id:
            self.wave_id = wave_id
            self._show_wave()

    # --- computing ---------------------------------------------------------------------------

    def request(self) -> None:
        """Compute the chosen client's programme off the GUI thread, then show it."""
        _ = self.ctx.tr
        self._later.stop()
        self._stale = False
        client_id = self.client_id
        self._generation += 1
        generation = self._generation
        if not client_id:
            self._apply(generation, None)
            return
        region, channel = self.region.currentData(), self.channel.currentData()
        self.busy.show()
        self.summary.setText(_("Computing the programme..."))
        self.ctx.tasks.run(
            compute,
            self.ctx.store,
            client_id,
            {region} if region else None,
            {channel} if channel else None,
            self.wave_id,
            self.ctx.tr,
            self.ctx.lang,
            self.tabs.currentIndex() == 1,
            on_done=lambda result: self._apply(generation, result),
            on_error=lambda exc: self._failed(generation, exc),
        )

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        _ = self.ctx.tr
        self.busy.hide()
        self.summary.setText("")
        messages.error(self, _("Programme not computed"), str(exc))

    def _apply(
        self, generation: int, result: tuple[Programme, str | None, HeatData | None] | None
    ) -> None:
        if generation != self._generation:
            return  # a later request is on its way: this one is out of date
        self.busy.hide()
        if result is None:
            self.programme, self.wave_id, heat = None, None, HeatData()
        else:
            self.programme, self.wave_id, heat = result
        self.wave.blockSignals(True)
        self.wave.clear()
        for wave in self.programme.waves if self.programme else ():
            self.wave.addItem(wave.label, wave.id)
        self.wave.setCurrentIndex(max(self.wave.findData(self.wave_id), 0))
        self.wave.blockSignals(False)
        self.wave.setMinimumWidth(self.wave.sizeHint().width())  # the whole label, never cut
        self._show_wave(heat)
        self.ready.emit()

    def _show_wave(self, heat: HeatData | None = None) -> None:
        self.league.show_wave(self.programme, self.wave_id)
        self._heat_wave = None
        if heat is not None:
            self.heat_page.set_data(heat)
            self._heat_wave = self.wave_id
        self._show_heatmap()
        self._show_summary()
        self._show_trend()

    def _show_heatmap(self) -> None:
        # The heatmap of a wave is worked out when its tab is looked at, off the GUI thread.
        wave_id, programme = self.wave_id, self.programme
        if self.tabs.currentIndex() != 1 or self._heat_wave == wave_id:
            return
        self._heat_wave = wave_id
        if programme is None or not wave_id:
            self.heat_page.set_data(HeatData())
            return
        generation = self._generation
        self.busy.show()

        def done(heat: HeatData) -> None:
            if generation == self._generation and self.wave_id == wave_id:
                self.busy.hide()
                self.heat_page.set_data(heat)
                self.heatmap_ready.emit()

        self.ctx.tasks.run(
            heat_data,
            programme,
            wave_id,
            self.ctx.tr,
            self.ctx.lang,
            on_done=done,
            on_error=lambda exc: self._failed(generation, exc),
        )

    def _show_summary(self) -> None:
        _ = self.ctx.tr
        ngettext = plural(self.ctx.lang)
        programme, lang = self.programme, self.ctx.lang
        if programme is None:
            self.summary.setText(_("Choose a client with locations to see its programme."))
            self.chain_label.setText("")
            return
        if not programme.waves:
            self.summary.setText(
                _("This client has no waves yet: create one with New wave audits.")
            )
            self.chain_label.setText("")
            return
        count = self.model.rowCount()
        average = programme.chain_average.get(self.wave_id) if self.wave_id else None
        self.summary.setText(
            ngettext(
                "{count} location audited in this wave, of {total}",
                "{count} locations audited in this wave, of {total}",
                count,
            ).format(count=count, total=len(programme.locations))
        )
        self.chain_label.setText(
            _("Chain average: {score}").format(score=score_text(average, lang))
        )

    def _show_trend(self) -> None:
        self.league.show_trend(self.programme)

    # --- staying up to date -----------------------------------------------------------------

    def _changed(self, change: Change) -> None:
        if change.concerns(*LOCATION_ASPECTS):
            self.fill_clients()
        if change.concerns(*STALE_ASPECTS):
            self._mark_stale()

    def _mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():
            self._later.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:  # the league table first: three quarters of the width
            self._sized = True
            width = self.splitter.width()
            self.splitter.setSizes([width * 3 // 4, width - width * 3 // 4])
        if self._stale:
            self.request()

    # --- opening an audit --------------------------------------------------------------------

    def current_audit(self) -> str | None:
        """Return the audit of the selected row, if any."""
        return self.league.current_audit()

    def _open_location(self, location_id: str) -> None:
        if self.programme is None or not self.wave_id:
            return
        result = self.programme.results.get((location_id, self.wave_id))
        if result is not None:
            self.open_requested.emit(result.audit_id)
