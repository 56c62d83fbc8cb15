"""What every section of the programme report uses: its render context and small table helpers."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from reportlab.platypus import Paragraph, Table

from auditor.i18n import (
    Translate,
    TranslateContext,
    TranslatePlural,
    decimal_text,
    score_text,
)
from auditor.programme.report.data import ProgrammeReportData
from auditor.programme.report.labels import arrow
from auditor.report import styles
from auditor.report.charts import chip
from auditor.report.sections.common import grid_style
from auditor.report.styles import Styles
from auditor.report.text import clip, markup

log = logging.getLogger(__name__)

UP, DOWN = "#2E7D4F", "#B23A3A"


@dataclass
class ProgrammeContext:
    """What a section needs: the snapshot, the translators and the styles (the audit report's)."""

    report: ProgrammeReportData
    _: Translate
    ngettext: TranslatePlural
    pgettext: TranslateContext
    st: Styles

    @property
    def lang(self) -> str:
        """Return the report's language."""
        return self.report.lang

    def score(self, value: float | None) -> str:
        """Return a score in the report's number format (an en dash for none)."""
        return score_text(value, self.lang)

    def signed(self, value: float) -> str:
        """Return a change with its sign: +2.3, -1.5 (Italian +2,3)."""
        sign = "+" if value > 0 else "\u2212" if value < 0 else "\u00b1"
        return sign + decimal_text(f"{abs(value):.1f}", self.lang)

    def change(self, value: float | None) -> str:
        """Return a change as markup: a coloured arrow and the signed figure ("" for none)."""
        if value is None:
            return ""
        colour = UP if value > 0 else DOWN if value < 0 else "#66727F"
        return f'<font color="{colour}">{markup(arrow(value))}</font> {self.signed(value)}'


def user(text: str, limit: int = 120) -> str:
    """Return text a user typed (a name, a region) as clipped, escaped markup."""
    return markup(clip(text, limit))


def critical_mark(ctx: ProgrammeContext) -> Table:
    """Return the small red chip that flags a failed critical item."""
    return chip("!", styles.SEVERITY["critical"], ctx.st, width=14)


def table(rows: list[list[Any]], widths: list[float], *, right_from: int | None = None,
          extra: list[tuple[Any, ...]] | None = None) -> Table:  # fmt: skip
    """Return a house-style table with a repeated header row, figures right-aligned from a column."""
    made = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    commands: list[tuple[Any, ...]] = list(extra or [])
    if right_from is not None:
        commands.append(("ALIGN", (right_from, 0), (-1, -1), "RIGHT"))
    made.setStyle(grid_style(extra=commands))
    return made


def head(ctx: ProgrammeContext, *titles: str, right: int | None = None) -> list[Paragraph]:
    """Return a header row; the titles from column `right` on are right-aligned."""
    # Words stay whole in a narrow column's header: "Complessivo" wraps at spaces only.
    left = ctx.st.head_cell.clone("head_cell_whole", fontSize=7, leading=9, splitLongWords=0)
    right_style = left.clone("head_cell_whole_right", alignment=2)
    return [
        Paragraph(t, right_style if right is not None and i >= right else left)
        for i, t in enumerate(titles)
    ]
