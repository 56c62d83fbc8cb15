"""The heatmap's tab: the order of its rows on top, the map, the line describing a cell, the legend.

The rows come in questionnaire order; the auditor may put the items the chain fails most on top
instead. Reordering only permutes the rows already computed (no recomputation), and the current
cell stays on the same item.
"""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from auditor.i18n import Translate
from ui.programme.heatmap import HeatData, HeatmapCanvas

log = logging.getLogger(__name__)

QUESTIONNAIRE = "questionnaire"  # the items as the checklists ask them
WORST_FIRST = "worst"  # the chain's highest fail rate first


def order_rows(data: HeatData, order: str) -> HeatData:
    """Return the map with its rows in an order; the chain's worst first keeps ties as asked.

    Items the chain never answered (no rate) go last.
    """
    if order != WORST_FIRST or not data.rows:
        return data
    rows = data.rows
    moved = sorted(range(len(rows)), key=lambda r: (rows[r].chain is None, -(rows[r].chain or 0.0)))
    new_row = {old: new for new, old in enumerate(moved)}
    return HeatData(
        [rows[r] for r in moved],
        data.columns,
        {(new_row[r], c): rate for (r, c), rate in data.rates.items()},
    )


class HeatmapPage(QWidget):
    """The heatmap with its row order; `set_data` shows a wave's map in the order chosen."""

    def __init__(self, tr: Translate, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        _ = tr
        self.source = HeatData()  # as computed, in questionnaire order
        self.order = QComboBox()
        self.order.addItem(_("Questionnaire order"), QUESTIONNAIRE)
        self.order.addItem(_("Chain's fail rate, worst first"), WORST_FIRST)
        self.order.setAccessibleName(_("Order of the items"))
        order_label = QLabel(_("&Order"))
        order_label.setBuddy(self.order)
        self.canvas = HeatmapCanvas(tr, lang)
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.canvas)
        self.scroll.setWidgetResizable(False)
        self.scroll.setFocusProxy(self.canvas)
        self.line = QLabel()
        self.line.setProperty("role", "muted")
        self.line.setWordWrap(True)
        legend = QLabel(_("Share of visits in which the item failed: pale green none, red all."))
        legend.setProperty("role", "muted")
        legend.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(order_label)
        top.addWidget(self.order)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.line)
        layout.addWidget(legend)
        self.setTabOrder(self.order, self.canvas)
        self.canvas.current_changed.connect(self.line.setText)
        self.order.currentIndexChanged.connect(lambda _i: self._reorder())

    def set_data(self, data: HeatData) -> None:
        """Show a wave's map (rows in questionnaire order) in the order chosen."""
        self.source = data
        self.canvas.set_data(order_rows(data, self.order.currentData()))

    def set_order(self, order: str) -> None:
        """Choose the rows' order (QUESTIONNAIRE or WORST_FIRST)."""
        self.order.setCurrentIndex(max(self.order.findData(order), 0))

    def _reorder(self) -> None:
        self.canvas.reorder(order_rows(self.source, self.order.currentData()))
