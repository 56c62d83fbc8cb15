"""Drawn elements: score badges, severity chips, score bars and the bar chart of touchpoint scores."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table

from auditor.report import styles
from auditor.report.fonts import SANS, SANS_BOLD
from auditor.report.styles import Styles

log = logging.getLogger(__name__)


class ScoreBadge(Flowable):
    """A rounded tile in the score's colour with the score, '/100' and a label."""

    def __init__(
        self, score: str, value: float | None, label: str, size: float = 92, critical: str = ""
    ):
        super().__init__()
        self.score, self.value, self.label, self.size, self.critical = (
            score,
            value,
            label,
            size,
            critical,
        )
        self.width = self.height = size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        """Return the badge's fixed size."""
        return self.size, self.size

    def draw(self) -> None:
        """Draw the tile, the number and the label."""
        c, s = self.canv, self.size
        c.setFillColor(styles.band(self.value))
        c.roundRect(0, 0, s, s, s * 0.1, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont(SANS_BOLD, s * 0.3)
        c.drawCentredString(s / 2, s * 0.46, self.score)
        c.setFont(SANS, s * 0.095)
        c.drawCentredString(s / 2, s * 0.31, "/ 100" if self.value is not None else "")
        size = s * 0.095  # smaller for a long label ("Punteggio complessivo"), never past the edges
        size = min(size, size * s * 0.86 / max(1.0, stringWidth(self.label, SANS, size)))
        c.setFont(SANS, size)
        c.drawCentredString(s / 2, s * 0.13, self.label)
        if self.critical:
            c.setFillColor(styles.SEVERITY["critical"])
            c.setStrokeColor(colors.white)
            c.setLineWidth(1.5)
            c.circle(s - 4, s - 4, s * 0.13, stroke=1, fill=1)
            c.setFillColor(colors.white)
            c.setFont(SANS_BOLD, s * 0.17)
            c.drawCentredString(s - 4, s - 4 - s * 0.06, "!")


class ScoreBar(Flowable):
    """A thin horizontal gauge, 0 to 100, filled in the score's colour."""

    def __init__(self, value: float | None, width: float = 120, height: float = 7):
        super().__init__()
        self.value, self.width, self.height = value, width, height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        """Return the bar's size (as wide as the cell allows, up to its own width)."""
        self.width = min(self.width, available_width)
        return self.width, self.height

    def draw(self) -> None:
        """Draw the track and the filled part."""
        c = self.canv
        c.setFillColor(styles.PAPER)
        c.roundRect(0, 0, self.width, self.height, self.height / 2, stroke=0, fill=1)
        if self.value is not None and self.value > 0:
            c.setFillColor(styles.band(self.value))
            c.roundRect(
                0,
                0,
                max(self.height, self.width * min(self.value, 100) / 100),
                self.height,
                self.height / 2,
                stroke=0,
                fill=1,
            )


def chip(text: str, color: colors.Color, st: Styles, width: float = 52) -> Table:
    """Return a small coloured label (severity, outcome) as a one-cell table."""
    table = Table([[Paragraph(text, st.chip)]], colWidths=[width], rowHeights=[12])
    table.setStyle(
        styles.table_style(
            [
                ("BACKGROUND", (0, 0), (-1, -1), color),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                ("ROUNDEDCORNERS", [3, 3, 3, 3]),
            ]
        )
    )
    return table


def touchpoint_chart(
    labels: Sequence[str],
    scores: Sequence[float | None],
    texts: Sequence[str],
    critical: Sequence[bool],
    width: float,
) -> Drawing:
    """Return a horizontal bar chart of the touchpoint scores (0-100), bars in their band colours."""
    rows = max(1, len(labels))
    bar_h = 18
    label_w = 150
    height = rows * bar_h * 1.55 + 28
    drawing = Drawing(width, height, initialFontName=SANS)
    chart = HorizontalBarChart()
    chart.x, chart.y = label_w, 18
    chart.width, chart.height = width - label_w - 40, height - 26
    # Top to bottom in reading order: the chart draws the first category at the bottom.
    chart.data = [[(s or 0) for s in reversed(scores)]]
    chart.categoryAxis.categoryNames = list(reversed(labels))
    chart.categoryAxis.labels.fontName = SANS
    chart.categoryAxis.labels.fontSize = 8.5
    chart.categoryAxis.labels.fillColor = styles.INK
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -8
    chart.categoryAxis.visibleTicks = 0
    chart.categoryAxis.strokeColor = styles.RULE
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 20
    chart.valueAxis.labels.fontName = SANS
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labels.fillColor = styles.MUTED
    chart.valueAxis.strokeColor = styles.RULE
    chart.valueAxis.visibleGrid = 1
    chart.valueAxis.gridStrokeColor = styles.PAPER
    chart.valueAxis.gridStrokeWidth = 0.6
    chart.barWidth = bar_h
    chart.groupSpacing = bar_h * 0.55
    chart.bars.strokeColor = None
    for index, score in enumerate(reversed(scores)):
        chart.bars[(0, index)].fillColor = styles.band(score)
    drawing.add(chart)
    step = chart.height / rows
    rows_up = zip(reversed(scores), reversed(texts), reversed(critical), strict=True)
    for index, (score, text, flagged) in enumerate(rows_up):
        y = chart.y + step * index + step / 2 - 3
        x = chart.x + chart.width * (score or 0) / 100 + 5
        drawing.add(String(x, y, text, fontName=SANS_BOLD, fontSize=8.5, fillColor=styles.INK))
        if flagged:
            drawing.add(
                Rect(
                    x + 26,
                    y - 2,
                    10,
                    11,
                    rx=2,
                    ry=2,
                    fillColor=styles.SEVERITY["critical"],
                    strokeColor=None,
                )
            )
            drawing.add(
                String(
                    x + 31,
                    y,
                    "!",
                    fontName=SANS_BOLD,
                    fontSize=8.5,
                    fillColor=colors.white,
                    textAnchor="middle",
                )
            )
    return drawing
