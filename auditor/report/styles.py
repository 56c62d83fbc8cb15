"""The report's look: page geometry, a restrained palette, score bands and paragraph styles."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import TableStyle

from auditor.report.fonts import SANS, SANS_BOLD, SANS_ITALIC

log = logging.getLogger(__name__)

PAGE = A4
MARGIN_X = 2.0 * cm
MARGIN_TOP = 2.4 * cm
MARGIN_BOTTOM = 2.0 * cm
FRAME_WIDTH = PAGE[0] - 2 * MARGIN_X
COVER_BAND = 5.6 * cm  # the coloured band at the top of the cover
COVER_FRAME_HEIGHT = PAGE[1] - COVER_BAND - 1.4 * cm - MARGIN_BOTTOM

INK = colors.HexColor("#1D2733")
MUTED = colors.HexColor("#66727F")
RULE = colors.HexColor("#D5DBE1")
PAPER = colors.HexColor("#F4F6F8")
ACCENT = colors.HexColor("#1F4E79")
ACCENT_SOFT = colors.HexColor("#E7EEF5")
GOOD = colors.HexColor("#2E7D4F")
FAIR = colors.HexColor("#C4861C")
POOR = colors.HexColor("#B23A3A")
FAIL_TINT = colors.HexColor("#FBEDEC")
SEVERITY = {
    "critical": colors.HexColor("#A4262C"),
    "major": colors.HexColor("#D9822B"),
    "minor": colors.HexColor("#5B7083"),
}
GOOD_FROM, FAIR_FROM = 80.0, 60.0  # score bands of the colours (the methodology page states them)


def band(score: float | None) -> colors.Color:
    """Return the colour of a score: green from 80, amber from 60, red below, grey when there is none."""
    if score is None:
        return MUTED
    return GOOD if score >= GOOD_FROM else FAIR if score >= FAIR_FROM else POOR


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of a report."""

    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    caption: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_right: ParagraphStyle
    cell_note: ParagraphStyle
    head_cell: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    kicker: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    toc1: ParagraphStyle
    toc2: ParagraphStyle
    header: ParagraphStyle
    header_right: ParagraphStyle
    badge_number: ParagraphStyle
    badge_label: ParagraphStyle
    chip: ParagraphStyle


def make_styles() -> Styles:
    """Return the report's paragraph styles."""
    body = ParagraphStyle(
        "body",
        fontName=SANS,
        fontSize=9.5,
        leading=14,
        textColor=INK,
        spaceAfter=5,
        splitLongWords=1,
    )
    cell = ParagraphStyle("cell", parent=body, fontSize=8.5, leading=11.5, spaceAfter=0)
    return Styles(
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=8.5, leading=12),
        muted=ParagraphStyle("muted", parent=body, fontSize=8.5, leading=12, textColor=MUTED),
        caption=ParagraphStyle(
            "caption",
            parent=body,
            fontName=SANS_ITALIC,
            fontSize=7.8,
            leading=10,
            textColor=MUTED,
            spaceBefore=3,
            spaceAfter=0,
        ),
        cell=cell,
        cell_bold=ParagraphStyle("cell_bold", parent=cell, fontName=SANS_BOLD),
        cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        cell_note=ParagraphStyle(
            "cell_note",
            parent=cell,
            fontName=SANS_ITALIC,
            textColor=MUTED,
            fontSize=8,
            leading=10.5,
        ),
        head_cell=ParagraphStyle(
            "head_cell", parent=cell, fontName=SANS_BOLD, fontSize=7.5, textColor=MUTED
        ),
        h1=ParagraphStyle(
            "h1",
            parent=body,
            fontName=SANS_BOLD,
            fontSize=19,
            leading=24,
            textColor=ACCENT,
            spaceBefore=0,
            spaceAfter=10,
        ),
        h2=ParagraphStyle(
            "h2",
            parent=body,
            fontName=SANS_BOLD,
            fontSize=12,
            leading=16,
            textColor=INK,
            spaceBefore=14,
            spaceAfter=6,
        ),
        h3=ParagraphStyle(
            "h3",
            parent=body,
            fontName=SANS_BOLD,
            fontSize=10.5,
            leading=14,
            textColor=INK,
            spaceBefore=8,
            spaceAfter=3,
        ),
        kicker=ParagraphStyle(
            "kicker",
            parent=body,
            fontName=SANS_BOLD,
            fontSize=9,
            leading=12,
            textColor=ACCENT,
            spaceAfter=8,
        ),
        title=ParagraphStyle(
            "title",
            parent=body,
            fontName=SANS_BOLD,
            fontSize=30,
            leading=36,
            textColor=INK,
            spaceAfter=8,
        ),
        subtitle=ParagraphStyle(
            "subtitle", parent=body, fontSize=15, leading=20, textColor=MUTED, spaceAfter=18
        ),
        toc1=ParagraphStyle(
            "toc1",
            parent=body,
            fontName=SANS_BOLD,
            fontSize=10.5,
            leading=15,
            spaceBefore=5,
            leftIndent=0,
        ),
        toc2=ParagraphStyle(
            "toc2", parent=body, fontSize=9.5, leading=13, leftIndent=14, spaceAfter=0
        ),
        header=ParagraphStyle(
            "header", parent=body, fontSize=7.5, leading=9, textColor=MUTED, spaceAfter=0
        ),
        header_right=ParagraphStyle(
            "header_right",
            parent=body,
            fontSize=7.5,
            leading=9,
            textColor=MUTED,
            alignment=TA_RIGHT,
            spaceAfter=0,
        ),
        badge_number=ParagraphStyle(
            "badge_number",
            parent=body,
            fontName=SANS_BOLD,
            fontSize=26,
            leading=30,
            textColor=colors.white,
            alignment=TA_CENTER,
        ),
        badge_label=ParagraphStyle(
            "badge_label",
            parent=body,
            fontSize=7.5,
            leading=9,
            textColor=colors.white,
            alignment=TA_CENTER,
        ),
        chip=ParagraphStyle(
            "chip",
            parent=cell,
            fontName=SANS_BOLD,
            fontSize=7,
            leading=9,
            textColor=colors.white,
            alignment=TA_CENTER,
        ),
    )


def table_style(commands: list[tuple[Any, ...]]) -> TableStyle:
    """Return a TableStyle whose plain-text cells use the embedded font (reportlab's default is Helvetica)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), SANS), *commands])
