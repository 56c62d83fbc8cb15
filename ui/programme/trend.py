"""The chain's trend across waves: its average per wave and, beside it, the chosen location's.

Painted with QPainter: a handful of points needs no chart library.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from auditor.i18n import Translate, score_text
from ui.widgets import theme

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Series:
    """A line of the chart: its name, colour and one value per wave (None: no score)."""

    name: str
    color: str
    values: Sequence[float | None]


class TrendChart(QWidget):
    """Scores 0-100 per wave, one line per series, the last value of each written beside it."""

    def __init__(self, tr: Translate, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        _ = tr
        self._lang = lang
        self._empty = _("No waves to compare yet.")
        self.labels: list[str] = []
        self.series: list[Series] = []
        self.setMinimumSize(240, 180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(_("Trend across waves"))

    def sizeHint(self) -> QSize:
        return QSize(320, 240)

    def set_data(self, labels: Sequence[str], series: Sequence[Series]) -> None:
        """Show these waves (x axis) and lines."""
        self.labels = list(labels)
        self.series = list(series)
        self.setToolTip(self.describe())
        self.update()

    def describe(self) -> str:
        """Return the chart as text (tooltip and accessible description)."""
        lines = []
        for series in self.series:
            values = ", ".join(
                f"{label} {score_text(value, self._lang)}"
                for label, value in zip(self.labels, series.values, strict=False)
            )
            lines.append(f"{series.name}: {values}")
        text = "\n".join(lines)
        self.setAccessibleDescription(text)
        return text

    def _plot_area(self) -> QRectF:
        metrics = self.fontMetrics()
        left = metrics.horizontalAdvance("100") + 12
        legend = (metrics.height() + 4) * max(len(self.series), 1)
        return QRectF(
            left,
            10 + legend,
            self.width() - left - 44,
            self.height() - legend - 20 - metrics.height() - 8,
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        metrics = self.fontMetrics()
        if not self.labels:
            painter.setPen(QColor(theme.NA))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self._empty)
            return
        area = self._plot_area()
        if area.width() < 20 or area.height() < 20:
            return
        # Legend on top: a short line in the series' colour, then its name.
        y = 8.0
        for series in self.series:
            painter.setPen(QPen(QColor(series.color), 3))
            mid = y + metrics.height() / 2
            painter.drawLine(QPointF(area.left(), mid), QPointF(area.left() + 18, mid))
            painter.setPen(QColor("#1d2430"))
            painter.drawText(QPointF(area.left() + 24, y + metrics.ascent()), series.name)
            y += metrics.height() + 4
        # Grid every 25 points.
        painter.setPen(QPen(QColor("#e3e6ea"), 1))
        for step in range(0, 101, 25):
            gy = area.bottom() - area.height() * step / 100
            painter.drawLine(QPointF(area.left(), gy), QPointF(area.right(), gy))
            painter.setPen(QColor(theme.NA))
            painter.drawText(
                QRectF(0, gy - metrics.height() / 2, area.left() - 6, metrics.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                str(step),
            )
            painter.setPen(QPen(QColor("#e3e6ea"), 1))
        count = len(self.labels)

        def x_of(i: int) -> float:
            return area.left() + (area.width() * (i + 0.5) / count)

        painter.setPen(QColor("#4a5260"))
        for i, label in enumerate(self.labels):
            width = area.width() / count
            text = metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(width) - 4)
            painter.drawText(
                QRectF(x_of(i) - width / 2, area.bottom() + 6, width, metrics.height()),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                text,
            )
        bold = QFont(self.font())
        bold.setBold(True)
        for series in self.series:
            color = QColor(series.color)
            points = [
                (i, QPointF(x_of(i), area.bottom() - area.height() * v / 100))
                for i, v in enumerate(series.values)
                if v is not None
            ]
            path = QPainterPath()
            for n, (_i, point) in enumerate(points):
                path.moveTo(point) if n == 0 else path.lineTo(point)
            painter.setPen(QPen(color, 2.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
            painter.setBrush(color)
            for _i, point in points:
                painter.drawEllipse(point, 4, 4)
            if points:
                i, point = points[-1]
                painter.setFont(bold)
                painter.setPen(color)
                painter.drawText(
                    point + QPointF(8, metrics.ascent() / 2 - 1),
                    score_text(series.values[i], self._lang),
                )
                painter.setFont(self.font())
        painter.end()
