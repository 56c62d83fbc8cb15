"""The Programme page: a client's locations compared in a wave, and the chain across waves.

The programme is computed off the GUI thread (`auditor.programme.build`, through ui/tasks.py)
with a busy bar in the page, then shown: the league table (sorted by the model itself), the
chain's trend, its average and the heatmap of items by locations. Filters by region and channel
compute it again for those locations; choosing another wave only shows another part of it.
Enter or a double click on a row (or a heatmap cell) opens that location's audit.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QFontMetrics, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from auditor.commands import ANSWERS, AUDIT, STATUS, VISIT, Change
from auditor.i18n import plural, score_text
from ui.context import AppContext
from ui.locations.labels import channels
from ui.programme.aspects import LOCATION_ASPECTS
from ui.programme.heat_page import HeatmapPage
from ui.programme.heatmap import HeatData, heat_data
from ui.programme.league import ID_ROLE, LOCATION_ROLE, LeagueDelegate, LeagueModel
from ui.programme.trend import Series, TrendChart
from ui.widgets import messages, theme

if TYPE_CHECKING:
    from auditor.programme import Programme

log = logging.getLogger(__name__)

# The changes after which the shown programme may be out of date.
STALE_ASPECTS = (ANSWERS, AUDIT, STATUS, VISIT, *LOCATION_ASPECTS)
Build = Callable[..., Any]


def compute(
    store: Any,
    client_id: str,
    regions: set[str] | None,
    channel_set: set[str] | None,
    wave_id: str | None,
    tr: Any,
    lang: str,
    with_heatmap: bool = False,
    build: Build | None = None,
) -> tuple[Programme, str | None, HeatData | None]:
    """Build the programme, and the heatmap of the wave to show if asked (off the GUI thread).

    The heatmap costs about as much as the rest of the programme: it is worked out only when
    its tab is the one shown.
    """
    if build is None:
        from auditor.programme import build
    programme = build(store, client_id, regions=regions, channels=channel_set)
    wave_id = default_wave(programme, wave_id)
    heat = None
    if with_heatmap:
        heat = heat_data(programme, wave_id, tr, lang) if wave_id else HeatData()
    return programme, wave_id, heat


def default_wave(programme: Programme, wave_id: str | None) -> str | None:
    """Return the wave to show: the one asked for if it exists, else the latest with results."""
    ids = [wave.id for wave in programme.waves]
    if wave_id in ids:
        return wave_id
    audited = {wave for (_location, wave) in programme.results}
    for wave in reversed(programme.waves):
        if wave.id in audited:
            return wave.id
    return ids[-1] if ids else None


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

        self.model = LeagueModel(ctx.tr, ctx.lang, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegate(LeagueDelegate(self.table))
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.table.setAccessibleName(_("League table"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        header.setSortIndicatorShown(True)
        # The sort arrow is drawn in the right padding: room for it beside right-aligned headings.
        header.setProperty("role", "sortable")
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

        self.chain_label = QLabel()
        self.chain_label.setProperty("role", "score")
        self.chain_label.setWordWrap(True)
        self.trend = TrendChart(ctx.tr, ctx.lang)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(8, 0, 0, 0)
        side_layout.addWidget(self.chain_label)
        side_layout.addWidget(self.trend, 1)
        side.setMaximumWidth(340)  # the league table takes the room; the trend has 3 to 8 points
        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)

        self.heat_page = heat_page = HeatmapPage(ctx.tr, ctx.lang)
        self.heatmap = heat_page.canvas
        self.heat_scroll, self.heat_line = heat_page.scroll, heat_page.line

        self.tabs = QTabWidget()
        self.tabs.addTab(splitter, _("&League table"))
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
        self.table.activated.connect(self._activated)
        self.table.doubleClicked.connect(self._activated)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._show_trend())
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
        selected = self.current_audit()
        self.model.set_wave(self.programme, self.wave_id)
        self._fit_columns()
        row = self.model.row_of_audit(selected) if selected else -1
        if self.model.rowCount():
            self.table.selectRow(max(row, 0))
        self._heat_wave = None
        if heat is not None:
            self.heat_page.set_data(heat)
            self._heat_wave = self.wave_id
        self._show_heatmap()
        self._show_summary()
        self._show_trend()

    def _fit_columns(self) -> None:
        # One measure per column, of its longest text: measuring every cell of 200 rows costs
        # 25 ms, and widths of proportional text follow the character count closely enough.
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        bold = QFont(header.font())
        bold.setWeight(QFont.Weight.DemiBold)  # the style sheet's headings are semi-bold
        heading = QFontMetrics(bold)
        for column, spec in enumerate(self.model.columns):
            longest = max((line.texts[column] for line in self.model.lines), key=len, default="")
            width = max(
                # 8 px of padding on the left, 20 on the right where the sort arrow is drawn
                heading.horizontalAdvance(spec.title) + 36,
                metrics.horizontalAdvance(longest) + 22,
            )
            header.resizeSection(column, min(width, 240 if spec.key == "location" else 160))

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
        _ = self.ctx.tr
        programme = self.programme
        if programme is None or not programme.waves:
            self.trend.set_data([], [])
            return
        waves = programme.waves
        series = [
            Series(
                _("Chain average"),
                theme.ACCENT,
                [programme.chain_average.get(wave.id) for wave in waves],
            )
        ]
        index = self.table.currentIndex()
        location_id = index.data(LOCATION_ROLE) if index.isValid() else None
        if location_id:
            name = next((loc.name for loc in programme.locations if loc.id == location_id), "")
            values = []
            for wave in waves:
                result = programme.results.get((location_id, wave.id))
                values.append(result.overall if result is not None else None)
            series.append(Series(name, theme.WARN, values))
        self.trend.set_data([wave.label for wave in waves], series)

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
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def _activated(self, index: QModelIndex) -> None:
        audit_id = index.data(ID_ROLE)
        if audit_id:
            self.open_requested.emit(audit_id)

    def _open_location(self, location_id: str) -> None:
        if self.programme is None or not self.wave_id:
            return
        result = self.programme.results.get((location_id, self.wave_id))
        if result is not None:
            self.open_requested.emit(result.audit_id)
