"""A table of contents laid out in one pass: its room is kept, its lines drawn when the pages are saved.

reportlab's TableOfContents needs the whole document laid out two or three times over (the
page numbers are known only after a pass). A programme report of 200 locations is 400 pages:
each pass costs seconds. Here the contents take a known room (one line per heading, counted
before the layout), each line remembers where it landed, and the numbered canvas draws the
entries there once every page number is known (`Contents.draw`, called for each page on save).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph

from auditor.report import styles
from auditor.report.fonts import SANS, SANS_BOLD
from auditor.report.styles import Styles

log = logging.getLogger(__name__)

NUMBER_ROOM = 30.0  # points kept for the page number at the right


@dataclass
class Contents:
    """The headings met while laying out, and where each line of the contents was placed."""

    st: Styles
    entries: list[tuple[int, str, int]] = field(default_factory=list)  # level, markup, page
    slots: list[tuple[int, float, float, float, int]] = field(default_factory=list)

    def notify(self, kind: str, stuff: Any) -> None:
        """Keep a heading's (level, text, page) as the document reports it."""
        if kind == "TOCEntry":
            self.entries.append(stuff)

    def lines(self, levels: Sequence[int]) -> list[Flowable]:
        """Return the room of the contents: one line per heading to come, in order."""
        return [_Line(self, level, self._style(level)) for level in levels]

    def _style(self, level: int) -> Any:
        return self.st.toc1 if level == 0 else self.st.toc2

    def draw(self, canvas: Canvas, page: int) -> None:
        """Draw the contents' lines that landed on this page."""
        for index, (where, x, y, width, level) in enumerate(self.slots):
            if where != page or index >= len(self.entries):
                continue
            _level, text, number = self.entries[index]
            style = self._style(level)
            indent = style.leftIndent
            label = Paragraph(text, style.clone("toc_line", spaceBefore=0, spaceAfter=0))
            room = width - indent - NUMBER_ROOM
            label.wrap(room, 100)
            label.drawOn(canvas, x + indent, y)
            font = SANS_BOLD if level == 0 else SANS
            canvas.saveState()
            canvas.setFont(font, style.fontSize)
            canvas.setFillColor(styles.INK)
            canvas.drawRightString(x + width, y + 3, str(number))
            used = max(label.getActualLineWidths0() or [0])
            start = x + indent + used + 6
            end = x + width - stringWidth(str(number), font, style.fontSize) - 6
            if end > start:
                canvas.setStrokeColor(styles.MUTED)
                canvas.setLineWidth(0.6)
                canvas.setDash(0.6, 2.4)
                canvas.line(start, y + 3, end, y + 3)
            canvas.restoreState()


class _Line(Flowable):
    """The room of one line of the contents; it records where it was drawn."""

    def __init__(self, contents: Contents, level: int, style: Any):
        super().__init__()
        self.contents, self.level = contents, level
        self.height = style.leading + (style.spaceBefore if level == 0 else 0)
        self.leading = style.leading

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        """Return the line's fixed height across the frame."""
        self.width = available_width
        return available_width, self.height

    def draw(self) -> None:
        """Remember the page and the line's baseline box (absolute coordinates)."""
        x, y = self.canv.absolutePosition(0, 0)
        page = self.canv.getPageNumber()
        self.contents.slots.append((page, x, y, self.width, self.level))
