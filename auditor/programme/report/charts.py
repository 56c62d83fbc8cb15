"""The programme report's trend chart: scores wave after wave, one line per series.

The bars, badges and chips are the audit report's (auditor.report.charts); a trend across waves
is the programme's own picture. Drawn by hand on a reportlab Drawing: a few waves, a few lines,
the chain first and emphasised, gaps where a wave has no score.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable, Sequence

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Rect, String
from reportlab.lib import colors

from auditor.report import styles
from auditor.report.fonts import SANS, SANS_BOLD
from auditor.report.text import clip_to_width

log = logging.getLogger(__name__)

# The chain in the house colour; regions or a location in colours told apart in grey print too.
PALETTE = (
    styles.ACCENT,
    colors.HexColor("#D9822B"),
    colors.HexColor("#2E7D4F"),
    colors.HexColor("#8E5EA2"),
    colors.HexColor("#B23A3A"),
    colors.HexColor("#5B7083"),
    colors.HexColor("#C4A000"),
)
LEFT, BOTTOM, TOP, RIGHT = 30.0, 22.0, 14.0, 12.0
LEGEND_ROW = 14.0


def value_range(values: Sequence[float | None]) -> tuple[float, float]:
    """Return the vertical axis's ends: the scores' range widened to tens, within 0-100."""
    present = [v for v in values if v is not None]
    if not present:
        return 0.0, 100.0
    low = max(0.0, math.floor((min(present) - 5) / 10) * 10)
    high = min(100.0, math.ceil((max(present) + 5) / 10) * 10)
    if high - low < 20:  # a flat line in a narrow band would look like a dramatic change
        low, high = max(0.0, high - 20), max(20.0, high)
    return low, high


def trend_chart(
    waves: Sequence[str],
    series: Sequence[tuple[str, Sequence[float | None]]],
    width: float,
    height: float,
    text: Callable[[float | None], str],
    *,
    labelled: int = 1,
) -> Drawing:
    """Return a line chart of scores per wave: `series` as (name, one value per wave).

    The first `labelled` series carry their figures above their points; a legend names every
    series when there are more than one.
    """
    per_row = min(3, len(series))
    legend_rows = math.ceil(len(series) / per_row) if len(series) > 1 else 0
    drawing = Drawing(width, height, initialFontName=SANS)
    plot_w = width - LEFT - RIGHT
    plot_h = height - BOTTOM - TOP - legend_rows * LEGEND_ROW
    base = BOTTOM + legend_rows * LEGEND_ROW
    low, high = value_range([v for _name, values in series for v in values])
    step = 10 if high - low <= 50 else 20

    def y_of(value: float) -> float:
        return base + (value - low) / (high - low) * plot_h

    slot = plot_w / max(1, len(waves))

    def x_of(index: int) -> float:
        return LEFT + slot * (index + 0.5)

    tick = low
    while tick <= high + 0.01:
        y = y_of(tick)
        drawing.add(Line(LEFT, y, LEFT + plot_w, y, strokeColor=styles.PAPER, strokeWidth=0.8))
        drawing.add(
            String(LEFT - 5, y - 2.5, f"{tick:.0f}", fontName=SANS, fontSize=7,
                   fillColor=styles.MUTED, textAnchor="end")
        )  # fmt: skip
        tick += step
    drawing.add(Line(LEFT, base, LEFT + plot_w, base, strokeColor=styles.RULE, strokeWidth=0.8))
    for index, label in enumerate(waves):
        shown = clip_to_width(label, slot - 4, 7.5)
        drawing.add(
            String(x_of(index), base - 12, shown, fontName=SANS, fontSize=7.5,
                   fillColor=styles.INK, textAnchor="middle")
        )  # fmt: skip
    # Drawn last first: the chain's line lies on top of the others.
    for order in reversed(range(len(series))):
        _name, values = series[order]
        colour = PALETTE[order % len(PALETTE)]
        thick = 2.2 if order == 0 else 1.3
        run: list[float] = []
        for index, value in enumerate([*values, None]):
            if value is None:
                if len(run) >= 4:
                    drawing.add(PolyLine(run, strokeColor=colour, strokeWidth=thick))
                run = []
                continue
            run += [x_of(index), y_of(value)]
        for index, value in enumerate(values):
            if value is None:
                continue
            x, y = x_of(index), y_of(value)
            drawing.add(
                Circle(x, y, 3.2 if order == 0 else 2.4, fillColor=colour,
                       strokeColor=colors.white, strokeWidth=0.8)
            )  # fmt: skip
            if order < labelled:
                drawing.add(
                    String(x, y + 6, text(value), fontName=SANS_BOLD, fontSize=8,
                           fillColor=styles.INK, textAnchor="middle")
                )  # fmt: skip
    if legend_rows:
        column = width / per_row
        for order, (name, _values) in enumerate(series):
            row, col = divmod(order, per_row)
            x = col * column + LEFT / 2
            y = (legend_rows - 1 - row) * LEGEND_ROW + 2
            colour = PALETTE[order % len(PALETTE)]
            drawing.add(Rect(x, y + 1, 12, 4, fillColor=colour, strokeColor=None))
            shown = clip_to_width(name, column - 22, 7.5)
            drawing.add(String(x + 16, y, shown, fontName=SANS, fontSize=7.5, fillColor=styles.INK))
    return drawing
