"""The heatmap of a wave: checklist items (rows) by locations (columns), coloured by fail rate.

Painted cell by cell, only where the scroll area exposes it, so 50 items by 200 locations cost
what one screenful does. The mouse shows a cell's item, location and rate in a tooltip; the
keyboard moves a current cell with the arrows and the line under the map says the same; Enter or
a double click opens that location's audit.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QToolTip, QWidget

from auditor.i18n import Translate, decimal_text, pick
from auditor.names import touchpoint_kinds as touchpoints
from ui.widgets import theme

if TYPE_CHECKING:
    from auditor.programme import Programme

log = logging.getLogger(__name__)

CELL = 20
LABEL_WIDTH = 360
HEADER_HEIGHT = 120


@dataclass(frozen=True)
class HeatRow:
    """A checklist item: where it is asked and its question."""

    key: str
    label: str  # "Phone call · Greets by name" (shown elided, whole in the tooltip)
    question: str
    chain: float | None  # the chain's fail rate for this item, 0-1


@dataclass(frozen=True)
class HeatData:
    """What the heatmap shows: rows, columns (location id, name) and fail rates 0-1."""

    rows: list[HeatRow] = field(default_factory=list)
    columns: list[tuple[str, str]] = field(default_factory=list)
    rates: dict[tuple[int, int], float] = field(default_factory=dict)  # (row, column)


def heat_data(programme: Programme, wave_id: str, tr: Translate, lang: str) -> HeatData:
    """Return the heatmap of a wave as the canvas draws it (no Qt: runs off the GUI thread too)."""
    heat = programme.heatmap(wave_id)
    kinds = touchpoints(tr)
    rows = []
    for item in heat.items:
        question = pick(item.question, lang)
        section = pick(item.section, lang)
        cell = heat.chain.get(item.key)
        chain = cell.rate if cell is not None else None
        rows.append(
            HeatRow(
                key="/".join(item.key),
                label=f"{kinds.get(item.touchpoint, item.touchpoint)} \u00b7 {question}",
                question=f"{section} \u00b7 {question}" if section else question,
                chain=None if chain is None else chain / 100,
            )
        )
    columns = [(location.id, location.name) for location in heat.locations]
    rates = {}
    for r, item in enumerate(heat.items):
        for c, location in enumerate(heat.locations):
            rate = heat.rate(item.key, location.id)
            if rate is not None:
                rates[(r, c)] = rate / 100
    return HeatData(rows, columns, rates)


def rate_text(rate: float | None, lang: str) -> str:
    """Return a fail rate as a percentage ('40%'; Italian '40%'); an en dash when not asked."""
    if rate is None:
        return "\u2013"
    return decimal_text(f"{rate * 100:.0f}%", lang)


def rate_color(rate: float | None) -> QColor:
    """Return a cell's colour: pale green at 0, the fail red at 1, light grey when not asked."""
    if rate is None:
        return QColor("#eef0f3")
    low, high = QColor("#e6f2ec"), QColor(theme.FAIL)
    t = max(0.0, min(1.0, rate))
    return QColor(
        round(low.red() + (high.red() - low.red()) * t),
        round(low.green() + (high.green() - low.green()) * t),
        round(low.blue() + (high.blue() - low.blue()) * t),
    )


