"""The league table's tab: the table of a wave's locations beside the chain's trend.

The table's columns are fitted to their longest text whenever a wave is shown; the trend draws
the chain's average across the waves and, when a row is current, that location's line.
Enter or a double click on a row asks for its audit (`audit_activated`).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from auditor.i18n import Translate
from ui.programme.league import ID_ROLE, LOCATION_ROLE, LeagueDelegate, LeagueModel
from ui.programme.trend import Series, TrendChart
from ui.widgets import theme

if TYPE_CHECKING:
    from auditor.programme import Programme

log = logging.getLogger(__name__)


class LeaguePage(QSplitter):
    """The league table and, beside it, the chain's average and trend."""

    audit_activated = Signal(str)  # audit id of the row activated
    current_changed = Signal()  # another row is current: the trend follows it

    def __init__(self, tr: Translate, lang: str, parent: QWidget | None = None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        _ = tr
        self._tr = tr
        self.model = LeagueModel(tr, lang, self)
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
        self.trend = TrendChart(tr, lang)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(8, 0, 0, 0)
        side_layout.addWidget(self.chain_label)
        side_layout.addWidget(self.trend, 1)
        side.setMaximumWidth(340)  # the league table takes the room; the trend has 3 to 8 points
        self.addWidget(self.table)
        self.addWidget(side)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 1)
        self.setChildrenCollapsible(False)

        self.table.activated.connect(self._activated)
        self.table.doubleClicked.connect(self._activated)
        self.table.selectionModel().currentRowChanged.connect(
            lambda *_a: self.current_changed.emit()
        )

    def show_wave(self, programme: Programme | None, wave_id: str | None) -> None:
        """Show a wave's rows, keeping the audit selected before when it is still listed."""
        selected = self.current_audit()
        self.model.set_wave(programme, wave_id)
        self.fit_columns()
        row = self.model.row_of_audit(selected) if selected else -1
        if self.model.rowCount():
            self.table.selectRow(max(row, 0))

    def fit_columns(self) -> None:
        """Fit each column to its longest text, within a cap."""
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

    def show_trend(self, programme: Programme | None) -> None:
        """Draw the chain's average across the waves, and the current row's location beside it."""
        _ = self._tr
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

    def current_audit(self) -> str | None:
        """Return the audit of the selected row, if any."""
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def _activated(self, index: QModelIndex) -> None:
        audit_id = index.data(ID_ROLE)
        if audit_id:
            self.audit_activated.emit(audit_id)