class HeatmapCanvas(QWidget):
    """The painted map; put it in a QScrollArea (its size is the whole map's)."""

    current_changed = Signal(str)  # the current cell described in words
    location_activated = Signal(str)  # location id

    def __init__(self, tr: Translate, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        _ = tr
        self._tr, self._lang = tr, lang
        self._chain_title = _("Chain")
        self._empty = _("No answers in this wave yet.")
        self.data = HeatData()
        self.current: tuple[int, int] = (0, 0)  # (row, column); column -1 is the chain's
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(False)
        self.setAccessibleName(_("Heatmap of items by locations"))

    def set_data(self, data: HeatData) -> None:
        """Show another map."""
        self.data = data
        self.current = (0, 0) if data.columns else (0, -1)
        self.resize(self.sizeHint())
        self.updateGeometry()
        self.update()
        self.current_changed.emit(self.describe(*self.current))

    def reorder(self, data: HeatData) -> None:
        """Show the same map with its rows in another order, the current cell on the same item."""
        row, column = self.current
        key = self.data.rows[row].key if row < len(self.data.rows) else None
        self.data = data
        self.update()
        self._move_to(next((r for r, item in enumerate(data.rows) if item.key == key), 0), column)

    def sizeHint(self) -> QSize:
        if not self.data.rows:
            return QSize(400, 120)
        return QSize(
            LABEL_WIDTH + CELL * (len(self.data.columns) + 1) + CELL + 8,
            HEADER_HEIGHT + CELL * len(self.data.rows) + 8,
        )

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    # --- geometry ----------------------------------------------------------------------------

    def _x(self, column: int) -> int:
        # The chain's column (-1) comes first, a gap, then the locations.
        return LABEL_WIDTH + (0 if column < 0 else CELL + 8 + column * CELL)

    def _cell_rect(self, row: int, column: int) -> QRect:
        return QRect(self._x(column), HEADER_HEIGHT + row * CELL, CELL - 1, CELL - 1)

    def cell_at(self, point: QPoint) -> tuple[int, int] | None:
        """Return the (row, column) under a point, if it is a cell."""
        row = (point.y() - HEADER_HEIGHT) // CELL
        if point.y() < HEADER_HEIGHT or not 0 <= row < len(self.data.rows):
            return None
        if self._x(-1) <= point.x() < self._x(-1) + CELL:
            return row, -1
        column = (point.x() - self._x(0)) // CELL
        if point.x() >= self._x(0) and 0 <= column < len(self.data.columns):
            return row, column
        return None

    def rate(self, row: int, column: int) -> float | None:
        """Return a cell's fail rate (the chain's for column -1)."""
        if column < 0:
            return self.data.rows[row].chain
        return self.data.rates.get((row, column))

    def describe(self, row: int, column: int) -> str:
        """Return a cell in words: item, location and fail rate."""
        _ = self._tr
        if not self.data.rows:
            return ""
        item = self.data.rows[row]
        where = self._chain_title if column < 0 else self.data.columns[column][1]
        return _("{item} \u2014 {location}: {rate} failed").format(
            item=item.label, location=where, rate=rate_text(self.rate(row, column), self._lang)
        )

    # --- painting ----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        exposed = event.rect()
        painter.fillRect(exposed, QColor("white"))
        metrics = self.fontMetrics()
        data = self.data
        if not data.rows:
            painter.setPen(QColor(theme.NA))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self._empty)
            return
        first = max(0, (exposed.top() - HEADER_HEIGHT) // CELL)
        last = min(len(data.rows), (exposed.bottom() - HEADER_HEIGHT) // CELL + 1)
        first_col = max(0, (exposed.left() - self._x(0)) // CELL)
        last_col = min(len(data.columns), (exposed.right() - self._x(0)) // CELL + 1)
        painter.setPen(QColor("#1d2430"))
        for row in range(first, last):
            y = HEADER_HEIGHT + row * CELL
            text = metrics.elidedText(
                data.rows[row].label, Qt.TextElideMode.ElideRight, LABEL_WIDTH - 12
            )
            painter.drawText(
                QRect(4, y, LABEL_WIDTH - 12, CELL),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                text,
            )
        painter.setPen(Qt.PenStyle.NoPen)
        for row in range(first, last):
            painter.fillRect(self._cell_rect(row, -1), rate_color(data.rows[row].chain))
            for column in range(first_col, last_col):
                painter.fillRect(
                    self._cell_rect(row, column), rate_color(data.rates.get((row, column)))
                )
        # Column headings, turned to read upwards.
        if exposed.top() < HEADER_HEIGHT:
            painter.setPen(QColor("#4a5260"))
            headings = [(-1, self._chain_title)] + [
                (c, data.columns[c][1]) for c in range(first_col, last_col)
            ]
            for column, name in headings:
                painter.save()
                painter.translate(
                    self._x(column) + CELL / 2 + metrics.ascent() / 2 - 2, HEADER_HEIGHT - 4
                )
                painter.rotate(-90)
                painter.drawText(
                    0, 0, metrics.elidedText(name, Qt.TextElideMode.ElideRight, HEADER_HEIGHT - 8)
                )
                painter.restore()
        row, column = self.current
        if self.hasFocus() and row < len(data.rows):
            painter.setPen(QPen(QColor(theme.ACCENT), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self._cell_rect(row, column).adjusted(-1, -1, 1, 1))
        painter.end()

    # --- input -------------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            cell = self.cell_at(event.pos())
            if cell is None:
                QToolTip.hideText()
            else:
                item = self.data.rows[cell[0]]
                text = self.describe(*cell)
                if item.question and item.question != item.label:
                    text += "\n" + item.question
                QToolTip.showText(event.globalPos(), text, self)
            return True
        return super().event(event)

    def _move_to(self, row: int, column: int) -> None:
        if not self.data.rows:
            return
        row = max(0, min(len(self.data.rows) - 1, row))
        column = max(-1, min(len(self.data.columns) - 1, column))
        self.current = (row, column)
        self.update()
        rect = self._cell_rect(row, column)
        parent = self.parentWidget()
        scroll = parent.parentWidget() if parent is not None else None
        if scroll is not None and hasattr(scroll, "ensureVisible"):
            scroll.ensureVisible(rect.center().x(), rect.center().y(), CELL * 2, CELL * 2)
        self.current_changed.emit(self.describe(row, column))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        row, column = self.current
        moves = {
            Qt.Key.Key_Left: (0, -1),
            Qt.Key.Key_Right: (0, 1),
            Qt.Key.Key_Up: (-1, 0),
            Qt.Key.Key_Down: (1, 0),
        }
        if event.key() in moves:
            dr, dc = moves[Qt.Key(event.key())]
            self._move_to(row + dr, column + dc)
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._activate(column)
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        cell = self.cell_at(event.position().toPoint())
        if cell is not None:
            self.setFocus()
            self._move_to(*cell)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        cell = self.cell_at(event.position().toPoint())
        if cell is not None:
            self._activate(cell[1])

    def _activate(self, column: int) -> None:
        if 0 <= column < len(self.data.columns):
            self.location_activated.emit(self.data.columns[column][0])

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.current_changed.emit(self.describe(*self.current))
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()
